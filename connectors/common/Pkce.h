#pragma once

#include <QByteArray>

namespace holdfast {

/// PKCE (RFC 7636) pair for one authorization: a random verifier and its S256 challenge.
struct PkcePair
{
    QByteArray verifier;   ///< 64 chars of base64url (unreserved characters only)
    QByteArray challenge;  ///< base64url(SHA-256(verifier)) without padding
};

PkcePair makePkcePair();
QByteArray pkceChallengeFor(const QByteArray &verifier);
/// Random base64url string for OAuth `state` values.
QByteArray randomUrlSafeToken(int bytes = 24);

} // namespace holdfast
