#include "connectors/importers/MastodonExportImporter.h"

#include "connectors/common/HtmlText.h"
#include "connectors/importers/ArchiveReader.h"
#include "connectors/importers/ImportWriter.h"
#include "connectors/importers/JsonText.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace holdfast::importers {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveImport)
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

const QString kPublic = QStringLiteral("https://www.w3.org/ns/activitystreams#Public");

QStringList audience(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString serverOf(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.scheme() + QStringLiteral("://") + url.authority();
}

Result<QByteArray> readJsonEntry(ArchiveEntry &entry)
{
    auto data = entry.readAll();
    if (!data)
        return data.error();
    if (auto utf8 = json::checkUtf8(data.value(), entry.path()); !utf8)
        return utf8.error();
    return data;
}

} // namespace

QString MastodonExportImporter::statusId(const QString &uri, const QString &server)
{
    if (!server.isEmpty() && uri.startsWith(server + u'/')) {
        const QStringList parts = QUrl(uri).path().split(u'/', Qt::SkipEmptyParts);
        const qsizetype at = parts.indexOf(QStringLiteral("statuses"));
        if (at >= 0 && at + 1 < parts.size())
            return parts.at(at + 1);
    }
    return uri;
}

std::optional<Item> MastodonExportImporter::activityItem(const QJsonObject &activity,
                                                         const Person &author,
                                                         const QString &server,
                                                         QHash<QString, QString> *mediaFiles)
{
    const QString type = str(activity, "type");
    if (type != u"Create" && type != u"Announce")
        return std::nullopt;
    Item item;
    item.author = author;
    item.rawJson = QJsonDocument(activity).toJson(QJsonDocument::Compact);
    const QStringList to = audience(activity.value(QLatin1String("to")));
    const QStringList cc = audience(activity.value(QLatin1String("cc")));
    if (to.contains(kPublic))
        item.visibility = QStringLiteral("public");
    else if (cc.contains(kPublic))
        item.visibility = QStringLiteral("unlisted");
    else if (std::any_of(to.cbegin(), to.cend(),
                         [](const QString &t) { return t.endsWith(QLatin1String("/followers")); }))
        item.visibility = QStringLiteral("private");
    else
        item.visibility = QStringLiteral("direct");

    if (type == u"Announce") {
        const QString id = str(activity, "id");
        item.platformId = statusId(id.endsWith(QLatin1String("/activity")) ? id.chopped(9) : id, server);
        item.kind = ItemKind::Boost;
        const QJsonValue object = activity.value(QLatin1String("object"));
        const QString target = object.isString() ? object.toString() : str(object.toObject(), "id");
        item.boostOfId = statusId(target, server);
        item.url = target;
        item.createdAt = QDateTime::fromString(str(activity, "published"), Qt::ISODateWithMs).toUTC();
        return item;
    }

    const QJsonObject note = activity.value(QLatin1String("object")).toObject();
    if (note.isEmpty())
        return std::nullopt;
    item.platformId = statusId(str(note, "id"), server);
    item.uri = str(note, "id");
    item.createdAt = QDateTime::fromString(str(note, "published"), Qt::ISODateWithMs).toUTC();
    const QDateTime updated = QDateTime::fromString(str(note, "updated"), Qt::ISODateWithMs).toUTC();
    if (updated.isValid() && updated != item.createdAt)
        item.editedAt = updated;
    item.html = str(note, "content");
    item.text = htmlToPlainText(item.html);
    item.spoilerText = str(note, "summary");
    item.url = str(note, "url").isEmpty() ? str(note, "id") : str(note, "url");
    const QString inReplyTo = str(note, "inReplyTo");
    item.inReplyToId = inReplyTo.isEmpty() ? QString() : statusId(inReplyTo, server);
    item.conversationId = str(note, "conversation");
    const QJsonObject contentMap = note.value(QLatin1String("contentMap")).toObject();
    if (!contentMap.isEmpty())
        item.language = contentMap.keys().first();
    item.kind = item.visibility == u"direct" ? ItemKind::Message
                : item.inReplyToId.isEmpty() ? ItemKind::Post : ItemKind::Reply;
    for (const QJsonValue &value : note.value(QLatin1String("attachment")).toArray()) {
        const QJsonObject attachment = value.toObject();
        QString path = str(attachment, "url");
        if (path.isEmpty())
            continue;
        MediaRef ref;
        const QString mediaType = str(attachment, "mediaType");
        ref.type = mediaType.startsWith(QLatin1String("image/")) ? QStringLiteral("image")
                   : mediaType.startsWith(QLatin1String("video/")) ? QStringLiteral("video")
                   : mediaType.startsWith(QLatin1String("audio/")) ? QStringLiteral("audio")
                                                                   : QStringLiteral("unknown");
        ref.description = str(attachment, "name");
        if (QUrl(path).isRelative()) {
            while (path.startsWith(u'/'))
                path.remove(0, 1);
            // Mastodon serves local media from /system/<path>; the archive drops "system/".
            ref.remoteUrl = server + QStringLiteral("/system/") + path;
            if (mediaFiles)
                mediaFiles->insert(path, ref.remoteUrl);
        } else {
            ref.remoteUrl = path;
        }
        item.media.append(ref);
    }
    return item;
}

Result<ArchiveIdentity> MastodonExportImporter::identity(ArchiveReader &reader)
{
    const QString actorPath = m_root + u"actor.json";
    QJsonObject actor;
    auto read = reader.forEach([&](const QString &path) { return path == actorPath; },
                               [&](ArchiveEntry &entry) -> Result<void> {
                                   auto data = readJsonEntry(entry);
                                   if (!data)
                                       return data.error();
                                   auto parsed = json::parse(data.value(), 0, entry.path());
                                   if (!parsed)
                                       return parsed.error();
                                   actor = parsed->toObject();
                                   return {};
                               });
    if (!read)
        return read.error();
    const QString id = str(actor, "id");
    m_server = serverOf(id);
    if (m_server.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("%1: entry %2 has no actor id, so it is not clear whose archive it is")
                             .arg(reader.displayName(), actorPath));
    ArchiveIdentity identity;
    Account &a = identity.account;
    a.platform = QStringLiteral("mastodon");
    a.server = m_server;
    a.platformUserId = id;
    a.handle = str(actor, "preferredUsername") + u'@' + QUrl(id).host();
    a.displayName = str(actor, "name").isEmpty() ? str(actor, "preferredUsername") : str(actor, "name");
    a.profileUrl = str(actor, "url").isEmpty() ? id : str(actor, "url");
    identity.aliases = {id, a.profileUrl};
    return identity;
}

Result<void> MastodonExportImporter::import(ArchiveReader &reader, ImportWriter &writer)
{
    const Account &account = writer.account();
    if (m_server.isEmpty())
        m_server = account.server;
    Person self;
    self.platformId = account.platformUserId;
    self.handle = account.handle;
    self.displayName = account.displayName;
    self.url = account.profileUrl;
    self.avatarUrl = account.avatarUrl;

    QHash<QString, QString> mediaFiles;
    const QString outbox = m_root + u"outbox.json";
    const QString likes = m_root + u"likes.json";
    const QString bookmarks = m_root + u"bookmarks.json";
    auto visit = [&](ArchiveEntry &entry) -> Result<void> {
        const bool isOutbox = entry.path() == outbox;
        const QString countName = isOutbox ? collectionName(Collection::Posts)
                                  : entry.path() == likes ? collectionName(Collection::Favourites)
                                                          : collectionName(Collection::Bookmarks);
        int visited = 0;
        Result<void> done = [&]() -> Result<void> {
            auto data = readJsonEntry(entry);
            if (!data)
                return data.error();
            const qsizetype array = json::topLevelArray(data.value(), QStringLiteral("orderedItems"));
            if (array < 0)
                return makeError(Error::Code::InvalidInput,
                                 Tr::tr("entry %1: not an OrderedCollection with orderedItems").arg(entry.path()));
            if (isOutbox) {
                return json::forEachObject(data.value(), array, entry.path(),
                    [&](const QJsonObject &activity) -> Result<void> {
                        std::optional<Item> item = activityItem(activity, self, m_server, &mediaFiles);
                        if (!item || item->platformId.isEmpty()) {
                            writer.skip(countName, Tr::tr("%1: activity of type \"%2\" is not imported")
                                                       .arg(entry.path(), str(activity, "type")));
                            return {};
                        }
                        if (item->kind == ItemKind::Message) {
                            if (auto added = writer.addItem(Collection::Messages, *item); !added)
                                return added;
                        }
                        return writer.addItem(Collection::Posts, std::move(*item));
                    }, false, &visited);
            }
            // likes/bookmarks: an array of status URIs (strings).
            auto elements = json::arrayElements(data.value(), array, entry.path(), false);
            if (!elements)
                return elements.error();
            QList<QString> uris;
            for (const auto &[offset, length] : std::as_const(elements.value())) {
                const QByteArray element = '[' + data->mid(offset, length) + ']';
                auto parsed = json::parse(element, 0, entry.path());
                if (!parsed)
                    return makeError(Error::Code::InvalidInput,
                                     Tr::tr("entry %1: invalid JSON at byte %2").arg(entry.path()).arg(offset));
                uris.append(parsed->toArray().first().toString());
            }
            // Statuses the API stored already (under their numeric id) are matched by URI.
            const QHash<QString, QString> stored = writer.storedIdsByUri(uris);
            for (const QString &uri : std::as_const(uris)) {
                if (uri.isEmpty()) {
                    writer.skip(countName, Tr::tr("%1: an entry that is not a status URI").arg(entry.path()));
                    continue;
                }
                Item item;
                item.platformId = stored.value(uri, statusId(uri, m_server));
                item.uri = uri;
                item.url = uri;
                item.kind = ItemKind::Post;
                if (auto added = writer.addItem(entry.path() == likes ? Collection::Favourites
                                                                      : Collection::Bookmarks,
                                                std::move(item));
                    !added)
                    return added;
            }
            return {};
        }();
        if (!done) {
            if (done.error().code != Error::Code::InvalidInput)
                return done;
            writer.fileFailed(countName, done.error(), visited);
        }
        return {};
    };
    auto data = reader.forEach(
        [&](const QString &path) { return path == outbox || path == likes || path == bookmarks; },
        visit);
    if (!data)
        return data;
    if (auto flushed = writer.flush(); !flushed)
        return flushed;
    return reader.forEach(
        [&](const QString &path) {
            return path.startsWith(m_root) && mediaFiles.contains(path.mid(m_root.size()));
        },
        [&](ArchiveEntry &entry) {
            return writer.importMedia(mediaFiles.value(entry.path().mid(m_root.size())), entry);
        });
}

QStringList MastodonCsvImporter::csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

Result<ArchiveIdentity> MastodonCsvImporter::identity(ArchiveReader &)
{
    ArchiveIdentity identity;
    identity.known = false;
    identity.account.platform = QStringLiteral("mastodon");
    return identity;
}

Result<void> MastodonCsvImporter::import(ArchiveReader &reader, ImportWriter &writer)
{
    const Account &account = writer.account();
    // Followed accounts are stored under the platform's account id; a CSV has only handles,
    // so people already known (from an API backup) are matched by handle.
    QHash<QString, Person> known;
    if (m_kind == u"following") {
        ContactFilter filter;
        filter.accountId = account.id;
        for (const FollowDirection direction : {FollowDirection::Following, FollowDirection::Follower}) {
            filter.direction = direction;
            (void)m_store.forEachContact(filter, [&](const Contact &contact) {
                known.insert(contact.person.handle.toLower(), contact.person);
                return true;
            });
        }
    }
    const QString host = QUrl(account.server).host();
    return reader.forEach([](const QString &) { return true; }, [&](ArchiveEntry &entry) -> Result<void> {
        auto data = entry.readAll();
        if (!data)
            return data.error();
        if (auto utf8 = json::checkUtf8(data.value(), entry.path()); !utf8)
            return utf8;
        QString text = QString::fromUtf8(data.value());
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        const QStringList lines = text.split(u'\n');
        int lineNumber = 0;
        int notStored = 0;
        for (QString line : lines) {
            ++lineNumber;
            line = line.trimmed();
            if (line.isEmpty() || (lineNumber == 1 && line.startsWith(QLatin1String("Account address"))))
                continue;
            const QStringList fields = csvFields(line);
            if (m_kind == u"following") {
                QString handle = fields.value(0);
                if (handle.startsWith(u'@'))
                    handle.remove(0, 1);
                if (!handle.contains(u'@') && !host.isEmpty())
                    handle += u'@' + host;
                static const QRegularExpression address(QStringLiteral("^[^@\\s,]+@[^@\\s,]+$"));
                if (!address.match(handle).hasMatch()) {
                    writer.skip(collectionName(Collection::Following),
                                Tr::tr("%1 line %2: not an account address").arg(entry.path()).arg(lineNumber));
                    continue;
                }
                Person person = known.value(handle.toLower());
                if (person.platformId.isEmpty()) {
                    person.platformId = QStringLiteral("acct:") + handle;
                    person.handle = handle;
                    const QString user = handle.section(u'@', 0, 0);
                    person.url = QStringLiteral("https://%1/@%2").arg(handle.section(u'@', 1), user);
                }
                if (auto added = writer.addContact(Collection::Following, person); !added)
                    return added;
            } else if (m_kind == u"bookmarks") {
                const QString uri = fields.value(0);
                if (!uri.startsWith(QLatin1String("http"))) {
                    writer.skip(collectionName(Collection::Bookmarks),
                                Tr::tr("%1 line %2: not a status URI").arg(entry.path()).arg(lineNumber));
                    continue;
                }
                Item item;
                item.platformId = MastodonExportImporter::statusId(uri, account.server);
                item.url = uri;
                if (auto added = writer.addItem(Collection::Bookmarks, std::move(item)); !added)
                    return added;
            } else {
                writer.countNotStored(m_kind);
                ++notStored;
            }
        }
        if (notStored > 0)
            writer.note(Tr::tr("%1: %2 entries of %3 read; Holdfast does not store %3 yet")
                            .arg(entry.path()).arg(notStored).arg(m_kind));
        return writer.flush();
    });
}

} // namespace holdfast::importers
