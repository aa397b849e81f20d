#include "ui/BackupController.h"

#include "connectors/engine/AccountRegistry.h"
#include "models/store/Store.h"
#include "ui/UiLogging.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace holdfast::ui {

struct BackupController::JobSlot
{
    QMutex mutex;
    BackupJob *job = nullptr;
};

BackupController::BackupController(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_sourceFactory(&createBackupSource)
{
}

BackupController::~BackupController()
{
    if (isBusy())
        shutdown(5'000);
}

bool BackupController::start(qint64 accountId)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_running.contains(accountId))
        return false;
    const bool wasBusy = isBusy();
    const auto slot = std::make_shared<JobSlot>();
    m_running.insert(accountId, slot);
    emit started(accountId);
    if (!wasBusy)
        emit busyChanged(true);

    auto *job = new BackupJob(m_dataDir, accountId, m_options, m_sourceFactory);
    // Runs on the worker thread while `finished` is being emitted, i.e. before the job is gone.
    connect(job, &BackupJob::finished, job, [slot] {
        QMutexLocker lock(&slot->mutex);
        slot->job = nullptr;
    }, Qt::DirectConnection);
    connect(job, &BackupJob::progress, this, &BackupController::progress);
    connect(job, &BackupJob::finished, this, &BackupController::onFinished);
    {
        QMutexLocker lock(&slot->mutex);
        slot->job = job;
    }
    startBackupThread(job);
    // The job cannot be deleted before this thread's event loop lets its thread quit, so
    // reading its thread here is safe.
    m_threads.append(QPointer<QThread>(job->thread()));
    qCInfo(lcUi) << "backup started for account" << accountId;
    return true;
}

bool BackupController::needsSignIn(const BackupRun &run)
{
    return run.outcome == u"failed" && run.errorCode == Error::Code::Auth;
}

void BackupController::cancel(qint64 accountId)
{
    const auto slot = m_running.value(accountId);
    if (!slot)
        return;
    QMutexLocker lock(&slot->mutex);
    if (slot->job)
        slot->job->cancel();
}

void BackupController::cancelAll()
{
    const auto accounts = runningAccounts();
    for (qint64 accountId : accounts)
        cancel(accountId);
}

void BackupController::onFinished(const BackupRun &run)
{
    m_running.remove(run.accountId);
    m_threads.removeAll(QPointer<QThread>());
    qCInfo(lcUi) << "backup ended for account" << run.accountId << run.outcome << run.error;
    emit finished(run);
    if (!isBusy())
        emit busyChanged(false);
}

bool BackupController::shutdown(int timeoutMs)
{
    cancelAll();
    // The worker threads quit through this thread's event loop, so wait by running it.
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        m_threads.removeAll(QPointer<QThread>());
        const bool threadsDone = std::all_of(m_threads.cbegin(), m_threads.cend(),
                                             [](const QPointer<QThread> &t) { return t->isFinished(); });
        if ((m_running.isEmpty() && threadsDone) || deadline.hasExpired())
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait(deadline);
    }
    return m_running.isEmpty();
}

} // namespace holdfast::ui
