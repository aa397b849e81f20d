#include "ui/BackupController.h"

#include "connectors/common/SecretStore.h"
#include "models/store/Store.h"
#include "ui/BackupSources.h"
#include "ui/KeychainThread.h"
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
    bool cancelled = false;   ///< cancelled before the job existed (while reading the token)
};

namespace {

/// What the keychain thread hands back: the token, or why there is none.
struct TokenRead
{
    QString token;
    QString error;
    bool missing = false;   ///< no entry: signing in again is the fix
};

} // namespace

BackupController::BackupController(QString dataDir, KeychainThread &keychain, QObject *parent)
    : QObject(parent),
      m_dataDir(std::move(dataDir)),
      m_keychain(keychain),
      m_makeFactory(&BackupSources::withToken)
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
    m_running.insert(accountId, std::make_shared<JobSlot>());
    emit started(accountId);
    if (!wasBusy)
        emit busyChanged(true);

    const QString dataDir = m_dataDir;
    m_keychain.run<TokenRead>(
        this,
        [dataDir, accountId] {
            // A Store belongs to the thread that opened it: this one is opened and closed here.
            auto store = Store::open(dataDir);
            if (!store)
                return TokenRead{{}, store.error().message};
            const auto account = (*store)->account(accountId);
            if (!account)
                return TokenRead{{}, tr("The account no longer exists.")};
            auto token = SecretStore().read(SecretStore::accessTokenKey(*account));
            if (!token) {
                if (token.error().code == Error::Code::NotFound)
                    return TokenRead{{}, tr("Holdfast has no access token for %1.").arg(account->handle), true};
                return TokenRead{{}, token.error().message};
            }
            return TokenRead{token.value(), {}};
        },
        [this, accountId](TokenRead read) {
            if (read.missing)
                m_missingToken.insert(accountId);
            else
                m_missingToken.remove(accountId);
            launch(accountId, read.token, read.error);
        });
    return true;
}

void BackupController::launch(qint64 accountId, const QString &token, const QString &keychainError)
{
    const auto slot = m_running.value(accountId);
    if (!slot)
        return;
    {
        QMutexLocker lock(&slot->mutex);
        if (slot->cancelled) {
            lock.unlock();
            finishWithoutJob(accountId, QStringLiteral("cancelled"), {});
            return;
        }
    }
    if (!keychainError.isEmpty()) {
        finishWithoutJob(accountId, QStringLiteral("failed"), keychainError);
        return;
    }

    auto *job = new BackupJob(m_dataDir, accountId, m_options, m_makeFactory(token));
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
}

void BackupController::finishWithoutJob(qint64 accountId, const QString &outcome, const QString &error)
{
    BackupRun run;
    run.accountId = accountId;
    run.outcome = outcome;
    run.error = error;
    run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
    onFinished(run);
}

bool BackupController::needsSignIn(const BackupRun &run) const
{
    if (run.outcome != u"failed")
        return false;
    // The engine reports a refused token as "... refused access (HTTP 401). Sign in ...";
    // BackupRun carries no error code, so the status in the message is what there is.
    return m_missingToken.contains(run.accountId) || run.error.contains(QLatin1String("(HTTP 401)"))
           || run.error.contains(QLatin1String("(HTTP 403)"));
}

void BackupController::cancel(qint64 accountId)
{
    const auto slot = m_running.value(accountId);
    if (!slot)
        return;
    QMutexLocker lock(&slot->mutex);
    slot->cancelled = true;
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
