#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace holdfast {

/// base64url without padding (RFC 7515 §2), the encoding of every JOSE field.
QByteArray base64Url(const QByteArray &bytes);
QByteArray fromBase64Url(const QByteArray &text);

/**
 * A P-256 key pair for ES256 signatures (JWS, RFC 7518 §3.4), as DPoP proofs need them.
 * Qt has no elliptic-curve signing, so this wraps OpenSSL's libcrypto. The private JWK is a
 * secret: keep it in the keychain only. Copies share the key (it is never changed).
 */
class EcKey final
{
public:
    EcKey() = default;

    static Result<EcKey> generate();
    /// From a JWK with kty EC, crv P-256, x, y and d; checks that d belongs to x/y.
    static Result<EcKey> fromPrivateJwk(const QJsonObject &jwk);

    bool isNull() const { return !m_key; }
    /// {"kty":"EC","crv":"P-256","x":…,"y":…}: safe to publish (DPoP proof headers).
    QJsonObject publicJwk() const;
    /// The public JWK plus "d". Secret.
    QJsonObject privateJwk() const;
    /// RFC 7638 thumbprint of the public key (the `jkt` a DPoP-bound token is bound to).
    QByteArray thumbprint() const;

    /// ES256 signature of `signingInput`: r and s as 32 big-endian bytes each (not DER).
    Result<QByteArray> sign(const QByteArray &signingInput) const;
    /// Checks a raw r||s ES256 signature against a public JWK.
    static bool verify(const QJsonObject &publicJwk, const QByteArray &signingInput, const QByteArray &signature);

private:
    explicit EcKey(std::shared_ptr<EVP_PKEY> key) : m_key(std::move(key)) {}

    std::shared_ptr<EVP_PKEY> m_key;
};

/// RFC 7638: SHA-256 over the required members of a JWK (EC: crv,kty,x,y; RSA: e,kty,n;
/// OKP: crv,kty,x) in lexicographic order without whitespace, base64url. Empty for other kty.
QByteArray jwkThumbprint(const QJsonObject &jwk);

/// A compact JWS (header.payload.signature) signed with ES256; `alg` is set in the header.
Result<QByteArray> signJwtEs256(const EcKey &key, QJsonObject header, const QJsonObject &payload);

} // namespace holdfast
