#include "connectors/mastodon/MastodonSource.h"

#include "connectors/common/HttpClient.h"
#include "connectors/common/LinkHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace holdfast::mastodon {

MastodonSource::MastodonSource(QUrl instance, QString ownAccountId, HttpClient &http)
    : m_instance(std::move(instance)), m_accountId(std::move(ownAccountId)), m_http(http),
      m_mapper(m_instance.host())
{
}

QUrl MastodonSource::api(const QString &path, const QString &query) const
{
    QUrl url = m_instance;
    url.setPath(m_instance.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QList<Collection> MastodonSource::collections() const
{
    // Conversations before mentions: a direct message mentions its recipient, so walking
    // mentions first would archive a new conversation's messages as mentions only, and the
    // conversations walk would then see its last message as known and skip its thread.
    return {Collection::Posts,      Collection::Messages,  Collection::Mentions,
            Collection::Favourites, Collection::Bookmarks, Collection::Followers,
            Collection::Following};
}

QUrl MastodonSource::firstPage(Collection collection) const
{
    const QString account = QStringLiteral("/api/v1/accounts/") + m_accountId;
    switch (collection) {
    case Collection::Posts: return api(account + u"/statuses", QStringLiteral("limit=40"));
    case Collection::Favourites: return api(QStringLiteral("/api/v1/favourites"), QStringLiteral("limit=40"));
    case Collection::Bookmarks: return api(QStringLiteral("/api/v1/bookmarks"), QStringLiteral("limit=40"));
    case Collection::Mentions:
        return api(QStringLiteral("/api/v1/notifications"), QStringLiteral("types[]=mention&limit=80"));
    case Collection::Messages: return api(QStringLiteral("/api/v1/conversations"), QStringLiteral("limit=40"));
    case Collection::Followers: return api(account + u"/followers", QStringLiteral("limit=80"));
    case Collection::Following: return api(account + u"/following", QStringLiteral("limit=80"));
    }
    return {};
}

Result<SourceProfile> MastodonSource::fetchProfile()
{
    auto json = m_http.getJson(api(QStringLiteral("/api/v1/accounts/verify_credentials")));
    if (!json)
        return json.error();
    const QJsonObject me = json->object();
    if (me.value(QLatin1String("id")).toString().isEmpty())
        return makeError(Error::Code::InvalidInput,
                         QObject::tr("%1 did not return the signed-in account.").arg(m_instance.host()));
    const Person person = m_mapper.person(me);
    SourceProfile profile;
    profile.account.platform = QStringLiteral("mastodon");
    profile.account.server = m_instance.toString(QUrl::StripTrailingSlash);
    profile.account.platformUserId = person.platformId;
    profile.account.handle = person.handle;
    profile.account.displayName = person.displayName;
    profile.account.avatarUrl = person.avatarUrl;
    profile.account.profileUrl = person.url;
    if (me.contains(QLatin1String("followers_count")))
        profile.followersCount = me.value(QLatin1String("followers_count")).toInt();
    if (me.contains(QLatin1String("following_count")))
        profile.followingCount = me.value(QLatin1String("following_count")).toInt();
    m_accountId = person.platformId;
    return profile;
}

Result<SourcePage> MastodonSource::fetchPage(Collection collection, const QString &cursor,
                                             const std::function<bool(const QString &)> &isStored)
{
    const QUrl url = cursor.isEmpty() ? firstPage(collection) : QUrl(cursor);
    // A stored cursor is a URL; never send the token anywhere but the account's instance.
    if (url.scheme() != m_instance.scheme() || url.host() != m_instance.host() || url.port() != m_instance.port())
        return makeError(Error::Code::InvalidInput,
                         QObject::tr("Refusing to follow a page link to another host (%1).").arg(url.host()));

    HttpResponse response;
    auto json = m_http.getJson(url, &response);
    if (!json)
        return json.error();
    if (!json->isArray())
        return makeError(Error::Code::InvalidInput,
                         QObject::tr("%1 did not return a list.").arg(url.path()));

    SourcePage page;
    page.nextCursor = linkWithRelation(response.header("Link"), "next").toString(QUrl::FullyEncoded);
    const QJsonArray entries = json->array();

    switch (collection) {
    case Collection::Posts:
    case Collection::Favourites:
    case Collection::Bookmarks:
        for (const QJsonValue &value : entries) {
            const QJsonObject status = value.toObject();
            page.members.append(m_mapper.item(status));
            if (auto original = m_mapper.boostedOriginal(status))
                page.related.append(*original);
        }
        break;
    case Collection::Mentions:
        for (const QJsonValue &value : entries) {
            const QJsonObject notification = value.toObject();
            const QJsonObject status = notification.value(QLatin1String("status")).toObject();
            if (notification.value(QLatin1String("type")).toString() != u"mention" || status.isEmpty())
                continue;
            page.members.append(m_mapper.item(status));
        }
        break;
    case Collection::Messages:
        // A conversation carries only its last status; the whole thread comes from its context.
        for (const QJsonValue &value : entries) {
            const QJsonObject conversation = value.toObject();
            const QJsonObject last = conversation.value(QLatin1String("last_status")).toObject();
            const QString lastId = last.value(QLatin1String("id")).toString();
            if (lastId.isEmpty())
                continue;
            page.probeIds.append(lastId);
            // Kept even when the messages are stored: being read changes nothing else.
            page.conversationStates.append(
                {conversation.value(QLatin1String("id")).toString(),
                 conversation.value(QLatin1String("unread")).toBool(),
                 QJsonDocument(conversation).toJson(QJsonDocument::Compact)});
            if (isStored(lastId)) {
                // Stored, but perhaps only as a mention: make it a message of its conversation
                // (the thread before it is archived already, so no context request).
                Item message = m_mapper.item(last);
                message.conversationId = conversation.value(QLatin1String("id")).toString();
                page.members.append(message);
                continue;
            }
            auto thread = conversationThread(last, conversation.value(QLatin1String("id")).toString());
            if (!thread)
                return thread.error();
            page.members.append(thread.value());
        }
        break;
    case Collection::Followers:
    case Collection::Following:
        for (const QJsonValue &value : entries)
            page.contacts.append(m_mapper.person(value.toObject()));
        break;
    }
    return page;
}

Result<QList<Item>> MastodonSource::conversationThread(const QJsonObject &lastStatus,
                                                       const QString &conversationId)
{
    const QString statusId = lastStatus.value(QLatin1String("id")).toString();
    auto context = m_http.getJson(api(QStringLiteral("/api/v1/statuses/%1/context").arg(statusId)));
    if (!context)
        return context.error();
    QList<QJsonObject> statuses;
    for (const QJsonValue &v : context->object().value(QLatin1String("ancestors")).toArray())
        statuses.append(v.toObject());
    statuses.append(lastStatus);
    for (const QJsonValue &v : context->object().value(QLatin1String("descendants")).toArray())
        statuses.append(v.toObject());

    QList<Item> thread;
    for (const QJsonObject &json : statuses) {
        Item item = m_mapper.item(json);
        item.conversationId = conversationId;
        thread.append(item);
    }
    return thread;
}

} // namespace holdfast::mastodon
