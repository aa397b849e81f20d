#pragma once

#include "models/domain/Account.h"
#include "models/domain/Collection.h"

#include <QAbstractItemModel>
#include <QList>
#include <QMap>

#include <optional>

namespace holdfast {

class Store;

/**
 * The accounts tree of the main window: one top-level row per account, and under each the
 * account's collections (Timeline, Mentions, Conversations, Favourites, Bookmarks, Followers,
 * Following) with their counts. One column.
 *
 * Call reload() after a backup stored something (or an account was added/removed): counts
 * and last-backup data change in place (dataChanged), accounts are inserted/removed as rows,
 * so selection and expansion survive.
 */
class AccountsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsModel)

public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< qint64: the account's store id (both node types)
        NodeTypeRole,       ///< int: NodeType of the row
        CollectionRole,     ///< int: the Collection of a collection row; invalid for accounts
        PlatformRole,       ///< QString: "mastodon", ... (both node types)
        HandleRole,         ///< QString: "alice@social.example" (both node types)
        LastBackupAtRole,   ///< QDateTime (UTC): end of the last successful backup; invalid if none
        LastOutcomeRole,    ///< QString: "", "succeeded", "failed", "cancelled" of the last run
        LastErrorRole,      ///< QString: one-line reason when the last backup failed
        CountRole,          ///< int: items (or active contacts) of a collection; for an account, its items
    };
    Q_ENUM(Role)

    enum class NodeType { Account, Collection };
    Q_ENUM(NodeType)

    explicit AccountsModel(Store &store, QObject *parent = nullptr);
    ~AccountsModel() override;

    /// Re-reads accounts and counts from the store (see class comment).
    void reload();

    /// The collections shown under each account, in display order.
    static QList<Collection> shownCollections();
    /// "Timeline", "Mentions", "Conversations", ... (translated).
    static QString collectionTitle(Collection collection);

    QModelIndex indexOfAccount(qint64 accountId) const;
    QModelIndex indexOfCollection(qint64 accountId, Collection collection) const;
    /// The account of an account or collection row; nullopt for an invalid index.
    std::optional<Account> account(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Account account;
        QMap<Collection, int> counts;
        int itemCount = 0;
    };
    Node readNode(const Account &account) const;
    int rowOfAccount(qint64 accountId) const;

    Store &m_store;
    QList<Node> m_nodes;
};

} // namespace holdfast
