#include "tests/fakes/bluesky/FakeBlueskyServer.h"

#include "tests/fakes/bluesky/CarWriter.h"

#include <QAbstractHttpServer>
#include <QCborMap>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

namespace holdfast::testing {

namespace {
const QByteArray kChatProxy = "did:web:api.bsky.chat#bsky_chat";

struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object)
    {
        Reply reply;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }
    static Reply error(int status, const QString &name, const QString &message)
    {
        Reply reply = json(QJsonObject{{QStringLiteral("error"), name}, {QStringLiteral("message"), message}});
        reply.status = status;
        return reply;
    }
};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// A page of `items` from the opaque offset cursor.
QJsonObject page(const QJsonArray &items, const QUrlQuery &query, const QString &key)
{
    const int offset = query.queryItemValue(QStringLiteral("cursor")).toInt();
    int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 50;
    limit = std::clamp(limit, 1, 100);
    QJsonArray slice;
    for (int i = offset; i < std::min<int>(offset + limit, int(items.size())); ++i)
        slice.append(items.at(i));
    QJsonObject out{{key, slice}};
    if (offset + limit < items.size())
        out.insert(QStringLiteral("cursor"), QString::number(offset + limit));
    return out;
}
} // namespace

class FakeBlueskyHttp final : public QAbstractHttpServer
{
public:
    using Handler = std::function<Reply(const QHttpServerRequest &)>;
    explicit FakeBlueskyHttp(Handler handler) : m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const Reply reply = m_handler(request);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &header : reply.headers)
            responder.writeHeader(header.first, header.second);
        responder.writeBody(reply.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

struct FakeBlueskyServer::Private
{
    Options options;
    FakeBlueskyHttp http;
    quint16 port = 0;
    QList<Request> log;
    int tokenGeneration = 0;
    QJsonArray followers, notifications, convos;
    QHash<QString, QJsonArray> messages; ///< per conversation, newest first
    QHash<QString, int> calls;
    QByteArray car;
    QJsonArray repoPosts;            ///< listRecords app.bsky.feed.post, newest first
    QJsonArray authorFeed;           ///< getAuthorFeed posts_with_replies
    QHash<QString, QJsonObject> threads; ///< getPostThread by URI
    QStringList threadContext;       ///< others' posts a backup must keep as context
    QJsonArray bookmarks;
    QHash<QString, QByteArray> blobs; ///< getBlob by CID

    QJsonObject follower(int i) const
    {
        return followers.isEmpty() ? profile(QStringLiteral("did:plc:someone"), QStringLiteral("someone.fake.test"), {})
                                   : followers.at(i % followers.size()).toObject();
    }
    static QJsonObject ownerView()
    {
        return profile(QString::fromLatin1(kDid), QString::fromLatin1(kHandle), QStringLiteral("Owner Ø"));
    }
    static QString uriOf(const QJsonObject &author, const QString &rkey)
    {
        return QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(author.value(QLatin1String("did")).toString(), rkey);
    }
    static QJsonObject ref(const QString &uri)
    {
        return QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("cid"), QStringLiteral("bafyreiref")}};
    }
    static QJsonObject replyRef(const QString &root, const QString &parent)
    {
        return QJsonObject{{QStringLiteral("root"), ref(root)}, {QStringLiteral("parent"), ref(parent)}};
    }
    /// As a union member (thread replies, reply refs, bookmarks) a view names its $type.
    static QJsonObject postView(const QJsonObject &author, const QString &uri, const QJsonObject &record, int replies)
    {
        return QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#postView")},
                           {QStringLiteral("uri"), uri}, {QStringLiteral("cid"), QStringLiteral("bafyreiview")},
                           {QStringLiteral("author"), author}, {QStringLiteral("record"), record},
                           {QStringLiteral("replyCount"), replies}, {QStringLiteral("repostCount"), 1},
                           {QStringLiteral("likeCount"), 4}, {QStringLiteral("indexedAt"), record.value(QLatin1String("createdAt"))}};
    }
    /// As feedViewPost.post (a plain ref) it does not.
    static QJsonObject untyped(QJsonObject view)
    {
        view.remove(QStringLiteral("$type"));
        return view;
    }
    static QJsonObject text(const QString &body, qint64 at, const QJsonObject &reply = {})
    {
        QJsonObject record{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                           {QStringLiteral("text"), body}, {QStringLiteral("createdAt"), iso(at)}};
        if (!reply.isEmpty())
            record.insert(QStringLiteral("reply"), reply);
        return record;
    }
    static QJsonObject node(const QJsonObject &view, const QJsonArray &replies)
    {
        return QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#threadViewPost")},
                           {QStringLiteral("post"), view}, {QStringLiteral("replies"), replies}};
    }
    static QJsonObject repostEntry(const QJsonObject &author, const QString &uri, qint64 at)
    {
        return QJsonObject{{QStringLiteral("post"), untyped(postView(author, uri, text(QStringLiteral("reposted"), at - 5000), 0))},
                           {QStringLiteral("reason"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#reasonRepost")},
                                                                 {QStringLiteral("by"), ownerView()},
                                                                 {QStringLiteral("indexedAt"), iso(at)}}}};
    }

    void addOwnPostsWithReplies(int count, int repostEvery)
    {
        const qint64 base = QDateTime(QDate(2025, 4, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QJsonArray records, feed;
        for (int i = count - 1; i >= 0; --i) { // newest first
            const qint64 at = base + i * 60'000LL;
            const QString uri = uriOf(ownerView(), QStringLiteral("3kmore%1").arg(i, 5, 10, QLatin1Char('0')));
            const QJsonObject record = text(QStringLiteral("neuer Beitrag %1").arg(i), at);
            records.append(QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("cid"), QStringLiteral("bafyreiplaceholder")},
                                       {QStringLiteral("value"), record}});
            if (repostEvery > 0 && i % repostEvery == 0)
                feed.append(repostEntry(follower(i + 20), uriOf(follower(i + 20), QStringLiteral("3krepost%1").arg(i, 5, 10, QLatin1Char('0'))), at + 1));
            feed.append(QJsonObject{{QStringLiteral("post"), untyped(postView(ownerView(), uri, record, 1))}});
            const QString reply = uriOf(follower(i + 10), QStringLiteral("3kanswer%1").arg(i, 5, 10, QLatin1Char('0')));
            threads.insert(uri, QJsonObject{{QStringLiteral("thread"), node(postView(ownerView(), uri, record, 1), {
                node(postView(follower(i + 10), reply, text(QStringLiteral("Antwort auf %1").arg(i), at + 30'000, replyRef(uri, uri)), 0), {})})}});
            threadContext.append(reply);
        }
        for (const QJsonValue &old : std::as_const(repoPosts))
            records.append(old);
        for (const QJsonValue &old : std::as_const(authorFeed))
            feed.append(old);
        repoPosts = records;
        authorFeed = feed;
    }

    explicit Private(Options o)
        : options(std::move(o)), http([this](const QHttpServerRequest &r) { return handle(r); })
    {
        const qint64 base = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < options.followers; ++i)
            followers.append(profile(QStringLiteral("did:plc:follower%1").arg(i, 20, 10, QLatin1Char('0')),
                                     QStringLiteral("follower%1.fake.test").arg(i), QStringLiteral("Föllower %1 ✨").arg(i)));
        static const char *const reasons[] = {"mention", "reply", "like", "quote", "follow", "repost"};
        for (int i = 0; i < options.notifications; ++i) {
            const QJsonObject author = followers.isEmpty() ? profile(QStringLiteral("did:plc:someone"), QStringLiteral("someone.fake.test"), {})
                                                           : followers.at(i % followers.size()).toObject();
            const QString did = author.value(QLatin1String("did")).toString();
            notifications.append(QJsonObject{
                {QStringLiteral("uri"), QStringLiteral("at://%1/app.bsky.feed.post/3kn%2").arg(did).arg(i, 10, 10, QLatin1Char('0'))},
                {QStringLiteral("cid"), QStringLiteral("bafyreifake%1").arg(i)},
                {QStringLiteral("author"), author},
                {QStringLiteral("reason"), QString::fromLatin1(reasons[i % 6])},
                {QStringLiteral("record"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                                                      {QStringLiteral("text"), QStringLiteral("@owner.fake.test Nachricht %1 📣").arg(i)},
                                                      {QStringLiteral("createdAt"), iso(base - i * 60'000LL)}}},
                {QStringLiteral("isRead"), i > 10},
                {QStringLiteral("indexedAt"), iso(base - i * 60'000LL)}});
        }
        for (int c = 0; c < options.conversations.size(); ++c) {
            const QString id = QStringLiteral("convo%1").arg(c);
            const QJsonObject other = followers.isEmpty() ? profile(QStringLiteral("did:plc:someone"), {}, {})
                                                          : followers.at(c % followers.size()).toObject();
            QJsonArray list;
            for (int m = 0; m < options.conversations.at(c); ++m) {
                const bool mine = m % 2 == 0;
                list.append(QJsonObject{{QStringLiteral("$type"), QStringLiteral("chat.bsky.convo.defs#messageView")},
                                        {QStringLiteral("id"), QStringLiteral("msg-%1-%2").arg(c).arg(m)},
                                        {QStringLiteral("rev"), QStringLiteral("rev%1").arg(m)},
                                        {QStringLiteral("text"), QStringLiteral("Nachricht %1 in %2 — 你好").arg(m).arg(id)},
                                        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("did"), mine ? QString::fromLatin1(kDid)
                                                                                                              : other.value(QLatin1String("did")).toString()}}},
                                        {QStringLiteral("sentAt"), iso(base - c * 86'400'000LL - m * 1000LL)}});
            }
            list.insert(qMin<qsizetype>(1, list.size()), QJsonObject{
                {QStringLiteral("$type"), QStringLiteral("chat.bsky.convo.defs#deletedMessageView")},
                {QStringLiteral("id"), QStringLiteral("msg-%1-deleted").arg(c)},
                {QStringLiteral("rev"), QStringLiteral("revd")},
                {QStringLiteral("sender"), QJsonObject{{QStringLiteral("did"), other.value(QLatin1String("did")).toString()}}},
                {QStringLiteral("sentAt"), iso(base - c * 86'400'000LL)}});
            messages.insert(id, list);
            convos.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("rev"), QStringLiteral("rev")},
                                      {QStringLiteral("members"), QJsonArray{profile(QString::fromLatin1(kDid), QString::fromLatin1(kHandle), {}), other}},
                                      // Odd conversations: the other's last message is unread.
                                      {QStringLiteral("unreadCount"), c % 2},
                                      {QStringLiteral("muted"), false}});
        }
        // The repository: a post with replies by others and a reply to someone else's post,
        // also served by listRecords, and as a real CAR.
        const QString owner = QString::fromLatin1(kDid);
        const QString ownPost = uriOf(ownerView(), QStringLiteral("3kfakepost222"));
        const QString otherRoot = uriOf(follower(0), QStringLiteral("3kotherroot11"));
        const QString ownReply = uriOf(ownerView(), QStringLiteral("3kfakereply22"));
        const QJsonObject ownPostRecord = text(QStringLiteral("the only post"), base);
        const QJsonObject otherRootRecord = text(QStringLiteral("Frage an alle 🤔"), base + 1000);
        const QJsonObject ownReplyRecord = text(QStringLiteral("meine Antwort"), base + 2000, replyRef(otherRoot, otherRoot));
        CarWriter writer;
        car = writer.repository(owner, QStringLiteral("3kfakerev2222"),
                                {{QStringLiteral("app.bsky.feed.post/3kfakepost222"), QCborMap::fromJsonObject(ownPostRecord)},
                                 {QStringLiteral("app.bsky.feed.post/3kfakereply22"), QCborMap::fromJsonObject(ownReplyRecord)}});
        for (const auto &[uri, record] : {std::pair{ownReply, ownReplyRecord}, std::pair{ownPost, ownPostRecord}})
            repoPosts.append(QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("cid"), QStringLiteral("bafyreiplaceholder")},
                                         {QStringLiteral("value"), record}});

        // The author feed (newest first): the reply with what it answers, the post with replies.
        const QJsonObject otherRootView = postView(follower(0), otherRoot, otherRootRecord, 1);
        const QString reposted = uriOf(follower(5), QStringLiteral("3krepostedxx1"));
        authorFeed = {
            QJsonObject{{QStringLiteral("post"), untyped(postView(ownerView(), ownReply, ownReplyRecord, 0))},
                        {QStringLiteral("reply"), QJsonObject{{QStringLiteral("root"), otherRootView},
                                                              {QStringLiteral("parent"), otherRootView}}}},
            // A repost of someone's post: neither the account's post nor context.
            QJsonObject{{QStringLiteral("post"), untyped(postView(follower(5), reposted, text(QStringLiteral("reposted"), base - 5000), 0))},
                        {QStringLiteral("reason"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#reasonRepost")},
                                                              {QStringLiteral("by"), ownerView()},
                                                              {QStringLiteral("indexedAt"), iso(base + 500)}}}},
            QJsonObject{{QStringLiteral("post"), untyped(postView(ownerView(), ownPost, ownPostRecord, 3))}}};

        // The thread of the post: replies by others, nested, plus a deleted and a blocked one.
        const QString replyA = uriOf(follower(1), QStringLiteral("3kreplyaaaaa1"));
        const QString replyA1 = uriOf(follower(2), QStringLiteral("3kreplyaaaa11"));
        const QString replyB = uriOf(follower(3), QStringLiteral("3kreplybbbbb1"));
        const QJsonObject a1 = node(postView(follower(2), replyA1, text(QStringLiteral("tief verschachtelt ↳"), base + 30'000, replyRef(ownPost, replyA)), 0), {});
        const QJsonObject a = node(postView(follower(1), replyA, text(QStringLiteral("Antwort A 👍"), base + 10'000, replyRef(ownPost, ownPost)), 1), {a1});
        const QJsonObject b = node(postView(follower(3), replyB, text(QStringLiteral("Antwort B"), base + 20'000, replyRef(ownPost, ownPost)), 0), {});
        const QJsonObject gone{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#notFoundPost")},
                               {QStringLiteral("uri"), uriOf(follower(4), QStringLiteral("3kgonegonego1"))}, {QStringLiteral("notFound"), true}};
        const QJsonObject blocked{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#blockedPost")},
                                  {QStringLiteral("uri"), uriOf(follower(6), QStringLiteral("3kblockedbl01"))}, {QStringLiteral("blocked"), true},
                                  {QStringLiteral("author"), QJsonObject{{QStringLiteral("did"), follower(6).value(QLatin1String("did"))}}}};
        threads.insert(ownPost, QJsonObject{{QStringLiteral("thread"), node(postView(ownerView(), ownPost, ownPostRecord, 3), {a, b, gone, blocked})}});
        threadContext = {otherRoot, replyA, replyA1, replyB};

        // Bookmarks (newest first): others' posts, one deleted since and one from a blocked account.
        for (int i = 0; i < options.bookmarks; ++i) {
            const QJsonObject author = follower(i + 7);
            const QString uri = uriOf(author, QStringLiteral("3kbookmark%1").arg(i, 3, 10, QLatin1Char('0')));
            QJsonObject item = postView(author, uri, text(QStringLiteral("gemerkt %1 🔖").arg(i), base - i * 3'600'000LL), 0);
            if (i == 3)
                item = QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#notFoundPost")},
                                   {QStringLiteral("uri"), uri}, {QStringLiteral("notFound"), true}};
            if (i == 4)
                item = QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#blockedPost")},
                                   {QStringLiteral("uri"), uri}, {QStringLiteral("blocked"), true},
                                   {QStringLiteral("author"), QJsonObject{{QStringLiteral("did"), author.value(QLatin1String("did"))}}}};
            bookmarks.append(QJsonObject{{QStringLiteral("subject"), ref(uri)},
                                         {QStringLiteral("createdAt"), iso(base - i * 60'000LL)},
                                         {QStringLiteral("item"), item}});
        }

        // Blobs of the repository (none referenced by a post here).
        for (const QByteArray &blob : {QByteArray("\x89PNG\r\n\x1a\nfake-one"), QByteArray("GIF89a fake-two")})
            blobs.insert(QString::fromLatin1("bafkrei" + QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex().left(40)), blob);
    }

    static QJsonObject profile(const QString &did, const QString &handle, const QString &name)
    {
        QJsonObject view{{QStringLiteral("did"), did}, {QStringLiteral("handle"), handle}};
        if (!name.isEmpty())
            view.insert(QStringLiteral("displayName"), name);
        return view;
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    Reply handle(const QHttpServerRequest &request)
    {
        Request entry;
        entry.method = request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
        const QString path = request.url().path();
        entry.nsid = path.startsWith(QLatin1String("/xrpc/")) ? path.mid(6) : path;
        entry.query = request.url().query();
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("atproto-proxy", Qt::CaseInsensitive) == 0)
                entry.proxy = value;
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                entry.authorization = value;
        }
        Reply reply = route(request, entry);
        entry.status = reply.status;
        for (const auto &header : reply.headers)
            if (header.first == "RateLimit-Reset")
                entry.rateLimitResetMs = header.second.toLongLong() * 1000;
        log.append(entry);
        return reply;
    }

    bool authorised(const Request &entry) const
    {
        return entry.authorization == "Bearer access-" + QByteArray::number(tokenGeneration);
    }

    Reply session()
    {
        ++tokenGeneration;
        return Reply::json({{QStringLiteral("did"), QString::fromLatin1(kDid)},
                            {QStringLiteral("handle"), QString::fromLatin1(kHandle)},
                            {QStringLiteral("accessJwt"), QStringLiteral("access-%1").arg(tokenGeneration)},
                            {QStringLiteral("refreshJwt"), QStringLiteral("refresh-%1").arg(tokenGeneration)},
                            {QStringLiteral("active"), true}});
    }

    Reply route(const QHttpServerRequest &request, const Request &entry)
    {
        const QUrlQuery query(request.url());
        const QString nsid = entry.nsid;

        if (nsid == options.rateLimitNsid && ++calls[nsid] == options.rateLimitCall) {
            Reply limited = Reply::error(429, QStringLiteral("RateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"));
            const qint64 reset = QDateTime::currentSecsSinceEpoch() + options.rateLimitResetSeconds;
            limited.headers = {{"RateLimit-Limit", "3000"}, {"RateLimit-Remaining", "0"},
                               {"RateLimit-Reset", QByteArray::number(reset)}, {"RateLimit-Policy", "3000;w=300"}};
            return limited;
        }
        // A chat proxy header on anything but chat would send the call to the wrong service.
        const bool chat = nsid.startsWith(QLatin1String("chat.bsky."));
        if (chat && entry.proxy != kChatProxy)
            return Reply::error(400, QStringLiteral("InvalidRequest"), QStringLiteral("chat needs the atproto-proxy header"));
        if (!chat && !entry.proxy.isEmpty())
            return Reply::error(400, QStringLiteral("InvalidRequest"), QStringLiteral("unexpected atproto-proxy header"));

        if (path(request) == QStringLiteral("/") + QString::fromLatin1(kDid)) // PLC directory
            return Reply::json({{QStringLiteral("id"), QString::fromLatin1(kDid)},
                                {QStringLiteral("alsoKnownAs"), QJsonArray{QString(QStringLiteral("at://") + QString::fromLatin1(kHandle))}},
                                {QStringLiteral("service"), QJsonArray{QJsonObject{
                                    {QStringLiteral("id"), QStringLiteral("#atproto_pds")},
                                    {QStringLiteral("type"), QStringLiteral("AtprotoPersonalDataServer")},
                                    {QStringLiteral("serviceEndpoint"), base()}}}}});
        if (nsid == u"com.atproto.identity.resolveHandle")
            return query.queryItemValue(QStringLiteral("handle")) == QLatin1String(kHandle)
                       ? Reply::json({{QStringLiteral("did"), QString::fromLatin1(kDid)}})
                       : Reply::error(400, QStringLiteral("InvalidRequest"), QStringLiteral("Unable to resolve handle"));
        if (nsid == u"com.atproto.server.createSession") {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            if (body.value(QLatin1String("password")).toString() != QLatin1String(kAppPassword))
                return Reply::error(401, QStringLiteral("AuthenticationRequired"), QStringLiteral("Invalid identifier or password"));
            return session();
        }
        if (nsid == u"com.atproto.server.refreshSession") {
            if (entry.authorization != "Bearer refresh-" + QByteArray::number(tokenGeneration))
                return Reply::error(400, QStringLiteral("ExpiredToken"), QStringLiteral("Token has been revoked"));
            return session();
        }
        if (nsid == u"com.atproto.repo.listRecords") {
            QJsonArray records;
            if (query.queryItemValue(QStringLiteral("collection")) == u"app.bsky.feed.post")
                records = repoPosts;
            return Reply::json(page(records, query, QStringLiteral("records")));
        }
        if (nsid == u"com.atproto.sync.listBlobs") {
            QJsonArray cids;
            for (const QString &cid : blobs.keys())
                cids.append(cid);
            return Reply::json(page(cids, query, QStringLiteral("cids")));
        }
        if (nsid == u"com.atproto.sync.getBlob") {
            const QString cid = query.queryItemValue(QStringLiteral("cid"));
            if (query.queryItemValue(QStringLiteral("did")) != QLatin1String(kDid) || !blobs.contains(cid))
                return Reply::error(400, QStringLiteral("BlobNotFound"), QStringLiteral("Blob not found"));
            Reply reply;
            reply.body = blobs.value(cid);
            reply.contentType = "application/octet-stream";
            return reply;
        }
        if (nsid == u"com.atproto.sync.getLatestCommit")
            return Reply::json({{QStringLiteral("cid"), QStringLiteral("bafyreicommit")}, {QStringLiteral("rev"), QStringLiteral("3kfakerev2222")}});
        if (nsid == u"com.atproto.sync.getRepo")
        {
            Reply reply;
            reply.body = car;
            reply.contentType = "application/vnd.ipld.car";
            return reply;
        }

        // Everything below needs the session.
        if (!authorised(entry))
            return Reply::error(400, QStringLiteral("ExpiredToken"), QStringLiteral("Token has expired"));
        if (nsid == u"com.atproto.server.getSession")
            return Reply::json({{QStringLiteral("did"), QString::fromLatin1(kDid)}, {QStringLiteral("handle"), QString::fromLatin1(kHandle)}});
        if (nsid == u"com.atproto.repo.getRecord")
            return Reply::json({{QStringLiteral("uri"), QStringLiteral("at://%1/app.bsky.actor.profile/self").arg(QString::fromLatin1(kDid))},
                                {QStringLiteral("value"), QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Owner Ø")}}}});
        if (nsid == u"app.bsky.actor.getProfile") {
            QJsonObject view = profile(QString::fromLatin1(kDid), QString::fromLatin1(kHandle), QStringLiteral("Owner Ø"));
            view.insert(QStringLiteral("followersCount"), followers.size());
            view.insert(QStringLiteral("followsCount"), 0);
            return Reply::json(view);
        }
        if (nsid == u"app.bsky.graph.getFollowers") {
            QJsonObject out = page(followers, query, QStringLiteral("followers"));
            out.insert(QStringLiteral("subject"), profile(QString::fromLatin1(kDid), QString::fromLatin1(kHandle), {}));
            return Reply::json(out);
        }
        if (nsid == u"app.bsky.notification.listNotifications") {
            const QStringList reasons = query.allQueryItemValues(QStringLiteral("reasons"));
            QJsonArray matching;
            for (const QJsonValue &n : std::as_const(notifications))
                if (reasons.isEmpty() || reasons.contains(n.toObject().value(QLatin1String("reason")).toString()))
                    matching.append(n);
            return Reply::json(page(matching, query, QStringLiteral("notifications")));
        }
        if (nsid == u"app.bsky.feed.getAuthorFeed") {
            if (query.queryItemValue(QStringLiteral("actor")) != QLatin1String(kDid)
                || query.queryItemValue(QStringLiteral("filter")) != u"posts_with_replies")
                return Reply::error(400, QStringLiteral("InvalidRequest"), QStringLiteral("this fake serves the owner's posts_with_replies"));
            return Reply::json(page(authorFeed, query, QStringLiteral("feed")));
        }
        if (nsid == u"app.bsky.feed.getPostThread") {
            const QString uri = query.queryItemValue(QStringLiteral("uri"));
            if (!threads.contains(uri))
                return Reply::error(400, QStringLiteral("NotFound"), QStringLiteral("Post not found: %1").arg(uri));
            return Reply::json(threads.value(uri));
        }
        if (nsid == u"app.bsky.bookmark.getBookmarks")
            return Reply::json(page(bookmarks, query, QStringLiteral("bookmarks")));
        if (nsid == u"chat.bsky.convo.listConvos")
            return Reply::json(page(convos, query, QStringLiteral("convos")));
        if (nsid == u"chat.bsky.convo.getMessages") {
            const QString id = query.queryItemValue(QStringLiteral("convoId"));
            if (!messages.contains(id))
                return Reply::error(400, QStringLiteral("InvalidRequest"), QStringLiteral("Convo not found"));
            return Reply::json(page(messages.value(id), query, QStringLiteral("messages")));
        }
        return Reply::error(501, QStringLiteral("MethodNotImplemented"), QStringLiteral("Method Not Implemented"));
    }

    static QString path(const QHttpServerRequest &request) { return request.url().path(); }
};

FakeBlueskyServer::FakeBlueskyServer(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
}

FakeBlueskyServer::FakeBlueskyServer(QObject *parent) : FakeBlueskyServer(Options(), parent) {}

FakeBlueskyServer::~FakeBlueskyServer() = default;

bool FakeBlueskyServer::start()
{
    d->port = d->http.listen(QHostAddress::LocalHost, 0);
    return d->port != 0;
}

QUrl FakeBlueskyServer::baseUrl() const
{
    return QUrl(d->base());
}

const QList<FakeBlueskyServer::Request> &FakeBlueskyServer::requests() const
{
    return d->log;
}

void FakeBlueskyServer::clearRequests()
{
    d->log.clear();
}

QStringList FakeBlueskyServer::followerDids() const
{
    QStringList dids;
    for (const QJsonValue &f : std::as_const(d->followers))
        dids.append(f.toObject().value(QLatin1String("did")).toString());
    return dids;
}

QStringList FakeBlueskyServer::mentionUris() const
{
    QStringList uris;
    for (const QJsonValue &value : std::as_const(d->notifications)) {
        const QJsonObject n = value.toObject();
        const QString reason = n.value(QLatin1String("reason")).toString();
        if (reason == u"mention" || reason == u"reply" || reason == u"quote")
            uris.append(n.value(QLatin1String("uri")).toString());
    }
    return uris;
}

void FakeBlueskyServer::addOwnPostsWithReplies(int count, int repostEvery)
{
    d->addOwnPostsWithReplies(count, repostEvery);
}

QStringList FakeBlueskyServer::threadContextUris() const
{
    return d->threadContext;
}

QStringList FakeBlueskyServer::ownPostUris() const
{
    QStringList uris;
    for (const QJsonValue &record : std::as_const(d->repoPosts))
        uris.append(record.toObject().value(QLatin1String("uri")).toString());
    return uris;
}

QStringList FakeBlueskyServer::bookmarkUris() const
{
    QStringList uris;
    for (const QJsonValue &bookmark : std::as_const(d->bookmarks))
        uris.append(bookmark.toObject().value(QLatin1String("subject")).toObject().value(QLatin1String("uri")).toString());
    return uris;
}

QList<QByteArray> FakeBlueskyServer::blobContents() const
{
    return d->blobs.values();
}

QStringList FakeBlueskyServer::messageIds() const
{
    QStringList ids;
    for (const QJsonArray &list : std::as_const(d->messages))
        for (const QJsonValue &m : list)
            if (m.toObject().value(QLatin1String("$type")).toString() == u"chat.bsky.convo.defs#messageView")
                ids.append(m.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace holdfast::testing
