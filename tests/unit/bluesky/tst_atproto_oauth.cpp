// atproto OAuth pieces that need no browser: the loopback client id, discovery of the
// authorization server from a PDS (served by a local HTTP server, with its metadata broken in
// the ways the client must refuse), and the keychain form of a session.
#include "connectors/bluesky/AtprotoOAuth.h"
#include "connectors/common/HttpClient.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QTest>

using namespace holdfast;
using namespace holdfast::bluesky;

class TestAtprotoOAuth : public QObject
{
    Q_OBJECT
private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QJsonObject m_resource;
    QJsonObject m_metadata;
    bool m_offersOAuth = true;

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QJsonObject goodMetadata() const
    {
        const QString base = origin();
        return {{QStringLiteral("issuer"), base},
                {QStringLiteral("pushed_authorization_request_endpoint"), QString(base + QStringLiteral("/oauth/par"))},
                {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oauth/authorize"))},
                {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth/token"))},
                {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
                {QStringLiteral("dpop_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256"), QStringLiteral("ES256")}},
                {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("atproto"), QStringLiteral("transition:generic")}}};
    }

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/.well-known/oauth-protected-resource"), [this] {
            return m_offersOAuth ? QHttpServerResponse(m_resource)
                                 : QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
        m_server.route(QStringLiteral("/.well-known/oauth-authorization-server"), [this] {
            return QHttpServerResponse(m_metadata);
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
        QVERIFY(m_port);
    }

    void init()
    {
        m_offersOAuth = true;
        m_resource = {{QStringLiteral("resource"), origin()},
                      {QStringLiteral("authorization_servers"), QJsonArray{origin()}}};
        m_metadata = goodMetadata();
    }

    void loopbackClientIdFollowsTheSpec()
    {
        QCOMPARE(AtprotoOAuth::loopbackClientId(QStringLiteral("http://127.0.0.1:8765/callback")),
                 QStringLiteral("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback"
                                "&scope=atproto%20transition%3Ageneric"));
    }

    void discoversTheAuthorizationServer()
    {
        HttpClient http;
        auto server = AtprotoOAuth::discover(http, QUrl(origin()));
        QVERIFY2(server, qPrintable(server.errorMessage()));
        QCOMPARE(server->issuer, QUrl(origin()));
        QCOMPARE(server->parEndpoint, QUrl(origin() + QStringLiteral("/oauth/par")));
        QCOMPARE(server->authorizationEndpoint, QUrl(origin() + QStringLiteral("/oauth/authorize")));
        QCOMPARE(server->tokenEndpoint, QUrl(origin() + QStringLiteral("/oauth/token")));
        QVERIFY(!server->namesItselfInRedirect);
        m_metadata.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
        server = AtprotoOAuth::discover(http, QUrl(origin()));
        QVERIFY(server && server->namesItselfInRedirect);
    }

    void refusesBadMetadata_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("issuer names another server")
            << QStringLiteral("issuer") << QJsonValue(QStringLiteral("https://evil.example")) << QStringLiteral("describes itself as");
        QTest::newRow("no PAR endpoint") << QStringLiteral("pushed_authorization_request_endpoint") << QJsonValue()
                                         << QStringLiteral("lacks a pushed-request");
        QTest::newRow("plain PKCE only") << QStringLiteral("code_challenge_methods_supported")
                                         << QJsonValue(QJsonArray{QStringLiteral("plain")}) << QStringLiteral("PKCE S256");
        QTest::newRow("no ES256 DPoP") << QStringLiteral("dpop_signing_alg_values_supported")
                                       << QJsonValue(QJsonArray{QStringLiteral("RS256")}) << QStringLiteral("ES256");
        QTest::newRow("no atproto scope") << QStringLiteral("scopes_supported")
                                          << QJsonValue(QJsonArray{QStringLiteral("openid")}) << QStringLiteral("atproto scope");
    }

    void refusesBadMetadata()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        if (value.isNull())
            m_metadata.remove(field);
        else
            m_metadata.insert(field, value);
        HttpClient http;
        auto server = AtprotoOAuth::discover(http, QUrl(origin()));
        QVERIFY(!server);
        QCOMPARE(server.error().code, Error::Code::Auth);
        QVERIFY2(server.errorMessage().contains(message), qPrintable(server.errorMessage()));
    }

    void explainsAServerWithoutOAuth()
    {
        HttpClient http;
        m_offersOAuth = false;
        auto server = AtprotoOAuth::discover(http, QUrl(origin()));
        QVERIFY(!server);
        QVERIFY2(server.errorMessage().contains(QLatin1String("does not offer OAuth sign-in")), qPrintable(server.errorMessage()));
        m_offersOAuth = true;
        m_resource.insert(QStringLiteral("authorization_servers"), QJsonArray{});
        server = AtprotoOAuth::discover(http, QUrl(origin()));
        QVERIFY(!server);
        QVERIFY2(server.errorMessage().contains(QLatin1String("names no authorization server")), qPrintable(server.errorMessage()));
    }

    void sessionRoundTripsThroughItsKeychainForm()
    {
        auto key = EcKey::generate();
        QVERIFY(key);
        OAuthSession session;
        session.did = QStringLiteral("did:plc:abc");
        session.clientId = AtprotoOAuth::loopbackClientId(QStringLiteral("http://127.0.0.1:1/callback"));
        session.issuer = QUrl(QStringLiteral("https://pds.example"));
        session.tokenEndpoint = QUrl(QStringLiteral("https://pds.example/oauth/token"));
        session.dpopKey = key.value();
        auto again = OAuthSession::fromJson(session.toJson());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->did, session.did);
        QCOMPARE(again->clientId, session.clientId);
        QCOMPARE(again->issuer, session.issuer);
        QCOMPARE(again->tokenEndpoint, session.tokenEndpoint);
        QCOMPARE(again->dpopKey.thumbprint(), key->thumbprint());

        QJsonObject withoutKey = session.toJson();
        withoutKey.remove(QStringLiteral("dpopKey"));
        QCOMPARE(OAuthSession::fromJson(withoutKey).error().code, Error::Code::InvalidInput);
        QJsonObject withoutClient = session.toJson();
        withoutClient.remove(QStringLiteral("clientId"));
        QVERIFY2(OAuthSession::fromJson(withoutClient).errorMessage().contains(QLatin1String("incomplete")),
                 qPrintable(OAuthSession::fromJson(withoutClient).errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestAtprotoOAuth)
#include "tst_atproto_oauth.moc"
