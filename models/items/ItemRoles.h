#pragma once
// Internal to models/items: the data of item rows, shared by TimelineModel and
// SearchResultsModel so both format items the same way.

#include "models/domain/Item.h"

#include <QHash>
#include <QVariant>

namespace holdfast::itemroles {

/// The value of `role` (a TimelineModel::Role or Qt role) for `item` of `accountId`.
QVariant data(const Item &item, qint64 accountId, int role);
/// One line for lists: "Alice · 2024-03-01 12:00 · first line of the text".
QString summary(const Item &item);
QHash<int, QByteArray> roleNames();

} // namespace holdfast::itemroles
