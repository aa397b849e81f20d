#include "models/export/HtmlArchiveAssets.h"

using namespace Qt::StringLiterals;

namespace holdfast {

QString archiveContentSecurityPolicy()
{
    return u"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
           "media-src 'self'; font-src 'none'; connect-src 'none'; object-src 'none'; "
           "frame-src 'none'; base-uri 'none'; form-action 'self'"_s;
}

QString htmlPage(const QString &title, const QString &rootPrefix, const QString &accountHandle,
                 const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\""_s
           + archiveContentSecurityPolicy()
           + u"\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
           + title.toHtmlEscaped() + u" · Holdfast archive</title>\n<link rel=\"stylesheet\" href=\""_s
           + rootPrefix.toHtmlEscaped() + u"assets/style.css\">\n</head>\n<body>\n<nav><a href=\""_s
           + rootPrefix.toHtmlEscaped() + u"index.html\">@"_s + accountHandle.toHtmlEscaped()
           + u"</a> · <a href=\""_s + rootPrefix.toHtmlEscaped()
           + u"search.html\">Search</a></nav>\n<main>\n"_s + body
           + u"</main>\n<footer class=\"page\">Offline archive written by Holdfast</footer>\n</body>\n</html>\n"_s;
}

QByteArray archiveStyleSheet()
{
    return QByteArrayLiteral(R"css(
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2026; }
nav { background: #2b3a55; padding: .6em 1em; }
nav a { color: #fff; text-decoration: none; font-weight: 600; }
main { max-width: 46em; margin: 0 auto; padding: 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; }
.count { color: #667; font-weight: normal; font-size: .9em; }
.count::before { content: "("; } .count::after { content: ")"; }
ul.months { columns: 3; list-style: none; padding: 0; }
article.item { background: #fff; border: 1px solid #dde; border-radius: 6px; padding: .7em 1em; margin: .7em 0; }
article.item.reply { margin-left: 1.5em; }
article.item.own { background: #e9f0ff; margin-left: 3em; }
article.item.deleted { border-color: #c0392b; }
article.item:target { outline: 3px solid #f0b400; }
.author { font-weight: 600; } .handle, .kind, time { color: #667; }
.banner { background: #fdecea; color: #8e2418; padding: .3em .6em; border-radius: 4px; }
.boosted { border-left: 3px solid #99a; padding-left: .6em; }
.media img { max-width: 100%; max-height: 24em; display: block; margin: .4em 0; }
.media video { max-width: 100%; }
.missing { color: #8a6d00; font-style: italic; }
article footer { color: #667; font-size: .85em; }
footer.page { text-align: center; color: #889; font-size: .8em; padding: 2em; }
#results li { margin: .6em 0; } #results .snippet { display: block; color: #333; }
input[type=search] { font-size: 1em; padding: .3em; width: 20em; }
table.people { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid #dde; }
table.people th, table.people td { text-align: left; padding: .35em .7em; border-bottom: 1px solid #e4e6ee; }
table.people th { background: #eceef4; font-size: .9em; }
.note { color: #556; font-size: .9em; }
)css");
}

QByteArray archiveSearchScript()
{
    return QByteArrayLiteral(R"js('use strict';
// Holdfast archive search: no network, no libraries. The index scripts loaded before this one
// fill window.holdfastIndex with [page, anchor, date, author, text] entries.
(function () {
  const MAX_RESULTS = 200;
  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\u00df/g, 'ss');
  }
  function queryFromLocation() {
    // The fragment wins: the search form updates it without reloading the page.
    const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (hash.has('q')) return hash.get('q');
    return new URLSearchParams(location.search).get('q') || '';
  }
  function run(query) {
    const results = document.getElementById('results');
    const status = document.getElementById('status');
    while (results.firstChild) results.removeChild(results.firstChild);
    const words = fold(query).split(/\s+/).filter(w => w.length > 0);
    if (words.length === 0) { status.textContent = 'Type words to find items.'; return; }
    const index = window.holdfastIndex || [];
    let found = 0;
    for (const entry of index) {
      const haystack = fold(entry[3] + ' ' + entry[4]);
      if (!words.every(w => haystack.includes(w))) continue;
      ++found;
      if (found > MAX_RESULTS) continue;
      const li = document.createElement('li');
      li.className = 'result';
      const a = document.createElement('a');
      a.href = entry[0] + '#' + entry[1];
      a.textContent = entry[2] + ' · ' + entry[3];
      const snippet = document.createElement('span');
      snippet.className = 'snippet';
      snippet.textContent = entry[4].length > 280 ? entry[4].slice(0, 280) + '…' : entry[4];
      li.appendChild(a);
      li.appendChild(snippet);
      results.appendChild(li);
    }
    status.textContent = found === 0 ? 'No items found.'
      : found + (found === 1 ? ' item found' : ' items found')
        + (found > MAX_RESULTS ? ' (showing the first ' + MAX_RESULTS + ')' : '') + '.';
  }
  document.addEventListener('DOMContentLoaded', function () {
    const input = document.getElementById('q');
    const form = document.getElementById('search-form');
    const query = queryFromLocation();
    input.value = query;
    run(query);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      location.hash = 'q=' + encodeURIComponent(input.value);
    });
    window.addEventListener('hashchange', function () { input.value = queryFromLocation(); run(input.value); });
  });
})();
)js");
}

} // namespace holdfast
