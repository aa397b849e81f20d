#pragma once

#include "models/domain/Account.h"
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
    /// snapshots under `dataDir`). Returns notes for people; an error fails the run.
    virtual Result<QStringList> finishBackup(const QString &dataDir)
    {
        Q_UNUSED(dataDir);
        return QStringList();
    }
};

} // namespace holdfast
