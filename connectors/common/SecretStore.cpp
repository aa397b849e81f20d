#include "connectors/common/SecretStore.h"

#include "models/domain/Account.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace holdfast {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    const auto code = job.error() == QKeychain::EntryNotFound ? Error::Code::NotFound
                                                              : Error::Code::Keychain;
    return makeError(code, QStringLiteral("Keychain: could not %1: %2").arg(what, job.errorString()));
}

// QtKeychain jobs are asynchronous; run one to completion on the calling thread.
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
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    job.setInsecureFallback(false);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("store a secret"));
    return {};
}

Result<QString> SecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    job.setInsecureFallback(false);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("read a secret"));
    return job.textData();
}

Result<void> SecretStore::remove(const QString &key)
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

QString SecretStore::clientSecretKey(const QString &platform, const QString &server)
{
    return QStringLiteral("%1/%2/client-secret").arg(platform, server);
}

} // namespace holdfast
