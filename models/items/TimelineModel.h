#pragma once

#include "models/domain/Collection.h"
#include "models/domain/Item.h"

#include <QAbstractListModel>

#include <memory>

namespace holdfast {

class ItemFeed;
class Store;

/**
 * The items of one account's collection, newest first, for the centre list.
 *
 * Rows are loaded lazily: the view's fetchMore() pulls the next older page (keyset paging in
 * the store), so a timeline of a million items opens with its first page only. Full items are
 * kept for a few pages around what was used last (see ItemFeed); scrolled-away rows are
 * re-read on demand, so memory stays bounded.
 *
 * While a backup writes, call refreshNewer(): new items are inserted at the top (rowsInserted,
 * no reset), and rows shown whose item was edited or deleted meanwhile get dataChanged.
 * For Collection::Messages the rows are the messages; the conversations list is
 * ConversationsModel. Contact collections (Followers/Following) give no rows: use
 * ContactsModel.
 */
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    // Keep in sync with SearchResultsModel::Role (checked there).
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< qint64: store id of the item
        PlatformIdRole,     ///< QString: the platform's id of the item
        KindRole,           ///< QString: itemKindName(): "post", "reply", "boost", "message", ...
        CreatedAtRole,      ///< QDateTime (UTC): when the item was created on the platform
        AuthorHandleRole,   ///< QString: "bob@social.example"
        AuthorNameRole,     ///< QString: author's display name (may be empty)
        TextRole,           ///< QString: the plain text (content warning not included); for
                            ///< a boost "🔁 @author: text" of the boosted post
        DeletedRole,        ///< bool: Holdfast noticed the item was deleted on the platform
        EditedRole,         ///< bool: the item was edited (has an edit time)
        HasMediaRole,       ///< bool: the item has attachments
        ConversationIdRole, ///< QString: thread / DM conversation id (may be empty)
        AccountIdRole,      ///< qint64: the account the item belongs to
        SortRole,           ///< qint64: creation time in ms since 1970 UTC, for proxies
    };
    Q_ENUM(Role)

    explicit TimelineModel(Store &store, QObject *parent = nullptr);
    ~TimelineModel() override;

    /// Shows `collection` of `accountId` from its newest item on (a model reset).
    void setSource(qint64 accountId, Collection collection);
    /// Shows nothing (a model reset).
    void clear();
    qint64 accountId() const;
    Collection collection() const;

    /// Inserts items stored since the newest row at the top and refreshes changed rows.
    /// Returns how many rows were inserted.
    int refreshNewer();

    /// The full item of a row (read from the store if it was evicted); a default Item for an
    /// invalid row.
    Item item(int row) const;
    /// The row of the item with this platform id, loading older pages as needed (at most
    /// about 50,000 rows); -1 if it is not in this collection or too far down.
    int rowOfPlatformId(const QString &platformId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Store &m_store;
    std::unique_ptr<ItemFeed> m_feed;
    bool m_announcing = false; ///< inside begin/end of an insert or reset (see canFetchMore)
};

} // namespace holdfast
