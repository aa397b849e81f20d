#pragma once

#include "connectors/bluesky/BlueskyMapper.h"
#include "connectors/bluesky/XrpcClient.h"
#include "connectors/engine/BackupSource.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <optional>

namespace holdfast {
class HttpClient;
}

namespace holdfast::bluesky {

/**
 * Backs up one Bluesky account (any PDS).
 *
 * From the repository itself (works on every PDS, no AppView needed), via
 * `com.atproto.repo.listRecords`, newest first by record key:
 * - posts: `app.bsky.feed.post` and `app.bsky.feed.repost` (boosts), walked side by side with
 *   one cursor per record type packed into the walk's cursor;
 * - favourites: `app.bsky.feed.like`; the liked post comes from this run's posts walk, the
 *   AppView (`app.bsky.feed.getPosts`, 25 per request) or `com.atproto.repo.getRecord` when
 *   this PDS hosts it, else it is kept as a stub with its URI;
 * - following: `app.bsky.graph.follow`.
 * Through the PDS's AppView/chat proxy (only if the probe in fetchProfile() succeeds;
 * otherwise notes() says what is missing): others' replies as thread context of the posts
 * (a third stream of the posts walk: `app.bsky.feed.getAuthorFeed` with `posts_with_replies`,
 * and `app.bsky.feed.getPostThread` for each new post with replies), bookmarks
 * (`app.bsky.bookmark.getBookmarks`), followers (`app.bsky.graph.getFollowers`),
 * mentions (`app.bsky.notification.listNotifications`, reasons mention/reply/quote) and
 * messages (`chat.bsky.convo.*` with the `atproto-proxy` header).
 *
 * finishBackup() keeps the whole repository (`com.atproto.sync.getRepo`, the signed CAR) per
 * revision under `snapshots/<did>/<rev>.car`, checks it parses, and writes every record of the
 * collections that fit no Holdfast collection (profile, lists, list items, blocks, …) as
 * `{uri, cid, value}` JSON Lines beside it (`<rev>.records.jsonl`). The CAR is reported as a
 * RepoSnapshot (also when an earlier run kept the same revision: the store records it once).
 */
class BlueskySource final : public BackupSource
{
public:
    /// Talks to the account's PDS (account.server); give it the session through xrpc().
    BlueskySource(Account account, HttpClient &http);
    XrpcClient &xrpc() { return m_xrpc; }

    Result<SourceProfile> fetchProfile() override;
    QList<Collection> collections() const override;
    Result<SourcePage> fetchPage(Collection collection, const QString &cursor,
                                 const std::function<bool(const QString &)> &isStored) override;
    QStringList notes() const override { return m_notes; }
    Result<FinishedBackup> finishBackup(const QString &dataDir) override;
    /// Every blob of the repository (`com.atproto.sync.listBlobs`, paged) as its public
    /// `getBlob` URL, the same URL posts' images get, so nothing is fetched twice.
    Result<QStringList> accountMediaUrls() override;

    static constexpr int kPageSize = 100;
    static constexpr int kBlobPageSize = 500;
    static constexpr auto kChatProxy = "did:web:api.bsky.chat#bsky_chat";
    /// Record collections mapped to Holdfast collections; everything else goes to records.jsonl.
    static QStringList mappedRecordCollections();

private:
    struct RecordPage
    {
        QList<QJsonObject> records;
        QString cursor; ///< empty: no further page
    };
    Result<RecordPage> listRecords(const QString &nsid, const QString &cursor, int limit = kPageSize);
    Result<SourcePage> postsPage(const QString &cursor, const std::function<bool(const QString &)> &isStored);
    Result<SourcePage> likesPage(const QString &cursor, const std::function<bool(const QString &)> &isStored);
    void prefetchPosts(const QStringList &uris);
    /// One page of the author feed: others' posts around the account's (what it replied to,
    /// the replies in the threads of its new posts) appended to `context`. Returns the next
    /// feed position, "-" when done.
    Result<QString> threadContextPage(const QString &cursor, const std::function<bool(const QString &)> &isStored,
                                      QList<Item> &context);
    Result<SourcePage> followingPage(const QString &cursor);
    Result<SourcePage> followersPage(const QString &cursor);
    Result<SourcePage> bookmarksPage(const QString &cursor);
    Result<SourcePage> mentionsPage(const QString &cursor);
    Result<SourcePage> messagesPage(const QString &cursor, const std::function<bool(const QString &)> &isStored);
    std::optional<QJsonObject> postRecord(const QString &uri);
    void resolveHandles(QList<Person> &people);
    template<typename Call>
    auto probing(Call call) -> decltype(call());

    Account m_account;
    HttpClient &m_http;
    XrpcClient m_xrpc;
    BlueskyMapper m_mapper;
    bool m_appView = false;
    bool m_chat = false;
    QStringList m_notes;
    QHash<QString, std::optional<QJsonObject>> m_postCache; ///< subject posts read this run
    QSet<QString> m_newPosts; ///< own posts the repository walk found not yet archived this run
};

} // namespace holdfast::bluesky
