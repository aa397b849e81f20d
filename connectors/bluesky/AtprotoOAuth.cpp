#include "connectors/bluesky/AtprotoOAuth.h"

#include "connectors/bluesky/IdentityResolver.h"
#include "connectors/common/Dpop.h"
#include "connectors/common/HttpClient.h"
#include "connectors/common/LoopbackRedirect.h"
#include "connectors/common/Pkce.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::AtprotoOAuth)
};

QString normalised(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

QUrl wellKnown(const QUrl &origin, const QString &name)
{
    QUrl url = origin;
    url.setPath(QStringLiteral("/.well-known/") + name);
    url.setQuery(QString());
    return url;
}

bool listContains(const QJsonObject &object, const char *key, const QString &value)
{
    return object.value(QLatin1String(key)).toArray().contains(value);
}

/// Restores the HttpClient's decorator when a sign-in or refresh ends, however it ends.
class DecoratorScope final
{
public:
    DecoratorScope(HttpClient &http, RequestDecorator *decorator) : m_http(http), m_previous(http.requestDecorator())
    {
        m_http.setRequestDecorator(decorator);
    }
    ~DecoratorScope() { m_http.setRequestDecorator(m_previous); }
    Q_DISABLE_COPY_MOVE(DecoratorScope)

private:
    HttpClient &m_http;
    RequestDecorator *m_previous;
};

/// The token endpoint's answer, checked: a DPoP-bound token for the expected account.
Result<SessionTokens> tokensFrom(const QJsonObject &answer, const OAuthSession &session, const QString &host)
{
    SessionTokens tokens{answer.value(QLatin1String("access_token")).toString(),
                         answer.value(QLatin1String("refresh_token")).toString()};
    if (tokens.accessJwt.isEmpty() || tokens.refreshJwt.isEmpty())
        return makeError(Error::Code::Auth, Tr::tr("%1 answered the token request without an access and refresh token.").arg(host));
    if (answer.value(QLatin1String("token_type")).toString().compare(u"DPoP", Qt::CaseInsensitive) != 0)
        return makeError(Error::Code::Auth, Tr::tr("%1 issued a token that is not bound to Holdfast's key (token type \"%2\").")
                                                .arg(host, answer.value(QLatin1String("token_type")).toString()));
    // The token must be for the account that was asked for, on the server that hosts it.
    const QString subject = answer.value(QLatin1String("sub")).toString();
    if (subject != session.did)
        return makeError(Error::Code::Auth, Tr::tr("%1 issued a token for %2 instead of %3; it was not used.")
                                                .arg(host, subject.isEmpty() ? Tr::tr("nobody") : subject, session.did));
    if (!answer.value(QLatin1String("scope")).toString().split(u' ').contains(u"atproto"))
        return makeError(Error::Code::Auth, Tr::tr("%1 issued a token without the atproto scope.").arg(host));
    return tokens;
}
} // namespace

QJsonObject OAuthSession::toJson() const
{
    return {{QStringLiteral("did"), did},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("issuer"), issuer.toString()},
            {QStringLiteral("tokenEndpoint"), tokenEndpoint.toString()},
            {QStringLiteral("dpopKey"), dpopKey.privateJwk()}};
}

Result<OAuthSession> OAuthSession::fromJson(const QJsonObject &json)
{
    OAuthSession session;
    session.did = json.value(QLatin1String("did")).toString();
    session.clientId = json.value(QLatin1String("clientId")).toString();
    session.issuer = QUrl(json.value(QLatin1String("issuer")).toString());
    session.tokenEndpoint = QUrl(json.value(QLatin1String("tokenEndpoint")).toString());
    auto key = EcKey::fromPrivateJwk(json.value(QLatin1String("dpopKey")).toObject());
    if (!key)
        return key.error();
    session.dpopKey = key.value();
    if (session.did.isEmpty() || session.clientId.isEmpty() || !session.tokenEndpoint.isValid()
        || session.tokenEndpoint.host().isEmpty())
        return makeError(Error::Code::InvalidInput, Tr::tr("The stored Bluesky OAuth session is incomplete."));
    return session;
}

AtprotoOAuth::AtprotoOAuth(HttpClient &http, const CancellationToken *cancellation)
    : m_http(http), m_cancellation(cancellation)
{
}

QString AtprotoOAuth::loopbackClientId(const QString &redirectUri)
{
    return QStringLiteral("http://localhost?redirect_uri=%1&scope=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)),
             QString::fromLatin1(QUrl::toPercentEncoding(QLatin1String(kScope))));
}

Result<AuthorizationServer> AtprotoOAuth::discover(HttpClient &http, const QUrl &pds)
{
    auto resource = http.getJson(wellKnown(pds, QStringLiteral("oauth-protected-resource")));
    if (!resource)
        return makeError(resource.error().code == Error::Code::Cancelled ? Error::Code::Cancelled : Error::Code::Auth,
                         Tr::tr("%1 does not offer OAuth sign-in: %2").arg(pds.host(), resource.error().message));
    const QUrl issuer(resource->object().value(QLatin1String("authorization_servers")).toArray().at(0).toString());
    if (!issuer.isValid() || issuer.host().isEmpty() || (issuer.scheme() != u"https" && issuer.scheme() != u"http"))
        return makeError(Error::Code::Auth, Tr::tr("%1 names no authorization server for OAuth sign-in.").arg(pds.host()));

    auto metadata = http.getJson(wellKnown(issuer, QStringLiteral("oauth-authorization-server")));
    if (!metadata)
        return makeError(metadata.error().code == Error::Code::Cancelled ? Error::Code::Cancelled : Error::Code::Auth,
                         Tr::tr("Could not read the sign-in server's description at %1: %2")
                             .arg(issuer.host(), metadata.error().message));
    const QJsonObject server = metadata->object();
    AuthorizationServer result;
    result.issuer = QUrl(server.value(QLatin1String("issuer")).toString());
    result.parEndpoint = QUrl(server.value(QLatin1String("pushed_authorization_request_endpoint")).toString());
    result.authorizationEndpoint = QUrl(server.value(QLatin1String("authorization_endpoint")).toString());
    result.tokenEndpoint = QUrl(server.value(QLatin1String("token_endpoint")).toString());
    result.namesItselfInRedirect = server.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
    // RFC 8414 §3.3: the metadata must name the server it was fetched from.
    if (normalised(result.issuer) != normalised(issuer))
        return makeError(Error::Code::Auth, Tr::tr("The sign-in server %1 describes itself as %2; refusing to use it.")
                                                .arg(issuer.toString(), result.issuer.toString()));
    if (!result.parEndpoint.isValid() || result.parEndpoint.isEmpty() || !result.authorizationEndpoint.isValid()
        || result.authorizationEndpoint.isEmpty() || !result.tokenEndpoint.isValid() || result.tokenEndpoint.isEmpty())
        return makeError(Error::Code::Auth, Tr::tr("The sign-in server %1 lacks a pushed-request, authorization or token "
                                               "endpoint.").arg(issuer.host()));
    if (!listContains(server, "code_challenge_methods_supported", QStringLiteral("S256"))
        || !listContains(server, "dpop_signing_alg_values_supported", QStringLiteral("ES256"))
        || !listContains(server, "scopes_supported", QStringLiteral("atproto")))
        return makeError(Error::Code::Auth, Tr::tr("The sign-in server %1 does not support atproto OAuth (PKCE S256, "
                                               "DPoP with ES256, the atproto scope).").arg(issuer.host()));
    return result;
}

Result<SignedInWithOAuth> AtprotoOAuth::signIn(const OAuthSignInRequest &request,
                                               const std::function<void(const QUrl &)> &openUrl, int timeoutMs)
{
    IdentityResolver resolver(m_http, request.plcDirectory);
    auto identity = resolver.resolve(request.identifier, request.service);
    if (!identity)
        return identity.error();
    // The DID's own PDS names the authorization server, so the issuer is the one that may
    // speak for this DID (the spec's issuer check) by construction.
    auto server = discover(m_http, identity->pds);
    if (!server)
        return server.error();

    auto key = EcKey::generate();
    if (!key)
        return key.error();
    DpopAuthenticator dpop(key.value());
    DecoratorScope withDpop(m_http, &dpop);
    m_http.setBearerToken({});

    LoopbackRedirect listener(QLatin1String(kRedirectPath),
                              Tr::tr("Holdfast has Bluesky's answer. You can close this tab and return to Holdfast."));
    if (!listener.isListening())
        return makeError(Error::Code::Network, Tr::tr("Could not listen on 127.0.0.1 for the sign-in redirect."));
    const QString redirectUri = listener.redirectUri();
    OAuthSession session;
    session.did = identity->did;
    session.clientId = loopbackClientId(redirectUri);
    session.issuer = server->issuer;
    session.tokenEndpoint = server->tokenEndpoint;
    session.dpopKey = key.value();

    const PkcePair pkce = makePkcePair();
    const QString state = QString::fromLatin1(randomUrlSafeToken());
    const QString host = server->issuer.host();
    auto pushed = m_http.postForm(server->parEndpoint,
                                  {{QStringLiteral("client_id"), session.clientId},
                                   {QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("redirect_uri"), redirectUri},
                                   {QStringLiteral("scope"), QLatin1String(kScope)},
                                   {QStringLiteral("state"), state},
                                   {QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge)},
                                   {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                                   {QStringLiteral("login_hint"), identity->handle.isEmpty() ? identity->did
                                                                                             : identity->handle}});
    if (!pushed)
        return makeError(pushed.error().code, Tr::tr("%1 did not accept the sign-in request: %2")
                                                  .arg(host, pushed.error().message));
    const QString requestUri = pushed->object().value(QLatin1String("request_uri")).toString();
    if (requestUri.isEmpty())
        return makeError(Error::Code::Auth, Tr::tr("%1 answered the sign-in request without a request URI.").arg(host));

    // client_id itself has a query: it must travel fully percent-encoded.
    QUrl authorize = server->authorizationEndpoint;
    authorize.setQuery(QStringLiteral("client_id=%1&request_uri=%2")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(session.clientId)),
                                QString::fromLatin1(QUrl::toPercentEncoding(requestUri))),
                       QUrl::StrictMode);

    auto answer = listener.waitForRedirect(authorize, state, openUrl, m_cancellation, timeoutMs);
    if (!answer)
        return answer.error();
    const QVariantMap &callback = answer.value();
    // RFC 9207: the redirect names its issuer, so an answer from another server is refused.
    if ((callback.contains(QStringLiteral("iss")) || server->namesItselfInRedirect)
        && normalised(QUrl(callback.value(QStringLiteral("iss")).toString())) != normalised(server->issuer))
        return makeError(Error::Code::Auth, Tr::tr("The sign-in answer came from \"%1\", not from %2; it was ignored.")
                                                .arg(callback.value(QStringLiteral("iss")).toString(), host));
    if (callback.contains(QStringLiteral("error"))) {
        const QString error = callback.value(QStringLiteral("error")).toString();
        if (error == u"access_denied")
            return makeError(Error::Code::Cancelled, Tr::tr("Sign-in cancelled: access was denied on %1.").arg(host));
        const QString reason = callback.value(QStringLiteral("error_description")).toString();
        return makeError(Error::Code::Auth, Tr::tr("%1 refused the sign-in: %2").arg(host, reason.isEmpty() ? error : reason));
    }
    const QString code = callback.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return makeError(Error::Code::Auth, Tr::tr("The sign-in answer carried no authorization code."));

    auto token = m_http.postForm(server->tokenEndpoint,
                                 {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                  {QStringLiteral("code"), code},
                                  {QStringLiteral("redirect_uri"), redirectUri},
                                  {QStringLiteral("client_id"), session.clientId},
                                  {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier)}});
    if (!token)
        return makeError(token.error().code == Error::Code::Cancelled ? Error::Code::Cancelled : Error::Code::Auth,
                         Tr::tr("%1 did not issue a token: %2").arg(host, token.error().message));
    auto tokens = tokensFrom(token->object(), session, host);
    if (!tokens)
        return tokens.error();

    SignedInWithOAuth result;
    result.session = session;
    result.signedIn.tokens = tokens.value();
    dpop.setAccessToken(tokens->accessJwt);
    result.signedIn.account = describeAccount(m_http, identity.value(), identity->handle);
    return result;
}

Result<SessionTokens> AtprotoOAuth::refresh(HttpClient &http, DpopAuthenticator &dpop, const OAuthSession &session,
                                            const QString &refreshToken)
{
    const QString host = session.tokenEndpoint.host();
    if (refreshToken.isEmpty())
        return makeError(Error::Code::Auth, Tr::tr("No refresh token for the Bluesky OAuth session on %1.").arg(host));
    // The token endpoint takes a proof without an access token (no `ath`, no Authorization).
    const QString accessToken = dpop.accessToken();
    dpop.setAccessToken({});
    DecoratorScope withDpop(http, &dpop);
    auto answer = http.postForm(session.tokenEndpoint, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                        {QStringLiteral("refresh_token"), refreshToken},
                                                        {QStringLiteral("client_id"), session.clientId}});
    dpop.setAccessToken(accessToken);
    if (!answer)
        return makeError(answer.error().code == Error::Code::Cancelled ? Error::Code::Cancelled : Error::Code::Auth,
                         Tr::tr("%1 did not renew the OAuth session (%2). Sign in again with "
                            "`holdfast accounts add bluesky --oauth`.").arg(host, answer.error().message));
    auto tokens = tokensFrom(answer->object(), session, host);
    if (tokens)
        dpop.setAccessToken(tokens->accessJwt);
    return tokens;
}

} // namespace holdfast::bluesky
