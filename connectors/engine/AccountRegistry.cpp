#include "connectors/engine/AccountRegistry.h"

#include "connectors/bluesky/AtprotoOAuth.h"
#include "connectors/bluesky/BlueskySource.h"
#include "connectors/common/HttpClient.h"
#include "connectors/common/SecretStore.h"
#include "connectors/mastodon/MastodonSource.h"
#include "models/store/Store.h"

#include <QJsonDocument>
#include <QObject>

namespace holdfast {

Result<Account> AccountRegistry::addSignedInAccount(const Account &account, const QString &accessToken)
{
    const bool existed = m_store.findAccount(account.handle).has_value();
    Account toSave = account;
    if (!toSave.addedAt.isValid())
        toSave.addedAt = QDateTime::currentDateTimeUtc();
    auto saved = saveSignedInAccount(m_store, toSave);
    if (!saved)
        return saved.error();
    if (auto stored = m_secrets.write(SecretStore::accessTokenKey(saved.value()), accessToken); !stored) {
        if (!existed)
            (void)m_store.removeAccount(saved->id);
        return stored.error();
    }
    return saved;
}

Result<Account> AccountRegistry::addBlueskyAccount(const Account &account, const QString &accessJwt,
                                                   const QString &refreshJwt, const QString &appPassword)
{
    const bool existed = m_store.findAccount(account.handle).has_value();
    auto added = addSignedInAccount(account, accessJwt);
    if (!added)
        return added;
    for (const auto &[key, secret] : {std::pair{SecretStore::refreshTokenKey(*added), refreshJwt},
                                      std::pair{SecretStore::appPasswordKey(*added), appPassword}}) {
        if (auto stored = m_secrets.write(key, secret); !stored) {
            if (!existed)
                (void)removeAccount(*added);
            return stored.error();
        }
    }
    // A session from an earlier OAuth sign-in would otherwise win over the new app password.
    if (auto removed = m_secrets.remove(SecretStore::oauthSessionKey(*added)); !removed)
        return removed.error();
    return added;
}

Result<Account> saveSignedInAccount(Store &store, const Account &account)
{
    // Only Mastodon accounts are created from exports under another id than the API's
    // (Bluesky CAR imports use the DID, which sign-in uses too).
    if (account.platform == u"mastodon") {
        const QList<Account> stored = store.accounts();
        const bool known = std::any_of(stored.cbegin(), stored.cend(), [&](const Account &a) {
            return a.platform == account.platform && a.server == account.server
                   && a.platformUserId == account.platformUserId;
        });
        for (const Account &a : stored) {
            if (known)
                break;
            const bool sameServer = a.platform == account.platform
                                    && a.server == account.server;
            const bool sameName =
                (!a.handle.isEmpty() && a.handle.compare(account.handle, Qt::CaseInsensitive) == 0)
                || (!a.profileUrl.isEmpty() && a.profileUrl == account.profileUrl);
            if (!sameServer || !sameName || a.platformUserId == account.platformUserId)
                continue;
            auto taken = store.changeAccountUserId(a.id, account.platformUserId);
            if (!taken)
                return taken.error();
            Account merged = account;
            merged.addedAt = a.addedAt;
            return store.saveAccount(merged);
        }
    }
    return store.saveAccount(account);
}

Result<void> AccountRegistry::removeAccount(const Account &account)
{
    for (const QString &key : {SecretStore::accessTokenKey(account), SecretStore::refreshTokenKey(account),
                               SecretStore::appPasswordKey(account), SecretStore::oauthSessionKey(account)}) {
        if (auto removed = m_secrets.remove(key); !removed)
            return removed.error();
    }
    return m_store.removeAccount(account.id);
}

namespace {
/// A Bluesky session lives in two keychain entries (access and single-use refresh JWT) that
/// change on every refresh; the app password renews a session whose refresh JWT expired.
Result<std::unique_ptr<BackupSource>> createBlueskySource(const Account &account, const QString &accessToken,
                                                          HttpClient &http)
{
    SecretStore secrets;
    auto refreshToken = secrets.read(SecretStore::refreshTokenKey(account));
    if (!refreshToken && refreshToken.error().code != Error::Code::NotFound)
        return refreshToken.error();
    auto source = std::make_unique<bluesky::BlueskySource>(account, http);
    const auto save = [account](const bluesky::SessionTokens &tokens) -> Result<void> {
        SecretStore store;
        if (auto saved = store.write(SecretStore::accessTokenKey(account), tokens.accessJwt); !saved)
            return saved;
        return store.write(SecretStore::refreshTokenKey(account), tokens.refreshJwt);
    };
    // Signed in with OAuth: DPoP-bound tokens, refreshed at the authorization server.
    auto oauth = secrets.read(SecretStore::oauthSessionKey(account));
    if (!oauth && oauth.error().code != Error::Code::NotFound)
        return oauth.error();
    if (oauth) {
        auto session = bluesky::OAuthSession::fromJson(QJsonDocument::fromJson(oauth->toUtf8()).object());
        if (!session)
            return makeError(Error::Code::Auth,
                             QObject::tr("The Bluesky OAuth session of %1 is unusable (%2). Sign in again with "
                                         "`holdfast accounts add bluesky --handle %1 --oauth`.")
                                 .arg(account.handle, session.error().message));
        source->xrpc().setOAuthSession(session.value(), {accessToken, refreshToken ? refreshToken.value() : QString()},
                                       save);
        return std::unique_ptr<BackupSource>(std::move(source));
    }
    const auto reLogin = [account, &http]() -> Result<bluesky::SessionTokens> {
        SecretStore store;
        auto password = store.read(SecretStore::appPasswordKey(account));
        if (!password)
            return makeError(Error::Code::Auth,
                             QObject::tr("The Bluesky session of %1 expired. Sign in again with "
                                         "`holdfast accounts add bluesky --handle %1`.").arg(account.handle));
        auto session = bluesky::XrpcClient::createSession(http, QUrl(account.server), account.platformUserId,
                                                          password.value());
        if (!session)
            return session.error();
        return bluesky::SessionTokens{session->value(QLatin1String("accessJwt")).toString(),
                                      session->value(QLatin1String("refreshJwt")).toString()};
    };
    source->xrpc().setSession({accessToken, refreshToken ? refreshToken.value() : QString()}, save, reLogin);
    return std::unique_ptr<BackupSource>(std::move(source));
}
} // namespace

Result<std::unique_ptr<BackupSource>> createBackupSource(const Account &account, HttpClient &http)
{
    SecretStore secrets;
    auto token = secrets.read(SecretStore::accessTokenKey(account));
    if (!token) {
        if (token.error().code == Error::Code::NotFound)
            return makeError(Error::Code::Auth,
                             QObject::tr("Holdfast has no access token for %1 in the keychain; "
                                         "sign in to this account again.").arg(account.handle));
        return token.error();
    }
    if (account.platform == u"mastodon") {
        http.setBearerToken(token.value());
        return std::unique_ptr<BackupSource>(
            new mastodon::MastodonSource(QUrl(account.server), account.platformUserId, http));
    }
    if (account.platform == u"bluesky")
        return createBlueskySource(account, token.value(), http);
    return makeError(Error::Code::InvalidInput,
                     QObject::tr("Backing up %1 accounts is not supported yet.").arg(account.platform));
}

} // namespace holdfast
