#pragma once

#include "models/domain/Account.h"
#include "models/domain/BackupRun.h"
#include "models/domain/Collection.h"
#include "models/domain/ConversationState.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace holdfast {

/// Where an interrupted or ongoing walk of one collection stands, so a killed
/// process resumes exactly (saved in the same transaction as the page it follows).
struct SyncState
{
    QString resumeCursor;       ///< next page of an unfinished walk; empty if none
    bool everCompleted = false; ///< a walk has reached the end of this collection at least once
    QDateTime lastCompletedAt;
    /// When a walk first reached the end (schema 4): what it saw is the baseline, e.g. the
    /// followers an account already had, as opposed to later arrivals. Set by the store the
    /// first time a state with everCompleted is saved; never moved afterwards.
    QDateTime firstCompletedAt{}; // {}: may be left out of aggregate initialisation, unwarned
};

/// What writing one page changed.
struct PageWrite
{
    int added = 0;          ///< entries that were not members of the collection before
    int edited = 0;         ///< items whose content changed (earlier version kept)
    int alreadyMembers = 0; ///< entries that were members before this page
};

/// Filter for reading items back (exports, views).
struct ItemFilter
{
    qint64 accountId = 0;
    std::optional<Collection> collection;   ///< item collections only; nullopt = all items
    QDateTime since;                        ///< inclusive, on createdAt; invalid = open
    QDateTime until;                        ///< exclusive, on createdAt; invalid = open
    bool includeRemoved = true;             ///< include items/memberships noticed gone
};

/// Filter for reading followers/following back.
struct ContactFilter
{
    qint64 accountId = 0;
    FollowDirection direction = FollowDirection::Follower;
    QDateTime since;                        ///< on firstSeen; invalid = open
    QDateTime until;
    bool includeEnded = true;               ///< include unfollowed relations
};

struct SearchQuery
{
    QString text;                           ///< words as a person types them; `foo*` = prefix
    std::optional<qint64> accountId;
    std::optional<Collection> collection;
    int limit = 50;
    // Filters added later stay behind `limit`, so {text, account, collection, limit} still works.
    QDateTime since;                        ///< inclusive, on createdAt; invalid = open
    QDateTime until;                        ///< exclusive, on createdAt; invalid = open
    /// Words that must occur in the author's handle or display name (folded, each word a
    /// prefix: "ali" finds "Alice"). Empty = any author. Text may be empty when this is set.
    QString author;
};

/// A window of a collection's items for lazy views: newest first, continued by keyset.
///
/// Order is (createdAt DESC, id DESC); items without a creation time come last, by id.
/// The "before" cursor is the last item shown: the page holds the items strictly older than
/// it (beforeItemId == 0 = start at the newest item; an invalid beforeCreatedAt with a
/// non-zero beforeItemId = continue among the items without a creation time).
/// With an "after" cursor (afterItemId != 0) the page holds the items strictly newer than it,
/// still newest first: the `limit` items closest above the cursor are NOT what you get, the
/// newest ones are; callers asking for "what is new since" use a generous limit.
/// An item without a creation time is never "newer" than anything.
struct ItemPageQuery
{
    qint64 accountId = 0;
    std::optional<Collection> collection;   ///< item collections only; nullopt = every item
    QDateTime beforeCreatedAt;              ///< keyset cursor (exclusive), see above
    qint64 beforeItemId = 0;
    QDateTime afterCreatedAt;               ///< for "what is new": strictly newer than this
    qint64 afterItemId = 0;
    int limit = 200;                        ///< at most 10000
};

/// Whether an item changed since it was shown: compared by views to refresh rows cheaply.
struct ItemStamp
{
    qint64 id = 0;
    QDateTime editedAt;
    QDateTime deletedAt;
    QDateTime capturedAt;   ///< when the current content version was stored; moves on every edit
};

/// One direct-message conversation of an account, for the conversations list.
struct ConversationSummary
{
    QString conversationId;
    /// Everyone who wrote in it or was addressed by its last message, except the account
    /// itself; in order of first appearance.
    QList<Person> participants;
    Item lastMessage;
    int messageCount = 0;
    /// The platform's "unread" flag, as of the last backup that saw the conversation.
    bool unread = false;
};

/// Which people a contact list shows. Each person appears at most once per list.
enum class ContactListFilter {
    All,            ///< everyone with a follow relation either way, active or ended
    Mutual,         ///< active follower and actively followed
    FollowersOnly,  ///< active follower, not (or no longer) followed back
    FollowingOnly,  ///< actively followed, not (or no longer) following back
    Lost,           ///< the follower relation ended (they unfollowed the account)
    Followers,      ///< every follower relation, active or ended (the Followers collection)
    Following,      ///< every followed relation, active or ended (the Following collection)
};

/// A page of a contact list, continued by keyset.
///
/// Order: newest relation first (Contact::firstSeen DESC, person id DESC); for Lost, most
/// recently ended first (Contact::unfollowedAt DESC, person id DESC). contactPageSortTime()
/// gives the value to put in `afterSortAt` from the last contact shown.
/// Each Contact describes the follower relation if the person has one, else the following
/// relation (for Following: always the following relation); `reverse` holds the other
/// direction. Person raw JSON is not read (memory).
struct ContactPageQuery
{
    qint64 accountId = 0;
    ContactListFilter filter = ContactListFilter::All;
    QDateTime afterSortAt;          ///< keyset cursor (exclusive); afterPersonId 0 = from the start
    qint64 afterPersonId = 0;
    int limit = 200;                ///< at most 10000
};

/// The sort time of `contact` in a contactPage() list with `filter` (for the keyset cursor).
QDateTime contactPageSortTime(const Contact &contact, ContactListFilter filter);

/// How the archive file's bytes divide up (Store::storageUsage()).
struct StorageUsage
{
    qint64 databaseBytes = 0;       ///< the whole database (pages in use and free)
    qint64 searchIndexBytes = 0;    ///< the full-text search index (FTS5 tables)
    qint64 rawJsonBytes = 0;        ///< the platforms' raw JSON kept beside normalised columns
    qint64 items = 0;               ///< stored items of every account
};

struct SearchHit
{
    qint64 accountId = 0;
    Item item;
    double rank = 0;                        ///< lower is better (FTS5 bm25)
};

/**
 * The local archive: one SQLite file (WAL) in a data directory, plus media files beside it.
 *
 * Every SQL statement of Holdfast lives behind this class; callers talk in domain structs.
 * A Store object owns one database connection and must be used from one thread only:
 * each thread (GUI, every backup worker) opens its own Store on the same data directory.
 * Every write method is one transaction.
 */
class Store final
{
public:
    /// Opens `dataDir`/holdfast.sqlite, creating the directory and file and running
    /// migrations as needed. Runs left "running" by a killed process are marked "interrupted".
    static Result<std::unique_ptr<Store>> open(const QString &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString dataDirectory() const;
    QString databasePath() const;
    int schemaVersion() const;

    // --- Accounts -------------------------------------------------------------------------
    /// Inserts, or updates the account with the same (platform, server, platformUserId).
    Result<Account> saveAccount(const Account &account);
    QList<Account> accounts() const;
    std::optional<Account> account(qint64 accountId) const;
    /// Accepts a store id ("3"), a handle ("alice@social.example", with or without leading '@'),
    /// or a bare handle ("alice") when unique.
    std::optional<Account> findAccount(const QString &reference) const;
    /// Deletes the account and everything stored for it (items, contacts, runs). Media files
    /// no longer referenced and the account's repository snapshots are deleted from disk.
    Result<void> removeAccount(qint64 accountId);

    std::optional<AppRegistration> appRegistration(const QString &platform, const QString &server) const;
    Result<void> saveAppRegistration(const AppRegistration &registration);

    // --- Backup runs ----------------------------------------------------------------------
    Result<qint64> beginRun(qint64 accountId, bool full);
    /// Stores outcome, error, counts and finish time; on "succeeded" also updates the
    /// account's lastBackupAt/outcome.
    Result<void> finishRun(const BackupRun &run);
    QList<BackupRun> runs(qint64 accountId, int limit = 20) const;

    // --- Repository snapshots (StoreRepository.cpp) -----------------------------------------
    /// Records a kept repository file of `snapshot.accountId`; the same file (account and
    /// local path) is recorded once: a later run keeping the same revision changes nothing.
    /// Returns the snapshot's id. removeAccount() deletes the files with the account.
    Result<qint64> recordRepoSnapshot(const RepoSnapshot &snapshot);
    /// The account's recorded snapshots, newest first.
    QList<RepoSnapshot> repoSnapshots(qint64 accountId) const;

    // --- Writing pages (each call is one transaction) ------------------------------------------
    SyncState syncState(qint64 accountId, Collection collection) const;
    bool isMember(qint64 accountId, Collection collection, const QString &platformId) const;
    bool hasItem(qint64 accountId, const QString &platformId) const;

    /// Stores `members` as members of `collection` (seen in run `runId`) and `related`
    /// items (boosted originals, thread context) without membership, then saves `stateAfter`.
    /// An item whose text/html/spoiler/editedAt changed keeps its previous version in history;
    /// an item marked deleted that is seen again is un-marked. Authors become people;
    /// media and avatars become pending media files.
    Result<PageWrite> storeItemPage(qint64 accountId, Collection collection, qint64 runId,
                                    const QList<Item> &members, const QList<Item> &related,
                                    const SyncState &stateAfter);
    /// storeItemPage() for Collection::Messages, plus the platform's state of conversations
    /// (unread) in the same transaction; a state replaces the conversation's earlier one.
    Result<PageWrite> storeMessagePage(qint64 accountId, qint64 runId, const QList<Item> &members,
                                       const QList<Item> &related,
                                       const QList<ConversationState> &conversations,
                                       const SyncState &stateAfter);
    /// Stores followers or following; a relation not known before (or ended before) starts
    /// with a dated event.
    Result<PageWrite> storeContactPage(qint64 accountId, Collection collection, qint64 runId,
                                       const QList<Person> &people, const SyncState &stateAfter);
    /// Saves the walk state alone (e.g. a walk that ended on an empty page).
    Result<void> saveSyncState(qint64 accountId, Collection collection, const SyncState &state);
    /// After a complete walk in run `runId`: members not seen in that run are marked removed
    /// at `noticedAt` (posts/messages: item deleted; favourites etc.: membership ended;
    /// followers/following: relation ended with a dated event). Returns how many.
    Result<int> markUnseenAsRemoved(qint64 accountId, Collection collection, qint64 runId,
                                    const QDateTime &noticedAt);

    // --- Media ----------------------------------------------------------------------------
    /// Media of this account's items, people and own files (addAccountMedia) not downloaded
    /// yet (including failed ones).
    QList<MediaFile> pendingMedia(qint64 accountId, int limit = 1000) const;
    /// Files that belong to the account but to no item or person (e.g. repository blobs that
    /// only records outside Holdfast's collections reference), by URL: each becomes a media row
    /// (unless one with that URL exists: nothing is fetched twice) of the account, downloaded
    /// with the rest (pendingMedia) and deleted with the account. Returns how many are new.
    /// (StoreRepository.cpp)
    Result<int> addAccountMedia(qint64 accountId, const QStringList &remoteUrls);
    /// The account's own files of addAccountMedia(), by remote URL.
    QList<MediaFile> accountMedia(qint64 accountId) const;
    /// Records a downloaded file. `localPath` is relative to the data directory.
    Result<void> recordMediaDownloaded(qint64 mediaId, const QString &sha256,
                                       const QString &localPath, const QString &mimeType,
                                       qint64 size);
    Result<void> recordMediaFailed(qint64 mediaId, const QString &error);

    // --- Archive imports (StoreImports.cpp) -------------------------------------------------
    /// Marks stored items of the account as deleted on the platform at the given time (an
    /// archive's deleted-posts list); items already marked keep their earlier date. Unknown
    /// ids are ignored. Returns how many items were marked.
    Result<int> markItemsDeletedAt(qint64 accountId,
                                   const QList<std::pair<QString, QDateTime>> &deletions);
    /// Records that the media file known by `remoteUrl` was copied from an archive into
    /// `localPath` (relative to the data directory). Returns false when no media row has that
    /// URL or it is already stored.
    Result<bool> recordImportedMedia(const QString &remoteUrl, const QString &sha256,
                                     const QString &localPath, const QString &mimeType,
                                     qint64 size);
    /// Of `uris`, those that an item of the account carries as the `uri` of its raw JSON (API
    /// items: the ActivityPub id), mapped to that item's platform id. One pass over the
    /// account's items: call it once per batch of URIs.
    QHash<QString, QString> itemIdsByUri(qint64 accountId, const QSet<QString> &uris) const;
    /// Merges items stored under a global URI (an archive knew no other id) into the item the
    /// platform returned with that URI under its own id: memberships (with the earlier
    /// first-seen date) and earlier versions move over, references to the URI are rewritten,
    /// the URI-keyed copy goes. Pairs are (uri, platformId); pairs without a URI-keyed item
    /// are skipped. One transaction. Returns how many items were merged.
    Result<int> mergeItemsKnownByUri(qint64 accountId,
                                     const QList<std::pair<QString, QString>> &uriToPlatformId);
    /// Points replies and boosts that name a status by URI (an archive knew no other id) at
    /// the item stored under the platform's id for it. One transaction, one pass over the
    /// account's items for all pairs. Returns how many references changed.
    Result<int> relinkReferencesByUri(qint64 accountId,
                                      const QHash<QString, QString> &uriToPlatformId);
    /// Gives an account the platform's user id for it (an account made from a data export
    /// was keyed by the export's id, e.g. a Mastodon actor URL, before the person signed in):
    /// everything archived stays with the account, and its own person row takes the new id
    /// too. Fails when another account already has that id. One transaction.
    Result<Account> changeAccountUserId(qint64 accountId, const QString &platformUserId);

    // --- Reading ----------------------------------------------------------------------------
    std::optional<Item> item(qint64 accountId, const QString &platformId) const;
    QList<ItemVersion> itemVersions(qint64 accountId, const QString &platformId) const;
    /// Every message/post of a thread, oldest first.
    QList<Item> conversation(qint64 accountId, const QString &conversationId) const;
    /// Streams matching items oldest first; `visit` returns false to stop early.
    Result<void> forEachItem(const ItemFilter &filter,
                             const std::function<bool(const Item &)> &visit) const;
    Result<void> forEachContact(const ContactFilter &filter,
                                const std::function<bool(const Contact &)> &visit) const;
    QList<ContactEvent> contactEvents(qint64 accountId, const QDateTime &since,
                                      const QDateTime &until) const;
    int itemCount(qint64 accountId, std::optional<Collection> collection = std::nullopt) const;
    int activeContactCount(qint64 accountId, FollowDirection direction) const;

    // --- Browsing (lazy views; StoreBrowsing.cpp) ------------------------------------------
    /// One page of items, newest first, by keyset (see ItemPageQuery). With collection
    /// nullopt, every item of the account. Items carry author, media (with local paths),
    /// deletedAt, editedAt and firstSeenAt. Returns an empty list on error (logged).
    QList<Item> itemPage(const ItemPageQuery &query) const;
    /// Items by store id, in the order of `ids` (unknown ids are left out). For reloading
    /// rows a view has evicted from its cache.
    QList<Item> itemsByIds(const QList<qint64> &ids) const;
    /// Items of the account by platform id (unknown ids are left out, order unspecified). For
    /// showing what boosts boosted.
    QList<Item> itemsByPlatformIds(qint64 accountId, const QStringList &platformIds) const;
    /// Edit/deletion stamps of items by store id (unknown ids are left out), to find rows
    /// whose state changed without reading the items.
    QList<ItemStamp> itemStamps(const QList<qint64> &ids) const;
    /// Direct-message conversations (items of Collection::Messages grouped by conversation),
    /// newest last message first.
    QList<ConversationSummary> conversations(qint64 accountId) const;
    /// One page of followers/following (see ContactPageQuery).
    QList<Contact> contactPage(const ContactPageQuery &query) const;
    int contactCount(qint64 accountId, ContactListFilter filter) const;
    /// The reply chain around an item, oldest first: its ancestors (via inReplyToId, as far
    /// as they are stored), the item, and every stored item whose reply chain leads to it.
    /// For a message, its whole conversation. Empty if the item is not stored.
    QList<Item> thread(qint64 accountId, const QString &platformId) const;
    /// Item counts of every item collection (members, including those noticed removed) and
    /// active contacts for Followers/Following, in one call. Collections without entries
    /// are 0.
    QMap<Collection, int> collectionCounts(qint64 accountId) const;

    /// Full-text search (FTS5) over item text and author names; diacritics- and
    /// case-insensitive ("koln" finds "Köln", "strasse" finds "Straße"). Query syntax
    /// characters are treated as text, so any input is safe. Filters: account, collection,
    /// creation time (since/until) and author words; with no text and no author words the
    /// result is empty. Best matches first.
    Result<QList<SearchHit>> search(const SearchQuery &query) const;

    // --- Exports -----------------------------------------------------------------------------
    /// Store ids of every item matching a search (same words, folding and filters as
    /// search()), without ranking and without `limit`: for selections such as packages.
    Result<QSet<qint64>> searchMatchIds(const SearchQuery &query) const;
    /// How many items forEachItem() would visit with `filter` (0 on error, logged).
    qint64 countItems(const ItemFilter &filter) const;
    /// Which of the items `platformIds` of an account have at least one stored reply.
    QSet<QString> repliedTo(qint64 accountId, const QStringList &platformIds) const;

    /// How much of the database file is search index and raw JSON (StoreStatistics.cpp).
    /// Reads every raw JSON column, so it takes seconds on a large archive.
    Result<StorageUsage> storageUsage() const;

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace holdfast
