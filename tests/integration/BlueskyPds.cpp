#include "BlueskyPds.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace holdfast::testing {

namespace {
QByteArray waitFor(QNetworkReply *reply, int *status)
{
    QDeadlineTimer deadline(60'000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QNetworkAccessManager &network()
{
    static QNetworkAccessManager manager;
    return manager;
}
} // namespace

std::optional<BlueskyPds> BlueskyPds::fromEnvironment(QString *why)
{
    const QString path = qEnvironmentVariable("HOLDFAST_TEST_PDS_INFO");
    if (path.isEmpty()) {
        *why = QStringLiteral("HOLDFAST_TEST_PDS_INFO is not set");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    BlueskyPds pds;
    pds.pds = QUrl(info.value(QLatin1String("pdsUrl")).toString());
    pds.plc = QUrl(info.value(QLatin1String("plcUrl")).toString());
    const QJsonObject accounts = info.value(QLatin1String("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        pds.accounts.insert(it.key(), {a.value(QLatin1String("handle")).toString(), a.value(QLatin1String("did")).toString(),
                                       a.value(QLatin1String("password")).toString(),
                                       a.value(QLatin1String("appPassword")).toString()});
    }
    if (!pds.pds.isValid() || !pds.accounts.contains(QStringLiteral("alice"))) {
        *why = QStringLiteral("%1 does not describe a seeded PDS").arg(path);
        return std::nullopt;
    }
    return pds;
}

QUrl BlueskyPds::url(const QString &nsid, const QUrlQuery &query) const
{
    QUrl url = pds;
    url.setPath(QStringLiteral("/xrpc/") + nsid);
    url.setQuery(query);
    return url;
}

QJsonObject BlueskyPds::get(const QString &nsid, const QUrlQuery &query, const QString &token, int *status) const
{
    QNetworkRequest request(url(nsid, query));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return QJsonDocument::fromJson(waitFor(network().get(request), status)).object();
}

QJsonObject BlueskyPds::post(const QString &nsid, const QJsonObject &input, const QString &token, int *status) const
{
    QNetworkRequest request(url(nsid));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return QJsonDocument::fromJson(waitFor(network().post(request, QJsonDocument(input).toJson()), status)).object();
}

QJsonObject BlueskyPds::uploadBlob(const QByteArray &bytes, const QByteArray &mimeType, const QString &token) const
{
    QNetworkRequest request(url(QStringLiteral("com.atproto.repo.uploadBlob")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return QJsonDocument::fromJson(waitFor(network().post(request, bytes), nullptr)).object().value(QLatin1String("blob")).toObject();
}

QByteArray BlueskyPds::getBytes(const QString &nsid, const QUrlQuery &query) const
{
    return waitFor(network().get(QNetworkRequest(url(nsid, query))), nullptr);
}

QList<QJsonObject> BlueskyPds::listAll(const QString &did, const QString &collection) const
{
    QList<QJsonObject> records;
    QString cursor;
    while (true) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("repo"), did);
        query.addQueryItem(QStringLiteral("collection"), collection);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const QJsonObject page = get(QStringLiteral("com.atproto.repo.listRecords"), query);
        const QJsonArray list = page.value(QLatin1String("records")).toArray();
        for (const QJsonValue &value : list)
            records.append(value.toObject());
        cursor = page.value(QLatin1String("cursor")).toString();
        if (list.isEmpty() || cursor.isEmpty())
            return records;
    }
}

QString BlueskyPds::login(const QString &name) const
{
    const Account account = accounts.value(name);
    return post(QStringLiteral("com.atproto.server.createSession"),
                {{QStringLiteral("identifier"), account.did}, {QStringLiteral("password"), account.password}})
        .value(QLatin1String("accessJwt"))
        .toString();
}

} // namespace holdfast::testing
