#pragma once

#include <QByteArray>
#include <QString>

namespace holdfast {

/// The fixed parts of the offline HTML archive (see HtmlArchiveExporter): the page frame with
/// its Content-Security-Policy, the style sheet and the hand-written search script.

/// The Content-Security-Policy of every archive page: only files of the archive itself may be
/// loaded, no inline script, no network connections, no plugins.
QString archiveContentSecurityPolicy();

/// A complete page. `rootPrefix` leads from the page to the archive root ("" or "../");
/// `title` is plain text; `body` is trusted HTML built by the exporter.
QString htmlPage(const QString &title, const QString &rootPrefix, const QString &accountHandle,
                 const QString &body);

QByteArray archiveStyleSheet();

/// Reads `q` from the page's query (?q=) or fragment (#q=), matches every word (case- and
/// diacritics-insensitive) against window.holdfastIndex and lists the hits in #results.
QByteArray archiveSearchScript();

} // namespace holdfast
