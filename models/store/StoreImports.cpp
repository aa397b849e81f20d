// Store: the few writes that importing a platform's data-export archive needs beyond pages.

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kItems;
using schema::kMedia;

Result<int> Store::markItemsDeletedAt(qint64 accountId,
                                      const QList<std::pair<QString, QDateTime>> &deletions)
{
    // A deletion Holdfast noticed earlier (or an earlier import) keeps its date.
    static const QString sql =
        u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4 = ? AND %2 IS NULL"_s.arg(
            kItems.table, kItems.deletedAt, kItems.accountId, kItems.platformId);
    int marked = 0;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        for (const auto &[platformId, when] : deletions) {
            const QVariant at =
                dateValue(when.isValid() ? when : QDateTime::currentDateTimeUtc());
            marked += d->exec(sql, {at, accountId, platformId}, "mark item deleted")
                          .rowsAffected();
        }
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(
            tr("Could not mark deleted items of account %1").arg(accountId));
    }
    return marked;
}

Result<bool> Store::recordImportedMedia(const QString &remoteUrl, const QString &sha256,
                                        const QString &localPath, const QString &mimeType,
                                        qint64 size)
{
    if (sha256.isEmpty() || localPath.isEmpty() || QDir::isAbsolutePath(localPath)
        || QDir::cleanPath(localPath).startsWith(u".."_s))
        return makeError(Error::Code::InvalidInput,
                         tr("An imported media file needs its SHA-256 and a path inside the "
                            "data directory (got \"%1\")")
                             .arg(localPath));
    static const QString sql =
        u"UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = NULL, %7 = ?"
        " WHERE %8 = ? AND %2 IS NULL"_s.arg(kMedia.table, kMedia.sha256, kMedia.localPath,
                                             kMedia.mimeType, kMedia.size, kMedia.lastError,
                                             kMedia.downloadedAt, kMedia.remoteUrl);
    try {
        const int updated = d->exec(sql,
                                    {sha256, QDir::cleanPath(localPath), mimeType, size,
                                     QDateTime::currentMSecsSinceEpoch(), remoteUrl},
                                    "record imported media")
                                .rowsAffected();
        return updated > 0;
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not record imported media %1").arg(remoteUrl));
    }
}

} // namespace holdfast
