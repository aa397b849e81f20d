#include "connectors/importers/FormatDetector.h"

#include "connectors/importers/ArchiveReader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace holdfast::importers {

namespace {

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash + 1);
}

QByteArray trimmedStart(const QByteArray &head)
{
    QByteArray text = head.startsWith("\xef\xbb\xbf") ? head.mid(3) : head;
    return text.trimmed();
}

/// Known files of Facebook/Instagram downloads, as path endings, in either layout.
struct DyiMarker { const char *suffix; ArchiveFormat format; };
constexpr DyiMarker kDyiMarkers[] = {
    {"your_instagram_activity/", ArchiveFormat::InstagramDyi},
    {"followers_and_following/", ArchiveFormat::InstagramDyi},
    {"content/posts_1.json", ArchiveFormat::InstagramDyi},
    {"personal_information/personal_information.json", ArchiveFormat::InstagramDyi},
    {"your_facebook_activity/", ArchiveFormat::FacebookDyi},
    {"posts/your_posts_1.json", ArchiveFormat::FacebookDyi},
    {"comments/comments.json", ArchiveFormat::FacebookDyi},
    {"friends/friends.json", ArchiveFormat::FacebookDyi},
    {"friends/your_friends.json", ArchiveFormat::FacebookDyi},
    {"profile_information/profile_information.json", ArchiveFormat::FacebookDyi},
    {"page_information/page_information.json", ArchiveFormat::FacebookDyi},
    // 2025+ downloads of a profile or a Page (Pages are profiles in the "new Pages experience").
    {"this_profile's_activity_across_facebook/", ArchiveFormat::FacebookDyi},
    {"your_activity_across_facebook/", ArchiveFormat::FacebookDyi},
    {"posts/profile_posts_1.json", ArchiveFormat::FacebookDyi},
};

} // namespace

bool FormatDetector::wantsHead(const QString &path)
{
    const QString name = baseName(path);
    if (path.count(u'/') > 4)
        return false;
    return name.endsWith(QLatin1String(".js")) || name == u"outbox.json" || name == u"actor.json"
           || !path.contains(u'/');
}

bool FormatDetector::looksLikeCar(const QByteArray &head)
{
    // varint header length
    qint64 length = 0;
    int shift = 0;
    int pos = 0;
    for (; pos < head.size() && pos < 9; ++pos) {
        const auto byte = quint8(head.at(pos));
        length |= qint64(byte & 0x7f) << shift;
        shift += 7;
        if (!(byte & 0x80))
            break;
    }
    ++pos;
    if (length < 8 || length > 1 << 20 || pos >= head.size())
        return false;
    const auto first = quint8(head.at(pos));
    if ((first >> 5) != 5) // CBOR major type 5: map
        return false;
    const QByteArray header = head.mid(pos, length);
    return header.contains("version") && header.contains("roots");
}

QString FormatDetector::mastodonCsvKind(const QByteArray &head)
{
    const QByteArray firstLine = trimmedStart(head).split('\n').value(0).trimmed();
    if (firstLine.startsWith("Account address,Show boosts"))
        return QStringLiteral("following");
    if (firstLine.startsWith("Account address,Hide notifications"))
        return QStringLiteral("muted");
    if (firstLine.isEmpty() || firstLine.startsWith('{') || firstLine.startsWith('['))
        return {};
    static const QRegularExpression uri(QStringLiteral("^https?://\\S+$"));
    static const QRegularExpression address(QStringLiteral("^@?[\\w.-]+@[\\w.-]+\\.[a-z]{2,}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression domain(QStringLiteral("^[\\w-]+(\\.[\\w-]+)+$"));
    static const QRegularExpression list(QStringLiteral("^[^,]+,@?[\\w.-]+@[\\w.-]+$"));
    const QString line = QString::fromUtf8(firstLine);
    if (uri.match(line).hasMatch())
        return QStringLiteral("bookmarks");
    if (address.match(line).hasMatch())
        return QStringLiteral("blocked");
    if (list.match(line).hasMatch())
        return QStringLiteral("lists");
    if (domain.match(line).hasMatch())
        return QStringLiteral("blocked_domains");
    return {};
}

DetectedFormat FormatDetector::detect(const ArchiveReader &reader)
{
    const QList<ArchiveEntryInfo> &entries = reader.entries();
    if (reader.kind() == ArchiveReader::Kind::PlainFile && entries.size() == 1) {
        const QByteArray head = reader.head(entries.first().path);
        if (looksLikeCar(head))
            return {ArchiveFormat::BlueskyCar, QString()};
        if (!mastodonCsvKind(head).isEmpty())
            return {ArchiveFormat::MastodonCsv, QString()};
        return {};
    }

    // X: manifest.js with __THAR_CONFIG, else any data file starting with window.YTD.
    QString xRoot;
    bool xFound = false;
    for (const ArchiveEntryInfo &entry : entries) {
        if (baseName(entry.path) == u"manifest.js"
            && trimmedStart(reader.head(entry.path)).startsWith("window.__THAR_CONFIG"))
            return {ArchiveFormat::XArchive, directoryOf(entry.path)};
        if (!xFound && entry.path.endsWith(QLatin1String(".js"))
            && trimmedStart(reader.head(entry.path)).startsWith("window.YTD.")) {
            xFound = true;
            xRoot = directoryOf(entry.path);
        }
    }
    if (xFound)
        return {ArchiveFormat::XArchive, xRoot};

    // Mastodon: an outbox.json OrderedCollection beside actor.json.
    for (const ArchiveEntryInfo &entry : entries) {
        if (baseName(entry.path) != u"outbox.json")
            continue;
        const QString root = directoryOf(entry.path);
        const QByteArray head = reader.head(entry.path);
        if (reader.contains(root + u"actor.json") && head.contains("OrderedCollection"))
            return {ArchiveFormat::MastodonExport, root};
    }

    // Facebook / Instagram: known files of either layout.
    int facebook = 0;
    int instagram = 0;
    for (const ArchiveEntryInfo &entry : entries) {
        const QString path = u'/' + entry.path;
        for (const DyiMarker &marker : kDyiMarkers) {
            const QString suffix = QLatin1String(marker.suffix);
            const bool hit = suffix.endsWith(u'/') ? path.contains(u'/' + suffix)
                                                   : path.endsWith(u'/' + suffix);
            if (hit)
                (marker.format == ArchiveFormat::FacebookDyi ? facebook : instagram)++;
        }
    }
    const bool hasInbox = std::any_of(entries.cbegin(), entries.cend(), [](const auto &e) {
        return e.path.contains(QLatin1String("messages/inbox/"))
               && baseName(e.path).startsWith(QLatin1String("message_"));
    });
    if (instagram > facebook)
        return {ArchiveFormat::InstagramDyi, QString()};
    if (facebook > 0 || hasInbox)
        return {ArchiveFormat::FacebookDyi, QString()};
    return {};
}

} // namespace holdfast::importers
