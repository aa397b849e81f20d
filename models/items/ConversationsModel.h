#pragma once

#include "models/store/Store.h"

#include <QAbstractTableModel>

namespace holdfast {

/**
 * The direct-message conversations of one account: one row per conversation, newest last
 * message first. Open one by conversationId(row) with Store::conversation() (a conversation
 * is small enough to read whole).
 *
 * refresh() re-reads after a backup: new conversations are inserted, changed ones updated and
 * re-sorted with a layout change, so selection survives. setAccount() resets.
 */
class ConversationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsModel)

public:
    enum Column {
        Participants,   ///< display names (or handles) of the other people, comma-separated
        LastMessage,    ///< first line of the last message, with its author
        Date,           ///< date of the last message (local time)
        MessageCount,   ///< number of messages stored
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ConversationIdRole = Qt::UserRole + 1, ///< QString: the conversation id (any column)
        UnreadRole,         ///< bool: the platform marked it unread at the last backup
        SortRole,           ///< raw value of the column: names, text, ms since 1970, count
        LastItemIdRole,     ///< qint64: store id of the last message
        AccountIdRole,      ///< qint64: the account
    };
    Q_ENUM(Role)

    explicit ConversationsModel(Store &store, QObject *parent = nullptr);
    ~ConversationsModel() override;

    /// Shows the conversations of `accountId` (a model reset); 0 shows nothing.
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    /// Re-reads the conversations of the current account without a reset.
    void refresh();

    QString conversationId(int row) const;
    ConversationSummary summary(int row) const;
    /// The row of a conversation; -1 if not listed.
    int rowOfConversation(const QString &conversationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void sortKeepingPersistentIndexes();
    QVariant displayValue(const ConversationSummary &summary, int column) const;
    QVariant sortValue(const ConversationSummary &summary, int column) const;

    Store &m_store;
    qint64 m_accountId = 0;
    QList<ConversationSummary> m_rows;
};

} // namespace holdfast
