// Tests of the SQLite store against real database files in temporary directories.

#include "models/store/Migrations.h"
#include "models/store/Store.h"
#include "models/store/TextFolding.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

const QDateTime kT0 = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

/// Reads a value with a separate raw connection, the way another program would see the file.
/// (Only the tests look at the file behind the store's back.)
QVariant rawValue(const QString &databasePath, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return result;
}

/// Statements that turn a schema-3 file back into schema 2 (the counters and their triggers).
QStringList versionFiveUndone()
{
    QStringList statements;
    for (const char *trigger : {"items_count_insert", "items_count_delete", "memberships_count_insert",
                                "memberships_count_delete", "memberships_count_move",
                                "contacts_count_insert", "contacts_count_delete", "contacts_count_end",
                                "contacts_count_restart"})
        statements.append(u"DROP TRIGGER "_s + QString::fromLatin1(trigger));
    statements.append(u"DROP TABLE account_counts"_s);
    statements.append(u"PRAGMA user_version = 4"_s);
    return statements;
}

Person person(const QString &id, const QString &handle, const QString &name = {})
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = name;
    p.url = u"https://social.example/@"_s + handle;
    p.avatarUrl = u"https://files.example/avatars/"_s + id + u".png"_s;
    p.rawJson = R"({"id":")" + id.toUtf8() + R"("})";
    return p;
}

Item makeItem(const QString &id, const QString &text, const QDateTime &createdAt,
              const Person &author = person(u"1"_s, u"alice@social.example"_s, u"Alice"_s))
{
    Item item;
    item.platformId = id;
    item.kind = ItemKind::Post;
    item.createdAt = createdAt;
    item.author = author;
    item.text = text;
    item.html = u"<p>"_s + text + u"</p>"_s;
    item.url = u"https://social.example/@alice/"_s + id;
    item.visibility = u"public"_s;
    item.language = u"de"_s;
    item.rawJson = R"({"id":")" + id.toUtf8() + R"(","content":"x"})";
    return item;
}

SearchQuery searchQuery(const QString &text, std::optional<qint64> accountId,
                        std::optional<Collection> collection, int limit)
{
    SearchQuery query;
    query.text = text;
    query.accountId = accountId;
    query.collection = collection;
    query.limit = limit;
    return query;
}

MediaRef media(const QString &url, const QString &description = {})
{
    return MediaRef{u"m-"_s + url.section(u'/', -1), u"image"_s, url, url + u"?small"_s,
                    description};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void foldsText_data();
    void foldsText();
    void buildsSafeMatchExpressions();

    void openCreatesWalDatabaseWithSchema();
    void reopeningKeepsData();
    void refusesNewerSchema();
    void migratesEmptyFile();
    void migratesVersion1KeepingData();
    void migratesVersion3DatingTheFirstCompleteWalk();
    void countsFollowEveryWriteAndSurviveUpgradeFromVersion4();
    void refusesNonDatabaseFile();

    void savesUpdatesAndFindsAccounts();
    void removesAccountWithEverythingAndUnreferencedFiles();
    void storesAppRegistrations();

    void countsAddedAndAlreadyMembers();
    void keepsEarlierVersionsOfEditedItems();
    void marksUnseenItemsDeletedAndUnmarksThem();
    void marksFavouritesRemovedWithoutDeletingItems();
    void tracksContactsWithEvents();
    void roundTripsSyncStateWithPage();
    void failedPageLeavesEverythingIntact();
    void rejectsContactCollectionForItems();

    void listsPendingMediaDedupedByUrl();
    void recordsMediaDownloadsAndFailures();

    void streamsItemsWithFilters();
    void streamsContactsWithFilters();
    void readsConversations();

    void searchesFoldedText();
    void searchesPrefixesAndAuthors();
    void searchSurvivesHostileInput();
    void searchFiltersByAccountAndCollection();
    void searchFollowsEditsAndRemoval();
    void searchRanksNewestMatchesOfVeryCommonWords();
    void itemIdsFollowCreationTime();
    void readsSelectionsForExports();

    void recordsRunsNewestFirst();
    void recordsRepoSnapshotsOnceAndDeletesThemWithTheAccount();
    void keepsAccountFilesUntilTheAccountGoes();
    void marksRunsOfDeadOwnersInterrupted();

    void twoStoresOnOneFileInTwoThreads();

private:
    std::unique_ptr<Store> openStore();
    qint64 addAccount(Store &store, const QString &userId = u"100"_s,
                      const QString &handle = u"alice@social.example"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Store> TestStore::openStore()
{
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path());
    if (!opened) {
        qWarning() << opened.errorMessage();
        return nullptr;
    }
    return std::move(opened).value();
}

qint64 TestStore::addAccount(Store &store, const QString &userId, const QString &handle)
{
    Account account;
    account.platform = u"mastodon"_s;
    account.server = u"https://"_s + handle.section(u'@', 1);
    account.platformUserId = userId;
    account.handle = handle;
    account.displayName = handle.section(u'@', 0, 0);
    const Result<Account> saved = store.saveAccount(account);
    return saved ? saved->id : 0;
}

// --- Folding --------------------------------------------------------------------------------

void TestStore::foldsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << u"Hello World"_s << u"hello world"_s;
    QTest::newRow("umlaut") << u"Köln"_s << u"koln"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("grüße upper") << u"GRÜSSE"_s << u"grusse"_s;
    QTest::newRow("ligatures") << u"Ærø Œuvre"_s << u"aero oeuvre"_s;
    QTest::newRow("slavic") << u"Łódź Đurđevac"_s << u"lodz durdevac"_s;
    QTest::newRow("thorn") << u"Þórr"_s << u"thorr"_s;
    QTest::newRow("compat") << u"ﬁne ①"_s << u"fine 1"_s;
    QTest::newRow("accents") << u"Crème brûlée"_s << u"creme brulee"_s;
    QTest::newRow("emoji kept") << u"Tee 🍵"_s << u"tee 🍵"_s;
}

void TestStore::foldsText()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

void TestStore::buildsSafeMatchExpressions()
{
    QCOMPARE(ftsMatchExpression(u"Köln  Straße"_s), u"\"koln\" \"strasse\""_s);
    QCOMPARE(ftsMatchExpression(u"stra*"_s), u"\"stra\"*"_s);
    QCOMPARE(ftsMatchExpression(u"a*"_s), u"\"a\""_s);
    QCOMPARE(ftsMatchExpression(u"ab*"_s), u"\"ab\""_s);
    QCOMPARE(ftsMatchExpression(u"Köl*"_s), u"\"kol\"*"_s);
    QCOMPARE(ftsMatchExpression(u"say \"hi\""_s), u"\"say\" \"\"\"hi\"\"\""_s);
    QCOMPARE(ftsMatchExpression(u"NEAR( - * :"_s), u"\"near(\""_s);
    QCOMPARE(ftsMatchExpression(u"  "_s), QString());
    QCOMPARE(ftsMatchExpression(u"- * ( )"_s), QString());
}

// --- Opening and migrations --------------------------------------------------------------------

void TestStore::openCreatesWalDatabaseWithSchema()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(store->schemaVersion(), 5);
    QCOMPARE(store->databasePath(), QDir(m_dir->path()).filePath(u"holdfast.sqlite"_s));
    QVERIFY(QFile::exists(store->databasePath()));
    QCOMPARE(rawValue(store->databasePath(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(rawValue(store->databasePath(), u"PRAGMA user_version"_s).toInt(), 5);
    QCOMPARE(rawValue(store->databasePath(),
                      u"SELECT count(*) FROM sqlite_master WHERE name = 'items_fts'"_s)
                 .toInt(),
             1);
}

void TestStore::reopeningKeepsData()
{
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 accountId = addAccount(*store);
        QVERIFY(accountId > 0);
        QVERIFY(store->storeItemPage(accountId, Collection::Posts, 1,
                                     {makeItem(u"p1"_s, u"first"_s, kT0)}, {}, {}));
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->accounts().size(), 1);
    const auto item = store->item(store->accounts().first().id, u"p1"_s);
    QVERIFY(item);
    QCOMPARE(item->text, u"first"_s);
}

void TestStore::refusesNewerSchema()
{
    QString path;
    {
        auto store = openStore();
        QVERIFY(store);
        path = store->databasePath();
    }
    rawValue(path, u"PRAGMA user_version = 99"_s);
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 99);

    const Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Database);
    QVERIFY2(opened.errorMessage().contains(u"newer version of Holdfast"_s),
             qPrintable(opened.errorMessage()));
    QVERIFY(opened.errorMessage().contains(u"99"_s));
    // The file was left alone.
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 99);
}

void TestStore::migratesEmptyFile()
{
    QFile empty(QDir(m_dir->path()).filePath(u"holdfast.sqlite"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(QFileInfo(empty).size(), 0);

    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), kCurrentSchemaVersion);
    QVERIFY(addAccount(*store) > 0);
}

void TestStore::migratesVersion1KeepingData()
{
    QString path;
    {
        auto store = openStore();
        QVERIFY(store);
        path = store->databasePath();
        const qint64 accountId = addAccount(*store);
        QVERIFY(store->storeItemPage(accountId, Collection::Posts, 1,
                                     {makeItem(u"p1"_s, u"kept across upgrades"_s, kT0)}, {}, {}));
    }
    // Turn the file back into exactly what schema version 1 created.
    for (const QString &sql : versionFiveUndone())
        rawValue(path, sql);
    for (const QString &sql : {u"DROP TABLE account_media"_s,
                               u"DROP TABLE conversation_states"_s, u"DROP TABLE repo_snapshots"_s,
                               u"ALTER TABLE backup_runs DROP COLUMN error_code"_s,
                               u"ALTER TABLE sync_state DROP COLUMN first_completed_at"_s,
                               u"PRAGMA user_version = 1"_s})
        rawValue(path, sql);
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'repo_snapshots'"_s)
                 .toInt(),
             0);

    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(store->itemCount(store->accounts().first().id), 1);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM sqlite_master WHERE name IN "
                            "('conversation_states', 'repo_snapshots', 'account_media')"_s)
                 .toInt(),
             3);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM pragma_table_info('backup_runs') "
                            "WHERE name = 'error_code'"_s)
                 .toInt(),
             1);
    const auto item = store->item(store->accounts().first().id, u"p1"_s);
    QVERIFY(item);
    QCOMPARE(item->text, u"kept across upgrades"_s);
    SearchQuery query;
    query.text = u"upgrades"_s;
    QCOMPARE(store->search(query).value().size(), 1);
}

void TestStore::migratesVersion3DatingTheFirstCompleteWalk()
{
    QString path;
    qint64 accountId = 0;
    const QDateTime firstRunEnd = kT0.addDays(1);
    const QDateTime lastWalkEnd = kT0.addDays(30);
    {
        auto store = openStore();
        QVERIFY(store);
        path = store->databasePath();
        accountId = addAccount(*store);
        // A first run that walked the followers to the end, a later one that did it again,
        // and a following list that was never walked to the end.
        for (const QDateTime &end : {firstRunEnd, lastWalkEnd}) {
            const qint64 run = store->beginRun(accountId, true).value();
            QVERIFY(store->storeContactPage(accountId, Collection::Followers, run,
                                            {person(u"7"_s, u"carol@x.example"_s)}, {QString(), true, end}));
            BackupRun finished;
            finished.id = run;
            finished.accountId = accountId;
            finished.startedAt = end.addSecs(-60);
            finished.finishedAt = end;
            finished.outcome = u"succeeded"_s;
            finished.counts[Collection::Followers] = CollectionCounts{1, 1, 1, 0, 0};
            QVERIFY(store->finishRun(finished));
        }
        QVERIFY(store->saveSyncState(accountId, Collection::Following, {u"next"_s, false, {}}));
    }
    // Back to schema version 3, which did not keep the first completion.
    for (const QString &sql : versionFiveUndone())
        rawValue(path, sql);
    rawValue(path, u"ALTER TABLE sync_state DROP COLUMN first_completed_at"_s);
    rawValue(path, u"PRAGMA user_version = 3"_s);

    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), kCurrentSchemaVersion);
    const SyncState followers = store->syncState(accountId, Collection::Followers);
    QVERIFY(followers.everCompleted);
    QCOMPARE(followers.lastCompletedAt, lastWalkEnd);
    QCOMPARE(followers.firstCompletedAt, firstRunEnd); // the first successful run that walked them
    const SyncState following = store->syncState(accountId, Collection::Following);
    QCOMPARE(following.resumeCursor, u"next"_s);
    QVERIFY(!following.firstCompletedAt.isValid());

    // From now on the store keeps the first completion, whatever later states say.
    QVERIFY(store->saveSyncState(accountId, Collection::Followers, {QString(), true, kT0.addDays(40)}));
    QCOMPARE(store->syncState(accountId, Collection::Followers).firstCompletedAt, firstRunEnd);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(store->saveSyncState(accountId, Collection::Following, {QString(), true, kT0.addDays(40)}));
    const QDateTime firstFollowing = store->syncState(accountId, Collection::Following).firstCompletedAt;
    QVERIFY(firstFollowing >= before && firstFollowing <= QDateTime::currentDateTimeUtc());
}

void TestStore::countsFollowEveryWriteAndSurviveUpgradeFromVersion4()
{
    auto store = openStore();
    QVERIFY(store);
    const QString path = store->databasePath();
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"one"_s, kT0), makeItem(u"p2"_s, u"two"_s, kT0)},
                                 {makeItem(u"r1"_s, u"related, no membership"_s, kT0)}, {}));
    QVERIFY(store->storeItemPage(account, Collection::Favourites, 1,
                                 {makeItem(u"p1"_s, u"one"_s, kT0)}, {}, {}));
    QVERIFY(store->storeContactPage(account, Collection::Followers, 1,
                                    {person(u"a"_s, u"a@x"_s), person(u"b"_s, u"b@x"_s)}, {}));
    QVERIFY(store->storeContactPage(account, Collection::Following, 1, {person(u"a"_s, u"a@x"_s)}, {}));
    // b unfollows: no longer counted.
    QVERIFY(store->storeContactPage(account, Collection::Followers, 2, {person(u"a"_s, u"a@x"_s)}, {}));
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Followers, 2, kT0).value(), 1);
    // A removed post stays a member (and counted), as the window shows it.
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Posts, 2, kT0).value(), 2);

    QMap<Collection, int> expected;
    for (Collection collection : allCollections())
        expected.insert(collection, 0);
    expected[Collection::Posts] = 2;
    expected[Collection::Favourites] = 1;
    expected[Collection::Followers] = 1;
    expected[Collection::Following] = 1;
    QCOMPARE(store->collectionCounts(account), expected);
    QCOMPARE(store->itemCount(account), 3);
    QCOMPARE(store->itemCount(account, Collection::Posts), 2);
    QCOMPARE(store->activeContactCount(account, FollowDirection::Follower), 1);

    // b follows again: counted again.
    QVERIFY(store->storeContactPage(account, Collection::Followers, 3,
                                    {person(u"b"_s, u"b@x"_s)}, {}));
    expected[Collection::Followers] = 2;
    QCOMPARE(store->collectionCounts(account), expected);

    // A file from before the counters gets them from what it holds.
    store.reset();
    for (const QString &sql : versionFiveUndone())
        rawValue(path, sql);
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 4);
    store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 5);
    QCOMPARE(store->collectionCounts(account), expected);
    QCOMPARE(store->itemCount(account), 3);

    // Removing the account removes its counters (the triggers run during the cascade).
    QVERIFY(store->removeAccount(account));
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM account_counts"_s).toInt(), 0);
    QCOMPARE(store->itemCount(account), 0);
}

void TestStore::refusesNonDatabaseFile()
{
    QFile junk(QDir(m_dir->path()).filePath(u"holdfast.sqlite"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Database);
    QVERIFY(!opened.errorMessage().isEmpty());
}

// --- Accounts -------------------------------------------------------------------------------

void TestStore::savesUpdatesAndFindsAccounts()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 alice = addAccount(*store, u"100"_s, u"alice@social.example"_s);
    const qint64 bob = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    const qint64 otherAlice = addAccount(*store, u"300"_s, u"alice@other.example"_s);
    QVERIFY(alice > 0 && bob > 0 && otherAlice > 0);
    QCOMPARE(store->accounts().size(), 3);

    // Same (platform, server, user id): updated, same id, added date kept.
    const QDateTime addedAt = store->account(alice)->addedAt;
    QVERIFY(addedAt.isValid());
    Account changed = *store->account(alice);
    changed.displayName = u"Alice Liddell"_s;
    changed.avatarUrl = u"https://files.example/a.png"_s;
    const Result<Account> saved = store->saveAccount(changed);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    QCOMPARE(saved->id, alice);
    QCOMPARE(saved->displayName, u"Alice Liddell"_s);
    QCOMPARE(saved->addedAt, addedAt);
    QCOMPARE(store->accounts().size(), 3);

    QVERIFY(!store->saveAccount(Account{}));

    QCOMPARE(store->findAccount(QString::number(bob))->id, bob);
    QCOMPARE(store->findAccount(u"bob@social.example"_s)->id, bob);
    QCOMPARE(store->findAccount(u"@bob@social.example"_s)->id, bob);
    QCOMPARE(store->findAccount(u"bob"_s)->id, bob);
    QCOMPARE(store->findAccount(u"@BOB"_s)->id, bob);
    QCOMPARE(store->findAccount(u"alice@other.example"_s)->id, otherAlice);
    QVERIFY(!store->findAccount(u"alice"_s));  // two accounts named alice
    QVERIFY(!store->findAccount(u"carol"_s));
    QVERIFY(!store->findAccount(u"999"_s));
    QVERIFY(!store->findAccount(QString()));
}

void TestStore::removesAccountWithEverythingAndUnreferencedFiles()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 alice = addAccount(*store, u"100"_s, u"alice@social.example"_s);
    const qint64 bob = addAccount(*store, u"200"_s, u"bob@social.example"_s);

    Item own = makeItem(u"p1"_s, u"only alice has this"_s, kT0);
    own.media = {media(u"https://files.example/only.jpg"_s)};
    Item shared = makeItem(u"p2"_s, u"both have this"_s, kT0.addSecs(60));
    shared.media = {media(u"https://files.example/shared.jpg"_s)};
    QVERIFY(store->storeItemPage(alice, Collection::Posts, 1, {own, shared}, {}, {}));
    QVERIFY(store->storeItemPage(bob, Collection::Favourites, 2, {shared}, {}, {}));
    QVERIFY(store->storeContactPage(alice, Collection::Followers, 1,
                                    {person(u"7"_s, u"carol@x.example"_s)}, {}));
    const qint64 run = store->beginRun(alice, true).value();
    QVERIFY(run > 0);

    // "Download" every pending file of alice.
    QDir(m_dir->path()).mkpath(u"media"_s);
    QHash<QString, QString> pathByUrl;
    const QList<MediaFile> pending = store->pendingMedia(alice);
    QCOMPARE(pending.size(), 4); // two attachments, alice's avatar (author), carol's avatar
    for (const MediaFile &file : pending) {
        const QString relative = u"media/"_s + QString::number(file.id) + u".bin"_s;
        QFile out(QDir(m_dir->path()).filePath(relative));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("data");
        out.close();
        QVERIFY(store->recordMediaDownloaded(file.id, u"ab"_s + QString::number(file.id),
                                             relative, u"image/jpeg"_s, 4));
        pathByUrl.insert(file.remoteUrl, QDir(m_dir->path()).filePath(relative));
    }
    QVERIFY(store->pendingMedia(alice).isEmpty());
    QCOMPARE(store->pendingMedia(bob).size(), 0); // shared file and alice's avatar are done

    const Result<void> removed = store->removeAccount(alice);
    QVERIFY2(removed, qPrintable(removed.errorMessage()));
    QVERIFY(!store->account(alice));
    QCOMPARE(store->accounts().size(), 1);
    QCOMPARE(store->itemCount(alice), 0);
    QVERIFY(!store->item(alice, u"p1"_s));
    QCOMPARE(store->activeContactCount(alice, FollowDirection::Follower), 0);
    QVERIFY(store->runs(alice).isEmpty());
    QCOMPARE(store->contactEvents(alice, {}, {}).size(), 0);
    QVERIFY(store->search(searchQuery(u"alice"_s, alice, std::nullopt, 50))->isEmpty());

    // Bob still has the shared item (with its file) and alice as its author.
    QVERIFY(!QFile::exists(pathByUrl.value(u"https://files.example/only.jpg"_s)));
    QVERIFY(!QFile::exists(pathByUrl.value(u"https://files.example/avatars/7.png"_s)));
    QVERIFY(QFile::exists(pathByUrl.value(u"https://files.example/shared.jpg"_s)));
    QVERIFY(QFile::exists(pathByUrl.value(u"https://files.example/avatars/1.png"_s)));
    const auto bobsCopy = store->item(bob, u"p2"_s);
    QVERIFY(bobsCopy);
    QCOMPARE(bobsCopy->mediaFiles.size(), 1);
    QCOMPARE(bobsCopy->mediaFiles.first().sha256.isEmpty(), false);
    QCOMPARE(store->search(searchQuery(u"both"_s, std::nullopt, std::nullopt, 50))->size(), 1);

    QCOMPARE(store->removeAccount(alice).error().code, Error::Code::NotFound);
}

void TestStore::storesAppRegistrations()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(!store->appRegistration(u"mastodon"_s, u"https://social.example"_s));
    AppRegistration registration{u"mastodon"_s, u"https://social.example"_s, u"cid"_s,
                                 u"http://127.0.0.1/"_s, u"read"_s};
    QVERIFY(store->saveAppRegistration(registration));
    registration.clientId = u"cid2"_s;
    QVERIFY(store->saveAppRegistration(registration));
    const auto read = store->appRegistration(u"mastodon"_s, u"https://social.example"_s);
    QVERIFY(read);
    QCOMPARE(read->clientId, u"cid2"_s);
    QCOMPARE(read->redirectUri, u"http://127.0.0.1/"_s);
    QCOMPARE(read->scopes, u"read"_s);
}

// --- Writing pages --------------------------------------------------------------------------

void TestStore::countsAddedAndAlreadyMembers()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);

    Item boosted = makeItem(u"orig"_s, u"the boosted original"_s, kT0,
                            person(u"9"_s, u"dora@else.example"_s, u"Dora"_s));
    Item boost = makeItem(u"b1"_s, QString(), kT0.addSecs(10));
    boost.kind = ItemKind::Boost;
    boost.boostOfId = u"orig"_s;

    Result<PageWrite> first = store->storeItemPage(
        account, Collection::Posts, 1,
        {makeItem(u"p1"_s, u"one"_s, kT0), makeItem(u"p2"_s, u"two"_s, kT0.addSecs(5)), boost},
        {boosted}, {});
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->added, 3);
    QCOMPARE(first->alreadyMembers, 0);
    QCOMPARE(first->edited, 0);

    QVERIFY(store->hasItem(account, u"orig"_s));
    QVERIFY(!store->isMember(account, Collection::Posts, u"orig"_s));
    QVERIFY(store->isMember(account, Collection::Posts, u"b1"_s));
    QVERIFY(!store->isMember(account, Collection::Favourites, u"p1"_s));
    QCOMPARE(store->itemCount(account), 4);
    QCOMPARE(store->itemCount(account, Collection::Posts), 3);
    QCOMPARE(store->item(account, u"orig"_s)->author.handle, u"dora@else.example"_s);
    QCOMPARE(store->item(account, u"b1"_s)->kind, ItemKind::Boost);

    Result<PageWrite> second = store->storeItemPage(
        account, Collection::Posts, 2,
        {makeItem(u"p2"_s, u"two"_s, kT0.addSecs(5)), makeItem(u"p3"_s, u"three"_s, kT0.addSecs(20))},
        {}, {});
    QVERIFY(second);
    QCOMPARE(second->added, 1);
    QCOMPARE(second->alreadyMembers, 1);
    QCOMPARE(second->edited, 0);

    // The same item in another collection is a new member there.
    Result<PageWrite> favourites = store->storeItemPage(
        account, Collection::Favourites, 2, {makeItem(u"orig"_s, u"the boosted original"_s, kT0,
                                                     person(u"9"_s, u"dora@else.example"_s))},
        {}, {});
    QVERIFY(favourites);
    QCOMPARE(favourites->added, 1);
    QCOMPARE(store->itemCount(account), 5);
}

void TestStore::keepsEarlierVersionsOfEditedItems()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    Item item = makeItem(u"p1"_s, u"original text"_s, kT0);
    item.favouriteCount = 1;
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1, {item}, {}, {}));
    const QDateTime firstSeen = store->item(account, u"p1"_s)->firstSeenAt;
    QVERIFY(firstSeen.isValid());

    // Only counts changed: not an edit, but counts and raw JSON are updated.
    item.favouriteCount = 5;
    item.rawJson = R"({"id":"p1","favourites_count":5})";
    Result<PageWrite> counts = store->storeItemPage(account, Collection::Posts, 2, {item}, {}, {});
    QVERIFY(counts);
    QCOMPARE(counts->edited, 0);
    QCOMPARE(store->item(account, u"p1"_s)->favouriteCount, 5);
    QCOMPARE(store->item(account, u"p1"_s)->rawJson, item.rawJson);
    QVERIFY(store->itemVersions(account, u"p1"_s).isEmpty());

    Item edited = item;
    edited.text = u"corrected text"_s;
    edited.html = u"<p>corrected text</p>"_s;
    edited.editedAt = kT0.addSecs(3600);
    edited.rawJson = R"({"id":"p1","edited":true})";
    Result<PageWrite> write = store->storeItemPage(account, Collection::Posts, 3, {edited}, {}, {});
    QVERIFY(write);
    QCOMPARE(write->edited, 1);
    QCOMPARE(write->alreadyMembers, 1);

    Item spoilered = edited;
    spoilered.spoilerText = u"cw"_s;
    QCOMPARE(store->storeItemPage(account, Collection::Posts, 4, {spoilered}, {}, {})->edited, 1);

    const auto current = store->item(account, u"p1"_s);
    QCOMPARE(current->text, u"corrected text"_s);
    QCOMPARE(current->spoilerText, u"cw"_s);
    QCOMPARE(current->editedAt, kT0.addSecs(3600));
    QCOMPARE(current->firstSeenAt, firstSeen);

    const QList<ItemVersion> versions = store->itemVersions(account, u"p1"_s);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).text, u"original text"_s);
    QCOMPARE(versions.at(0).html, u"<p>original text</p>"_s);
    QVERIFY(!versions.at(0).editedAt.isValid());
    QCOMPARE(versions.at(0).capturedAt, firstSeen);
    QCOMPARE(versions.at(0).rawJson, item.rawJson);
    QCOMPARE(versions.at(1).text, u"corrected text"_s);
    QVERIFY(versions.at(1).spoilerText.isEmpty());
    QCOMPARE(versions.at(1).editedAt, kT0.addSecs(3600));
}

void TestStore::marksUnseenItemsDeletedAndUnmarksThem()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"stays"_s, kT0),
                                  makeItem(u"p2"_s, u"goes"_s, kT0.addSecs(1))},
                                 {}, {}));
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Posts, 1, kT0.addDays(1)).value(), 0);

    QVERIFY(store->storeItemPage(account, Collection::Posts, 2,
                                 {makeItem(u"p1"_s, u"stays"_s, kT0)}, {}, {}));
    const QDateTime noticed = kT0.addDays(2);
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Posts, 2, noticed).value(), 1);
    QCOMPARE(store->item(account, u"p2"_s)->deletedAt, noticed);
    QVERIFY(!store->item(account, u"p1"_s)->deletedAt.isValid());
    QVERIFY(!store->isMember(account, Collection::Posts, u"p2"_s));
    // Already marked: not counted again.
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Posts, 2, noticed).value(), 0);

    int all = 0, present = 0;
    QVERIFY(store->forEachItem({account, Collection::Posts, {}, {}, true},
                               [&](const Item &) { return ++all; }));
    QVERIFY(store->forEachItem({account, Collection::Posts, {}, {}, false},
                               [&](const Item &) { return ++present; }));
    QCOMPARE(all, 2);
    QCOMPARE(present, 1);

    // Seen again (e.g. it was only hidden for a while): un-marked and counted as added.
    Result<PageWrite> again = store->storeItemPage(account, Collection::Posts, 3,
                                                   {makeItem(u"p2"_s, u"goes"_s, kT0.addSecs(1))},
                                                   {}, {});
    QVERIFY(again);
    QCOMPARE(again->added, 1);
    QCOMPARE(again->alreadyMembers, 0);
    QVERIFY(!store->item(account, u"p2"_s)->deletedAt.isValid());
    QVERIFY(store->isMember(account, Collection::Posts, u"p2"_s));
}

void TestStore::marksFavouritesRemovedWithoutDeletingItems()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeItemPage(account, Collection::Favourites, 1,
                                 {makeItem(u"f1"_s, u"liked"_s, kT0)}, {}, {}));
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Favourites, 2, kT0).value(), 1);
    QVERIFY(!store->isMember(account, Collection::Favourites, u"f1"_s));
    QVERIFY(!store->item(account, u"f1"_s)->deletedAt.isValid());
}

void TestStore::tracksContactsWithEvents()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    const Person a = person(u"11"_s, u"anna@x.example"_s, u"Anna"_s);
    const Person b = person(u"12"_s, u"ben@y.example"_s, u"Ben"_s);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Result<PageWrite> first = store->storeContactPage(account, Collection::Followers, 1, {a, b}, {});
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->added, 2);
    QCOMPARE(store->activeContactCount(account, FollowDirection::Follower), 2);
    QCOMPARE(store->activeContactCount(account, FollowDirection::Following), 0);
    QVERIFY(store->isMember(account, Collection::Followers, u"11"_s));
    QVERIFY(!store->isMember(account, Collection::Following, u"11"_s));

    QList<ContactEvent> events = store->contactEvents(account, {}, {});
    QCOMPARE(events.size(), 2);
    for (const ContactEvent &event : events) {
        QCOMPARE(event.type, ContactEvent::Type::Started);
        QCOMPARE(event.direction, FollowDirection::Follower);
        QVERIFY(event.noticedAt >= before);
    }

    // Run 2 sees only Anna: Ben unfollowed.
    Result<PageWrite> second = store->storeContactPage(account, Collection::Followers, 2, {a}, {});
    QCOMPARE(second->alreadyMembers, 1);
    QCOMPARE(second->added, 0);
    const QDateTime noticed = QDateTime::currentDateTimeUtc();
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Followers, 2, noticed).value(), 1);
    QCOMPARE(store->activeContactCount(account, FollowDirection::Follower), 1);
    QVERIFY(!store->isMember(account, Collection::Followers, u"12"_s));
    events = store->contactEvents(account, noticed, noticed.addMSecs(1));
    events.removeIf([](const ContactEvent &e) { return e.type != ContactEvent::Type::Ended; });
    QCOMPARE(events.size(), 1);
    QCOMPARE(store->contactEvents(account, noticed.addMSecs(1), {}).size(), 0);
    QCOMPARE(events.first().person.handle, u"ben@y.example"_s);
    QCOMPARE(events.first().noticedAt, noticed);

    // Run 3: Ben follows again.
    Result<PageWrite> third = store->storeContactPage(account, Collection::Followers, 3, {a, b}, {});
    QCOMPARE(third->added, 1);
    QCOMPARE(third->alreadyMembers, 1);
    QCOMPARE(store->activeContactCount(account, FollowDirection::Follower), 2);
    events = store->contactEvents(account, {}, {});
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.last().type, ContactEvent::Type::Started);
    QCOMPARE(events.last().person.platformId, u"12"_s);

    QVERIFY(!store->storeContactPage(account, Collection::Posts, 3, {a}, {}));
}

void TestStore::roundTripsSyncStateWithPage()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->syncState(account, Collection::Posts).resumeCursor.isEmpty());
    QVERIFY(!store->syncState(account, Collection::Posts).everCompleted);

    SyncState state;
    state.resumeCursor = u"max_id=123"_s;
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"x"_s, kT0)}, {}, state));
    QCOMPARE(store->syncState(account, Collection::Posts).resumeCursor, u"max_id=123"_s);
    QVERIFY(store->syncState(account, Collection::Favourites).resumeCursor.isEmpty());

    SyncState done;
    done.everCompleted = true;
    done.lastCompletedAt = kT0.addDays(3);
    QVERIFY(store->saveSyncState(account, Collection::Posts, done));
    const SyncState read = store->syncState(account, Collection::Posts);
    QVERIFY(read.resumeCursor.isEmpty());
    QVERIFY(read.everCompleted);
    QCOMPARE(read.lastCompletedAt, kT0.addDays(3));

    SyncState followers;
    followers.resumeCursor = u"page2"_s;
    QVERIFY(store->storeContactPage(account, Collection::Followers, 1,
                                    {person(u"5"_s, u"e@x.example"_s)}, followers));
    QCOMPARE(store->syncState(account, Collection::Followers).resumeCursor, u"page2"_s);
    QVERIFY(!store->saveSyncState(4242, Collection::Posts, done));
}

void TestStore::failedPageLeavesEverythingIntact()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    SyncState before;
    before.resumeCursor = u"before"_s;
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"kept"_s, kT0)}, {}, before));

    SyncState after;
    after.resumeCursor = u"after"_s;
    Item edited = makeItem(u"p1"_s, u"changed in the failing page"_s, kT0);
    edited.media = {media(u"https://files.example/new.jpg"_s)};
    Item broken = makeItem(QString(), u"no id"_s, kT0);
    const Result<PageWrite> failed = store->storeItemPage(
        account, Collection::Posts, 2, {makeItem(u"p2"_s, u"new"_s, kT0), edited, broken}, {},
        after);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, Error::Code::InvalidInput);
    QVERIFY2(failed.errorMessage().contains(u"posts"_s), qPrintable(failed.errorMessage()));

    QCOMPARE(store->syncState(account, Collection::Posts).resumeCursor, u"before"_s);
    QVERIFY(!store->hasItem(account, u"p2"_s));
    QCOMPARE(store->item(account, u"p1"_s)->text, u"kept"_s);
    QVERIFY(store->itemVersions(account, u"p1"_s).isEmpty());
    QCOMPARE(store->pendingMedia(account).size(), 1); // only the author's avatar
    QVERIFY(store->search(searchQuery(u"changed"_s, std::nullopt, std::nullopt, 50))->isEmpty());
    QCOMPARE(store->search(searchQuery(u"kept"_s, std::nullopt, std::nullopt, 50))->size(), 1);

    // An item of an unknown account fails too, without side effects.
    QCOMPARE(store->storeItemPage(999, Collection::Posts, 2, {makeItem(u"p9"_s, u"x"_s, kT0)},
                                  {}, after)
                 .error()
                 .code,
             Error::Code::NotFound);

    // The store is usable afterwards (no transaction left open).
    QVERIFY(store->storeItemPage(account, Collection::Posts, 3,
                                 {makeItem(u"p2"_s, u"new"_s, kT0)}, {}, after));
    QCOMPARE(store->syncState(account, Collection::Posts).resumeCursor, u"after"_s);
}

void TestStore::rejectsContactCollectionForItems()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    const auto result = store->storeItemPage(account, Collection::Followers, 1,
                                             {makeItem(u"p1"_s, u"x"_s, kT0)}, {}, {});
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY(!store->hasItem(account, u"p1"_s));
}

// --- Media ----------------------------------------------------------------------------------

void TestStore::listsPendingMediaDedupedByUrl()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 alice = addAccount(*store, u"100"_s, u"alice@social.example"_s);
    const qint64 bob = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    Person noAvatar = person(u"1"_s, u"alice@social.example"_s);
    noAvatar.avatarUrl.clear();

    Item a = makeItem(u"a"_s, u"a"_s, kT0, noAvatar);
    a.media = {media(u"https://f.example/1.jpg"_s, u"alt one"_s),
               media(u"https://f.example/2.jpg"_s)};
    Item b = makeItem(u"b"_s, u"b"_s, kT0, noAvatar);
    b.media = {media(u"https://f.example/2.jpg"_s)}; // same URL as a's second
    QVERIFY(store->storeItemPage(alice, Collection::Posts, 1, {a, b}, {}, {}));
    QVERIFY(store->storeItemPage(bob, Collection::Posts, 1, {b}, {}, {}));

    QList<MediaFile> pending = store->pendingMedia(alice);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(store->pendingMedia(bob).size(), 1);
    QCOMPARE(store->pendingMedia(bob).first().id, store->item(alice, u"b"_s)->mediaFiles.first().id);
    QCOMPARE(store->pendingMedia(alice, 1).size(), 1);

    const auto readA = store->item(alice, u"a"_s);
    QCOMPARE(readA->media.size(), 2);
    QCOMPARE(readA->media.at(0).remoteUrl, u"https://f.example/1.jpg"_s);
    QCOMPARE(readA->media.at(0).description, u"alt one"_s);
    QCOMPARE(readA->media.at(0).previewUrl, u"https://f.example/1.jpg?small"_s);
    QCOMPARE(readA->media.at(0).type, u"image"_s);
    QCOMPARE(readA->mediaFiles.size(), 2);
    QCOMPARE(readA->mediaFiles.at(1).remoteUrl, u"https://f.example/2.jpg"_s);

    // Reordering attachments in an edit is kept.
    a.media = {a.media.at(1), a.media.at(0)};
    QVERIFY(store->storeItemPage(alice, Collection::Posts, 2, {a}, {}, {}));
    QCOMPARE(store->item(alice, u"a"_s)->media.at(0).remoteUrl, u"https://f.example/2.jpg"_s);
    QCOMPARE(store->pendingMedia(alice).size(), 2);
}

void TestStore::recordsMediaDownloadsAndFailures()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    Person author = person(u"1"_s, u"alice@social.example"_s);
    author.avatarUrl.clear();
    Item item = makeItem(u"a"_s, u"a"_s, kT0, author);
    item.media = {media(u"https://f.example/1.jpg"_s), media(u"https://f.example/2.jpg"_s),
                  media(u"https://f.example/3.jpg"_s)};
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1, {item}, {}, {}));
    const QList<MediaFile> pending = store->pendingMedia(account);
    QCOMPARE(pending.size(), 3);

    QVERIFY(store->recordMediaFailed(pending.at(0).id, u"HTTP 404"_s));
    QVERIFY(store->recordMediaFailed(pending.at(0).id, u"HTTP 500"_s));
    QVERIFY(store->recordMediaFailed(pending.at(1).id, u"timeout"_s));
    QVERIFY(store->recordMediaDownloaded(pending.at(2).id, u"cafe"_s, u"media/ca/cafe.jpg"_s,
                                         u"image/jpeg"_s, 1234));

    const QList<MediaFile> left = store->pendingMedia(account);
    QCOMPARE(left.size(), 2); // failed ones stay pending, fewest attempts first
    QCOMPARE(left.at(0).id, pending.at(1).id);
    QCOMPARE(left.at(0).attempts, 1);
    QCOMPARE(left.at(0).lastError, u"timeout"_s);
    QCOMPARE(left.at(1).id, pending.at(0).id);
    QCOMPARE(left.at(1).attempts, 2);
    QCOMPARE(left.at(1).lastError, u"HTTP 500"_s);

    const auto read = store->item(account, u"a"_s);
    QCOMPARE(read->mediaFiles.at(2).sha256, u"cafe"_s);
    QCOMPARE(read->mediaFiles.at(2).localPath, u"media/ca/cafe.jpg"_s);
    QCOMPARE(read->mediaFiles.at(2).mimeType, u"image/jpeg"_s);
    QCOMPARE(read->mediaFiles.at(2).size, 1234);
    QVERIFY(read->mediaFiles.at(2).lastError.isEmpty());

    QCOMPARE(store->recordMediaFailed(99999, u"x"_s).error().code, Error::Code::NotFound);
    QCOMPARE(store->recordMediaDownloaded(pending.at(0).id, u"ab"_s, u"../outside"_s,
                                          u"x/y"_s, 1)
                 .error()
                 .code,
             Error::Code::InvalidInput);
    QCOMPARE(store->recordMediaDownloaded(pending.at(0).id, u"ab"_s, u"/etc/passwd"_s,
                                          u"x/y"_s, 1)
                 .error()
                 .code,
             Error::Code::InvalidInput);
}

// --- Reading --------------------------------------------------------------------------------

void TestStore::streamsItemsWithFilters()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    const qint64 other = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    // Stored out of order; read back ordered by createdAt.
    Item withMedia = makeItem(u"p3"_s, u"third"_s, kT0.addDays(2));
    withMedia.media = {media(u"https://f.example/x.jpg"_s, u"a cat"_s)};
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {withMedia, makeItem(u"p1"_s, u"first"_s, kT0),
                                  makeItem(u"p2"_s, u"second"_s, kT0.addDays(1))},
                                 {makeItem(u"r1"_s, u"related"_s, kT0.addSecs(1))}, {}));
    QVERIFY(store->storeItemPage(account, Collection::Bookmarks, 1,
                                 {makeItem(u"p2"_s, u"second"_s, kT0.addDays(1))}, {}, {}));
    QVERIFY(store->storeItemPage(other, Collection::Posts, 1,
                                 {makeItem(u"o1"_s, u"other"_s, kT0)}, {}, {}));

    const auto collect = [&](const ItemFilter &filter) {
        QStringList ids;
        const Result<void> r = store->forEachItem(filter, [&](const Item &item) {
            ids.append(item.platformId);
            return true;
        });
        if (!r)
            ids.append(u"ERROR "_s + r.errorMessage());
        return ids;
    };
    QCOMPARE(collect({account, std::nullopt, {}, {}, true}),
             (QStringList{u"p1"_s, u"r1"_s, u"p2"_s, u"p3"_s}));
    QCOMPARE(collect({account, Collection::Posts, {}, {}, true}),
             (QStringList{u"p1"_s, u"p2"_s, u"p3"_s}));
    QCOMPARE(collect({account, Collection::Bookmarks, {}, {}, true}), QStringList{u"p2"_s});
    QCOMPARE(collect({account, Collection::Posts, kT0.addDays(1), {}, true}),
             (QStringList{u"p2"_s, u"p3"_s}));
    QCOMPARE(collect({account, Collection::Posts, kT0, kT0.addDays(2), true}),
             (QStringList{u"p1"_s, u"p2"_s}));
    QCOMPARE(collect({account, Collection::Favourites, {}, {}, true}), QStringList());
    QCOMPARE(collect({other, Collection::Posts, {}, {}, true}), QStringList{u"o1"_s});
    QVERIFY(!store->forEachItem({account, Collection::Followers, {}, {}, true},
                                [](const Item &) { return true; }));

    // Stopping early.
    int visited = 0;
    QVERIFY(store->forEachItem({account, std::nullopt, {}, {}, true},
                               [&](const Item &) { return ++visited < 2; }));
    QCOMPARE(visited, 2);

    // Items carry everything.
    std::optional<Item> last;
    QVERIFY(store->forEachItem({account, Collection::Posts, kT0.addDays(2), {}, true},
                               [&](const Item &item) {
                                   last = item;
                                   return true;
                               }));
    QVERIFY(last);
    QVERIFY(last->id > 0);
    QCOMPARE(last->text, u"third"_s);
    QCOMPARE(last->html, u"<p>third</p>"_s);
    QCOMPARE(last->createdAt, kT0.addDays(2));
    QCOMPARE(last->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(last->author.handle, u"alice@social.example"_s);
    QCOMPARE(last->author.displayName, u"Alice"_s);
    QCOMPARE(last->author.platformId, u"1"_s);
    QVERIFY(last->author.id > 0);
    QCOMPARE(last->media.size(), 1);
    QCOMPARE(last->media.first().description, u"a cat"_s);
    QCOMPARE(last->mediaFiles.size(), 1);
    QCOMPARE(last->rawJson, withMedia.rawJson);
    QCOMPARE(last->url, withMedia.url);
    QCOMPARE(last->language, u"de"_s);
    QVERIFY(last->firstSeenAt.isValid());
    QVERIFY(!last->deletedAt.isValid());
}

void TestStore::streamsContactsWithFilters()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeContactPage(account, Collection::Following, 1,
                                    {person(u"1"_s, u"a@x.example"_s), person(u"2"_s, u"b@x.example"_s)},
                                    {}));
    QVERIFY(store->storeContactPage(account, Collection::Following, 2,
                                    {person(u"1"_s, u"a@x.example"_s)}, {}));
    QCOMPARE(store->markUnseenAsRemoved(account, Collection::Following, 2, {}).value(), 1);

    QStringList all, active;
    QVERIFY(store->forEachContact({account, FollowDirection::Following, {}, {}, true},
                                  [&](const Contact &c) {
                                      all.append(c.person.handle
                                                 + (c.unfollowedAt.isValid() ? u"-"_s : u"+"_s));
                                      return c.firstSeen.isValid();
                                  }));
    QVERIFY(store->forEachContact({account, FollowDirection::Following, {}, {}, false},
                                  [&](const Contact &c) {
                                      active.append(c.person.handle);
                                      return true;
                                  }));
    QCOMPARE(all, (QStringList{u"a@x.example+"_s, u"b@x.example-"_s}));
    QCOMPARE(active, QStringList{u"a@x.example"_s});

    int followers = 0;
    QVERIFY(store->forEachContact({account, FollowDirection::Follower, {}, {}, true},
                                  [&](const Contact &) { return ++followers; }));
    QCOMPARE(followers, 0);
    int future = 0;
    QVERIFY(store->forEachContact(
        {account, FollowDirection::Following, QDateTime::currentDateTimeUtc().addDays(1), {}, true},
        [&](const Contact &) { return ++future; }));
    QCOMPARE(future, 0);
}

void TestStore::readsConversations()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    Item m1 = makeItem(u"m1"_s, u"hi"_s, kT0);
    Item m2 = makeItem(u"m2"_s, u"hello back"_s, kT0.addSecs(30),
                       person(u"2"_s, u"bob@x.example"_s));
    Item m3 = makeItem(u"m3"_s, u"elsewhere"_s, kT0.addSecs(10));
    m1.kind = m2.kind = m3.kind = ItemKind::Message;
    m1.conversationId = m2.conversationId = u"c1"_s;
    m3.conversationId = u"c2"_s;
    m2.inReplyToId = u"m1"_s;
    QVERIFY(store->storeItemPage(account, Collection::Messages, 1, {m2, m3, m1}, {}, {}));
    const QList<Item> thread = store->conversation(account, u"c1"_s);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.at(0).platformId, u"m1"_s);
    QCOMPARE(thread.at(1).platformId, u"m2"_s);
    QCOMPARE(thread.at(1).inReplyToId, u"m1"_s);
    QCOMPARE(thread.at(1).author.handle, u"bob@x.example"_s);
    QVERIFY(store->conversation(account, QString()).isEmpty());
}

// --- Search ---------------------------------------------------------------------------------

void TestStore::searchesFoldedText()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"Wir fahren nach Köln."_s, kT0),
                                  makeItem(u"p2"_s, u"Die Straße ist nass"_s, kT0),
                                  makeItem(u"p3"_s, u"Viele grüße aus Ærøskøbing"_s, kT0),
                                  makeItem(u"p4"_s, u"nothing relevant"_s, kT0)},
                                 {}, {}));
    const auto idsFor = [&](const QString &text) {
        const Result<QList<SearchHit>> hits = store->search(searchQuery(text, std::nullopt, std::nullopt, 50));
        QStringList ids;
        if (!hits)
            return QStringList{u"ERROR "_s + hits.errorMessage()};
        for (const SearchHit &hit : hits.value())
            ids.append(hit.item.platformId);
        return ids;
    };
    QCOMPARE(idsFor(u"koln"_s), QStringList{u"p1"_s});
    QCOMPARE(idsFor(u"KÖLN"_s), QStringList{u"p1"_s});
    QCOMPARE(idsFor(u"strasse"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"Strasse"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"straße"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"GRÜSSE"_s), QStringList{u"p3"_s});
    QCOMPARE(idsFor(u"grusse"_s), QStringList{u"p3"_s});
    QCOMPARE(idsFor(u"aeroskobing"_s), QStringList{u"p3"_s});
    QCOMPARE(idsFor(u"nach koln"_s), QStringList{u"p1"_s});   // words are ANDed
    QCOMPARE(idsFor(u"nach strasse"_s), QStringList());
    QCOMPARE(idsFor(QString()), QStringList());

    const auto hits = store->search(searchQuery(u"koln"_s, std::nullopt, std::nullopt, 50));
    QCOMPARE(hits->first().accountId, account);
    QCOMPARE(hits->first().item.text, u"Wir fahren nach Köln."_s);
    QCOMPARE(hits->first().item.author.handle, u"alice@social.example"_s);
}

void TestStore::searchesPrefixesAndAuthors()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    Item spoiler = makeItem(u"p3"_s, u"behind a warning"_s, kT0);
    spoiler.spoilerText = u"Spoiler über Filme"_s;
    QVERIFY(store->storeItemPage(
        account, Collection::Posts, 1,
        {makeItem(u"p1"_s, u"Die Straße"_s, kT0.addSecs(1)),
         makeItem(u"p2"_s, u"Strand und Meer"_s, kT0.addSecs(2),
                  person(u"5"_s, u"zoe@beach.example"_s, u"Zoë Sandström"_s)),
         spoiler},
        {}, {}));
    const auto idsFor = [&](const QString &text) {
        QStringList ids;
        const Result<QList<SearchHit>> hits = store->search(searchQuery(text, std::nullopt, std::nullopt, 50));
        for (const SearchHit &hit : hits.value())
            ids.append(hit.item.platformId);
        ids.sort();
        return ids;
    };
    QCOMPARE(idsFor(u"stra*"_s), (QStringList{u"p1"_s, u"p2"_s}));
    QCOMPARE(idsFor(u"stra"_s), QStringList());
    QCOMPARE(idsFor(u"zoe"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"sandstrom"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"@zoe@beach.example"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"zoe meer"_s), QStringList{u"p2"_s});
    QCOMPARE(idsFor(u"alice"_s), (QStringList{u"p1"_s, u"p3"_s}));
    QCOMPARE(idsFor(u"uber"_s), QStringList{u"p3"_s});

    // A renamed author is found under the new name only.
    Item renamed = makeItem(u"p4"_s, u"new post"_s, kT0.addSecs(3),
                            person(u"5"_s, u"zoe@beach.example"_s, u"Zoë Lindqvist"_s));
    QVERIFY(store->storeItemPage(account, Collection::Posts, 2, {renamed}, {}, {}));
    QCOMPARE(idsFor(u"lindqvist"_s), (QStringList{u"p2"_s, u"p4"_s}));
    QCOMPARE(idsFor(u"sandstrom"_s), QStringList());
}

void TestStore::searchSurvivesHostileInput()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"Say \"OR\" near the end (maybe) - ok"_s, kT0)},
                                 {}, {}));
    const QStringList inputs = {u"\" OR * NEAR( -"_s, u"\""_s, u"*"_s, u"NEAR"_s,
                                u"col:value"_s, u"(a OR b)"_s, u"-x"_s, u"AND"_s,
                                u"^start"_s, u"a\"b"_s, u"'; DROP TABLE items; --"_s,
                                u"\u0000"_s, u"🍵*"_s, u"x y z NOT"_s};
    for (const QString &input : inputs) {
        const Result<QList<SearchHit>> hits =
            store->search(searchQuery(input, std::nullopt, std::nullopt, 50));
        QVERIFY2(hits, qPrintable(input + u": "_s + hits.errorMessage()));
    }
    QCOMPARE(store->search(searchQuery(u"\"OR\""_s, std::nullopt, std::nullopt, 50))->size(), 1);
    QCOMPARE(store->search(searchQuery(u"(maybe)"_s, std::nullopt, std::nullopt, 50))->size(), 1);
    QCOMPARE(store->search(searchQuery(u"NEAR("_s, std::nullopt, std::nullopt, 50))->size(), 1);
    QVERIFY(store->hasItem(account, u"p1"_s));
}

void TestStore::searchFiltersByAccountAndCollection()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 alice = addAccount(*store, u"100"_s, u"alice@social.example"_s);
    const qint64 bob = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    QVERIFY(store->storeItemPage(alice, Collection::Posts, 1,
                                 {makeItem(u"a1"_s, u"Kaffee am Morgen"_s, kT0)}, {}, {}));
    QVERIFY(store->storeItemPage(alice, Collection::Bookmarks, 1,
                                 {makeItem(u"a2"_s, u"Kaffee Kaffee Kaffee"_s, kT0)}, {}, {}));
    QVERIFY(store->storeItemPage(bob, Collection::Posts, 1,
                                 {makeItem(u"b1"_s, u"Kaffee am Abend"_s, kT0)}, {}, {}));

    const auto all = store->search(searchQuery(u"kaffee"_s, std::nullopt, std::nullopt, 50));
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().item.platformId, u"a2"_s); // best bm25 rank first
    QVERIFY(all->at(0).rank <= all->at(1).rank);
    QVERIFY(all->at(1).rank <= all->at(2).rank);

    const auto onlyBob = store->search(searchQuery(u"kaffee"_s, bob, std::nullopt, 50));
    QCOMPARE(onlyBob->size(), 1);
    QCOMPARE(onlyBob->first().accountId, bob);
    QCOMPARE(onlyBob->first().item.platformId, u"b1"_s);

    const auto alicePosts = store->search(searchQuery(u"kaffee"_s, alice, Collection::Posts, 50));
    QCOMPARE(alicePosts->size(), 1);
    QCOMPARE(alicePosts->first().item.platformId, u"a1"_s);
    QCOMPARE(store->search(searchQuery(u"kaffee"_s, std::nullopt, Collection::Posts, 50))->size(), 2);
    QCOMPARE(store->search(searchQuery(u"kaffee"_s, std::nullopt, std::nullopt, 1))->size(), 1);
    QVERIFY(store->search(searchQuery(u"kaffee"_s, std::nullopt, Collection::Followers, 50))->isEmpty());
}

void TestStore::searchFollowsEditsAndRemoval()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1,
                                 {makeItem(u"p1"_s, u"Tippfehlr"_s, kT0)}, {}, {}));
    QCOMPARE(store->search(searchQuery(u"tippfehlr"_s, std::nullopt, std::nullopt, 50))->size(), 1);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 2,
                                 {makeItem(u"p1"_s, u"Tippfehler"_s, kT0)}, {}, {}));
    QCOMPARE(store->search(searchQuery(u"tippfehlr"_s, std::nullopt, std::nullopt, 50))->size(), 0);
    QCOMPARE(store->search(searchQuery(u"tippfehler"_s, std::nullopt, std::nullopt, 50))->size(), 1);
    QVERIFY(store->removeAccount(account));
    QCOMPARE(store->search(searchQuery(u"tippfehler"_s, std::nullopt, std::nullopt, 50))->size(), 0);

    // The index works on after the last account with items is gone (it was re-created).
    const qint64 again = addAccount(*store, u"101"_s, u"alice2@social.example"_s);
    QVERIFY(store->storeItemPage(again, Collection::Posts, 3,
                                 {makeItem(u"p1"_s, u"Tippfehler"_s, kT0)}, {}, {}));
    QCOMPARE(store->search(searchQuery(u"tippfehler"_s, std::nullopt, std::nullopt, 50))->size(), 1);
    QCOMPARE(store->search(searchQuery(u"KÖLN"_s, std::nullopt, std::nullopt, 50))->size(), 0);
}

void TestStore::searchRanksNewestMatchesOfVeryCommonWords()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    // More matches than the ranking window (2000): only the newest are ranked.
    QList<Item> items;
    for (int i = 0; i < 2500; ++i)
        items.append(makeItem(u"c"_s + QString::number(i), u"gemein text nummer"_s + QString::number(i),
                              kT0.addSecs(i)));
    items.append(makeItem(u"old"_s, u"gemein gemein gemein selten"_s, kT0.addDays(-30)));
    items.append(makeItem(u"new"_s, u"gemein gemein gemein selten"_s, kT0.addDays(30)));
    items.append(makeItem(u"mid"_s, u"gemein selten"_s, kT0.addDays(1)));
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1, items, {}, {}));

    const auto hits = store->search(searchQuery(u"gemein"_s, std::nullopt, std::nullopt, 10));
    QVERIFY2(hits, qPrintable(hits.errorMessage()));
    QCOMPARE(hits->size(), 10);
    QCOMPARE(hits->first().item.platformId, u"new"_s);
    for (const SearchHit &hit : hits.value())
        QVERIFY(hit.item.platformId != u"old"_s);
    const auto filtered = store->search(searchQuery(u"gemein"_s, account, Collection::Posts, 10));
    QCOMPARE(filtered->size(), 10);
    QCOMPARE(filtered->first().item.platformId, u"new"_s);
    // Fewer matches than the window: all are ranked, the old one included.
    const auto few = store->search(searchQuery(u"gemein selten"_s, std::nullopt, std::nullopt, 5));
    QStringList ids;
    for (const SearchHit &hit : few.value())
        ids.append(hit.item.platformId);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.first(), u"mid"_s); // shortest text
    QVERIFY(ids.contains(u"old"_s));
    QCOMPARE(store->search(searchQuery(u"gemein nummer1*"_s, std::nullopt, std::nullopt, 5))->size(), 5);
}

void TestStore::itemIdsFollowCreationTime()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    // Stored newest first (as a walk of a timeline goes), and 1100 in the same second.
    QList<Item> items{makeItem(u"late"_s, u"x"_s, kT0.addDays(2)),
                      makeItem(u"early"_s, u"x"_s, kT0.addDays(-2))};
    Item undated = makeItem(u"undated"_s, u"x"_s, QDateTime());
    items.append(undated);
    for (int i = 0; i < 1100; ++i)
        items.append(makeItem(u"same"_s + QString::number(i), u"x"_s, kT0));
    const Result<PageWrite> written =
        store->storeItemPage(account, Collection::Posts, 1, items, {}, {});
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->added, 1103);
    const qint64 early = store->item(account, u"early"_s)->id;
    const qint64 late = store->item(account, u"late"_s)->id;
    const qint64 same0 = store->item(account, u"same0"_s)->id;
    QVERIFY(early > 0);
    QVERIFY(early < same0);
    QVERIFY(same0 < late);
    QVERIFY(store->item(account, u"undated"_s)->id > 0);
    QSet<qint64> ids;
    QVERIFY(store->forEachItem({account, std::nullopt, {}, {}, true}, [&](const Item &item) {
        ids.insert(item.id);
        return true;
    }));
    QCOMPARE(ids.size(), 1103);
}

// --- Runs -----------------------------------------------------------------------------------

void TestStore::recordsRepoSnapshotsOnceAndDeletesThemWithTheAccount()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 alice = addAccount(*store, u"100"_s, u"alice@social.example"_s);
    const qint64 bob = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    const qint64 run = store->beginRun(alice, true).value();
    QDir data(m_dir->path());
    QVERIFY(data.mkpath(u"snapshots/alice"_s) && data.mkpath(u"snapshots/bob"_s));
    for (const QString &name : {u"snapshots/alice/3kaaa.car"_s, u"snapshots/alice/3kaaa.records.jsonl"_s,
                                u"snapshots/alice/3kbbb.car"_s, u"snapshots/bob/3kccc.car"_s}) {
        QFile file(data.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("car");
    }
    RepoSnapshot first{0, alice, run, u"3kaaa"_s, u"snapshots/alice/3kaaa.car"_s, u"aa11"_s, 3, kT0};
    const qint64 firstId = store->recordRepoSnapshot(first).value();
    // The same file again (a later run with the same revision) is recorded once.
    RepoSnapshot again = first;
    again.capturedAt = kT0.addDays(1);
    QCOMPARE(store->recordRepoSnapshot(again).value(), firstId);
    RepoSnapshot second{0, alice, 0, u"3kbbb"_s, u"snapshots/alice/3kbbb.car"_s, u"bb22"_s, 3, kT0.addSecs(60)};
    QVERIFY(store->recordRepoSnapshot(second));
    QVERIFY(store->recordRepoSnapshot({0, bob, 0, u"3kccc"_s, u"snapshots/bob/3kccc.car"_s, u"cc33"_s, 3, kT0}));

    const QList<RepoSnapshot> snapshots = store->repoSnapshots(alice);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots.at(0).revision, u"3kbbb"_s); // newest first
    QCOMPARE(snapshots.at(0).runId, 0);
    const RepoSnapshot &read = snapshots.at(1);
    QCOMPARE(read.id, firstId);
    QCOMPARE(read.accountId, alice);
    QCOMPARE(read.runId, run);
    QCOMPARE(read.localPath, u"snapshots/alice/3kaaa.car"_s);
    QCOMPARE(read.sha256, u"aa11"_s);
    QCOMPARE(read.size, 3);
    QCOMPARE(read.capturedAt, kT0);

    // Paths outside the data directory and missing fields are refused, nothing stored.
    RepoSnapshot outside = first;
    outside.localPath = u"../elsewhere.car"_s;
    QCOMPARE(store->recordRepoSnapshot(outside).error().code, Error::Code::InvalidInput);
    outside.localPath = data.filePath(u"snapshots/alice/x.car"_s);
    QCOMPARE(store->recordRepoSnapshot(outside).error().code, Error::Code::InvalidInput);
    RepoSnapshot noSum = second;
    noSum.sha256.clear();
    QCOMPARE(store->recordRepoSnapshot(noSum).error().code, Error::Code::InvalidInput);
    QCOMPARE(store->recordRepoSnapshot({0, 999, 0, u"r"_s, u"x.car"_s, u"dd"_s, 1, kT0}).error().code,
             Error::Code::NotFound);
    QCOMPARE(store->repoSnapshots(alice).size(), 2);

    // Removing alice deletes her snapshot files with their companions; bob's stay.
    QVERIFY(store->removeAccount(alice));
    QVERIFY(store->repoSnapshots(alice).isEmpty());
    QVERIFY(!data.exists(u"snapshots/alice"_s));
    QVERIFY(data.exists(u"snapshots/bob/3kccc.car"_s));
    QCOMPARE(store->repoSnapshots(bob).size(), 1);
}

void TestStore::keepsAccountFilesUntilTheAccountGoes()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 alice = addAccount(*store, u"100"_s, u"alice@social.example"_s);
    const qint64 bob = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    // Bob's post already has the file that alice's repository also lists.
    Item post = makeItem(u"p1"_s, u"with a picture"_s, kT0);
    post.media = {media(u"https://pds.example/blob?cid=shared"_s)};
    QVERIFY(store->storeItemPage(bob, Collection::Posts, 1, {post}, {}, {}));

    const QStringList urls{u"https://pds.example/blob?cid=own"_s, u"https://pds.example/blob?cid=shared"_s};
    QCOMPARE(store->addAccountMedia(alice, urls).value(), 1); // the shared one is known already
    QCOMPARE(store->addAccountMedia(alice, urls).value(), 0); // and nothing twice
    QCOMPARE(store->accountMedia(alice).size(), 2);
    QCOMPARE(store->addAccountMedia(alice, {u"file:///etc/passwd"_s}).error().code, Error::Code::InvalidInput);
    QCOMPARE(store->addAccountMedia(999, urls).error().code, Error::Code::NotFound);

    // Pending for alice like item media; "download" them.
    QStringList pendingUrls;
    for (const MediaFile &file : store->pendingMedia(alice)) {
        pendingUrls.append(file.remoteUrl);
        const QString relative = u"media/"_s + QString::number(file.id) + u".bin"_s;
        QDir(m_dir->path()).mkpath(u"media"_s);
        QFile out(QDir(m_dir->path()).filePath(relative));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("blob");
        out.close();
        QVERIFY(store->recordMediaDownloaded(file.id, u"ff"_s + QString::number(file.id), relative,
                                             u"image/png"_s, 4));
    }
    QVERIFY(pendingUrls.contains(u"https://pds.example/blob?cid=own"_s));
    QVERIFY(pendingUrls.contains(u"https://pds.example/blob?cid=shared"_s));
    QVERIFY(store->pendingMedia(alice).isEmpty());
    QString ownPath, sharedPath;
    for (const MediaFile &file : store->accountMedia(alice))
        (file.remoteUrl.endsWith(u"=own") ? ownPath : sharedPath) = QDir(m_dir->path()).filePath(file.localPath);
    QVERIFY(QFile::exists(ownPath) && QFile::exists(sharedPath));

    // Removing alice deletes her own file; bob's post keeps the shared one.
    QVERIFY(store->removeAccount(alice));
    QVERIFY(!QFile::exists(ownPath));
    QVERIFY(QFile::exists(sharedPath));
    QCOMPARE(store->item(bob, u"p1"_s)->mediaFiles.size(), 1);
    QVERIFY(store->accountMedia(alice).isEmpty());
}

void TestStore::recordsRunsNewestFirst()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    QVERIFY(!store->account(account)->lastBackupAt.isValid());

    const qint64 first = store->beginRun(account, true).value();
    BackupRun run;
    run.id = first;
    run.accountId = account;
    run.outcome = u"succeeded"_s;
    run.requests = 12;
    run.finishedAt = kT0.addDays(1);
    run.counts.insert(Collection::Posts, CollectionCounts{2, 80, 70, 3, 1});
    run.counts.insert(Collection::Followers, CollectionCounts{1, 10, 10, 0, 0});
    QVERIFY(store->finishRun(run));
    QCOMPARE(store->account(account)->lastBackupAt, kT0.addDays(1));
    QCOMPARE(store->account(account)->lastBackupOutcome, u"succeeded"_s);

    const qint64 second = store->beginRun(account, false).value();
    BackupRun failed;
    failed.id = second;
    failed.outcome = u"failed"_s;
    failed.error = u"Server answered 503"_s;
    failed.errorCode = Error::Code::Http;
    QVERIFY(store->finishRun(failed));
    QCOMPARE(store->account(account)->lastBackupAt, kT0.addDays(1)); // last successful
    QCOMPARE(store->account(account)->lastBackupOutcome, u"failed"_s);
    QCOMPARE(store->account(account)->lastBackupError, u"Server answered 503"_s);
    const qint64 third = store->beginRun(account, false).value();

    const QList<BackupRun> runs = store->runs(account);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0).id, third);
    QCOMPARE(runs.at(0).outcome, u"running"_s);
    QVERIFY(!runs.at(0).finishedAt.isValid());
    QCOMPARE(runs.at(1).id, second);
    QCOMPARE(runs.at(1).error, u"Server answered 503"_s);
    QCOMPARE(runs.at(1).errorCode, std::optional<Error::Code>(Error::Code::Http));
    QVERIFY(!runs.at(0).errorCode);
    QVERIFY(!runs.at(2).errorCode);
    QVERIFY(runs.at(1).finishedAt.isValid());
    QCOMPARE(runs.at(2).id, first);
    QVERIFY(runs.at(2).full);
    QCOMPARE(runs.at(2).requests, 12);
    QCOMPARE(runs.at(2).counts.size(), 2);
    QCOMPARE(runs.at(2).counts.value(Collection::Posts).fetched, 80);
    QCOMPARE(runs.at(2).counts.value(Collection::Posts).edited, 3);
    QCOMPARE(runs.at(2).counts.value(Collection::Posts).removed, 1);
    QCOMPARE(store->runs(account, 1).size(), 1);

    // Every code survives the trip through the database by its stable name.
    for (const auto code : {Error::Code::Io, Error::Code::Database, Error::Code::InvalidInput,
                            Error::Code::NotFound, Error::Code::Network, Error::Code::Http,
                            Error::Code::Auth, Error::Code::RateLimited, Error::Code::Keychain}) {
        BackupRun coded;
        coded.id = store->beginRun(account, false).value();
        coded.outcome = u"failed"_s;
        coded.error = errorCodeName(code);
        coded.errorCode = code;
        QVERIFY(store->finishRun(coded));
        QCOMPARE(store->runs(account, 1).first().errorCode, std::optional<Error::Code>(code));
    }
    QVERIFY(!errorCodeFromName(u"no-such-code"_s));

    BackupRun unknown;
    unknown.id = 9999;
    unknown.outcome = u"succeeded"_s;
    QCOMPARE(store->finishRun(unknown).error().code, Error::Code::NotFound);
    QCOMPARE(store->beginRun(9999, false).error().code, Error::Code::NotFound);
}

void TestStore::marksRunsOfDeadOwnersInterrupted()
{
    qint64 account = 0, abandoned = 0, live = 0, finished = 0;
    auto owner = openStore();
    QVERIFY(owner);
    {
        auto store = openStore();
        QVERIFY(store);
        account = addAccount(*store);
        abandoned = store->beginRun(account, false).value(); // its Store goes away unfinished
        finished = store->beginRun(account, false).value();
        BackupRun run;
        run.id = finished;
        run.outcome = u"cancelled"_s;
        QVERIFY(store->finishRun(run));
    }
    live = owner->beginRun(account, false).value(); // a worker still running

    auto reopened = openStore();
    QVERIFY(reopened);
    QHash<qint64, QString> outcomes;
    for (const BackupRun &run : reopened->runs(account))
        outcomes.insert(run.id, run.outcome);
    QCOMPARE(outcomes.value(abandoned), u"interrupted"_s);
    QCOMPARE(outcomes.value(live), u"running"_s);
    QCOMPARE(outcomes.value(finished), u"cancelled"_s);

    BackupRun done;
    done.id = live;
    done.outcome = u"succeeded"_s;
    QVERIFY(owner->finishRun(done));
    QCOMPARE(reopened->runs(account).first().outcome, u"succeeded"_s);
}

// --- Threads --------------------------------------------------------------------------------

void TestStore::twoStoresOnOneFileInTwoThreads()
{
    auto reader = openStore();
    QVERIFY(reader);
    const qint64 account = addAccount(*reader);
    constexpr int kPages = 20;
    constexpr int kPerPage = 50;

    QString workerError;
    QThread *worker = QThread::create([&] {
        Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path());
        if (!opened) {
            workerError = opened.errorMessage();
            return;
        }
        Store &writer = *opened.value();
        for (int page = 0; page < kPages; ++page) {
            QList<Item> items;
            for (int i = 0; i < kPerPage; ++i) {
                const int n = page * kPerPage + i;
                items.append(makeItem(u"t"_s + QString::number(n), u"thread item"_s,
                                      kT0.addSecs(n)));
            }
            SyncState state;
            state.resumeCursor = QString::number(page);
            const Result<PageWrite> written =
                writer.storeItemPage(account, Collection::Posts, 1, items, {}, state);
            if (!written) {
                workerError = written.errorMessage();
                return;
            }
        }
    });
    worker->start();
    // Read concurrently in this thread while the worker writes.
    int lastSeen = 0;
    while (!worker->isFinished()) {
        const int count = reader->itemCount(account);
        QVERIFY(count >= lastSeen);
        lastSeen = count;
        QVERIFY(reader->search(searchQuery(u"thread"_s, account, std::nullopt, 5)));
        QThread::msleep(1);
    }
    worker->wait();
    delete worker;
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QCOMPARE(reader->itemCount(account, Collection::Posts), kPages * kPerPage);
    QCOMPARE(reader->syncState(account, Collection::Posts).resumeCursor,
             QString::number(kPages - 1));
    QCOMPARE(reader->search(searchQuery(u"thread"_s, account, std::nullopt, 10000))->size(),
             kPages * kPerPage);
    // The reader can write too.
    QVERIFY(reader->storeItemPage(account, Collection::Posts, 2,
                                  {makeItem(u"main"_s, u"main thread"_s, kT0)}, {}, {}));
}

void TestStore::readsSelectionsForExports()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 account = addAccount(*store);
    const qint64 other = addAccount(*store, u"200"_s, u"bob@social.example"_s);
    // 120 matches: more than search()'s default limit of 50.
    QList<Item> posts;
    for (int i = 0; i < 120; ++i)
        posts.append(makeItem(u"k%1"_s.arg(i), u"Grüße aus Köln, Tag %1"_s.arg(i), kT0.addSecs(i * 3600)));
    posts.append(makeItem(u"x"_s, u"nothing relevant"_s, kT0));
    Item reply = makeItem(u"r"_s, u"Antwort ohne Stadt"_s, kT0.addDays(10));
    reply.inReplyToId = u"k3"_s;
    posts.append(reply);
    QVERIFY(store->storeItemPage(account, Collection::Posts, 1, posts, {}, {}));
    QVERIFY(store->storeItemPage(other, Collection::Posts, 1, {makeItem(u"o"_s, u"Köln"_s, kT0)}, {}, {}));

    SearchQuery query = searchQuery(u"koln"_s, account, std::nullopt, 50);
    const auto ids = store->searchMatchIds(query);
    QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
    QCOMPARE(ids->size(), 120);
    QVERIFY(ids->contains(store->item(account, u"k119"_s)->id));
    QVERIFY(!ids->contains(store->item(account, u"x"_s)->id));
    QVERIFY(!ids->contains(store->item(other, u"o"_s)->id));
    // The same filters as search(): a period, and the author words alone.
    query.since = kT0.addSecs(100 * 3600);
    QCOMPARE(store->searchMatchIds(query)->size(), 20);
    SearchQuery byAuthor = searchQuery(QString(), std::nullopt, std::nullopt, 50);
    byAuthor.author = u"ali"_s;
    QCOMPARE(store->searchMatchIds(byAuthor)->size(), 123); // every item: Alice wrote them all
    QVERIFY(store->searchMatchIds(searchQuery(QString(), account, std::nullopt, 50))->isEmpty());

    QCOMPARE(store->countItems({account, Collection::Posts, {}, {}, true}), qint64(122));
    QCOMPARE(store->countItems({account, Collection::Posts, kT0.addSecs(100 * 3600), kT0.addDays(10), true}),
             qint64(20));
    QCOMPARE(store->countItems({account, Collection::Bookmarks, {}, {}, true}), qint64(0));
    QCOMPARE(store->countItems({other, std::nullopt, {}, {}, true}), qint64(1));
    QCOMPARE(store->countItems({account, Collection::Followers, {}, {}, true}), qint64(0)); // people, not items

    QCOMPARE(store->repliedTo(account, {u"k3"_s, u"k4"_s, u"r"_s, u"unknown"_s}), QSet<QString>{u"k3"_s});
    QCOMPARE(store->repliedTo(other, {u"k3"_s}), QSet<QString>());
    QStringList many;
    for (int i = 0; i < 1200; ++i)
        many.append(u"k%1"_s.arg(i)); // more than one chunk of bound values
    QCOMPARE(store->repliedTo(account, many), QSet<QString>{u"k3"_s});
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
