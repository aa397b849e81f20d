#pragma once

#include "models/domain/Account.h"
#include "models/domain/BackupRun.h"
#include "models/domain/Collection.h"
#include "models/domain/ConversationState.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace holdfast {

/// One page of a collection as a platform returned it, already mapped to domain types.
struct SourcePage
{
    QList<Item> members;    ///< items that belong to the collection
    QList<Item> related;    ///< stored too, but not members (boosted originals, thread context)
    QList<Person> contacts; ///< for followers/following
    /// For Collection::Messages: the platform's state of the conversations on this page
    /// (unread), including those whose messages are already stored.
    QList<ConversationState> conversationStates;
    /// Entries whose presence in the store means "this page reaches what we already have".
    /// Empty: the members/contacts themselves are used.
    QStringList probeIds;
    QString nextCursor;     ///< opaque; empty when this was the last page
};

/// What the platform says about the account right now (counts help notice unfollows cheaply).
struct SourceProfile
{
    Account account;                    ///< updated handle, names, avatar
    std::optional<int> followersCount;
    std::optional<int> followingCount;
};

/// What a source kept beside the collections at the end of a run.
struct FinishedBackup
{
    QStringList notes;              ///< one line each, for people
    /// Files kept under the data directory (account and run are filled in by the BackupJob,
    /// which records them in the store).
    QList<RepoSnapshot> snapshots;
};

/**
 * A platform's view of one signed-in account, page by page. One implementation per platform
 * (connectors/<platform>/); the BackupJob drives it and writes to the store, so sources never
 * touch the store. Lives on the worker thread.
 */
class BackupSource
{
public:
    virtual ~BackupSource() = default;

    /// Checks the credentials and returns the current profile.
    virtual Result<SourceProfile> fetchProfile() = 0;
    /// The collections this platform can back up, in the order to walk them.
    virtual QList<Collection> collections() const = 0;
    /// Fetches one page, newest first. An empty cursor asks for the newest page.
    /// `isStored(platformId)` lets a source skip detail requests for items already archived.
    virtual Result<SourcePage> fetchPage(Collection collection, const QString &cursor,
                                         const std::function<bool(const QString &)> &isStored) = 0;
    /// After fetchProfile(): one line per thing people should know about this run, e.g. a
    /// collection the server cannot provide right now (shown as progress, not an error).
    virtual QStringList notes() const { return {}; }
    /// After every collection was walked: for what fits no collection (e.g. raw repository
    /// snapshots under `dataDir`). An error fails the run.
    virtual Result<FinishedBackup> finishBackup(const QString &dataDir)
    {
        Q_UNUSED(dataDir);
        return FinishedBackup();
    }
    /// With media download on, after finishBackup(): URLs of files that belong to the account
    /// but to no item (e.g. every blob of a Bluesky repository). The BackupJob records them as
    /// the account's media (known URLs are not fetched again) and downloads the new ones.
    virtual Result<QStringList> accountMediaUrls() { return QStringList(); }
};

} // namespace holdfast
