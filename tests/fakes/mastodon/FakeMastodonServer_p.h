// Internals of FakeMastodonServer, shared by FakeMastodonServer.cpp (dispatch, API, media, faults)
// and FakeMastodonOAuth.cpp (apps, authorize, token, discovery).
#pragma once

#include "tests/fakes/mastodon/FakeMastodonData.h"
#include "tests/fakes/mastodon/FakeMastodonServer.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerRequest>
#include <QPair>
#include <QRandomGenerator>

#include <functional>
#include <optional>

class QTcpSocket;

namespace holdfast::testing {

// One HTTP answer before it is written (so faults can alter it).
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply json(const QJsonArray &array, int status = 200);
    static HttpReply rawJson(QByteArray body, int status = 200);
    // Mastodon's error body: {"error": message}
    static HttpReply error(int status, const QString &message);
    // OAuth error body: {"error": code, "error_description": description}
    static HttpReply oauthError(int status, const QString &code, const QString &description);
};

// A request reduced to what the handlers need. Query and form values are percent-decoded with
// '+' read as a space, as Rails does.
struct ParsedRequest
{
    QString method;
    QString path;
    QString pathAndQuery;
    QList<QPair<QString, QString>> query;
    QList<QPair<QString, QString>> form; // form-urlencoded body, or top-level strings of a JSON body
    QJsonObject jsonBody;
    QByteArray authorization;

    QString param(const QString &key) const;     // query first, then form
    bool has(const QString &key) const;
    QStringList params(const QString &key) const; // "key" and "key[]", query then form
};

// QAbstractHttpServer that hands every request to one callback and can write raw replies.
class FakeHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit FakeHttpServer(Handler handler) : m_handler(std::move(handler)) { }
    // Writes `reply`; truncate = send only the first half of the body (Content-Length matching the
    // half) and close the connection afterwards; headOnly = HEAD: full Content-Length, no body.
    static void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply, bool truncate,
                      bool headOnly);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    Handler m_handler;
};

struct OAuthApp
{
    QString id;
    QString name;
    QString website;
    QString clientId;
    QString clientSecret;
    QStringList scopes;
    QStringList redirectUris;
};

struct OAuthGrant
{
    QString clientId;
    QString redirectUri; // as sent to /oauth/authorize; /oauth/token must repeat it exactly
    QStringList scopes;
    QString challenge;   // empty = no PKCE
    qint64 createdMs = 0;
};

struct OAuthToken
{
    QString clientId;
    QStringList scopes;
    bool userToken = true; // false for client_credentials tokens
    qint64 createdSecs = 0;
};

struct FaultRule
{
    QString prefix;
    FakeMastodonServer::Fault fault;
    int remaining = 0;
};

class FakeMastodonServerPrivate
{
public:
    using Options = FakeMastodonServer::Options;

    FakeMastodonServerPrivate(FakeMastodonServer *q, const Options &options);

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);

    // A matched route: what it needs and how to answer it.
    struct Route
    {
        bool needsToken = false;
        bool needsUser = false;  // client_credentials tokens get 422
        QStringList scopes;      // the token needs any one of these
        std::function<HttpReply()> run;
    };
    std::optional<Route> match(const ParsedRequest &r);

    // API handlers (FakeMastodonServer.cpp)
    HttpReply accountStatuses(const ParsedRequest &r, const QString &accountId);
    HttpReply statusRows(const ParsedRequest &r, const QList<fakemastodon::StatusRow> &rows, const QString &path);
    HttpReply follows(const ParsedRequest &r, const QString &accountId, bool followers);
    HttpReply notificationList(const ParsedRequest &r);
    HttpReply conversationList(const ParsedRequest &r);
    HttpReply singleStatus(const QString &id, int what); // 0 status, 1 context, 2 history, 3 source
    std::optional<HttpReply> media(const ParsedRequest &r);

    // OAuth and discovery (FakeMastodonOAuth.cpp)
    HttpReply registerApp(const ParsedRequest &r);
    HttpReply authorize(const ParsedRequest &r);
    HttpReply token(const ParsedRequest &r);
    HttpReply revoke(const ParsedRequest &r);
    HttpReply authorizationServerMetadata() const;
    HttpReply instanceV1();
    HttpReply instanceV2();
    const OAuthToken *tokenFor(const ParsedRequest &r) const;
    QString randomSecret();
    QString issueToken(const QString &clientId, const QStringList &scopes, bool userToken);

    // Rate limiter: counts this request and returns the headers; *exceeded when it must get 429.
    QList<QPair<QByteArray, QByteArray>> countRequest(bool *exceeded);
    std::optional<FakeMastodonServer::Fault> takeFault(const QString &path);

    QString base() const;

    FakeMastodonServer *q;
    Options options;
    fakemastodon::Store store;
    FakeHttpServer http;
    quint16 port = 0;

    QRandomGenerator secretRng;
    QHash<QString, OAuthApp> apps; // by client_id
    QHash<QString, OAuthGrant> grants; // by code
    QHash<QString, OAuthToken> tokens; // by access token
    QString lastIssuedToken;
    bool denyAuthorization = false;
    int nextAppId = 563419;

    QList<FaultRule> faults;
    qint64 windowStartMs = -1;
    int windowCount = 0;
    int rateLimited = 0;

    QList<FakeMastodonServer::RequestRecord> log;
    QHash<QString, QByteArray> bigMediaCache;
};

} // namespace holdfast::testing
