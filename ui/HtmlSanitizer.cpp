#include "ui/HtmlSanitizer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace holdfast::ui {

namespace {

const QSet<QString> &keptTags()
{
    static const QSet<QString> tags{
        QStringLiteral("p"),      QStringLiteral("br"),  QStringLiteral("a"),
        QStringLiteral("b"),      QStringLiteral("strong"), QStringLiteral("i"),
        QStringLiteral("em"),     QStringLiteral("u"),   QStringLiteral("s"),
        QStringLiteral("del"),    QStringLiteral("code"), QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"),
    };
    return tags;
}

/// Elements whose content is never text for people (or would load something).
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> tags{
        QStringLiteral("script"), QStringLiteral("style"),   QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"),   QStringLiteral("svg"),
        QStringLiteral("math"),   QStringLiteral("template"), QStringLiteral("noscript"),
        QStringLiteral("head"),   QStringLiteral("title"),   QStringLiteral("textarea"),
        QStringLiteral("select"), QStringLiteral("video"),   QStringLiteral("audio"),
        QStringLiteral("picture"), QStringLiteral("canvas"), QStringLiteral("frameset"),
    };
    return tags;
}

QString decodeEntities(QString value)
{
    static const QRegularExpression numeric(QStringLiteral("&#([xX]?)([0-9a-fA-F]{1,6});"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(value); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(value).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    out += QStringView(value).mid(last);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

QHash<QString, QString> parseAttributes(QStringView text)
{
    static const QRegularExpression attribute(
        QStringLiteral(R"re(([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?)re"));
    QHash<QString, QString> attributes;
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString value = match.captured(2);
        if (value.isEmpty())
            value = match.captured(3);
        if (value.isEmpty())
            value = match.captured(4);
        attributes.insert(match.captured(1).toLower(), decodeEntities(value));
    }
    return attributes;
}

/// Finds the '>' that ends a tag starting at `from`, skipping quoted attribute values.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i;
        }
    }
    return -1;
}

class Sanitizer
{
public:
    explicit Sanitizer(const QString &html) : m_html(html) {}

    QString run()
    {
        qsizetype i = 0;
        while (i < m_html.size()) {
            const QChar c = m_html.at(i);
            if (c == u'<')
                i = tag(i);
            else if (c == u'&')
                i = entity(i);
            else {
                if (m_hiddenDepth == 0) {
                    if (c == u'>')
                        m_out += QLatin1String("&gt;");
                    else
                        m_out += c;
                }
                ++i;
            }
        }
        while (!m_open.isEmpty())
            m_out += QLatin1String("</") + m_open.takeLast() + u'>';
        return m_out;
    }

private:
    qsizetype entity(qsizetype i)
    {
        static const QRegularExpression valid(
            QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
        const auto match = valid.match(m_html, i, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch()) {
            if (m_hiddenDepth == 0)
                m_out += match.captured(0);
            return match.capturedEnd();
        }
        if (m_hiddenDepth == 0)
            m_out += QLatin1String("&amp;");
        return i + 1;
    }

    qsizetype tag(qsizetype i)
    {
        if (QStringView(m_html).mid(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), i + 4);
            return end < 0 ? m_html.size() : end + 3;
        }
        qsizetype j = i + 1;
        const bool closing = j < m_html.size() && m_html.at(j) == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < m_html.size() && (m_html.at(j).isLetterOrNumber() || m_html.at(j) == u'-'))
            ++j;
        const qsizetype end = tagEnd(m_html, j);
        const bool declaration = !closing && j == nameStart && j < m_html.size()
                                 && (m_html.at(j) == u'!' || m_html.at(j) == u'?');
        if (declaration && end >= 0)
            return end + 1; // <!DOCTYPE>, <?xml ?>
        if (j == nameStart || end < 0 || !m_html.at(nameStart).isLetter()) {
            // Not a tag: a lone '<' in text.
            if (m_hiddenDepth == 0)
                m_out += QLatin1String("&lt;");
            return i + 1;
        }
        const QString name = m_html.mid(nameStart, j - nameStart).toLower();
        const QStringView attributeText = QStringView(m_html).mid(j, end - j);

        if (!closing && droppedWithContent().contains(name))
            return skipElement(name, end + 1);
        if (name == u"span")
            return span(closing, attributeText, end + 1);
        if (m_hiddenDepth > 0 || !keptTags().contains(name))
            return end + 1;

        if (closing) {
            const qsizetype at = m_open.lastIndexOf(name);
            if (at >= 0) {
                while (m_open.size() > at)
                    m_out += QLatin1String("</") + m_open.takeLast() + u'>';
            }
        } else if (name == u"br") {
            m_out += QLatin1String("<br>");
        } else if (name == u"a") {
            const QString href = parseAttributes(attributeText).value(QStringLiteral("href")).trimmed();
            if (HtmlSanitizer::isWebUrl(href))
                m_out += QLatin1String("<a href=\"") + href.toHtmlEscaped() + QLatin1String("\">");
            else
                m_out += QLatin1String("<a>");
            m_open.append(name);
        } else {
            m_out += u'<' + name + u'>';
            m_open.append(name);
        }
        return end + 1;
    }

    qsizetype span(bool closing, QStringView attributeText, qsizetype next)
    {
        if (closing) {
            if (!m_spans.isEmpty()) {
                const SpanKind kind = m_spans.takeLast();
                if (kind == SpanKind::Invisible)
                    --m_hiddenDepth;
                else if (kind == SpanKind::Ellipsis && m_hiddenDepth == 0)
                    m_out += QChar(0x2026);
            }
            return next;
        }
        const QStringList classes =
            parseAttributes(attributeText).value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        SpanKind kind = SpanKind::Plain;
        if (classes.contains(QLatin1String("invisible"))) {
            kind = SpanKind::Invisible;
            ++m_hiddenDepth;
        } else if (classes.contains(QLatin1String("ellipsis"))) {
            kind = SpanKind::Ellipsis;
        }
        if (!attributeText.trimmed().endsWith(u'/'))
            m_spans.append(kind);
        else if (kind == SpanKind::Invisible)
            --m_hiddenDepth;
        return next;
    }

    qsizetype skipElement(const QString &name, qsizetype from)
    {
        const QString closeTag = QLatin1String("</") + name;
        const qsizetype close = m_html.indexOf(closeTag, from, Qt::CaseInsensitive);
        if (close < 0)
            return m_html.size();
        const qsizetype end = tagEnd(m_html, close);
        return end < 0 ? m_html.size() : end + 1;
    }

    enum class SpanKind { Plain, Invisible, Ellipsis };

    const QString &m_html;
    QString m_out;
    QStringList m_open;         ///< kept elements still open, innermost last
    QList<SpanKind> m_spans;
    int m_hiddenDepth = 0;      ///< inside an `invisible` span
};

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    return Sanitizer(html).run();
}

QString HtmlSanitizer::plainToHtml(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"re(https?://[^\s<>"]*[^\s<>".,;:!?)\]])re"));
    QString out;
    qsizetype last = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString link = match.captured(0).toHtmlEscaped();
        out += QLatin1String("<a href=\"") + link + QLatin1String("\">") + link + QLatin1String("</a>");
        last = match.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    out.replace(u'\n', QLatin1String("<br>"));
    return out;
}

bool HtmlSanitizer::isWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty()
           && (parsed.scheme() == u"https" || parsed.scheme() == u"http");
}

} // namespace holdfast::ui
