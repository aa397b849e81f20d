// Store: the few writes that importing a platform's data-export archive needs beyond pages.

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kAccounts;
using schema::kItems;
using schema::kItemsFts;
using schema::kItemVersions;
using schema::kMedia;
using schema::kMemberships;
using schema::kPeople;

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

QHash<QString, QString> Store::itemIdsByUri(qint64 accountId, const QSet<QString> &uris) const
{
    QHash<QString, QString> found;
    if (uris.isEmpty())
        return found;
    // raw_json is a BLOB (json_extract refuses those in SQLite < 3.45) and may be anything a
    // platform sent, so it is read as text and checked before extracting; instr() skips the
    // items that have no "uri" member at all without parsing them.
    static const QString sql =
        u"SELECT %1, json_extract(j, '$.uri') FROM (SELECT %1, CAST(%2 AS TEXT) AS j FROM %3"
        " WHERE %4 = ? AND instr(%2, '\"uri\"') > 0) WHERE json_valid(j)"_s.arg(
            kItems.platformId, kItems.rawJson, kItems.table, kItems.accountId);
    try {
        Cursor cursor = d->exec(sql, {accountId}, "look up items by URI");
        while (cursor.next()) {
            const QString uri = cursor.text(1);
            const QString platformId = cursor.text(0);
            if (!uri.isEmpty() && uri != platformId && uris.contains(uri))
                found.insert(uri, platformId);
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not look up items by URI:" << failure.error.message;
    }
    return found;
}

Result<int> Store::relinkReferencesByUri(qint64 accountId,
                                         const QHash<QString, QString> &uriToPlatformId)
{
    if (uriToPlatformId.isEmpty())
        return 0;
    // The pairs travel as one JSON object, so each column is rewritten by one statement.
    static const QString relinkReplies =
        u"UPDATE %1 SET %2 = (SELECT value FROM json_each(?) WHERE key = %1.%2)"
        " WHERE %3 = ? AND %2 IN (SELECT key FROM json_each(?))"_s.arg(
            kItems.table, kItems.inReplyToId, kItems.accountId);
    static const QString relinkBoosts =
        u"UPDATE %1 SET %2 = (SELECT value FROM json_each(?) WHERE key = %1.%2)"
        " WHERE %3 = ? AND %2 IN (SELECT key FROM json_each(?))"_s.arg(
            kItems.table, kItems.boostOfId, kItems.accountId);
    QJsonObject map;
    for (auto it = uriToPlatformId.cbegin(); it != uriToPlatformId.cend(); ++it)
        map.insert(it.key(), it.value());
    const QString pairs = QString::fromUtf8(QJsonDocument(map).toJson(QJsonDocument::Compact));
    try {
        SqlConnection::Transaction transaction(*d);
        int changed = d->exec(relinkReplies, {pairs, accountId, pairs}, "relink replies").rowsAffected();
        changed += d->exec(relinkBoosts, {pairs, accountId, pairs}, "relink boosts").rowsAffected();
        transaction.commit();
        return changed;
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not link imported items to stored ones"));
    }
}

Result<int> Store::mergeItemsKnownByUri(qint64 accountId,
                                        const QList<std::pair<QString, QString>> &uriToPlatformId)
{
    static const QString findItem = u"SELECT %1, %2 FROM %3 WHERE %4 = ? AND %5 = ?"_s.arg(
        kItems.id, kItems.createdAt, kItems.table, kItems.accountId, kItems.platformId);
    static const QString rekey =
        u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(kItems.table, kItems.platformId, kItems.id);
    // The archive may have noticed a membership first: keep the earlier date.
    static const QString keepFirstSeen =
        u"UPDATE %1 SET %2 = min(%2, coalesce((SELECT o.%2 FROM %1 o WHERE o.%3 = ? AND"
        " o.%4 = %1.%4 AND o.%5 = %1.%5), %2)) WHERE %3 = ?"_s.arg(
            kMemberships.table, kMemberships.firstSeenAt, kMemberships.itemId,
            kMemberships.accountId, kMemberships.collection);
    static const QString moveMemberships =
        u"UPDATE OR IGNORE %1 SET %2 = ?, %3 = ? WHERE %2 = ?"_s.arg(
            kMemberships.table, kMemberships.itemId, kMemberships.createdAt);
    static const QString moveVersions = u"UPDATE %1 SET %2 = ? WHERE %2 = ?"_s.arg(
        kItemVersions.table, kItemVersions.itemId);
    static const QString deleteIndex =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kItemsFts.table, kItemsFts.rowid);
    // Memberships left behind duplicate the target's and go with the item (ON DELETE CASCADE).
    static const QString deleteItem =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kItems.table, kItems.id);
    static const QString rewriteReplies = u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 = ?"_s.arg(
        kItems.table, kItems.inReplyToId, kItems.accountId);
    static const QString rewriteBoosts = u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 = ?"_s.arg(
        kItems.table, kItems.boostOfId, kItems.accountId);

    int merged = 0;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        for (const auto &[uri, platformId] : uriToPlatformId) {
            if (uri.isEmpty() || platformId.isEmpty() || uri == platformId)
                continue;
            qint64 copyId = 0;
            {
                Cursor cursor = d->exec(findItem, {accountId, uri}, "look up item by URI");
                if (!cursor.next())
                    continue;
                copyId = cursor.int64(0);
            }
            std::optional<std::pair<qint64, QVariant>> target;
            {
                Cursor cursor = d->exec(findItem, {accountId, platformId}, "look up item");
                if (cursor.next())
                    target = {cursor.int64(0), cursor.value(1)};
            }
            if (!target) {
                d->exec(rekey, {platformId, copyId}, "re-key item");
            } else {
                d->exec(keepFirstSeen, {copyId, target->first}, "keep first-seen dates");
                d->exec(moveMemberships, {target->first, target->second, copyId}, "move memberships");
                d->exec(moveVersions, {target->first, copyId}, "move item versions");
                d->exec(deleteIndex, {copyId}, "delete search index entry");
                d->exec(deleteItem, {copyId}, "delete merged item");
            }
            d->exec(rewriteReplies, {platformId, accountId, uri}, "rewrite replies");
            d->exec(rewriteBoosts, {platformId, accountId, uri}, "rewrite boosts");
            ++merged;
        }
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not merge items of account %1").arg(accountId));
    }
    return merged;
}

Result<Account> Store::changeAccountUserId(qint64 accountId, const QString &platformUserId)
{
    static const QString readAccount = u"SELECT %1, %2, %3 FROM %4 WHERE %5 = ?"_s.arg(
        kAccounts.platform, kAccounts.server, kAccounts.platformUserId, kAccounts.table,
        kAccounts.id);
    static const QString taken =
        u"SELECT 1 FROM %1 WHERE %2 = ? AND %3 = ? AND %4 = ? AND %5 <> ?"_s.arg(
            kAccounts.table, kAccounts.platform, kAccounts.server, kAccounts.platformUserId,
            kAccounts.id);
    static const QString updateAccount = u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(
        kAccounts.table, kAccounts.platformUserId, kAccounts.id);
    static const QString findPerson = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        kPeople.id, kPeople.table, kPeople.accountId, kPeople.platformId);
    static const QString rekeyPerson =
        u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(kPeople.table, kPeople.platformId, kPeople.id);
    static const QString moveAuthorship =
        u"UPDATE %1 SET %2 = ? WHERE %2 = ?"_s.arg(kItems.table, kItems.authorId);
    static const QString deletePerson =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kPeople.table, kPeople.id);

    if (platformUserId.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("An account needs a user id"));
    try {
        SqlConnection::Transaction transaction(*d);
        QString oldUserId;
        {
            Cursor cursor = d->exec(readAccount, {accountId}, "look up account");
            if (!cursor.next())
                throwNotFound(tr("There is no account %1 in the archive").arg(accountId));
            Cursor check = d->exec(taken, {cursor.text(0), cursor.text(1), platformUserId, accountId},
                                   "look up user id");
            if (check.next())
                return makeError(Error::Code::InvalidInput,
                                 tr("Another account already has the user id %1").arg(platformUserId));
            oldUserId = cursor.text(2);
        }
        if (oldUserId != platformUserId) {
            d->exec(updateAccount, {platformUserId, accountId}, "change account user id");
            std::optional<qint64> oldPerson;
            std::optional<qint64> newPerson;
            {
                Cursor cursor = d->exec(findPerson, {accountId, oldUserId}, "look up person");
                if (cursor.next())
                    oldPerson = cursor.int64(0);
            }
            {
                Cursor cursor = d->exec(findPerson, {accountId, platformUserId}, "look up person");
                if (cursor.next())
                    newPerson = cursor.int64(0);
            }
            if (oldPerson && !newPerson) {
                d->exec(rekeyPerson, {platformUserId, *oldPerson}, "re-key person");
            } else if (oldPerson && newPerson) {
                d->exec(moveAuthorship, {*newPerson, *oldPerson}, "move authorship");
                d->exec(deletePerson, {*oldPerson}, "delete merged person");
            }
        }
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not change the user id of account %1").arg(accountId));
    }
    auto changed = account(accountId);
    if (!changed)
        return makeError(Error::Code::NotFound, tr("There is no account %1 in the archive").arg(accountId));
    return *changed;
}

} // namespace holdfast
