#include "connectors/common/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace holdfast {

QByteArray randomUrlSafeToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray pkceChallengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

PkcePair makePkcePair()
{
    PkcePair pair;
    pair.verifier = randomUrlSafeToken(48); // 48 bytes -> 64 characters, within 43..128
    pair.challenge = pkceChallengeFor(pair.verifier);
    return pair;
}

} // namespace holdfast
