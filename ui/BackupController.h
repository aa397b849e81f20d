#pragma once

#include "connectors/engine/BackupJob.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace holdfast::ui {

/**
 * Runs backups for the GUI: one BackupJob per account on its own thread (several accounts at
 * once; each job reads its token from the keychain on its own thread), relays their progress,
 * and lets the UI cancel them. Lives on the GUI thread.
 *
 *     controller.start(accountId);            // false if that account is already running
 *     connect(&controller, &BackupController::progress, ...);
 *     controller.cancel(accountId);           // the job stops at its next check, keeps its pages
 *
 * Call shutdown() before the application quits so no worker outlives the event loop.
 */
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)
public:
    explicit BackupController(QString dataDir, QObject *parent = nullptr);
    ~BackupController() override;

    /// How jobs build their platform source (default: createBackupSource, token from the
    /// keychain).
    void setSourceFactory(BackupSourceFactory factory) { m_sourceFactory = std::move(factory); }
    void setOptions(const BackupOptions &options) { m_options = options; }

    bool start(qint64 accountId);
    void cancel(qint64 accountId);
    void cancelAll();
    bool isRunning(qint64 accountId) const { return m_running.contains(accountId); }
    bool isBusy() const { return !m_running.isEmpty(); }
    QList<qint64> runningAccounts() const { return m_running.keys(); }

    /// True if `run` failed in a way the person fixes by signing in again (no token in the
    /// keychain, or the server refused the token: Error::Code::Auth), rather than by retrying
    /// later.
    static bool needsSignIn(const BackupRun &run);

    /// Cancels every job and waits (processing events) until their threads are gone or
    /// `timeoutMs` passed. Returns true if nothing runs any more.
    bool shutdown(int timeoutMs = 15'000);

signals:
    void started(qint64 accountId);
    void progress(const holdfast::BackupProgress &progress);
    /// The run ended (or could not start); `run.outcome` says how, `run.error` why.
    void finished(const holdfast::BackupRun &run);
    void busyChanged(bool busy);

private:
    /// The GUI's handle on one account's backup. The job deletes itself on its thread after
    /// `finished`, so the pointer is cleared under the mutex from that thread, during the
    /// emission, before the job can go away; cancel() locks the same mutex.
    struct JobSlot;

    void onFinished(const BackupRun &run);

    QString m_dataDir;
    BackupSourceFactory m_sourceFactory;
    BackupOptions m_options;
    QHash<qint64, std::shared_ptr<JobSlot>> m_running;
    QList<QPointer<QThread>> m_threads;
};

} // namespace holdfast::ui
