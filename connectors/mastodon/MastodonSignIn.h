#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/Account.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace holdfast {
class HttpClient;
class SecretStore;
class Store;
}

namespace holdfast::mastodon {

/// A completed sign-in: the account as the instance describes it, and its access token
/// (to be put in the keychain by the caller, and nowhere else).
struct SignedInAccount
{
    Account account;
    QString accessToken;
};

/**
 * Signs in to any Mastodon instance with OAuth 2 authorization code + PKCE (S256):
 * registers Holdfast with the instance once (POST /api/v1/apps; client id in the store,
 * client secret in the keychain), listens for the redirect on 127.0.0.1 with a random port
 * (QOAuthHttpServerReplyHandler bound to LocalHost), checks the random `state`, exchanges the
 * code, and reads the account with verify_credentials.
 *
 * The token exchange is done here rather than by QOAuth2AuthorizationCodeFlow because Qt 6.4's
 * flow has no PKCE and drops token-endpoint errors silently; people need the reason.
 * Blocking: runs local event loops, so call it from a worker thread or the CLI.
 */
class MastodonSignIn final : public QObject
{
    Q_OBJECT
public:
    MastodonSignIn(Store &store, SecretStore &secrets, const CancellationToken *cancellation = nullptr,
                   QObject *parent = nullptr);

    /// `openUrl` is called once with the authorization URL (print it, open the browser).
    Result<SignedInAccount> signIn(const QUrl &instance, const std::function<void(const QUrl &)> &openUrl,
                                   int timeoutMs = 10 * 60 * 1000);

    /// "social.example", "https://social.example/" -> "https://social.example". Invalid if unusable.
    static QUrl normaliseInstanceUrl(const QString &text);

    static constexpr auto kScopes = "read";
    static constexpr auto kRedirectPath = "/callback";

private:
    Result<AppRegistration> ensureRegistration(HttpClient &http, const QUrl &instance, QString *clientSecret);

    Store &m_store;
    SecretStore &m_secrets;
    const CancellationToken *m_cancellation;
};

} // namespace holdfast::mastodon
