#include "connectors/common/SecretStore.h"

#include "models/domain/Account.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>

namespace holdfast {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    const auto code = job.error() == QKeychain::EntryNotFound ? Error::Code::NotFound
                                                              : Error::Code::Keychain;
    return makeError(code, QStringLiteral("Keychain: could not %1: %2").arg(what, job.errorString()));
}

// QtKeychain's Secret Service backend binds itself to the first thread that uses it: a job
// from any other thread (or a later one) hangs or crashes (qtkeychain issue #145). So every
// job of the process runs on one dedicated thread, and callers wait for it.
QObject *keychainAnchor()
{
    static QObject *anchor = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        auto *object = new QObject;
        object->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, object, &QObject::deleteLater);
        thread->start();
        if (auto *app = QCoreApplication::instance()) {
            // Stop it with the application, before Qt's own teardown.
            QObject::connect(app, &QObject::destroyed, thread, [thread] {
                thread->quit();
                thread->wait(5'000);
            }, Qt::DirectConnection);
        }
        return object;
    }();
    return anchor;
}

template<typename T>
Result<T> onKeychainThread(const std::function<Result<T>()> &work)
{
    QObject *anchor = keychainAnchor();
    if (QThread::currentThread() == anchor->thread())
        return work();
    std::optional<Result<T>> result;
    QMetaObject::invokeMethod(anchor, [&] { result.emplace(work()); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

// QtKeychain jobs are asynchronous; run one to completion on the (keychain) thread.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

} // namespace

SecretStore::SecretStore(QString serviceName) : m_service(std::move(serviceName)) {}

Result<void> SecretStore::write(const QString &key, const QString &secret)
{
    return onKeychainThread<void>([&]() -> Result<void> { return writeHere(key, secret); });
}

Result<QString> SecretStore::read(const QString &key)
{
    return onKeychainThread<QString>([&]() -> Result<QString> { return readHere(key); });
}

Result<void> SecretStore::remove(const QString &key)
{
    return onKeychainThread<void>([&]() -> Result<void> { return removeHere(key); });
}

Result<void> SecretStore::writeHere(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    job.setInsecureFallback(false);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("store a secret"));
    return {};
}

Result<QString> SecretStore::readHere(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    job.setInsecureFallback(false);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("read a secret"));
    return job.textData();
}

Result<void> SecretStore::removeHere(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    job.setInsecureFallback(false);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, QStringLiteral("delete a secret"));
    return {};
}

QString SecretStore::accessTokenKey(const Account &account)
{
    return QStringLiteral("%1/%2/%3/access-token")
        .arg(account.platform, account.server, account.platformUserId);
}

QString SecretStore::refreshTokenKey(const Account &account)
{
    return QStringLiteral("%1/%2/%3/refresh-token")
        .arg(account.platform, account.server, account.platformUserId);
}

QString SecretStore::appPasswordKey(const Account &account)
{
    return QStringLiteral("%1/%2/%3/app-password")
        .arg(account.platform, account.server, account.platformUserId);
}

QString SecretStore::oauthSessionKey(const Account &account)
{
    return QStringLiteral("%1/%2/%3/oauth-session")
        .arg(account.platform, account.server, account.platformUserId);
}

QString SecretStore::clientSecretKey(const QString &platform, const QString &server)
{
    return QStringLiteral("%1/%2/client-secret").arg(platform, server);
}

} // namespace holdfast
