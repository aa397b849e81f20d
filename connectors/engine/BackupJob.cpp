#include "connectors/engine/BackupJob.h"

#include "connectors/common/HttpClient.h"
#include "connectors/engine/BackupSource.h"
#include "connectors/engine/MediaDownloader.h"
#include "models/store/Store.h"

#include <QLoggingCategory>
#include <QThread>

#include <QSet>

Q_LOGGING_CATEGORY(lcSync, "holdfast.sync")

namespace holdfast {

/// One pass over a collection from a cursor, newest to oldest.
struct BackupJob::Walk
{
    Collection collection;
    QString startCursor;     ///< empty = newest page
    bool stopAtKnown = true; ///< stop after the first page that reaches stored entries
    SyncState state;         ///< saved with every page
    bool reachedEnd = false;
};

namespace {
struct MetaTypeRegistration
{
    MetaTypeRegistration()
    {
        qRegisterMetaType<holdfast::BackupProgress>();
        qRegisterMetaType<holdfast::BackupRun>();
    }
} metaTypeRegistration;
} // namespace

BackupJob::BackupJob(QString dataDir, qint64 accountId, BackupOptions options,
                     BackupSourceFactory sourceFactory, QObject *parent)
    : QObject(parent),
      m_dataDir(std::move(dataDir)),
      m_accountId(accountId),
      m_options(options),
      m_sourceFactory(std::move(sourceFactory))
{
}

BackupJob::~BackupJob() = default;

void BackupJob::run()
{
    m_run = {};
    m_run.accountId = m_accountId;
    m_run.full = m_options.full;
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_run.outcome = QStringLiteral("running");

    auto fail = [this](const Error &error) {
        m_run.outcome = error.code == Error::Code::Cancelled ? QStringLiteral("cancelled")
                                                              : QStringLiteral("failed");
        m_run.error = error.code == Error::Code::Cancelled ? QString() : error.message;
        if (error.code != Error::Code::Cancelled)
            m_run.errorCode = error.code;
    };

    report(BackupProgress::Phase::Starting, tr("Starting backup"));
    auto opened = Store::open(m_dataDir);
    if (!opened) {
        fail(opened.error());
        m_run.finishedAt = QDateTime::currentDateTimeUtc();
        emit finished(m_run);
        return;
    }
    m_store = std::move(opened).value();

    m_http = new HttpClient(&m_cancellation, this);
    connect(m_http, &HttpClient::rateLimitWait, this, [this](const QDateTime &until) {
        BackupProgress p;
        p.accountId = m_accountId;
        p.phase = BackupProgress::Phase::RateLimitWait;
        p.collection = m_current;
        p.waitUntil = until;
        p.message = tr("Waiting for the rate limit until %1")
                        .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        emit progress(p);
    });
    connect(m_http, &HttpClient::retrying, this, [this](const QString &reason, int attempt, int delayMs) {
        report(BackupProgress::Phase::Retrying,
               tr("Retrying in %1 s (attempt %2): %3").arg(delayMs / 1000.0).arg(attempt + 1).arg(reason));
    });

    Result<void> outcome = [&]() -> Result<void> {
        const auto account = m_store->account(m_accountId);
        if (!account)
            return makeError(Error::Code::NotFound, tr("There is no account %1.").arg(m_accountId));
        auto source = m_sourceFactory(*account, *m_http);
        if (!source)
            return source.error();
        m_source = std::move(source).value();

        auto runId = m_store->beginRun(m_accountId, m_options.full);
        if (!runId)
            return runId.error();
        m_run.id = runId.value();

        auto profile = m_source->fetchProfile();
        if (!profile)
            return profile.error();
        Account updated = profile->account;
        updated.id = account->id;
        updated.addedAt = account->addedAt;
        updated.lastBackupAt = account->lastBackupAt;
        updated.lastBackupOutcome = account->lastBackupOutcome;
        if (auto saved = m_store->saveAccount(updated); !saved)
            return saved.error();
        for (const QString &note : m_source->notes())
            report(BackupProgress::Phase::Collection, note);

        for (const Collection collection : m_source->collections()) {
            if (auto done = backUpCollection(collection, m_options.full); !done)
                return done;
            // Unfollows are invisible to an incremental walk; a count that disagrees with the
            // platform's means something ended, so re-walk that list in full.
            if (!m_options.full && isContactCollection(collection)) {
                const auto direction = collection == Collection::Followers ? FollowDirection::Follower
                                                                           : FollowDirection::Following;
                const auto expected = collection == Collection::Followers ? profile->followersCount
                                                                          : profile->followingCount;
                if (expected && *expected != m_store->activeContactCount(m_accountId, direction)) {
                    qCInfo(lcSync) << "contact count differs from platform, re-walking" << collectionName(collection);
                    if (auto done = backUpCollection(collection, true); !done)
                        return done;
                }
            }
        }
        if (m_cancellation.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Cancelled."));
        auto extra = m_source->finishBackup(m_dataDir);
        if (!extra)
            return extra.error();
        for (const QString &note : std::as_const(extra->notes))
            report(BackupProgress::Phase::Collection, note);
        for (RepoSnapshot snapshot : std::as_const(extra->snapshots)) {
            snapshot.accountId = m_accountId;
            snapshot.runId = m_run.id;
            if (auto recorded = m_store->recordRepoSnapshot(snapshot); !recorded)
                return recorded.error();
        }
        if (m_options.downloadMedia) {
            // A listing that fails costs only those files this time, like a failed download.
            auto files = m_source->accountMediaUrls();
            if (!files)
                report(BackupProgress::Phase::Media, tr("Could not list the account's files: %1").arg(files.errorMessage()));
            else if (auto added = m_store->addAccountMedia(m_accountId, files.value()); !added)
                return added.error();
            else if (added.value() > 0)
                report(BackupProgress::Phase::Media, tr("%n new file(s) of the account to download", nullptr, added.value()));
            downloadMedia();
        }
        if (m_cancellation.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Cancelled."));
        return {};
    }();

    if (outcome)
        m_run.outcome = QStringLiteral("succeeded");
    else
        fail(outcome.error());
    m_run.requests = m_http->requestCount();
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_run.id != 0) {
        if (auto saved = m_store->finishRun(m_run); !saved)
            qCWarning(lcSync) << "could not record the end of the run:" << saved.errorMessage();
    }
    report(BackupProgress::Phase::Finished,
           m_run.outcome == u"succeeded" ? tr("Backup finished") : tr("Backup %1").arg(m_run.outcome));
    m_source.reset();
    m_store.reset(); // the connection belongs to this thread: close it here
    emit finished(m_run);
}

Result<void> BackupJob::backUpCollection(Collection collection, bool full)
{
    m_current = collection;
    report(BackupProgress::Phase::Collection, tr("Backing up %1").arg(collectionName(collection)));
    SyncState state = m_store->syncState(m_accountId, collection);

    if (full) {
        Walk walk{collection, QString(), false, state, false};
        if (auto done = this->walk(walk); !done)
            return done;
        auto removed = m_store->markUnseenAsRemoved(m_accountId, collection, m_run.id,
                                                    QDateTime::currentDateTimeUtc());
        if (!removed)
            return removed.error();
        m_run.counts[collection].removed += removed.value();
        return {};
    }

    // A walk that was cut short (killed process) left a gap between what it stored and
    // older entries: close that gap first, then fetch what is new.
    if (!state.resumeCursor.isEmpty()) {
        Walk gap{collection, state.resumeCursor, state.everCompleted, state, false};
        if (auto done = walk(gap); !done)
            return done;
        state = gap.state;
    }
    Walk head{collection, QString(), state.everCompleted, state, false};
    return walk(head);
}

Result<void> BackupJob::walk(Walk &walk)
{
    CollectionCounts &counts = m_run.counts[walk.collection];
    const bool contacts = isContactCollection(walk.collection);
    // A full walk must look at everything again, so it never skips what is stored.
    const auto isStored = [this, &walk](const QString &platformId) {
        return walk.stopAtKnown && m_store->hasItem(m_accountId, platformId);
    };
    QString cursor = walk.startCursor;
    while (true) {
        if (m_cancellation.isCancelled())
            return makeError(Error::Code::Cancelled, tr("Cancelled."));
        auto page = m_source->fetchPage(walk.collection, cursor, isStored);
        if (!page)
            return makeError(page.error().code, tr("%1: %2").arg(collectionName(walk.collection),
                                                                 page.error().message));

        // Decide before writing whether this page reaches stored territory, so the walk
        // state saved with the page already says whether the walk goes on.
        QStringList probes = page->probeIds;
        if (probes.isEmpty()) {
            for (const Item &item : page->members)
                probes.append(item.platformId);
            for (const Person &person : page->contacts)
                probes.append(person.platformId);
        }
        const bool known = std::any_of(probes.cbegin(), probes.cend(), [&](const QString &id) {
            return m_store->isMember(m_accountId, walk.collection, id);
        });
        const bool loops = !page->nextCursor.isEmpty() && page->nextCursor == cursor;
        const bool atEnd = page->nextCursor.isEmpty() || loops;
        const bool stopHere = atEnd || (walk.stopAtKnown && known);

        SyncState after = walk.state;
        after.resumeCursor = stopHere ? QString() : page->nextCursor;
        if (atEnd) {
            after.everCompleted = true;
            after.lastCompletedAt = QDateTime::currentDateTimeUtc();
        }

        auto written = contacts
            ? m_store->storeContactPage(m_accountId, walk.collection, m_run.id, page->contacts, after)
            : walk.collection == Collection::Messages
            ? m_store->storeMessagePage(m_accountId, m_run.id, page->members, page->related,
                                        page->conversationStates, after)
            : m_store->storeItemPage(m_accountId, walk.collection, m_run.id, page->members,
                                     page->related, after);
        if (!written)
            return written.error();
        if (!contacts) {
            // Items an archive import stored under their URI become these items.
            QList<std::pair<QString, QString>> uris;
            for (const QList<Item> *items : {&page->members, &page->related})
                for (const Item &item : *items)
                    if (!item.uri.isEmpty() && item.uri != item.platformId)
                        uris.append({item.uri, item.platformId});
            if (!uris.isEmpty())
                if (auto merged = m_store->mergeItemsKnownByUri(m_accountId, uris); !merged)
                    return merged.error();
        }
        walk.state = after;

        ++counts.pages;
        counts.fetched += int(page->members.size() + page->contacts.size());
        counts.added += written->added;
        counts.edited += written->edited;

        BackupProgress p;
        p.accountId = m_accountId;
        p.phase = BackupProgress::Phase::Collection;
        p.collection = walk.collection;
        p.pages = counts.pages;
        p.items = counts.fetched;
        for (const auto &c : std::as_const(m_run.counts))
            p.totalItems += c.fetched;
        p.message = tr("%1: %2 page(s), %3 item(s)")
                        .arg(collectionName(walk.collection)).arg(counts.pages).arg(counts.fetched);
        emit progress(p);

        if (stopHere) {
            walk.reachedEnd = atEnd;
            return {};
        }
        cursor = page->nextCursor;
    }
}

void BackupJob::downloadMedia()
{
    MediaDownloader downloader(*m_store, m_dataDir, m_options.maxMediaBytes, &m_cancellation);
    QSet<qint64> tried;
    int done = 0;
    while (!m_cancellation.isCancelled()) {
        const QList<MediaFile> pending = m_store->pendingMedia(m_accountId, 200);
        bool progressed = false;
        for (const MediaFile &media : pending) {
            if (m_cancellation.isCancelled() || tried.contains(media.id))
                continue;
            tried.insert(media.id);
            progressed = true;
            downloader.fetch(media);
            ++done;
            if (done % 10 == 1)
                report(BackupProgress::Phase::Media, tr("Downloading media: %1 file(s)").arg(done));
        }
        if (!progressed)
            break;
    }
}

void BackupJob::report(BackupProgress::Phase phase, const QString &message)
{
    BackupProgress p;
    p.accountId = m_accountId;
    p.phase = phase;
    p.collection = m_current;
    p.message = message;
    emit progress(p);
}

QThread *startBackupThread(BackupJob *job)
{
    Q_ASSERT(!job->parent());
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("backup-%1").arg(job->accountId()));
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &BackupJob::run);
    // Direct: end the worker's event loop right after run(), not when the caller's loop gets
    // round to it (a CLI may already be tearing the application down by then).
    QObject::connect(job, &BackupJob::finished, thread, &QThread::quit, Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace holdfast
