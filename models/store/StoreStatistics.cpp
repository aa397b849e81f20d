// Store: how the archive's bytes on disk divide up (benchmarks, diagnostics).

#include "models/store/Store.h"

#include "models/store/StorePrivate.h"

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kItems;
using schema::kItemsFts;
using schema::kItemVersions;
using schema::kPeople;

Result<StorageUsage> Store::storageUsage() const
{
    // dbstat (compiled into Debian's SQLite) sizes every table and index by its pages; the
    // search index is the FTS5 table with its shadow tables (items_fts_data, _idx, ...).
    static const QString totalSql =
        u"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"_s;
    static const QString searchSql =
        u"SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = ? OR name GLOB ?"_s;
    auto rawJsonSql = [](schema::Name table, schema::Name column) {
        return u"SELECT COALESCE(SUM(LENGTH(CAST(%1 AS BLOB))), 0) FROM %2"_s.arg(column, table);
    };
    try {
        StorageUsage usage;
        {
            Cursor c = d->exec(totalSql, {}, "measure the database");
            if (c.next())
                usage.databaseBytes = c.int64(0);
        }
        {
            const QString table = kItemsFts.table;
            Cursor c = d->exec(searchSql, {QVariant(table), QVariant(table + u"_*"_s)},
                               "measure the search index");
            if (c.next())
                usage.searchIndexBytes = c.int64(0);
        }
        for (const QString &sql : {rawJsonSql(kItems.table, kItems.rawJson),
                                   rawJsonSql(kItemVersions.table, kItemVersions.rawJson),
                                   rawJsonSql(kPeople.table, kPeople.rawJson)}) {
            Cursor c = d->exec(sql, {}, "measure raw JSON");
            if (c.next())
                usage.rawJsonBytes += c.int64(0);
        }
        {
            static const QString countSql = u"SELECT COUNT(*) FROM %1"_s.arg(kItems.table);
            Cursor c = d->exec(countSql, {}, "count items");
            if (c.next())
                usage.items = c.int64(0);
        }
        return usage;
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not measure the archive's size"));
    }
}

} // namespace holdfast
