#include "models/items/SearchResultsModel.h"

#include "models/items/ItemRoles.h"

namespace holdfast {

SearchResultsModel::SearchResultsModel(Store &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
}

SearchResultsModel::~SearchResultsModel() = default;

bool SearchResultsModel::setQuery(const SearchQuery &query)
{
    beginResetModel();
    m_query = query;
    m_hits.clear();
    m_lastError.clear();
    bool ok = true;
    if (!query.text.trimmed().isEmpty() || !query.author.trimmed().isEmpty()) {
        Result<QList<SearchHit>> hits = m_store.search(query);
        if (hits)
            m_hits = std::move(hits).value();
        else {
            m_lastError = hits.errorMessage();
            ok = false;
        }
    }
    endResetModel();
    return ok;
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_query = SearchQuery();
    m_hits.clear();
    m_lastError.clear();
    endResetModel();
}

Item SearchResultsModel::item(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).item : Item();
}

qint64 SearchResultsModel::accountIdOf(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).accountId : 0;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    if (role == RankRole)
        return hit.rank;
    return itemroles::data(hit.item, hit.accountId, role);
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = itemroles::roleNames();
    names.insert(RankRole, "rank");
    return names;
}

} // namespace holdfast
