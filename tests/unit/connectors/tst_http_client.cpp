// HttpClient against a real local HTTP server: rate limits, retries, faults, cancellation.
#include "connectors/common/HttpClient.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace holdfast;

namespace {
QByteArray isoIn(qint64 ms)
{
    return QDateTime::currentDateTimeUtc().addMSecs(ms).toString(Qt::ISODateWithMs).toLatin1();
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, int> m_hits;
    QList<QDateTime> m_exhaustedTimes;

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    int hit(const QString &path) { return ++m_hits[path]; }

    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    static QHttpServerResponse json(const QByteArray &body, const Headers &extra = {},
                                    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
    {
        QHttpServerResponse response(QByteArrayLiteral("application/json"), body, status);
        response.addHeaders(extra);
        return response;
    }

    RetryPolicy fastPolicy() const
    {
        RetryPolicy policy;
        policy.initialBackoffMs = 50;
        policy.maxAttempts = 4;
        return policy;
    }

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/ok"), [this](const QHttpServerRequest &request) {
            hit(QStringLiteral("/ok"));
            const QByteArray auth = request.value("Authorization");
            return json("{\"auth\":\"" + auth + "\"}", {{"X-RateLimit-Remaining", "10"}});
        });
        m_server.route(QStringLiteral("/flaky"), [this]() {
            if (hit(QStringLiteral("/flaky")) <= 2)
                return json("{\"error\":\"busy\"}", {}, QHttpServerResponse::StatusCode::ServiceUnavailable);
            else
                return json("[1,2,3]");
        });
        m_server.route(QStringLiteral("/limited"), [this]() {
            if (hit(QStringLiteral("/limited")) == 1)
                return json("{\"error\":\"Too many requests\"}",
                          {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", isoIn(800)}},
                          QHttpServerResponse::StatusCode::TooManyRequests);
            else
                return json("{}");
        });
        m_server.route(QStringLiteral("/limited-long"), [this]() {
            hit(QStringLiteral("/limited-long"));
            return json("{}", {{"Retry-After", "30"}}, QHttpServerResponse::StatusCode::TooManyRequests);
        });
        m_server.route(QStringLiteral("/exhausted"), [this]() {
            hit(QStringLiteral("/exhausted"));
            m_exhaustedTimes.append(QDateTime::currentDateTimeUtc());
            return json("{}", {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", isoIn(700)}});
        });
        m_server.route(QStringLiteral("/truncated"), [this](QHttpServerResponder &&r) {
            if (hit(QStringLiteral("/truncated")) == 1) {
                // A body cut off mid-way, as when a proxy drops the connection.
                r.socket()->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 13\r\n\r\n[1,2,");
                r.socket()->flush();
                r.socket()->disconnectFromHost();
            } else {
                r.write(QByteArray("[1,2,3,4,5,6]"), QByteArrayLiteral("application/json"));
            }
        });
        m_server.route(QStringLiteral("/badjson"), [this]() {
            hit(QStringLiteral("/badjson"));
            return json("{\"a\": [1, 2");
        });
        m_server.route(QStringLiteral("/drop"), [this](QHttpServerResponder &&r) {
            if (hit(QStringLiteral("/drop")) == 1)
                r.socket()->abort();
            else
                r.write(QByteArray("{\"ok\":true}"), QByteArrayLiteral("application/json"));
        });
        m_server.route(QStringLiteral("/unauthorized"), [this]() {
            hit(QStringLiteral("/unauthorized"));
            return json("{\"error\":\"The access token is invalid\"}", {}, QHttpServerResponse::StatusCode::Unauthorized);
        });
        m_server.route(QStringLiteral("/missing"), [this]() {
            hit(QStringLiteral("/missing"));
            return json("{\"error\":\"Record not found\"}", {}, QHttpServerResponse::StatusCode::NotFound);
        });
        m_server.route(QStringLiteral("/big"), []() {
            return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), QByteArray(200'000, 'x'));
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_hits.clear();
        m_exhaustedTimes.clear();
    }

    void sendsBearerTokenAndParsesJson()
    {
        HttpClient client;
        client.setBearerToken(QStringLiteral("tok-123"));
        auto json = client.getJson(url(QStringLiteral("/ok")));
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));
        QCOMPARE(json->object().value(QLatin1String("auth")).toString(), QStringLiteral("Bearer tok-123"));
        QCOMPARE(client.requestCount(), 1);
    }

    void retries5xxWithBackoff()
    {
        HttpClient client;
        client.setRetryPolicy(fastPolicy());
        QSignalSpy retrying(&client, &HttpClient::retrying);
        auto json = client.getJson(url(QStringLiteral("/flaky")));
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));
        QCOMPARE(json->array().size(), 3);
        QCOMPARE(m_hits.value(QStringLiteral("/flaky")), 3);
        QCOMPARE(retrying.count(), 2);
    }

    void waitsFor429ResetThenSucceeds()
    {
        HttpClient client;
        client.setRetryPolicy(fastPolicy());
        QSignalSpy waits(&client, &HttpClient::rateLimitWait);
        QElapsedTimer timer;
        timer.start();
        auto json = client.getJson(url(QStringLiteral("/limited")));
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));
        QCOMPARE(m_hits.value(QStringLiteral("/limited")), 2);
        QCOMPARE(waits.count(), 1);
        QVERIFY2(timer.elapsed() >= 600, "the client must wait for the reset instead of retrying at once");
    }

    void exhaustedWindowDelaysNextRequest()
    {
        HttpClient client;
        QVERIFY(client.getJson(url(QStringLiteral("/exhausted"))).ok());
        QVERIFY(client.getJson(url(QStringLiteral("/exhausted"))).ok());
        QCOMPARE(m_exhaustedTimes.size(), 2);
        QVERIFY(m_exhaustedTimes.at(0).msecsTo(m_exhaustedTimes.at(1)) >= 500);
    }

    void retriesTruncatedBodyAndDroppedConnection()
    {
        HttpClient client;
        client.setRetryPolicy(fastPolicy());
        auto truncated = client.getJson(url(QStringLiteral("/truncated")));
        QVERIFY2(truncated.ok(), qPrintable(truncated.errorMessage()));
        QCOMPARE(truncated->array().size(), 6);
        auto dropped = client.getJson(url(QStringLiteral("/drop")));
        QVERIFY2(dropped.ok(), qPrintable(dropped.errorMessage()));
        QCOMPARE(m_hits.value(QStringLiteral("/drop")), 2);
    }

    void persistentBadJsonFailsWithClearMessage()
    {
        HttpClient client;
        client.setRetryPolicy(fastPolicy());
        auto json = client.getJson(url(QStringLiteral("/badjson")));
        QVERIFY(!json.ok());
        QCOMPARE(m_hits.value(QStringLiteral("/badjson")), 4);
        QVERIFY2(json.errorMessage().contains(QLatin1String("unreadable JSON")), qPrintable(json.errorMessage()));
        QVERIFY(json.errorMessage().contains(QLatin1String("/badjson")));
    }

    void authAndNotFoundAreNotRetried()
    {
        HttpClient client;
        client.setRetryPolicy(fastPolicy());
        auto unauthorized = client.getJson(url(QStringLiteral("/unauthorized")));
        QVERIFY(!unauthorized.ok());
        QCOMPARE(unauthorized.error().code, Error::Code::Auth);
        QVERIFY(unauthorized.errorMessage().contains(QLatin1String("Sign in")));
        QCOMPARE(m_hits.value(QStringLiteral("/unauthorized")), 1);
        auto missing = client.getJson(url(QStringLiteral("/missing")));
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(m_hits.value(QStringLiteral("/missing")), 1);
    }

    void unreachableHostFailsAfterRetries()
    {
        QTcpServer closed; // take a free port, then close it so nothing listens there
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpClient client;
        client.setRetryPolicy(fastPolicy());
        auto json = client.getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, Error::Code::Network);
        QCOMPARE(client.requestCount(), 4);
    }

    void downloadRespectsSizeCap()
    {
        HttpClient client;
        auto small = client.download(url(QStringLiteral("/big")), 100'000);
        QVERIFY(!small.ok());
        QVERIFY(small.errorMessage().contains(QLatin1String("larger than")));
        auto enough = client.download(url(QStringLiteral("/big")), 300'000);
        QVERIFY(enough.ok());
        QCOMPARE(enough->body.size(), 200'000);
    }

    void cancellationInterruptsRateLimitWait()
    {
        CancellationToken token;
        HttpClient client(&token);
        QTimer::singleShot(300, [&] { token.cancel(); });
        QElapsedTimer timer;
        timer.start();
        auto json = client.getJson(url(QStringLiteral("/limited-long")));
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, Error::Code::Cancelled);
        QVERIFY(timer.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
