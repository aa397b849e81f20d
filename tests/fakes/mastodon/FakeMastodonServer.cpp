#include "tests/fakes/mastodon/FakeMastodonServer.h"
#include "tests/fakes/mastodon/FakeMastodonMedia.h"
#include "tests/fakes/mastodon/FakeMastodonServer_p.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::testing {

using namespace fakemastodon;

namespace {

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Decodes a query string or form body the way Rails does ('+' is a space).
QList<QPair<QString, QString>> decodePairs(QString encoded)
{
    encoded.replace(u'+', u"%20"_s);
    return QUrlQuery(encoded).queryItems(QUrl::FullyDecoded);
}

QByteArray joinJson(const QList<QByteArray> &items)
{
    qsizetype size = 2;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items.at(i);
    }
    out += ']';
    return out;
}

// Ruby's ActiveModel boolean cast: everything except these (and absence) is true.
bool truthy(const ParsedRequest &r, const QString &key)
{
    if (!r.has(key))
        return false;
    static const QStringList falsy = {u""_s, u"0"_s, u"f"_s, u"F"_s, u"false"_s, u"FALSE"_s, u"off"_s, u"OFF"_s};
    return !falsy.contains(r.param(key));
}

// Mastodon's paging parameters.
struct PageParams
{
    int limit = 20;
    std::optional<qint64> maxId;
    std::optional<qint64> sinceId;
    std::optional<qint64> minId;
};

std::optional<qint64> idParam(const ParsedRequest &r, const QString &key)
{
    if (!r.has(key))
        return std::nullopt;
    bool ok = false;
    const qint64 v = r.param(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

PageParams pageParams(const ParsedRequest &r, int defaultLimit)
{
    PageParams p;
    // limit_param: default when absent, else |to_i| capped at twice the default.
    p.limit = defaultLimit;
    if (r.has(u"limit"_s))
        p.limit = qMin(std::abs(r.param(u"limit"_s).toInt()), defaultLimit * 2);
    p.maxId = idParam(r, u"max_id"_s);
    p.sinceId = idParam(r, u"since_id"_s);
    p.minId = idParam(r, u"min_id"_s);
    return p;
}

// Selects indices of `cursors` (sorted newest = largest first) like paginate_by_max_id /
// paginate_by_min_id. The result is always newest first.
QList<int> selectPage(const QList<qint64> &cursors, const PageParams &p)
{
    QList<int> picked;
    if (p.limit <= 0)
        return picked;
    if (p.minId) {
        for (int i = int(cursors.size()) - 1; i >= 0 && picked.size() < p.limit; --i) {
            const qint64 c = cursors.at(i);
            if (c <= *p.minId)
                continue;
            if (p.maxId && c >= *p.maxId)
                break;
            picked.append(i);
        }
        std::reverse(picked.begin(), picked.end());
    } else {
        for (int i = 0; i < cursors.size() && picked.size() < p.limit; ++i) {
            const qint64 c = cursors.at(i);
            if (p.maxId && c >= *p.maxId)
                continue;
            if (p.sinceId && c <= *p.sinceId)
                break;
            picked.append(i);
        }
    }
    return picked;
}

} // namespace

// ---------------------------------------------------------------- HttpReply / ParsedRequest

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpReply HttpReply::json(const QJsonArray &array, int status)
{
    return rawJson(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

HttpReply HttpReply::rawJson(QByteArray body, int status)
{
    HttpReply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpReply HttpReply::error(int status, const QString &message)
{
    return json(QJsonObject{{u"error"_s, message}}, status);
}

HttpReply HttpReply::oauthError(int status, const QString &code, const QString &description)
{
    return json(QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}}, status);
}

QString ParsedRequest::param(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    for (const auto &item : form) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

bool ParsedRequest::has(const QString &key) const
{
    const auto matches = [&](const QPair<QString, QString> &item) { return item.first == key; };
    return std::any_of(query.cbegin(), query.cend(), matches) || std::any_of(form.cbegin(), form.cend(), matches);
}

QStringList ParsedRequest::params(const QString &key) const
{
    QStringList values;
    const QString arrayKey = key + u"[]"_s;
    for (const auto *list : {&query, &form}) {
        for (const auto &item : *list) {
            if (item.first == key || item.first == arrayKey)
                values.append(item.second);
        }
    }
    return values;
}

// ---------------------------------------------------------------- FakeHttpServer

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void FakeHttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply, bool truncate,
                           bool headOnly)
{
    const QByteArray body = truncate ? reply.body.left(reply.body.size() / 2) : reply.body;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    if (truncate)
        responder.writeHeader("Connection", "close");
    responder.writeBody(headOnly ? QByteArray() : body);
    if (truncate)
        socket->disconnectFromHost();
}

// ---------------------------------------------------------------- dispatch

FakeMastodonServerPrivate::FakeMastodonServerPrivate(FakeMastodonServer *q, const Options &options)
    : q(q)
    , options(options)
    , http([this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); })
    , secretRng(options.seed ^ 0x5eed5eedu)
{
    GenerationOptions g;
    g.seed = options.seed;
    g.statusCount = options.statusCount;
    g.favouriteCount = options.favouriteCount;
    g.bookmarkCount = options.bookmarkCount;
    g.mentionCount = options.mentionCount;
    g.conversationCount = options.conversationCount;
    g.followerCount = options.followerCount;
    g.followingCount = options.followingCount;
    store.generate(g);
}

QString FakeMastodonServerPrivate::base() const
{
    return store.baseUrl();
}

QList<QPair<QByteArray, QByteArray>> FakeMastodonServerPrivate::countRequest(bool *exceeded)
{
    // Fixed windows; a window opens with the first request after the previous one has ended (so a
    // test's burst is never split by a boundary it cannot see).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = qMax(1, options.rateLimitWindowMs);
    if (windowStartMs < 0 || now >= windowStartMs + window) {
        windowStartMs = now;
        windowCount = 0;
    }
    const qint64 start = windowStartMs;
    ++windowCount;
    const int limit = options.rateLimitRequests > 0 ? options.rateLimitRequests : 300;
    *exceeded = options.rateLimitRequests > 0 && windowCount > limit;
    return {
        {"X-RateLimit-Limit", QByteArray::number(limit)},
        {"X-RateLimit-Remaining", QByteArray::number(qMax(0, limit - windowCount))},
        {"X-RateLimit-Reset", isoMs(start + window).toLatin1()},
    };
}

std::optional<FakeMastodonServer::Fault> FakeMastodonServerPrivate::takeFault(const QString &path)
{
    for (int i = 0; i < faults.size(); ++i) {
        FaultRule &rule = faults[i];
        if (!path.startsWith(rule.prefix))
            continue;
        const FakeMastodonServer::Fault fault = rule.fault;
        if (--rule.remaining <= 0)
            faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

void FakeMastodonServerPrivate::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ParsedRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: r.method = u"GET"_s; break;
    case QHttpServerRequest::Method::Post: r.method = u"POST"_s; break;
    case QHttpServerRequest::Method::Put: r.method = u"PUT"_s; break;
    case QHttpServerRequest::Method::Delete: r.method = u"DELETE"_s; break;
    case QHttpServerRequest::Method::Patch: r.method = u"PATCH"_s; break;
    case QHttpServerRequest::Method::Head: r.method = u"HEAD"_s; break;
    default: r.method = u"OTHER"_s; break;
    }
    const QUrl url = request.url();
    r.path = url.path();
    r.query = decodePairs(url.query(QUrl::FullyEncoded));
    r.pathAndQuery = r.path;
    if (url.hasQuery())
        r.pathAndQuery += u'?' + url.query(QUrl::PrettyDecoded);
    QByteArray contentType;
    for (const auto &header : request.headers()) {
        const QByteArray name = header.first.toLower();
        if (name == "authorization")
            r.authorization = header.second;
        else if (name == "content-type")
            contentType = header.second.toLower();
    }
    if (contentType.startsWith("application/json")) {
        r.jsonBody = QJsonDocument::fromJson(request.body()).object();
        for (auto it = r.jsonBody.constBegin(); it != r.jsonBody.constEnd(); ++it) {
            if (it.value().isString())
                r.form.append({it.key(), it.value().toString()});
            else if (it.value().isDouble())
                r.form.append({it.key(), QString::number(it.value().toDouble())});
        }
    } else if (!request.body().isEmpty()) {
        r.form = decodePairs(QString::fromLatin1(request.body()));
    }

    FakeMastodonServer::RequestRecord record;
    record.method = r.method;
    record.pathAndQuery = r.pathAndQuery;
    record.atMs = QDateTime::currentMSecsSinceEpoch();

    HttpReply reply;
    bool truncate = false;
    bool drop = false;
    const std::optional<Route> route = match(r);
    if (!route) {
        reply = HttpReply::error(404, u"Record not found"_s);
    } else {
        bool proceed = true;
        QList<QPair<QByteArray, QByteArray>> rateHeaders;
        const OAuthToken *token = nullptr;
        if (route->needsToken) {
            token = tokenFor(r);
            if (!token) {
                reply = HttpReply::error(401, u"The access token is invalid"_s);
                reply.addHeader("WWW-Authenticate",
                                      "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", "
                                      "error_description=\"The access token is invalid\"");
                proceed = false;
            } else {
                bool exceeded = false;
                rateHeaders = countRequest(&exceeded);
                if (exceeded) {
                    reply = HttpReply::error(429, u"Too many requests"_s);
                    rateHeaders[1].second = "0";
                    record.rateLimited = true;
                    ++rateLimited;
                    proceed = false;
                }
            }
        }
        if (proceed) {
            if (const auto fault = takeFault(r.path)) {
                switch (*fault) {
                case FakeMastodonServer::Fault::TooManyRequests:
                    reply = HttpReply::error(429, u"Too many requests"_s);
                    if (rateHeaders.isEmpty()) {
                        bool ignored = false;
                        rateHeaders = countRequest(&ignored);
                    }
                    rateHeaders[1].second = "0";
                    proceed = false;
                    break;
                case FakeMastodonServer::Fault::ServiceUnavailable:
                    reply = HttpReply::error(503, u"There was a temporary problem serving your request, please try again"_s);
                    proceed = false;
                    break;
                case FakeMastodonServer::Fault::Drop:
                    drop = true;
                    proceed = false;
                    break;
                case FakeMastodonServer::Fault::TruncatedJson:
                    truncate = true;
                    break;
                }
            }
        }
        if (proceed) {
            const bool scopeOk = route->scopes.isEmpty()
                || std::any_of(route->scopes.cbegin(), route->scopes.cend(),
                               [&](const QString &s) { return token && token->scopes.contains(s); });
            if (token && !scopeOk)
                reply = HttpReply::error(403, u"This action is outside the authorized scopes"_s);
            else if (route->needsUser && token && !token->userToken)
                reply = HttpReply::error(422, u"This method requires an authenticated user"_s);
            else
                reply = route->run();
        }
        reply.headers += rateHeaders;
        if (route->needsToken && token)
            reply.addHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    if (drop) {
        socket->abort();
    } else {
        FakeHttpServer::write(request, socket, reply, truncate, r.method == u"HEAD");
        record.status = reply.status;
    }
    log.append(record);
    emit q->requestServed(record.method, record.pathAndQuery, record.status);
}

std::optional<FakeMastodonServerPrivate::Route> FakeMastodonServerPrivate::match(const ParsedRequest &r)
{
    const QStringList seg = r.path.split(u'/', Qt::SkipEmptyParts);
    const bool get = r.method == u"GET" || r.method == u"HEAD"; // HEAD: same headers, no body
    const bool post = r.method == u"POST";
    auto api = [](QStringList scopes, std::function<HttpReply()> run, bool needsUser = true) {
        return Route{true, needsUser, std::move(scopes), std::move(run)};
    };
    auto open = [](std::function<HttpReply()> run) { return Route{false, false, {}, std::move(run)}; };

    // OAuth and discovery
    if (post && r.path == u"/api/v1/apps")
        return open([this, &r] { return registerApp(r); });
    if (get && r.path == u"/oauth/authorize")
        return open([this, &r] { return authorize(r); });
    if (post && r.path == u"/oauth/token")
        return open([this, &r] { return token(r); });
    if (post && r.path == u"/oauth/revoke")
        return open([this, &r] { return revoke(r); });
    if (get && r.path == u"/.well-known/oauth-authorization-server")
        return open([this] { return authorizationServerMetadata(); });
    if (get && r.path == u"/api/v1/instance")
        return open([this] { return instanceV1(); });
    if (get && r.path == u"/api/v2/instance")
        return open([this] { return instanceV2(); });

    if (post && seg.size() == 5 && seg.at(0) == u"api" && seg.at(1) == u"v1"
        && seg.at(2) == u"conversations" && seg.at(4) == u"read") {
        const QString id = seg.at(3);
        return api({u"write"_s, u"write:conversations"_s}, [this, id] {
            const Conversation *conversation = store.conversation(id.toLongLong());
            if (!conversation || !store.markConversationRead(conversation->id))
                return HttpReply::error(404, u"Record not found"_s);
            return HttpReply::json(store.conversationJson(*store.conversation(id.toLongLong())));
        });
    }
    if (get && seg.size() >= 3 && seg.at(0) == u"api" && seg.at(1) == u"v1") {
        const QString what = seg.at(2);
        if (what == u"accounts" && seg.size() == 4 && seg.at(3) == u"verify_credentials")
            return api({u"read"_s, u"read:accounts"_s, u"profile"_s}, [this] { return HttpReply::json(store.credentialAccountJson()); });
        if (what == u"accounts" && seg.size() == 4) {
            const QString id = seg.at(3);
            return api({u"read"_s, u"read:accounts"_s}, [this, id] {
                return store.account(id) ? HttpReply::rawJson(store.accountBytes(id)) : HttpReply::error(404, u"Record not found"_s);
            }, false);
        }
        if (what == u"accounts" && seg.size() == 5 && seg.at(4) == u"statuses") {
            const QString id = seg.at(3);
            return api({u"read"_s, u"read:statuses"_s}, [this, &r, id] { return accountStatuses(r, id); }, false);
        }
        if (what == u"accounts" && seg.size() == 5 && (seg.at(4) == u"followers" || seg.at(4) == u"following")) {
            const QString id = seg.at(3);
            const bool followers = seg.at(4) == u"followers";
            return api({u"read"_s, u"read:accounts"_s, u"read:follows"_s}, [this, &r, id, followers] { return follows(r, id, followers); }, false);
        }
        if (what == u"favourites" && seg.size() == 3)
            return api({u"read"_s, u"read:favourites"_s}, [this, &r] { return statusRows(r, store.favourites(), u"/api/v1/favourites"_s); });
        if (what == u"bookmarks" && seg.size() == 3)
            return api({u"read"_s, u"read:bookmarks"_s}, [this, &r] { return statusRows(r, store.bookmarks(), u"/api/v1/bookmarks"_s); });
        if (what == u"notifications" && seg.size() == 3)
            return api({u"read"_s, u"read:notifications"_s}, [this, &r] { return notificationList(r); });
        if (what == u"notifications" && seg.size() == 4) {
            const QString id = seg.at(3);
            return api({u"read"_s, u"read:notifications"_s}, [this, id] {
                for (const Notification &n : store.notifications()) {
                    if (QString::number(n.id) == id)
                        return HttpReply::json(store.notificationJson(n));
                }
                return HttpReply::error(404, u"Record not found"_s);
            });
        }
        if (what == u"conversations" && seg.size() == 3)
            return api({u"read"_s, u"read:statuses"_s}, [this, &r] { return conversationList(r); });
        if (what == u"statuses" && (seg.size() == 4 || seg.size() == 5)) {
            const QString id = seg.at(3);
            int kind = -1;
            if (seg.size() == 4)
                kind = 0;
            else if (seg.at(4) == u"context")
                kind = 1;
            else if (seg.at(4) == u"history")
                kind = 2;
            else if (seg.at(4) == u"source")
                kind = 3;
            if (kind >= 0)
                return api({u"read"_s, u"read:statuses"_s}, [this, id, kind] { return singleStatus(id, kind); }, false);
        }
    }

    if (get) {
        if (auto reply = media(r))
            return open([reply = *reply] { return reply; });
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- API handlers

namespace {

// Builds Link header URLs like Rails' url helpers: parameters sorted by name, arrays as key[]=v.
QByteArray linkUrl(const QString &base, const QString &path, QList<QPair<QString, QString>> params)
{
    std::stable_sort(params.begin(), params.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray url = base.toUtf8() + QUrl::toPercentEncoding(path, "/");
    for (int i = 0; i < params.size(); ++i) {
        url += i ? '&' : '?';
        url += QUrl::toPercentEncoding(params.at(i).first) + '=' + QUrl::toPercentEncoding(params.at(i).second);
    }
    return url;
}

// Adds Link: <next>; rel="next", <prev>; rel="prev" like Api::BaseController#set_pagination_headers.
void addLinks(HttpReply &reply, const QString &base, const QString &path, const QList<QPair<QString, QString>> &kept,
              const QList<qint64> &pageCursors, int limit, const QString &prevParam = u"min_id"_s)
{
    QList<QByteArray> links;
    if (!pageCursors.isEmpty() && pageCursors.size() == limit) {
        auto params = kept;
        params.append({u"max_id"_s, QString::number(pageCursors.last())});
        links.append('<' + linkUrl(base, path, params) + ">; rel=\"next\"");
    }
    if (!pageCursors.isEmpty()) {
        auto params = kept;
        params.append({prevParam, QString::number(pageCursors.first())});
        links.append('<' + linkUrl(base, path, params) + ">; rel=\"prev\"");
    }
    if (!links.isEmpty())
        reply.addHeader("Link", links.join(", "));
}

QList<QPair<QString, QString>> keptParams(const ParsedRequest &r, const QStringList &keys)
{
    QList<QPair<QString, QString>> kept;
    for (const QString &key : keys) {
        if (key.endsWith(u"[]"_s)) {
            for (const QString &v : r.params(key.chopped(2)))
                kept.append({key, v});
        } else if (r.has(key)) {
            kept.append({key, r.param(key)});
        }
    }
    return kept;
}

} // namespace

HttpReply FakeMastodonServerPrivate::accountStatuses(const ParsedRequest &r, const QString &accountId)
{
    if (!store.account(accountId))
        return HttpReply::error(404, u"Record not found"_s);
    const bool pinned = truthy(r, u"pinned"_s);
    const bool onlyMedia = truthy(r, u"only_media"_s);
    const bool excludeReplies = truthy(r, u"exclude_replies"_s);
    const bool excludeReblogs = truthy(r, u"exclude_reblogs"_s);
    const QString tagged = r.param(u"tagged"_s).toLower();

    QList<qint64> ids = store.accountStatusIds(accountId);
    if (pinned) {
        ids.removeIf([this](qint64 id) { return !store.isPinned(id); });
    }
    ids.removeIf([&](qint64 id) {
        const Status *s = store.status(id);
        if (onlyMedia && s->media.isEmpty())
            return true;
        // Mastodon's without_replies keeps self-replies (threads).
        if (excludeReplies && s->inReplyToId && s->inReplyToAccountId != s->accountId)
            return true;
        if (excludeReblogs && s->reblogOfId)
            return true;
        if (!tagged.isEmpty()) {
            bool found = false;
            for (const QString &t : s->tags)
                found = found || t.toLower() == tagged;
            if (!found)
                return true;
        }
        return false;
    });

    const PageParams p = pageParams(r, 20);
    const QList<int> page = selectPage(ids, p);
    QList<QByteArray> items;
    QList<qint64> cursors;
    for (const int i : page) {
        items.append(store.statusBytes(ids.at(i)));
        cursors.append(ids.at(i));
    }
    HttpReply reply = HttpReply::rawJson(joinJson(items));
    addLinks(reply, base(), r.path,
             keptParams(r, {u"limit"_s, u"pinned"_s, u"only_media"_s, u"exclude_replies"_s, u"exclude_reblogs"_s, u"tagged"_s}),
             cursors, p.limit);
    return reply;
}

HttpReply FakeMastodonServerPrivate::statusRows(const ParsedRequest &r, const QList<StatusRow> &rows, const QString &path)
{
    QList<qint64> cursors;
    cursors.reserve(rows.size());
    for (const StatusRow &row : rows)
        cursors.append(row.rowId);
    const PageParams p = pageParams(r, 20);
    const QList<int> page = selectPage(cursors, p);
    QList<QByteArray> items;
    QList<qint64> pageCursors;
    for (const int i : page) {
        items.append(store.statusBytes(rows.at(i).statusId));
        pageCursors.append(rows.at(i).rowId);
    }
    HttpReply reply = HttpReply::rawJson(joinJson(items));
    addLinks(reply, base(), path, keptParams(r, {u"limit"_s}), pageCursors, p.limit);
    return reply;
}

HttpReply FakeMastodonServerPrivate::follows(const ParsedRequest &r, const QString &accountId, bool followers)
{
    if (!store.account(accountId))
        return HttpReply::error(404, u"Record not found"_s);
    // Only the own account's follow graph is modelled; other accounts have none.
    static const QList<FollowRow> none;
    const QList<FollowRow> &rows = accountId == store.ownAccountId() ? (followers ? store.followers() : store.following()) : none;
    QList<qint64> cursors;
    for (const FollowRow &row : rows)
        cursors.append(row.rowId);
    PageParams p = pageParams(r, 40);
    p.minId.reset(); // Mastodon's follower/following pages only know max_id and since_id
    const QList<int> page = selectPage(cursors, p);
    QList<QByteArray> items;
    QList<qint64> pageCursors;
    for (const int i : page) {
        items.append(store.accountBytes(rows.at(i).accountId));
        pageCursors.append(rows.at(i).rowId);
    }
    HttpReply reply = HttpReply::rawJson(joinJson(items));
    addLinks(reply, base(), r.path, keptParams(r, {u"limit"_s}), pageCursors, p.limit, u"since_id"_s);
    return reply;
}

HttpReply FakeMastodonServerPrivate::notificationList(const ParsedRequest &r)
{
    const QStringList types = r.params(u"types"_s);
    const QStringList excluded = r.params(u"exclude_types"_s);
    const QString fromAccount = r.param(u"account_id"_s);
    QList<const Notification *> list;
    for (const Notification &n : store.notifications()) {
        if (!types.isEmpty() && !types.contains(n.type))
            continue;
        if (excluded.contains(n.type))
            continue;
        if (!fromAccount.isEmpty() && n.accountId != fromAccount)
            continue;
        list.append(&n);
    }
    QList<qint64> cursors;
    for (const Notification *n : std::as_const(list))
        cursors.append(n->id);
    const PageParams p = pageParams(r, 40);
    const QList<int> page = selectPage(cursors, p);
    QList<QByteArray> items;
    QList<qint64> pageCursors;
    for (const int i : page) {
        items.append(QJsonDocument(store.notificationJson(*list.at(i))).toJson(QJsonDocument::Compact));
        pageCursors.append(cursors.at(i));
    }
    HttpReply reply = HttpReply::rawJson(joinJson(items));
    addLinks(reply, base(), r.path, keptParams(r, {u"limit"_s, u"account_id"_s, u"types[]"_s, u"exclude_types[]"_s}),
             pageCursors, p.limit);
    return reply;
}

HttpReply FakeMastodonServerPrivate::conversationList(const ParsedRequest &r)
{
    const QList<Conversation> list = store.conversationsByLastStatus();
    QList<qint64> cursors;
    for (const Conversation &c : list)
        cursors.append(c.lastStatusId());
    const PageParams p = pageParams(r, 20);
    const QList<int> page = selectPage(cursors, p);
    QList<QByteArray> items;
    QList<qint64> pageCursors;
    for (const int i : page) {
        items.append(QJsonDocument(store.conversationJson(list.at(i))).toJson(QJsonDocument::Compact));
        pageCursors.append(cursors.at(i));
    }
    HttpReply reply = HttpReply::rawJson(joinJson(items));
    addLinks(reply, base(), r.path, keptParams(r, {u"limit"_s}), pageCursors, p.limit);
    return reply;
}

HttpReply FakeMastodonServerPrivate::singleStatus(const QString &idText, int what)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || !store.status(id))
        return HttpReply::error(404, u"Record not found"_s);
    switch (what) {
    case 1: return HttpReply::json(store.contextJson(id));
    case 2: return HttpReply::json(store.historyJson(id));
    case 3: return HttpReply::json(store.sourceJson(id));
    default: return HttpReply::rawJson(store.statusBytes(id));
    }
}

std::optional<HttpReply> FakeMastodonServerPrivate::media(const ParsedRequest &r)
{
    const QStringList seg = r.path.split(u'/', Qt::SkipEmptyParts);
    auto file = [](QByteArray bytes, const QByteArray &type) {
        HttpReply reply;
        reply.contentType = type;
        reply.body = std::move(bytes);
        reply.addHeader("Cache-Control", "public, max-age=315576000, immutable");
        return reply;
    };
    auto notFound = [] {
        HttpReply reply;
        reply.status = 404;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>";
        return reply;
    };

    if (r.path == u"/avatars/original/missing.png")
        return file(makePng(48, 48, 1), "image/png");
    if (r.path == u"/headers/original/missing.png")
        return file(makePng(150, 50, 2), "image/png");
    if (seg.size() == 4 && seg.at(0) == u"system" && seg.at(1) == u"accounts"
        && (seg.at(2) == u"avatars" || seg.at(2) == u"headers") && seg.at(3).endsWith(u".png"_s)) {
        const QString id = seg.at(3).chopped(4);
        if (!store.account(id))
            return notFound();
        return seg.at(2) == u"avatars" ? file(makePng(48, 48, stableHash(id)), "image/png")
                                       : file(makePng(150, 50, stableHash(id) ^ 0xabcdu), "image/png");
    }
    if (seg.size() == 4 && seg.at(0) == u"system" && seg.at(1) == u"custom_emojis" && seg.at(2) == u"images"
        && seg.at(3).endsWith(u".png"_s)) {
        const QString code = seg.at(3).chopped(4);
        if (!TextSource::customEmojis().contains(code))
            return notFound();
        return file(makePng(16, 16, stableHash(code)), "image/png");
    }
    if (seg.size() == 4 && seg.at(0) == u"system" && seg.at(1) == u"media_attachments") {
        const MediaAttachment *m = store.media(seg.at(2));
        if (!m)
            return notFound();
        const quint32 seed = stableHash(m->id);
        if (seg.at(3) == u"small.png") {
            if (m->kind == MediaAttachment::Kind::Audio)
                return notFound();
            return file(makePng(qMax(1, m->width / 2), qMax(1, m->height / 2), seed ^ 1u), "image/png");
        }
        const QString expected = QUrl(store.mediaUrl(*m)).fileName();
        if (seg.at(3) != expected || m->missing)
            return notFound();
        const QString cacheKey = m->id + u'/' + QString::number(m->servedBytes);
        if (const auto cached = bigMediaCache.constFind(cacheKey); cached != bigMediaCache.cend())
            return file(*cached, m->kind == MediaAttachment::Kind::Image ? "image/png"
                                 : m->kind == MediaAttachment::Kind::Audio ? "audio/mpeg" : "video/mp4");
        QByteArray bytes;
        QByteArray type;
        switch (m->kind) {
        case MediaAttachment::Kind::Image:
            bytes = makePng(m->width, m->height, seed);
            if (m->servedBytes >= 0)
                bytes = padPng(bytes, m->servedBytes);
            type = "image/png";
            break;
        case MediaAttachment::Kind::Video:
        case MediaAttachment::Kind::Gifv:
            bytes = makeMp4Blob(m->servedBytes >= 0 ? m->servedBytes : 8000 + seed % 40000, seed);
            type = "video/mp4";
            break;
        case MediaAttachment::Kind::Audio:
            bytes = makeMp3Blob(m->servedBytes >= 0 ? m->servedBytes : 20000 + seed % 30000, seed);
            type = "audio/mpeg";
            break;
        }
        if (bytes.size() >= 256 * 1024)
            bigMediaCache.insert(cacheKey, bytes);
        return file(bytes, type);
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- FakeMastodonServer

FakeMastodonServer::FakeMastodonServer(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<FakeMastodonServerPrivate>(this, options))
{
}

FakeMastodonServer::~FakeMastodonServer() = default;

bool FakeMastodonServer::start(quint16 port)
{
    const quint16 bound = d->http.listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    d->port = bound;
    d->store.setBaseUrl(u"http://127.0.0.1:"_s + QString::number(bound));
    // Warm the JSON caches so the first pages are as fast as the later ones.
    for (const qint64 id : d->store.accountStatusIds(d->store.ownAccountId()))
        d->store.statusBytes(id);
    return true;
}

QUrl FakeMastodonServer::baseUrl() const
{
    return QUrl(d->store.baseUrl());
}

quint16 FakeMastodonServer::port() const
{
    return d->port;
}

QString FakeMastodonServer::ownAccountId() const
{
    return d->store.ownAccountId();
}

QJsonObject FakeMastodonServer::ownAccount() const
{
    return d->store.accountJson(d->store.ownAccountId());
}

QJsonObject FakeMastodonServer::ownCredentialAccount() const
{
    return d->store.credentialAccountJson();
}

QJsonArray FakeMastodonServer::ownStatuses() const
{
    QJsonArray list;
    for (const qint64 id : d->store.accountStatusIds(d->store.ownAccountId()))
        list.append(d->store.statusJson(id));
    return list;
}

QJsonArray FakeMastodonServer::pinnedStatuses() const
{
    QJsonArray list;
    for (const qint64 id : d->store.pinnedStatusIds())
        list.append(d->store.statusJson(id));
    return list;
}

QJsonArray FakeMastodonServer::favouritedStatuses() const
{
    QJsonArray list;
    for (const StatusRow &row : d->store.favourites())
        list.append(d->store.statusJson(row.statusId));
    return list;
}

QJsonArray FakeMastodonServer::bookmarkedStatuses() const
{
    QJsonArray list;
    for (const StatusRow &row : d->store.bookmarks())
        list.append(d->store.statusJson(row.statusId));
    return list;
}

QJsonArray FakeMastodonServer::mentionStatuses() const
{
    QJsonArray list;
    for (const Notification &n : d->store.notifications()) {
        if (n.type == u"mention")
            list.append(d->store.statusJson(n.statusId));
    }
    return list;
}

QJsonArray FakeMastodonServer::notifications() const
{
    QJsonArray list;
    for (const Notification &n : d->store.notifications())
        list.append(d->store.notificationJson(n));
    return list;
}

QJsonArray FakeMastodonServer::directMessages() const
{
    QJsonArray list;
    for (const Conversation &c : d->store.conversationsByLastStatus()) {
        for (const qint64 id : c.statusIds)
            list.append(d->store.statusJson(id));
    }
    return list;
}

QJsonArray FakeMastodonServer::conversations() const
{
    QJsonArray list;
    for (const Conversation &c : d->store.conversationsByLastStatus())
        list.append(d->store.conversationJson(c));
    return list;
}

QJsonArray FakeMastodonServer::followers() const
{
    QJsonArray list;
    for (const FollowRow &row : d->store.followers())
        list.append(d->store.accountJson(row.accountId));
    return list;
}

QJsonArray FakeMastodonServer::following() const
{
    QJsonArray list;
    for (const FollowRow &row : d->store.following())
        list.append(d->store.accountJson(row.accountId));
    return list;
}

QJsonObject FakeMastodonServer::status(const QString &id) const
{
    return d->store.statusJson(id.toLongLong());
}

QString FakeMastodonServer::statusPlainText(const QString &id) const
{
    return d->store.plainText(id.toLongLong());
}

QJsonObject FakeMastodonServer::addStatus(const QString &text)
{
    return d->store.statusJson(d->store.addStatus(text));
}

bool FakeMastodonServer::editStatus(const QString &statusId, const QString &newText)
{
    return d->store.editStatus(statusId.toLongLong(), newText);
}

bool FakeMastodonServer::deleteStatus(const QString &statusId)
{
    return d->store.deleteStatus(statusId.toLongLong());
}

bool FakeMastodonServer::removeFollower(const QString &accountId)
{
    return d->store.removeFollower(accountId);
}

QJsonObject FakeMastodonServer::addFollower()
{
    return d->store.accountJson(d->store.addFollower());
}

bool FakeMastodonServer::markConversationRead(const QString &conversationId)
{
    return d->store.markConversationRead(conversationId.toLongLong());
}

QJsonObject FakeMastodonServer::addDirectMessage(const QString &conversationStatusId, const QString &text, bool fromOwnAccount)
{
    const qint64 id = d->store.addDirectMessage(conversationStatusId.toLongLong(), text, fromOwnAccount);
    return id ? d->store.statusJson(id) : QJsonObject();
}

void FakeMastodonServer::injectFault(const QString &pathPrefix, Fault fault, int count)
{
    d->faults.removeIf([&](const FaultRule &rule) { return rule.prefix == pathPrefix && rule.fault == fault; });
    if (count > 0)
        d->faults.append({pathPrefix, fault, count});
}

void FakeMastodonServer::clearFaults()
{
    d->faults.clear();
}

void FakeMastodonServer::setRateLimit(int requests, int windowMs)
{
    d->options.rateLimitRequests = requests;
    d->options.rateLimitWindowMs = windowMs;
    d->windowStartMs = -1;
}

int FakeMastodonServer::rateLimitedCount() const
{
    return d->rateLimited;
}

QString FakeMastodonServer::missingMediaUrl() const
{
    const MediaAttachment *m = d->store.media(d->store.missingMediaId());
    return m ? d->store.mediaUrl(*m) : QString();
}

QString FakeMastodonServer::missingMediaStatusId() const
{
    return d->store.missingMediaStatusId() ? QString::number(d->store.missingMediaStatusId()) : QString();
}

QString FakeMastodonServer::largeMediaUrl() const
{
    const MediaAttachment *m = d->store.media(d->store.largeMediaId());
    return m ? d->store.mediaUrl(*m) : QString();
}

QString FakeMastodonServer::largeMediaStatusId() const
{
    return d->store.largeMediaStatusId() ? QString::number(d->store.largeMediaStatusId()) : QString();
}

bool FakeMastodonServer::setMediaSizeOverride(const QString &attachmentId, qint64 bytes)
{
    return d->store.setMediaServedBytes(attachmentId, bytes);
}

int FakeMastodonServer::requestCount() const
{
    return int(d->log.size());
}

QStringList FakeMastodonServer::requestLog() const
{
    QStringList lines;
    for (const RequestRecord &r : d->log)
        lines.append(r.method + u' ' + r.pathAndQuery + u' ' + QString::number(r.status));
    return lines;
}

QList<FakeMastodonServer::RequestRecord> FakeMastodonServer::requests() const
{
    return d->log;
}

void FakeMastodonServer::resetRequestLog()
{
    d->log.clear();
    d->rateLimited = 0;
}

} // namespace holdfast::testing
