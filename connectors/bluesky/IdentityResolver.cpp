#include "connectors/bluesky/IdentityResolver.h"

#include "connectors/bluesky/XrpcClient.h"
#include "connectors/common/HttpClient.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::IdentityResolver)
};

QString normaliseHandle(QString handle)
{
    handle = handle.trimmed().toLower();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    return handle;
}
} // namespace

IdentityResolver::IdentityResolver(HttpClient &http, QUrl plcDirectory)
    : m_http(http), m_plcDirectory(std::move(plcDirectory))
{
    if (!m_plcDirectory.isValid() || m_plcDirectory.isEmpty())
        m_plcDirectory = QUrl(QString::fromLatin1(kDefaultPlcDirectory));
}

bool IdentityResolver::isDid(const QString &text)
{
    return text.startsWith(QLatin1String("did:plc:")) || text.startsWith(QLatin1String("did:web:"));
}

Result<ResolvedIdentity> IdentityResolver::resolve(const QString &identifier, const QUrl &service)
{
    ResolvedIdentity identity;
    QString handle;
    if (isDid(identifier.trimmed())) {
        identity.did = identifier.trimmed();
    } else {
        handle = normaliseHandle(identifier);
        if (handle.isEmpty() || !handle.contains(u'.'))
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("'%1' is neither a handle (like alice.bsky.social) nor a DID.").arg(identifier));
        auto did = resolveHandle(handle, service);
        if (!did)
            return did.error();
        identity.did = did.value();
    }
    auto document = didDocument(identity.did);
    if (!document)
        return document.error();
    identity.didDocument = document.value();
    if (identity.didDocument.value(QLatin1String("id")).toString() != identity.did)
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("The DID document of %1 describes a different DID.").arg(identity.did));
    identity.pds = pdsEndpoint(identity.didDocument);
    if (!identity.pds.isValid())
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("The DID document of %1 names no personal data server (#atproto_pds).").arg(identity.did));
    identity.handle = handleOf(identity.didDocument);
    // A handle only counts if the DID claims it back; anyone can point a handle at any DID.
    if (!handle.isEmpty() && identity.handle != handle)
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("%1 points to %2, but that identity does not confirm the handle.")
                             .arg(handle, identity.did));
    return identity;
}

Result<QString> IdentityResolver::resolveHandle(const QString &handle, const QUrl &service)
{
    if (service.isValid() && !service.isEmpty()) {
        XrpcClient xrpc(m_http, service);
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("handle"), handle);
        auto answer = xrpc.query(QStringLiteral("com.atproto.identity.resolveHandle"), params);
        if (!answer)
            return makeError(answer.error().code,
                             Tr::tr("%1 could not resolve the handle %2: %3").arg(service.host(), handle, answer.error().message));
        const QString did = answer->value(QLatin1String("did")).toString();
        if (!isDid(did))
            return makeError(Error::Code::InvalidInput, Tr::tr("%1 resolved %2 to no usable DID.").arg(service.host(), handle));
        return did;
    }
    if (auto fromDns = handleFromDns(handle); fromDns)
        return fromDns;
    QUrl wellKnown;
    wellKnown.setScheme(QStringLiteral("https"));
    wellKnown.setHost(handle);
    wellKnown.setPath(QStringLiteral("/.well-known/atproto-did"));
    auto answer = m_http.download(wellKnown, 2048);
    if (!answer)
        return makeError(answer.error().code,
                         Tr::tr("Could not resolve the handle %1 (no _atproto DNS record, and %2 failed: %3).")
                             .arg(handle, wellKnown.toString(), answer.error().message));
    const QString did = QString::fromUtf8(answer->body).trimmed();
    if (!isDid(did))
        return makeError(Error::Code::InvalidInput, Tr::tr("%1 does not hold a DID.").arg(wellKnown.toString()));
    return did;
}

Result<QString> IdentityResolver::handleFromDns(const QString &handle)
{
    QDnsLookup lookup(QDnsLookup::TXT, QStringLiteral("_atproto.") + handle);
    QEventLoop loop;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    lookup.lookup();
    loop.exec();
    if (lookup.error() != QDnsLookup::NoError)
        return makeError(Error::Code::NotFound, lookup.errorString());
    for (const QDnsTextRecord &record : lookup.textRecords()) {
        for (const QByteArray &value : record.values()) {
            if (value.startsWith("did="))
                return QString::fromUtf8(value.mid(4)).trimmed();
        }
    }
    return makeError(Error::Code::NotFound, Tr::tr("no did= TXT record"));
}

Result<QJsonObject> IdentityResolver::didDocument(const QString &did)
{
    QUrl url;
    if (did.startsWith(QLatin1String("did:plc:"))) {
        url = m_plcDirectory;
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + did);
    } else if (did.startsWith(QLatin1String("did:web:"))) {
        // did:web in atproto is a bare hostname (percent-encoded port for tests only).
        const QString host = QUrl::fromPercentEncoding(did.mid(8).toUtf8());
        url = QUrl(QStringLiteral("https://%1/.well-known/did.json").arg(host));
    } else {
        return makeError(Error::Code::InvalidInput, Tr::tr("Unsupported DID method: %1").arg(did));
    }
    auto json = m_http.getJson(url);
    if (!json)
        return makeError(json.error().code,
                         Tr::tr("Could not read the DID document of %1: %2").arg(did, json.error().message));
    if (!json->isObject())
        return makeError(Error::Code::InvalidInput, Tr::tr("The DID document of %1 is not a JSON object.").arg(did));
    return json->object();
}

QUrl IdentityResolver::pdsEndpoint(const QJsonObject &didDocument)
{
    const QString did = didDocument.value(QLatin1String("id")).toString();
    for (const QJsonValue &value : didDocument.value(QLatin1String("service")).toArray()) {
        const QJsonObject service = value.toObject();
        const QString id = service.value(QLatin1String("id")).toString();
        if (id != u"#atproto_pds" && id != did + QStringLiteral("#atproto_pds"))
            continue;
        QUrl endpoint(service.value(QLatin1String("serviceEndpoint")).toString());
        if (endpoint.isValid() && (endpoint.scheme() == u"https" || endpoint.scheme() == u"http")
            && !endpoint.host().isEmpty()) {
            endpoint.setPath(endpoint.path().endsWith(u'/') ? endpoint.path().chopped(1) : endpoint.path());
            return endpoint;
        }
    }
    return {};
}

QString IdentityResolver::handleOf(const QJsonObject &didDocument)
{
    for (const QJsonValue &alias : didDocument.value(QLatin1String("alsoKnownAs")).toArray()) {
        const QString text = alias.toString();
        if (text.startsWith(QLatin1String("at://")))
            return text.mid(5).toLower();
    }
    return {};
}

} // namespace holdfast::bluesky
