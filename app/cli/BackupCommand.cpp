#include "app/cli/CliSupport.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/engine/BackupJob.h"

#include <QEventLoop>
#include <QThread>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace holdfast::cli {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

QString summary(const BackupRun &run)
{
    QStringList parts;
    for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it) {
        const CollectionCounts &c = it.value();
        QString part = QStringLiteral("%1 +%2").arg(collectionName(it.key())).arg(c.added);
        if (c.edited)
            part += QStringLiteral(" (%1 edited)").arg(c.edited);
        if (c.removed)
            part += QStringLiteral(" (%1 removed)").arg(c.removed);
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

/// Runs one account's backup on a worker thread and waits for it, relaying progress to stderr.
BackupRun backUp(CliContext &context, const Account &account, const BackupOptions &options)
{
    auto *job = new BackupJob(context.dataDir, account.id, options, &createBackupSource);
    QPointer<BackupJob> guard(job);
    BackupRun result;
    QEventLoop loop;
    QObject::connect(job, &BackupJob::progress, &loop, [&](const BackupProgress &p) {
        context.err << account.handle << ": " << p.message << "\n";
        context.err.flush();
    });
    QObject::connect(job, &BackupJob::finished, &loop, [&](const BackupRun &run) {
        result = run;
        loop.quit();
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted.load() && guard)
            guard->cancel();
    });
    interruptPoll.start(100);
    QPointer<QThread> thread = startBackupThread(job);
    loop.exec();
    if (thread)
        thread->wait(); // the worker must be gone before the application is torn down
    return result;
}

} // namespace

int runBackup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("accounts"), QStringLiteral("Account ids or handles"));
    parser.addOption({QStringLiteral("all"), QStringLiteral("Back up every account")});
    parser.addOption({QStringLiteral("full"), QStringLiteral("Re-walk everything to notice edits and deletions")});
    parser.addOption({QStringLiteral("no-media"), QStringLiteral("Do not download media files")});
    parser.addOption({QStringLiteral("max-media-size"), QStringLiteral("Largest media file to download, in MB"),
                      QStringLiteral("MB"), QStringLiteral("100")});
    if (!parseArguments(parser, QStringLiteral("backup"), arguments, context))
        return UsageError;
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == !parser.positionalArguments().isEmpty()) {
        context.err << "holdfast backup: name ACCOUNT(s) or --all\n";
        return UsageError;
    }
    bool sizeOk = false;
    const double maxMb = parser.value(QStringLiteral("max-media-size")).toDouble(&sizeOk);
    if (!sizeOk || maxMb <= 0) {
        context.err << "holdfast backup: --max-media-size needs a positive number of megabytes\n";
        return UsageError;
    }
    BackupOptions options;
    options.full = parser.isSet(QStringLiteral("full"));
    options.downloadMedia = !parser.isSet(QStringLiteral("no-media"));
    options.maxMediaBytes = qint64(maxMb * 1024 * 1024);

    QList<Account> accounts;
    {
        auto store = openStore(context);
        if (!store)
            return Failure;
        if (all) {
            accounts = store->accounts();
            if (accounts.isEmpty()) {
                context.err << "holdfast backup: there are no accounts; add one with `holdfast accounts add`\n";
                return Failure;
            }
        } else {
            for (const QString &reference : parser.positionalArguments()) {
                auto account = resolveAccount(*store, reference, context);
                if (!account)
                    return Failure;
                accounts.append(*account);
            }
        }
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int code = Success;
    for (const Account &account : std::as_const(accounts)) {
        const BackupRun run = backUp(context, account, options);
        if (run.outcome == u"succeeded") {
            context.err << account.handle << ": backup succeeded: " << summary(run) << "\n";
        } else if (run.outcome == u"cancelled") {
            context.err << "holdfast backup: " << account.handle << ": cancelled; what was fetched is kept\n";
            code = Failure;
            break;
        } else {
            context.err << "holdfast backup: " << account.handle << ": " << run.error << "\n";
            code = Failure;
        }
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}

} // namespace holdfast::cli
