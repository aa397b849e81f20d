#pragma once
// Internal to the store: what Store.cpp, StoreWriting.cpp and StoreReading.cpp share.

#include "models/store/SqlConnection.h"
#include "models/store/Schema.h"
#include "models/store/Store.h"

#include <QLockFile>

#include <initializer_list>
#include <map>
#include <memory>

namespace holdfast {

struct Store::Private : storedetail::SqlConnection
{
    QString dataDir;        ///< absolute
    QString databasePath;
    int schemaVersion = 0;
    /// Held while a run of this Store is going, so other Stores can tell live runs from
    /// runs of a killed process (see Store::open).
    std::map<qint64, std::unique_ptr<QLockFile>> runLocks;

    QString runLockPath(qint64 runId) const;
    /// Marks runs left "running" whose owner is gone (no live lock) as "interrupted".
    void markInterruptedRuns();
};

namespace storedetail {

/// "a.x, a.y" for `alias` "a", or "x, y" without alias.
QString columnList(std::initializer_list<schema::Name> columns, QLatin1String alias = {});
/// "INSERT INTO t (x, y) VALUES (?, ?)"
QString insertStatement(schema::Name table, std::initializer_list<schema::Name> columns);

QLatin1String directionName(FollowDirection direction);
std::optional<FollowDirection> directionOf(Collection collection);

void ensureAccountExists(SqlConnection &db, qint64 accountId);

// Reading items and people back (StoreReading.cpp). Queries alias items "i" and people "p".
inline constexpr QLatin1String kItemAlias("i");
inline constexpr QLatin1String kPersonAlias("p");
/// Person columns as read by readPerson(), in this order (7 columns).
QString personColumns(QLatin1String alias);
Person readPerson(const Cursor &c, int first);
/// "i.id, ..., p.id, ..." — the columns readItem() reads (items "i", author "p").
const QString &itemColumns();
/// " LEFT JOIN people p ON p.id = i.author_id"
const QString &authorJoin();
/// "SELECT <itemColumns> FROM items i LEFT JOIN people p ..."; callers append the rest.
const QString &itemSelect();
Item readItem(const Cursor &c);
/// Fills `media` and `mediaFiles` of a read item, in attachment order.
void loadMedia(SqlConnection &db, Item &item);
/// The same for many items with one statement (items must have distinct ids).
void loadMedia(SqlConnection &db, QList<Item> &items);
/// A JSON array of ids, for "IN (SELECT value FROM json_each(?))": one cached statement for
/// any number of ids.
QString idArray(const QList<qint64> &ids);
/// Runs a cached statement selecting itemColumns() and reads the items with their media.
QList<Item> readItems(SqlConnection &db, const QString &sql, const QVariantList &values,
                      const char *what);
void writeSyncState(SqlConnection &db, qint64 accountId, Collection collection,
                    const SyncState &state);

/// Media file columns as read by readMediaFile(), in this order (8 columns, media alias "m").
const QString &mediaFileColumns();
MediaFile readMediaFile(const Cursor &c, int first = 0);

/// The media row for `url`, inserted if new (`created` says which).
qint64 ensureMediaRow(SqlConnection &db, const QString &url, bool *created = nullptr);

// Repository snapshots (StoreRepository.cpp).
/// The recorded snapshot files of an account (relative paths), read before it is deleted.
QStringList repoSnapshotPaths(SqlConnection &db, qint64 accountId);
/// Deletes snapshot files and the files sharing their base name; then their directory if empty.
void deleteRepoSnapshotFiles(const QString &dataDir, const QStringList &relativePaths);

} // namespace storedetail
} // namespace holdfast
