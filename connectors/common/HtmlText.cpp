#include "connectors/common/HtmlText.h"

#include <QHash>

namespace holdfast {

namespace {

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint codePoint = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X'))
                                   ? name.mid(2).toUInt(&ok, 16)
                                   : name.mid(1).toUInt(&ok, 10);
        if (ok && codePoint > 0 && codePoint <= 0x10FFFF) {
            const char32_t cp = codePoint;
            return QString::fromUcs4(&cp, 1);
        }
        return {};
    }
    return named.value(name);
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                break; // unterminated tag: drop the rest rather than show markup
            QString tag = html.mid(i + 1, end - i - 1).trimmed().toLower();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag.remove(0, 1);
            const QString name = tag.section(u' ', 0, 0).remove(u'/');
            if (name == u"br") {
                out += u'\n';
            } else if (name == u"p" && closing) {
                out += QStringLiteral("\n\n");
            } else if ((name == u"li" || name == u"blockquote" || name == u"pre") && closing) {
                out += u'\n';
            }
            i = end;
        } else if (c == u'&') {
            const qsizetype end = html.indexOf(u';', i);
            if (end > i && end - i <= 10) {
                const QString decoded = decodeEntity(html.mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = end;
                    continue;
                }
            }
            out += c;
        } else {
            out += c;
        }
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace holdfast
