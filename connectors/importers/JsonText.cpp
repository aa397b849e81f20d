#include "connectors/importers/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace holdfast::importers::json {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveImport)
};

Error invalid(const QString &entry, qsizetype offset, const QString &what)
{
    return makeError(Error::Code::InvalidInput,
                     Tr::tr("entry %1: invalid JSON at byte %2 (%3)").arg(entry).arg(offset).arg(what));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Length of the valid UTF-8 sequence at `p`, or 0 if invalid.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = *p;
    if (c < 0x80)
        return 1;
    int length = 0;
    char32_t minimum = 0;
    char32_t value = 0;
    if ((c & 0xe0) == 0xc0) {
        length = 2; minimum = 0x80; value = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        length = 3; minimum = 0x800; value = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
        length = 4; minimum = 0x10000; value = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3f);
    }
    if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return 0;
    return length;
}

} // namespace

Result<void> checkUtf8(const QByteArray &data, const QString &entry)
{
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff"))
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("entry %1: the text is UTF-16 or UTF-32, not UTF-8").arg(entry));
    const auto *begin = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = begin + data.size();
    for (const unsigned char *p = begin; p < end;) {
        if (*p < 0x80) {
            if (*p == 0)
                return makeError(Error::Code::InvalidInput,
                                 Tr::tr("entry %1: a NUL byte at byte %2; the text is not UTF-8 "
                                    "(UTF-16?)")
                                     .arg(entry)
                                     .arg(p - begin));
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0)
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("entry %1: the text is not UTF-8 (invalid byte 0x%2 at byte %3)")
                                 .arg(entry)
                                 .arg(*p, 2, 16, QLatin1Char('0'))
                                 .arg(p - begin));
        p += length;
    }
    return {};
}

Result<qsizetype> scriptPrefixLength(const QByteArray &data, const QString &entry)
{
    qsizetype pos = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (pos < data.size() && isSpace(data.at(pos)))
        ++pos;
    if (data.mid(pos, 7) != "window.")
        return pos;
    const qsizetype equals = data.indexOf('=', pos);
    // The assignment is on the first line; a '=' much later would be inside the data.
    if (equals < 0 || equals - pos > 200)
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("entry %1: starts with \"window.\" but has no \"= \" assignment")
                             .arg(entry));
    pos = equals + 1;
    while (pos < data.size() && isSpace(data.at(pos)))
        ++pos;
    return pos;
}

Result<QList<std::pair<qsizetype, qsizetype>>> arrayElements(const QByteArray &data,
                                                             qsizetype from,
                                                             const QString &entry,
                                                             bool wholeDocument)
{
    QList<std::pair<qsizetype, qsizetype>> elements;
    const char *p = data.constData();
    const qsizetype size = data.size();
    qsizetype i = from;
    auto skipSpace = [&] {
        while (i < size && isSpace(p[i]))
            ++i;
    };
    skipSpace();
    if (i >= size || p[i] != '[')
        return invalid(entry, i, Tr::tr("expected an array"));
    ++i;
    skipSpace();
    if (i < size && p[i] == ']') {
        ++i;
    } else {
        for (;;) {
            skipSpace();
            const qsizetype start = i;
            int depth = 0;
            bool inString = false;
            for (; i < size; ++i) {
                const char c = p[i];
                if (inString) {
                    if (c == '\\')
                        ++i;
                    else if (c == '"')
                        inString = false;
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0)
                        break;
                    if (--depth < 0)
                        return invalid(entry, i, Tr::tr("unbalanced brackets"));
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            if (i >= size)
                return invalid(entry, size, Tr::tr("the data ends early (truncated?)"));
            qsizetype end = i;
            while (end > start && isSpace(p[end - 1]))
                --end;
            if (end == start)
                return invalid(entry, start, Tr::tr("an empty array element"));
            elements.append({start, end - start});
            if (p[i] == ']') {
                ++i;
                break;
            }
            if (p[i] != ',')
                return invalid(entry, i, Tr::tr("unexpected '%1'").arg(QLatin1Char(p[i])));
            ++i;
        }
    }
    if (!wholeDocument)
        return elements;
    skipSpace();
    if (i < size && p[i] == ';')
        ++i;
    skipSpace();
    if (i < size)
        return invalid(entry, i, Tr::tr("unexpected data after the array"));
    return elements;
}

Result<void> forEachObject(const QByteArray &data, qsizetype from, const QString &entry,
                           const std::function<Result<void>(const QJsonObject &)> &visit,
                           bool wholeDocument, int *visited)
{
    if (visited)
        *visited = 0;
    auto elements = arrayElements(data, from, entry, wholeDocument);
    if (!elements)
        return elements.error();
    for (const auto &[offset, length] : std::as_const(elements.value())) {
        // Parsed from a view into `data` (no copy of the file), once.
        const QByteArray view = QByteArray::fromRawData(data.constData() + offset, length);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(view, &error);
        if (error.error != QJsonParseError::NoError)
            return invalid(entry, offset + error.offset, error.errorString());
        if (!document.isObject())
            return invalid(entry, offset, Tr::tr("an array element is not an object"));
        if (auto done = visit(document.object()); !done)
            return done;
        if (visited)
            ++*visited;
    }
    return {};
}

qsizetype topLevelArray(const QByteArray &data, const QString &key)
{
    const QByteArray quoted = '"' + key.toUtf8() + '"';
    const char *p = data.constData();
    const qsizetype size = data.size();
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            if (depth == 1 && data.mid(i, quoted.size()) == quoted) {
                qsizetype j = i + quoted.size();
                while (j < size && isSpace(p[j]))
                    ++j;
                if (j < size && p[j] == ':') {
                    ++j;
                    while (j < size && isSpace(p[j]))
                        ++j;
                    return j < size && p[j] == '[' ? j : -1;
                }
            }
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

Result<QJsonValue> parse(const QByteArray &data, qsizetype from, const QString &entry)
{
    const QByteArray view = from == 0 ? data
                                      : QByteArray::fromRawData(data.constData() + from,
                                                                data.size() - from);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(view, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(entry, from + error.offset, error.errorString());
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

QString fixMojibake(const QString &text)
{
    bool high = false;
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return text;
        if (c.unicode() >= 0x80)
            high = true;
    }
    if (!high)
        return text;
    const QByteArray bytes = text.toLatin1();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const int length = utf8SequenceLength(p, end);
        if (length == 0)
            return text; // genuinely Latin-1 text, not mojibake
        p += length;
    }
    return QString::fromUtf8(bytes);
}

QJsonValue fixMojibake(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return fixMojibake(value.toString());
    case QJsonValue::Array: {
        QJsonArray fixed;
        for (const QJsonValue &element : value.toArray())
            fixed.append(fixMojibake(element));
        return fixed;
    }
    case QJsonValue::Object: {
        QJsonObject fixed;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fixed.insert(fixMojibake(it.key()), fixMojibake(it.value()));
        return fixed;
    }
    default:
        return value;
    }
}

} // namespace holdfast::importers::json
