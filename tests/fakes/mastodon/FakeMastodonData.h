// The fake Mastodon server's data: accounts, statuses, favourites, bookmarks, follows,
// notifications and DM conversations, generated deterministically from a seed, rendered to the
// JSON shapes of Mastodon's REST API, and mutable between backups.
//
// This is an implementation detail of FakeMastodonServer; tests use the server's accessors.
#pragma once

#include "tests/fakes/mastodon/FakeMastodonText.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

namespace holdfast::testing::fakemastodon {

struct Field
{
    QString name;
    QString value;        // plain text or a URL (rendered as a link in the Account JSON)
    qint64 verifiedMs = 0; // 0 = not verified
};

struct Account
{
    QString id;
    QString username;
    QString domain; // empty for accounts local to the fake instance
    QString displayName;
    QString notePlain;
    bool bot = false;
    bool locked = false;
    bool group = false;
    bool discoverable = true;
    qint64 createdMs = 0;
    int followersCount = 0; // ignored for the own account (derived from the data)
    int followingCount = 0;
    int statusesCount = 0;
    qint64 lastStatusMs = 0;
    QList<Field> fields;
    bool defaultAvatar = false; // true: avatar is Mastodon's "missing.png"
    bool defaultHeader = false;
};

struct MediaAttachment
{
    enum class Kind { Image, Video, Gifv, Audio };
    QString id;
    Kind kind = Kind::Image;
    int width = 0;
    int height = 0;
    double duration = 0;  // seconds, video/gifv/audio
    QString description;  // empty = null
    QString blurhash;     // empty = null
    QString remoteDomain; // set for media of remote statuses (remote_url points there)
    qint64 servedBytes = -1; // -1 = natural size of the generated file, else exactly this many bytes
    bool missing = false;    // the original file answers 404
};

struct StatusVersion
{
    qint64 atMs = 0;
    Body body;
    QString spoiler;
    bool sensitive = false;
};

struct Status
{
    qint64 id = 0;
    qint64 createdMs = 0;
    QString accountId;
    Body body;
    QString spoiler;
    QString visibility = QStringLiteral("public");
    bool sensitive = false;
    QString language; // empty = null
    qint64 inReplyToId = 0;
    QString inReplyToAccountId;
    qint64 reblogOfId = 0; // boosts: the boosted status; the boost itself has an empty body
    QList<MediaAttachment> media;
    QStringList mentionIds; // mentioned accounts, in order of appearance
    QStringList tags;
    QStringList emojis; // custom emoji shortcodes used in body
    int repliesCount = 0;
    int reblogsCount = 0;
    int favouritesCount = 0;
    qint64 editedMs = 0;            // 0 = never edited
    QList<StatusVersion> history;   // earlier versions, oldest first (only for edited statuses)
    QString application;            // empty = none
    bool showApplication = true;
    qint64 conversationId = 0;      // DM thread this status belongs to (0 = none)
};

// A row of favourites/bookmarks: the cursor id Mastodon pages by is the row id, not the status id.
struct StatusRow
{
    qint64 rowId = 0;
    qint64 statusId = 0;
};

// A row of the follows table; pages of followers/following use the row id as cursor.
struct FollowRow
{
    qint64 rowId = 0;
    QString accountId;
};

struct Notification
{
    qint64 id = 0;
    QString type;
    qint64 createdMs = 0;
    QString accountId;
    qint64 statusId = 0; // 0 for types without a status (follow)
};

struct Conversation
{
    qint64 id = 0;
    QList<qint64> statusIds;      // ascending (oldest first)
    QStringList participantIds;   // everyone in the thread except the own account
    bool unread = false;
    qint64 lastStatusId() const { return statusIds.isEmpty() ? 0 : statusIds.last(); }
};

struct GenerationOptions
{
    quint32 seed = 42;
    int statusCount = 2500;
    int favouriteCount = 300;
    int bookmarkCount = 120;
    int mentionCount = 400;
    int conversationCount = 30;
    int followerCount = 350;
    int followingCount = 180;
};

class Store
{
public:
    void generate(const GenerationOptions &options);

    // Origin local URLs are built from, e.g. "http://127.0.0.1:4567". Clears the JSON caches.
    void setBaseUrl(const QString &baseUrl);
    QString baseUrl() const { return m_base; }

    // --- lookups
    QString ownAccountId() const { return m_ownId; }
    const Account *account(const QString &id) const;
    const Status *status(qint64 id) const;
    const MediaAttachment *media(const QString &id) const;

    // Ids of an account's statuses, newest first (for the own account: boosts and DMs included,
    // as Mastodon shows an author all of their statuses).
    QList<qint64> accountStatusIds(const QString &accountId) const;
    QList<qint64> pinnedStatusIds() const; // newest pin first
    bool isPinned(qint64 statusId) const { return m_pinned.contains(statusId); }

    const QList<StatusRow> &favourites() const { return m_favourites; } // newest row first
    const QList<StatusRow> &bookmarks() const { return m_bookmarks; }
    const QList<FollowRow> &followers() const { return m_followers; }
    const QList<FollowRow> &following() const { return m_following; }
    const QList<Notification> &notifications() const { return m_notifications; } // newest first
    QList<Conversation> conversationsByLastStatus() const; // newest last_status first
    const Conversation *conversation(qint64 id) const;

    // --- JSON (cached until the next mutation or base URL change)
    QJsonObject accountJson(const QString &id);
    QByteArray accountBytes(const QString &id);
    QJsonObject credentialAccountJson();
    QJsonObject statusJson(qint64 id);
    QByteArray statusBytes(qint64 id);
    QJsonObject notificationJson(const Notification &n);
    QJsonObject conversationJson(const Conversation &c);
    QJsonObject contextJson(qint64 id);
    QJsonArray historyJson(qint64 id);
    QJsonObject sourceJson(qint64 id);
    QString plainText(qint64 id) const;

    // Special media, so a client's error handling and size cap can be tested. Both sit on own posts.
    QString missingMediaId() const { return m_missingMediaId; }
    qint64 missingMediaStatusId() const { return m_missingMediaStatusId; }
    QString largeMediaId() const { return m_largeMediaId; }
    qint64 largeMediaStatusId() const { return m_largeMediaStatusId; }
    bool setMediaServedBytes(const QString &mediaId, qint64 bytes);

    // URLs of the generated files (all on the fake server itself).
    QString mediaUrl(const MediaAttachment &m) const;
    QString mediaPreviewUrl(const MediaAttachment &m) const;
    QString avatarUrl(const Account &a) const;
    QString headerUrl(const Account &a) const;
    QString emojiUrl(const QString &shortcode) const;

    // --- mutations (each advances the data clock by a minute)
    qint64 addStatus(const QString &text);
    bool editStatus(qint64 id, const QString &text);
    bool deleteStatus(qint64 id);
    bool removeFollower(const QString &accountId);
    QString addFollower();
    qint64 addDirectMessage(qint64 anyStatusInThread, const QString &text, bool fromOwnAccount);
    bool markConversationRead(qint64 conversationId);

private:
    // generation helpers (FakeMastodonGenerator.cpp)
    int randInt(int lo, int hi); // inclusive
    bool chance(double p);
    qint64 randMs(qint64 lo, qint64 hi);
    qint64 newSnowflake(qint64 ms);
    QString newAccountId(qint64 createdMs, bool snowflake);
    QString makeAccount(bool local);
    QString pickOther();
    Body makeBody(const QString &language, int minLen, int maxLen, const QStringList &leadingMentions,
                  Status &status, bool allowExtras);
    QList<MediaAttachment> makeMedia(qint64 ms, const QString &remoteDomain);
    qint64 makeOtherStatus(const QString &authorId, qint64 ms, const QStringList &leadingMentions = {},
                           qint64 inReplyTo = 0);
    qint64 insertStatus(Status status);
    void generateOwnTimeline(const GenerationOptions &o);
    void generateMentions(const GenerationOptions &o);
    void generateConversations(const GenerationOptions &o);
    void generateFavouritesAndBookmarks(const GenerationOptions &o);
    void generateNotifications(int followNotifications);
    void pickSpecials();
    QList<qint64> sortedStatusIds() const; // ascending

    // rendering helpers (FakeMastodonData.cpp)
    MentionTarget mentionTarget(const QString &accountId) const;
    QString instanceOrigin(const Account &a) const;
    QString accountUrl(const Account &a) const;
    QString statusUri(const Status &s) const;
    QString statusUrl(const Status &s) const;
    QJsonObject mediaJson(const MediaAttachment &m) const;
    QJsonObject buildStatusJson(const Status &s);
    QJsonObject buildAccountJson(const Account &a) const;
    QString renderHtmlFor(const Status &s, const Body &body) const;
    void invalidate();
    void removeStatusEverywhere(qint64 id);
    int ownStatusesCount() const;
    qint64 tick(); // data clock for mutations

    QRandomGenerator m_rng;
    QString m_base = QStringLiteral("http://127.0.0.1");
    QString m_ownId;
    QHash<QString, Account> m_accounts;
    QStringList m_otherIds;
    QHash<qint64, Status> m_statuses;
    QSet<qint64> m_usedIds;
    QList<qint64> m_ownTimeline; // own statuses, newest first
    QHash<qint64, qint64> m_pinned; // status id -> pin time
    QList<StatusRow> m_favourites;
    QList<StatusRow> m_bookmarks;
    QList<FollowRow> m_followers;
    QList<FollowRow> m_following;
    QList<Notification> m_notifications;
    QHash<qint64, Conversation> m_conversations;
    QHash<QString, qint64> m_mediaOwner; // media id -> status id
    QSet<qint64> m_favouritedIds;
    QSet<qint64> m_bookmarkedIds;
    QSet<qint64> m_rebloggedIds; // originals the own account boosted

    QString m_missingMediaId;
    qint64 m_missingMediaStatusId = 0;
    QString m_largeMediaId;
    qint64 m_largeMediaStatusId = 0;

    qint64 m_clockMs = 0;
    qint64 m_nextFavouriteRow = 0;
    qint64 m_nextFollowRow = 0;
    qint64 m_nextNotificationId = 0;
    qint64 m_nextConversationId = 0;
    int m_accountSerial = 0;

    QHash<qint64, QJsonObject> m_statusJsonCache;
    QHash<qint64, QByteArray> m_statusBytesCache;
    QHash<QString, QJsonObject> m_accountJsonCache;
    QHash<QString, QByteArray> m_accountBytesCache;
};

} // namespace holdfast::testing::fakemastodon
