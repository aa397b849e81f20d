// Self-test of the fake Mastodon server: OAuth with PKCE, Link-header paging, rate limiting,
// injected faults, media, mutations. The server runs in this thread; requests wait in an event loop.
#include "tests/fakes/mastodon/FakeMastodonServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using holdfast::testing::FakeMastodonServer;

namespace {

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// The "next" URL of a Link header, or an empty URL.
QUrl nextLink(const QByteArray &link)
{
    static const QRegularExpression re(u"<([^>]+)>;\\s*rel=\"next\""_s);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(link));
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestFakeMastodon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unauthenticatedRequestsAreRejected();
    void oauthDanceWithPkce();
    void favouritesPagingByLinkHeader();
    void mentionsThroughNotifications();
    void rateLimitAnswers429WithHeaders();
    void injectedFaults();
    void mediaFiles();
    void mutationsShowUpInListings();

private:
    Response send(const QString &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/x-www-form-urlencoded", bool withToken = true);
    Response get(const QString &pathAndQuery, bool withToken = true)
    {
        return send(u"GET"_s, QUrl(m_server->baseUrl().toString() + pathAndQuery), {}, {}, withToken);
    }

    std::unique_ptr<FakeMastodonServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_token;
};

Response TestFakeMastodon::send(const QString &method, const QUrl &url, const QByteArray &body,
                                const QByteArray &contentType, bool withToken)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (withToken && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method.toLatin1(), body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

void TestFakeMastodon::initTestCase()
{
    m_server = std::make_unique<FakeMastodonServer>();
    QVERIFY(m_server->start());
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    m_token = m_server->createAccessToken(u"read"_s);
}

void TestFakeMastodon::unauthenticatedRequestsAreRejected()
{
    const Response r = get(u"/api/v1/favourites"_s, false);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"The access token is invalid"_s);

    const QString token = m_token;
    m_token = u"not-a-token"_s;
    const Response wrong = get(u"/api/v1/accounts/verify_credentials"_s);
    m_token = token;
    QCOMPARE(wrong.status, 401);

    const Response unknown = get(u"/api/v1/nope"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().object().value(u"error"_s).toString(), u"Record not found"_s);
}

void TestFakeMastodon::oauthDanceWithPkce()
{
    // Register with a port-less loopback redirect; RFC 8252 lets any port match it.
    const QJsonObject registration{{u"client_name"_s, u"Holdfast"_s},
                                   {u"redirect_uris"_s, QJsonArray{u"http://127.0.0.1/callback"_s}},
                                   {u"scopes"_s, u"read profile"_s},
                                   {u"website"_s, u"https://holdfast.example"_s}};
    const Response app = send(u"POST"_s, QUrl(m_server->baseUrl().toString() + u"/api/v1/apps"_s),
                              QJsonDocument(registration).toJson(), "application/json", false);
    QCOMPARE(app.status, 200);
    const QJsonObject appJson = app.json().object();
    const QString clientId = appJson.value(u"client_id"_s).toString();
    const QString clientSecret = appJson.value(u"client_secret"_s).toString();
    QVERIFY(!clientId.isEmpty() && !clientSecret.isEmpty());
    QCOMPARE(appJson.value(u"scopes"_s).toArray(), (QJsonArray{u"read"_s, u"profile"_s}));
    QCOMPARE(appJson.value(u"redirect_uris"_s).toArray(), QJsonArray{u"http://127.0.0.1/callback"_s});
    QCOMPARE(appJson.value(u"client_secret_expires_at"_s).toInt(-1), 0);

    const Response badApp = send(u"POST"_s, QUrl(m_server->baseUrl().toString() + u"/api/v1/apps"_s),
                                 "client_name=x&redirect_uris=not%20a%20uri", "application/x-www-form-urlencoded", false);
    QCOMPARE(badApp.status, 422);
    QCOMPARE(badApp.json().object().value(u"error"_s).toString(), u"Validation failed: Redirect URI must be an absolute URI."_s);

    const QString verifier = base64Url(QByteArray("a fixed but long enough PKCE verifier for the test"));
    const QString challenge = base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    const QString redirect = u"http://127.0.0.1:54321/callback"_s;
    auto authorizeUrl = [&](const QString &redirectUri, bool pkce) {
        QUrl url(m_server->baseUrl().toString() + u"/oauth/authorize"_s);
        QUrlQuery q;
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, clientId);
        q.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        q.addQueryItem(u"scope"_s, u"read%20profile"_s);
        q.addQueryItem(u"state"_s, u"st4te"_s);
        if (pkce) {
            q.addQueryItem(u"code_challenge"_s, challenge);
            q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        }
        url.setQuery(q);
        return url;
    };

    // Without PKCE, or with a redirect whose path differs: refused.
    QCOMPARE(send(u"GET"_s, authorizeUrl(redirect, false), {}, {}, false).status, 400);
    const Response wrongPath = send(u"GET"_s, authorizeUrl(u"http://127.0.0.1:54321/other"_s, true), {}, {}, false);
    QCOMPARE(wrongPath.status, 400);
    QCOMPARE(wrongPath.json().object().value(u"error"_s).toString(), u"invalid_redirect_uri"_s);

    // The fake plays the user who clicks "Authorize": 302 back to the (any-port) loopback redirect.
    const Response authorized = send(u"GET"_s, authorizeUrl(redirect, true), {}, {}, false);
    QCOMPARE(authorized.status, 302);
    const QUrl location(QString::fromLatin1(authorized.header("Location")));
    QCOMPARE(location.toString(QUrl::RemoveQuery), redirect);
    QCOMPARE(QUrlQuery(location).queryItemValue(u"state"_s), u"st4te"_s);
    const QString code = QUrlQuery(location).queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());

    auto exchange = [&](const QString &theCode, const QString &theVerifier, const QString &theSecret) {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, theCode);
        form.addQueryItem(u"client_id"_s, clientId);
        form.addQueryItem(u"client_secret"_s, theSecret);
        form.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        form.addQueryItem(u"code_verifier"_s, theVerifier);
        return send(u"POST"_s, QUrl(m_server->baseUrl().toString() + u"/oauth/token"_s),
                    form.toString(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded", false);
    };

    const Response wrongVerifier = exchange(code, verifier + u"x"_s, clientSecret);
    QCOMPARE(wrongVerifier.status, 400);
    QCOMPARE(wrongVerifier.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(exchange(code, verifier, u"wrong-secret"_s).status, 401);

    const Response granted = exchange(code, verifier, clientSecret);
    QCOMPARE(granted.status, 200);
    const QJsonObject tokenJson = granted.json().object();
    QCOMPARE(tokenJson.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(tokenJson.value(u"scope"_s).toString(), u"read profile"_s);
    QVERIFY(tokenJson.value(u"created_at"_s).isDouble());
    QVERIFY(!tokenJson.contains(u"refresh_token"_s));
    QVERIFY(!tokenJson.contains(u"expires_in"_s));
    const QString accessToken = tokenJson.value(u"access_token"_s).toString();
    QCOMPARE(accessToken, m_server->issuedAccessToken());

    // Codes are single-use.
    QCOMPARE(exchange(code, verifier, clientSecret).json().object().value(u"error"_s).toString(), u"invalid_grant"_s);

    const QString previous = m_token;
    m_token = accessToken;
    const Response me = get(u"/api/v1/accounts/verify_credentials"_s);
    m_token = previous;
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().object().value(u"id"_s).toString(), m_server->ownAccountId());
    QCOMPARE(me.json().object().value(u"followers_count"_s).toInt(), int(m_server->followers().size()));
    QVERIFY(me.json().object().value(u"source"_s).isObject());
}

void TestFakeMastodon::favouritesPagingByLinkHeader()
{
    QJsonArray collected;
    QUrl url(m_server->baseUrl().toString() + u"/api/v1/favourites?limit=40"_s);
    int pages = 0;
    QSet<QString> payloadIds;
    while (url.isValid() && pages < 50) {
        const Response r = send(u"GET"_s, url);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.header("X-RateLimit-Remaining").isEmpty());
        const QJsonArray page = r.json().array();
        for (const QJsonValue &v : page) {
            collected.append(v);
            payloadIds.insert(v.toObject().value(u"id"_s).toString());
        }
        url = nextLink(r.header("Link"));
        if (url.isValid()) {
            QCOMPARE(page.size(), 40);
            // The cursor is the favourite's row id, never a status id from the payload.
            QVERIFY(!payloadIds.contains(QUrlQuery(url).queryItemValue(u"max_id"_s)));
        }
        ++pages;
    }
    QCOMPARE(collected, m_server->favouritedStatuses());
    QCOMPARE(collected.size(), 300);

    QVERIFY(collected.first().toObject().value(u"favourited"_s).toBool());

    // Beyond the end: an empty array without a Link header.
    const Response beyond = get(u"/api/v1/favourites?max_id=1"_s);
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.json().array().size(), 0);
    QVERIFY(beyond.header("Link").isEmpty());
}

void TestFakeMastodon::mentionsThroughNotifications()
{
    QJsonArray statuses;
    QUrl url(m_server->baseUrl().toString() + u"/api/v1/notifications?types[]=mention&limit=80"_s);
    while (url.isValid()) {
        const Response r = send(u"GET"_s, url);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().array()) {
            QCOMPARE(v.toObject().value(u"type"_s).toString(), u"mention"_s);
            statuses.append(v.toObject().value(u"status"_s));
        }
        url = nextLink(r.header("Link"));
        if (url.isValid())
            QVERIFY(url.toString().contains(u"types"_s)); // filters survive in the Link URL
    }
    QCOMPARE(statuses, m_server->mentionStatuses());
    QVERIFY(statuses.size() >= 400);

    // min_id pages forward: the items right above the cursor, newest first.
    const QJsonArray all = m_server->ownStatuses();
    const QString cursor = all.at(10).toObject().value(u"id"_s).toString();
    const Response newer = get(u"/api/v1/accounts/"_s + m_server->ownAccountId() + u"/statuses?limit=3&min_id="_s + cursor);
    const QJsonArray page = newer.json().array();
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0), all.at(7));
    QCOMPARE(page.at(2), all.at(9));
}

void TestFakeMastodon::rateLimitAnswers429WithHeaders()
{
    m_server->resetRequestLog();
    m_server->setRateLimit(5, 60000);
    for (int i = 0; i < 5; ++i) {
        const Response ok = get(u"/api/v1/accounts/verify_credentials"_s);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-RateLimit-Remaining").toInt(), 4 - i);
    }
    const Response limited = get(u"/api/v1/accounts/verify_credentials"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json().object().value(u"error"_s).toString(), u"Too many requests"_s);
    QCOMPARE(limited.header("X-RateLimit-Limit"), QByteArray("5"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    const QByteArray reset = limited.header("X-RateLimit-Reset");
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s).match(QString::fromLatin1(reset)).hasMatch());
    const QDateTime resetAt = QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODateWithMs);
    QVERIFY(resetAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(m_server->rateLimitedCount(), 1);
    QVERIFY(m_server->requests().last().rateLimited);
    m_server->setRateLimit(0, 2000);
    QCOMPARE(get(u"/api/v1/accounts/verify_credentials"_s).status, 200);
}

void TestFakeMastodon::injectedFaults()
{
    m_server->injectFault(u"/api/v1/bookmarks"_s, FakeMastodonServer::Fault::TruncatedJson);
    const Response truncated = get(u"/api/v1/bookmarks"_s);
    QCOMPARE(truncated.status, 200);
    QVERIFY(!truncated.body.isEmpty());
    QJsonParseError error{};
    QJsonDocument::fromJson(truncated.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    const Response whole = get(u"/api/v1/bookmarks"_s);
    QCOMPARE(whole.json().array().size(), 20);

    m_server->injectFault(u"/api/v1/bookmarks"_s, FakeMastodonServer::Fault::ServiceUnavailable);
    QCOMPARE(get(u"/api/v1/bookmarks"_s).status, 503);

    m_server->injectFault(u"/api/v1/bookmarks"_s, FakeMastodonServer::Fault::TooManyRequests);
    const Response tooMany = get(u"/api/v1/bookmarks"_s);
    QCOMPARE(tooMany.status, 429);
    QCOMPARE(tooMany.header("X-RateLimit-Remaining"), QByteArray("0"));

    m_server->injectFault(u"/api/v1/bookmarks"_s, FakeMastodonServer::Fault::Drop, 3);
    // QNAM silently re-sends once on a reused connection, so it takes two drops to see the error.
    const Response dropped = get(u"/api/v1/bookmarks"_s);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    m_server->clearFaults();
    QCOMPARE(get(u"/api/v1/bookmarks"_s).status, 200);
}

void TestFakeMastodon::mediaFiles()
{
    const Response missing = send(u"GET"_s, QUrl(m_server->missingMediaUrl()), {}, {}, false);
    QCOMPARE(missing.status, 404);
    const Response large = send(u"GET"_s, QUrl(m_server->largeMediaUrl()), {}, {}, false);
    QCOMPARE(large.status, 200);
    QCOMPARE(large.body.size(), FakeMastodonServer::largeMediaBytes);
    QCOMPARE(large.header("Content-Type"), QByteArray("video/mp4"));

    // The missing image sits on an own post, next to a working one.
    const QJsonObject post = m_server->status(m_server->missingMediaStatusId());
    const QJsonArray media = post.value(u"media_attachments"_s).toArray();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).toObject().value(u"url"_s).toString(), m_server->missingMediaUrl());
    const Response image = send(u"GET"_s, QUrl(media.at(1).toObject().value(u"preview_url"_s).toString()), {}, {}, false);
    QCOMPARE(image.status, 200);
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));

    const QString avatar = m_server->ownAccount().value(u"avatar"_s).toString();
    const Response avatarReply = send(u"GET"_s, QUrl(avatar), {}, {}, false);
    QCOMPARE(avatarReply.status, 200);
    QCOMPARE(avatarReply.header("Content-Type"), QByteArray("image/png"));
}

void TestFakeMastodon::mutationsShowUpInListings()
{
    const QString path = u"/api/v1/accounts/"_s + m_server->ownAccountId() + u"/statuses?limit=5"_s;
    const QJsonObject added = m_server->addStatus(u"Neu: Grüße aus Köln & <Umgebung>\n\nZweiter Absatz"_s);
    QCOMPARE(added.value(u"content"_s).toString(),
             u"<p>Neu: Grüße aus Köln &amp; &lt;Umgebung&gt;</p><p>Zweiter Absatz</p>"_s);
    const QJsonArray page = get(path).json().array();
    QCOMPARE(page.first().toObject(), added);

    const QString id = added.value(u"id"_s).toString();
    QVERIFY(m_server->editStatus(id, u"Bearbeitet"_s));
    const QJsonObject edited = get(u"/api/v1/statuses/"_s + id).json().object();
    QVERIFY(edited.value(u"edited_at"_s).isString());
    QCOMPARE(get(u"/api/v1/statuses/"_s + id + u"/history"_s).json().array().size(), 2);

    QVERIFY(m_server->deleteStatus(id));
    QCOMPARE(get(u"/api/v1/statuses/"_s + id).status, 404);
    QVERIFY(get(path).json().array().first().toObject().value(u"id"_s).toString() != id);

    const QJsonObject dm = m_server->directMessages().first().toObject();
    const QJsonObject reply = m_server->addDirectMessage(dm.value(u"id"_s).toString(), u"Noch eine Nachricht"_s);
    QCOMPARE(reply.value(u"visibility"_s).toString(), u"direct"_s);
    const QJsonArray conversations = get(u"/api/v1/conversations?limit=1"_s).json().array();
    QCOMPARE(conversations.first().toObject().value(u"last_status"_s).toObject(), reply);
    const QJsonObject context = get(u"/api/v1/statuses/"_s + reply.value(u"id"_s).toString() + u"/context"_s).json().object();
    QVERIFY(context.value(u"ancestors"_s).toArray().size() >= 2);
}

QTEST_GUILESS_MAIN(TestFakeMastodon)
#include "tst_fake_mastodon.moc"
