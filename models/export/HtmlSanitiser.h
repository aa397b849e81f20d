#pragma once

#include <QString>

namespace holdfast {

/// Turns platform HTML into the small subset the offline archive shows: paragraphs, line
/// breaks and links with http(s) targets. Every other tag is dropped (its text kept, except
/// inside script/style), every attribute but a safe href is dropped, and all text is
/// re-escaped, so platform HTML can never inject markup, scripts or remote requests.
/// Usage: `html += sanitisePlatformHtml(item.html);`
QString sanitisePlatformHtml(const QString &html);

/// Plain text as HTML: escaped, line breaks as <br>.
QString plainTextToHtml(const QString &text);

} // namespace holdfast
