#include "models/items/ItemFeed.h"

#include "models/store/Store.h"

#include <algorithm>

namespace holdfast {

namespace {

/// fetchNewer() inserts at most this many rows; with more new items than that (the store
/// returns the newest ones) a gap would remain, so the feed starts over instead.
constexpr int kMaxNewerRows = 10000;

} // namespace

ItemFeed::ItemFeed(Store &store, QObject *parent) : QObject(parent), m_store(store) {}

ItemFeed::~ItemFeed() = default;

void ItemFeed::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 10000);
}

void ItemFeed::setCachedBlocks(int blocks)
{
    m_cachedBlocks = std::max(2, blocks);
    evict();
}

void ItemFeed::setSource(qint64 accountId, std::optional<Collection> collection)
{
    emit aboutToReset();
    m_accountId = accountId;
    m_collection = collection;
    if (collection && isContactCollection(*collection))
        m_accountId = 0; // people, not items: nothing to page
    m_atEnd = m_accountId == 0;
    m_keys.clear();
    m_cache.clear();
    m_blockUse.clear();
    // The first page inside the reset: a view shows rows at once, with one signal.
    appendOlderPage();
    emit resetDone();
}

ItemFeed::Key ItemFeed::keyOf(qint64 id, const QDateTime &createdAt)
{
    Key key;
    key.id = id;
    if (createdAt.isValid())
        key.createdAtMs = createdAt.toMSecsSinceEpoch();
    return key;
}

ItemFeed::Key ItemFeed::keyOf(const Item &item)
{
    return keyOf(item.id, item.createdAt);
}

bool ItemFeed::isOlder(const Key &a, const Key &b)
{
    static_assert(sizeof(Key) == 16, "a million rows should cost 16 MB of keys");
    // The store's order is (createdAt DESC, id DESC) with items without createdAt last.
    return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
}

int ItemFeed::fetchOlder()
{
    if (!canFetchOlder())
        return 0;
    const QList<Item> page = readOlderPage();
    if (page.isEmpty())
        return 0;
    const int first = int(m_keys.size());
    emit aboutToInsertRows(first, first + int(page.size()) - 1);
    appendPage(page);
    emit rowsInserted();
    return int(page.size());
}

void ItemFeed::appendOlderPage()
{
    if (canFetchOlder())
        appendPage(readOlderPage());
}

void ItemFeed::appendPage(const QList<Item> &page)
{
    for (const Item &item : page)
        m_keys.append(keyOf(item));
    cacheBlock(page);
}

QList<Item> ItemFeed::readOlderPage()
{
    ItemPageQuery query;
    query.accountId = m_accountId;
    query.collection = m_collection;
    query.limit = m_pageSize;
    if (!m_keys.isEmpty()) {
        const Key &last = m_keys.constLast();
        query.beforeItemId = last.id;
        if (last.hasCreatedAt())
            query.beforeCreatedAt = QDateTime::fromMSecsSinceEpoch(last.createdAtMs, Qt::UTC);
    }
    const QList<Item> page = m_store.itemPage(query);
    if (page.size() < m_pageSize)
        m_atEnd = true;
    return page;
}

int ItemFeed::fetchNewer()
{
    if (m_accountId == 0)
        return 0;
    if (m_keys.isEmpty()) {
        // Nothing shown yet (empty collection, or never fetched): the first page is "newer".
        m_atEnd = false;
        return fetchOlder();
    }

    int inserted = 0;
    const Key newest = m_keys.constFirst();
    if (newest.hasCreatedAt()) {
        ItemPageQuery query;
        query.accountId = m_accountId;
        query.collection = m_collection;
        query.afterCreatedAt = QDateTime::fromMSecsSinceEpoch(newest.createdAtMs, Qt::UTC);
        query.afterItemId = newest.id;
        query.limit = kMaxNewerRows;
        const QList<Item> page = m_store.itemPage(query); // newest first, all above `newest`
        if (page.size() >= kMaxNewerRows) {
            setSource(m_accountId, m_collection); // a reset: the rows are all new anyway
            return 0;
        }
        if (!page.isEmpty()) {
            emit aboutToInsertRows(0, int(page.size()) - 1);
            QList<Key> keys;
            keys.reserve(page.size() + m_keys.size());
            for (const Item &item : page)
                keys.append(keyOf(item));
            keys.append(m_keys);
            m_keys = std::move(keys);
            // Cached in blocks of a page, as if they had been fetched page by page.
            for (qsizetype start = 0; start < page.size(); start += m_pageSize)
                cacheBlock(page.mid(start, m_pageSize));
            emit rowsInserted();
            inserted = int(page.size());
        }
    }

    // Edits and deletions of the rows whose items are cached (those a view has shown lately);
    // rows not cached are read fresh when shown anyway.
    QList<qint64> cachedIds = m_cache.keys();
    if (cachedIds.isEmpty())
        return inserted;
    const QList<ItemStamp> stamps = m_store.itemStamps(cachedIds);
    QList<qint64> changed;
    for (const ItemStamp &stamp : stamps) {
        const Item &cached = m_cache.value(stamp.id).item;
        if (cached.deletedAt != stamp.deletedAt || cached.editedAt != stamp.editedAt
            || cached.capturedAt != stamp.capturedAt)
            changed.append(stamp.id);
    }
    if (changed.isEmpty())
        return inserted;
    const QList<Item> fresh = m_store.itemsByIds(changed);
    QList<int> rows;
    for (const Item &item : fresh) {
        auto it = m_cache.find(item.id);
        if (it == m_cache.end())
            continue;
        it->item = item;
        const int row = rowOf(item.id, item.createdAt);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    // One signal per run of adjacent rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit rowsChanged(rows.at(i), rows.at(j));
        i = j + 1;
    }
    return inserted;
}

const Item *ItemFeed::itemAt(int row)
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const qint64 id = m_keys.at(row).id;
    auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd()) {
        loadBlockAround(row);
        it = m_cache.constFind(id);
        if (it == m_cache.constEnd())
            return nullptr;
    }
    touch(it->block);
    return &it->item;
}

qint64 ItemFeed::itemIdAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row).id : 0;
}

const Item *ItemFeed::boostedOriginalAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const auto it = m_cache.constFind(m_keys.at(row).id);
    return it == m_cache.constEnd() ? nullptr : it->boostedOriginal.get();
}

int ItemFeed::rowOf(qint64 itemId, const QDateTime &createdAt) const
{
    const Key wanted = keyOf(itemId, createdAt);
    // Rows are sorted newest first: the first row not newer than `wanted`.
    const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), wanted,
                                     [](const Key &row, const Key &key) {
                                         return isOlder(key, row);
                                     });
    if (it == m_keys.cend() || it->id != itemId)
        return -1;
    return int(it - m_keys.cbegin());
}

int ItemFeed::findPlatformId(const QString &platformId, int maxRows)
{
    if (m_accountId == 0 || platformId.isEmpty())
        return -1;
    const std::optional<Item> stored = m_store.item(m_accountId, platformId);
    if (!stored)
        return -1;
    const Key wanted = keyOf(*stored);
    for (;;) {
        const int row = rowOf(stored->id, stored->createdAt);
        if (row >= 0)
            return row;
        // Not fetched yet only if it is older than the last row; otherwise not a member.
        if (!m_keys.isEmpty() && !isOlder(wanted, m_keys.constLast()))
            return -1;
        if (!canFetchOlder() || count() >= maxRows || fetchOlder() == 0)
            return -1;
    }
}

void ItemFeed::loadBlockAround(int row)
{
    // The page-aligned block of rows around `row`, minus what is cached already.
    const int first = row - row % m_pageSize;
    const int last = std::min(int(m_keys.size()), first + m_pageSize) - 1;
    QList<qint64> ids;
    ids.reserve(last - first + 1);
    for (int r = first; r <= last; ++r)
        if (!m_cache.contains(m_keys.at(r).id))
            ids.append(m_keys.at(r).id);
    if (!ids.contains(m_keys.at(row).id))
        ids.append(m_keys.at(row).id);
    cacheBlock(m_store.itemsByIds(ids));
}

void ItemFeed::cacheBlock(const QList<Item> &items)
{
    if (items.isEmpty())
        return;
    // A boost has no text of its own: read what the block's boosts boosted, in one go.
    QStringList boosted;
    for (const Item &item : items)
        if (item.kind == ItemKind::Boost && !item.boostOfId.isEmpty())
            boosted.append(item.boostOfId);
    QHash<QString, std::shared_ptr<const Item>> originals;
    for (Item &original : m_store.itemsByPlatformIds(m_accountId, boosted)) {
        const QString platformId = original.platformId;
        originals.insert(platformId, std::make_shared<const Item>(std::move(original)));
    }

    const quint64 block = m_nextBlock++;
    for (const Item &item : items)
        m_cache.insert(item.id, CacheEntry{item, block,
                                           item.kind == ItemKind::Boost
                                               ? originals.value(item.boostOfId)
                                               : nullptr});
    touch(block);
    evict();
}

void ItemFeed::touch(quint64 block)
{
    m_blockUse.insert(block, ++m_useCounter);
}

void ItemFeed::evict()
{
    while (m_blockUse.size() > m_cachedBlocks) {
        auto oldest = m_blockUse.cbegin();
        for (auto it = m_blockUse.cbegin(); it != m_blockUse.cend(); ++it)
            if (it.value() < oldest.value())
                oldest = it;
        const quint64 block = oldest.key();
        m_blockUse.erase(oldest);
        m_cache.removeIf([block](const auto &entry) { return entry.value().block == block; });
    }
}

} // namespace holdfast
