// A local fake Mastodon server for Holdfast's integration tests.
//
// It speaks the client REST API with the JSON shapes documented at docs.joinmastodon.org (Status,
// Account, CredentialAccount, Notification, Conversation, MediaAttachment, Context, StatusEdit),
// Mastodon's pagination (Link headers whose cursors for favourites, bookmarks, follows and
// conversations are internal ids, not the payload ids), rate-limit headers, error bodies, and the
// OAuth 2 authorization-code flow with PKCE. The data (~4000 statuses, ~650 accounts) is generated
// deterministically from a seed and can be changed between two backups.
//
// Usage: create it in the test's thread, start(), point the client at baseUrl(), and let the event
// loop run while the client works. Never block that thread (e.g. QProcess::waitForFinished()) while
// a client is talking to the server: wait with QSignalSpy::wait() or QTRY_* instead.
//
//     holdfast::testing::FakeMastodonServer server;
//     QVERIFY(server.start());
//     // ... run the client against server.baseUrl() ...
//     QCOMPARE(storedFavourites, server.favouritedStatuses());
//
// Endpoints (all on 127.0.0.1; "auth" = needs `Authorization: Bearer <token>` or `?access_token=`,
// else 401 {"error":"The access token is invalid"}; wrong scope gives 403):
//   POST /api/v1/apps                               register a client (form or JSON)
//   GET  /oauth/authorize                           plays the user clicking "Authorize": 302 to the
//                                                   redirect URI with ?code=&state= (see OAuth below)
//   POST /oauth/token                               authorization_code (+PKCE) and client_credentials
//   POST /oauth/revoke
//   GET  /.well-known/oauth-authorization-server, /api/v1/instance, /api/v2/instance
//   auth GET /api/v1/accounts/verify_credentials    CredentialAccount
//   auth GET /api/v1/accounts/:id                   Account
//   auth GET /api/v1/accounts/:id/statuses          20/40; max_id since_id min_id; pinned only_media
//                                                   exclude_replies exclude_reblogs tagged
//   auth GET /api/v1/accounts/:id/followers|following  40/80; cursors are follow row ids
//   auth GET /api/v1/favourites, /api/v1/bookmarks  20/40; cursors are favourite/bookmark row ids
//   auth GET /api/v1/notifications[/:id]            40/80; types[] exclude_types[] account_id
//   auth GET /api/v1/conversations                  20/40; cursors are the last_status ids
//   auth POST /api/v1/conversations/:id/read        Conversation (write:conversations)
//   auth GET /api/v1/statuses/:id[/context|/history|/source]
//   GET  /system/media_attachments/:id/original.(png|mp4|mp3), .../small.png, avatars, headers,
//        custom emoji, /avatars/original/missing.png, /headers/original/missing.png (no auth)
//   anything else: 404 {"error":"Record not found"}. HEAD works wherever GET does.
//
// OAuth: /oauth/authorize checks client_id, response_type=code, scope (space or '+' separated,
// default "read", each one registered for the app) and PKCE (code_challenge_method=S256; a
// challenge is required unless Options::requirePkce is false). redirect_uri must equal a
// registered one, except that for http://127.0.0.1 and http://[::1] the port is ignored (RFC 8252
// §7.3; path and query must still match; "localhost" gets no such leniency). Errors answer 400
// {"error","error_description"} instead of redirecting; setAuthorizationDenied(true) redirects with
// error=access_denied. For urn:ietf:wg:oauth:2.0:oob the code is shown in an HTML page
// (<input class="oauth-code" value="CODE">). /oauth/token takes client_id/client_secret in the form or
// as HTTP Basic; redirect_uri must repeat the authorize one exactly; codes are single-use and live
// 10 minutes; the answer is {access_token, token_type:"Bearer", scope, created_at} (no refresh token,
// no expiry); the same app and scopes get the same token again (Doorkeeper's reuse_access_token).
// Failures: 400 invalid_grant, 401 invalid_client, 400 unsupported_grant_type.
//
// Pagination follows Mastodon's controllers exactly: "next" (max_id = cursor of the last item) is
// present only when the page is full, so a collection whose size is a multiple of the page size
// ends with one empty page without a Link header; "prev" uses min_id (since_id for followers and
// following). min_id returns the items immediately newer than the cursor, still newest first.
// Link parameters are sorted by name and arrays written as types%5B%5D=..., as Rails does; in
// query strings and form bodies '+' means a space.
//
// Data: the generated history spans two years and ends 2025-01-15T09:30:00Z; all text mixes
// German, English, Arabic, Hebrew, Japanese and Chinese, emoji (ZWJ sequences, flags, skin tones)
// and characters that HTML-escape (& < > " '). Local URLs (accounts, statuses, media) use
// baseUrl(); remote accounts live on *.example domains, but their avatars and media are served
// by this server (as Mastodon serves cached remote media), with remote_url pointing home.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace holdfast::testing {

class FakeMastodonServerPrivate;

// Sizes of the generated data. The same seed and sizes always produce the same data.
struct FakeMastodonServerOptions
{
    quint32 seed = 42;
    int statusCount = 2500;     // own statuses: posts, replies, boosts (~70/20/10%); own DMs come on top
    int favouriteCount = 300;
    int bookmarkCount = 120;
    int mentionCount = 400;     // others' statuses mentioning the own account (replies and standalone)
    int conversationCount = 30; // DM threads, 2..12 messages each, 1..3 other participants
    int followerCount = 350;
    int followingCount = 180;   // half of min(followers, following) are mutuals
    int rateLimitRequests = 0;  // 0 = never 429 (headers still say 300/window); else N per window
    int rateLimitWindowMs = 2000;
    bool requirePkce = true;    // /oauth/authorize rejects requests without an S256 code_challenge
};

class FakeMastodonServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeMastodonServer)

public:
    using Options = FakeMastodonServerOptions;

    // Injected failures, for a client's retry logic (see injectFault()).
    enum class Fault {
        TooManyRequests,    // 429 {"error":"Too many requests"} with X-RateLimit-* (Remaining 0)
        ServiceUnavailable, // 503 {"error":"There was a temporary problem serving your request, please try again"}
        Drop,               // connection aborted before any response byte
        TruncatedJson,      // 200 whose body is the first half of the real JSON; Content-Length matches
                            // the half, so HTTP succeeds and only JSON parsing fails; then the connection closes
    };

    struct RequestRecord
    {
        QString method;
        QString pathAndQuery; // as received, percent-decoded for readability
        int status = 0;       // 0 for Drop
        qint64 atMs = 0;      // wall clock (ms since epoch) when the request arrived
        bool rateLimited = false; // answered 429 by the rate limiter (not by an injected fault)
    };

    explicit FakeMastodonServer(Options options = {}, QObject *parent = nullptr);
    ~FakeMastodonServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns false if it cannot listen.
    bool start(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:PORT (no trailing slash)
    quint16 port() const;

    // ---- The data as the server holds it right now, exactly as the API returns it.
    // Call these after start(): URLs in the JSON contain the port.
    QString ownAccountId() const;
    QJsonObject ownAccount() const;          // Account (as embedded in statuses)
    QJsonObject ownCredentialAccount() const; // CredentialAccount (verify_credentials)
    // Newest first, as /api/v1/accounts/:id/statuses lists them for the owner: posts, replies,
    // boosts and the own DMs (Mastodon shows authors all of their statuses, "direct" included).
    QJsonArray ownStatuses() const;
    QJsonArray pinnedStatuses() const;
    QJsonArray favouritedStatuses() const;   // in /api/v1/favourites order (newest favourite first)
    QJsonArray bookmarkedStatuses() const;   // in /api/v1/bookmarks order
    // Statuses of all "mention" notifications, newest notification first. As on real Mastodon this
    // includes DMs others sent to the own account, so it has mentionCount + incoming DMs entries.
    QJsonArray mentionStatuses() const;
    QJsonArray notifications() const;        // all notifications (mention, favourite, reblog, follow)
    QJsonArray directMessages() const;       // every status of every DM thread, oldest first per thread,
                                             // threads in /api/v1/conversations order
    QJsonArray conversations() const;        // Conversation objects, /api/v1/conversations order
    QJsonArray followers() const;            // Account objects, newest follow first
    QJsonArray following() const;
    QJsonObject status(const QString &id) const; // empty if unknown/deleted
    QString statusPlainText(const QString &id) const; // what /source returns as "text"

    // ---- OAuth
    QString issuedAccessToken() const;  // last token issued by /oauth/token (empty if none)
    // Mints a valid user token without the OAuth dance, for tests that are not about sign-in.
    QString createAccessToken(const QString &scope = QStringLiteral("read"));
    // Accepts a token of your choosing (e.g. one stored in the client's keychain by an earlier run).
    void registerAccessToken(const QString &token, const QString &scope = QStringLiteral("read"));
    void revokeAllTokens();
    // Plays the user clicking "Deny": /oauth/authorize redirects with error=access_denied.
    void setAuthorizationDenied(bool denied);
    int registeredAppCount() const;

    // ---- Mutations between backups. Each advances the data clock by a minute, so new and edited
    // statuses are newer than everything generated. Ids are the API ids.
    QJsonObject addStatus(const QString &text);                       // new own public post, newest
    bool editStatus(const QString &statusId, const QString &newText); // sets edited_at, keeps history
    bool deleteStatus(const QString &statusId);   // gone from every listing (boosts of it too)
    bool removeFollower(const QString &accountId);
    QJsonObject addFollower();                    // new account, newest follower; also a follow notification
    // Adds a message to the DM thread containing `conversationStatusId` (any status of it). By default
    // it comes from the thread's first other participant (unread, plus a mention notification).
    QJsonObject addDirectMessage(const QString &conversationStatusId, const QString &text, bool fromOwnAccount = false);
    // The owner read the conversation (its "unread" becomes false), as POST
    // /api/v1/conversations/:id/read does. `conversationId` is the Conversation object's id.
    bool markConversationRead(const QString &conversationId);

    // ---- Faults. The next `count` requests whose path starts with pathPrefix get `fault` instead of
    // their answer (after the token check and the rate limiter). Every attempt is logged.
    // Note: QNetworkAccessManager silently re-sends a request once when a reused keep-alive
    // connection closes before any response byte, so a QNAM client only sees a Drop when count >= 2
    // (the self-test uses 3 and then clearFaults()).
    // Injecting the same prefix and fault again replaces the pending count; count 0 cancels it.
    void injectFault(const QString &pathPrefix, Fault fault, int count = 1);
    void clearFaults();

    // ---- Rate limit: fixed windows of windowMs; a window opens with the first token-authenticated
    // request after the previous window ended. X-RateLimit-Reset is that window's end.
    void setRateLimit(int requests, int windowMs); // requests 0 = unlimited
    int rateLimitedCount() const; // 429s sent by the limiter since the last resetRequestLog()

    // ---- Media. Two own posts carry special attachments, so a client's error handling and size
    // cap can be tested: one image whose original URL answers 404, and one 3 MiB video/mp4.
    QString missingMediaUrl() const;
    QString missingMediaStatusId() const;
    QString largeMediaUrl() const;
    QString largeMediaStatusId() const;
    static constexpr qint64 largeMediaBytes = 3 * 1024 * 1024;
    // Serve exactly `bytes` bytes for this attachment's original file (PNGs are padded with a private
    // chunk, so they stay valid). -1 restores the natural size.
    bool setMediaSizeOverride(const QString &attachmentId, qint64 bytes);

    // ---- Request log (every request, media included).
    int requestCount() const;
    QStringList requestLog() const;          // "GET /api/v1/favourites?limit=40 200" (status 0 = dropped)
    QList<RequestRecord> requests() const;
    void resetRequestLog();

signals:
    void requestServed(const QString &method, const QString &pathAndQuery, int status);

private:
    friend class FakeMastodonServerPrivate;
    std::unique_ptr<FakeMastodonServerPrivate> d;
};

} // namespace holdfast::testing
