#pragma once

#include <QString>

namespace holdfast {

/// Folds text for search so that matching ignores case and diacritics:
/// "Köln" -> "koln", "Straße" -> "strasse", "Ærø" -> "aero". Used on both the indexed
/// text and the query, so they always agree.
QString foldForSearch(const QString &text);

/// Turns words as a person types them into a safe FTS5 MATCH expression: every
/// whitespace-separated word is folded and double-quoted (so `"`, `*`, `NEAR`, `-`, `:`, `(`
/// are plain text), a trailing `*` makes it a prefix search (from three characters on;
/// `ab*` is searched as `ab`), and all words must match.
/// Words without any letter or digit are dropped; returns an empty string when nothing is left.
QString ftsMatchExpression(const QString &query);

} // namespace holdfast
