#pragma once
// Table and column names of the store, in one place, plus the fixed text values stored in
// some columns. Queries (Store*.cpp) are built from these names. Migration steps
// (Migrations.cpp) deliberately keep their own literal SQL: a released step must keep creating
// exactly what it created then, even after a later step renames something here.
//
// Dates are stored as INTEGER milliseconds since 1970-01-01 UTC (NULL = unknown/never), so they
// order correctly and compactly. Empty strings may be stored as NULL.

#include <QLatin1String>

namespace holdfast::schema {

using Name = QLatin1String;

struct AccountsTable
{
    Name table{"accounts"};
    Name id{"id"};
    Name platform{"platform"};
    Name server{"server"};
    Name platformUserId{"platform_user_id"};
    Name handle{"handle"};
    Name displayName{"display_name"};
    Name avatarUrl{"avatar_url"};
    Name profileUrl{"profile_url"};
    Name addedAt{"added_at"};
    Name lastBackupAt{"last_backup_at"};
    Name lastBackupOutcome{"last_backup_outcome"};
    Name lastBackupError{"last_backup_error"};
};
inline constexpr AccountsTable kAccounts;

/// Client registrations per (platform, server); the client secret lives in the keychain.
struct AppRegistrationsTable
{
    Name table{"app_registrations"};
    Name platform{"platform"};
    Name server{"server"};
    Name clientId{"client_id"};
    Name redirectUri{"redirect_uri"};
    Name scopes{"scopes"};
};
inline constexpr AppRegistrationsTable kAppRegistrations;

/// Media files, unique by remote URL across all accounts. sha256 IS NULL = not downloaded yet.
struct MediaTable
{
    Name table{"media"};
    Name id{"id"};
    Name remoteUrl{"remote_url"};
    Name sha256{"sha256"};
    Name localPath{"local_path"};   ///< relative to the data directory
    Name mimeType{"mime_type"};
    Name size{"size"};
    Name lastError{"last_error"};
    Name attempts{"attempts"};
    Name downloadedAt{"downloaded_at"};
};
inline constexpr MediaTable kMedia;

/// Authors, contacts and conversation partners, per account, keyed by (account_id, platform_id).
struct PeopleTable
{
    Name table{"people"};
    Name id{"id"};
    Name accountId{"account_id"};
    Name platformId{"platform_id"};
    Name handle{"handle"};
    Name displayName{"display_name"};
    Name url{"url"};
    Name avatarUrl{"avatar_url"};
    Name avatarMediaId{"avatar_media_id"};
    Name rawJson{"raw_json"};
    Name firstSeenAt{"first_seen_at"};
    Name updatedAt{"updated_at"};
};
inline constexpr PeopleTable kPeople;

/// Posts, replies, boosts, messages, comments, per account, keyed by (account_id, platform_id).
struct ItemsTable
{
    Name table{"items"};
    Name id{"id"};
    Name accountId{"account_id"};
    Name platformId{"platform_id"};
    Name kind{"kind"};                  ///< itemKindName(): "post", "reply", ...
    Name createdAt{"created_at"};
    Name editedAt{"edited_at"};
    Name authorId{"author_id"};         ///< people.id
    Name text{"text"};
    Name html{"html"};
    Name spoilerText{"spoiler_text"};
    Name url{"url"};
    Name inReplyToId{"in_reply_to_id"};
    Name conversationId{"conversation_id"};
    Name boostOfId{"boost_of_id"};
    Name visibility{"visibility"};
    Name language{"language"};
    Name replyCount{"reply_count"};
    Name boostCount{"boost_count"};
    Name favouriteCount{"favourite_count"};
    Name rawJson{"raw_json"};           ///< the platform's JSON, verbatim
    Name firstSeenAt{"first_seen_at"};
    Name capturedAt{"captured_at"};     ///< when the current content version was stored
    Name deletedAt{"deleted_at"};
};
inline constexpr ItemsTable kItems;

/// Earlier content of items, kept when a later backup saw an edit.
struct ItemVersionsTable
{
    Name table{"item_versions"};
    Name id{"id"};
    Name itemId{"item_id"};
    Name editedAt{"edited_at"};
    Name capturedAt{"captured_at"};
    Name text{"text"};
    Name html{"html"};
    Name spoilerText{"spoiler_text"};
    Name rawJson{"raw_json"};
};
inline constexpr ItemVersionsTable kItemVersions;

/// Attachments of an item, in order.
struct ItemMediaTable
{
    Name table{"item_media"};
    Name itemId{"item_id"};
    Name position{"position"};
    Name mediaId{"media_id"};
    Name platformId{"platform_id"};
    Name type{"type"};
    Name previewUrl{"preview_url"};
    Name description{"description"};
};
inline constexpr ItemMediaTable kItemMedia;

/// Which items belong to which item collection of an account.
struct MembershipsTable
{
    Name table{"memberships"};
    Name accountId{"account_id"};
    Name collection{"collection"};      ///< collectionName()
    Name itemId{"item_id"};
    Name firstSeenAt{"first_seen_at"};
    Name lastSeenRun{"last_seen_run"};  ///< backup_runs.id of the last run that saw it
    Name removedAt{"removed_at"};       ///< noticed gone from the collection; NULL while present
    Name createdAt{"created_at"};       ///< copy of items.created_at, for paging by index
};
inline constexpr MembershipsTable kMemberships;

/// Follow relations (current state); history is in contact_events.
struct ContactsTable
{
    Name table{"contacts"};
    Name accountId{"account_id"};
    Name direction{"direction"};        ///< kDirectionFollower / kDirectionFollowing
    Name personId{"person_id"};
    Name firstSeenAt{"first_seen_at"};  ///< start of the current (or last) relation
    Name endedAt{"ended_at"};
    Name lastSeenRun{"last_seen_run"};
};
inline constexpr ContactsTable kContacts;

// Indexes that some queries name (INDEXED BY) because the planner, without statistics, would
// otherwise sort a whole contact list for every page.
inline constexpr Name kContactsFirstSeenIndex{"contacts_first_seen"};
inline constexpr Name kContactsAccountFirstSeenIndex{"contacts_account_first_seen"};
inline constexpr Name kContactsEndedIndex{"contacts_ended"};

struct ContactEventsTable
{
    Name table{"contact_events"};
    Name id{"id"};
    Name accountId{"account_id"};
    Name personId{"person_id"};
    Name direction{"direction"};
    Name type{"type"};                  ///< kEventStarted / kEventEnded
    Name noticedAt{"noticed_at"};
};
inline constexpr ContactEventsTable kContactEvents;

struct BackupRunsTable
{
    Name table{"backup_runs"};
    Name id{"id"};
    Name accountId{"account_id"};
    Name full{"full"};
    Name startedAt{"started_at"};
    Name finishedAt{"finished_at"};
    Name outcome{"outcome"};            ///< "running", "succeeded", "failed", "cancelled", "interrupted"
    Name error{"error"};
    Name requests{"requests"};
    Name errorCode{"error_code"};       ///< Error::Code name of a failed run (schema 2)
};
inline constexpr BackupRunsTable kBackupRuns;

/// Platform state of a direct-message conversation (schema 2), e.g. Mastodon's `unread`.
struct ConversationStatesTable
{
    Name table{"conversation_states"};
    Name accountId{"account_id"};
    Name conversationId{"conversation_id"};
    Name unread{"unread"};
    Name rawJson{"raw_json"};
    Name updatedAt{"updated_at"};
};
inline constexpr ConversationStatesTable kConversationStates;

/// Whole-repository snapshots (Bluesky CAR files) kept per backup run (schema 2).
/// local_path is relative to the data directory.
struct RepoSnapshotsTable
{
    Name table{"repo_snapshots"};
    Name id{"id"};
    Name accountId{"account_id"};
    Name runId{"run_id"};
    Name revision{"revision"};
    Name localPath{"local_path"};
    Name sha256{"sha256"};
    Name size{"size"};
    Name capturedAt{"captured_at"};
};
inline constexpr RepoSnapshotsTable kRepoSnapshots;

/// Files of an account that belong to no item or person (schema 3), e.g. repository blobs.
struct AccountMediaTable
{
    Name table{"account_media"};
    Name accountId{"account_id"};
    Name mediaId{"media_id"};
};
inline constexpr AccountMediaTable kAccountMedia;

/// Per-collection counts of a run.
struct RunCountsTable
{
    Name table{"run_counts"};
    Name runId{"run_id"};
    Name collection{"collection"};
    Name pages{"pages"};
    Name fetched{"fetched"};
    Name added{"added"};
    Name edited{"edited"};
    Name removed{"removed"};
};
inline constexpr RunCountsTable kRunCounts;

struct SyncStateTable
{
    Name table{"sync_state"};
    Name accountId{"account_id"};
    Name collection{"collection"};
    Name resumeCursor{"resume_cursor"};
    Name everCompleted{"ever_completed"};
    Name lastCompletedAt{"last_completed_at"};
    Name firstCompletedAt{"first_completed_at"}; ///< schema 4; kept once set
};
inline constexpr SyncStateTable kSyncState;

/// FTS5 index over items; rowid = items.id. Both columns hold foldForSearch() text.
struct ItemsFtsTable
{
    Name table{"items_fts"};
    Name rowid{"rowid"};
    Name body{"body"};                  ///< folded text + spoiler text
    Name author{"author"};              ///< folded author handle + display name
};
inline constexpr ItemsFtsTable kItemsFts;

/// Item, membership and active-contact counts per account, kept by triggers (schema 5).
struct AccountCountsTable
{
    Name table{"account_counts"};
    Name accountId{"account_id"};
    Name counter{"counter"};            ///< kCounterItems, kCounterMemberPrefix + collection, ...
    Name count{"count"};
};
inline constexpr AccountCountsTable kAccountCounts;
inline constexpr Name kCounterItems{"items"};
inline constexpr Name kCounterMemberPrefix{"member:"};      ///< + collection name
inline constexpr Name kCounterContactPrefix{"contact:"};    ///< + direction (active only)

// Fixed values stored in text columns.
inline constexpr Name kDirectionFollower{"follower"};
inline constexpr Name kDirectionFollowing{"following"};
inline constexpr Name kEventStarted{"started"};
inline constexpr Name kEventEnded{"ended"};
inline constexpr Name kOutcomeRunning{"running"};
inline constexpr Name kOutcomeSucceeded{"succeeded"};
inline constexpr Name kOutcomeInterrupted{"interrupted"};

} // namespace holdfast::schema
