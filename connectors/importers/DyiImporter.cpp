#include "connectors/importers/DyiImporter.h"

#include "connectors/importers/ArchiveReader.h"
#include "connectors/importers/ImportWriter.h"
#include "connectors/importers/JsonText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace holdfast::importers {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveImport)
};

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue value = o.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

QDateTime fromSeconds(const QJsonValue &value)
{
    const qint64 seconds = value.toInteger();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

/// The array a file holds: the file itself, or the first array member of its object
/// ("friends_v2", "comments_v2", "relationships_following", ...).
QJsonArray recordsOf(const QJsonValue &data)
{
    if (data.isArray())
        return data.toArray();
    const QJsonObject object = data.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.value().isArray())
            return it.value().toArray();
    return {};
}

QString stableId(const char *prefix, const QStringList &parts)
{
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(24);
    return QLatin1String(prefix) + QString::fromLatin1(hash);
}

QString paragraphs(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QLatin1String("<br>"));
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

} // namespace

QString DyiImporter::fileKind(const QString &path, bool instagram)
{
    const QString p = u'/' + path;
    const QString name = baseName(path);
    static const QRegularExpression messageFile(QStringLiteral("^message_\\d+\\.json$"));
    static const QRegularExpression numbered(QStringLiteral("^(posts|followers|post_comments)(_\\d+)?\\.json$"));
    if (messageFile.match(name).hasMatch()
        && (p.contains(QLatin1String("/messages/inbox/"))
            || p.contains(QLatin1String("/messages/archived_threads/"))
            || p.contains(QLatin1String("/messages/e2ee_cutover/"))
            || p.contains(QLatin1String("/messages/filtered_threads/")))) // message requests
        return QStringLiteral("messages");
    if (name == u"profile_information.json" || name == u"personal_information.json"
        || name == u"page_information.json" || name == u"your_professional_dashboard_activity.json")
        return QStringLiteral("profile");
    if (instagram) {
        const QString stem = numbered.match(name).hasMatch() ? numbered.match(name).captured(1) : QString();
        if (stem == u"posts" && p.contains(QLatin1String("/content/")))
            return QStringLiteral("posts");
        if (stem == u"post_comments")
            return QStringLiteral("comments");
        if (stem == u"followers" && p.contains(QLatin1String("followers_and_following/")))
            return QStringLiteral("followers");
        if (name == u"following.json" && p.contains(QLatin1String("followers_and_following/")))
            return QStringLiteral("following");
        return {};
    }
    // your_posts_1.json (2020), your_posts__check_ins__photos_and_videos_1.json (2024),
    // profile_posts_1.json and videos.json (2025+ profiles and Pages).
    if (p.contains(QLatin1String("/posts/")) && name.endsWith(QLatin1String(".json"))
        && (name.startsWith(QLatin1String("your_posts")) || name.startsWith(QLatin1String("profile_posts"))
            || name == u"videos.json"))
        return QStringLiteral("posts");
    // Who follows the profile or Page ({"followers_v3"|"followers_v2": [{name, timestamp}]}).
    if (name == u"people_who_followed_you.json" && p.contains(QLatin1String("/followers/")))
        return QStringLiteral("followed_by");
    if (name == u"comments.json"
        && (p.contains(QLatin1String("/comments/")) || p.contains(QLatin1String("/comments_and_reactions/"))))
        return QStringLiteral("comments");
    if ((name == u"friends.json" || name == u"your_friends.json") && p.contains(QLatin1String("friends/")))
        return QStringLiteral("friends");
    return {};
}

Person DyiImporter::personNamed(const QString &name) const
{
    if (!name.isEmpty() && (name == m_account.displayName || name == m_account.handle))
        return m_self;
    Person person;
    if (name.isEmpty())
        return person;
    person.platformId = QStringLiteral("name:") + name;
    person.displayName = name;
    return person;
}

MediaRef DyiImporter::mediaRef(const QString &uri, const QString &type) const
{
    MediaRef ref;
    ref.type = type;
    if (uri.startsWith(QLatin1String("http"))) {
        ref.remoteUrl = uri;
        return ref;
    }
    // The exports have no URLs for their files: an archive-scoped key stands in for one,
    // and the file itself is copied from the archive.
    ref.remoteUrl = QStringLiteral("holdfast-archive:%1/%2/%3")
                        .arg(m_account.platform, m_account.platformUserId, uri);
    m_mediaFiles.insert(uri, ref.remoteUrl);
    return ref;
}

DyiImporter::Mapped DyiImporter::map(const QString &kind, const QString &path,
                                     const QJsonValue &data) const
{
    Mapped out;
    auto addMedia = [&](Item &item, const QJsonValue &list, const QString &type) {
        for (const QJsonValue &v : list.toArray()) {
            const QString uri = str(v.toObject(), "uri");
            if (!uri.isEmpty())
                item.media.append(mediaRef(uri, type));
        }
    };
    if (kind == u"messages") {
        const QJsonObject thread = data.toObject();
        QString conversation = str(thread, "thread_path");
        if (conversation.isEmpty())
            conversation = path.section(u'/', -2, -2);
        int index = 0;
        for (const QJsonValue &v : thread.value(QLatin1String("messages")).toArray()) {
            const QJsonObject message = v.toObject();
            Item item;
            item.kind = ItemKind::Message;
            item.conversationId = m_account.platform + u':' + conversation;
            const QString sender = str(message, "sender_name");
            item.author = personNamed(sender);
            const qint64 ms = message.value(QLatin1String("timestamp_ms")).toInteger();
            item.createdAt = ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
            item.text = str(message, "content");
            const QString share = str(message.value(QLatin1String("share")).toObject(), "link");
            item.html = paragraphs(item.text);
            if (!share.isEmpty())
                item.html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(share.toHtmlEscaped());
            addMedia(item, message.value(QLatin1String("photos")), QStringLiteral("image"));
            addMedia(item, message.value(QLatin1String("gifs")), QStringLiteral("gifv"));
            addMedia(item, message.value(QLatin1String("videos")), QStringLiteral("video"));
            addMedia(item, message.value(QLatin1String("audio_files")), QStringLiteral("audio"));
            item.visibility = QStringLiteral("direct");
            item.platformId = stableId("msg:", {conversation, QString::number(ms), sender, item.text,
                                                QString::number(item.media.size())});
            item.rawJson = QJsonDocument(message).toJson(QJsonDocument::Compact);
            ++index;
            if (item.text.isEmpty() && item.media.isEmpty() && share.isEmpty()) {
                out.skipped.append(Tr::tr("%1: message %2 has no text or media (a call or reaction)")
                                       .arg(path).arg(index));
                continue;
            }
            out.items.append({Collection::Messages, item});
        }
        return out;
    }
    const QJsonArray records = recordsOf(data);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        if (kind == u"posts") {
            Item item;
            item.author = m_self;
            item.visibility = QStringLiteral("public");
            if (m_instagram) {
                const QJsonArray media = record.value(QLatin1String("media")).toArray();
                const QJsonObject first = media.first().toObject();
                item.text = str(record, "title").isEmpty() ? str(first, "title") : str(record, "title");
                item.createdAt = fromSeconds(record.contains(QLatin1String("creation_timestamp"))
                                                 ? record.value(QLatin1String("creation_timestamp"))
                                                 : first.value(QLatin1String("creation_timestamp")));
                addMedia(item, media, QStringLiteral("image"));
            } else {
                item.createdAt = fromSeconds(record.value(QLatin1String("timestamp")));
                for (const QJsonValue &d : record.value(QLatin1String("data")).toArray())
                    if (item.text.isEmpty())
                        item.text = str(d.toObject(), "post");
                if (item.text.isEmpty())
                    item.text = str(record, "title");
                for (const QJsonValue &a : record.value(QLatin1String("attachments")).toArray())
                    for (const QJsonValue &d : a.toObject().value(QLatin1String("data")).toArray()) {
                        const QJsonObject media = d.toObject().value(QLatin1String("media")).toObject();
                        const QString uri = str(media, "uri");
                        static const QRegularExpression video(QStringLiteral("\\.(mp4|mov|m4v|webm|3gp|avi)$"),
                                                              QRegularExpression::CaseInsensitiveOption);
                        if (!uri.isEmpty())
                            item.media.append(mediaRef(uri, video.match(uri).hasMatch() ? QStringLiteral("video")
                                                                                        : QStringLiteral("image")));
                    }
            }
            item.html = paragraphs(item.text);
            item.platformId = stableId("post:", {QString::number(item.createdAt.toSecsSinceEpoch()), item.text});
            item.rawJson = QJsonDocument(record).toJson(QJsonDocument::Compact);
            if (!item.createdAt.isValid() && item.text.isEmpty() && item.media.isEmpty()) {
                out.skipped.append(Tr::tr("%1: a post without time, text or media").arg(path));
                continue;
            }
            out.items.append({Collection::Posts, item});
        } else if (kind == u"comments") {
            Item item;
            item.kind = ItemKind::Comment;
            item.author = m_self;
            if (m_instagram) {
                const QJsonObject fields = record.value(QLatin1String("string_map_data")).toObject();
                item.text = str(fields.value(QLatin1String("Comment")).toObject(), "value");
                item.createdAt = fromSeconds(fields.value(QLatin1String("Time")).toObject().value(QLatin1String("timestamp")));
            } else {
                item.createdAt = fromSeconds(record.value(QLatin1String("timestamp")));
                for (const QJsonValue &d : record.value(QLatin1String("data")).toArray()) {
                    const QJsonObject comment = d.toObject().value(QLatin1String("comment")).toObject();
                    if (item.text.isEmpty())
                        item.text = str(comment, "comment");
                }
                item.spoilerText = QString(); // the title ("X commented on Y's post") is context
            }
            item.html = paragraphs(item.text);
            item.platformId = stableId("comment:", {QString::number(item.createdAt.toSecsSinceEpoch()), item.text});
            item.rawJson = QJsonDocument(record).toJson(QJsonDocument::Compact);
            if (item.text.isEmpty()) {
                out.skipped.append(Tr::tr("%1: a comment without text").arg(path));
                continue;
            }
            out.items.append({Collection::Posts, item});
        } else if (kind == u"friends") {
            const Person person = personNamed(str(record, "name"));
            if (person.platformId.isEmpty())
                continue;
            // Friendship goes both ways.
            out.contacts.append({Collection::Followers, person});
            out.contacts.append({Collection::Following, person});
        } else if (kind == u"followed_by") {
            Person person = personNamed(str(record, "name"));
            if (person.platformId.isEmpty())
                continue;
            person.rawJson = QJsonDocument(record).toJson(QJsonDocument::Compact);
            out.contacts.append({Collection::Followers, person});
        } else if (kind == u"followers" || kind == u"following") {
            for (const QJsonValue &v : record.value(QLatin1String("string_list_data")).toArray()) {
                const QJsonObject entry = v.toObject();
                Person person;
                person.platformId = str(entry, "value");
                person.handle = person.platformId;
                person.url = str(entry, "href");
                person.rawJson = QJsonDocument(entry).toJson(QJsonDocument::Compact);
                if (person.platformId.isEmpty())
                    continue;
                out.contacts.append({kind == u"followers" ? Collection::Followers : Collection::Following, person});
            }
        }
    }
    return out;
}

Result<ArchiveIdentity> DyiImporter::identity(ArchiveReader &reader)
{
    // Which file says whose download it is, best first. A Page's own download of the 2025+
    // layout has no page file; only its professional dashboard activity names the Page.
    static const QStringList identityFiles = {
        QStringLiteral("page_information.json"), QStringLiteral("profile_information.json"),
        QStringLiteral("personal_information.json"),
        QStringLiteral("your_professional_dashboard_activity.json")};
    QMap<qsizetype, QJsonObject> candidates;
    auto read = reader.forEach(
        [&](const QString &path) { return fileKind(path, m_instagram) == u"profile"; },
        [&](ArchiveEntry &entry) -> Result<void> {
            const qsizetype rank = identityFiles.indexOf(baseName(entry.path()));
            if (candidates.contains(rank))
                return {};
            auto data = entry.readAll();
            if (!data)
                return data.error();
            if (auto utf8 = json::checkUtf8(data.value(), entry.path()); !utf8)
                return utf8;
            auto parsed = json::parse(data.value(), 0, entry.path());
            if (!parsed)
                return parsed.error();
            candidates.insert(rank, json::fixMojibake(parsed.value()).toObject());
            return {};
        });
    if (!read)
        return read.error();
    const qsizetype rank = candidates.isEmpty() ? -1 : candidates.firstKey();
    QJsonObject profile = candidates.value(rank);
    const bool dashboard = rank == identityFiles.size() - 1;
    const bool page = rank == 0 || dashboard;
    if (dashboard) {
        const QJsonObject activity =
            profile.value(QLatin1String("prodash_activity")).toArray().first().toObject();
        profile = QJsonObject{{QStringLiteral("name"), activity.value(QLatin1String("page_name"))}};
    }

    ArchiveIdentity identity;
    Account &a = identity.account;
    a.platform = m_instagram ? QStringLiteral("instagram") : QStringLiteral("facebook");
    a.server = m_instagram ? QStringLiteral("https://www.instagram.com") : QStringLiteral("https://www.facebook.com");
    if (m_instagram) {
        const QJsonObject fields = profile.value(QLatin1String("profile_user")).toArray().first().toObject()
                                       .value(QLatin1String("string_map_data")).toObject();
        a.handle = str(fields.value(QLatin1String("Username")).toObject(), "value");
        a.displayName = str(fields.value(QLatin1String("Name")).toObject(), "value");
        a.platformUserId = a.handle;
        if (!a.handle.isEmpty())
            a.profileUrl = a.server + u'/' + a.handle;
    } else if (page) {
        // A Page's own download: the data belongs to the Page, not to a person.
        QJsonObject info = profile.value(QLatin1String("page")).toObject();
        if (info.isEmpty())
            info = profile;
        a.displayName = str(info, "name");
        a.platformUserId = str(info, "id").isEmpty() ? QStringLiteral("page:") + a.displayName
                                                     : str(info, "id");
        a.handle = a.displayName;
        a.profileUrl = str(info, "url");
    } else {
        QJsonObject info = profile.value(QLatin1String("profile_v2")).toObject();
        if (info.isEmpty())
            info = profile.value(QLatin1String("profile")).toObject();
        const QJsonValue name = info.value(QLatin1String("name"));
        a.displayName = name.isObject() ? str(name.toObject(), "full_name") : name.toString();
        a.handle = str(info, "username").isEmpty() ? a.displayName : str(info, "username");
        a.profileUrl = str(info, "profile_uri");
        a.platformUserId = !a.profileUrl.isEmpty() ? a.profileUrl : QStringLiteral("name:") + a.displayName;
    }
    identity.known = !a.displayName.isEmpty() || !a.handle.isEmpty();
    return identity;
}

Result<void> DyiImporter::import(ArchiveReader &reader, ImportWriter &writer)
{
    m_account = writer.account();
    m_self.platformId = m_account.platformUserId;
    m_self.handle = m_account.handle;
    m_self.displayName = m_account.displayName;
    m_self.url = m_account.profileUrl;

    auto data = reader.forEach(
        [&](const QString &path) {
            const QString kind = fileKind(path, m_instagram);
            return !kind.isEmpty() && kind != u"profile";
        },
        [&](ArchiveEntry &entry) -> Result<void> {
            const QString kind = fileKind(entry.path(), m_instagram);
            const QString countName = kind == u"messages" ? collectionName(Collection::Messages)
                                      : kind == u"friends" || kind == u"followers" ? collectionName(Collection::Followers)
                                      : kind == u"following" ? collectionName(Collection::Following)
                                      : collectionName(Collection::Posts);
            auto parsed = [&]() -> Result<QJsonValue> {
                auto bytes = entry.readAll();
                if (!bytes)
                    return bytes.error();
                if (auto utf8 = json::checkUtf8(bytes.value(), entry.path()); !utf8)
                    return utf8.error();
                return json::parse(bytes.value(), 0, entry.path());
            }();
            if (!parsed) {
                if (parsed.error().code != Error::Code::InvalidInput)
                    return parsed.error();
                writer.skip(countName, parsed.error().message);
                return {};
            }
            const Mapped mapped = map(kind, entry.path(), json::fixMojibake(parsed.value()));
            for (const QString &reason : mapped.skipped)
                writer.skip(countName, reason);
            for (const auto &[collection, item] : mapped.items)
                if (auto added = writer.addItem(collection, item); !added)
                    return added;
            for (const auto &[collection, person] : mapped.contacts)
                if (auto added = writer.addContact(collection, person); !added)
                    return added;
            return {};
        });
    if (!data)
        return data;
    if (auto flushed = writer.flush(); !flushed)
        return flushed;
    // Media uris are relative to the export's top level; a zipped folder adds one level.
    auto uriOf = [&](const QString &path) -> QString {
        if (m_mediaFiles.contains(path))
            return path;
        const QString inner = path.section(u'/', 1);
        return m_mediaFiles.contains(inner) ? inner : QString();
    };
    return reader.forEach([&](const QString &path) { return !uriOf(path).isEmpty(); },
                          [&](ArchiveEntry &entry) {
                              return writer.importMedia(m_mediaFiles.value(uriOf(entry.path())), entry);
                          });
}

} // namespace holdfast::importers
