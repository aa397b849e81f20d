#pragma once

#include "connectors/bluesky/XrpcClient.h"
#include "models/domain/Account.h"
#include "models/domain/Result.h"

#include <QUrl>

namespace holdfast {
class HttpClient;
}

namespace holdfast::bluesky {

/// What `holdfast accounts add bluesky` was given.
struct AppPasswordSignIn
{
    QString identifier;   ///< handle or DID
    QString appPassword;  ///< xxxx-xxxx-xxxx-xxxx (the main password works too, but should not be used)
    QUrl service;         ///< optional: resolve the handle here (self-hosted PDS)
    QUrl plcDirectory;    ///< optional: where did:plc documents live (default plc.directory)
};

/// A completed sign-in: the account and its session (both tokens go to the keychain only).
struct SignedInBlueskyAccount
{
    Account account;        ///< platform "bluesky", server = PDS URL, platformUserId = DID
    SessionTokens tokens;
};

/**
 * Signs in with an app password: resolves the identity to its PDS (any PDS, not only
 * bsky.social), calls `com.atproto.server.createSession` there, checks the session's DID is
 * the resolved one, and reads the profile record for the display name and avatar. Blocking.
 */
Result<SignedInBlueskyAccount> signInWithAppPassword(HttpClient &http, const AppPasswordSignIn &request);

struct ResolvedIdentity;

/// The account row for a signed-in identity: PDS, DID, handle (the session's, else the
/// resolved one) and what the public profile record says. Blocking; the profile is optional.
Account describeAccount(HttpClient &http, const ResolvedIdentity &identity, const QString &sessionHandle);

/// The account fields a profile record (app.bsky.actor.profile/self) provides.
void applyProfileRecord(Account &account, const QJsonObject &profileValue);

/// `https://pds/xrpc/com.atproto.sync.getBlob?did=…&cid=…`: public, so media download needs no token.
QUrl blobUrl(const QUrl &pds, const QString &did, const QString &cid);

} // namespace holdfast::bluesky
