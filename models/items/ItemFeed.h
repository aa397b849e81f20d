#pragma once

#include "models/domain/Collection.h"
#include "models/domain/Item.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <limits>
#include <memory>
#include <optional>

namespace holdfast {

class Store;

/**
 * The paging and caching window over one collection's items, newest first; the data side of
 * TimelineModel (which only relays the row signals below).
 *
 * Memory: for every row fetched so far the feed keeps only its key (store id and creation
 * time, 16 bytes); full Items live in a small LRU cache of blocks (by default 8 blocks of 200
 * items). itemAt() of an evicted row re-reads its whole block by store ids, so scrolling to
 * the end of a million items holds about 16 MB of keys and 1,600 items, not a million items.
 *
 * fetchOlder() appends the next page by keyset (strictly older than the last row);
 * fetchNewer() prepends what was stored since the newest row and reports rows of cached items
 * that were edited or deleted meanwhile. Items that a later backup stores *between* rows
 * already shown (closing a gap) appear only after setSource() again.
 */
class ItemFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemFeed)

public:
    explicit ItemFeed(Store &store, QObject *parent = nullptr);
    ~ItemFeed() override;

    /// Page size and how many blocks of full items stay cached (at least 2).
    void setPageSize(int rows);
    void setCachedBlocks(int blocks);
    int pageSize() const { return m_pageSize; }

    /// Starts over on `collection` of `accountId` (nullopt = every item of the account) with its
    /// first page; accountId 0 = nothing. Emits aboutToReset()/resetDone().
    void setSource(qint64 accountId, std::optional<Collection> collection);
    qint64 accountId() const { return m_accountId; }
    std::optional<Collection> collection() const { return m_collection; }

    int count() const { return int(m_keys.size()); }
    bool canFetchOlder() const { return m_accountId != 0 && !m_atEnd; }
    /// Appends the next page of older items. Returns how many rows were added.
    int fetchOlder();
    /// Prepends items newer than the first row and re-checks cached rows for edits and
    /// deletions. Returns how many rows were inserted at the top. With more than 10,000 new
    /// items it starts over instead (a reset) and returns 0.
    int fetchNewer();

    /// The item of `row`, loading its block if it was evicted; nullptr for an invalid row or
    /// if the store cannot read it. The pointer is valid until the next call into the feed.
    const Item *itemAt(int row);
    qint64 itemIdAt(int row) const;
    /// For a boost whose item itemAt(row) returned: the boosted post, if stored; else nullptr.
    /// Valid as long as that item pointer.
    const Item *boostedOriginalAt(int row) const;
    /// The row of a stored item (by id and creation time); -1 if not among the fetched rows.
    int rowOf(qint64 itemId, const QDateTime &createdAt) const;
    /// The row of the item with `platformId`, fetching older pages until it shows up or
    /// `maxRows` rows are loaded; -1 if it is not in the collection or further down.
    int findPlatformId(const QString &platformId, int maxRows);

    /// Number of full items held (for tests of the memory bound).
    int cachedItemCount() const { return int(m_cache.size()); }

signals:
    void aboutToReset();
    void resetDone();
    void aboutToInsertRows(int first, int last);
    void rowsInserted();
    void rowsChanged(int first, int last);

private:
    /// A row's place in the order, 16 bytes. Without a creation time createdAtMs is the
    /// smallest value, so such items sort last, as in the store.
    struct Key
    {
        qint64 id = 0;
        qint64 createdAtMs = std::numeric_limits<qint64>::min();
        bool hasCreatedAt() const { return createdAtMs != std::numeric_limits<qint64>::min(); }
    };
    static Key keyOf(qint64 id, const QDateTime &createdAt);
    struct CacheEntry
    {
        Item item;
        quint64 block = 0;
        std::shared_ptr<const Item> boostedOriginal; ///< for boosts: what they boosted
    };
    static Key keyOf(const Item &item);
    static bool isOlder(const Key &a, const Key &b); ///< a comes after b in the list
    QList<Item> readOlderPage();
    void appendPage(const QList<Item> &page);
    void appendOlderPage(); ///< without row signals (inside a reset)
    void cacheBlock(const QList<Item> &items);
    void touch(quint64 block);
    void evict();
    void loadBlockAround(int row);

    Store &m_store;
    qint64 m_accountId = 0;
    std::optional<Collection> m_collection;
    int m_pageSize = 200;
    int m_cachedBlocks = 8;
    bool m_atEnd = true;

    QList<Key> m_keys;                      ///< every fetched row, newest first
    QHash<qint64, CacheEntry> m_cache;      ///< full items by store id
    QHash<quint64, quint64> m_blockUse;     ///< block -> last use (a counter)
    quint64 m_nextBlock = 1;
    quint64 m_useCounter = 0;
};

} // namespace holdfast
