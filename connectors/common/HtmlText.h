#pragma once

#include <QString>

namespace holdfast {

/// Plain text from the small, sanitised HTML that platforms send (Mastodon: p, br, a, span):
/// paragraphs become blank-line separated, <br> a line break, tags are dropped, character
/// entities decoded. Hidden link parts are kept so URLs read whole.
QString htmlToPlainText(const QString &html);

} // namespace holdfast
