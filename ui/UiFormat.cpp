#include "ui/UiFormat.h"

#include <QLocale>

namespace holdfast::ui {

QString UiFormat::shortDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString UiFormat::longDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return tr("%1, %2", "date, time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

QString UiFormat::age(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 60)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 730)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString UiFormat::collectionTitle(Collection collection)
{
    switch (collection) {
    case Collection::Posts: return tr("Timeline");
    case Collection::Favourites: return tr("Favourites");
    case Collection::Bookmarks: return tr("Bookmarks");
    case Collection::Mentions: return tr("Mentions");
    case Collection::Messages: return tr("Conversations");
    case Collection::Followers: return tr("Followers");
    case Collection::Following: return tr("Following");
    }
    return {};
}

QString UiFormat::progressLine(const BackupProgress &progress, double itemsPerSecond)
{
    switch (progress.phase) {
    case BackupProgress::Phase::Starting:
        return tr("Connecting…");
    case BackupProgress::Phase::Collection: {
        QString line = tr("%1: %n item(s)", nullptr, progress.items).arg(collectionTitle(progress.collection));
        if (itemsPerSecond >= 0.1)
            line += tr(" · %1 items/s").arg(QLocale().toString(itemsPerSecond, 'f', itemsPerSecond < 10 ? 1 : 0));
        return line;
    }
    case BackupProgress::Phase::RateLimitWait:
        return tr("Waiting for the rate limit until %1")
            .arg(QLocale().toString(progress.waitUntil.toLocalTime().time(), QLocale::ShortFormat));
    case BackupProgress::Phase::Retrying:
        // The engine's line carries the server's reason; it is only shown, never parsed.
        return progress.message;
    case BackupProgress::Phase::Media:
        return tr("Downloading media…");
    case BackupProgress::Phase::Finished:
        return tr("Finishing…");
    }
    return progress.message;
}

QString UiFormat::runSummary(const BackupRun &run)
{
    int added = 0;
    int edited = 0;
    int deleted = 0;
    for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it) {
        if (isContactCollection(it.key()))
            continue;
        added += it->added;
        edited += it->edited;
        // Favourites and bookmarks that ended are not deletions of anything.
        if (it.key() == Collection::Posts || it.key() == Collection::Messages)
            deleted += it->removed;
    }
    const CollectionCounts followers = run.counts.value(Collection::Followers);
    QStringList parts;
    parts << tr("%n new item(s)", nullptr, added);
    if (edited)
        parts << tr("%n edited", nullptr, edited);
    if (deleted)
        parts << tr("%n deleted", nullptr, deleted);
    parts << tr("%n new follower(s)", nullptr, followers.added);
    if (followers.removed)
        parts << tr("%n lost follower(s)", nullptr, followers.removed);
    const QString counts = parts.join(tr(", "));

    if (run.outcome == u"succeeded")
        return tr("Finished: %1.").arg(counts);
    if (run.outcome == u"cancelled")
        return tr("Cancelled; what was fetched is kept (%1).").arg(counts);
    return tr("Failed: %1").arg(run.error);
}

QString UiFormat::bytes(qint64 size)
{
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace holdfast::ui
