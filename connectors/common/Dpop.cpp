#include "connectors/common/Dpop.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include "connectors/common/Pkce.h"

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace holdfast {

QString DpopAuthenticator::originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

Result<QByteArray> DpopAuthenticator::proof(const QByteArray &method, const QUrl &url, const QString &accessToken) const
{
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                       {QStringLiteral("jwk"), m_key.publicJwk()}};
    QJsonObject claims{
        {QStringLiteral("jti"), QString::fromLatin1(randomUrlSafeToken(16))},
        {QStringLiteral("htm"), QString::fromLatin1(method)},
        // htu is the URI without query and fragment (RFC 9449 §4.2).
        {QStringLiteral("htu"), url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString()},
        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()}};
    const QByteArray nonce = nonceFor(url);
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce));
    if (!accessToken.isEmpty())
        claims.insert(QStringLiteral("ath"), QString::fromLatin1(base64Url(
                                                 QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256))));
    return signJwtEs256(m_key, header, claims);
}

void DpopAuthenticator::decorate(QNetworkRequest &request, const QByteArray &method)
{
    auto signedProof = proof(method, request.url(), m_accessToken);
    if (!signedProof) {
        // Without a proof the server refuses the request with a clear error; nothing to add here.
        qCWarning(lcNet) << "no DPoP proof:" << signedProof.error().message;
        return;
    }
    request.setRawHeader("DPoP", signedProof.value());
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "DPoP " + m_accessToken.toLatin1());
}

bool DpopAuthenticator::isNonceChallenge(const HttpResponse &response)
{
    if (response.status == 401)
        return response.header("WWW-Authenticate").contains("use_dpop_nonce");
    if (response.status == 400) {
        const auto json = QJsonDocument::fromJson(response.body);
        return json.isObject() && json.object().value(QLatin1String("error")).toString() == u"use_dpop_nonce";
    }
    return false;
}

bool DpopAuthenticator::wantsResend(const HttpResponse &response)
{
    const QByteArray nonce = response.header("DPoP-Nonce");
    if (nonce.isEmpty())
        return false;
    const QString origin = originOf(response.url);
    const bool changed = m_nonces.value(origin) != nonce;
    m_nonces.insert(origin, nonce);
    return changed && isNonceChallenge(response);
}

} // namespace holdfast
