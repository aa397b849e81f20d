#include "models/items/TimelineModel.h"

#include "models/items/ItemFeed.h"
#include "models/items/ItemRoles.h"
#include "models/store/Store.h"

#include <QScopedValueRollback>

namespace holdfast {

namespace {
/// rowOfPlatformId() loads at most this many rows looking for an item.
constexpr int kMaxSearchRows = 50000;
} // namespace

TimelineModel::TimelineModel(Store &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_feed(std::make_unique<ItemFeed>(store))
{
    // The feed owns the rows; the model only relays its row signals.
    connect(m_feed.get(), &ItemFeed::aboutToReset, this, [this] {
        const QScopedValueRollback announcing(m_announcing, true);
        beginResetModel();
    });
    connect(m_feed.get(), &ItemFeed::resetDone, this, [this] {
        const QScopedValueRollback announcing(m_announcing, true);
        endResetModel();
    });
    connect(m_feed.get(), &ItemFeed::aboutToInsertRows, this,
            [this](int first, int last) {
                const QScopedValueRollback announcing(m_announcing, true);
                beginInsertRows({}, first, last);
            });
    connect(m_feed.get(), &ItemFeed::rowsInserted, this, [this] {
        const QScopedValueRollback announcing(m_announcing, true);
        endInsertRows();
    });
    connect(m_feed.get(), &ItemFeed::rowsChanged, this,
            [this](int first, int last) { emit dataChanged(index(first), index(last)); });
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setSource(qint64 accountId, Collection collection)
{
    m_feed->setSource(accountId, collection);
}

void TimelineModel::clear()
{
    m_feed->setSource(0, std::nullopt);
}

qint64 TimelineModel::accountId() const
{
    return m_feed->accountId();
}

Collection TimelineModel::collection() const
{
    return m_feed->collection().value_or(Collection::Posts);
}

int TimelineModel::refreshNewer()
{
    return m_feed->fetchNewer();
}

Item TimelineModel::item(int row) const
{
    const Item *item = m_feed->itemAt(row);
    return item ? *item : Item();
}

int TimelineModel::rowOfPlatformId(const QString &platformId) const
{
    return m_feed->findPlatformId(platformId, kMaxSearchRows);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_feed->count();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ItemIdRole) // known without reading the item
        return m_feed->itemIdAt(index.row());
    const Item *item = m_feed->itemAt(index.row());
    if (!item)
        return {};
    return itemroles::data(*item, m_feed->accountId(), role,
                           m_feed->boostedOriginalAt(index.row()));
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is being announced: listeners (Qt's model checker, some views) ask
    // for more from inside rowsAboutToBeInserted/rowsInserted/modelReset, and a nested insert
    // would break the begin/end pairing they are still in. They ask again afterwards.
    return !parent.isValid() && !m_announcing && m_feed->canFetchOlder();
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_feed->fetchOlder();
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return itemroles::roleNames();
}

} // namespace holdfast
