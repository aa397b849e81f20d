#pragma once

#include "connectors/bluesky/BlueskySignIn.h"
#include "connectors/bluesky/XrpcClient.h"
#include "connectors/common/CancellationToken.h"
#include "connectors/common/EcKey.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace holdfast {
class DpopAuthenticator;
class HttpClient;
}

namespace holdfast::bluesky {

/// The endpoints of an atproto OAuth authorization server (RFC 8414 metadata).
struct AuthorizationServer
{
    QUrl issuer;
    QUrl parEndpoint;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    bool namesItselfInRedirect = false; ///< RFC 9207 `iss` in the redirect (then it is required)
};

/// What an OAuth session needs besides its tokens to be refreshed later. It holds the DPoP
/// private key, so it is a secret: the keychain (SecretStore::oauthSessionKey) and nowhere else.
struct OAuthSession
{
    QString did;        ///< the account (`sub`); every refresh must name it again
    QString clientId;   ///< the loopback client id used at sign-in; refreshes must repeat it
    QUrl issuer;
    QUrl tokenEndpoint;
    EcKey dpopKey;      ///< the tokens are bound to this key

    QJsonObject toJson() const;
    static Result<OAuthSession> fromJson(const QJsonObject &json);
};

/// What `holdfast accounts add bluesky --oauth` was given.
struct OAuthSignInRequest
{
    QString identifier;  ///< handle or DID
    QUrl service;        ///< optional: resolve the handle here (self-hosted PDS)
    QUrl plcDirectory;   ///< optional: where did:plc documents live
};

struct SignedInWithOAuth
{
    SignedInBlueskyAccount signedIn; ///< account + access/refresh token
    OAuthSession session;
};

/**
 * atproto OAuth (https://atproto.com/specs/oauth) for a desktop app without a server of its
 * own: a loopback client (`client_id` http://localhost?redirect_uri=…&scope=…), redirect to
 * 127.0.0.1 on a random port, PAR, PKCE S256, random state, DPoP with a fresh ES256 key
 * (nonces answered by DpopAuthenticator), then checks that the token's `sub` is the DID that
 * was resolved and that the issuer is the authorization server that DID's PDS names.
 * Blocking; call from a worker thread or the CLI.
 */
class AtprotoOAuth final
{
public:
    static constexpr auto kScope = "atproto transition:generic";
    static constexpr auto kRedirectPath = "/callback";

    explicit AtprotoOAuth(HttpClient &http, const CancellationToken *cancellation = nullptr);

    /// `openUrl` gets the authorization URL once (print it, open a browser).
    Result<SignedInWithOAuth> signIn(const OAuthSignInRequest &request,
                                     const std::function<void(const QUrl &)> &openUrl,
                                     int timeoutMs = 10 * 60 * 1000);

    /// PDS → `/.well-known/oauth-protected-resource` → its authorization server's metadata,
    /// checked (issuer, PAR, S256, ES256 DPoP, atproto scope).
    static Result<AuthorizationServer> discover(HttpClient &http, const QUrl &pds);
    /// The virtual loopback client of the spec for one redirect URI.
    static QString loopbackClientId(const QString &redirectUri);

    /// Spends the (single-use) refresh token for new tokens; `dpop` must hold the session's key
    /// and be installed on `http`. The caller saves the answer at once.
    static Result<SessionTokens> refresh(HttpClient &http, DpopAuthenticator &dpop, const OAuthSession &session,
                                         const QString &refreshToken);

private:
    HttpClient &m_http;
    const CancellationToken *m_cancellation;
};

} // namespace holdfast::bluesky
