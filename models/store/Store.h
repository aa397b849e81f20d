#pragma once

#include "models/domain/Account.h"
#include "models/domain/BackupRun.h"
#include "models/domain/Collection.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace holdfast {

/// Where an interrupted or ongoing walk of one collection stands, so a killed
/// process resumes exactly (saved in the same transaction as the page it follows).
struct SyncState
{
    QString resumeCursor;       ///< next page of an unfinished walk; empty if none
    bool everCompleted = false; ///< a walk has reached the end of this collection at least once
    QDateTime lastCompletedAt;
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
    /// no longer referenced are deleted from disk.
    Result<void> removeAccount(qint64 accountId);

    std::optional<AppRegistration> appRegistration(const QString &platform, const QString &server) const;
    Result<void> saveAppRegistration(const AppRegistration &registration);

    // --- Backup runs ----------------------------------------------------------------------
    Result<qint64> beginRun(qint64 accountId, bool full);
    /// Stores outcome, error, counts and finish time; on "succeeded" also updates the
    /// account's lastBackupAt/outcome.
    Result<void> finishRun(const BackupRun &run);
    QList<BackupRun> runs(qint64 accountId, int limit = 20) const;

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
    /// Media of this account's items and people not downloaded yet (including failed ones).
    QList<MediaFile> pendingMedia(qint64 accountId, int limit = 1000) const;
    /// Records a downloaded file. `localPath` is relative to the data directory.
    Result<void> recordMediaDownloaded(qint64 mediaId, const QString &sha256,
                                       const QString &localPath, const QString &mimeType,
                                       qint64 size);
    Result<void> recordMediaFailed(qint64 mediaId, const QString &error);

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

    /// Full-text search (FTS5) over item text and author names; diacritics- and
    /// case-insensitive ("koln" finds "Köln", "strasse" finds "Straße"). Query syntax
    /// characters are treated as text, so any input is safe.
    Result<QList<SearchHit>> search(const SearchQuery &query) const;

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace holdfast
