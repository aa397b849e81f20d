#pragma once
// Internal to models/items: the data of item rows, shared by TimelineModel and
// SearchResultsModel so both format items the same way.

#include "models/domain/Item.h"

#include <QHash>
#include <QVariant>

namespace holdfast::itemroles {

/// The value of `role` (a TimelineModel::Role or Qt role) for `item` of `accountId`.
/// `boostedOriginal`: for a boost, the post it boosted if stored (its text is shown).
QVariant data(const Item &item, qint64 accountId, int role,
              const Item *boostedOriginal = nullptr);
/// One line for lists: "Alice · 2024-03-01 12:00 · first line of the text".
QString summary(const Item &item, const Item *boostedOriginal = nullptr);
/// The text a row shows: the item's own, or for a boost "🔁 @author: the boosted text".
QString shownText(const Item &item, const Item *boostedOriginal);
QHash<int, QByteArray> roleNames();

} // namespace holdfast::itemroles
