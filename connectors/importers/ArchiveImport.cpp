#include "connectors/importers/ArchiveImport.h"

#include "connectors/bluesky/CarImport.h"
#include "connectors/importers/ArchiveReader.h"
#include "connectors/importers/DyiImporter.h"
#include "connectors/importers/FormatDetector.h"
#include "connectors/importers/ImportWriter.h"
#include "connectors/importers/MastodonExportImporter.h"
#include "connectors/importers/XArchiveImporter.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcImport, "holdfast.import")

namespace holdfast::importers {

namespace {

struct MetaTypeRegistration
{
    MetaTypeRegistration()
    {
        qRegisterMetaType<holdfast::importers::ImportSummary>();
        qRegisterMetaType<holdfast::importers::ImportProgress>();
    }
} metaTypeRegistration;

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveImport)
};

bool sameIdentity(const Account &stored, const ArchiveIdentity &identity)
{
    const Account &a = identity.account;
    if (stored.platform != a.platform)
        return false;
    if (!a.platformUserId.isEmpty() && stored.platformUserId == a.platformUserId)
        return true;
    for (const QString &alias : identity.aliases) {
        if (!alias.isEmpty() && (alias == stored.platformUserId || alias == stored.profileUrl))
            return true;
    }
    // Mastodon handles are user@server and unique; elsewhere names are not identities.
    return a.platform == u"mastodon" && !a.handle.isEmpty()
           && stored.handle.compare(a.handle, Qt::CaseInsensitive) == 0;
}

QString describe(const Account &account)
{
    return account.handle.isEmpty() ? account.displayName : account.handle;
}

} // namespace

ArchiveImport::ArchiveImport(Store &store, QString path, ImportOptions options,
                             const CancellationToken *cancellation,
                             std::function<void(const ImportProgress &)> progress)
    : m_store(store), m_path(std::move(path)), m_options(std::move(options)),
      m_cancellation(cancellation), m_progress(std::move(progress))
{
}

Result<ImportSummary> ArchiveImport::run()
{
    ImportSummary summary;
    summary.archive = QFileInfo(m_path).fileName();
    auto report = [this](ImportProgress::Phase phase, qint64 done, const QString &message) {
        if (m_progress)
            m_progress(ImportProgress{phase, done, message});
    };

    // 1. Every entry once, before anything is written.
    report(ImportProgress::Phase::Verifying, 0, Tr::tr("Checking %1").arg(summary.archive));
    ArchiveReader reader(m_path, m_options.limits, m_cancellation);
    if (auto verified = reader.verify(&FormatDetector::wantsHead,
                                      [&](qint64 entries, qint64) {
                                          report(ImportProgress::Phase::Verifying, entries,
                                                 Tr::tr("Checked %1 entries").arg(entries));
                                      });
        !verified)
        return verified.error();

    // 2. What it is.
    const DetectedFormat detected = FormatDetector::detect(reader);
    summary.format = detected.format;
    std::unique_ptr<Importer> importer;
    switch (detected.format) {
    case ArchiveFormat::XArchive:
        importer = std::make_unique<XArchiveImporter>(detected.root);
        break;
    case ArchiveFormat::MastodonExport:
        importer = std::make_unique<MastodonExportImporter>(detected.root);
        break;
    case ArchiveFormat::MastodonCsv:
        importer = std::make_unique<MastodonCsvImporter>(
            FormatDetector::mastodonCsvKind(reader.head(reader.entries().first().path)), m_store);
        break;
    case ArchiveFormat::FacebookDyi:
    case ArchiveFormat::InstagramDyi:
        importer = std::make_unique<DyiImporter>(detected.format);
        break;
    case ArchiveFormat::BlueskyCar: {
        // The Bluesky connector owns CAR parsing and mapping; it records its own run.
        report(ImportProgress::Phase::Importing, 0, Tr::tr("Importing %1").arg(summary.archive));
        auto imported = bluesky::importRepositoryCar(m_store, m_path, m_options.account);
        if (!imported)
            return imported.error();
        summary.accountId = imported->account.id;
        summary.account = describe(imported->account);
        summary.accountCreated = imported->accountCreated;
        summary.run = imported->run;
        for (auto it = imported->run.counts.cbegin(); it != imported->run.counts.cend(); ++it)
            summary.counts.insert(collectionName(it.key()),
                                  ImportCount{it->fetched, it->added, 0});
        if (imported->otherRecords > 0)
            summary.skipped.append(Tr::tr("%1 records of other collections kept in %2")
                                       .arg(imported->otherRecords)
                                       .arg(imported->snapshotPath));
        report(ImportProgress::Phase::Finished, imported->records, Tr::tr("Import succeeded"));
        return summary;
    }
    case ArchiveFormat::Unknown:
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("%1 is not a data export Holdfast recognises (looked for an X "
                            "archive's data/manifest.js or window.YTD data files, a Mastodon "
                            "outbox.json with actor.json, Facebook or Instagram download files, "
                            "a Mastodon CSV export and a Bluesky CAR).")
                             .arg(summary.archive));
    }

    // 3. Whose it is.
    auto identity = importer->identity(reader);
    if (!identity)
        return identity.error();
    const Account &found = identity->account;
    std::optional<Account> target;
    if (!m_options.account.isEmpty()) {
        target = m_store.findAccount(m_options.account);
        if (!target)
            return makeError(Error::Code::NotFound,
                             Tr::tr("There is no account \"%1\".").arg(m_options.account));
        if (target->platform != found.platform)
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("%1 is a %2 account; %3 (%4) is from another platform.")
                                 .arg(describe(*target), target->platform, summary.archive,
                                      archiveFormatName(detected.format)));
        if (identity->known && !sameIdentity(*target, identity.value()))
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("%1 belongs to %2, not to account %3.")
                                 .arg(summary.archive, describe(found), describe(*target)));
    } else {
        const QList<Account> accounts = m_store.accounts();
        if (identity->known) {
            for (const Account &account : accounts)
                if (sameIdentity(account, identity.value()))
                    target = account;
        } else {
            QList<Account> candidates;
            for (const Account &account : accounts)
                if (account.platform == found.platform)
                    candidates.append(account);
            if (candidates.size() != 1)
                return makeError(Error::Code::InvalidInput,
                                 Tr::tr("%1 does not say whose data it is; name the account with "
                                    "--account.")
                                     .arg(summary.archive));
            target = candidates.first();
        }
    }
    if (!target) {
        // An offline account: no server to sign in to and no token, only the archive's data.
        Account account = found;
        account.addedAt = QDateTime::currentDateTimeUtc();
        auto saved = m_store.saveAccount(account);
        if (!saved)
            return saved.error();
        target = saved.value();
        summary.accountCreated = true;
    }
    summary.accountId = target->id;
    summary.account = describe(*target);

    // 4. The import, recorded as a run.
    auto runId = m_store.beginRun(target->id, false);
    if (!runId)
        return runId.error();
    summary.run.id = runId.value();
    summary.run.accountId = target->id;
    summary.run.startedAt = QDateTime::currentDateTimeUtc();
    report(ImportProgress::Phase::Importing, 0, Tr::tr("Importing %1").arg(summary.archive));
    ImportWriter writer(m_store, *target, runId.value(), m_store.dataDirectory(),
                        m_options.pageSize, summary, m_cancellation,
                        [&](const ImportProgress &p) { report(p.phase, p.done, p.message); });
    Result<void> outcome = importer->import(reader, writer);
    if (outcome)
        outcome = writer.flush();
    int read = 0;
    int added = 0;
    for (const ImportCount &count : std::as_const(summary.counts)) {
        read += count.read;
        added += count.added;
    }
    if (outcome && !writer.incomplete().isEmpty())
        // What was read before the damage is kept, but the run must not look complete.
        outcome = makeError(Error::Code::InvalidInput,
                            Tr::tr("%1 was not imported completely: %2. Everything else in it was "
                               "imported.")
                                .arg(summary.archive, writer.incomplete().join(QLatin1String("; "))));
    if (outcome && read == 0 && !summary.skipped.isEmpty())
        outcome = makeError(Error::Code::InvalidInput,
                            Tr::tr("%1: nothing could be imported: %2")
                                .arg(summary.archive, summary.skipped.first()));

    summary.run.finishedAt = QDateTime::currentDateTimeUtc();
    if (outcome) {
        summary.run.outcome = QStringLiteral("succeeded");
    } else {
        const bool cancelled = outcome.error().code == Error::Code::Cancelled;
        summary.run.outcome = cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        summary.run.error = cancelled ? QString() : outcome.error().message;
    }
    if (summary.accountCreated && !outcome && added == 0) {
        // Nothing came of it: leave the store as it was, without an empty new account.
        if (auto removed = m_store.removeAccount(target->id); !removed)
            qCWarning(lcImport) << "could not remove the unused account:" << removed.errorMessage();
    } else if (auto finished = m_store.finishRun(summary.run); !finished) {
        qCWarning(lcImport) << "could not record the import run:" << finished.errorMessage();
    }
    report(ImportProgress::Phase::Finished, read,
           summary.run.outcome == u"succeeded"   ? Tr::tr("Import succeeded")
           : summary.run.outcome == u"cancelled" ? Tr::tr("Import cancelled")
                                                 : Tr::tr("Import failed"));
    if (!outcome)
        return outcome.error();
    return summary;
}

ArchiveImportJob::ArchiveImportJob(QString dataDir, QString path, ImportOptions options,
                                   QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_path(std::move(path)),
      m_options(std::move(options))
{
}

ArchiveImportJob::~ArchiveImportJob() = default;

void ArchiveImportJob::run()
{
    auto store = Store::open(m_dataDir);
    if (!store) {
        emit finished(ImportSummary{}, store.errorMessage());
        return;
    }
    ArchiveImport import(*store.value(), m_path, m_options, m_cancellation.get(),
                         [this](const ImportProgress &p) { emit progress(p); });
    auto result = import.run();
    store.value().reset(); // the connection belongs to this thread: close it here
    if (result)
        emit finished(result.value(), QString());
    else
        emit finished(ImportSummary{}, result.errorMessage());
}

QThread *startImportThread(ArchiveImportJob *job)
{
    Q_ASSERT(!job->parent());
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("import"));
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &ArchiveImportJob::run);
    // Directly, not through the caller's event loop, so the caller can wait() for the thread.
    QObject::connect(job, &ArchiveImportJob::finished, thread, &QThread::quit,
                     Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace holdfast::importers
