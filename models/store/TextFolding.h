#pragma once

#include <QString>

namespace holdfast {

/// Folds text for search so that matching ignores case and diacritics:
/// "Köln" -> "koln", "Straße" -> "strasse", "Ærø" -> "aero". Used on both the indexed
/// text and the query, so they always agree.
QString foldForSearch(const QString &text);

} // namespace holdfast
