#include "models/items/ContactsModel.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace holdfast {

namespace {

constexpr int kPageSize = 200;

QString dateText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)
                        : QString();
}

qint64 dateSortValue(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : qint64(0);
}

bool isMutual(const Contact &contact)
{
    return contact.isActive() && contact.reverse && contact.reverse->isActive();
}

} // namespace

ContactsModel::ContactsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

ContactsModel::~ContactsModel() = default;

void ContactsModel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    restart();
}

void ContactsModel::setFilter(Filter filter)
{
    m_filter = filter;
    restart();
}

void ContactsModel::refresh()
{
    restart();
}

void ContactsModel::restart()
{
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_accountId == 0;
    // The first page inside the reset, so a view shows rows at once.
    if (!m_atEnd)
        m_rows = readNextPage();
    endResetModel();
}

QList<Contact> ContactsModel::readNextPage()
{
    ContactPageQuery query;
    query.accountId = m_accountId;
    query.filter = m_filter;
    query.limit = kPageSize;
    if (!m_rows.isEmpty()) {
        query.afterSortAt = contactPageSortTime(m_rows.constLast(), m_filter);
        query.afterPersonId = m_rows.constLast().person.id;
    }
    const QList<Contact> page = m_store.contactPage(query);
    if (page.size() < kPageSize)
        m_atEnd = true;
    return page;
}

int ContactsModel::totalCount() const
{
    return m_accountId != 0 ? m_store.contactCount(m_accountId, m_filter) : 0;
}

Contact ContactsModel::contact(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Contact();
}

QString ContactsModel::relationText(const Contact &contact)
{
    const bool follower = contact.direction == FollowDirection::Follower;
    // The two directions, whichever one the row describes.
    const std::optional<FollowSpan> own = FollowSpan{contact.firstSeen, contact.unfollowedAt};
    const std::optional<FollowSpan> &followerSpan = follower ? own : contact.reverse;
    const std::optional<FollowSpan> &followingSpan = follower ? contact.reverse : own;
    const bool followsYou = followerSpan && followerSpan->isActive();
    const bool youFollow = followingSpan && followingSpan->isActive();
    const bool unfollowedYou = followerSpan && !followerSpan->isActive();
    const bool youUnfollowed = followingSpan && !followingSpan->isActive();

    if (followsYou && youFollow)
        return tr("mutual");
    if (followsYou)
        return youUnfollowed ? tr("follows you (you unfollowed)") : tr("follows you");
    if (youFollow)
        return unfollowedYou ? tr("you follow (unfollowed you)") : tr("you follow");
    if (unfollowedYou)
        return youUnfollowed ? tr("unfollowed each other") : tr("unfollowed you");
    if (youUnfollowed)
        return tr("you unfollowed");
    return {};
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::displayValue(const Contact &contact, int column) const
{
    switch (column) {
    case DisplayName:
        return contact.person.displayName.isEmpty() ? contact.person.handle
                                                    : contact.person.displayName;
    case Handle:
        return contact.person.handle;
    case Relation:
        return relationText(contact);
    case Since:
        return dateText(contact.firstSeen);
    case UnfollowedAt:
        return dateText(contact.unfollowedAt);
    default:
        return {};
    }
}

QVariant ContactsModel::sortValue(const Contact &contact, int column) const
{
    switch (column) {
    case DisplayName:
    case Handle:
    case Relation:
        return displayValue(contact, column);
    case Since:
        return dateSortValue(contact.firstSeen);
    case UnfollowedAt:
        return dateSortValue(contact.unfollowedAt);
    default:
        return {};
    }
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(contact, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Since || index.column() == UnfollowedAt) {
            const QDateTime &at =
                index.column() == Since ? contact.firstSeen : contact.unfollowedAt;
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat)
                                : QVariant();
        }
        return contact.person.handle;
    case PersonIdRole:
        return contact.person.id;
    case HandleRole:
        return contact.person.handle;
    case ProfileUrlRole:
        return contact.person.url;
    case ActiveRole:
        return contact.isActive();
    case MutualRole:
        return isMutual(contact);
    case SortRole:
        return sortValue(contact, index.column());
    default:
        return {};
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Name");
    case Handle:
        return tr("Handle");
    case Relation:
        return tr("Relation");
    case Since:
        return tr("Since");
    case UnfollowedAt:
        return tr("Unfollowed");
    default:
        return {};
    }
}

bool ContactsModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is being announced (see TimelineModel::canFetchMore).
    return !parent.isValid() && !m_announcing && !m_atEnd;
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Contact> page = readNextPage();
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QHash<int, QByteArray> ContactsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(HandleRole, "handle");
    names.insert(ProfileUrlRole, "profileUrl");
    names.insert(ActiveRole, "active");
    names.insert(MutualRole, "mutual");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace holdfast
