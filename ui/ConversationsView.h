#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace holdfast {
class ConversationsModel;
}

namespace holdfast::ui {

class ElidingLabel;

/**
 * The centre table for an account's direct-message conversations: participants, last
 * message, date and message count, unread ones in bold; sortable by any column. Picking a
 * row reports its conversation, which the detail pane shows as a chat transcript.
 */
class ConversationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsView)
public:
    ConversationsView(ConversationsModel &model, QWidget *parent = nullptr);

    void setAccount(qint64 accountId, const QString &title);
    /// Re-reads after a backup without losing the selection.
    void refresh();
    bool selectConversation(const QString &conversationId);
    QTableView *table() const { return m_table; }

signals:
    void conversationSelected(qint64 accountId, const QString &conversationId);

private:
    ConversationsModel &m_model;
    QSortFilterProxyModel *m_proxy;
    ElidingLabel *m_title;
    QTableView *m_table;
};

} // namespace holdfast::ui
