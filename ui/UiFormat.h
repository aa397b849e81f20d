#pragma once

#include "connectors/engine/BackupJob.h"
#include "models/domain/BackupRun.h"
#include "models/domain/Collection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace holdfast::ui {

/**
 * Every piece of text the UI derives from data, in one place and translated: dates, ages,
 * collection titles, backup progress lines and summaries. Pure functions, so tests can pin
 * the wording without building widgets.
 */
class UiFormat final
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)
public:
    /// Short local date and time for list rows ("15.01.25 10:30").
    static QString shortDateTime(const QDateTime &utc);
    /// Long local date and time for the detail pane ("15. Januar 2025, 10:30").
    static QString longDateTime(const QDateTime &utc);
    /// "just now", "5 minutes ago", "3 hours ago", "2 days ago", "4 months ago".
    static QString age(const QDateTime &then, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// "Timeline", "Mentions", "Conversations", ...: the names people see for collections.
    static QString collectionTitle(Collection collection);
    /// What a running backup is doing right now, in one line.
    static QString progressLine(const BackupProgress &progress, double itemsPerSecond);
    /// "Finished: 12 new, 2 edited, 1 deleted; followers +3 −1" (or why it stopped).
    static QString runSummary(const BackupRun &run);
    /// Human byte counts for media ("3.1 MB").
    static QString bytes(qint64 size);
};

} // namespace holdfast::ui
