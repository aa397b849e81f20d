#pragma once

#include "connectors/common/EcKey.h"
#include "connectors/common/HttpClient.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace holdfast {

/**
 * DPoP (RFC 9449) for an HttpClient: every request gets a fresh proof JWT (`typ` dpop+jwt,
 * the public key in the header, `jti`, `htm`, `htu`, `iat`, the server's latest nonce, and
 * `ath` when an access token is sent as `Authorization: DPoP <token>`).
 * Servers hand out nonces in `DPoP-Nonce` and refuse proofs without the current one with
 * `use_dpop_nonce` (400 from the authorization server, 401 from a resource server); the
 * request is then sent again at once with the new nonce. Nonces are kept per origin.
 * Install with HttpClient::setRequestDecorator; one instance per client/thread.
 */
class DpopAuthenticator final : public RequestDecorator
{
public:
    explicit DpopAuthenticator(EcKey key) : m_key(std::move(key)) {}

    /// The token sent as `Authorization: DPoP …` (empty: proofs only, e.g. PAR and token requests).
    void setAccessToken(const QString &token) { m_accessToken = token; }
    const QString &accessToken() const { return m_accessToken; }
    const EcKey &key() const { return m_key; }

    /// A proof for one request; `accessToken` non-empty adds its hash (`ath`).
    Result<QByteArray> proof(const QByteArray &method, const QUrl &url, const QString &accessToken) const;
    QByteArray nonceFor(const QUrl &url) const { return m_nonces.value(originOf(url)); }

    void decorate(QNetworkRequest &request, const QByteArray &method) override;
    bool wantsResend(const HttpResponse &response) override;

    /// True if the response is a DPoP nonce challenge (either server kind).
    static bool isNonceChallenge(const HttpResponse &response);

private:
    static QString originOf(const QUrl &url);

    EcKey m_key;
    QString m_accessToken;
    QHash<QString, QByteArray> m_nonces;
};

} // namespace holdfast
