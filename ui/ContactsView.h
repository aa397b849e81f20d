#pragma once

#include "models/store/Store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace holdfast {
class ContactsModel;
}

namespace holdfast::ui {

class ElidingLabel;

/**
 * The centre table for followers and following: display name, handle, relation, since when
 * and unfollowed-at. It opens on the people of one collection (every follower, or everyone
 * the account follows, ended relations included), with a filter for mutual, followers only,
 * following only and lost followers. Rows load page by page as the person scrolls.
 */
class ContactsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsView)
public:
    ContactsView(ContactsModel &model, QWidget *parent = nullptr);

    /// Shows everyone in `collection` (Followers or Following) of the account.
    void setAccount(qint64 accountId, Collection collection, const QString &title);
    void setFilter(ContactListFilter filter);
    ContactListFilter filter() const;
    void refresh();
    QTableView *table() const { return m_table; }

private:
    void updateCount();

    ContactsModel &m_model;
    ElidingLabel *m_title;
    QComboBox *m_filter;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace holdfast::ui
