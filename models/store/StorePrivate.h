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
void writeSyncState(SqlConnection &db, qint64 accountId, Collection collection,
                    const SyncState &state);

} // namespace storedetail
} // namespace holdfast
