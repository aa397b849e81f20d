#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace holdfast {
class HttpClient;
}

namespace holdfast::bluesky {

/// Who an AT Protocol identity is and where its data lives.
struct ResolvedIdentity
{
    QString did;        ///< did:plc:… or did:web:…
    QString handle;     ///< from the DID document's alsoKnownAs (verified when resolved from a handle)
    QUrl pds;           ///< the `#atproto_pds` service endpoint
    QJsonObject didDocument;
};

/**
 * Resolves handle → DID → DID document → PDS, as the atproto identity spec describes:
 * a handle by `com.atproto.identity.resolveHandle` on a given service, else by DNS TXT
 * `_atproto.<handle>` and then `https://<handle>/.well-known/atproto-did`; a did:plc document
 * from the PLC directory (configurable, so tests use a local one), a did:web document from
 * `https://<host>/.well-known/did.json`. A handle must appear in the document's
 * alsoKnownAs (bidirectional check), otherwise resolution fails. Blocking.
 */
class IdentityResolver final
{
public:
    static constexpr auto kDefaultPlcDirectory = "https://plc.directory";

    IdentityResolver(HttpClient &http, QUrl plcDirectory);

    /// `identifier` is a handle (leading '@' allowed) or a DID. `service`, if valid, is asked
    /// to resolve the handle (self-hosted PDS, test servers).
    Result<ResolvedIdentity> resolve(const QString &identifier, const QUrl &service = {});

    Result<QString> resolveHandle(const QString &handle, const QUrl &service);
    Result<QJsonObject> didDocument(const QString &did);

    /// The `#atproto_pds` endpoint of a DID document; invalid if there is none.
    static QUrl pdsEndpoint(const QJsonObject &didDocument);
    /// The first `at://` alias of a DID document, without the scheme; empty if none.
    static QString handleOf(const QJsonObject &didDocument);
    static bool isDid(const QString &text);

private:
    Result<QString> handleFromDns(const QString &handle);

    HttpClient &m_http;
    QUrl m_plcDirectory;
};

} // namespace holdfast::bluesky
