#include "models/items/AccountsModel.h"

#include "models/store/Store.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace holdfast {

// Index layout: account rows have internalId 0; collection rows carry their account's store
// id (never 0), which stays right when account rows move, unlike a row number.

AccountsModel::AccountsModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{
    reload();
}

AccountsModel::~AccountsModel() = default;

QList<Collection> AccountsModel::shownCollections()
{
    return {Collection::Posts,      Collection::Mentions,  Collection::Messages,
            Collection::Favourites, Collection::Bookmarks, Collection::Followers,
            Collection::Following};
}

QString AccountsModel::collectionTitle(Collection collection)
{
    switch (collection) {
    case Collection::Posts:
        return tr("Timeline");
    case Collection::Mentions:
        return tr("Mentions");
    case Collection::Messages:
        return tr("Conversations");
    case Collection::Favourites:
        return tr("Favourites");
    case Collection::Bookmarks:
        return tr("Bookmarks");
    case Collection::Followers:
        return tr("Followers");
    case Collection::Following:
        return tr("Following");
    }
    return {};
}

AccountsModel::Node AccountsModel::readNode(const Account &account) const
{
    Node node;
    node.account = account;
    node.counts = m_store.collectionCounts(account.id);
    node.itemCount = m_store.itemCount(account.id);
    return node;
}

void AccountsModel::reload()
{
    const QList<Account> accounts = m_store.accounts();
    QSet<qint64> wanted;
    for (const Account &account : accounts)
        wanted.insert(account.id);

    // Accounts that are gone: removed row by row (from the end, so rows stay valid).
    for (int row = int(m_nodes.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_nodes.at(row).account.id))
            continue;
        beginRemoveRows({}, row, row);
        m_nodes.removeAt(row);
        endRemoveRows();
    }

    // The store lists accounts by id, so known ones keep their relative order and new ones
    // (higher ids) come after them, except after an id was reused; insert where they belong.
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        const int row = rowOfAccount(account.id);
        if (row < 0) {
            const int at = std::min(i, int(m_nodes.size()));
            beginInsertRows({}, at, at);
            m_nodes.insert(at, readNode(account));
            endInsertRows();
            continue;
        }
        Node fresh = readNode(account);
        Node &node = m_nodes[row];
        const bool accountChanged =
            fresh.account.handle != node.account.handle
            || fresh.account.displayName != node.account.displayName
            || fresh.account.lastBackupAt != node.account.lastBackupAt
            || fresh.account.lastBackupOutcome != node.account.lastBackupOutcome
            || fresh.account.lastBackupError != node.account.lastBackupError
            || fresh.account.platform != node.account.platform
            || fresh.itemCount != node.itemCount;
        const bool countsChanged = fresh.counts != node.counts;
        node = std::move(fresh);
        if (accountChanged) {
            const QModelIndex changed = index(row, 0);
            emit dataChanged(changed, changed);
        }
        if (countsChanged || accountChanged) {
            // Children show handle and last-backup roles too; one range covers them all.
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, 0, parent),
                             index(int(shownCollections().size()) - 1, 0, parent));
        }
    }
}

int AccountsModel::rowOfAccount(qint64 accountId) const
{
    for (int row = 0; row < m_nodes.size(); ++row)
        if (m_nodes.at(row).account.id == accountId)
            return row;
    return -1;
}

QModelIndex AccountsModel::indexOfAccount(qint64 accountId) const
{
    const int row = rowOfAccount(accountId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex AccountsModel::indexOfCollection(qint64 accountId, Collection collection) const
{
    const QModelIndex parent = indexOfAccount(accountId);
    const int row = int(shownCollections().indexOf(collection));
    if (!parent.isValid() || row < 0)
        return {};
    return index(row, 0, parent);
}

std::optional<Account> AccountsModel::account(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const int row = index.internalId() == 0 ? index.row()
                                            : rowOfAccount(qint64(index.internalId()));
    if (row < 0 || row >= m_nodes.size())
        return std::nullopt;
    return m_nodes.at(row).account;
}

QModelIndex AccountsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_nodes.at(parent.row()).account.id));
}

QModelIndex AccountsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfAccount(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(shownCollections().size());
    return 0;
}

int AccountsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags AccountsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isAccount = index.internalId() == 0;
    const int accountRow = isAccount ? index.row() : rowOfAccount(qint64(index.internalId()));
    if (accountRow < 0)
        return {};
    const Node &node = m_nodes.at(accountRow);
    const Account &account = node.account;
    const Collection collection =
        isAccount ? Collection::Posts : shownCollections().at(index.row());
    const int count = isAccount ? node.itemCount : node.counts.value(collection);

    switch (role) {
    case Qt::DisplayRole:
        if (isAccount)
            return account.handle;
        return tr("%1 (%2)").arg(collectionTitle(collection), QLocale().toString(count));
    case Qt::ToolTipRole:
        if (isAccount)
            return account.displayName.isEmpty() ? account.handle : account.displayName;
        return collectionTitle(collection);
    case Qt::AccessibleTextRole:
        return isAccount ? account.handle : collectionTitle(collection);
    case AccountIdRole:
        return account.id;
    case NodeTypeRole:
        return int(isAccount ? NodeType::Account : NodeType::Collection);
    case CollectionRole:
        return isAccount ? QVariant() : QVariant(int(collection));
    case PlatformRole:
        return account.platform;
    case HandleRole:
        return account.handle;
    case LastBackupAtRole:
        return account.lastBackupAt;
    case LastOutcomeRole:
        return account.lastBackupOutcome;
    case LastErrorRole:
        return account.lastBackupError;
    case CountRole:
        return count;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(CollectionRole, "collection");
    names.insert(PlatformRole, "platform");
    names.insert(HandleRole, "handle");
    names.insert(LastBackupAtRole, "lastBackupAt");
    names.insert(LastOutcomeRole, "lastOutcome");
    names.insert(LastErrorRole, "lastError");
    names.insert(CountRole, "count");
    return names;
}

} // namespace holdfast
