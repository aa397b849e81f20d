// OAuth 2 (Doorkeeper as configured by Mastodon) and discovery endpoints of the fake server.
#include "tests/fakes/mastodon/FakeMastodonServer.h"
#include "tests/fakes/mastodon/FakeMastodonServer_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace holdfast::testing {

namespace {

constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000; // Doorkeeper's default

const QStringList &knownScopes()
{
    static const QStringList list = {
        u"read"_s, u"write"_s, u"follow"_s, u"push"_s, u"profile"_s,
        u"read:accounts"_s, u"read:blocks"_s, u"read:bookmarks"_s, u"read:favourites"_s, u"read:filters"_s,
        u"read:follows"_s, u"read:lists"_s, u"read:mutes"_s, u"read:notifications"_s, u"read:search"_s,
        u"read:statuses"_s, u"write:accounts"_s, u"write:blocks"_s, u"write:bookmarks"_s,
        u"write:conversations"_s, u"write:favourites"_s, u"write:filters"_s, u"write:follows"_s,
        u"write:lists"_s, u"write:media"_s, u"write:mutes"_s, u"write:notifications"_s, u"write:reports"_s,
        u"write:statuses"_s,
    };
    return list;
}

QStringList splitScopes(const QString &text)
{
    static const QRegularExpression separators(u"[\\s+]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

const QString kOob = u"urn:ietf:wg:oauth:2.0:oob"_s;

// Exact match, or RFC 8252 §7.3: for loopback IP literals the port is ignored (path and query must match).
bool redirectMatches(const QString &registered, const QString &requested)
{
    if (registered == requested)
        return true;
    const QUrl a(registered);
    const QUrl b(requested);
    if (!a.isValid() || !b.isValid() || b.hasFragment())
        return false;
    const bool loopback = a.scheme() == u"http" && (a.host() == u"127.0.0.1" || a.host() == u"::1");
    if (!loopback)
        return false;
    const auto path = [](const QUrl &u) { return u.path().isEmpty() ? u"/"_s : u.path(); };
    return b.scheme() == a.scheme() && b.host() == a.host() && path(a) == path(b)
        && a.query(QUrl::FullyEncoded) == b.query(QUrl::FullyEncoded);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpReply invalidGrant()
{
    return HttpReply::oauthError(400, u"invalid_grant"_s,
                                 u"The provided authorization grant is invalid, expired, revoked, does not match the "
                                 "redirection URI used in the authorization request, or was issued to another client."_s);
}

HttpReply invalidClient()
{
    return HttpReply::oauthError(401, u"invalid_client"_s,
                                 u"Client authentication failed due to unknown client, no client authentication "
                                 "included, or unsupported authentication method."_s);
}

} // namespace

QString FakeMastodonServerPrivate::randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(secretRng.bounded(256));
    return base64Url(bytes);
}

QString FakeMastodonServerPrivate::issueToken(const QString &clientId, const QStringList &scopes, bool userToken)
{
    // Mastodon configures Doorkeeper with reuse_access_token: the same grant gets the same token.
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        if (it->clientId == clientId && it->userToken == userToken && it->scopes == scopes && !clientId.isEmpty())
            return it.key();
    }
    const QString token = randomSecret();
    tokens.insert(token, {clientId, scopes, userToken, QDateTime::currentSecsSinceEpoch()});
    return token;
}

const OAuthToken *FakeMastodonServerPrivate::tokenFor(const ParsedRequest &r) const
{
    QString token;
    if (r.authorization.toLower().startsWith("bearer "))
        token = QString::fromLatin1(r.authorization.mid(7).trimmed());
    else
        token = r.param(u"access_token"_s);
    const auto it = tokens.constFind(token);
    return token.isEmpty() || it == tokens.cend() ? nullptr : &*it;
}

HttpReply FakeMastodonServerPrivate::registerApp(const ParsedRequest &r)
{
    const QString name = r.param(u"client_name"_s).trimmed();
    QStringList redirects;
    const QJsonValue jsonRedirects = r.jsonBody.value(u"redirect_uris"_s);
    if (jsonRedirects.isArray()) {
        for (const QJsonValue &v : jsonRedirects.toArray())
            redirects.append(v.toString());
    } else {
        // A single string may hold several URIs separated by whitespace; a form may repeat the key.
        for (const QString &value : r.params(u"redirect_uris"_s))
            redirects += value.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    }
    const QString scopeText = r.has(u"scopes"_s) ? r.param(u"scopes"_s) : u"read"_s;
    const QStringList scopes = splitScopes(scopeText);

    if (name.isEmpty())
        return HttpReply::error(422, u"Validation failed: Application name can't be blank"_s);
    if (redirects.isEmpty())
        return HttpReply::error(422, u"Validation failed: Redirect URI can't be blank"_s);
    for (const QString &uri : std::as_const(redirects)) {
        if (uri == kOob)
            continue;
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.scheme().isEmpty())
            return HttpReply::error(422, u"Validation failed: Redirect URI must be an absolute URI."_s);
        if (url.hasFragment())
            return HttpReply::error(422, u"Validation failed: Redirect URI cannot contain a fragment URI."_s);
        if (url.scheme() == u"javascript" || url.scheme() == u"data" || url.scheme() == u"vbscript")
            return HttpReply::error(422, u"Validation failed: Redirect URI is forbidden by the server."_s);
    }
    if (scopes.isEmpty())
        return HttpReply::error(422, u"Validation failed: Scopes can't be blank"_s);
    for (const QString &scope : scopes) {
        if (!knownScopes().contains(scope))
            return HttpReply::error(422, u"Validation failed: Scopes doesn't match configured on the server."_s);
    }

    OAuthApp app;
    app.id = QString::number(nextAppId++);
    app.name = name;
    app.website = r.param(u"website"_s);
    app.clientId = randomSecret();
    app.clientSecret = randomSecret();
    app.scopes = scopes;
    app.redirectUris = redirects;
    apps.insert(app.clientId, app);

    return HttpReply::json(QJsonObject{
        {u"id"_s, app.id},
        {u"name"_s, app.name},
        {u"website"_s, app.website.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app.website)},
        {u"scopes"_s, QJsonArray::fromStringList(app.scopes)},
        {u"redirect_uri"_s, app.redirectUris.join(u'\n')},
        {u"redirect_uris"_s, QJsonArray::fromStringList(app.redirectUris)},
        {u"client_id"_s, app.clientId},
        {u"client_secret"_s, app.clientSecret},
        {u"client_secret_expires_at"_s, 0},
        {u"vapid_key"_s, u"BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="_s},
    });
}

HttpReply FakeMastodonServerPrivate::authorize(const ParsedRequest &r)
{
    // Errors are answered with 400 and a JSON body rather than redirected: the fake has no
    // browser UI, and a test can see them directly.
    const auto app = apps.constFind(r.param(u"client_id"_s));
    if (app == apps.cend())
        return HttpReply::oauthError(400, u"invalid_client"_s,
                                     u"Client authentication failed due to unknown client, no client authentication "
                                     "included, or unsupported authentication method."_s);
    const QString redirectUri = r.param(u"redirect_uri"_s);
    const bool redirectOk = std::any_of(app->redirectUris.cbegin(), app->redirectUris.cend(),
                                        [&](const QString &reg) { return redirectMatches(reg, redirectUri); });
    if (redirectUri.isEmpty() || !redirectOk)
        return HttpReply::oauthError(400, u"invalid_redirect_uri"_s,
                                     u"The requested redirect uri is malformed or doesn't match client redirect URI."_s);
    if (r.param(u"response_type"_s) != u"code")
        return HttpReply::oauthError(400, u"unsupported_response_type"_s,
                                     u"The authorization server does not support this response type."_s);
    QStringList scopes = splitScopes(r.param(u"scope"_s));
    if (scopes.isEmpty())
        scopes = {u"read"_s}; // Doorkeeper's default scope
    for (const QString &scope : std::as_const(scopes)) {
        if (!app->scopes.contains(scope))
            return HttpReply::oauthError(400, u"invalid_scope"_s, u"The requested scope is invalid, unknown, or malformed."_s);
    }
    const QString challenge = r.param(u"code_challenge"_s);
    if (challenge.isEmpty() && options.requirePkce)
        return HttpReply::oauthError(400, u"invalid_request"_s, u"Code challenge is required."_s);
    if (!challenge.isEmpty() && r.param(u"code_challenge_method"_s) != u"S256")
        return HttpReply::oauthError(400, u"invalid_request"_s, u"Transform algorithm not supported."_s);

    const QString state = r.param(u"state"_s);
    if (redirectUri == kOob) {
        const QString code = randomSecret();
        grants.insert(code, {app->clientId, redirectUri, scopes, challenge, QDateTime::currentMSecsSinceEpoch()});
        HttpReply reply;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Authorization code</title></head><body>"
                     "<p>Copy this authorization code and paste it into the application.</p>"
                     "<input class=\"oauth-code\" readonly type=\"text\" value=\"" + code.toLatin1() + "\"></body></html>";
        return reply;
    }

    QUrl target(redirectUri);
    QUrlQuery query(target);
    if (denyAuthorization) {
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"error_description"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(
                               u"The resource owner or authorization server denied the request."_s)));
    } else {
        const QString code = randomSecret();
        grants.insert(code, {app->clientId, redirectUri, scopes, challenge, QDateTime::currentMSecsSinceEpoch()});
        query.addQueryItem(u"code"_s, code);
    }
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    target.setQuery(query);

    HttpReply reply;
    reply.status = 302;
    reply.contentType = "text/html; charset=utf-8";
    reply.addHeader("Location", target.toEncoded());
    reply.body = "<html><body>You are being <a href=\"" + target.toEncoded() + "\">redirected</a>.</body></html>";
    return reply;
}

HttpReply FakeMastodonServerPrivate::token(const ParsedRequest &r)
{
    QString clientId = r.param(u"client_id"_s);
    QString clientSecret = r.param(u"client_secret"_s);
    if (r.authorization.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(r.authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const QString grantType = r.param(u"grant_type"_s);
    if (grantType.isEmpty())
        return HttpReply::oauthError(400, u"invalid_request"_s, u"Missing required parameter: grant_type."_s);
    if (grantType != u"authorization_code" && grantType != u"client_credentials")
        return HttpReply::oauthError(400, u"unsupported_grant_type"_s,
                                     u"The authorization grant type is not supported by the authorization server."_s);
    const auto app = apps.constFind(clientId);
    if (app == apps.cend() || clientSecret.isEmpty() || app->clientSecret != clientSecret)
        return invalidClient();

    QStringList scopes;
    bool userToken = true;
    if (grantType == u"client_credentials") {
        scopes = splitScopes(r.param(u"scope"_s));
        if (scopes.isEmpty())
            scopes = {u"read"_s};
        for (const QString &scope : std::as_const(scopes)) {
            if (!app->scopes.contains(scope))
                return HttpReply::oauthError(400, u"invalid_scope"_s,
                                             u"The requested scope is invalid, unknown, or malformed."_s);
        }
        userToken = false;
    } else {
        const QString code = r.param(u"code"_s);
        const auto grant = grants.constFind(code);
        if (code.isEmpty() || grant == grants.cend() || grant->clientId != clientId
            || QDateTime::currentMSecsSinceEpoch() - grant->createdMs > kCodeLifetimeMs)
            return invalidGrant();
        if (r.param(u"redirect_uri"_s) != grant->redirectUri)
            return invalidGrant();
        if (!grant->challenge.isEmpty()) {
            const QString verifier = r.param(u"code_verifier"_s);
            const QString computed = base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
            if (verifier.isEmpty() || computed != grant->challenge)
                return invalidGrant();
        }
        scopes = grant->scopes;
        grants.erase(grant); // codes are single-use
    }

    const QString accessToken = issueToken(clientId, scopes, userToken);
    if (userToken)
        lastIssuedToken = accessToken;
    HttpReply reply = HttpReply::json(QJsonObject{
        {u"access_token"_s, accessToken},
        {u"token_type"_s, u"Bearer"_s},
        {u"scope"_s, scopes.join(u' ')},
        {u"created_at"_s, qint64(tokens.value(accessToken).createdSecs)},
    });
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Pragma", "no-cache");
    return reply;
}

HttpReply FakeMastodonServerPrivate::revoke(const ParsedRequest &r)
{
    // RFC 7009: answer 200 whether or not the token existed.
    const QString token = r.param(u"token"_s);
    const auto it = tokens.constFind(token);
    if (it != tokens.cend() && it->clientId == r.param(u"client_id"_s)) {
        const auto app = apps.constFind(it->clientId);
        if (app != apps.cend() && app->clientSecret == r.param(u"client_secret"_s))
            tokens.remove(token);
    }
    return HttpReply::json(QJsonObject());
}

HttpReply FakeMastodonServerPrivate::authorizationServerMetadata() const
{
    return HttpReply::json(QJsonObject{
        {u"issuer"_s, QString(base() + u'/')},
        {u"service_documentation"_s, u"https://docs.joinmastodon.org/"_s},
        {u"authorization_endpoint"_s, QString(base() + u"/oauth/authorize"_s)},
        {u"token_endpoint"_s, QString(base() + u"/oauth/token"_s)},
        {u"revocation_endpoint"_s, QString(base() + u"/oauth/revoke"_s)},
        {u"app_registration_endpoint"_s, QString(base() + u"/api/v1/apps"_s)},
        {u"scopes_supported"_s, QJsonArray::fromStringList(knownScopes())},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
        {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"client_credentials"_s}},
        {u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
    });
}

HttpReply FakeMastodonServerPrivate::instanceV1()
{
    const QString domain = QUrl(base()).authority();
    return HttpReply::json(QJsonObject{
        {u"uri"_s, domain},
        {u"title"_s, u"Holdfast Fake Mastodon"_s},
        {u"short_description"_s, u"A local fake Mastodon server for tests."_s},
        {u"description"_s, u"A local fake Mastodon server for tests."_s},
        {u"email"_s, u"admin@example.org"_s},
        {u"version"_s, u"4.3.2"_s},
        {u"urls"_s, QJsonObject{{u"streaming_api"_s, QString(u"ws://"_s + domain)}}},
        {u"stats"_s, QJsonObject{{u"user_count"_s, 12}, {u"status_count"_s, 4242}, {u"domain_count"_s, 7}}},
        {u"thumbnail"_s, QJsonValue::Null},
        {u"languages"_s, QJsonArray{u"de"_s, u"en"_s}},
        {u"registrations"_s, false},
        {u"approval_required"_s, false},
        {u"invites_enabled"_s, false},
        {u"contact_account"_s, store.accountJson(store.ownAccountId())},
        {u"rules"_s, QJsonArray()},
    });
}

HttpReply FakeMastodonServerPrivate::instanceV2()
{
    const QString domain = QUrl(base()).authority();
    return HttpReply::json(QJsonObject{
        {u"domain"_s, domain},
        {u"title"_s, u"Holdfast Fake Mastodon"_s},
        {u"version"_s, u"4.3.2"_s},
        {u"source_url"_s, u"https://github.com/mastodon/mastodon"_s},
        {u"description"_s, u"A local fake Mastodon server for tests."_s},
        {u"usage"_s, QJsonObject{{u"users"_s, QJsonObject{{u"active_month"_s, 12}}}}},
        {u"thumbnail"_s, QJsonObject{{u"url"_s, QString(base() + u"/headers/original/missing.png"_s)}}},
        {u"languages"_s, QJsonArray{u"de"_s, u"en"_s}},
        {u"configuration"_s,
         QJsonObject{
             {u"urls"_s, QJsonObject{{u"streaming"_s, QString(u"ws://"_s + domain)}}},
             {u"statuses"_s, QJsonObject{{u"max_characters"_s, 500}, {u"max_media_attachments"_s, 4}, {u"characters_reserved_per_url"_s, 23}}},
             {u"media_attachments"_s, QJsonObject{{u"image_size_limit"_s, 16777216}, {u"video_size_limit"_s, 103809024}}},
             {u"translation"_s, QJsonObject{{u"enabled"_s, false}}},
         }},
        {u"registrations"_s, QJsonObject{{u"enabled"_s, false}, {u"approval_required"_s, false}, {u"message"_s, QJsonValue::Null}}},
        {u"api_versions"_s, QJsonObject{{u"mastodon"_s, 2}}},
        {u"contact"_s, QJsonObject{{u"email"_s, u"admin@example.org"_s}, {u"account"_s, store.accountJson(store.ownAccountId())}}},
        {u"rules"_s, QJsonArray()},
    });
}

// ---------------------------------------------------------------- public OAuth helpers

QString FakeMastodonServer::issuedAccessToken() const
{
    return d->lastIssuedToken;
}

QString FakeMastodonServer::createAccessToken(const QString &scope)
{
    const QString token = d->randomSecret();
    d->tokens.insert(token, {QString(), splitScopes(scope), true, QDateTime::currentSecsSinceEpoch()});
    return token;
}

void FakeMastodonServer::registerAccessToken(const QString &token, const QString &scope)
{
    d->tokens.insert(token, {QString(), splitScopes(scope), true, QDateTime::currentSecsSinceEpoch()});
}

void FakeMastodonServer::revokeAllTokens()
{
    d->tokens.clear();
}

void FakeMastodonServer::setAuthorizationDenied(bool denied)
{
    d->denyAuthorization = denied;
}

int FakeMastodonServer::registeredAppCount() const
{
    return int(d->apps.size());
}

} // namespace holdfast::testing
