#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace holdfast::testing {

/// The real PDS that scripts/run-tests.sh starts (tests/servers/bluesky-pds), as described by
/// the info file in $HOLDFAST_TEST_PDS_INFO, plus blocking XRPC calls for checking what the
/// server holds. Tests call requirePds() first: without the server they fail under CI=true
/// and are skipped (with the reason) on a developer's machine.
class BlueskyPds
{
public:
    struct Account
    {
        QString handle;
        QString did;
        QString password;
        QString appPassword;
    };

    /// nullopt (and `why`) when the environment names no usable info file.
    static std::optional<BlueskyPds> fromEnvironment(QString *why);

    QUrl pds;
    QUrl plc;
    QMap<QString, Account> accounts; ///< "alice", "bob", "carol"

    /// GET /xrpc/<nsid>; `status` gets the HTTP status (0 if none).
    QJsonObject get(const QString &nsid, const QUrlQuery &query, const QString &token = {}, int *status = nullptr) const;
    QJsonObject post(const QString &nsid, const QJsonObject &input, const QString &token = {}, int *status = nullptr) const;
    QByteArray getBytes(const QString &nsid, const QUrlQuery &query) const;
    /// `com.atproto.repo.uploadBlob`; returns the blob object to put into a record.
    QJsonObject uploadBlob(const QByteArray &bytes, const QByteArray &mimeType, const QString &token) const;
    /// Every record of a collection, paging to the end (newest first).
    QList<QJsonObject> listAll(const QString &did, const QString &collection) const;
    /// An access token for the account (signs in with its main password).
    QString login(const QString &name) const;
    QUrl url(const QString &nsid, const QUrlQuery &query = {}) const;
};

} // namespace holdfast::testing

/// Fails under CI (the PDS must run there), skips elsewhere: use at the top of a test slot.
#define REQUIRE_BLUESKY_PDS(member)                                                              \
    do {                                                                                         \
        if (!(member)) {                                                                         \
            if (qEnvironmentVariable("CI") == u"true")                                           \
                QFAIL(qPrintable(QStringLiteral("The test PDS is required under CI: ") + m_why)); \
            QSKIP(qPrintable(QStringLiteral("No test PDS (run scripts/run-tests.sh): ") + m_why)); \
        }                                                                                        \
    } while (false)
