#pragma once

#include "models/domain/Collection.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace holdfast {

/// What one collection's walk did in one run.
struct CollectionCounts
{
    int pages = 0;
    int fetched = 0;     ///< entries received from the platform
    int added = 0;       ///< new items / new contacts
    int edited = 0;      ///< items whose content changed (earlier version kept)
    int removed = 0;     ///< items noticed deleted / contacts noticed unfollowed
};

/// One backup of one account: when, how it ended, and what it did per collection.
struct BackupRun
{
    qint64 id = 0;
    qint64 accountId = 0;
    bool full = false;
    QDateTime startedAt;
    QDateTime finishedAt;            ///< invalid while running (or if the process died)
    QString outcome;                 ///< "running", "succeeded", "failed", "cancelled"
    QString error;                   ///< one-line reason when failed
    std::optional<Error::Code> errorCode; ///< why it failed, for programs; set when failed
    int requests = 0;                ///< HTTP requests made
    QMap<Collection, CollectionCounts> counts;
};

/// A whole-repository export kept as a file (a Bluesky CAR), recorded by the run that kept it.
/// Files beside it that share its base name (`<rev>.*`) belong to it.
struct RepoSnapshot
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 runId = 0;        ///< 0 when the run is gone
    QString revision;
    QString localPath;       ///< relative to the data directory
    QString sha256;          ///< hex
    qint64 size = 0;
    QDateTime capturedAt;
};

} // namespace holdfast
