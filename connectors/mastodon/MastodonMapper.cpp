#include "connectors/mastodon/MastodonMapper.h"

#include "connectors/common/HtmlText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace holdfast::mastodon {

namespace {
QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

QDateTime date(const QJsonObject &o, QLatin1String key)
{
    QDateTime parsed = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QByteArray raw(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

QString MastodonMapper::absoluteHandle(const QString &acct) const
{
    if (acct.isEmpty() || acct.contains(u'@'))
        return acct;
    return acct + u'@' + m_host;
}

Person MastodonMapper::person(const QJsonObject &account) const
{
    Person p;
    p.platformId = str(account, QLatin1String("id"));
    p.handle = absoluteHandle(str(account, QLatin1String("acct")));
    p.displayName = str(account, QLatin1String("display_name"));
    if (p.displayName.isEmpty())
        p.displayName = str(account, QLatin1String("username"));
    p.url = str(account, QLatin1String("url"));
    p.avatarUrl = str(account, QLatin1String("avatar"));
    p.rawJson = raw(account);
    return p;
}

Item MastodonMapper::item(const QJsonObject &status) const
{
    Item it;
    it.platformId = str(status, QLatin1String("id"));
    it.createdAt = date(status, QLatin1String("created_at"));
    it.editedAt = date(status, QLatin1String("edited_at"));
    it.author = person(status.value(QLatin1String("account")).toObject());
    it.html = str(status, QLatin1String("content"));
    it.text = htmlToPlainText(it.html);
    it.spoilerText = str(status, QLatin1String("spoiler_text"));
    it.uri = str(status, QLatin1String("uri"));
    it.url = str(status, QLatin1String("url"));
    if (it.url.isEmpty())
        it.url = str(status, QLatin1String("uri"));
    it.inReplyToId = str(status, QLatin1String("in_reply_to_id"));
    it.visibility = str(status, QLatin1String("visibility"));
    it.language = str(status, QLatin1String("language"));
    it.replyCount = status.value(QLatin1String("replies_count")).toInt();
    it.boostCount = status.value(QLatin1String("reblogs_count")).toInt();
    it.favouriteCount = status.value(QLatin1String("favourites_count")).toInt();

    const QJsonObject reblog = status.value(QLatin1String("reblog")).toObject();
    if (!reblog.isEmpty()) {
        it.kind = ItemKind::Boost;
        it.boostOfId = str(reblog, QLatin1String("id"));
    } else if (it.visibility == u"direct") {
        it.kind = ItemKind::Message;
    } else if (!it.inReplyToId.isEmpty()) {
        it.kind = ItemKind::Reply;
    } else {
        it.kind = ItemKind::Post;
    }

    for (const QJsonValue &value : status.value(QLatin1String("media_attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        MediaRef media;
        media.platformId = str(attachment, QLatin1String("id"));
        media.type = str(attachment, QLatin1String("type"));
        media.remoteUrl = str(attachment, QLatin1String("url"));
        if (media.remoteUrl.isEmpty())
            media.remoteUrl = str(attachment, QLatin1String("remote_url"));
        media.previewUrl = str(attachment, QLatin1String("preview_url"));
        media.description = str(attachment, QLatin1String("description"));
        if (!media.remoteUrl.isEmpty())
            it.media.append(media);
    }
    it.rawJson = raw(status);
    return it;
}

std::optional<Item> MastodonMapper::boostedOriginal(const QJsonObject &status) const
{
    const QJsonObject reblog = status.value(QLatin1String("reblog")).toObject();
    if (reblog.isEmpty())
        return std::nullopt;
    return item(reblog);
}

} // namespace holdfast::mastodon
