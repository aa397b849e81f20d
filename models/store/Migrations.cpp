#include "models/store/Migrations.h"

#include "models/store/StoreLogging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <span>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::Store)
};

// Each step is frozen once released: never edit it, add the next one. The SQL is literal on
// purpose (not built from Schema.h), so a later rename cannot change what an old step did.

/// Version 1: the first schema.
const char *const kVersion1[] = {
    R"(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        server TEXT NOT NULL,
        platform_user_id TEXT NOT NULL,
        handle TEXT,
        display_name TEXT,
        avatar_url TEXT,
        profile_url TEXT,
        added_at INTEGER NOT NULL,
        last_backup_at INTEGER,
        last_backup_outcome TEXT,
        last_backup_error TEXT,
        UNIQUE (platform, server, platform_user_id)))",

    R"(CREATE TABLE app_registrations (
        platform TEXT NOT NULL,
        server TEXT NOT NULL,
        client_id TEXT NOT NULL,
        redirect_uri TEXT,
        scopes TEXT,
        PRIMARY KEY (platform, server)) WITHOUT ROWID)",

    R"(CREATE TABLE media (
        id INTEGER PRIMARY KEY,
        remote_url TEXT NOT NULL UNIQUE,
        sha256 TEXT,
        local_path TEXT,
        mime_type TEXT,
        size INTEGER,
        last_error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        downloaded_at INTEGER))",
    "CREATE INDEX media_pending ON media (attempts, id) WHERE sha256 IS NULL",
    "CREATE INDEX media_local_path ON media (local_path) WHERE local_path IS NOT NULL",

    R"(CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        platform_id TEXT NOT NULL,
        handle TEXT,
        display_name TEXT,
        url TEXT,
        avatar_url TEXT,
        avatar_media_id INTEGER REFERENCES media (id),
        raw_json BLOB,
        first_seen_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (account_id, platform_id)))",
    "CREATE INDEX people_avatar_media ON people (avatar_media_id)",

    R"(CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        platform_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at INTEGER,
        edited_at INTEGER,
        author_id INTEGER REFERENCES people (id),
        text TEXT,
        html TEXT,
        spoiler_text TEXT,
        url TEXT,
        in_reply_to_id TEXT,
        conversation_id TEXT,
        boost_of_id TEXT,
        visibility TEXT,
        language TEXT,
        reply_count INTEGER NOT NULL DEFAULT 0,
        boost_count INTEGER NOT NULL DEFAULT 0,
        favourite_count INTEGER NOT NULL DEFAULT 0,
        raw_json BLOB,
        first_seen_at INTEGER NOT NULL,
        captured_at INTEGER NOT NULL,
        deleted_at INTEGER,
        UNIQUE (account_id, platform_id)))",
    "CREATE INDEX items_account_created ON items (account_id, created_at)",
    "CREATE INDEX items_author ON items (author_id)",
    "CREATE INDEX items_conversation ON items (account_id, conversation_id)"
    " WHERE conversation_id IS NOT NULL",
    // Replies of an item (threads are walked downwards through this).
    "CREATE INDEX items_reply_to ON items (account_id, in_reply_to_id)"
    " WHERE in_reply_to_id IS NOT NULL",

    R"(CREATE TABLE item_versions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        edited_at INTEGER,
        captured_at INTEGER NOT NULL,
        text TEXT,
        html TEXT,
        spoiler_text TEXT,
        raw_json BLOB))",
    "CREATE INDEX item_versions_item ON item_versions (item_id)",

    R"(CREATE TABLE item_media (
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        media_id INTEGER NOT NULL REFERENCES media (id),
        platform_id TEXT,
        type TEXT,
        preview_url TEXT,
        description TEXT,
        PRIMARY KEY (item_id, position)))",
    "CREATE INDEX item_media_media ON item_media (media_id)",

    R"(CREATE TABLE memberships (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        collection TEXT NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        first_seen_at INTEGER NOT NULL,
        last_seen_run INTEGER,
        removed_at INTEGER,
        created_at INTEGER,
        PRIMARY KEY (account_id, collection, item_id)) WITHOUT ROWID)",
    "CREATE INDEX memberships_item ON memberships (item_id)",
    // created_at repeats items.created_at so a collection pages newest first by keyset
    // straight from this index, however small the collection is among the account's items.
    "CREATE INDEX memberships_created ON memberships (account_id, collection, created_at, item_id)",

    R"(CREATE TABLE contacts (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        direction TEXT NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        first_seen_at INTEGER NOT NULL,
        ended_at INTEGER,
        last_seen_run INTEGER,
        PRIMARY KEY (account_id, direction, person_id)) WITHOUT ROWID)",
    "CREATE INDEX contacts_person ON contacts (person_id)",
    "CREATE INDEX contacts_first_seen ON contacts (account_id, direction, first_seen_at)",
    // Contact lists page by keyset: everyone newest first, and lost followers by end date.
    "CREATE INDEX contacts_account_first_seen ON contacts (account_id, first_seen_at, person_id)",
    "CREATE INDEX contacts_ended ON contacts (account_id, direction, ended_at, person_id)"
    " WHERE ended_at IS NOT NULL",

    R"(CREATE TABLE contact_events (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        direction TEXT NOT NULL,
        type TEXT NOT NULL,
        noticed_at INTEGER NOT NULL))",
    "CREATE INDEX contact_events_account ON contact_events (account_id, noticed_at)",
    "CREATE INDEX contact_events_person ON contact_events (person_id)",

    R"(CREATE TABLE backup_runs (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        full INTEGER NOT NULL DEFAULT 0,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        outcome TEXT NOT NULL,
        error TEXT,
        requests INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX backup_runs_account ON backup_runs (account_id, started_at)",
    "CREATE INDEX backup_runs_outcome ON backup_runs (outcome) WHERE outcome = 'running'",

    R"(CREATE TABLE run_counts (
        run_id INTEGER NOT NULL REFERENCES backup_runs (id) ON DELETE CASCADE,
        collection TEXT NOT NULL,
        pages INTEGER NOT NULL DEFAULT 0,
        fetched INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        edited INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (run_id, collection)) WITHOUT ROWID)",

    R"(CREATE TABLE sync_state (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        collection TEXT NOT NULL,
        resume_cursor TEXT,
        ever_completed INTEGER NOT NULL DEFAULT 0,
        last_completed_at INTEGER,
        PRIMARY KEY (account_id, collection)) WITHOUT ROWID)",

    // Both columns hold foldForSearch() text; rowid = items.id. Kept in sync by the store.
    "CREATE VIRTUAL TABLE items_fts USING fts5 (body, author,"
    " tokenize = 'unicode61 remove_diacritics 2')",
};

/// Version 2: per-conversation platform state (unread), repository snapshots kept per run,
/// and the machine-readable error code of a failed run.
const char *const kVersion2[] = {
    R"(CREATE TABLE conversation_states (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        conversation_id TEXT NOT NULL,
        unread INTEGER NOT NULL DEFAULT 0,
        raw_json TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, conversation_id)) WITHOUT ROWID)",

    R"(CREATE TABLE repo_snapshots (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        run_id INTEGER REFERENCES backup_runs (id) ON DELETE SET NULL,
        revision TEXT NOT NULL,
        local_path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        captured_at INTEGER NOT NULL))",
    "CREATE INDEX repo_snapshots_account ON repo_snapshots (account_id, captured_at)",

    "ALTER TABLE backup_runs ADD COLUMN error_code TEXT",
};

/// Version 3: files that belong to an account but to no item or person (Bluesky repository
/// blobs that only records outside Holdfast's collections reference).
const char *const kVersion3[] = {
    R"(CREATE TABLE account_media (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, media_id)) WITHOUT ROWID)",
    "CREATE INDEX account_media_media ON account_media (media_id)",
};

/// Version 4: when each collection's walk first reached the end, so the followers an account
/// already had are told apart from later arrivals. Older archives get the end of the first
/// successful run that walked the collection (a successful run finishes every walk it starts),
/// else the last completion.
const char *const kVersion4[] = {
    "ALTER TABLE sync_state ADD COLUMN first_completed_at INTEGER",
    R"(UPDATE sync_state SET first_completed_at = COALESCE(
        (SELECT min(r.finished_at) FROM backup_runs r JOIN run_counts c ON c.run_id = r.id
         WHERE r.account_id = sync_state.account_id AND c.collection = sync_state.collection
           AND r.outcome = 'succeeded' AND r.finished_at IS NOT NULL),
        last_completed_at)
      WHERE ever_completed = 1)",
};

/// Version 5: the search index gets a prefix index and merges its segments less often (see
/// below; rebuilding it takes about a minute at a million items); item, membership
/// and active-contact counts kept up to date by triggers, so
/// the window can show the counts of a million-item account every second during a backup
/// without counting index entries (tens of milliseconds on the GUI thread).
/// Counters: 'items' (all items of the account), 'member:<collection>' (memberships,
/// including those noticed removed), 'contact:<direction>' (contacts not ended).
/// Increments insert the row if needed; decrements only update, because they also run while
/// an account is deleted, when a new row would violate its foreign key.
const char *const kVersion5[] = {
    R"(CREATE TABLE account_counts (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        counter TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (account_id, counter)) WITHOUT ROWID)",

    R"(CREATE TRIGGER items_count_insert AFTER INSERT ON items BEGIN
        INSERT INTO account_counts (account_id, counter, count) VALUES (NEW.account_id, 'items', 1)
            ON CONFLICT (account_id, counter) DO UPDATE SET count = count + 1;
    END)",
    R"(CREATE TRIGGER items_count_delete AFTER DELETE ON items BEGIN
        UPDATE account_counts SET count = count - 1
            WHERE account_id = OLD.account_id AND counter = 'items';
    END)",

    R"(CREATE TRIGGER memberships_count_insert AFTER INSERT ON memberships BEGIN
        INSERT INTO account_counts (account_id, counter, count)
            VALUES (NEW.account_id, 'member:' || NEW.collection, 1)
            ON CONFLICT (account_id, counter) DO UPDATE SET count = count + 1;
    END)",
    R"(CREATE TRIGGER memberships_count_delete AFTER DELETE ON memberships BEGIN
        UPDATE account_counts SET count = count - 1
            WHERE account_id = OLD.account_id AND counter = 'member:' || OLD.collection;
    END)",
    R"(CREATE TRIGGER memberships_count_move AFTER UPDATE OF account_id, collection ON memberships BEGIN
        UPDATE account_counts SET count = count - 1
            WHERE account_id = OLD.account_id AND counter = 'member:' || OLD.collection;
        INSERT INTO account_counts (account_id, counter, count)
            VALUES (NEW.account_id, 'member:' || NEW.collection, 1)
            ON CONFLICT (account_id, counter) DO UPDATE SET count = count + 1;
    END)",

    R"(CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts WHEN NEW.ended_at IS NULL BEGIN
        INSERT INTO account_counts (account_id, counter, count)
            VALUES (NEW.account_id, 'contact:' || NEW.direction, 1)
            ON CONFLICT (account_id, counter) DO UPDATE SET count = count + 1;
    END)",
    R"(CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts WHEN OLD.ended_at IS NULL BEGIN
        UPDATE account_counts SET count = count - 1
            WHERE account_id = OLD.account_id AND counter = 'contact:' || OLD.direction;
    END)",
    R"(CREATE TRIGGER contacts_count_end AFTER UPDATE OF ended_at ON contacts
        WHEN OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL BEGIN
        UPDATE account_counts SET count = count - 1
            WHERE account_id = OLD.account_id AND counter = 'contact:' || OLD.direction;
    END)",
    R"(CREATE TRIGGER contacts_count_restart AFTER UPDATE OF ended_at ON contacts
        WHEN OLD.ended_at IS NOT NULL AND NEW.ended_at IS NULL BEGIN
        INSERT INTO account_counts (account_id, counter, count)
            VALUES (NEW.account_id, 'contact:' || NEW.direction, 1)
            ON CONFLICT (account_id, counter) DO UPDATE SET count = count + 1;
    END)",

    // The search index again, with an index of three-letter prefixes: without it, "ber*"
    // merged the lists of every word starting with "ber" (120 ms at a million items; 9 ms
    // with it, for about 170 more bytes per item). Longer prefixes match few enough words.
    "CREATE VIRTUAL TABLE items_fts_v5 USING fts5 (body, author,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '3')",
    "INSERT INTO items_fts_v5 (rowid, body, author) SELECT rowid, body, author FROM items_fts",
    "DROP TABLE items_fts",
    "ALTER TABLE items_fts_v5 RENAME TO items_fts",
    // FTS5 merges index segments once `automerge` of them exist on a level; 16 instead of 4
    // cuts the cost of indexing by a quarter (each row is rewritten fewer times) and leaves
    // query time unchanged within measurement (docs/PERFORMANCE.md).
    "INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', 16)",

    // Counts of what is stored already.
    R"(INSERT INTO account_counts (account_id, counter, count)
        SELECT account_id, 'items', count(*) FROM items GROUP BY account_id)",
    R"(INSERT INTO account_counts (account_id, counter, count)
        SELECT account_id, 'member:' || collection, count(*) FROM memberships
        GROUP BY account_id, collection)",
    R"(INSERT INTO account_counts (account_id, counter, count)
        SELECT account_id, 'contact:' || direction, count(*) FROM contacts
        WHERE ended_at IS NULL GROUP BY account_id, direction)",
};

Result<int> readUserVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return makeError(Error::Code::Database,
                         Tr::tr("Could not read the schema version of %1: %2")
                             .arg(db.databaseName(), query.lastError().text()));
    return query.value(0).toInt();
}

Result<void> runStep(QSqlDatabase &db, int version,
                     std::span<const char *const> statements)
{
    const auto fail = [&](const QString &what, const QSqlError &error) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return makeError(Error::Code::Database,
                         Tr::tr("Could not upgrade the archive %1 to schema version %2 (%3): %4")
                             .arg(db.databaseName(), QString::number(version), what,
                                  error.text()));
    };

    QSqlQuery query(db);
    // IMMEDIATE: a second process opening the same new file waits here, then sees the step done.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return makeError(Error::Code::Database,
                         Tr::tr("Could not upgrade the archive %1 to schema version %2: %3")
                             .arg(db.databaseName(), QString::number(version),
                                  query.lastError().text()));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(u"PRAGMA user_version"_s, query.lastError());
    if (query.value(0).toInt() >= version) {
        query.finish();
        query.exec(u"COMMIT"_s);
        return {};
    }
    query.finish();

    for (const char *statement : statements) {
        if (!query.exec(QString::fromUtf8(statement)))
            return fail(QString::fromUtf8(statement).simplified().left(60), query.lastError());
    }
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
        return fail(u"PRAGMA user_version"_s, query.lastError());
    if (!query.exec(u"COMMIT"_s))
        return fail(u"COMMIT"_s, query.lastError());
    qCDebug(lcDb) << "migrated" << db.databaseName() << "to schema version" << version;
    return {};
}

} // namespace

Result<void> migrateDatabase(QSqlDatabase &db)
{
    const Result<int> stored = readUserVersion(db);
    if (!stored)
        return stored.error();
    const int from = stored.value();
    if (from > kCurrentSchemaVersion)
        return makeError(Error::Code::Database,
                         Tr::tr("The archive %1 was written by a newer version of Holdfast (schema "
                            "version %2; this version understands up to %3). Update Holdfast "
                            "to open it.")
                             .arg(db.databaseName(), QString::number(from),
                                  QString::number(kCurrentSchemaVersion)));

    if (from < 1) {
        if (Result<void> step = runStep(db, 1, kVersion1); !step)
            return step;
    }
    if (from < 2) {
        if (Result<void> step = runStep(db, 2, kVersion2); !step)
            return step;
    }
    if (from < 3) {
        if (Result<void> step = runStep(db, 3, kVersion3); !step)
            return step;
    }
    if (from < 4) {
        if (Result<void> step = runStep(db, 4, kVersion4); !step)
            return step;
    }
    if (from < 5) {
        if (Result<void> step = runStep(db, 5, kVersion5); !step)
            return step;
    }
    return {};
}

} // namespace holdfast
