#include "models/items/ConversationsModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

QString personName(const Person &person)
{
    return person.displayName.isEmpty() ? person.handle : person.displayName;
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed();
}

qint64 lastDateMs(const ConversationSummary &summary)
{
    const QDateTime &at = summary.lastMessage.createdAt;
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

/// The store's order: newest last message first, then by conversation id for stability.
bool listedBefore(const ConversationSummary &a, const ConversationSummary &b)
{
    if (lastDateMs(a) != lastDateMs(b))
        return lastDateMs(a) > lastDateMs(b);
    return a.conversationId < b.conversationId;
}

bool sameContent(const ConversationSummary &a, const ConversationSummary &b)
{
    if (a.messageCount != b.messageCount || a.unread != b.unread
        || a.lastMessage.id != b.lastMessage.id
        || a.lastMessage.capturedAt != b.lastMessage.capturedAt
        || a.lastMessage.deletedAt != b.lastMessage.deletedAt
        || a.participants.size() != b.participants.size())
        return false;
    for (qsizetype i = 0; i < a.participants.size(); ++i)
        if (a.participants.at(i).handle != b.participants.at(i).handle
            || a.participants.at(i).displayName != b.participants.at(i).displayName)
            return false;
    return true;
}

} // namespace

ConversationsModel::ConversationsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

ConversationsModel::~ConversationsModel() = default;

void ConversationsModel::setAccount(qint64 accountId)
{
    beginResetModel();
    m_accountId = accountId;
    m_rows = accountId != 0 ? m_store.conversations(accountId) : QList<ConversationSummary>();
    endResetModel();
}

void ConversationsModel::refresh()
{
    if (m_accountId == 0)
        return;
    QList<ConversationSummary> fresh = m_store.conversations(m_accountId);
    std::stable_sort(fresh.begin(), fresh.end(), listedBefore);

    QHash<QString, qsizetype> freshRow;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).conversationId, i);

    // 1. Conversations that vanished (only if the account's data was removed underneath).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshRow.contains(m_rows.at(row).conversationId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    // 2. Content changes in place.
    for (int row = 0; row < m_rows.size(); ++row) {
        const ConversationSummary &now = fresh.at(freshRow.value(m_rows.at(row).conversationId));
        if (sameContent(m_rows.at(row), now))
            continue;
        m_rows[row] = now;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    // 3. Conversations that changed may now be out of order (a new message moves one to the
    //    top): re-sort with a layout change that keeps persistent indexes (selection) on
    //    their conversation.
    sortKeepingPersistentIndexes();

    // 4. New conversations, each inserted where it belongs.
    QSet<QString> known;
    for (const ConversationSummary &summary : std::as_const(m_rows))
        known.insert(summary.conversationId);
    for (const ConversationSummary &summary : std::as_const(fresh)) {
        if (known.contains(summary.conversationId))
            continue;
        const int row = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), summary,
                                             listedBefore)
                            - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, summary);
        endInsertRows();
    }
}

void ConversationsModel::sortKeepingPersistentIndexes()
{
    bool sorted = true;
    for (qsizetype i = 1; i < m_rows.size() && sorted; ++i)
        sorted = !listedBefore(m_rows.at(i), m_rows.at(i - 1));
    if (sorted)
        return;

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> idsBefore;
    for (const QModelIndex &index : before)
        idsBefore.append(m_rows.at(index.row()).conversationId);
    std::stable_sort(m_rows.begin(), m_rows.end(), listedBefore);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfConversation(idsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString ConversationsModel::conversationId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conversationId : QString();
}

ConversationSummary ConversationsModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ConversationSummary();
}

int ConversationsModel::rowOfConversation(const QString &conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).conversationId == conversationId)
            return row;
    return -1;
}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationsModel::displayValue(const ConversationSummary &summary, int column) const
{
    switch (column) {
    case Participants: {
        QStringList names;
        for (const Person &person : summary.participants)
            names.append(personName(person));
        return names.isEmpty() ? tr("(only you)") : names.join(u", "_s);
    }
    case LastMessage: {
        const Item &last = summary.lastMessage;
        const QString text = firstLine(last.spoilerText.isEmpty() ? last.text : last.spoilerText);
        return tr("%1: %2").arg(personName(last.author), text);
    }
    case Date:
        return QLocale().toString(summary.lastMessage.createdAt.toLocalTime(),
                                  QLocale::ShortFormat);
    case MessageCount:
        return QLocale().toString(summary.messageCount);
    default:
        return {};
    }
}

QVariant ConversationsModel::sortValue(const ConversationSummary &summary, int column) const
{
    switch (column) {
    case Participants: {
        QStringList names;
        for (const Person &person : summary.participants)
            names.append(personName(person));
        return names.join(u", "_s);
    }
    case LastMessage:
        return summary.lastMessage.text;
    case Date:
        return lastDateMs(summary);
    case MessageCount:
        return summary.messageCount;
    default:
        return {};
    }
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &summary = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(summary, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Participants) {
            QStringList handles;
            for (const Person &person : summary.participants)
                handles.append(person.handle);
            return handles.join(u'\n');
        }
        if (index.column() == LastMessage)
            return summary.lastMessage.text;
        return {};
    case Qt::AccessibleTextRole:
        // Bold and a dot say "unread" to the eye; a screen reader needs the word.
        if (index.column() == Participants && summary.unread)
            return tr("Unread: %1").arg(displayValue(summary, Participants).toString());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MessageCount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ConversationIdRole:
        return summary.conversationId;
    case UnreadRole:
        return summary.unread;
    case SortRole:
        return sortValue(summary, index.column());
    case LastItemIdRole:
        return summary.lastMessage.id;
    case AccountIdRole:
        return m_accountId;
    default:
        return {};
    }
}

QVariant ConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Participants:
        return tr("Participants");
    case LastMessage:
        return tr("Last message");
    case Date:
        return tr("Date");
    case MessageCount:
        return tr("Messages");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(UnreadRole, "unread");
    names.insert(SortRole, "sort");
    names.insert(LastItemIdRole, "lastItemId");
    names.insert(AccountIdRole, "accountId");
    return names;
}

} // namespace holdfast
