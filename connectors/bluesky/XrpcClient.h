#pragma once

#include "connectors/common/HttpClient.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace holdfast {
class DpopAuthenticator;
}

namespace holdfast::bluesky {

struct OAuthSession;

/// The pair of JWTs a legacy (app password) session consists of.
struct SessionTokens
{
    QString accessJwt;  ///< short-lived ("a couple of minutes" on bsky.social)
    QString refreshJwt; ///< single use: every refresh returns a new one
};

/**
 * XRPC calls (`/xrpc/<nsid>`) to one service over a blocking HttpClient, with an optional
 * app-password session. When the access JWT is rejected (401, or 400 ExpiredToken) the
 * session is refreshed once with `com.atproto.server.refreshSession` and the call repeated;
 * new tokens go to `onTokens` at once, because the old refresh JWT is dead after use.
 * If the refresh itself is refused, `reLogin` (createSession with the stored app password)
 * is the last resort. An OAuth session (setOAuthSession) sends `Authorization: DPoP` with a
 * DPoP proof per request instead, and refreshes at the authorization server's token endpoint.
 * Use it on one (worker or CLI) thread.
 */
class XrpcClient final
{
public:
    using TokenSaver = std::function<Result<void>(const SessionTokens &)>;
    using ReLogin = std::function<Result<SessionTokens>()>;

    XrpcClient(HttpClient &http, QUrl service);
    ~XrpcClient();
    Q_DISABLE_COPY_MOVE(XrpcClient)

    /// Makes the following calls authenticated.
    void setSession(SessionTokens tokens, TokenSaver onTokens = {}, ReLogin reLogin = {});
    /// Makes the following calls authenticated with DPoP-bound OAuth tokens.
    void setOAuthSession(const OAuthSession &session, SessionTokens tokens, TokenSaver onTokens = {});
    bool hasSession() const { return !m_tokens.accessJwt.isEmpty(); }
    const SessionTokens &tokens() const { return m_tokens; }
    QUrl service() const { return m_service; }

    /// `https://pds/xrpc/<nsid>?<params>`.
    QUrl url(const QString &nsid, const QUrlQuery &params = {}) const { return urlFor(m_service, nsid, params); }
    static QUrl urlFor(const QUrl &service, const QString &nsid, const QUrlQuery &params = {});

    /// GET (an XRPC query); the answer must be a JSON object.
    Result<QJsonObject> query(const QString &nsid, const QUrlQuery &params = {});
    /// POST (an XRPC procedure) with a JSON input; a null `input` sends no body.
    Result<QJsonObject> procedure(const QString &nsid, const QJsonObject &input);
    Result<QJsonObject> procedure(const QString &nsid);
    /// GET returning raw bytes (CAR files, blobs).
    Result<HttpResponse> download(const QString &nsid, const QUrlQuery &params, qint64 maxBytes);

    /// Swaps the refresh JWT for a new pair (see class comment).
    Result<void> refresh();

    /// `com.atproto.server.createSession` without touching any stored session.
    static Result<QJsonObject> createSession(HttpClient &http, const QUrl &service,
                                             const QString &identifier, const QString &password);

    /// True for errors that mean "the access token is no good": refresh and try again.
    static bool isExpiredSession(const Error &error);
    /// True for errors that mean "this service does not offer that" (no AppView behind a
    /// PDS, no chat service): a gap to report, not a failed backup.
    static bool isUnavailable(const Error &error);

private:
    template<typename Call>
    auto withSession(Call call) -> decltype(call());

    HttpClient &m_http;
    QUrl m_service;
    SessionTokens m_tokens;
    TokenSaver m_onTokens;
    ReLogin m_reLogin;
    std::unique_ptr<OAuthSession> m_oauth;        ///< set for OAuth sessions only
    std::unique_ptr<DpopAuthenticator> m_dpop;   ///< installed on m_http while this client lives
};

} // namespace holdfast::bluesky
