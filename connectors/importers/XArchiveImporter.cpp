#include "connectors/importers/XArchiveImporter.h"

#include "connectors/common/HtmlText.h"
#include "connectors/importers/ArchiveReader.h"
#include "connectors/importers/ImportWriter.h"
#include "connectors/importers/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace holdfast::importers {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveImport)
};

const QString kServer = QStringLiteral("https://x.com");

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The archive's text is HTML-escaped like the API's (&amp; &lt; &gt;).
QString unescapeEntities(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString escapedWithBreaks(const QString &plain)
{
    QString html = plain.toHtmlEscaped();
    html.replace(u'\n', QLatin1String("<br>"));
    return html;
}

QString link(const QString &href, const QString &label, const QString &cssClass = {})
{
    return QStringLiteral("<a href=\"%1\"%2 rel=\"nofollow noopener\" target=\"_blank\">%3</a>")
        .arg(href.toHtmlEscaped(),
             cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass),
             label.toHtmlEscaped());
}

QString fileNameOfUrl(const QString &url)
{
    return QUrl(url).path().section(u'/', -1);
}

/// "data/tweets-part2.js" -> "tweets-part2.js" relative to the data root.
QString withoutPart(QString name)
{
    static const QRegularExpression part(QStringLiteral("-part\\d+(?=\\.js$)"));
    name.remove(part);
    return name;
}

} // namespace

QString XArchiveImporter::dataKind(const QString &fileName)
{
    const QString name = withoutPart(fileName);
    static const QSet<QString> known = {
        QStringLiteral("tweets.js"),          QStringLiteral("tweet.js"),
        QStringLiteral("note-tweet.js"),      QStringLiteral("deleted-tweets.js"),
        QStringLiteral("like.js"),            QStringLiteral("follower.js"),
        QStringLiteral("following.js"),       QStringLiteral("direct-messages.js"),
        QStringLiteral("direct-messages-group.js"), QStringLiteral("account.js"),
        QStringLiteral("profile.js"),
    };
    if (!known.contains(name))
        return {};
    if (name == u"tweet.js")
        return QStringLiteral("tweets");
    return name.chopped(3);
}

QDateTime XArchiveImporter::parseDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    // "Wed Aug 09 16:19:22 +0000 2023"
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 6 && parts[4].size() == 5) {
        static const QStringList months = {
            QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
            QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
            QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
            QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
        const int month = int(months.indexOf(parts[1])) + 1;
        const QDate date(parts[5].toInt(), month, parts[2].toInt());
        const QTime time = QTime::fromString(parts[3], QStringLiteral("HH:mm:ss"));
        bool ok = false;
        const int offset = parts[4].mid(1).toInt(&ok);
        if (month > 0 && date.isValid() && time.isValid() && ok) {
            const int seconds = ((offset / 100) * 3600 + (offset % 100) * 60)
                                * (parts[4].startsWith(u'-') ? -1 : 1);
            return QDateTime(date, time, Qt::OffsetFromUTC, seconds).toUTC();
        }
        return {};
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString XArchiveImporter::tweetHtml(const QString &text, const QJsonObject &entities)
{
    // Entities are matched by their text rather than by `indices`: the archive's indices
    // count code points of the escaped text, which is easy to get wrong by one.
    struct Token { QString match; QString html; bool caseInsensitive; };
    QList<Token> tokens;
    for (const QJsonValue &v : entities.value(QLatin1String("urls")).toArray()) {
        const QJsonObject url = v.toObject();
        const QString shortUrl = str(url, "url");
        if (shortUrl.isEmpty())
            continue;
        // Posts say expanded_url/display_url, direct messages expanded/display.
        QString expanded = str(url, "expanded_url");
        if (expanded.isEmpty())
            expanded = str(url, "expanded").isEmpty() ? shortUrl : str(url, "expanded");
        QString display = str(url, "display_url");
        if (display.isEmpty())
            display = str(url, "display").isEmpty() ? expanded : str(url, "display");
        tokens.append({shortUrl, link(expanded, display), false});
    }
    for (const QJsonValue &v : entities.value(QLatin1String("media")).toArray()) {
        const QString shortUrl = str(v.toObject(), "url");
        if (!shortUrl.isEmpty())
            tokens.append({shortUrl, QString(), false}); // shown as an attachment instead
    }
    for (const QJsonValue &v : entities.value(QLatin1String("user_mentions")).toArray()) {
        const QString name = str(v.toObject(), "screen_name");
        if (!name.isEmpty())
            tokens.append({u'@' + name,
                           QStringLiteral("<span class=\"h-card\">%1</span>")
                               .arg(link(kServer + u'/' + name, u'@' + name,
                                         QStringLiteral("u-url mention"))),
                           true});
    }
    for (const QJsonValue &v : entities.value(QLatin1String("hashtags")).toArray()) {
        const QString tag = str(v.toObject(), "text");
        if (!tag.isEmpty())
            tokens.append({u'#' + tag,
                           link(kServer + QStringLiteral("/hashtag/") + tag, u'#' + tag,
                                QStringLiteral("mention hashtag")),
                           true});
    }
    // Longer tokens first, so "@ann" does not take the start of "@anna".
    std::sort(tokens.begin(), tokens.end(),
              [](const Token &a, const Token &b) { return a.match.size() > b.match.size(); });

    const QString plain = unescapeEntities(text);
    QString html;
    QString pending;
    for (qsizetype i = 0; i < plain.size();) {
        bool replaced = false;
        for (const Token &token : std::as_const(tokens)) {
            if (plain.mid(i, token.match.size())
                    .compare(token.match, token.caseInsensitive ? Qt::CaseInsensitive
                                                                : Qt::CaseSensitive)
                != 0)
                continue;
            const qsizetype after = i + token.match.size();
            if (token.caseInsensitive && after < plain.size()
                && (plain.at(after).isLetterOrNumber() || plain.at(after) == u'_'))
                continue;
            html += escapedWithBreaks(pending) + token.html;
            pending.clear();
            i = after;
            replaced = true;
            break;
        }
        if (!replaced)
            pending += plain.at(i++);
    }
    html += escapedWithBreaks(pending.trimmed().isEmpty() && !html.isEmpty() ? QString() : pending);
    return QStringLiteral("<p>%1</p>").arg(html.trimmed());
}

Item XArchiveImporter::tweetItem(const QJsonObject &record, const Person &author,
                                 QHash<QString, QString> *mediaFiles)
{
    QJsonObject tweet = record.value(QLatin1String("tweet")).toObject();
    if (tweet.isEmpty())
        tweet = record;
    Item item;
    item.platformId = str(tweet, "id_str");
    if (item.platformId.isEmpty())
        item.platformId = str(tweet, "id");
    item.createdAt = parseDate(str(tweet, "created_at"));
    item.author = author;
    QString text = str(tweet, "full_text");
    if (text.isEmpty())
        text = str(tweet, "text");
    item.html = tweetHtml(text, tweet.value(QLatin1String("entities")).toObject());
    item.text = htmlToPlainText(item.html);
    item.inReplyToId = str(tweet, "in_reply_to_status_id_str");
    if (item.inReplyToId.isEmpty())
        item.inReplyToId = str(tweet, "in_reply_to_status_id");
    item.kind = item.inReplyToId.isEmpty() ? ItemKind::Post : ItemKind::Reply;
    item.visibility = QStringLiteral("public");
    item.language = str(tweet, "lang");
    item.favouriteCount = str(tweet, "favorite_count").toInt();
    item.boostCount = str(tweet, "retweet_count").toInt();
    if (!author.handle.isEmpty() && !item.platformId.isEmpty())
        item.url = QStringLiteral("%1/%2/status/%3").arg(kServer, author.handle, item.platformId);

    QJsonArray media = tweet.value(QLatin1String("extended_entities")).toObject()
                           .value(QLatin1String("media")).toArray();
    if (media.isEmpty())
        media = tweet.value(QLatin1String("entities")).toObject().value(QLatin1String("media")).toArray();
    QSet<QString> seen;
    for (const QJsonValue &value : std::as_const(media)) {
        const QJsonObject m = value.toObject();
        MediaRef ref;
        ref.platformId = str(m, "id_str");
        const QString type = str(m, "type");
        ref.type = type == u"photo" ? QStringLiteral("image")
                   : type == u"animated_gif" ? QStringLiteral("gifv")
                   : type == u"video" ? QStringLiteral("video") : QStringLiteral("unknown");
        ref.previewUrl = str(m, "media_url_https");
        ref.remoteUrl = ref.previewUrl;
        int bestBitrate = -1;
        for (const QJsonValue &v : m.value(QLatin1String("video_info")).toObject()
                                        .value(QLatin1String("variants")).toArray()) {
            const QJsonObject variant = v.toObject();
            const int bitrate = str(variant, "bitrate").toInt();
            if (str(variant, "content_type") == u"video/mp4" && bitrate > bestBitrate) {
                bestBitrate = bitrate;
                QUrl url(str(variant, "url"));
                url.setQuery(QString());
                ref.remoteUrl = url.toString();
            }
        }
        ref.description = str(m, "ext_alt_text");
        if (ref.remoteUrl.isEmpty() || seen.contains(ref.remoteUrl))
            continue;
        seen.insert(ref.remoteUrl);
        item.media.append(ref);
        if (mediaFiles)
            mediaFiles->insert(item.platformId + u'-' + fileNameOfUrl(ref.remoteUrl), ref.remoteUrl);
    }
    item.rawJson = compact(record);
    return item;
}

std::optional<Item> XArchiveImporter::retweetedOriginal(const QJsonObject &record, Item &item)
{
    QJsonObject tweet = record.value(QLatin1String("tweet")).toObject();
    if (tweet.isEmpty())
        tweet = record;
    QString text = str(tweet, "full_text");
    if (text.isEmpty())
        text = str(tweet, "text");
    // The archive keeps no retweeted_status: only the classic prefix says what it is.
    static const QRegularExpression prefix(QStringLiteral("^RT @([A-Za-z0-9_]{1,15}): "));
    const QRegularExpressionMatch match = prefix.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString handle = match.captured(1);
    const QJsonObject entities = tweet.value(QLatin1String("entities")).toObject();

    Item original;
    original.kind = ItemKind::Post;
    original.visibility = QStringLiteral("public");
    original.author.handle = handle;
    original.author.url = kServer + u'/' + handle;
    for (const QJsonValue &v : entities.value(QLatin1String("user_mentions")).toArray()) {
        const QJsonObject mention = v.toObject();
        if (str(mention, "screen_name").compare(handle, Qt::CaseInsensitive) == 0) {
            original.author.platformId = str(mention, "id_str");
            original.author.displayName = str(mention, "name");
            break;
        }
    }
    if (original.author.platformId.isEmpty())
        original.author.platformId = handle; // known by name only
    if (original.author.displayName.isEmpty())
        original.author.displayName = handle;
    for (const char *list : {"extended_entities", "entities"}) {
        for (const QJsonValue &v : tweet.value(QLatin1String(list)).toObject()
                                       .value(QLatin1String("media")).toArray()) {
            if (original.platformId.isEmpty())
                original.platformId = str(v.toObject(), "source_status_id_str");
        }
    }
    original.url = original.platformId.isEmpty()
                       ? original.author.url
                       : QStringLiteral("%1/%2/status/%3").arg(kServer, handle, original.platformId);
    if (original.platformId.isEmpty())
        original.platformId = QStringLiteral("retweeted:") + item.platformId;
    original.html = tweetHtml(text.mid(match.capturedLength()), entities);
    original.text = htmlToPlainText(original.html);
    original.language = item.language;
    original.media = item.media;

    item.kind = ItemKind::Boost;
    item.boostOfId = original.platformId;
    item.inReplyToId.clear();
    // Like the API's boosts, the retweet shows the original's words, not the "RT @" prefix.
    item.html = original.html;
    item.text = original.text;
    return original;
}

Result<ArchiveIdentity> XArchiveImporter::identity(ArchiveReader &reader)
{
    QByteArray accountData, profileData, manifestData;
    const QString accountPath = m_root + u"account.js";
    const QString profilePath = m_root + u"profile.js";
    const QString manifestPath = m_root + u"manifest.js";
    auto read = reader.forEach(
        [&](const QString &path) {
            return path == accountPath || path == profilePath || path == manifestPath;
        },
        [&](ArchiveEntry &entry) -> Result<void> {
            auto data = entry.readAll();
            if (!data)
                return data.error();
            if (auto utf8 = json::checkUtf8(data.value(), entry.path()); !utf8)
                return utf8;
            (entry.path() == accountPath ? accountData
             : entry.path() == profilePath ? profileData : manifestData) = data.value();
            return {};
        });
    if (!read)
        return read.error();

    QJsonObject userInfo;
    if (!manifestData.isEmpty()) {
        auto start = json::scriptPrefixLength(manifestData, manifestPath);
        if (!start)
            return start.error();
        auto manifest = json::parse(manifestData, start.value(), manifestPath);
        if (!manifest)
            return manifest.error();
        m_manifest = manifest->toObject();
        userInfo = m_manifest.value(QLatin1String("userInfo")).toObject();
    }
    QJsonObject account;
    if (!accountData.isEmpty()) {
        auto start = json::scriptPrefixLength(accountData, accountPath);
        if (!start)
            return start.error();
        auto parsed = json::forEachObject(accountData, start.value(), accountPath,
                                          [&](const QJsonObject &o) -> Result<void> {
                                              account = o.value(QLatin1String("account")).toObject();
                                              return {};
                                          });
        if (!parsed)
            return parsed.error();
    }
    QString avatar;
    if (!profileData.isEmpty()) {
        auto start = json::scriptPrefixLength(profileData, profilePath);
        if (start) {
            (void)json::forEachObject(profileData, start.value(), profilePath,
                                      [&](const QJsonObject &o) -> Result<void> {
                                          avatar = str(o.value(QLatin1String("profile")).toObject(),
                                                       "avatarMediaUrl");
                                          return {};
                                      });
        }
    }

    ArchiveIdentity identity;
    Account &a = identity.account;
    a.platform = QStringLiteral("x");
    a.server = kServer;
    a.platformUserId = str(account, "accountId");
    a.handle = str(account, "username");
    a.displayName = str(account, "accountDisplayName");
    if (a.platformUserId.isEmpty()) {
        a.platformUserId = str(userInfo, "accountId");
        a.handle = str(userInfo, "userName");
        a.displayName = str(userInfo, "displayName");
    }
    if (a.platformUserId.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("%1: the X archive has neither %2 nor account details in %3, so "
                            "it is not clear whose archive it is")
                             .arg(reader.displayName(), accountPath, manifestPath));
    if (a.displayName.isEmpty())
        a.displayName = a.handle;
    a.profileUrl = kServer + u'/' + a.handle;
    a.avatarUrl = avatar;
    m_self.platformId = a.platformUserId;
    m_self.handle = a.handle;
    m_self.displayName = a.displayName;
    m_self.url = a.profileUrl;
    m_self.avatarUrl = avatar;
    return identity;
}

Result<void> XArchiveImporter::importFile(const QString &path, const QByteArray &data,
                                          ImportWriter &writer, int *count)
{
    const QString kind = dataKind(path.mid(m_root.size()));
    if (auto utf8 = json::checkUtf8(data, path); !utf8)
        return utf8;
    auto start = json::scriptPrefixLength(data, path);
    if (!start)
        return start.error();
    const Person &self = m_self;
    return json::forEachObject(data, start.value(), path, [&](const QJsonObject &record) -> Result<void> {
        if (kind == u"note-tweet") {
            const QJsonObject note = record.value(QLatin1String("noteTweet")).toObject();
            NoteTweet entry{str(note, "noteTweetId"), parseDate(str(note, "createdAt")),
                            str(note.value(QLatin1String("core")).toObject(), "text"), record};
            if (entry.createdAt.isValid())
                m_notesBySecond.insert(entry.createdAt.toSecsSinceEpoch(), m_notes.size());
            m_notes.append(std::move(entry));
            return {};
        }
        if (kind == u"tweets" || kind == u"deleted-tweets") {
            Item item = tweetItem(record, self, &m_mediaFiles);
            // A long post's full text lives in note-tweet.js; the post holds its start.
            const auto candidates = m_notesBySecond.values(item.createdAt.toSecsSinceEpoch());
            for (const qsizetype index : candidates) {
                NoteTweet &note = m_notes[index];
                const QString start = item.text.left(20).trimmed();
                if (!note.text.isEmpty() && note.text.startsWith(start)) {
                    item.html = QStringLiteral("<p>%1</p>").arg(escapedWithBreaks(note.text));
                    item.text = note.text;
                    note.matched = true;
                    break;
                }
            }
            if (item.platformId.isEmpty()) {
                writer.skip(QStringLiteral("posts"), Tr::tr("%1: a post without an id").arg(path));
                return {};
            }
            if (kind == u"deleted-tweets") {
                QJsonObject tweet = record.value(QLatin1String("tweet")).toObject();
                if (tweet.isEmpty())
                    tweet = record;
                writer.markDeleted(item.platformId, parseDate(str(tweet, "deleted_at")));
            }
            QList<Item> related;
            if (std::optional<Item> original = retweetedOriginal(record, item))
                related.append(std::move(*original));
            return writer.addItem(Collection::Posts, std::move(item), std::move(related));
        }
        if (kind == u"like") {
            const QJsonObject like = record.value(QLatin1String("like")).toObject();
            Item item;
            item.platformId = str(like, "tweetId");
            item.kind = ItemKind::Post;
            item.text = unescapeEntities(str(like, "fullText"));
            item.html = QStringLiteral("<p>%1</p>").arg(escapedWithBreaks(item.text));
            item.url = str(like, "expandedUrl");
            item.rawJson = compact(record);
            return writer.addItem(Collection::Favourites, std::move(item));
        }
        if (kind == u"follower" || kind == u"following") {
            const QJsonObject relation = record.value(kind).toObject();
            Person person;
            person.platformId = str(relation, "accountId");
            person.url = str(relation, "userLink");
            person.rawJson = compact(record);
            return writer.addContact(kind == u"follower" ? Collection::Followers
                                                         : Collection::Following,
                                     std::move(person));
        }
        if (kind == u"direct-messages" || kind == u"direct-messages-group") {
            const QJsonObject conversation = record.value(QLatin1String("dmConversation")).toObject();
            const QString conversationId = str(conversation, "conversationId");
            for (const QJsonValue &value : conversation.value(QLatin1String("messages")).toArray()) {
                const QJsonObject message = value.toObject().value(QLatin1String("messageCreate")).toObject();
                if (message.isEmpty())
                    continue; // joins, leaves, name changes
                Item item;
                item.platformId = str(message, "id");
                item.kind = ItemKind::Message;
                item.conversationId = conversationId;
                item.createdAt = parseDate(str(message, "createdAt"));
                item.visibility = QStringLiteral("direct");
                const QString sender = str(message, "senderId");
                if (sender == self.platformId) {
                    item.author = self;
                } else {
                    item.author.platformId = sender;
                }
                QJsonObject entities;
                entities.insert(QStringLiteral("urls"), message.value(QLatin1String("urls")));
                item.html = tweetHtml(str(message, "text"), entities);
                item.text = htmlToPlainText(item.html);
                for (const QJsonValue &url : message.value(QLatin1String("mediaUrls")).toArray()) {
                    MediaRef ref;
                    ref.type = QStringLiteral("image");
                    ref.remoteUrl = url.toString();
                    if (ref.remoteUrl.isEmpty())
                        continue;
                    item.media.append(ref);
                    m_mediaFiles.insert(item.platformId + u'-' + fileNameOfUrl(ref.remoteUrl),
                                        ref.remoteUrl);
                }
                item.rawJson = compact(value.toObject());
                if (auto added = writer.addItem(Collection::Messages, std::move(item)); !added)
                    return added;
            }
            return {};
        }
        return {};
    }, true, count);
}

Result<void> XArchiveImporter::importUnmatchedNotes(ImportWriter &writer)
{
    // A long post whose post is not in tweets.js (deleted, or its start edited) would lose
    // its only copy if dropped: it becomes a post of its own, and the summary says so.
    const QString notes = m_root + QStringLiteral("note-tweet.js");
    for (const NoteTweet &note : std::as_const(m_notes)) {
        if (note.matched)
            continue;
        if (note.id.isEmpty() || note.text.isEmpty()) {
            writer.skip(collectionName(Collection::Posts),
                        Tr::tr("%1: a long post without an id or text is not imported").arg(notes));
            continue;
        }
        Item item;
        item.platformId = QStringLiteral("note:") + note.id;
        item.kind = ItemKind::Post;
        item.createdAt = note.createdAt;
        item.author = m_self;
        item.visibility = QStringLiteral("public");
        item.html = QStringLiteral("<p>%1</p>").arg(escapedWithBreaks(note.text));
        item.text = note.text;
        item.rawJson = compact(note.record);
        writer.note(Tr::tr("%1: long post %2 (%3) matches no post in tweets.js; imported as a post of "
                       "its own")
                        .arg(notes, note.id,
                             note.createdAt.isValid() ? note.createdAt.toString(Qt::ISODate)
                                                      : Tr::tr("no date")));
        if (auto added = writer.addItem(Collection::Posts, std::move(item)); !added)
            return added;
    }
    m_notes.clear();
    m_notesBySecond.clear();
    return {};
}

Result<void> XArchiveImporter::import(ArchiveReader &reader, ImportWriter &writer)
{
    // The archive's own top level: manifest paths ("data/tweets.js") are relative to it.
    const QString top = m_root.endsWith(QLatin1String("data/")) ? m_root.chopped(5) : m_root;
    QMap<QString, int> expected; // path in the archive -> count the manifest gives
    if (m_manifest.isEmpty()) {
        writer.note(Tr::tr("manifest.js is missing: the import could not be checked against it"));
    } else {
        const QJsonObject types = m_manifest.value(QLatin1String("dataTypes")).toObject();
        for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
            const QJsonArray files = it.value().toObject().value(QLatin1String("files")).toArray();
            int found = 0;
            QStringList missing;
            for (const QJsonValue &v : files) {
                const QJsonObject file = v.toObject();
                const QString path = top + str(file, "fileName");
                if (reader.contains(path))
                    ++found;
                else
                    missing.append(str(file, "fileName"));
                expected.insert(path, str(file, "count").toInt());
            }
            if (found != files.size())
                writer.note(Tr::tr("manifest lists %1 files for %2, found %3 (missing: %4)")
                                .arg(files.size())
                                .arg(it.key())
                                .arg(found)
                                .arg(missing.join(QLatin1String(", "))));
        }
    }

    auto isData = [&](const QString &path, bool notes) {
        if (!path.startsWith(m_root) || path.mid(m_root.size()).contains(u'/'))
            return false;
        const QString kind = dataKind(path.mid(m_root.size()));
        if (kind.isEmpty() || kind == u"account" || kind == u"profile")
            return false;
        return (kind == u"note-tweet") == notes;
    };
    auto visitFile = [&](ArchiveEntry &entry) -> Result<void> {
        const QString kind = dataKind(entry.path().mid(m_root.size()));
        const QString countName = kind == u"like" ? collectionName(Collection::Favourites)
                                  : kind == u"follower" ? collectionName(Collection::Followers)
                                  : kind == u"following" ? collectionName(Collection::Following)
                                  : kind.startsWith(QLatin1String("direct")) ? collectionName(Collection::Messages)
                                  : collectionName(Collection::Posts);
        int count = 0;
        Result<void> done = [&]() -> Result<void> {
            auto data = entry.readAll();
            if (!data)
                return data.error();
            return importFile(entry.path(), data.value(), writer, &count);
        }();
        if (!done) {
            if (done.error().code == Error::Code::Cancelled || done.error().code == Error::Code::Database
                || done.error().code == Error::Code::Io)
                return done;
            // The rest of the archive still imports; a file cut short makes the import incomplete.
            writer.fileFailed(countName, done.error(), count);
            return {};
        }
        if (expected.contains(entry.path()) && expected.value(entry.path()) != count)
            writer.note(Tr::tr("manifest lists %1 entries in %2, found %3")
                            .arg(expected.value(entry.path()))
                            .arg(entry.path().mid(top.size()))
                            .arg(count));
        return {};
    };
    if (auto notes = reader.forEach([&](const QString &p) { return isData(p, true); }, visitFile); !notes)
        return notes;
    if (auto data = reader.forEach([&](const QString &p) { return isData(p, false); }, visitFile); !data)
        return data;
    if (auto notes = importUnmatchedNotes(writer); !notes)
        return notes;
    if (auto flushed = writer.flush(); !flushed)
        return flushed;

    static const QStringList mediaDirs = {
        QStringLiteral("tweets_media/"), QStringLiteral("tweet_media/"),
        QStringLiteral("deleted_tweets_media/"), QStringLiteral("direct_messages_media/"),
        QStringLiteral("direct_messages_group_media/")};
    auto isMedia = [&](const QString &path) {
        if (!path.startsWith(m_root))
            return false;
        const QString rest = path.mid(m_root.size());
        return std::any_of(mediaDirs.cbegin(), mediaDirs.cend(),
                           [&](const QString &dir) { return rest.startsWith(dir); })
               && m_mediaFiles.contains(rest.section(u'/', -1));
    };
    return reader.forEach(isMedia, [&](ArchiveEntry &entry) {
        return writer.importMedia(m_mediaFiles.value(entry.path().section(u'/', -1)), entry);
    });
}

} // namespace holdfast::importers
