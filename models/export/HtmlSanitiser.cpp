#include "models/export/HtmlSanitiser.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

// Decodes the character references platforms actually send; the result is re-escaped.
QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i);
        if (semi < 0 || semi - i > 10) {
            out += text[i];
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        QString decoded;
        if (name == u"amp")
            decoded = u"&"_s;
        else if (name == u"lt")
            decoded = u"<"_s;
        else if (name == u"gt")
            decoded = u">"_s;
        else if (name == u"quot")
            decoded = u"\""_s;
        else if (name == u"apos")
            decoded = u"'"_s;
        else if (name == u"nbsp")
            decoded = QString(QChar(0xa0));
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        }
        if (decoded.isNull()) {
            out += text[i];
            continue;
        }
        out += decoded;
        i = semi;
    }
    return out;
}

QString safeHref(const QString &tag)
{
    static const QRegularExpression hrefPattern(
        uR"re(\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = hrefPattern.match(tag);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    if (value.isEmpty())
        value = match.captured(2);
    if (value.isEmpty())
        value = match.captured(3);
    const QUrl url(decodeEntities(value).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QString plainTextToHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString sanitisePlatformHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    // Which <a> tags were kept, so each </a> closes only what we opened.
    QList<bool> openLinks;
    bool inParagraph = false;
    QString skipUntil; // inside <script>/<style>: drop everything to the closing tag
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] != u'<') {
            qsizetype next = html.indexOf(u'<', i);
            if (next < 0)
                next = html.size();
            if (skipUntil.isEmpty())
                out += decodeEntities(html.mid(i, next - i)).toHtmlEscaped();
            i = next;
            continue;
        }
        qsizetype end = html.indexOf(u'>', i);
        if (end < 0) {
            // A lone '<' is text.
            if (skipUntil.isEmpty())
                out += decodeEntities(html.mid(i)).toHtmlEscaped();
            break;
        }
        const QString tag = html.mid(i, end - i + 1);
        i = end + 1;
        static const QRegularExpression namePattern(uR"(^<\s*(/?)\s*([a-zA-Z0-9]+))"_s);
        const auto nameMatch = namePattern.match(tag);
        if (!nameMatch.hasMatch())
            continue; // comments, doctype, garbage
        const bool closing = !nameMatch.captured(1).isEmpty();
        const QString name = nameMatch.captured(2).toLower();
        if (!skipUntil.isEmpty()) {
            if (closing && name == skipUntil)
                skipUntil.clear();
            continue;
        }
        if (name == u"script" || name == u"style" || name == u"template" || name == u"iframe") {
            if (!closing && !tag.endsWith(u"/>"))
                skipUntil = name;
            continue;
        }
        if (name == u"p") {
            if (closing) {
                if (inParagraph)
                    out += u"</p>"_s;
                inParagraph = false;
            } else {
                if (inParagraph)
                    out += u"</p>"_s;
                out += u"<p>"_s;
                inParagraph = true;
            }
        } else if (name == u"br") {
            out += u"<br>"_s;
        } else if (name == u"a") {
            if (closing) {
                if (!openLinks.isEmpty() && openLinks.takeLast())
                    out += u"</a>"_s;
            } else {
                const QString href = safeHref(tag);
                openLinks.append(!href.isEmpty());
                if (!href.isEmpty())
                    out += u"<a href=\""_s + href.toHtmlEscaped()
                           + u"\" rel=\"noopener noreferrer nofollow\">"_s;
            }
        }
        // Any other tag: dropped, its text content kept.
    }
    for (bool kept : std::as_const(openLinks)) {
        if (kept)
            out += u"</a>"_s;
    }
    if (inParagraph)
        out += u"</p>"_s;
    return out;
}

} // namespace holdfast
