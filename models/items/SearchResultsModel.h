#pragma once

#include "models/store/Store.h"

#include <QAbstractListModel>

namespace holdfast {

/**
 * Results of a full-text search over the archive, best match first (Store::search). The
 * rows are the matching items; item(row) gives the whole item and AccountIdRole its account,
 * so a view can jump to the item in its thread (Store::thread()).
 *
 * setQuery() runs the search at once (a model reset); results are capped by
 * SearchQuery::limit (raise it for "more results").
 */
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    // The same values as TimelineModel::Role, so delegates and proxies work on both.
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< qint64: store id of the item
        PlatformIdRole,     ///< QString: the platform's id of the item
        KindRole,           ///< QString: "post", "reply", "boost", "message", ...
        CreatedAtRole,      ///< QDateTime (UTC)
        AuthorHandleRole,   ///< QString
        AuthorNameRole,     ///< QString
        TextRole,           ///< QString: plain text
        DeletedRole,        ///< bool: noticed deleted on the platform
        EditedRole,         ///< bool: has an edit time
        HasMediaRole,       ///< bool: has attachments
        ConversationIdRole, ///< QString
        AccountIdRole,      ///< qint64: the account the item belongs to
        SortRole,           ///< qint64: creation time in ms since 1970 UTC
        RankRole,           ///< double: search rank, lower is better
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(Store &store, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// Runs `query` and shows its results (a model reset). An empty query shows nothing.
    /// Returns false (and shows nothing) if the store failed; see lastError().
    bool setQuery(const SearchQuery &query);
    SearchQuery query() const { return m_query; }
    /// Shows nothing.
    void clear();
    QString lastError() const { return m_lastError; }

    Item item(int row) const;
    qint64 accountIdOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Store &m_store;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    QString m_lastError;
};

} // namespace holdfast
