#include "connectors/bluesky/BlueskyMapper.h"

#include "connectors/bluesky/BlueskySignIn.h"

#include <QJsonDocument>

#include <algorithm>

namespace holdfast::bluesky {

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QDateTime timeOf(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : when;
}

QString blobCid(const QJsonObject &blob)
{
    // Current blobs: {$type: blob, ref: {$link}}; legacy ones: {cid, mimeType}.
    const QString link = str(obj(blob, "ref"), "$link");
    return link.isEmpty() ? str(blob, "cid") : link;
}

QString escapedWithBreaks(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}
} // namespace

AtUri AtUri::parse(const QString &uri)
{
    if (!uri.startsWith(QLatin1String("at://")))
        return {};
    const QStringList parts = uri.mid(5).split(u'/');
    if (parts.isEmpty() || !parts.first().startsWith(QLatin1String("did:")))
        return {};
    return {parts.value(0), parts.value(1), parts.value(2)};
}

BlueskyMapper::BlueskyMapper(QUrl pds, Person self) : m_pds(std::move(pds)), m_self(std::move(self)) {}

Person BlueskyMapper::personFor(const QString &did) const
{
    if (did == m_self.platformId)
        return m_self;
    Person person;
    person.platformId = did;
    person.url = QStringLiteral("https://bsky.app/profile/%1").arg(did);
    return person;
}

QString BlueskyMapper::webUrl(const QString &atUri)
{
    const AtUri uri = AtUri::parse(atUri);
    if (uri.collection != u"app.bsky.feed.post" || uri.rkey.isEmpty())
        return {};
    return QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(uri.did, uri.rkey);
}

QByteArray BlueskyMapper::compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString BlueskyMapper::richTextHtml(const QString &text, const QJsonArray &facets)
{
    struct Span
    {
        qsizetype start, end;
        QString href;
        QString cssClass;
    };
    QList<Span> spans;
    const QByteArray bytes = text.toUtf8();
    for (const QJsonValue &value : facets) {
        const QJsonObject facet = value.toObject();
        const QJsonObject index = obj(facet, "index");
        const qsizetype start = index.value(QLatin1String("byteStart")).toInteger(-1);
        const qsizetype end = index.value(QLatin1String("byteEnd")).toInteger(-1);
        if (start < 0 || end <= start || end > bytes.size())
            continue; // out-of-range facets are ignored, as the lexicon tells clients to
        for (const QJsonValue &featureValue : facet.value(QLatin1String("features")).toArray()) {
            const QJsonObject feature = featureValue.toObject();
            const QString type = str(feature, "$type");
            Span span{start, end, {}, {}};
            if (type == u"app.bsky.richtext.facet#link") {
                const QUrl url(str(feature, "uri"));
                if (url.scheme() != u"https" && url.scheme() != u"http")
                    continue; // never turn javascript: and friends into links
                span.href = url.toString(QUrl::FullyEncoded);
            } else if (type == u"app.bsky.richtext.facet#mention") {
                span.href = QStringLiteral("https://bsky.app/profile/%1").arg(str(feature, "did"));
                span.cssClass = QStringLiteral("mention");
            } else if (type == u"app.bsky.richtext.facet#tag") {
                span.href = QStringLiteral("https://bsky.app/hashtag/%1")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(str(feature, "tag"))));
                span.cssClass = QStringLiteral("hashtag");
            } else {
                continue;
            }
            spans.append(span);
            break;
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });

    QString html = QStringLiteral("<p>");
    qsizetype at = 0;
    for (const Span &span : std::as_const(spans)) {
        if (span.start < at)
            continue; // overlapping facets: the first one wins
        html += escapedWithBreaks(QString::fromUtf8(bytes.mid(at, span.start - at)));
        html += QStringLiteral("<a href=\"%1\"").arg(span.href.toHtmlEscaped());
        if (!span.cssClass.isEmpty())
            html += QStringLiteral(" class=\"%1\"").arg(span.cssClass);
        html += u'>' + escapedWithBreaks(QString::fromUtf8(bytes.mid(span.start, span.end - span.start)))
                + QStringLiteral("</a>");
        at = span.end;
    }
    html += escapedWithBreaks(QString::fromUtf8(bytes.mid(at))) + QStringLiteral("</p>");
    return html;
}

void BlueskyMapper::addEmbed(Item &item, const QString &did, const QJsonObject &embed) const
{
    const QString type = str(embed, "$type");
    if (type == u"app.bsky.embed.images") {
        for (const QJsonValue &value : embed.value(QLatin1String("images")).toArray()) {
            const QJsonObject image = value.toObject();
            const QString cid = blobCid(obj(image, "image"));
            if (cid.isEmpty())
                continue;
            MediaRef ref;
            ref.platformId = cid;
            ref.type = QStringLiteral("image");
            ref.remoteUrl = blobUrl(m_pds, did, cid).toString();
            ref.description = str(image, "alt");
            item.media.append(ref);
        }
    } else if (type == u"app.bsky.embed.video") {
        const QString cid = blobCid(obj(embed, "video"));
        if (!cid.isEmpty()) {
            MediaRef ref;
            ref.platformId = cid;
            ref.type = QStringLiteral("video");
            ref.remoteUrl = blobUrl(m_pds, did, cid).toString();
            ref.description = str(embed, "alt");
            item.media.append(ref);
        }
    } else if (type == u"app.bsky.embed.record") {
        const QString quoted = str(obj(embed, "record"), "uri");
        const QString href = webUrl(quoted).isEmpty() ? quoted : webUrl(quoted);
        item.html += QStringLiteral("<p class=\"quote\">Quoting <a href=\"%1\">%2</a></p>")
                         .arg(href.toHtmlEscaped(), quoted.toHtmlEscaped());
    } else if (type == u"app.bsky.embed.recordWithMedia") {
        addEmbed(item, did, obj(embed, "record"));
        addEmbed(item, did, obj(embed, "media"));
    } else if (type == u"app.bsky.embed.external") {
        const QJsonObject external = obj(embed, "external");
        const QUrl url(str(external, "uri"));
        if (url.scheme() == u"https" || url.scheme() == u"http") {
            const QString title = str(external, "title").isEmpty() ? url.toString() : str(external, "title");
            item.html += QStringLiteral("<p class=\"card\"><a href=\"%1\">%2</a></p>")
                             .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), title.toHtmlEscaped());
        }
    }
}

Item BlueskyMapper::post(const QJsonObject &record) const
{
    const QJsonObject value = obj(record, "value");
    const QString uri = str(record, "uri");
    const AtUri at = AtUri::parse(uri);
    Item item;
    item.platformId = uri;
    item.createdAt = timeOf(str(value, "createdAt"));
    item.author = personFor(at.did);
    item.text = str(value, "text");
    item.html = richTextHtml(item.text, value.value(QLatin1String("facets")).toArray());
    item.url = webUrl(uri);
    item.visibility = QStringLiteral("public"); // everything in a repository is public
    item.language = value.value(QLatin1String("langs")).toArray().at(0).toString();
    const QJsonObject reply = obj(value, "reply");
    if (!reply.isEmpty()) {
        item.kind = ItemKind::Reply;
        item.inReplyToId = str(obj(reply, "parent"), "uri");
        item.conversationId = str(obj(reply, "root"), "uri");
    } else {
        item.conversationId = uri;
    }
    addEmbed(item, at.did, obj(value, "embed"));
    item.rawJson = compactJson(record);
    return item;
}

Item BlueskyMapper::postView(const QJsonObject &view) const
{
    Item item = post(QJsonObject{{QStringLiteral("uri"), view.value(QLatin1String("uri"))},
                                 {QStringLiteral("cid"), view.value(QLatin1String("cid"))},
                                 {QStringLiteral("value"), view.value(QLatin1String("record"))}});
    if (const QJsonObject author = obj(view, "author"); !author.isEmpty())
        item.author = profileView(author);
    item.replyCount = view.value(QLatin1String("replyCount")).toInt();
    item.boostCount = view.value(QLatin1String("repostCount")).toInt();
    item.favouriteCount = view.value(QLatin1String("likeCount")).toInt();
    item.rawJson = compactJson(view);
    return item;
}

Item BlueskyMapper::repost(const QJsonObject &record) const
{
    const QJsonObject value = obj(record, "value");
    const QString uri = str(record, "uri");
    Item item;
    item.platformId = uri;
    item.kind = ItemKind::Boost;
    item.createdAt = timeOf(str(value, "createdAt"));
    item.author = personFor(AtUri::parse(uri).did);
    item.boostOfId = str(obj(value, "subject"), "uri");
    item.url = webUrl(item.boostOfId);
    item.visibility = QStringLiteral("public");
    item.rawJson = compactJson(record);
    return item;
}

Item BlueskyMapper::likedPost(const QJsonObject &like, const std::optional<QJsonObject> &subject) const
{
    const QString subjectUri = str(obj(obj(like, "value"), "subject"), "uri");
    Item item;
    QJsonObject raw;
    if (subject) {
        item = post(*subject);
        raw = *subject;
    } else {
        // The post lives in someone else's repository that this PDS does not host, and no
        // AppView answered: keep what the like says (URI, CID) so nothing is lost.
        item.platformId = subjectUri;
        item.author = personFor(AtUri::parse(subjectUri).did);
        item.url = webUrl(subjectUri);
        item.visibility = QStringLiteral("public");
        raw.insert(QStringLiteral("uri"), subjectUri);
        raw.insert(QStringLiteral("cid"), str(obj(obj(like, "value"), "subject"), "cid"));
    }
    raw.insert(QStringLiteral("like"), like);
    item.rawJson = compactJson(raw);
    return item;
}

Item BlueskyMapper::bookmarkedPost(const QJsonObject &bookmark) const
{
    const QJsonObject view = obj(bookmark, "item");
    const QString subjectUri = str(obj(bookmark, "subject"), "uri");
    Item item;
    QJsonObject raw;
    if (str(view, "$type") == u"app.bsky.feed.defs#postView" && view.value(QLatin1String("record")).isObject()) {
        item = postView(view);
        raw = view;
    } else {
        // Deleted since, or its author blocks the account (or is blocked): the bookmark
        // still names it, so keep that.
        item.platformId = subjectUri;
        item.author = personFor(AtUri::parse(subjectUri).did);
        item.url = webUrl(subjectUri);
        item.visibility = QStringLiteral("public");
        raw = obj(bookmark, "subject");
    }
    QJsonObject kept = bookmark;
    kept.remove(QStringLiteral("item"));
    raw.insert(QStringLiteral("bookmark"), kept);
    item.rawJson = compactJson(raw);
    return item;
}

Person BlueskyMapper::followed(const QJsonObject &follow) const
{
    Person person = personFor(str(obj(follow, "value"), "subject"));
    person.rawJson = compactJson(follow);
    return person;
}

Person BlueskyMapper::profileView(const QJsonObject &view) const
{
    Person person = personFor(str(view, "did"));
    person.handle = str(view, "handle");
    person.displayName = str(view, "displayName");
    person.avatarUrl = str(view, "avatar");
    if (!person.handle.isEmpty())
        person.url = QStringLiteral("https://bsky.app/profile/%1").arg(person.handle);
    person.rawJson = compactJson(view);
    return person;
}

} // namespace holdfast::bluesky
