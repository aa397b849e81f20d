#include "connectors/bluesky/BlueskySignIn.h"

#include "connectors/bluesky/IdentityResolver.h"
#include "connectors/common/HttpClient.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::SignIn)
};
} // namespace

QUrl blobUrl(const QUrl &pds, const QString &did, const QString &cid)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("did"), did);
    params.addQueryItem(QStringLiteral("cid"), cid);
    return XrpcClient::urlFor(pds, QStringLiteral("com.atproto.sync.getBlob"), params);
}

void applyProfileRecord(Account &account, const QJsonObject &profileValue)
{
    account.displayName = profileValue.value(QLatin1String("displayName")).toString();
    const QString avatarCid = profileValue.value(QLatin1String("avatar")).toObject()
                                  .value(QLatin1String("ref")).toObject()
                                  .value(QLatin1String("$link")).toString();
    account.avatarUrl = avatarCid.isEmpty() ? QString()
                                            : blobUrl(QUrl(account.server), account.platformUserId, avatarCid).toString();
    account.profileUrl = QStringLiteral("https://bsky.app/profile/%1").arg(account.platformUserId);
}

Account describeAccount(HttpClient &http, const ResolvedIdentity &identity, const QString &sessionHandle)
{
    Account account;
    account.platform = QStringLiteral("bluesky");
    account.server = identity.pds.toString(QUrl::StripTrailingSlash);
    account.platformUserId = identity.did;
    account.handle = sessionHandle.isEmpty() ? identity.handle : sessionHandle;
    account.profileUrl = QStringLiteral("https://bsky.app/profile/%1").arg(identity.did);

    // The profile record is in the repository itself, so this works without an AppView.
    XrpcClient xrpc(http, identity.pds);
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("repo"), identity.did);
    params.addQueryItem(QStringLiteral("collection"), QStringLiteral("app.bsky.actor.profile"));
    params.addQueryItem(QStringLiteral("rkey"), QStringLiteral("self"));
    if (auto profile = xrpc.query(QStringLiteral("com.atproto.repo.getRecord"), params); profile)
        applyProfileRecord(account, profile->value(QLatin1String("value")).toObject());
    return account;
}

Result<SignedInBlueskyAccount> signInWithAppPassword(HttpClient &http, const AppPasswordSignIn &request)
{
    if (request.appPassword.isEmpty())
        return makeError(Error::Code::InvalidInput, Tr::tr("An app password is needed to sign in."));
    IdentityResolver resolver(http, request.plcDirectory);
    auto identity = resolver.resolve(request.identifier, request.service);
    if (!identity)
        return identity.error();

    auto session = XrpcClient::createSession(http, identity->pds, identity->did, request.appPassword);
    if (!session)
        return session.error();
    if (session->value(QLatin1String("did")).toString() != identity->did)
        return makeError(Error::Code::Auth, Tr::tr("%1 signed in a different account than %2.")
                                                .arg(identity->pds.host(), identity->did));

    SignedInBlueskyAccount result;
    result.tokens.accessJwt = session->value(QLatin1String("accessJwt")).toString();
    result.tokens.refreshJwt = session->value(QLatin1String("refreshJwt")).toString();
    result.account = describeAccount(http, identity.value(), session->value(QLatin1String("handle")).toString());
    return result;
}

} // namespace holdfast::bluesky
