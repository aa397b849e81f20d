// ES256 keys, JWS signatures, JWK thumbprints and DPoP proofs (RFC 7515, 7638, 9449), checked
// against the RFCs' examples, the openssl command-line tool, and a real local HTTP server that
// challenges with DPoP nonces the way the atproto PDS does.
#include "connectors/common/Dpop.h"
#include "connectors/common/EcKey.h"
#include "connectors/common/HttpClient.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;

namespace {
QJsonObject decodePart(const QByteArray &part)
{
    return QJsonDocument::fromJson(fromBase64Url(part)).object();
}

/// ASN.1 DER INTEGER for a big-endian unsigned value (what `openssl dgst -verify` expects).
QByteArray derInteger(QByteArray value)
{
    while (value.size() > 1 && value.at(0) == '\0' && !(value.at(1) & 0x80))
        value.remove(0, 1);
    if (value.at(0) & 0x80)
        value.prepend('\0');
    return QByteArray(1, '\x02') + char(value.size()) + value;
}

QByteArray derSignature(const QByteArray &raw)
{
    const QByteArray body = derInteger(raw.left(32)) + derInteger(raw.mid(32));
    return QByteArray(1, '\x30') + char(body.size()) + body;
}

/// SubjectPublicKeyInfo of a P-256 key: the fixed algorithm prefix, then the uncompressed point.
QByteArray derPublicKey(const QJsonObject &jwk)
{
    return QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + '\x04'
           + fromBase64Url(jwk.value(QLatin1String("x")).toString().toLatin1())
           + fromBase64Url(jwk.value(QLatin1String("y")).toString().toLatin1());
}

const QJsonObject kRfc7515Key{{QStringLiteral("kty"), QStringLiteral("EC")},
                              {QStringLiteral("crv"), QStringLiteral("P-256")},
                              {QStringLiteral("x"), QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")},
                              {QStringLiteral("y"), QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")},
                              {QStringLiteral("d"), QStringLiteral("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI")}};
} // namespace

class TestDpop : public QObject
{
    Q_OBJECT
private slots:
    void thumbprintMatchesRfc7638Example()
    {
        // RFC 7638 §3.1: the RSA key (with extra members that must be ignored) and its thumbprint.
        const QJsonObject rsa{
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"), QStringLiteral(
                 "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMs"
                 "tn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n9"
                 "1CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")},
            {QStringLiteral("e"), QStringLiteral("AQAB")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), QStringLiteral("2011-04-29")}};
        QCOMPARE(jwkThumbprint(rsa), QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
        QVERIFY(jwkThumbprint(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")}}).isEmpty());
    }

    void ecThumbprintUsesCanonicalMembers()
    {
        auto key = EcKey::fromPrivateJwk(kRfc7515Key);
        QVERIFY2(key, qPrintable(key.errorMessage()));
        const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                                     "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}";
        QCOMPARE(key->thumbprint(), base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
        QCOMPARE(key->publicJwk().value(QLatin1String("x")), kRfc7515Key.value(QLatin1String("x")));
        QCOMPARE(key->publicJwk().value(QLatin1String("y")), kRfc7515Key.value(QLatin1String("y")));
        QVERIFY(!key->publicJwk().contains(QLatin1String("d")));
    }

    void verifiesRfc7515Es256Example()
    {
        // RFC 7515 Appendix A.3: a JWS signed by that key; ECDSA is randomised, so check by verifying.
        const QByteArray input = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                                 "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
        const QByteArray signature = fromBase64Url("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSAp"
                                                   "mWQxfKTUJqPP3-Kg6NU1Q");
        QVERIFY(EcKey::verify(kRfc7515Key, input, signature));
        QVERIFY(!EcKey::verify(kRfc7515Key, input + "x", signature));
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!EcKey::verify(kRfc7515Key, input, flipped));
    }

    void signaturesVerifyWithOpenSslTool()
    {
        auto key = EcKey::generate();
        QVERIFY2(key, qPrintable(key.errorMessage()));
        const QByteArray message = "holdfast DPoP signing input \xF0\x9F\x94\x91";
        auto signature = key->sign(message);
        QVERIFY(signature);
        QCOMPARE(signature->size(), 64);
        QVERIFY(EcKey::verify(key->publicJwk(), message, signature.value()));

        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl tool is not installed");
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("key.der"), derPublicKey(key->publicJwk()));
        write(QStringLiteral("sig.der"), derSignature(signature.value()));
        write(QStringLiteral("message"), message);
        write(QStringLiteral("other"), message + "!");
        const auto verifyWithTool = [&](const QString &file) {
            QProcess tool;
            tool.start(openssl, {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-keyform"), QStringLiteral("DER"),
                                 QStringLiteral("-verify"), dir.filePath(QStringLiteral("key.der")),
                                 QStringLiteral("-signature"), dir.filePath(QStringLiteral("sig.der")), dir.filePath(file)});
            tool.waitForFinished();
            return tool.exitCode() == 0 && tool.readAllStandardOutput().contains("Verified OK");
        };
        QVERIFY(verifyWithTool(QStringLiteral("message")));
        QVERIFY(!verifyWithTool(QStringLiteral("other")));
    }

    void privateJwkRoundTripsAndRejectsBadKeys()
    {
        auto key = EcKey::generate();
        QVERIFY(key);
        const QJsonObject secret = key->privateJwk();
        QCOMPARE(fromBase64Url(secret.value(QLatin1String("d")).toString().toLatin1()).size(), 32);
        auto again = EcKey::fromPrivateJwk(secret);
        QVERIFY(again);
        QCOMPARE(again->thumbprint(), key->thumbprint());
        auto signature = again->sign("x");
        QVERIFY(signature && EcKey::verify(key->publicJwk(), "x", signature.value()));

        QJsonObject mismatched = secret;
        mismatched.insert(QStringLiteral("d"), kRfc7515Key.value(QLatin1String("d")));
        QCOMPARE(EcKey::fromPrivateJwk(mismatched).error().code, Error::Code::InvalidInput);
        QJsonObject truncated = secret;
        truncated.insert(QStringLiteral("x"), QStringLiteral("AAAA"));
        QVERIFY(!EcKey::fromPrivateJwk(truncated));
        QJsonObject wrongCurve = secret;
        wrongCurve.insert(QStringLiteral("crv"), QStringLiteral("secp256k1"));
        QVERIFY(!EcKey::fromPrivateJwk(wrongCurve));
        QVERIFY(!EcKey::fromPrivateJwk(QJsonObject{}));
    }

    void proofCarriesTheRfc9449Claims()
    {
        auto key = EcKey::generate();
        QVERIFY(key);
        DpopAuthenticator dpop(key.value());
        const QUrl url(QStringLiteral("http://localhost:2583/xrpc/com.atproto.repo.listRecords?repo=did:plc:x#f"));
        auto first = dpop.proof("GET", url, QStringLiteral("access-token-1"));
        auto second = dpop.proof("GET", url, QStringLiteral("access-token-1"));
        QVERIFY(first && second);
        const QList<QByteArray> parts = first->split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header = decodePart(parts[0]);
        const QJsonObject claims = decodePart(parts[1]);
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(header.value(QLatin1String("jwk")).toObject(), key->publicJwk());
        QCOMPARE(claims.value(QLatin1String("htm")).toString(), QStringLiteral("GET"));
        QCOMPARE(claims.value(QLatin1String("htu")).toString(),
                 QStringLiteral("http://localhost:2583/xrpc/com.atproto.repo.listRecords"));
        QCOMPARE(claims.value(QLatin1String("ath")).toString().toLatin1(),
                 base64Url(QCryptographicHash::hash("access-token-1", QCryptographicHash::Sha256)));
        QVERIFY(qAbs(claims.value(QLatin1String("iat")).toInteger() - QDateTime::currentSecsSinceEpoch()) < 5);
        QVERIFY(!claims.contains(QLatin1String("nonce")));
        QVERIFY(claims.value(QLatin1String("jti")).toString().size() >= 16);
        QVERIFY(claims.value(QLatin1String("jti")) != decodePart(second->split('.')[1]).value(QLatin1String("jti")));
        QVERIFY(EcKey::verify(header.value(QLatin1String("jwk")).toObject(), parts[0] + '.' + parts[1],
                              fromBase64Url(parts[2])));
        auto withoutToken = dpop.proof("POST", url, QString());
        QVERIFY(withoutToken && !decodePart(withoutToken->split('.')[1]).contains(QLatin1String("ath")));
    }

    void answersNonceChallengesOverHttp()
    {
        // A server that wants nonce "n1" at /token (authorization-server style: 400 JSON) and
        // "n2" at /xrpc (resource style: 401 WWW-Authenticate), and rotates to "n3" once.
        QHttpServer server;
        QList<QJsonObject> seenClaims;
        QList<QByteArray> seenAuthorization;
        QByteArray resourceNonce = "n2";
        bool tokenRevoked = false;
        const auto claimsOf = [](const QHttpServerRequest &request) {
            return decodePart(request.value("DPoP").split('.').value(1));
        };
        server.route(QStringLiteral("/token"), [&](const QHttpServerRequest &request) {
            const QJsonObject claims = claimsOf(request);
            seenClaims.append(claims);
            QHttpServerResponse response =
                claims.value(QLatin1String("nonce")).toString() == u"n1"
                    ? QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}})
                    : QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("use_dpop_nonce")}},
                                          QHttpServerResponse::StatusCode::BadRequest);
            response.addHeader("DPoP-Nonce", "n1");
            return response;
        });
        server.route(QStringLiteral("/xrpc"), [&](const QHttpServerRequest &request) {
            seenClaims.append(claimsOf(request));
            seenAuthorization.append(request.value("Authorization"));
            if (tokenRevoked) {
                QHttpServerResponse response(QByteArray(), QHttpServerResponse::StatusCode::Unauthorized);
                response.addHeader("WWW-Authenticate", "DPoP error=\"invalid_token\"");
                response.addHeader("DPoP-Nonce", resourceNonce);
                return response;
            }
            const bool good = claimsOf(request).value(QLatin1String("nonce")).toString().toLatin1() == resourceNonce;
            QHttpServerResponse response = good ? QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}})
                                                : QHttpServerResponse(QByteArray(), QHttpServerResponse::StatusCode::Unauthorized);
            if (!good)
                response.addHeader("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\"");
            response.addHeader("DPoP-Nonce", resourceNonce);
            return response;
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        const auto url = [port](const char *path) { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path))); };

        auto key = EcKey::generate();
        QVERIFY(key);
        DpopAuthenticator dpop(key.value());
        HttpClient http;
        http.setRequestDecorator(&dpop);

        auto token = http.postForm(url("/token"), {{QStringLiteral("grant_type"), QStringLiteral("x")}});
        QVERIFY2(token, qPrintable(token.errorMessage()));
        QCOMPARE(seenClaims.size(), 2); // refused without a nonce, then accepted with it
        QCOMPARE(seenClaims[1].value(QLatin1String("nonce")).toString(), QStringLiteral("n1"));
        QCOMPARE(seenClaims[1].value(QLatin1String("htm")).toString(), QStringLiteral("POST"));

        dpop.setAccessToken(QStringLiteral("tok"));
        seenClaims.clear();
        auto first = http.getJson(url("/xrpc"));
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(seenClaims.size(), 2);
        QCOMPARE(seenAuthorization.last(), QByteArray("DPoP tok"));
        QVERIFY(seenClaims.last().contains(QLatin1String("ath")));

        resourceNonce = "n3"; // the server rotates its nonce
        seenClaims.clear();
        QVERIFY(http.getJson(url("/xrpc")));
        QCOMPARE(seenClaims.size(), 2);
        QCOMPARE(seenClaims.last().value(QLatin1String("nonce")).toString(), QStringLiteral("n3"));

        // A refused token (no nonce challenge) is not resent: it reaches the caller.
        seenClaims.clear();
        tokenRevoked = true;
        auto refused = http.getJson(url("/xrpc"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Auth);
        QCOMPARE(seenClaims.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDpop)
#include "tst_dpop.moc"
