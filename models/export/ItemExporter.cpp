#include "models/export/ItemExporter.h"

#include "models/domain/Item.h"
#include "models/domain/Person.h"
#include "models/store/Store.h"

#include <QByteArray>
#include <QFileDevice>
#include <QIODevice>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

// Schema and conventions: docs/EXPORT.md. Keep both in sync — the document is a contract
// for people's scripts, so columns are only ever appended, never renamed or reordered.

namespace holdfast {

namespace {

// ---- Values ---------------------------------------------------------------------------------

struct MediaValue
{
    QString url;
    QString type;
    QString description;
    QString localPath; ///< empty = not downloaded (null)
};

/// One cell of a record: null, string, integer or list of media attachments.
using Value = std::variant<std::monostate, QString, qint64, std::vector<MediaValue>>;

struct Field
{
    const char *key;
    Value value;
};

Value nullableString(const QString &s)
{
    if (s.isEmpty())
        return std::monostate{};
    return s;
}

/// ISO 8601, UTC, always with milliseconds: 2024-03-05T10:20:30.123Z. Invalid = null.
Value dateValue(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::monostate{};
    // Same text as toString(Qt::ISODateWithMs) in UTC ("2024-03-01T09:30:00.000Z"), written
    // by hand: QDateTime's formatting went through printf and was a tenth of an export's time.
    const QDateTime utc = dt.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    return QString::fromLatin1(text, qsizetype(sizeof(text) - 1));
}

// ---- Record layouts -------------------------------------------------------------------------
// The key lists below ARE the column order of both formats.

constexpr const char *kItemKeys[] = {
    "id", "kind", "created_at", "author", "text", "html", "url", "in_reply_to_id",
    "conversation_id", "boost_of_id", "edited_at", "deleted_at",
    // additions (documented in docs/EXPORT.md)
    "captured_at", "author_id", "author_display_name", "author_url", "spoiler_text",
    "visibility", "language", "reply_count", "boost_count", "favourite_count", "media",
};

constexpr const char *kPersonKeys[] = {
    "id", "handle", "display_name", "url", "followed_at", "unfollowed_at", "avatar_url",
};

std::vector<Field> itemFields(const Item &item)
{
    std::vector<MediaValue> media;
    media.reserve(size_t(item.media.size()));
    for (const MediaRef &ref : item.media) {
        MediaValue m{ref.remoteUrl, ref.type, ref.description, {}};
        for (const MediaFile &file : item.mediaFiles) {
            if (!file.localPath.isEmpty() && file.remoteUrl == ref.remoteUrl) {
                m.localPath = file.localPath;
                break;
            }
        }
        media.push_back(std::move(m));
    }

    std::vector<Field> fields{
        {"id", item.platformId},
        {"kind", itemKindName(item.kind)},
        {"created_at", dateValue(item.createdAt)},
        {"author", item.author.handle},
        {"text", item.text},
        {"html", item.html},
        {"url", item.url},
        {"in_reply_to_id", nullableString(item.inReplyToId)},
        {"conversation_id", nullableString(item.conversationId)},
        {"boost_of_id", nullableString(item.boostOfId)},
        {"edited_at", dateValue(item.editedAt)},
        {"deleted_at", dateValue(item.deletedAt)},
        {"captured_at", dateValue(item.firstSeenAt)},
        {"author_id", nullableString(item.author.platformId)},
        {"author_display_name", item.author.displayName},
        {"author_url", item.author.url},
        {"spoiler_text", item.spoilerText},
        {"visibility", nullableString(item.visibility)},
        {"language", nullableString(item.language)},
        {"reply_count", qint64(item.replyCount)},
        {"boost_count", qint64(item.boostCount)},
        {"favourite_count", qint64(item.favouriteCount)},
        {"media", std::move(media)},
    };
    Q_ASSERT(fields.size() == std::size(kItemKeys));
    return fields;
}

std::vector<Field> personFields(const Contact &contact)
{
    const Person &p = contact.person;
    std::vector<Field> fields{
        {"id", p.platformId},
        {"handle", p.handle},
        {"display_name", p.displayName},
        {"url", p.url},
        {"followed_at", dateValue(contact.firstSeen)},
        {"unfollowed_at", dateValue(contact.unfollowedAt)},
        {"avatar_url", p.avatarUrl},
    };
    Q_ASSERT(fields.size() == std::size(kPersonKeys));
    return fields;
}

// ---- JSON Lines -----------------------------------------------------------------------------

void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype end) {
        if (end > plainStart)
            out += QStringView(s).mid(plainStart, end - plainStart).toUtf8();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const char *escape = nullptr;
        switch (c) {
        case u'"': escape = "\\\""; break;
        case u'\\': escape = "\\\\"; break;
        case u'\n': escape = "\\n"; break;
        case u'\r': escape = "\\r"; break;
        case u'\t': escape = "\\t"; break;
        case u'\b': escape = "\\b"; break;
        case u'\f': escape = "\\f"; break;
        default: break;
        }
        // Control characters must be escaped; U+0085, U+2028 and U+2029 are escaped too so
        // that no tool that splits on Unicode line separators ever sees a record break.
        const bool unicodeEscape = !escape
            && (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029);
        if (!escape && !unicodeEscape)
            continue;
        flushPlain(i);
        plainStart = i + 1;
        if (escape) {
            out += escape;
        } else {
            out += "\\u";
            out += hex[(c >> 12) & 0xf];
            out += hex[(c >> 8) & 0xf];
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    flushPlain(s.size());
    out += '"';
}

void appendJsonValue(QByteArray &out, const Value &value)
{
    if (std::holds_alternative<std::monostate>(value)) {
        out += "null";
    } else if (const auto *s = std::get_if<QString>(&value)) {
        appendJsonString(out, *s);
    } else if (const auto *n = std::get_if<qint64>(&value)) {
        out += QByteArray::number(*n);
    } else if (const auto *media = std::get_if<std::vector<MediaValue>>(&value)) {
        out += '[';
        bool first = true;
        for (const MediaValue &m : *media) {
            if (!first)
                out += ',';
            first = false;
            out += "{\"url\":";
            appendJsonValue(out, nullableString(m.url));
            out += ",\"type\":";
            appendJsonValue(out, nullableString(m.type));
            out += ",\"description\":";
            appendJsonString(out, m.description);
            out += ",\"local_path\":";
            appendJsonValue(out, nullableString(m.localPath));
            out += '}';
        }
        out += ']';
    }
}

QByteArray jsonLine(const std::vector<Field> &fields)
{
    QByteArray out;
    out.reserve(512);
    out += '{';
    bool first = true;
    for (const Field &field : fields) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += field.key; // keys are plain ASCII identifiers
        out += "\":";
        appendJsonValue(out, field.value);
    }
    out += "}\n";
    return out;
}

// ---- CSV (RFC 4180) -------------------------------------------------------------------------

void appendCsvField(QByteArray &out, const QString &s)
{
    const bool quote = s.contains(u',') || s.contains(u'"') || s.contains(u'\r')
        || s.contains(u'\n');
    if (!quote) {
        out += s.toUtf8();
        return;
    }
    QString escaped = s;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    out += '"';
    out += escaped.toUtf8();
    out += '"';
}

QString csvText(const Value &value)
{
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    if (const auto *n = std::get_if<qint64>(&value))
        return QString::number(*n);
    if (const auto *media = std::get_if<std::vector<MediaValue>>(&value)) {
        // One token per attachment, in order, separated by one space: the local path
        // (relative to the data directory) once downloaded, the remote URL before that.
        QStringList parts;
        for (const MediaValue &m : *media)
            parts.append(m.localPath.isEmpty() ? m.url : m.localPath);
        return parts.join(u' ');
    }
    return {}; // null
}

QByteArray csvRow(const std::vector<Field> &fields)
{
    QByteArray out;
    out.reserve(512);
    bool first = true;
    for (const Field &field : fields) {
        if (!first)
            out += ',';
        first = false;
        appendCsvField(out, csvText(field.value));
    }
    out += "\r\n";
    return out;
}

template<size_t N>
QByteArray csvHeader(const char *const (&keys)[N])
{
    QByteArray out;
    for (size_t i = 0; i < N; ++i) {
        if (i)
            out += ',';
        out += keys[i];
    }
    out += "\r\n";
    return out;
}

// ---- Writing --------------------------------------------------------------------------------

class Writer
{
public:
    explicit Writer(QIODevice *device) : m_device(device) {}

    bool write(const QByteArray &bytes)
    {
        if (m_failed)
            return false;
        qsizetype done = 0;
        while (done < bytes.size()) {
            const qint64 n = m_device->write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0) {
                m_failed = true;
                return false;
            }
            done += n;
        }
        return true;
    }

    bool flush()
    {
        if (m_failed)
            return false;
        if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
            if (!file->flush() || file->error() != QFileDevice::NoError) {
                m_failed = true;
                return false;
            }
        }
        return true;
    }

    bool failed() const { return m_failed; }

    Error error() const
    {
        QString reason = m_device->errorString();
        if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
            reason = QStringLiteral("the output refused the data (disk full or closed?)");
        return makeError(Error::Code::Io,
                         QStringLiteral("Could not write the export: %1").arg(reason));
    }

private:
    QIODevice *m_device;
    bool m_failed = false;
};

} // namespace

Result<qint64> exportCollection(const Store &store, const ExportOptions &options, QIODevice *out)
{
    if (!out || !out->isOpen() || !out->isWritable())
        return makeError(Error::Code::Io,
                         QStringLiteral("Could not write the export: the output is not open for writing."));
    if (options.since.isValid() && options.until.isValid() && options.since >= options.until)
        return makeError(Error::Code::InvalidInput,
                         QStringLiteral("The start of the date range (%1) must be earlier than its end (%2).")
                             .arg(options.since.toUTC().toString(Qt::ISODateWithMs),
                                  options.until.toUTC().toString(Qt::ISODateWithMs)));
    if (!store.account(options.accountId))
        return makeError(Error::Code::NotFound,
                         QStringLiteral("There is no account with id %1 in the archive.")
                             .arg(options.accountId));

    const bool csv = options.format == ExportFormat::Csv;
    const bool people = isContactCollection(options.collection);
    const QString name = collectionName(options.collection);

    Writer writer(out);
    if (csv) {
        if (options.csvByteOrderMark)
            writer.write(QByteArrayLiteral("\xEF\xBB\xBF"));
        writer.write(people ? csvHeader(kPersonKeys) : csvHeader(kItemKeys));
        if (writer.failed())
            return writer.error();
    }

    qint64 count = 0;
    qint64 total = 0;
    bool cancelled = false;
    auto emitRecord = [&](const std::vector<Field> &fields) {
        if (!writer.write(csv ? csvRow(fields) : jsonLine(fields)))
            return false; // stop the walk; reported below
        ++count;
        if (options.progress && !options.progress(count, total))
            cancelled = true;
        return !cancelled;
    };

    Result<void> walked;
    if (people) {
        ContactFilter filter;
        filter.accountId = options.accountId;
        filter.direction = options.collection == Collection::Followers ? FollowDirection::Follower
                                                                       : FollowDirection::Following;
        filter.since = options.since;
        filter.until = options.until;
        filter.includeEnded = true;
        if (options.progress)
            total = store.itemCount(options.accountId, options.collection);
        walked = store.forEachContact(filter, [&](const Contact &contact) {
            return emitRecord(personFields(contact));
        });
    } else {
        ItemFilter filter;
        filter.accountId = options.accountId;
        filter.collection = options.collection;
        filter.since = options.since;
        filter.until = options.until;
        filter.includeRemoved = true;
        if (options.progress)
            total = store.countItems(filter);
        walked = store.forEachItem(filter, [&](const Item &item) {
            return emitRecord(itemFields(item));
        });
    }

    if (writer.failed())
        return writer.error();
    if (cancelled)
        return makeError(Error::Code::Cancelled, QStringLiteral("The export was cancelled."));
    if (!walked) {
        return makeError(walked.error().code,
                         QStringLiteral("Could not read %1 from the archive after %2 records: %3")
                             .arg(name)
                             .arg(count)
                             .arg(walked.error().message));
    }
    if (!writer.flush())
        return writer.error();
    return count;
}

} // namespace holdfast
