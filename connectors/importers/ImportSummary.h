#pragma once

#include "connectors/importers/ArchiveReader.h"
#include "models/domain/BackupRun.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace holdfast::importers {

/// The data-export formats Holdfast recognises, by content.
enum class ArchiveFormat {
    Unknown,
    XArchive,        ///< X/Twitter "Your archive" (ZIP or unpacked folder)
    MastodonExport,  ///< Mastodon account archive (.tar.gz: outbox.json, actor.json, ...)
    MastodonCsv,     ///< one of Mastodon's CSV exports (following, lists, blocks, mutes, bookmarks)
    FacebookDyi,     ///< Facebook "Download Your Information", JSON format
    InstagramDyi,    ///< Instagram "Download Your Information", JSON format
    BlueskyCar,      ///< a Bluesky repository export (CAR v1)
};

/// "X archive", "Mastodon export", ... for messages.
QString archiveFormatName(ArchiveFormat format);

/// What an import did with one kind of data ("posts", "favourites", "media", ...).
struct ImportCount
{
    int read = 0;      ///< entries found in the archive
    int added = 0;     ///< new to the store (the rest were already there)
    int skipped = 0;   ///< not imported (see ImportSummary::skipped)
};

/// The outcome of one import, for the CLI and the GUI's summary.
struct ImportSummary
{
    QString archive;                 ///< file name of what was imported
    ArchiveFormat format = ArchiveFormat::Unknown;
    qint64 accountId = 0;
    QString account;                 ///< handle or name of the account it went to
    bool accountCreated = false;     ///< a new offline account was made for it
    QMap<QString, ImportCount> counts;
    QStringList skipped;             ///< one line per thing skipped or not matching, with why
    BackupRun run;                   ///< as recorded in the store (outcome, per-collection counts)

    /// One line per count and skipped reason, for people.
    QStringList lines() const;
    /// Entries new to the store, and entries not imported, over all counts.
    int addedTotal() const;
    int skippedTotal() const;
};

/// Options for one import.
struct ImportOptions
{
    QString account;                 ///< ACCOUNT reference (id or handle); empty = by identity
    ArchiveLimits limits;
    int pageSize = 200;              ///< entries per store transaction
};

/// A progress report from a running import.
struct ImportProgress
{
    enum class Phase { Verifying, Importing, Media, Finished };
    Phase phase = Phase::Verifying;
    qint64 done = 0;                 ///< entries (verify) or items so far
    QString message;
};

} // namespace holdfast::importers

Q_DECLARE_METATYPE(holdfast::importers::ImportSummary)
Q_DECLARE_METATYPE(holdfast::importers::ImportProgress)
