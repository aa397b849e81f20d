#include "connectors/common/EcKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace holdfast {

namespace {
constexpr int kCoordinateBytes = 32; // P-256

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::EcKey)
};

struct BnDeleter { void operator()(BIGNUM *bn) const { BN_clear_free(bn); } };
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

QByteArray bnParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BnPtr bn(raw);
    QByteArray bytes(kCoordinateBytes, '\0');
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()), kCoordinateBytes) != kCoordinateBytes)
        return {};
    return bytes;
}

/// An EVP_PKEY from JWK coordinates (and the private scalar when `d` is not empty).
std::shared_ptr<EVP_PKEY> keyFromCoordinates(const QByteArray &x, const QByteArray &y, const QByteArray &d)
{
    if (x.size() != kCoordinateBytes || y.size() != kCoordinateBytes
        || (!d.isEmpty() && d.size() != kCoordinateBytes))
        return {};
    const QByteArray point = QByteArray(1, '\x04') + x + y; // SEC1 uncompressed point
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    if (!builder)
        return {};
    BnPtr privateScalar;
    bool built = OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0) == 1
                 && OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                                     size_t(point.size())) == 1;
    if (built && !d.isEmpty()) {
        privateScalar.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(d.constData()), int(d.size()), nullptr));
        built = privateScalar && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_PRIV_KEY, privateScalar.get()) == 1;
    }
    OSSL_PARAM *params = built ? OSSL_PARAM_BLD_to_param(builder) : nullptr;
    OSSL_PARAM_BLD_free(builder);
    if (!params)
        return {};
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    const bool ok = context && EVP_PKEY_fromdata_init(context) == 1
                    && EVP_PKEY_fromdata(context, &key, d.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR,
                                         params) == 1;
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    if (!ok) {
        EVP_PKEY_free(key);
        return {};
    }
    return adopt(key);
}

/// True if the key pair is consistent (the point is on the curve, d matches it).
bool checkKey(EVP_PKEY *key, bool hasPrivate)
{
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
    const bool ok = context && (hasPrivate ? EVP_PKEY_pairwise_check(context) : EVP_PKEY_public_check(context)) == 1;
    EVP_PKEY_CTX_free(context);
    return ok;
}

std::shared_ptr<EVP_PKEY> keyFromJwk(const QJsonObject &jwk, bool withPrivate)
{
    if (jwk.value(QLatin1String("kty")).toString() != u"EC" || jwk.value(QLatin1String("crv")).toString() != u"P-256")
        return {};
    const QByteArray d = withPrivate ? fromBase64Url(jwk.value(QLatin1String("d")).toString().toLatin1()) : QByteArray();
    if (withPrivate && d.isEmpty())
        return {};
    auto key = keyFromCoordinates(fromBase64Url(jwk.value(QLatin1String("x")).toString().toLatin1()),
                                  fromBase64Url(jwk.value(QLatin1String("y")).toString().toLatin1()), d);
    if (!key || !checkKey(key.get(), withPrivate))
        return {};
    return key;
}
} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

Result<EcKey> EcKey::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        return makeError(Error::Code::InvalidInput, Tr::tr("Could not create a P-256 key pair (OpenSSL)."));
    return EcKey(adopt(key));
}

Result<EcKey> EcKey::fromPrivateJwk(const QJsonObject &jwk)
{
    auto key = keyFromJwk(jwk, true);
    if (!key)
        return makeError(Error::Code::InvalidInput, Tr::tr("The stored signing key is not a valid P-256 private key."));
    return EcKey(std::move(key));
}

QJsonObject EcKey::publicJwk() const
{
    if (!m_key)
        return {};
    return {{QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QString::fromLatin1(base64Url(bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X)))},
            {QStringLiteral("y"), QString::fromLatin1(base64Url(bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y)))}};
}

QJsonObject EcKey::privateJwk() const
{
    QJsonObject jwk = publicJwk();
    if (m_key)
        jwk.insert(QStringLiteral("d"), QString::fromLatin1(base64Url(bnParam(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY))));
    return jwk;
}

QByteArray EcKey::thumbprint() const
{
    return jwkThumbprint(publicJwk());
}

Result<QByteArray> EcKey::sign(const QByteArray &signingInput) const
{
    const auto failed = [] { return makeError(Error::Code::InvalidInput, Tr::tr("Could not sign with the ES256 key (OpenSSL).")); };
    if (!m_key)
        return failed();
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t derSize = 0;
    QByteArray der;
    bool ok = context && EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
              && EVP_DigestSign(context, nullptr, &derSize,
                                reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                size_t(signingInput.size())) == 1;
    if (ok) {
        der.resize(qsizetype(derSize));
        ok = EVP_DigestSign(context, reinterpret_cast<unsigned char *>(der.data()), &derSize,
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size())) == 1;
        der.resize(qsizetype(derSize));
    }
    EVP_MD_CTX_free(context);
    if (!ok)
        return failed();
    // OpenSSL writes an ASN.1 ECDSA-Sig-Value; JWS wants the fixed-size r||s (RFC 7518 §3.4).
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *signature = d2i_ECDSA_SIG(nullptr, &cursor, long(der.size()));
    if (!signature)
        return failed();
    QByteArray raw(2 * kCoordinateBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    ok = BN_bn2binpad(ECDSA_SIG_get0_r(signature), out, kCoordinateBytes) == kCoordinateBytes
         && BN_bn2binpad(ECDSA_SIG_get0_s(signature), out + kCoordinateBytes, kCoordinateBytes) == kCoordinateBytes;
    ECDSA_SIG_free(signature);
    if (!ok)
        return failed();
    return raw;
}

bool EcKey::verify(const QJsonObject &publicJwk, const QByteArray &signingInput, const QByteArray &signature)
{
    if (signature.size() != 2 * kCoordinateBytes)
        return false;
    auto key = keyFromJwk(publicJwk, false);
    if (!key)
        return false;
    const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(raw, kCoordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(raw + kCoordinateBytes, kCoordinateBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return false;
    }
    unsigned char *der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (derSize <= 0)
        return false;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = context && EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key.get()) == 1
                    && EVP_DigestVerify(context, der, size_t(derSize),
                                        reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                        size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(context);
    OPENSSL_free(der);
    return ok;
}

QByteArray jwkThumbprint(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    QStringList members;
    if (kty == u"EC")
        members = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"), QStringLiteral("y")};
    else if (kty == u"RSA")
        members = {QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    else if (kty == u"OKP")
        members = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x")};
    else
        return {};
    // QJsonObject keeps keys sorted and Compact adds no whitespace: RFC 7638's canonical form.
    QJsonObject required;
    for (const QString &member : members)
        required.insert(member, jwk.value(member));
    return base64Url(QCryptographicHash::hash(QJsonDocument(required).toJson(QJsonDocument::Compact),
                                              QCryptographicHash::Sha256));
}

Result<QByteArray> signJwtEs256(const EcKey &key, QJsonObject header, const QJsonObject &payload)
{
    header.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    auto signature = key.sign(signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + base64Url(signature.value()));
}

} // namespace holdfast
