#include "connectors/bluesky/BlueskySource.h"

#include "connectors/bluesky/BlueskySignIn.h"
#include "connectors/bluesky/CarReader.h"
#include "connectors/common/HttpClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcXrpc)

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::BlueskySource)
};

const QString kPost = QStringLiteral("app.bsky.feed.post");
const QString kRepost = QStringLiteral("app.bsky.feed.repost");
const QString kLike = QStringLiteral("app.bsky.feed.like");
const QString kFollow = QStringLiteral("app.bsky.graph.follow");
/// The posts walk's third stream (with an AppView): the author feed, for others' replies.
const QString kAuthorFeed = QStringLiteral("app.bsky.feed.getAuthorFeed");
/// Never a member of anything: tells BackupJob that this page alone does not decide
/// "reached stored items" (the posts walk decides per record type itself).
const QString kNoProbe = QStringLiteral("bluesky:no-probe");
constexpr qint64 kMaxRepoBytes = 2LL * 1024 * 1024 * 1024;

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// The posts walk's cursor: one position per record type ("" = not started, "-" = done).
struct StreamCursor
{
    QHash<QString, QString> positions;

    static StreamCursor parse(const QString &text)
    {
        StreamCursor cursor;
        const QUrlQuery query(text);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            cursor.positions.insert(key, value);
        return cursor;
    }
    QString toString(const QStringList &order) const
    {
        QUrlQuery query;
        for (const QString &key : order)
            query.addQueryItem(key, positions.value(key));
        return query.toString(QUrl::FullyEncoded);
    }
    bool done(const QString &key) const { return positions.value(key) == u"-"; }
};

/// "HTTP 502" rather than the whole retry story, for one-line notes.
QString shortReason(const Error &error)
{
    static const QRegularExpression status(QStringLiteral("HTTP (\\d{3})(: \\S+)?"));
    const QRegularExpressionMatch match = status.match(error.message);
    return match.hasMatch() ? match.captured(0) : error.message;
}

/// The file as a RepoSnapshot: checksum and size read back from the disk.
Result<RepoSnapshot> snapshotOf(const QString &dataDir, const QString &path, const QString &rev)
{
    QFile file(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !sha.addData(&file))
        return makeError(Error::Code::Io, Tr::tr("Could not read %1: %2").arg(path, file.errorString()));
    RepoSnapshot snapshot;
    snapshot.revision = rev;
    snapshot.localPath = QDir(dataDir).relativeFilePath(path);
    snapshot.sha256 = QString::fromLatin1(sha.result().toHex());
    snapshot.size = file.size();
    snapshot.capturedAt = QDateTime::currentDateTimeUtc();
    return snapshot;
}

QString snapshotDirName(const QString &did)
{
    QString name = did;
    return name.replace(u':', u'_'); // ':' is awkward in file names on some systems
}
} // namespace

BlueskySource::BlueskySource(Account account, HttpClient &http)
    : m_account(std::move(account)), m_http(http), m_xrpc(http, QUrl(m_account.server)),
      m_mapper(QUrl(m_account.server), [&] {
          Person self;
          self.platformId = m_account.platformUserId;
          self.handle = m_account.handle;
          self.displayName = m_account.displayName;
          self.avatarUrl = m_account.avatarUrl;
          self.url = QStringLiteral("https://bsky.app/profile/%1").arg(m_account.handle);
          return self;
      }())
{
}

QStringList BlueskySource::mappedRecordCollections()
{
    return {kPost, kRepost, kLike, kFollow};
}

template<typename Call>
auto BlueskySource::probing(Call call) -> decltype(call())
{
    // A probe must not sit through five retries of a 502 from a PDS without an AppView.
    const RetryPolicy normal = m_http.retryPolicy();
    RetryPolicy once = normal;
    once.maxAttempts = 1;
    m_http.setRetryPolicy(once);
    auto result = call();
    m_http.setRetryPolicy(normal);
    return result;
}

Result<SourceProfile> BlueskySource::fetchProfile()
{
    SourceProfile profile;
    profile.account = m_account;
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("repo"), m_account.platformUserId);
    params.addQueryItem(QStringLiteral("collection"), QStringLiteral("app.bsky.actor.profile"));
    params.addQueryItem(QStringLiteral("rkey"), QStringLiteral("self"));
    auto record = m_xrpc.query(QStringLiteral("com.atproto.repo.getRecord"), params);
    if (record) {
        applyProfileRecord(profile.account, record->value(QLatin1String("value")).toObject());
    } else if (record.error().code != Error::Code::NotFound
               && !record.error().message.contains(QLatin1String("RecordNotFound"))) {
        return record.error();
    }
    // Checks the session (refreshing it if needed) before any walk, and picks up a new handle.
    auto session = m_xrpc.query(QStringLiteral("com.atproto.server.getSession"));
    if (!session)
        return session.error();
    if (str(session.value(), "did") != m_account.platformUserId)
        return makeError(Error::Code::Auth, Tr::tr("The stored session belongs to another account; sign in again."));
    if (const QString handle = str(session.value(), "handle"); !handle.isEmpty() && handle != u"handle.invalid")
        profile.account.handle = handle;
    Person self = m_mapper.self();
    self.handle = profile.account.handle;
    self.displayName = profile.account.displayName;
    self.avatarUrl = profile.account.avatarUrl;
    self.url = QStringLiteral("https://bsky.app/profile/%1").arg(self.handle);
    m_mapper = BlueskyMapper(QUrl(m_account.server), self);
    m_account = profile.account;

    // The AppView (followers, notifications) and the chat service sit behind the PDS; a PDS
    // without them (self-hosted, tests) answers 502/500. Those collections are then skipped
    // with a note rather than failing the backup or marking everything as gone.
    QUrlQuery actor;
    actor.addQueryItem(QStringLiteral("actor"), m_account.platformUserId);
    auto appViewProfile = probing([&] { return m_xrpc.query(QStringLiteral("app.bsky.actor.getProfile"), actor); });
    m_appView = appViewProfile.ok();
    if (m_appView) {
        if (const QJsonValue followers = appViewProfile->value(QLatin1String("followersCount")); followers.isDouble())
            profile.followersCount = followers.toInt();
    } else {
        if (appViewProfile.error().code == Error::Code::Cancelled)
            return appViewProfile.error();
        qCDebug(lcXrpc) << "no AppView:" << appViewProfile.error().message;
        m_notes.append(Tr::tr("Followers, mentions, bookmarks and others' replies to your posts are unavailable: "
                          "%1 has no Bluesky AppView (%2).")
                           .arg(QUrl(m_account.server).host(), shortReason(appViewProfile.error())));
    }
    m_http.setExtraHeader("atproto-proxy", kChatProxy);
    QUrlQuery one;
    one.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    auto convos = probing([&] { return m_xrpc.query(QStringLiteral("chat.bsky.convo.listConvos"), one); });
    m_http.setExtraHeader("atproto-proxy", {});
    m_chat = convos.ok();
    if (!m_chat) {
        if (convos.error().code == Error::Code::Cancelled)
            return convos.error();
        qCDebug(lcXrpc) << "no chat service:" << convos.error().message;
        m_notes.append(convos.error().code == Error::Code::Auth
                           ? Tr::tr("Direct messages are unavailable: the app password has no access to them "
                                "(create one with \"Allow access to your direct messages\").")
                           : Tr::tr("Direct messages are unavailable: the chat service could not be reached through %1 (%2).")
                                 .arg(QUrl(m_account.server).host(), shortReason(convos.error())));
    }
    return profile;
}

QList<Collection> BlueskySource::collections() const
{
    QList<Collection> list{Collection::Posts, Collection::Favourites, Collection::Following};
    if (m_appView)
        list << Collection::Bookmarks << Collection::Mentions << Collection::Followers;
    if (m_chat)
        list << Collection::Messages;
    return list;
}

Result<SourcePage> BlueskySource::fetchPage(Collection collection, const QString &cursor,
                                            const std::function<bool(const QString &)> &isStored)
{
    switch (collection) {
    case Collection::Posts:
        return postsPage(cursor, isStored);
    case Collection::Favourites:
        return likesPage(cursor, isStored);
    case Collection::Following:
        return followingPage(cursor);
    case Collection::Followers:
        return followersPage(cursor);
    case Collection::Mentions:
        return mentionsPage(cursor);
    case Collection::Messages:
        return messagesPage(cursor, isStored);
    case Collection::Bookmarks:
        return bookmarksPage(cursor);
    }
    return makeError(Error::Code::InvalidInput, Tr::tr("Bluesky has no %1 to back up.").arg(collectionName(collection)));
}

Result<BlueskySource::RecordPage> BlueskySource::listRecords(const QString &nsid, const QString &cursor, int limit)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("repo"), m_account.platformUserId);
    params.addQueryItem(QStringLiteral("collection"), nsid);
    params.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), cursor);
    auto answer = m_xrpc.query(QStringLiteral("com.atproto.repo.listRecords"), params);
    if (!answer)
        return answer.error();
    RecordPage page;
    for (const QJsonValue &value : answer->value(QLatin1String("records")).toArray())
        page.records.append(value.toObject());
    // A short page is the last one (the PDS still sends a cursor then; asking again would
    // only return an empty page).
    if (page.records.size() >= limit)
        page.cursor = str(answer.value(), "cursor");
    return page;
}

Result<SourcePage> BlueskySource::postsPage(const QString &cursorText,
                                            const std::function<bool(const QString &)> &isStored)
{
    QStringList streams{kPost, kRepost};
    if (m_appView)
        streams.append(kAuthorFeed);
    StreamCursor cursor = StreamCursor::parse(cursorText);
    SourcePage page;
    for (const QString &stream : std::as_const(streams)) {
        if (cursor.done(stream))
            continue;
        if (stream == kAuthorFeed) {
            auto next = threadContextPage(cursor.positions.value(stream), isStored, page.related);
            if (!next)
                return next.error();
            cursor.positions.insert(stream, next.value());
            continue;
        }
        auto records = listRecords(stream, cursor.positions.value(stream));
        if (!records)
            return records.error();
        bool reachedStored = false;
        for (const QJsonObject &record : std::as_const(records->records)) {
            const QString uri = str(record, "uri");
            reachedStored = reachedStored || isStored(uri);
            if (stream == kPost) {
                m_postCache.insert(uri, record); // likes of these need no second request
                if (!isStored(uri))
                    m_newPosts.insert(uri);
            }
            page.members.append(stream == kPost ? m_mapper.post(record) : m_mapper.repost(record));
            if (stream == kRepost) {
                // The reposted post, as thread context, when this PDS hosts it.
                const QString subject = page.members.last().boostOfId;
                if (!isStored(subject)) {
                    if (auto original = postRecord(subject))
                        page.related.append(m_mapper.post(*original));
                }
            }
        }
        // Newest first: once a record type reaches what is archived, the rest is archived too.
        cursor.positions.insert(stream, records->cursor.isEmpty() || reachedStored ? QStringLiteral("-")
                                                                                  : records->cursor);
    }
    page.probeIds = {kNoProbe};
    const bool allDone = std::all_of(streams.cbegin(), streams.cend(),
                                     [&](const QString &s) { return cursor.done(s); });
    page.nextCursor = allDone ? QString() : cursor.toString(streams);
    return page;
}

Result<QString> BlueskySource::threadContextPage(const QString &cursor,
                                                 const std::function<bool(const QString &)> &isStored,
                                                 QList<Item> &context)
{
    const QString did = m_account.platformUserId;
    QSet<QString> added;
    // Others' posts only: the account's own come from its repository, verbatim.
    const auto addOthersPost = [&](const QJsonObject &view) {
        const QString uri = str(view, "uri");
        if (uri.isEmpty() || !view.value(QLatin1String("record")).isObject()
            || AtUri::parse(uri).did == did || added.contains(uri))
            return; // not found, blocked, or the account's own
        added.insert(uri);
        context.append(m_mapper.postView(view));
    };

    QUrlQuery params;
    params.addQueryItem(QStringLiteral("actor"), did);
    params.addQueryItem(QStringLiteral("filter"), QStringLiteral("posts_with_replies"));
    params.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), cursor);
    auto answer = m_xrpc.query(kAuthorFeed, params);
    if (!answer)
        return answer.error();
    const QJsonArray feed = answer->value(QLatin1String("feed")).toArray();
    bool reachedStored = false;
    for (const QJsonValue &entry : feed) {
        const QJsonObject feedPost = entry.toObject();
        const QJsonObject post = feedPost.value(QLatin1String("post")).toObject();
        const QString uri = str(post, "uri");
        if (feedPost.value(QLatin1String("reason")).isObject() || AtUri::parse(uri).did != did)
            continue; // a repost: the repository walk has it
        // What the account replied to.
        const QJsonObject reply = feedPost.value(QLatin1String("reply")).toObject();
        addOthersPost(reply.value(QLatin1String("root")).toObject());
        addOthersPost(reply.value(QLatin1String("parent")).toObject());
        // Replies to posts archived by an earlier run were fetched then; a full run (isStored
        // always false) fetches every thread again and so picks up later replies. The feed
        // runs behind the repository walk (reposts take places in it), so a post first
        // stored by this run still needs its thread.
        if (isStored(uri) && !m_newPosts.contains(uri)) {
            reachedStored = true;
            continue;
        }
        if (post.value(QLatin1String("replyCount")).toInt() <= 0)
            continue;
        QUrlQuery threadParams;
        threadParams.addQueryItem(QStringLiteral("uri"), uri);
        threadParams.addQueryItem(QStringLiteral("depth"), QStringLiteral("1000"));
        threadParams.addQueryItem(QStringLiteral("parentHeight"), QStringLiteral("0"));
        auto thread = m_xrpc.query(QStringLiteral("app.bsky.feed.getPostThread"), threadParams);
        if (!thread) {
            if (thread.error().code == Error::Code::NotFound || thread.error().message.contains(QLatin1String("NotFound")))
                continue; // deleted meanwhile
            return thread.error();
        }
        // Breadth first over the reply tree (depth can be large; no recursion).
        QList<QJsonObject> pending{thread->value(QLatin1String("thread")).toObject()};
        while (!pending.isEmpty()) {
            const QJsonObject node = pending.takeFirst();
            if (str(node, "$type") != u"app.bsky.feed.defs#threadViewPost")
                continue; // notFoundPost, blockedPost
            addOthersPost(node.value(QLatin1String("post")).toObject());
            for (const QJsonValue &child : node.value(QLatin1String("replies")).toArray())
                pending.append(child.toObject());
        }
    }
    const QString next = str(answer.value(), "cursor");
    return feed.isEmpty() || next.isEmpty() || reachedStored ? QStringLiteral("-") : next;
}

std::optional<QJsonObject> BlueskySource::postRecord(const QString &uri)
{
    if (auto cached = m_postCache.constFind(uri); cached != m_postCache.cend())
        return *cached;
    const AtUri at = AtUri::parse(uri);
    std::optional<QJsonObject> found;
    if (at.collection == kPost) {
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("repo"), at.did);
        params.addQueryItem(QStringLiteral("collection"), at.collection);
        params.addQueryItem(QStringLiteral("rkey"), at.rkey);
        // Only repositories on this PDS can be read here; others fail fast (400/404).
        auto record = probing([&] { return m_xrpc.query(QStringLiteral("com.atproto.repo.getRecord"), params); });
        if (record && record->value(QLatin1String("value")).isObject())
            found = record.value();
    }
    m_postCache.insert(uri, found);
    return found;
}

Result<SourcePage> BlueskySource::likesPage(const QString &cursor,
                                            const std::function<bool(const QString &)> &isStored)
{
    auto records = listRecords(kLike, cursor);
    if (!records)
        return records.error();
    SourcePage page;
    page.nextCursor = records->cursor;
    QStringList subjects;
    for (const QJsonObject &like : std::as_const(records->records))
        subjects.append(str(like.value(QLatin1String("value")).toObject().value(QLatin1String("subject")).toObject(), "uri"));
    prefetchPosts(subjects);
    for (qsizetype i = 0; i < records->records.size(); ++i) {
        const QJsonObject &like = records->records[i];
        page.members.append(m_mapper.likedPost(like, postRecord(subjects[i])));
        // Someone else's post that is archived already was almost surely archived as a like:
        // the likes are newest first, so the rest of them are archived too. Cut the page
        // here (each liked post costs a request) and let BackupJob decide with this like
        // as the probe; if it was no favourite yet, the walk goes on right after it.
        if (isStored(subjects[i]) && AtUri::parse(subjects[i]).did != m_account.platformUserId) {
            page.nextCursor = AtUri::parse(str(like, "uri")).rkey;
            break;
        }
    }
    return page;
}

void BlueskySource::prefetchPosts(const QStringList &uris)
{
    // With an AppView, 25 posts per request (app.bsky.feed.getPosts), from any PDS.
    if (!m_appView)
        return;
    QStringList missing;
    for (const QString &uri : uris)
        if (!m_postCache.contains(uri) && !missing.contains(uri))
            missing.append(uri);
    for (qsizetype start = 0; start < missing.size(); start += 25) {
        QUrlQuery params;
        for (const QString &uri : missing.mid(start, 25))
            params.addQueryItem(QStringLiteral("uris"), uri);
        auto answer = probing([&] { return m_xrpc.query(QStringLiteral("app.bsky.feed.getPosts"), params); });
        if (!answer)
            return;
        for (const QJsonValue &value : answer->value(QLatin1String("posts")).toArray()) {
            const QJsonObject view = value.toObject();
            m_postCache.insert(str(view, "uri"), QJsonObject{{QStringLiteral("uri"), view.value(QLatin1String("uri"))},
                                                             {QStringLiteral("cid"), view.value(QLatin1String("cid"))},
                                                             {QStringLiteral("value"), view.value(QLatin1String("record"))}});
        }
    }
}

void BlueskySource::resolveHandles(QList<Person> &people)
{
    // Follow records name DIDs only. Ask the AppView in batches of 25 when there is one;
    // otherwise this PDS knows the handles of the accounts it hosts (others stay DIDs).
    if (m_appView) {
        for (qsizetype start = 0; start < people.size(); start += 25) {
            QUrlQuery params;
            for (qsizetype i = start; i < std::min<qsizetype>(start + 25, people.size()); ++i)
                params.addQueryItem(QStringLiteral("actors"), people[i].platformId);
            auto answer = probing([&] { return m_xrpc.query(QStringLiteral("app.bsky.actor.getProfiles"), params); });
            if (!answer)
                continue;
            for (const QJsonValue &value : answer->value(QLatin1String("profiles")).toArray()) {
                const Person view = m_mapper.profileView(value.toObject());
                for (Person &person : people) {
                    if (person.platformId == view.platformId) {
                        person.handle = view.handle;
                        person.displayName = view.displayName;
                        person.avatarUrl = view.avatarUrl;
                        person.url = view.url;
                    }
                }
            }
        }
        return;
    }
    for (Person &person : people) {
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("repo"), person.platformId);
        auto described = probing([&] { return m_xrpc.query(QStringLiteral("com.atproto.repo.describeRepo"), params); });
        if (described && !str(described.value(), "handle").isEmpty())
            person.handle = str(described.value(), "handle");
    }
}

Result<SourcePage> BlueskySource::followingPage(const QString &cursor)
{
    auto records = listRecords(kFollow, cursor);
    if (!records)
        return records.error();
    SourcePage page;
    for (const QJsonObject &follow : std::as_const(records->records))
        page.contacts.append(m_mapper.followed(follow));
    resolveHandles(page.contacts);
    page.nextCursor = records->cursor;
    return page;
}

Result<SourcePage> BlueskySource::followersPage(const QString &cursor)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("actor"), m_account.platformUserId);
    params.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), cursor);
    auto answer = m_xrpc.query(QStringLiteral("app.bsky.graph.getFollowers"), params);
    if (!answer)
        return answer.error();
    SourcePage page;
    for (const QJsonValue &value : answer->value(QLatin1String("followers")).toArray())
        page.contacts.append(m_mapper.profileView(value.toObject()));
    page.nextCursor = page.contacts.isEmpty() ? QString() : str(answer.value(), "cursor");
    return page;
}

Result<SourcePage> BlueskySource::bookmarksPage(const QString &cursor)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), cursor);
    auto answer = m_xrpc.query(QStringLiteral("app.bsky.bookmark.getBookmarks"), params);
    if (!answer)
        return answer.error();
    SourcePage page;
    const QJsonArray bookmarks = answer->value(QLatin1String("bookmarks")).toArray();
    for (const QJsonValue &value : bookmarks)
        page.members.append(m_mapper.bookmarkedPost(value.toObject()));
    page.nextCursor = bookmarks.isEmpty() ? QString() : str(answer.value(), "cursor");
    return page;
}

Result<SourcePage> BlueskySource::mentionsPage(const QString &cursor)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    for (const char *reason : {"mention", "reply", "quote"})
        params.addQueryItem(QStringLiteral("reasons"), QString::fromLatin1(reason));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), cursor);
    auto answer = m_xrpc.query(QStringLiteral("app.bsky.notification.listNotifications"), params);
    if (!answer)
        return answer.error();
    SourcePage page;
    const QJsonArray notifications = answer->value(QLatin1String("notifications")).toArray();
    for (const QJsonValue &value : notifications) {
        const QJsonObject notification = value.toObject();
        const QString reason = str(notification, "reason");
        if (reason != u"mention" && reason != u"reply" && reason != u"quote")
            continue; // older servers ignore the reasons filter
        Item item = m_mapper.post(QJsonObject{{QStringLiteral("uri"), notification.value(QLatin1String("uri"))},
                                              {QStringLiteral("cid"), notification.value(QLatin1String("cid"))},
                                              {QStringLiteral("value"), notification.value(QLatin1String("record"))}});
        item.author = m_mapper.profileView(notification.value(QLatin1String("author")).toObject());
        item.rawJson = BlueskyMapper::compactJson(notification);
        page.members.append(item);
    }
    page.nextCursor = notifications.isEmpty() ? QString() : str(answer.value(), "cursor");
    return page;
}

Result<SourcePage> BlueskySource::messagesPage(const QString &cursor,
                                               const std::function<bool(const QString &)> &isStored)
{
    // Every call here goes to the chat service through the PDS.
    m_http.setExtraHeader("atproto-proxy", kChatProxy);
    struct ProxyOff
    {
        HttpClient &http;
        ~ProxyOff() { http.setExtraHeader("atproto-proxy", {}); }
    } proxyOff{m_http};

    QUrlQuery params;
    params.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), cursor);
    auto answer = m_xrpc.query(QStringLiteral("chat.bsky.convo.listConvos"), params);
    if (!answer)
        return answer.error();
    SourcePage page;
    page.probeIds = {kNoProbe};
    bool reachedStored = false;
    const QJsonArray convos = answer->value(QLatin1String("convos")).toArray();
    for (const QJsonValue &convoValue : convos) {
        const QJsonObject convo = convoValue.toObject();
        const QString convoId = str(convo, "id");
        page.conversationStates.append({convoId, convo.value(QLatin1String("unreadCount")).toInt() > 0,
                                        QJsonDocument(convo).toJson(QJsonDocument::Compact)});
        QHash<QString, Person> members;
        for (const QJsonValue &member : convo.value(QLatin1String("members")).toArray()) {
            const Person person = m_mapper.profileView(member.toObject());
            members.insert(person.platformId, person);
        }
        QString messageCursor;
        bool newest = true; // the first message view of this conversation
        while (true) {
            QUrlQuery messageParams;
            messageParams.addQueryItem(QStringLiteral("convoId"), convoId);
            messageParams.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
            if (!messageCursor.isEmpty())
                messageParams.addQueryItem(QStringLiteral("cursor"), messageCursor);
            auto messages = m_xrpc.query(QStringLiteral("chat.bsky.convo.getMessages"), messageParams);
            if (!messages)
                return messages.error();
            const QJsonArray list = messages->value(QLatin1String("messages")).toArray();
            bool convoKnown = false;
            for (const QJsonValue &messageValue : list) {
                const QJsonObject message = messageValue.toObject();
                // Deleted messages come back as stubs without text: skipping them lets a full
                // run mark the stored message as deleted instead of blanking it.
                if (str(message, "$type") != u"chat.bsky.convo.defs#messageView")
                    continue;
                const QString id = str(message, "id");
                if (isStored(id)) {
                    convoKnown = true;
                    if (newest)
                        reachedStored = true; // the newest message is archived: so is everything older
                }
                newest = false;
                Item item;
                item.platformId = id;
                item.kind = ItemKind::Message;
                item.conversationId = convoId;
                const QString sender = str(message.value(QLatin1String("sender")).toObject(), "did");
                item.author = members.value(sender, m_mapper.personFor(sender));
                item.createdAt = QDateTime::fromString(str(message, "sentAt"), Qt::ISODateWithMs).toUTC();
                item.text = str(message, "text");
                item.html = BlueskyMapper::richTextHtml(item.text, message.value(QLatin1String("facets")).toArray());
                item.visibility = QStringLiteral("direct");
                QJsonObject raw = message;
                raw.insert(QStringLiteral("convoId"), convoId);
                item.rawJson = BlueskyMapper::compactJson(raw);
                page.members.append(item);
            }
            messageCursor = str(messages.value(), "cursor");
            if (convoKnown || list.isEmpty() || messageCursor.isEmpty())
                break;
        }
        if (reachedStored)
            break; // conversations come most recent first
    }
    page.nextCursor = reachedStored || convos.isEmpty() ? QString() : str(answer.value(), "cursor");
    return page;
}

Result<QStringList> BlueskySource::accountMediaUrls()
{
    QStringList urls;
    QString cursor;
    while (true) {
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("did"), m_account.platformUserId);
        params.addQueryItem(QStringLiteral("limit"), QString::number(kBlobPageSize));
        if (!cursor.isEmpty())
            params.addQueryItem(QStringLiteral("cursor"), cursor);
        auto answer = m_xrpc.query(QStringLiteral("com.atproto.sync.listBlobs"), params);
        if (!answer)
            return answer.error();
        const QJsonArray cids = answer->value(QLatin1String("cids")).toArray();
        for (const QJsonValue &cid : cids)
            if (!cid.toString().isEmpty())
                urls.append(blobUrl(QUrl(m_account.server), m_account.platformUserId, cid.toString()).toString());
        cursor = str(answer.value(), "cursor");
        // A short page is the last (the PDS still names a cursor then).
        if (cids.size() < kBlobPageSize || cursor.isEmpty())
            return urls;
    }
}

Result<FinishedBackup> BlueskySource::finishBackup(const QString &dataDir)
{
    FinishedBackup finished;
    const QString did = m_account.platformUserId;
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("did"), did);
    auto latest = m_xrpc.query(QStringLiteral("com.atproto.sync.getLatestCommit"), params);
    if (!latest)
        return latest.error();
    const QString rev = str(latest.value(), "rev");
    if (rev.isEmpty() || rev.contains(u'/') || rev.contains(u'.'))
        return makeError(Error::Code::InvalidInput, Tr::tr("The server named no usable repository revision."));
    const QString dir = QDir(dataDir).filePath(QStringLiteral("snapshots/") + snapshotDirName(did));
    const QString carPath = QDir(dir).filePath(rev + QStringLiteral(".car"));
    if (QFile::exists(carPath)) {
        // Nothing changed since an earlier run kept this revision (recorded once by the store;
        // reporting it again also records a file whose run was killed before recording it).
        auto kept = snapshotOf(dataDir, carPath, rev);
        if (!kept)
            return kept.error();
        finished.snapshots.append(kept.value());
        return finished;
    }
    if (!QDir().mkpath(dir))
        return makeError(Error::Code::Io, Tr::tr("Could not create %1.").arg(dir));

    auto car = m_xrpc.download(QStringLiteral("com.atproto.sync.getRepo"), params, kMaxRepoBytes);
    if (!car)
        return car.error();
    auto contents = readRepository(car->body);
    if (!contents)
        return makeError(contents.error().code,
                         Tr::tr("The repository export is unreadable: %1").arg(contents.error().message));

    // Records of collections Holdfast has no place for, exactly as listRecords returns them.
    QStringList other;
    for (const RepoRecord &record : std::as_const(contents->records))
        if (!mappedRecordCollections().contains(record.collection) && !other.contains(record.collection))
            other.append(record.collection);
    QSaveFile records(QDir(dir).filePath(contents->rev + QStringLiteral(".records.jsonl")));
    if (!records.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Tr::tr("Could not write %1: %2").arg(records.fileName(), records.errorString()));
    int count = 0;
    for (const QString &collection : std::as_const(other)) {
        QString cursor;
        do {
            auto page = listRecords(collection, cursor);
            if (!page)
                return page.error();
            for (const QJsonObject &record : std::as_const(page->records)) {
                records.write(BlueskyMapper::compactJson(record) + '\n');
                ++count;
            }
            cursor = page->cursor;
        } while (!cursor.isEmpty());
    }
    if (!records.commit())
        return makeError(Error::Code::Io, Tr::tr("Could not write %1: %2").arg(records.fileName(), records.errorString()));

    // The CAR last: its presence means this revision is completely kept.
    QSaveFile file(QDir(dir).filePath(contents->rev + QStringLiteral(".car")));
    if (!file.open(QIODevice::WriteOnly) || file.write(car->body) != car->body.size() || !file.commit())
        return makeError(Error::Code::Io, Tr::tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
    auto kept = snapshotOf(dataDir, file.fileName(), contents->rev);
    if (!kept)
        return kept.error();
    finished.snapshots.append(kept.value());
    finished.notes.append(Tr::tr("Repository snapshot %1 kept (%2 records; %3 in other collections: %4)")
                     .arg(QDir(dataDir).relativeFilePath(file.fileName()))
                     .arg(contents->records.size())
                     .arg(count)
                     .arg(other.join(QStringLiteral(", "))));
    return finished;
}

} // namespace holdfast::bluesky
