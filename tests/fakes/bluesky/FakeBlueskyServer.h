#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace holdfast::testing {

/**
 * A local server that speaks the documented shapes of what the test PDS cannot offer: the
 * AppView (`app.bsky.actor.getProfile`, `app.bsky.graph.getFollowers`,
 * `app.bsky.notification.listNotifications`, `app.bsky.feed.getAuthorFeed` (posts_with_replies),
 * `app.bsky.feed.getPostThread`, `app.bsky.bookmark.getBookmarks`) and the chat service (`chat.bsky.convo.listConvos`,
 * `getMessages`, only with `atproto-proxy: did:web:api.bsky.chat#bsky_chat`), plus just enough
 * PLC/PDS (resolveHandle, DID document, createSession/refreshSession/getSession, listRecords,
 * getRecord, getLatestCommit, getRepo as a real CAR, listBlobs/getBlob) for the holdfast binary to sign in and
 * back up against it. Cursor paging (opaque offsets, `limit` ≤ 100), single-use refresh
 * tokens, and an injectable 429 with `RateLimit-*` headers (reset as epoch seconds, as the
 * atproto PDS sends it). Listens on 127.0.0.1 only.
 */
class FakeBlueskyServer final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int followers = 230;
        int notifications = 160;   ///< reasons cycle: mention, reply, like, quote, follow, repost
        QList<int> conversations = {3, 130, 1}; ///< messages per conversation (plus one deleted stub each)
        QString rateLimitNsid;     ///< answer 429 once, on call number rateLimitCall of this method
        int rateLimitCall = 2;
        int rateLimitResetSeconds = 2;
        int bookmarks = 130;       ///< the 4th is a deleted post, the 5th from a blocked account
    };

    struct Request
    {
        QString method;
        QString nsid;          ///< "/xrpc/<nsid>" part, or the path for others
        QString query;
        QByteArray proxy;      ///< the atproto-proxy header, if any
        QByteArray authorization;
        int status = 0;
        qint64 atMs = 0;
        qint64 rateLimitResetMs = 0; ///< for 429 answers: when the window resets
    };

    static constexpr auto kDid = "did:plc:fakeowner0000000000000";
    static constexpr auto kHandle = "owner.fake.test";
    static constexpr auto kAppPassword = "fake-abcd-efgh-ijkl";

    explicit FakeBlueskyServer(QObject *parent = nullptr);
    explicit FakeBlueskyServer(Options options, QObject *parent = nullptr);
    ~FakeBlueskyServer() override;

    bool start();
    QUrl baseUrl() const;

    const QList<Request> &requests() const;
    void clearRequests();

    /// `count` new posts of the owner, newer than everything, each with one reply by someone
    /// else; a repost of someone's post before every `repostEvery`-th in the author feed (so
    /// the feed runs behind the repository's record list).
    void addOwnPostsWithReplies(int count, int repostEvery);

    // What a complete backup must hold.
    QStringList followerDids() const;
    QStringList mentionUris() const;   ///< notifications with reason mention, reply or quote
    QStringList messageIds() const;    ///< message views (deleted stubs excluded)
    QStringList ownPostUris() const;   ///< the repository's posts
    /// Others' posts around the owner's: the post it replied to and the replies in its thread.
    QStringList threadContextUris() const;
    QStringList bookmarkUris() const;  ///< bookmarked posts, including the deleted and blocked one
    QList<QByteArray> blobContents() const; ///< every blob of the repository (listBlobs/getBlob)

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace holdfast::testing
