#pragma once

#include <QString>

namespace holdfast::ui {

/**
 * Turns text from a platform into HTML that is safe to give QTextBrowser.
 *
 * sanitize() keeps only a whitelist of structure (p, br, a with an http(s) href, b/strong,
 * i/em, u, s/del, code, pre, blockquote, ul/ol/li) and rewrites every kept tag itself, so no
 * attribute other than a checked href survives; span and unknown tags are dropped with their
 * text kept; script, style, img, iframe and similar are dropped with their content. Open tags
 * are closed at the end, so a fragment cannot leak a link or list into the page around it.
 * Mastodon's `invisible` spans vanish and `ellipsis` spans end with "…", as Mastodon shows them.
 *
 * plainToHtml() escapes plain text and turns http(s) URLs into links.
 */
class HtmlSanitizer final
{
public:
    static QString sanitize(const QString &html);
    static QString plainToHtml(const QString &text);
    /// True for the links Holdfast hands to the system browser.
    static bool isWebUrl(const QString &url);
};

} // namespace holdfast::ui
