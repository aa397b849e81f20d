#include "connectors/engine/AccountRegistry.h"

#include "connectors/common/HttpClient.h"
#include "connectors/common/SecretStore.h"
#include "connectors/mastodon/MastodonSource.h"
#include "models/store/Store.h"

#include <QObject>

namespace holdfast {

Result<Account> AccountRegistry::addSignedInAccount(const Account &account, const QString &accessToken)
{
    const bool existed = m_store.findAccount(account.handle).has_value();
    Account toSave = account;
    if (!toSave.addedAt.isValid())
        toSave.addedAt = QDateTime::currentDateTimeUtc();
    auto saved = m_store.saveAccount(toSave);
    if (!saved)
        return saved.error();
    if (auto stored = m_secrets.write(SecretStore::accessTokenKey(saved.value()), accessToken); !stored) {
        if (!existed)
            (void)m_store.removeAccount(saved->id);
        return stored.error();
    }
    return saved;
}

Result<void> AccountRegistry::removeAccount(const Account &account)
{
    for (const QString &key : {SecretStore::accessTokenKey(account), SecretStore::refreshTokenKey(account)}) {
        if (auto removed = m_secrets.remove(key); !removed)
            return removed.error();
    }
    return m_store.removeAccount(account.id);
}

Result<std::unique_ptr<BackupSource>> createBackupSource(const Account &account, HttpClient &http)
{
    SecretStore secrets;
    auto token = secrets.read(SecretStore::accessTokenKey(account));
    if (!token) {
        if (token.error().code == Error::Code::NotFound)
            return makeError(Error::Code::Auth,
                             QObject::tr("No access token for %1 in the keychain. Sign in again with "
                                         "`holdfast accounts add`.").arg(account.handle));
        return token.error();
    }
    if (account.platform == u"mastodon") {
        http.setBearerToken(token.value());
        return std::unique_ptr<BackupSource>(
            new mastodon::MastodonSource(QUrl(account.server), account.platformUserId, http));
    }
    return makeError(Error::Code::InvalidInput,
                     QObject::tr("Backing up %1 accounts is not supported yet.").arg(account.platform));
}

} // namespace holdfast
