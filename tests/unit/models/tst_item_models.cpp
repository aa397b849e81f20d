// Tests of the Qt item models over a real store file: Qt's model checker in fatal mode over
// every model, plus signal checks for paging, live inserts and in-place updates.

#include "models/items/AccountsModel.h"
#include "models/items/ContactsModel.h"
#include "models/items/ConversationsModel.h"
#include "models/items/ItemFeed.h"
#include "models/items/SearchResultsModel.h"
#include "models/items/TimelineModel.h"
#include "models/store/Store.h"
#include "tests/unit/store/StoreFixtures.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::fixtures;

namespace {

/// Runs `work` with a Store of its own on a second thread, as a backup worker does.
QString inWorkerThread(const QString &dataDir, const std::function<QString(Store &)> &work)
{
    QString error;
    QThread *thread = QThread::create([&] {
        Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
        if (!opened) {
            error = opened.errorMessage();
            return;
        }
        error = work(*opened.value());
    });
    thread->start();
    thread->wait();
    delete thread;
    return error;
}

QList<Item> numberedItems(const QString &prefix, int count, const QDateTime &from,
                          int secondsApart = 1)
{
    QList<Item> items;
    for (int n = 0; n < count; ++n)
        items.append(item(prefix + QString::number(n), u"text %1\nsecond line"_s.arg(n),
                          from.addSecs(qint64(n) * secondsApart)));
    return items;
}

qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountsTreeShowsCollectionsWithCounts();
    void accountsReloadUpdatesInPlace();

    void timelineOpensWithFirstPageAndFetchesMore();
    void timelineRowsCarryItemRoles();
    void timelineBoostsShowTheBoostedText();
    void timelineRefreshInsertsNewerItemsAtTop();
    void timelineRefreshReportsEditedAndDeletedRows();
    void timelineFindsRowsOfPlatformIds();
    void timelineOfMessagesAndContactCollections();
    void feedKeepsFewItemsInMemory();
    void bigTimelineOpensQuickly();

    void conversationsListNewestFirst();
    void conversationsRefreshKeepsSelection();
    void conversationsShowUnreadState();

    void contactsFilterAndPage();

    void searchResultsFollowQuery();

private:
    void check(QAbstractItemModel *model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path());
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_store = std::move(opened).value();
    m_account = addAccount(*m_store);
    QVERIFY(m_account != 0);
}

void TestItemModels::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_store.reset();
    m_dir.reset();
}

/// Qt's model checker, failing the test at the first broken rule, for the model's lifetime.
void TestItemModels::check(QAbstractItemModel *model)
{
    m_testers.append(new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal));
}

// --- AccountsModel ------------------------------------------------------------------------------

void TestItemModels::accountsTreeShowsCollectionsWithCounts()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       numberedItems(u"p"_s, 3, kT0)));
    QVERIFY(storeItems(*m_store, m_account, Collection::Bookmarks,
                       numberedItems(u"b"_s, 2, kT0)));
    const qint64 run = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run,
                                      {person(u"11"_s, u"x@y.example"_s)}, {}));

    AccountsModel model(*m_store);
    check(&model);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex account = model.index(0, 0);
    QCOMPARE(account.data().toString(), u"alice@social.example"_s);
    QCOMPARE(account.data(AccountsModel::NodeTypeRole).toInt(),
             int(AccountsModel::NodeType::Account));
    QCOMPARE(account.data(AccountsModel::AccountIdRole).toLongLong(), m_account);
    QCOMPARE(account.data(AccountsModel::PlatformRole).toString(), u"mastodon"_s);
    QCOMPARE(model.rowCount(account), 7);
    QVERIFY(!account.data(AccountsModel::LastBackupAtRole).toDateTime().isValid());

    const QModelIndex timeline = model.indexOfCollection(m_account, Collection::Posts);
    QCOMPARE(timeline.parent(), account);
    QCOMPARE(timeline.data(AccountsModel::NodeTypeRole).toInt(),
             int(AccountsModel::NodeType::Collection));
    QCOMPARE(timeline.data(AccountsModel::CollectionRole).toInt(), int(Collection::Posts));
    QCOMPARE(timeline.data(AccountsModel::CountRole).toInt(), 3);
    QVERIFY(timeline.data().toString().startsWith(u"Timeline"_s));
    QVERIFY(timeline.data().toString().contains(u'3'));
    QCOMPARE(timeline.data(AccountsModel::AccountIdRole).toLongLong(), m_account);
    QCOMPARE(model.indexOfCollection(m_account, Collection::Bookmarks)
                 .data(AccountsModel::CountRole).toInt(), 2);
    QCOMPARE(model.indexOfCollection(m_account, Collection::Followers)
                 .data(AccountsModel::CountRole).toInt(), 1);
    QCOMPARE(model.indexOfCollection(m_account, Collection::Messages).data().toString(),
             u"Conversations (0)"_s);
    QCOMPARE(model.account(timeline)->id, m_account);
}

void TestItemModels::accountsReloadUpdatesInPlace()
{
    AccountsModel model(*m_store);
    check(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex selected = model.indexOfCollection(m_account, Collection::Posts);

    // A backup stores items and finishes: counts and last backup change in place.
    const Result<qint64> run = m_store->beginRun(m_account, false);
    QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, run.value(),
                                   numberedItems(u"p"_s, 4, kT0), {}, {}));
    BackupRun finished;
    finished.id = run.value();
    finished.outcome = u"succeeded"_s;
    QVERIFY(m_store->finishRun(finished));
    model.reload();
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(selected.data(AccountsModel::CountRole).toInt(), 4);
    QCOMPARE(model.index(0, 0).data(AccountsModel::LastOutcomeRole).toString(), u"succeeded"_s);
    QVERIFY(model.index(0, 0).data(AccountsModel::LastBackupAtRole).toDateTime().isValid());

    // Nothing changed: no signals.
    changed.clear();
    model.reload();
    QCOMPARE(changed.size(), 0);

    // A second account: inserted as a row; the first keeps its children and selection.
    const qint64 second = addAccount(*m_store, u"200"_s, u"bob@other.example"_s);
    model.reload();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data(AccountsModel::AccountIdRole).toLongLong(), second);
    QVERIFY(selected.isValid());

    // The first account removed: its row goes, the persistent index with it.
    QVERIFY(m_store->removeAccount(m_account));
    model.reload();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!selected.isValid());
    QCOMPARE(resets.size(), 0);
}

// --- TimelineModel -----------------------------------------------------------------------------

void TestItemModels::timelineOpensWithFirstPageAndFetchesMore()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       numberedItems(u"p"_s, 450, kT0)));
    TimelineModel model(*m_store);
    check(&model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSource(m_account, Collection::Posts);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.item(0).platformId, u"p449"_s);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 399);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(resets.size(), 1);

    // Every item once, newest first.
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Item item = model.item(row);
        QCOMPARE(item.platformId, u"p"_s + QString::number(449 - row));
        seen.insert(item.platformId);
    }
    QCOMPARE(seen.size(), 450);
}

void TestItemModels::timelineRowsCarryItemRoles()
{
    Item post = item(u"x1"_s, u"Erste Zeile\nzweite"_s, kT0,
                     person(u"2"_s, u"bob@x.example"_s, u"Bob"_s));
    post.kind = ItemKind::Reply;
    post.conversationId = u"conv"_s;
    post.editedAt = kT0.addSecs(60);
    post.media.append(MediaRef{u"m"_s, u"image"_s, u"https://files.example/m.png"_s, {}, {}});
    QVERIFY(storeItems(*m_store, m_account, Collection::Mentions, {post}));

    TimelineModel model(*m_store);
    check(&model);
    model.setSource(m_account, Collection::Mentions);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(TimelineModel::PlatformIdRole).toString(), u"x1"_s);
    QCOMPARE(row.data(TimelineModel::ItemIdRole).toLongLong(), model.item(0).id);
    QCOMPARE(row.data(TimelineModel::KindRole).toString(), u"reply"_s);
    QCOMPARE(row.data(TimelineModel::CreatedAtRole).toDateTime(), kT0);
    QCOMPARE(row.data(TimelineModel::AuthorHandleRole).toString(), u"bob@x.example"_s);
    QCOMPARE(row.data(TimelineModel::AuthorNameRole).toString(), u"Bob"_s);
    QCOMPARE(row.data(TimelineModel::TextRole).toString(), u"Erste Zeile\nzweite"_s);
    QCOMPARE(row.data(TimelineModel::DeletedRole).toBool(), false);
    QCOMPARE(row.data(TimelineModel::EditedRole).toBool(), true);
    QCOMPARE(row.data(TimelineModel::HasMediaRole).toBool(), true);
    QCOMPARE(row.data(TimelineModel::ConversationIdRole).toString(), u"conv"_s);
    QCOMPARE(row.data(TimelineModel::AccountIdRole).toLongLong(), m_account);
    QCOMPARE(row.data(TimelineModel::SortRole).toLongLong(), kT0.toMSecsSinceEpoch());
    const QString display = row.data().toString();
    QVERIFY2(display.startsWith(u"Bob · "_s), qPrintable(display));
    QVERIFY2(display.endsWith(u" · Erste Zeile"_s), qPrintable(display));
    QVERIFY(model.roleNames().contains(TimelineModel::SortRole));
}

void TestItemModels::timelineBoostsShowTheBoostedText()
{
    const Person carl = person(u"3"_s, u"carl@fedi.example"_s, u"Carl"_s);
    Item original = item(u"o1"_s, u"Offline-first ist kein Luxus.\nZweite Zeile"_s, kT0, carl);
    Item boost = item(u"b1"_s, QString(), kT0.addSecs(60));
    boost.kind = ItemKind::Boost;
    boost.boostOfId = original.platformId;
    boost.html.clear();
    // A boost whose original was never stored (e.g. an old archive import).
    Item orphan = item(u"b2"_s, QString(), kT0.addSecs(30));
    orphan.kind = ItemKind::Boost;
    orphan.boostOfId = u"gone"_s;
    orphan.html.clear();
    const qint64 run = m_store->beginRun(m_account, false).value();
    QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, run, {boost, orphan}, {original}, {}));

    TimelineModel model(*m_store);
    check(&model);
    model.setSource(m_account, Collection::Posts);
    QCOMPARE(model.rowCount(), 2); // the original is not a member of Posts
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(TimelineModel::KindRole).toString(), u"boost"_s);
    QCOMPARE(row.data(TimelineModel::TextRole).toString(),
             u"🔁 @carl@fedi.example: Offline-first ist kein Luxus.\nZweite Zeile"_s);
    QCOMPARE(row.data(TimelineModel::AuthorHandleRole).toString(), u"alice@social.example"_s);
    const QString display = row.data().toString();
    QVERIFY2(display.endsWith(u" · 🔁 @carl@fedi.example: Offline-first ist kein Luxus."_s),
             qPrintable(display));
    QCOMPARE(model.index(1).data(TimelineModel::TextRole).toString(), QString());

    // Rows read again after their block was evicted still know what they boosted.
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       numberedItems(u"new"_s, 3000, kT0.addSecs(3600))));
    model.setSource(m_account, Collection::Posts);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 3002);
    const QModelIndex last = model.index(3000);
    QCOMPARE(last.data(TimelineModel::PlatformIdRole).toString(), u"b1"_s);
    for (int r = 0; r < 3000; r += 200) // 15 other blocks: the one holding b1 is evicted
        QVERIFY(model.index(r).data(TimelineModel::TextRole).isValid());
    QVERIFY(last.data(TimelineModel::TextRole).toString().startsWith(u"🔁 @carl@fedi.example: "_s));
}

void TestItemModels::timelineRefreshInsertsNewerItemsAtTop()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       numberedItems(u"old"_s, 300, kT0)));
    TimelineModel model(*m_store);
    check(&model);
    model.setSource(m_account, Collection::Posts);
    QCOMPARE(model.rowCount(), 200);
    const QPersistentModelIndex selected = model.index(5);
    const QString selectedId = selected.data(TimelineModel::PlatformIdRole).toString();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.refreshNewer(), 0);
    QCOMPARE(inserted.size(), 0);

    // A backup worker on its own thread and Store adds 25 newer items (and one older one).
    const QString error = inWorkerThread(m_dir->path(), [&](Store &worker) -> QString {
        QList<Item> items = numberedItems(u"new"_s, 25, kT0.addDays(1));
        items.append(item(u"older"_s, u"closing a gap"_s, kT0.addDays(-1)));
        return storeItems(worker, m_account, Collection::Posts, items) ? QString()
                                                                       : u"store failed"_s;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(model.refreshNewer(), 25);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 24);
    QCOMPARE(model.rowCount(), 225);
    QCOMPARE(model.item(0).platformId, u"new24"_s);
    QCOMPARE(model.item(25).platformId, u"old299"_s);
    QCOMPARE(selected.row(), 30);
    QCOMPARE(selected.data(TimelineModel::PlatformIdRole).toString(), selectedId);

    // Paging on below still continues where it was.
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 326);
    QCOMPARE(model.item(325).platformId, u"older"_s);
}

void TestItemModels::timelineRefreshReportsEditedAndDeletedRows()
{
    QList<Item> items = numberedItems(u"p"_s, 10, kT0);
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts, items));
    TimelineModel model(*m_store);
    check(&model);
    model.setSource(m_account, Collection::Posts);
    QCOMPARE(model.item(3).platformId, u"p6"_s);
    QVERIFY(!model.index(3).data(TimelineModel::DeletedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // A full run sees everything except p6 (deleted) with p2 edited.
    QTest::qWait(5); // a later capture time
    const QString error = inWorkerThread(m_dir->path(), [&](Store &worker) -> QString {
        QList<Item> seen = items;
        seen.removeAt(6);
        for (Item &i : seen)
            if (i.platformId == u"p2"_s)
                i.text = u"edited"_s;
        const Result<qint64> run = worker.beginRun(m_account, true);
        if (!run || !worker.storeItemPage(m_account, Collection::Posts, run.value(), seen, {}, {}))
            return u"store failed"_s;
        if (!worker.markUnseenAsRemoved(m_account, Collection::Posts, run.value(), {}))
            return u"mark failed"_s;
        return {};
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(model.refreshNewer(), 0);
    QCOMPARE(inserted.size(), 0);
    QSet<int> changedRows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        for (int row = from.row(); row <= to.row(); ++row)
            changedRows.insert(row);
    }
    QCOMPARE(changedRows, (QSet<int>{3, 7}));
    QVERIFY(model.index(3).data(TimelineModel::DeletedRole).toBool());
    QCOMPARE(model.index(7).data(TimelineModel::TextRole).toString(), u"edited"_s);

    // Nothing new: nothing changes.
    changed.clear();
    QCOMPARE(model.refreshNewer(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestItemModels::timelineFindsRowsOfPlatformIds()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       numberedItems(u"p"_s, 900, kT0)));
    QVERIFY(storeItems(*m_store, m_account, Collection::Favourites,
                       {item(u"fav"_s, u"not a post"_s, kT0.addDays(-1),
                             person(u"2"_s, u"bob@x.example"_s))}));
    TimelineModel model(*m_store);
    check(&model);
    model.setSource(m_account, Collection::Posts);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowOfPlatformId(u"p899"_s), 0);
    QCOMPARE(model.rowOfPlatformId(u"p100"_s), 799); // loads 4 more pages
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.item(799).platformId, u"p100"_s);
    QCOMPARE(model.rowOfPlatformId(u"fav"_s), -1);
    QCOMPARE(model.rowOfPlatformId(u"nothing"_s), -1);
    QCOMPARE(model.rowOfPlatformId(QString()), -1);
}

void TestItemModels::timelineOfMessagesAndContactCollections()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Messages,
                       {message(u"m1"_s, u"c1"_s, u"hi"_s, kT0),
                        message(u"m2"_s, u"c2"_s, u"ho"_s, kT0.addSecs(1))}));
    TimelineModel model(*m_store);
    check(&model);
    model.setSource(m_account, Collection::Messages);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TimelineModel::KindRole).toString(), u"message"_s);
    QCOMPARE(model.collection(), Collection::Messages);
    model.setSource(m_account, Collection::Followers);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.refreshNewer(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.item(0).id, 0);
}

void TestItemModels::feedKeepsFewItemsInMemory()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       numberedItems(u"p"_s, 2000, kT0)));
    ItemFeed feed(*m_store);
    feed.setPageSize(100);
    feed.setCachedBlocks(3);
    feed.setSource(m_account, Collection::Posts);
    while (feed.canFetchOlder())
        feed.fetchOlder();
    QCOMPARE(feed.count(), 2000);
    QVERIFY(feed.cachedItemCount() <= 300);

    // Scrolling down and back up: evicted blocks are read again, in the right rows.
    for (int row = 0; row < feed.count(); row += 7) {
        const Item *item = feed.itemAt(row);
        QVERIFY(item);
        QCOMPARE(item->platformId, u"p"_s + QString::number(1999 - row));
        QVERIFY(feed.cachedItemCount() <= 300);
    }
    for (int row = feed.count() - 1; row >= 0; row -= 13) {
        QCOMPARE(feed.itemAt(row)->platformId, u"p"_s + QString::number(1999 - row));
        QVERIFY(feed.cachedItemCount() <= 300);
    }
    QVERIFY(!feed.itemAt(-1));
    QVERIFY(!feed.itemAt(2000));
}

void TestItemModels::bigTimelineOpensQuickly()
{
    // HOLDFAST_BIG_TIMELINE=1000000 measures a million items (slow to fill); by default a
    // size that keeps the test quick but still shows that nothing scans the whole timeline.
    const int count = qEnvironmentVariableIsSet("HOLDFAST_BIG_TIMELINE")
                          ? qEnvironmentVariableIntValue("HOLDFAST_BIG_TIMELINE")
                          : 20000;
    {
        const Result<qint64> run = m_store->beginRun(m_account, false);
        QVERIFY(run);
        QElapsedTimer filling;
        filling.start();
        constexpr int kPerPage = 1000;
        for (int start = 0; start < count; start += kPerPage) {
            QList<Item> page;
            for (int n = start; n < std::min(count, start + kPerPage); ++n)
                page.append(item(u"p"_s + QString::number(n), u"post number %1"_s.arg(n),
                                 kT0.addSecs(n)));
            QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, run.value(), page, {},
                                           {}));
        }
        // A small collection among many items must open as quickly.
        QVERIFY(storeItems(*m_store, m_account, Collection::Bookmarks,
                           {item(u"p5"_s, u"post number 5"_s, kT0.addSecs(5))}));
        qInfo() << "filled" << count << "items in" << filling.elapsed() << "ms";
    }

    for (Collection collection : {Collection::Posts, Collection::Bookmarks}) {
        TimelineModel model(*m_store);
        QElapsedTimer opening;
        opening.start();
        model.setSource(m_account, collection);
        const QString first = model.index(0).data().toString();
        const qint64 elapsed = opening.elapsed();
        qInfo() << collectionName(collection) << "first rows after" << elapsed << "ms";
        QVERIFY(!first.isEmpty());
        QVERIFY2(elapsed < 100, qPrintable(u"opening took %1 ms"_s.arg(elapsed)));
    }

    // Scrolling to the end: memory grows by row keys only.
    TimelineModel model(*m_store);
    model.setSource(m_account, Collection::Posts);
    const qint64 rssBefore = residentKilobytes();
    QElapsedTimer scrolling;
    scrolling.start();
    while (model.canFetchMore({})) {
        model.fetchMore({});
        model.index(model.rowCount() - 1).data(); // what a view shows
    }
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.item(count - 1).platformId, u"p0"_s);
    const qint64 grownKb = residentKilobytes() - rssBefore;
    qInfo() << "scrolled to the end in" << scrolling.elapsed() << "ms, RSS grew by" << grownKb
            << "KiB";
    // 16 bytes of key per row plus the cached blocks and SQLite's page cache; far below
    // what holding every item would take (about 1 KiB each here).
    QVERIFY2(grownKb < 40 * 1024 + qint64(count) / 32,
             qPrintable(u"RSS grew by %1 KiB"_s.arg(grownKb)));
}

// --- ConversationsModel -------------------------------------------------------------------------

void TestItemModels::conversationsListNewestFirst()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bob"_s);
    const Person cleo = person(u"3"_s, u"cleo@y.example"_s, u"Cleo"_s);
    QVERIFY(storeItems(*m_store, m_account, Collection::Messages,
                       {message(u"m1"_s, u"c1"_s, u"hello"_s, kT0, bob),
                        message(u"m2"_s, u"c1"_s, u"hi Bob\nhow are you"_s, kT0.addSecs(10)),
                        message(u"m3"_s, u"c2"_s, u"from Cleo"_s, kT0.addSecs(5), cleo)}));
    ConversationsModel model(*m_store);
    check(&model);
    QCOMPARE(model.rowCount(), 0);
    model.setAccount(m_account);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ConversationsModel::ColumnCount));
    QCOMPARE(model.conversationId(0), u"c1"_s);
    QCOMPARE(model.conversationId(1), u"c2"_s);
    QCOMPARE(model.index(0, ConversationsModel::Participants).data().toString(), u"Bob"_s);
    QCOMPARE(model.index(0, ConversationsModel::LastMessage).data().toString(),
             u"Alice: hi Bob"_s);
    QCOMPARE(model.index(0, ConversationsModel::MessageCount).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, ConversationsModel::MessageCount)
                 .data(ConversationsModel::SortRole).toInt(), 2);
    QCOMPARE(model.index(0, ConversationsModel::Date).data(ConversationsModel::SortRole)
                 .toLongLong(), kT0.addSecs(10).toMSecsSinceEpoch());
    QVERIFY(!model.index(0, ConversationsModel::Date).data().toString().isEmpty());
    QCOMPARE(model.index(1, ConversationsModel::Date).data(ConversationsModel::ConversationIdRole)
                 .toString(), u"c2"_s);
    QCOMPARE(model.index(0, 0).data(ConversationsModel::UnreadRole).toBool(), false);
    QCOMPARE(model.headerData(ConversationsModel::Participants, Qt::Horizontal).toString(),
             u"Participants"_s);
    QCOMPARE(model.summary(1).participants.first().handle, u"cleo@y.example"_s);
    QCOMPARE(model.rowOfConversation(u"c2"_s), 1);
    model.setAccount(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::conversationsRefreshKeepsSelection()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bob"_s);
    QVERIFY(storeItems(*m_store, m_account, Collection::Messages,
                       {message(u"m1"_s, u"c1"_s, u"one"_s, kT0, bob),
                        message(u"m2"_s, u"c2"_s, u"two"_s, kT0.addSecs(10), bob),
                        message(u"m3"_s, u"c3"_s, u"three"_s, kT0.addSecs(20), bob)}));
    ConversationsModel model(*m_store);
    check(&model);
    model.setAccount(m_account);
    QCOMPARE(model.conversationId(2), u"c1"_s);
    const QPersistentModelIndex selected = model.index(2, ConversationsModel::LastMessage);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // A new message in the oldest conversation moves it to the top; a new conversation
    // appears in its place by date.
    const QString error = inWorkerThread(m_dir->path(), [&](Store &worker) -> QString {
        return storeItems(worker, m_account, Collection::Messages,
                          {message(u"m4"_s, u"c1"_s, u"back again"_s, kT0.addSecs(60), bob),
                           message(u"m5"_s, u"c4"_s, u"new one"_s, kT0.addSecs(15), bob)})
                   ? QString()
                   : u"store failed"_s;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    model.refresh();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    const QStringList order{model.conversationId(0), model.conversationId(1),
                            model.conversationId(2), model.conversationId(3)};
    QCOMPARE(order, (QStringList{u"c1"_s, u"c3"_s, u"c4"_s, u"c2"_s}));
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.column(), int(ConversationsModel::LastMessage));
    QCOMPARE(selected.data(ConversationsModel::ConversationIdRole).toString(), u"c1"_s);
    QCOMPARE(model.summary(0).messageCount, 2);
}

void TestItemModels::conversationsShowUnreadState()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bob"_s);
    const qint64 run = m_store->beginRun(m_account, false).value();
    QVERIFY(m_store->storeMessagePage(m_account, run,
                                      {message(u"m1"_s, u"c1"_s, u"unanswered"_s, kT0, bob),
                                       message(u"m2"_s, u"c2"_s, u"seen"_s, kT0.addSecs(-10), bob)},
                                      {},
                                      {ConversationState{u"c1"_s, true, {}},
                                       ConversationState{u"c2"_s, false, {}}},
                                      {}));
    ConversationsModel model(*m_store);
    check(&model);
    model.setAccount(m_account);
    QCOMPARE(model.conversationId(0), u"c1"_s);
    QCOMPARE(model.index(0, ConversationsModel::Date).data(ConversationsModel::UnreadRole).toBool(), true);
    QCOMPARE(model.index(1, ConversationsModel::Date).data(ConversationsModel::UnreadRole).toBool(), false);
    QCOMPARE(model.index(0, ConversationsModel::Participants).data(Qt::AccessibleTextRole).toString(),
             u"Unread: Bob"_s);
    QVERIFY(model.index(1, ConversationsModel::Participants).data(Qt::AccessibleTextRole).isNull());

    // Read on the platform: the next backup's state updates the row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QString error = inWorkerThread(m_dir->path(), [&](Store &worker) -> QString {
        const qint64 later = worker.beginRun(m_account, false).value();
        return worker.storeMessagePage(m_account, later, {}, {},
                                       {ConversationState{u"c1"_s, false, {}}}, {})
                   ? QString()
                   : u"store failed"_s;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    model.refresh();
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.index(0, 0).data(ConversationsModel::UnreadRole).toBool(), false);
}

// --- ContactsModel ------------------------------------------------------------------------------

void TestItemModels::contactsFilterAndPage()
{
    // 260 followers (one page and a bit); the first 10 are followed back; anna unfollowed.
    QList<Person> followers;
    for (int n = 0; n < 260; ++n)
        followers.append(person(QString::number(1000 + n), u"f%1@x.example"_s.arg(n),
                                u"Follower %1"_s.arg(n)));
    const Person anna = person(u"11"_s, u"anna@x.example"_s, u"Anna"_s);
    const Person emil = person(u"15"_s, u"emil@x.example"_s, QString());
    const qint64 run1 = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run1,
                                      followers + QList<Person>{anna}, {}));
    QVERIFY(m_store->storeContactPage(m_account, Collection::Following, run1,
                                      followers.mid(0, 10) + QList<Person>{emil}, {}));
    const qint64 run2 = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run2, followers, {}));
    QVERIFY(m_store->markUnseenAsRemoved(m_account, Collection::Followers, run2, {}));

    ContactsModel model(*m_store);
    check(&model);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setAccount(m_account);
    QCOMPARE(model.filter(), ContactsModel::Filter::All);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    inserted.clear();
    model.fetchMore({});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(model.rowCount(), 262);
    QCOMPARE(model.totalCount(), 262);
    QVERIFY(!model.canFetchMore({}));

    const auto handlesOf = [&] {
        QStringList handles;
        for (int row = 0; row < model.rowCount(); ++row)
            handles.append(model.index(row, ContactsModel::Handle).data().toString());
        handles.sort();
        return handles;
    };
    model.setFilter(ContactsModel::Filter::Lost);
    QCOMPARE(handlesOf(), (QStringList{u"anna@x.example"_s}));
    QCOMPARE(model.index(0, ContactsModel::Relation).data().toString(), u"unfollowed you"_s);
    QVERIFY(!model.index(0, ContactsModel::UnfollowedAt).data().toString().isEmpty());
    QVERIFY(model.index(0, ContactsModel::UnfollowedAt).data(ContactsModel::SortRole)
                .toLongLong() > 0);
    QCOMPARE(model.contact(0).person.handle, u"anna@x.example"_s);

    model.setFilter(ContactsModel::Filter::FollowingOnly);
    QCOMPARE(handlesOf(), (QStringList{u"emil@x.example"_s}));
    QCOMPARE(model.index(0, ContactsModel::Relation).data().toString(), u"you follow"_s);
    QCOMPARE(model.index(0, ContactsModel::DisplayName).data().toString(), u"emil@x.example"_s);
    QVERIFY(model.index(0, ContactsModel::UnfollowedAt).data().toString().isEmpty());

    model.setFilter(ContactsModel::Filter::Mutual);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, ContactsModel::Relation).data().toString(), u"mutual"_s);
    QVERIFY(model.index(0, 0).data(ContactsModel::MutualRole).toBool());

    model.setFilter(ContactsModel::Filter::FollowersOnly);
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(model.index(0, ContactsModel::Relation).data().toString(), u"follows you"_s);
    QVERIFY(!model.index(0, ContactsModel::Since).data().toString().isEmpty());
    QCOMPARE(model.headerData(ContactsModel::Since, Qt::Horizontal).toString(), u"Since"_s);
    QCOMPARE(model.columnCount(), int(ContactsModel::ColumnCount));
    QCOMPARE(model.index(0, ContactsModel::DisplayName).data(ContactsModel::SortRole).toString(),
             model.index(0, ContactsModel::DisplayName).data().toString());

    // The Following and Followers collections: everyone of that direction, ended ones too.
    model.setFilter(ContactsModel::Filter::Following);
    QCOMPARE(model.totalCount(), 11);
    QCOMPARE(model.rowCount(), 11);
    QVERIFY(handlesOf().contains(u"emil@x.example"_s));
    QVERIFY(!handlesOf().contains(u"anna@x.example"_s));
    model.setFilter(ContactsModel::Filter::Followers);
    QCOMPARE(model.totalCount(), 261);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 261);
    QVERIFY(handlesOf().contains(u"anna@x.example"_s));
    QVERIFY(!handlesOf().contains(u"emil@x.example"_s));
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool isAnna = model.index(row, ContactsModel::Handle).data() == u"anna@x.example"_s;
        QCOMPARE(model.index(row, ContactsModel::UnfollowedAt).data().toString().isEmpty(), !isAnna);
        if (isAnna)
            QCOMPARE(model.index(row, ContactsModel::Relation).data().toString(), u"unfollowed you"_s);
    }
    QCOMPARE(resets.size(), 7);
}

// --- SearchResultsModel -------------------------------------------------------------------------

void TestItemModels::searchResultsFollowQuery()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bob"_s);
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"p1"_s, u"Wir fahren nach Köln"_s, kT0),
                        item(u"p2"_s, u"Köln again"_s, kT0.addDays(3))}));
    QVERIFY(storeItems(*m_store, m_account, Collection::Favourites,
                       {item(u"f1"_s, u"Koln from Bob"_s, kT0.addDays(1), bob)}));

    SearchResultsModel model(*m_store);
    check(&model);
    SearchQuery query;
    query.text = u"koln"_s;
    QVERIFY(model.setQuery(query));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(SearchResultsModel::AccountIdRole).toLongLong(), m_account);
    QVERIFY(model.index(0).data(SearchResultsModel::RankRole).isValid());

    query.author = u"bob"_s;
    QVERIFY(model.setQuery(query));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).platformId, u"f1"_s);
    QCOMPARE(model.index(0).data(SearchResultsModel::AuthorNameRole).toString(), u"Bob"_s);
    QCOMPARE(model.accountIdOf(0), m_account);

    query.author.clear();
    query.collection = Collection::Posts;
    query.since = kT0.addDays(1);
    QVERIFY(model.setQuery(query));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).platformId, u"p2"_s);
    query.since = {};
    query.until = kT0.addDays(1);
    QVERIFY(model.setQuery(query));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).platformId, u"p1"_s);
    QCOMPARE(model.query().collection, Collection::Posts);

    QVERIFY(model.setQuery(SearchQuery()));
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.item(5).id, 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_item_models.moc"
