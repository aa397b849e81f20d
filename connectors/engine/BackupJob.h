#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/BackupRun.h"
#include "models/domain/Collection.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace holdfast {

class BackupSource;
class HttpClient;
class Store;
struct Account;

struct BackupOptions
{
    bool full = false;                      ///< re-walk everything: notices edits and deletions
    bool downloadMedia = true;
    qint64 maxMediaBytes = 100LL * 1024 * 1024;
};

/// A snapshot of a running backup, sent to the GUI/CLI by queued signal.
struct BackupProgress
{
    enum class Phase { Starting, Collection, RateLimitWait, Retrying, Media, Finished };
    qint64 accountId = 0;
    Phase phase = Phase::Starting;
    Collection collection = Collection::Posts;
    int pages = 0;               ///< pages of the current collection so far
    int items = 0;               ///< entries of the current collection so far
    int totalItems = 0;          ///< entries of the whole run so far
    QDateTime waitUntil;         ///< for RateLimitWait
    QString message;             ///< one line for people
};

/// Builds the platform source for an account on the worker thread (token from the keychain).
using BackupSourceFactory = std::function<Result<std::unique_ptr<BackupSource>>(
    const Account &account, HttpClient &http)>;

/**
 * One backup of one account. Create it, move it to a QThread, and invoke run() there (or use
 * startBackupThread). It opens its own Store connection and network access on that thread,
 * commits after every page, and reports by signals. cancel() may be called from any thread.
 */
class BackupJob final : public QObject
{
    Q_OBJECT
public:
    BackupJob(QString dataDir, qint64 accountId, BackupOptions options,
              BackupSourceFactory sourceFactory, QObject *parent = nullptr);
    ~BackupJob() override;

    void cancel() { m_cancellation.cancel(); }
    qint64 accountId() const { return m_accountId; }

public slots:
    void run();

signals:
    void progress(const holdfast::BackupProgress &progress);
    /// Always emitted once at the end; run.outcome is succeeded, failed or cancelled.
    void finished(const holdfast::BackupRun &run);

private:
    struct Walk;
    Result<void> backUpCollection(Collection collection, bool full);
    Result<void> walk(Walk &walk);
    void downloadMedia();
    void report(BackupProgress::Phase phase, const QString &message);

    QString m_dataDir;
    qint64 m_accountId;
    BackupOptions m_options;
    BackupSourceFactory m_sourceFactory;
    CancellationToken m_cancellation;

    // Valid only during run(), on the worker thread.
    std::unique_ptr<Store> m_store;
    HttpClient *m_http = nullptr;
    std::unique_ptr<BackupSource> m_source;
    BackupRun m_run;
    Collection m_current = Collection::Posts;
    QDateTime m_lastReport;
};

/// Runs `job` on a new thread that ends (and deletes itself and the job) when the job finishes.
/// Returns the thread so a caller that is about to exit can wait() for it.
QThread *startBackupThread(BackupJob *job);

} // namespace holdfast

Q_DECLARE_METATYPE(holdfast::BackupProgress)
Q_DECLARE_METATYPE(holdfast::BackupRun)
