#pragma once

#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace holdfast {

/**
 * Followers and following of one account, one row per person, newest relation first
 * (for Filter::Lost: most recently unfollowed first). Rows are loaded page by page through
 * canFetchMore()/fetchMore(), so an account with 100k followers opens at once.
 *
 * setAccount() and setFilter() reset the model; refresh() re-reads from the start (a reset
 * too: contact lists change rarely and whole).
 */
class ContactsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsModel)

public:
    /// Which people are listed; the store's filter (see ContactListFilter for the meanings).
    using Filter = ContactListFilter;

    enum Column {
        DisplayName,    ///< display name (the handle if there is none)
        Handle,         ///< "bob@social.example"
        Relation,       ///< "mutual", "follows you", "you follow", "unfollowed you", ...
        Since,          ///< when the relation was first seen (local date)
        UnfollowedAt,   ///< when it was noticed ended; empty while active
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PersonIdRole = Qt::UserRole + 1, ///< qint64: store id of the person (any column)
        HandleRole,         ///< QString: handle (any column)
        ProfileUrlRole,     ///< QString: profile page on the platform (any column)
        ActiveRole,         ///< bool: the listed relation is active
        MutualRole,         ///< bool: active follower and actively followed
        SortRole,           ///< raw value of the column: text, or ms since 1970 (dates)
    };
    Q_ENUM(Role)

    explicit ContactsModel(Store &store, QObject *parent = nullptr);
    ~ContactsModel() override;

    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// Re-reads from the first page (a reset).
    void refresh();
    /// How many people the current filter lists in total (not only the loaded rows).
    int totalCount() const;

    Contact contact(int row) const;
    /// "mutual", "follows you", ... for a contact read with contactPage() (translated).
    static QString relationText(const Contact &contact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void restart();
    QList<Contact> readNextPage();
    QVariant displayValue(const Contact &contact, int column) const;
    QVariant sortValue(const Contact &contact, int column) const;

    Store &m_store;
    qint64 m_accountId = 0;
    Filter m_filter = Filter::All;
    QList<Contact> m_rows;
    bool m_atEnd = true;
    bool m_announcing = false; ///< inside begin/end of an insert or reset (see canFetchMore)
};

} // namespace holdfast
