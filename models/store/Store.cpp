// Store: opening, accounts, app registrations, backup runs, sync state and media records.
// Page writes are in StoreWriting.cpp, reads and search in StoreReading.cpp.

#include "models/store/Store.h"

#include "models/store/Migrations.h"
#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

Q_LOGGING_CATEGORY(lcDb, "holdfast.db", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kAccountMedia;
using schema::kAccounts;
using schema::kAppRegistrations;
using schema::kBackupRuns;
using schema::kItems;
using schema::kItemsFts;
using schema::kItemMedia;
using schema::kMedia;
using schema::kPeople;
using schema::kRunCounts;
using schema::kSyncState;

// --- Shared helpers (StorePrivate.h) ------------------------------------------------------------

QString Store::Private::runLockPath(qint64 runId) const
{
    return dataDir + u"/locks/run-"_s + QString::number(runId) + u".lock"_s;
}

namespace storedetail {

QString columnList(std::initializer_list<schema::Name> columns, QLatin1String alias)
{
    QString result;
    for (const schema::Name &column : columns) {
        if (!result.isEmpty())
            result += u", "_s;
        if (!alias.isEmpty())
            result += alias + u'.';
        result += column;
    }
    return result;
}

QString insertStatement(schema::Name table, std::initializer_list<schema::Name> columns)
{
    QString placeholders;
    for (qsizetype i = 0; i < qsizetype(columns.size()); ++i)
        placeholders += i == 0 ? u"?"_s : u", ?"_s;
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columnList(columns), placeholders);
}

QLatin1String directionName(FollowDirection direction)
{
    return direction == FollowDirection::Follower ? schema::kDirectionFollower
                                                  : schema::kDirectionFollowing;
}

std::optional<FollowDirection> directionOf(Collection collection)
{
    if (collection == Collection::Followers)
        return FollowDirection::Follower;
    if (collection == Collection::Following)
        return FollowDirection::Following;
    return std::nullopt;
}

void ensureAccountExists(SqlConnection &db, qint64 accountId)
{
    static const QString sql =
        u"SELECT 1 FROM %1 WHERE %2 = ?"_s.arg(kAccounts.table, kAccounts.id);
    Cursor cursor = db.exec(sql, {accountId}, "look up account");
    if (!cursor.next())
        throwNotFound(tr("There is no account %1 in the archive").arg(accountId));
}

void writeSyncState(SqlConnection &db, qint64 accountId, Collection collection,
                    const SyncState &state)
{
    // The first completion is kept (COALESCE): later walks must not move the baseline. It is
    // taken now, after the page's rows were stamped, so everything the walk saw lies before it.
    static const QString sql =
        insertStatement(kSyncState.table, {kSyncState.accountId, kSyncState.collection,
                                           kSyncState.resumeCursor, kSyncState.everCompleted,
                                           kSyncState.lastCompletedAt, kSyncState.firstCompletedAt})
        + u" ON CONFLICT (%1, %2) DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4,"
          " %5 = excluded.%5, %6 = COALESCE(%6, excluded.%6)"_s.arg(
              kSyncState.accountId, kSyncState.collection, kSyncState.resumeCursor,
              kSyncState.everCompleted, kSyncState.lastCompletedAt, kSyncState.firstCompletedAt);
    const QDateTime firstCompleted = state.everCompleted ? QDateTime::currentDateTimeUtc() : QDateTime();
    db.exec(sql,
            {accountId, collectionName(collection), state.resumeCursor, state.everCompleted,
             dateValue(state.lastCompletedAt), dateValue(firstCompleted)},
            "save sync state");
}

} // namespace storedetail

namespace {

QString accountColumns()
{
    return columnList({kAccounts.id, kAccounts.platform, kAccounts.server,
                       kAccounts.platformUserId, kAccounts.handle, kAccounts.displayName,
                       kAccounts.avatarUrl, kAccounts.profileUrl, kAccounts.addedAt,
                       kAccounts.lastBackupAt, kAccounts.lastBackupOutcome,
                       kAccounts.lastBackupError});
}

Account readAccount(const Cursor &c)
{
    Account a;
    a.id = c.int64(0);
    a.platform = c.text(1);
    a.server = c.text(2);
    a.platformUserId = c.text(3);
    a.handle = c.text(4);
    a.displayName = c.text(5);
    a.avatarUrl = c.text(6);
    a.profileUrl = c.text(7);
    a.addedAt = c.date(8);
    a.lastBackupAt = c.date(9);
    a.lastBackupOutcome = c.text(10);
    a.lastBackupError = c.text(11);
    return a;
}

/// Deletes files of media rows that are no longer referenced by any item, person or account,
/// and the rows. Runs inside the caller's transaction; returns the files to delete after commit.
QStringList deleteUnreferencedMedia(SqlConnection &db)
{
    static const QString unreferenced =
        u"NOT EXISTS (SELECT 1 FROM %1 WHERE %2 = m.%3)"
        " AND NOT EXISTS (SELECT 1 FROM %4 WHERE %5 = m.%3)"
        " AND NOT EXISTS (SELECT 1 FROM %6 WHERE %7 = m.%3)"_s.arg(
            kItemMedia.table, kItemMedia.mediaId, kMedia.id, kPeople.table,
            kPeople.avatarMediaId, kAccountMedia.table, kAccountMedia.mediaId);
    static const QString select = u"SELECT m.%1 FROM %2 m WHERE m.%1 IS NOT NULL AND %3"_s.arg(
        kMedia.localPath, kMedia.table, unreferenced);
    static const QString remove =
        u"DELETE FROM %1 AS m WHERE %2"_s.arg(kMedia.table, unreferenced);
    static const QString stillUsed =
        u"SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1"_s.arg(kMedia.table, kMedia.localPath);

    QSet<QString> candidates;
    {
        Cursor cursor = db.exec(select, {}, "find unreferenced media");
        while (cursor.next())
            candidates.insert(cursor.text(0));
    }
    db.exec(remove, {}, "delete unreferenced media");

    QStringList files;
    for (const QString &path : std::as_const(candidates)) {
        Cursor cursor = db.exec(stillUsed, {path}, "look up media file");
        if (!cursor.next())
            files.append(path);
    }
    return files;
}

/// Deletes a media file given relative to the data directory; refuses anything outside it.
void deleteMediaFile(const QString &dataDir, const QString &relativePath)
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath))
        return;
    const QString path = QDir::cleanPath(dataDir + u'/' + relativePath);
    if (!path.startsWith(dataDir + u'/')) {
        qCWarning(lcDb) << "not deleting media file outside the data directory:" << relativePath;
        return;
    }
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcDb) << "could not delete media file" << path;
}

} // namespace

void Store::Private::markInterruptedRuns()
{
    Private &d = *this;
    static const QString select = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
        kBackupRuns.id, kBackupRuns.table, kBackupRuns.outcome);
    static const QString update = u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 = ?"_s.arg(
        kBackupRuns.table, kBackupRuns.outcome, kBackupRuns.id);

    QList<qint64> running;
    {
        Cursor cursor = d.exec(select, {schema::kOutcomeRunning}, "find running backups");
        while (cursor.next())
            running.append(cursor.int64(0));
    }
    for (qint64 runId : std::as_const(running)) {
        // A live run (this process or another) holds its lock file; a killed one does not.
        QLockFile lock(d.runLockPath(runId));
        lock.setStaleLockTime(0); // only a dead owner makes it stale, not age
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        d.exec(update, {schema::kOutcomeInterrupted, runId, schema::kOutcomeRunning},
               "mark backup interrupted");
        qCDebug(lcDb) << "backup run" << runId << "was interrupted";
    }
}

// --- Opening --------------------------------------------------------------------------------

Store::Store(std::unique_ptr<Private> d) : d(std::move(d)) {}

Store::~Store()
{
    qCDebug(lcDb) << "closing" << d->databasePath;
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("No data directory given"));
    QDir dir(dataDir);
    if (!dir.mkpath(u"locks"_s))
        return makeError(Error::Code::Io,
                         tr("Could not create the data directory %1").arg(dir.absolutePath()));

    auto d = std::make_unique<Private>();
    d->dataDir = QDir::cleanPath(dir.absolutePath());
    d->databasePath = dir.absoluteFilePath(u"holdfast.sqlite"_s);
    if (Result<void> opened = d->open(d->databasePath); !opened)
        return opened.error();
    if (Result<void> migrated = migrateDatabase(d->database()); !migrated)
        return migrated.error();

    try {
        {
            Cursor cursor = d->exec(u"PRAGMA user_version"_s, {}, "read schema version");
            d->schemaVersion = cursor.next() ? cursor.int32(0) : 0;
        }
        d->markInterruptedRuns();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not open the archive %1").arg(d->databasePath));
    }
    qCDebug(lcDb) << "opened" << d->databasePath << "schema version" << d->schemaVersion;
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

QString Store::dataDirectory() const
{
    return d->dataDir;
}

QString Store::databasePath() const
{
    return d->databasePath;
}

int Store::schemaVersion() const
{
    return d->schemaVersion;
}

// --- Accounts -------------------------------------------------------------------------------

Result<Account> Store::saveAccount(const Account &account)
{
    if (account.platform.isEmpty() || account.server.isEmpty() || account.platformUserId.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("An account needs a platform, a server and a user id"));

    static const QString upsert =
        insertStatement(kAccounts.table,
                        {kAccounts.platform, kAccounts.server, kAccounts.platformUserId,
                         kAccounts.handle, kAccounts.displayName, kAccounts.avatarUrl,
                         kAccounts.profileUrl, kAccounts.addedAt})
        + u" ON CONFLICT (%1, %2, %3) DO UPDATE SET %4 = excluded.%4, %5 = excluded.%5,"
          " %6 = excluded.%6, %7 = excluded.%7"_s.arg(
              kAccounts.platform, kAccounts.server, kAccounts.platformUserId, kAccounts.handle,
              kAccounts.displayName, kAccounts.avatarUrl, kAccounts.profileUrl);
    static const QString select = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ? AND %5 = ?"_s.arg(
        accountColumns(), kAccounts.table, kAccounts.platform, kAccounts.server,
        kAccounts.platformUserId);

    try {
        SqlConnection::Transaction transaction(*d);
        const QDateTime addedAt =
            account.addedAt.isValid() ? account.addedAt : QDateTime::currentDateTimeUtc();
        d->exec(upsert,
                {account.platform, account.server, account.platformUserId, account.handle,
                 account.displayName, account.avatarUrl, account.profileUrl, dateValue(addedAt)},
                "save account");
        Account saved;
        {
            Cursor cursor = d->exec(
                select, {account.platform, account.server, account.platformUserId},
                "read saved account");
            if (!cursor.next())
                throwDatabase(u"read saved account"_s, u"not found after saving"_s);
            saved = readAccount(cursor);
        }
        transaction.commit();
        return saved;
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not save the account %1").arg(account.handle));
    }
}

QList<Account> Store::accounts() const
{
    static const QString sql = u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
        accountColumns(), kAccounts.table, kAccounts.id);
    QList<Account> result;
    try {
        Cursor cursor = d->exec(sql, {}, "list accounts");
        while (cursor.next())
            result.append(readAccount(cursor));
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not list accounts:" << failure.error.message;
    }
    return result;
}

std::optional<Account> Store::account(qint64 accountId) const
{
    static const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
        accountColumns(), kAccounts.table, kAccounts.id);
    try {
        Cursor cursor = d->exec(sql, {accountId}, "read account");
        if (cursor.next())
            return readAccount(cursor);
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read account" << accountId << failure.error.message;
    }
    return std::nullopt;
}

std::optional<Account> Store::findAccount(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        if (std::optional<Account> byId = account(id))
            return byId;
    }

    const QString handle = wanted.startsWith(u'@') ? wanted.mid(1) : wanted;
    if (handle.isEmpty())
        return std::nullopt;
    const QList<Account> all = accounts();
    for (const Account &candidate : all)
        if (candidate.handle.compare(handle, Qt::CaseInsensitive) == 0)
            return candidate;

    if (handle.contains(u'@'))
        return std::nullopt;
    // A bare user name: accept it when exactly one account has it.
    std::optional<Account> match;
    for (const Account &candidate : all) {
        const QString user = candidate.handle.section(u'@', 0, 0);
        if (user.compare(handle, Qt::CaseInsensitive) == 0) {
            if (match)
                return std::nullopt;
            match = candidate;
        }
    }
    return match;
}

Result<void> Store::removeAccount(qint64 accountId)
{
    static const QString deleteIndex =
        u"DELETE FROM %1 WHERE %2 IN (SELECT %3 FROM %4 WHERE %5 = ?)"_s.arg(
            kItemsFts.table, kItemsFts.rowid, kItems.id, kItems.table, kItems.accountId);
    static const QString otherAccountsHaveItems =
        u"SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 < ?) OR EXISTS (SELECT 1 FROM %1 WHERE %2 > ?)"_s
            .arg(kItems.table, kItems.accountId);
    static const QString indexDefinition =
        u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(
            kItemsFts.table);
    static const QString deleteAccount =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kAccounts.table, kAccounts.id);

    QStringList files;
    QStringList snapshots;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        snapshots = repoSnapshotPaths(*d, accountId);
        bool othersHaveItems = false;
        {
            Cursor cursor =
                d->exec(otherAccountsHaveItems, {accountId, accountId}, "look up items");
            othersHaveItems = cursor.next() && cursor.boolean(0);
        }
        if (othersHaveItems) {
            d->exec(deleteIndex, {accountId}, "delete search index entries");
        } else {
            // Deleting index entries one by one re-reads every text (about 12 s for a million
            // items); when no other account has items, the index is re-created empty instead,
            // from its own stored definition.
            QString definition;
            {
                Cursor cursor = d->exec(indexDefinition, {}, "read search index definition");
                if (cursor.next())
                    definition = cursor.text(0);
            }
            if (definition.isEmpty())
                throwDatabase(u"read search index definition"_s, u"not found"_s);
            d->execOnce(u"DROP TABLE %1"_s.arg(kItemsFts.table), {}, "drop search index");
            d->execOnce(definition, {}, "create search index");
        }
        // Everything else goes by ON DELETE CASCADE.
        d->exec(deleteAccount, {accountId}, "delete account");
        files = deleteUnreferencedMedia(*d);
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not remove account %1").arg(accountId));
    }
    for (const QString &file : std::as_const(files))
        deleteMediaFile(d->dataDir, file);
    deleteRepoSnapshotFiles(d->dataDir, snapshots);
    qCDebug(lcDb) << "removed account" << accountId << "and" << files.size() << "media files";
    return {};
}

std::optional<AppRegistration> Store::appRegistration(const QString &platform,
                                                      const QString &server) const
{
    static const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        columnList({kAppRegistrations.clientId, kAppRegistrations.redirectUri,
                    kAppRegistrations.scopes}),
        kAppRegistrations.table, kAppRegistrations.platform, kAppRegistrations.server);
    try {
        Cursor cursor = d->exec(sql, {platform, server}, "read app registration");
        if (cursor.next())
            return AppRegistration{platform, server, cursor.text(0), cursor.text(1),
                                   cursor.text(2)};
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read app registration:" << failure.error.message;
    }
    return std::nullopt;
}

Result<void> Store::saveAppRegistration(const AppRegistration &registration)
{
    if (registration.platform.isEmpty() || registration.server.isEmpty()
        || registration.clientId.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("An app registration needs a platform, a server and a client id"));
    static const QString sql =
        insertStatement(kAppRegistrations.table,
                        {kAppRegistrations.platform, kAppRegistrations.server,
                         kAppRegistrations.clientId, kAppRegistrations.redirectUri,
                         kAppRegistrations.scopes})
        + u" ON CONFLICT (%1, %2) DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4,"
          " %5 = excluded.%5"_s.arg(kAppRegistrations.platform, kAppRegistrations.server,
                                    kAppRegistrations.clientId, kAppRegistrations.redirectUri,
                                    kAppRegistrations.scopes);
    try {
        d->exec(sql,
                {registration.platform, registration.server, registration.clientId,
                 registration.redirectUri, registration.scopes},
                "save app registration");
        return {};
    } catch (const Failure &failure) {
        return failure.withContext(
            tr("Could not save the app registration for %1").arg(registration.server));
    }
}

// --- Backup runs ----------------------------------------------------------------------------

Result<qint64> Store::beginRun(qint64 accountId, bool full)
{
    static const QString sql = insertStatement(
        kBackupRuns.table,
        {kBackupRuns.accountId, kBackupRuns.full, kBackupRuns.startedAt, kBackupRuns.outcome});
    qint64 runId = 0;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        runId = d->exec(sql,
                        {accountId, full, QDateTime::currentMSecsSinceEpoch(),
                         schema::kOutcomeRunning},
                        "insert backup run")
                    .lastInsertId();
        // Locked before the run becomes visible, so no Store opening meanwhile takes it for
        // the run of a killed process (see markInterruptedRuns).
        auto lock = std::make_unique<QLockFile>(d->runLockPath(runId));
        lock->setStaleLockTime(0);
        if (lock->tryLock(0))
            d->runLocks[runId] = std::move(lock);
        else
            qCWarning(lcDb) << "could not lock" << d->runLockPath(runId)
                            << "- another Store may mark run" << runId << "interrupted";
        transaction.commit();
    } catch (const Failure &failure) {
        if (runId != 0)
            d->runLocks.erase(runId);
        return failure.withContext(tr("Could not start a backup of account %1").arg(accountId));
    }
    return runId;
}

Result<void> Store::finishRun(const BackupRun &run)
{
    static const QString updateRun =
        u"UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ? WHERE %7 = ?"_s.arg(
            kBackupRuns.table, kBackupRuns.finishedAt, kBackupRuns.outcome, kBackupRuns.error,
            kBackupRuns.requests, kBackupRuns.errorCode, kBackupRuns.id);
    static const QString deleteCounts =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kRunCounts.table, kRunCounts.runId);
    static const QString insertCounts = insertStatement(
        kRunCounts.table, {kRunCounts.runId, kRunCounts.collection, kRunCounts.pages,
                           kRunCounts.fetched, kRunCounts.added, kRunCounts.edited,
                           kRunCounts.removed});
    static const QString runAccount = u"(SELECT %1 FROM %2 WHERE %3 = ?)"_s.arg(
        kBackupRuns.accountId, kBackupRuns.table, kBackupRuns.id);
    static const QString updateAccount = u"UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = %5"_s.arg(
        kAccounts.table, kAccounts.lastBackupOutcome, kAccounts.lastBackupError, kAccounts.id,
        runAccount);
    static const QString updateAccountSucceeded =
        u"UPDATE %1 SET %2 = ?, %3 = ?, %4 = ? WHERE %5 = %6"_s.arg(
            kAccounts.table, kAccounts.lastBackupOutcome, kAccounts.lastBackupError,
            kAccounts.lastBackupAt, kAccounts.id, runAccount);

    if (run.outcome.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("A finished backup needs an outcome"));
    try {
        SqlConnection::Transaction transaction(*d);
        const QDateTime finishedAt =
            run.finishedAt.isValid() ? run.finishedAt : QDateTime::currentDateTimeUtc();
        const int updated = d->exec(updateRun,
                                    {dateValue(finishedAt), run.outcome, run.error,
                                     run.requests,
                                     run.errorCode ? QVariant(errorCodeName(*run.errorCode))
                                                   : QVariant(),
                                     run.id},
                                    "update backup run")
                                .rowsAffected();
        if (updated == 0)
            throwNotFound(tr("There is no backup run %1").arg(run.id));
        d->exec(deleteCounts, {run.id}, "delete run counts");
        for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it) {
            const CollectionCounts &c = it.value();
            d->exec(insertCounts,
                    {run.id, collectionName(it.key()), c.pages, c.fetched, c.added, c.edited,
                     c.removed},
                    "insert run counts");
        }
        if (run.outcome == schema::kOutcomeSucceeded)
            d->exec(updateAccountSucceeded,
                    {run.outcome, QVariant(), dateValue(finishedAt), run.id},
                    "update account after backup");
        else
            d->exec(updateAccount, {run.outcome, run.error, run.id}, "update account after backup");
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not record the end of backup run %1").arg(run.id));
    }
    d->runLocks.erase(run.id); // unlocks
    return {};
}

QList<BackupRun> Store::runs(qint64 accountId, int limit) const
{
    static const QString selectRuns =
        u"SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4 DESC, %5 DESC LIMIT ?"_s.arg(
            columnList({kBackupRuns.id, kBackupRuns.full, kBackupRuns.startedAt,
                        kBackupRuns.finishedAt, kBackupRuns.outcome, kBackupRuns.error,
                        kBackupRuns.requests, kBackupRuns.errorCode}),
            kBackupRuns.table, kBackupRuns.accountId, kBackupRuns.startedAt, kBackupRuns.id);
    static const QString selectCounts = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
        columnList({kRunCounts.collection, kRunCounts.pages, kRunCounts.fetched,
                    kRunCounts.added, kRunCounts.edited, kRunCounts.removed}),
        kRunCounts.table, kRunCounts.runId);

    QList<BackupRun> result;
    try {
        {
            Cursor cursor = d->exec(selectRuns, {accountId, limit > 0 ? limit : -1}, "list runs");
            while (cursor.next()) {
                BackupRun run;
                run.id = cursor.int64(0);
                run.accountId = accountId;
                run.full = cursor.boolean(1);
                run.startedAt = cursor.date(2);
                run.finishedAt = cursor.date(3);
                run.outcome = cursor.text(4);
                run.error = cursor.text(5);
                run.requests = cursor.int32(6);
                run.errorCode = errorCodeFromName(cursor.text(7));
                result.append(run);
            }
        }
        for (BackupRun &run : result) {
            Cursor cursor = d->exec(selectCounts, {run.id}, "read run counts");
            while (cursor.next()) {
                const std::optional<Collection> collection = collectionFromName(cursor.text(0));
                if (!collection)
                    continue;
                run.counts.insert(*collection, CollectionCounts{cursor.int32(1), cursor.int32(2),
                                                                cursor.int32(3), cursor.int32(4),
                                                                cursor.int32(5)});
            }
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not list runs:" << failure.error.message;
    }
    return result;
}

// --- Sync state -----------------------------------------------------------------------------

SyncState Store::syncState(qint64 accountId, Collection collection) const
{
    static const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        columnList({kSyncState.resumeCursor, kSyncState.everCompleted,
                    kSyncState.lastCompletedAt, kSyncState.firstCompletedAt}),
        kSyncState.table, kSyncState.accountId, kSyncState.collection);
    SyncState state;
    try {
        Cursor cursor = d->exec(sql, {accountId, collectionName(collection)}, "read sync state");
        if (cursor.next()) {
            state.resumeCursor = cursor.text(0);
            state.everCompleted = cursor.boolean(1);
            state.lastCompletedAt = cursor.date(2);
            state.firstCompletedAt = cursor.date(3);
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read sync state:" << failure.error.message;
    }
    return state;
}

Result<void> Store::saveSyncState(qint64 accountId, Collection collection, const SyncState &state)
{
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        writeSyncState(*d, accountId, collection, state);
        transaction.commit();
        return {};
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not save where the walk of %1 stands")
                                       .arg(collectionName(collection)));
    }
}

// --- Media ----------------------------------------------------------------------------------

QList<MediaFile> Store::pendingMedia(qint64 accountId, int limit) const
{
    static const QString sql =
        u"SELECT %1 FROM %2 m WHERE m.%3 IS NULL"
        " AND (EXISTS (SELECT 1 FROM %4 im JOIN %5 i ON i.%6 = im.%7"
        "              WHERE im.%8 = m.%9 AND i.%10 = ?)"
        "      OR EXISTS (SELECT 1 FROM %11 p WHERE p.%12 = m.%9 AND p.%13 = ?)"
        "      OR EXISTS (SELECT 1 FROM %15 am WHERE am.%16 = m.%9 AND am.%17 = ?))"
        " ORDER BY m.%14, m.%9 LIMIT ?"_s.arg(
            mediaFileColumns(),
            kMedia.table, kMedia.sha256, kItemMedia.table, kItems.table, kItems.id,
            kItemMedia.itemId, kItemMedia.mediaId, kMedia.id, kItems.accountId)
            .arg(kPeople.table, kPeople.avatarMediaId, kPeople.accountId, kMedia.attempts,
                 kAccountMedia.table, kAccountMedia.mediaId, kAccountMedia.accountId);

    QList<MediaFile> result;
    try {
        Cursor cursor =
            d->exec(sql, {accountId, accountId, accountId, limit > 0 ? limit : -1},
                    "list pending media");
        while (cursor.next())
            result.append(readMediaFile(cursor));
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not list pending media:" << failure.error.message;
    }
    return result;
}

Result<void> Store::recordMediaDownloaded(qint64 mediaId, const QString &sha256,
                                          const QString &localPath, const QString &mimeType,
                                          qint64 size)
{
    if (sha256.isEmpty() || localPath.isEmpty() || QDir::isAbsolutePath(localPath)
        || QDir::cleanPath(localPath).startsWith(u".."_s))
        return makeError(Error::Code::InvalidInput,
                         tr("A downloaded media file needs its SHA-256 and a path inside the "
                            "data directory (got \"%1\")")
                             .arg(localPath));
    static const QString sql =
        u"UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = NULL, %7 = %7 + 1, %8 = ?"
        " WHERE %9 = ?"_s.arg(kMedia.table, kMedia.sha256, kMedia.localPath, kMedia.mimeType,
                              kMedia.size, kMedia.lastError, kMedia.attempts,
                              kMedia.downloadedAt, kMedia.id);
    try {
        const int updated = d->exec(sql,
                                    {sha256, QDir::cleanPath(localPath), mimeType, size,
                                     QDateTime::currentMSecsSinceEpoch(), mediaId},
                                    "record media download")
                                .rowsAffected();
        if (updated == 0)
            throwNotFound(tr("There is no media file %1").arg(mediaId));
        return {};
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not record the download of media %1").arg(mediaId));
    }
}

Result<void> Store::recordMediaFailed(qint64 mediaId, const QString &error)
{
    static const QString sql = u"UPDATE %1 SET %2 = ?, %3 = %3 + 1 WHERE %4 = ?"_s.arg(
        kMedia.table, kMedia.lastError, kMedia.attempts, kMedia.id);
    try {
        const int updated =
            d->exec(sql, {error.isEmpty() ? u"unknown error"_s : error, mediaId},
                    "record media failure")
                .rowsAffected();
        if (updated == 0)
            throwNotFound(tr("There is no media file %1").arg(mediaId));
        return {};
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not record the failed download of media %1")
                                       .arg(mediaId));
    }
}

} // namespace holdfast
