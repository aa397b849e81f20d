#include "connectors/mastodon/MastodonSignIn.h"

#include "connectors/common/HttpClient.h"
#include "connectors/common/LoopbackRedirect.h"
#include "connectors/common/Pkce.h"
#include "connectors/common/SecretStore.h"
#include "connectors/mastodon/MastodonSource.h"
#include "models/store/Store.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace holdfast::mastodon {

namespace {
const QString kPlatform = QStringLiteral("mastodon");

// RFC 8252 §7.3: a loopback redirect is registered without a port; the server accepts any.
QString registeredRedirectUri()
{
    return QStringLiteral("http://127.0.0.1") + QLatin1String(MastodonSignIn::kRedirectPath);
}
} // namespace

MastodonSignIn::MastodonSignIn(Store &store, SecretStore &secrets,
                               const CancellationToken *cancellation, QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_cancellation(cancellation)
{
}

QUrl MastodonSignIn::normaliseInstanceUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<AppRegistration> MastodonSignIn::ensureRegistration(HttpClient &http, const QUrl &instance,
                                                           QString *clientSecret)
{
    const QString server = instance.toString();
    if (auto known = m_store.appRegistration(kPlatform, server)) {
        auto secret = m_secrets.read(SecretStore::clientSecretKey(kPlatform, server));
        if (secret) {
            *clientSecret = secret.value();
            return *known;
        }
        // The secret is gone (keychain reset): register anew below.
    }

    QUrl appsUrl = instance;
    appsUrl.setPath(instance.path() + QStringLiteral("/api/v1/apps"));
    auto json = http.postForm(appsUrl, {{QStringLiteral("client_name"), QStringLiteral("Holdfast")},
                                        {QStringLiteral("redirect_uris"), registeredRedirectUri()},
                                        {QStringLiteral("scopes"), QLatin1String(kScopes)},
                                        {QStringLiteral("website"), QStringLiteral("https://holdfast.invalid/")}});
    if (!json)
        return makeError(json.error().code,
                         tr("Could not register Holdfast with %1: %2").arg(instance.host(), json.error().message));
    const QJsonObject app = json->object();
    AppRegistration registration;
    registration.platform = kPlatform;
    registration.server = server;
    registration.clientId = app.value(QLatin1String("client_id")).toString();
    registration.redirectUri = registeredRedirectUri();
    registration.scopes = QLatin1String(kScopes);
    const QString secret = app.value(QLatin1String("client_secret")).toString();
    if (registration.clientId.isEmpty() || secret.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1 did not return a client id and secret when registering.").arg(instance.host()));
    if (auto stored = m_secrets.write(SecretStore::clientSecretKey(kPlatform, server), secret); !stored)
        return stored.error();
    if (auto saved = m_store.saveAppRegistration(registration); !saved)
        return saved.error();
    *clientSecret = secret;
    return registration;
}

Result<SignedInAccount> MastodonSignIn::signIn(const QUrl &instance,
                                               const std::function<void(const QUrl &)> &openUrl,
                                               int timeoutMs)
{
    HttpClient http(m_cancellation);
    RetryPolicy policy;
    policy.maxAttempts = 3;
    http.setRetryPolicy(policy);

    QString clientSecret;
    auto registration = ensureRegistration(http, instance, &clientSecret);
    if (!registration)
        return registration.error();

    LoopbackRedirect listener(QLatin1String(kRedirectPath),
                              tr("Holdfast is signed in. You can close this tab and return to Holdfast."));
    const QString redirectUri = listener.redirectUri();

    const PkcePair pkce = makePkcePair();
    const QString state = QString::fromLatin1(randomUrlSafeToken());
    QUrl authorize = instance;
    authorize.setPath(instance.path() + QStringLiteral("/oauth/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), registration->clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("scope"), QLatin1String(kScopes));
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);

    auto answer = listener.waitForRedirect(authorize, state, openUrl, m_cancellation, timeoutMs);
    if (!answer)
        return answer.error();
    const QVariantMap &callback = answer.value();
    if (callback.contains(QStringLiteral("error"))) {
        const QString reason = callback.value(QStringLiteral("error_description")).toString();
        return makeError(Error::Code::Auth, tr("%1 refused the sign-in: %2")
                                                .arg(instance.host(), reason.isEmpty()
                                                                          ? callback.value(QStringLiteral("error")).toString()
                                                                          : reason));
    }
    const QString code = callback.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return makeError(Error::Code::Auth, tr("The sign-in answer carried no authorization code."));

    QUrl tokenUrl = instance;
    tokenUrl.setPath(instance.path() + QStringLiteral("/oauth/token"));
    auto token = http.postForm(tokenUrl, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("client_id"), registration->clientId},
                                          {QStringLiteral("client_secret"), clientSecret},
                                          {QStringLiteral("redirect_uri"), redirectUri},
                                          {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier)},
                                          {QStringLiteral("scope"), QLatin1String(kScopes)}});
    if (!token)
        return makeError(Error::Code::Auth, tr("%1 did not issue a token: %2").arg(instance.host(), token.error().message));
    const QString accessToken = token->object().value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty())
        return makeError(Error::Code::Auth, tr("%1 answered without an access token.").arg(instance.host()));

    http.setBearerToken(accessToken);
    MastodonSource source(instance, QString(), http);
    auto profile = source.fetchProfile();
    if (!profile)
        return profile.error();
    return SignedInAccount{profile->account, accessToken};
}

} // namespace holdfast::mastodon
