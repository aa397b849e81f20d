#include "connectors/bluesky/XrpcClient.h"

#include "connectors/bluesky/AtprotoOAuth.h"
#include "connectors/common/Dpop.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcXrpc, "holdfast.bluesky")

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::XrpcClient)
};

Result<QJsonObject> objectOf(Result<QJsonDocument> json, const QString &nsid)
{
    if (!json)
        return json.error();
    if (!json->isObject())
        return makeError(Error::Code::InvalidInput, Tr::tr("%1 did not answer with a JSON object.").arg(nsid));
    return json->object();
}
} // namespace

XrpcClient::XrpcClient(HttpClient &http, QUrl service) : m_http(http), m_service(std::move(service))
{
}

XrpcClient::~XrpcClient()
{
    if (m_dpop && m_http.requestDecorator() == m_dpop.get())
        m_http.setRequestDecorator(nullptr);
}

void XrpcClient::setOAuthSession(const OAuthSession &session, SessionTokens tokens, TokenSaver onTokens)
{
    m_oauth = std::make_unique<OAuthSession>(session);
    m_dpop = std::make_unique<DpopAuthenticator>(session.dpopKey);
    m_dpop->setAccessToken(tokens.accessJwt);
    m_tokens = std::move(tokens);
    m_onTokens = std::move(onTokens);
    m_reLogin = {};
    m_http.setBearerToken({}); // the DPoP authenticator sends the token itself
    m_http.setRequestDecorator(m_dpop.get());
}

void XrpcClient::setSession(SessionTokens tokens, TokenSaver onTokens, ReLogin reLogin)
{
    m_tokens = std::move(tokens);
    m_onTokens = std::move(onTokens);
    m_reLogin = std::move(reLogin);
    m_http.setBearerToken(m_tokens.accessJwt);
}

QUrl XrpcClient::urlFor(const QUrl &service, const QString &nsid, const QUrlQuery &params)
{
    QUrl url = service;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/xrpc/") + nsid);
    if (!params.isEmpty())
        url.setQuery(params);
    return url;
}

template<typename Call>
auto XrpcClient::withSession(Call call) -> decltype(call())
{
    auto first = call();
    if (first || !hasSession() || !isExpiredSession(first.error()))
        return first;
    qCDebug(lcXrpc) << "access token rejected, refreshing the session";
    if (auto refreshed = refresh(); !refreshed)
        return refreshed.error();
    return call();
}

Result<QJsonObject> XrpcClient::query(const QString &nsid, const QUrlQuery &params)
{
    return withSession([&] { return objectOf(m_http.getJson(url(nsid, params)), nsid); });
}

Result<QJsonObject> XrpcClient::procedure(const QString &nsid, const QJsonObject &input)
{
    return withSession([&] { return objectOf(m_http.postJson(url(nsid), QJsonDocument(input)), nsid); });
}

Result<QJsonObject> XrpcClient::procedure(const QString &nsid)
{
    return withSession([&] { return objectOf(m_http.postJson(url(nsid), QJsonDocument()), nsid); });
}

Result<HttpResponse> XrpcClient::download(const QString &nsid, const QUrlQuery &params, qint64 maxBytes)
{
    return withSession([&] { return m_http.download(url(nsid, params), maxBytes); });
}

Result<void> XrpcClient::refresh()
{
    if (m_oauth) {
        auto fresh = AtprotoOAuth::refresh(m_http, *m_dpop, *m_oauth, m_tokens.refreshJwt);
        if (!fresh)
            return fresh.error();
        m_tokens = fresh.value();
        if (m_onTokens)
            return m_onTokens(m_tokens);
        return {};
    }
    // refreshSession authenticates with the refresh JWT instead of the access JWT.
    m_http.setBearerToken(m_tokens.refreshJwt);
    auto answer = objectOf(m_http.postJson(url(QStringLiteral("com.atproto.server.refreshSession")),
                                           QJsonDocument()),
                           QStringLiteral("com.atproto.server.refreshSession"));
    m_http.setBearerToken(m_tokens.accessJwt);
    SessionTokens fresh;
    if (answer) {
        fresh.accessJwt = answer->value(QLatin1String("accessJwt")).toString();
        fresh.refreshJwt = answer->value(QLatin1String("refreshJwt")).toString();
    }
    if (!answer || fresh.accessJwt.isEmpty() || fresh.refreshJwt.isEmpty()) {
        if (!m_reLogin)
            return answer ? makeError(Error::Code::Auth, Tr::tr("The server's session refresh carried no tokens."))
                          : answer.error();
        qCDebug(lcXrpc) << "refresh refused, signing in again with the stored app password";
        auto again = m_reLogin();
        if (!again)
            return again.error();
        fresh = again.value();
    }
    m_tokens = fresh;
    m_http.setBearerToken(m_tokens.accessJwt);
    if (m_onTokens)
        return m_onTokens(m_tokens);
    return {};
}

Result<QJsonObject> XrpcClient::createSession(HttpClient &http, const QUrl &service,
                                              const QString &identifier, const QString &password)
{
    XrpcClient anonymous(http, service);
    http.setBearerToken({});
    auto answer = objectOf(http.postJson(anonymous.url(QStringLiteral("com.atproto.server.createSession")),
                                         QJsonDocument(QJsonObject{{QStringLiteral("identifier"), identifier},
                                                                   {QStringLiteral("password"), password}})),
                           QStringLiteral("com.atproto.server.createSession"));
    if (!answer && answer.error().code == Error::Code::Auth)
        return makeError(Error::Code::Auth,
                         Tr::tr("%1 did not accept the handle and app password.").arg(service.host()));
    if (answer && (answer->value(QLatin1String("accessJwt")).toString().isEmpty()
                   || answer->value(QLatin1String("refreshJwt")).toString().isEmpty()))
        return makeError(Error::Code::Auth, Tr::tr("%1 answered the sign-in without tokens.").arg(service.host()));
    return answer;
}

bool XrpcClient::isExpiredSession(const Error &error)
{
    // HttpClient turns 401 into Error::Auth; the PDS answers an expired JWT with 400
    // ExpiredToken and one it cannot verify (e.g. rotated away) with 400 InvalidToken.
    return error.code == Error::Code::Auth
           || (error.code == Error::Code::Http && (error.message.contains(QLatin1String("ExpiredToken"))
                                                   || error.message.contains(QLatin1String("InvalidToken"))));
}

bool XrpcClient::isUnavailable(const Error &error)
{
    // A PDS without an AppView/chat service answers 502 UpstreamFailure, 500 for an unknown
    // proxy target, 501 for unknown methods; retries end in "Giving up".
    if (error.code == Error::Code::Network)
        return true;
    if (error.code != Error::Code::Http && error.code != Error::Code::NotFound)
        return false;
    for (const char *marker : {"HTTP 50", "UpstreamFailure", "MethodNotImplemented", "HTTP 404"})
        if (error.message.contains(QLatin1String(marker)))
            return true;
    return false;
}

} // namespace holdfast::bluesky
