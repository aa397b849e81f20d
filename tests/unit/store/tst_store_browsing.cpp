// Tests of the store's reads for lazy views (keyset pages, items by id, conversations,
// contact lists, threads, counts, search filters), on real SQLite files.

#include "models/store/Store.h"
#include "tests/unit/store/StoreFixtures.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::fixtures;

class TestStoreBrowsing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void itemPagesVisitEveryItemOnceInOrder_data();
    void itemPagesVisitEveryItemOnceInOrder();
    void itemPagesKeepCollectionsApart();
    void newerPageHoldsOnlyNewerItems();
    void pagesFollowChangedCreationTimes();
    void readsItemsAndStampsById();
    void summarisesConversations();
    void keepsConversationUnreadStates();
    void filtersContactLists();
    void pagesContactListsWithTies();
    void readsThreadsBothWays();
    void threadOfMessageIsItsConversation();
    void countsCollectionsInOneCall();
    void searchFiltersByDateAuthorAndCollection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
};

void TestStoreBrowsing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path());
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_store = std::move(opened).value();
    m_account = addAccount(*m_store);
    QVERIFY(m_account != 0);
}

void TestStoreBrowsing::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreBrowsing::itemPagesVisitEveryItemOnceInOrder_data()
{
    QTest::addColumn<bool>("inCollection");
    QTest::newRow("collection") << true;
    QTest::newRow("all items") << false;
}

void TestStoreBrowsing::itemPagesVisitEveryItemOnceInOrder()
{
    QFETCH(bool, inCollection);
    // 3000 items in shuffled pages: many share a creation time (ties broken by id), a few
    // have none (they come last), and some are in another collection.
    constexpr int kItems = 3000;
    QList<Item> all;
    for (int n = 0; n < kItems; ++n) {
        const QDateTime createdAt = n % 97 == 0 ? QDateTime() : kT0.addSecs(n / 7);
        all.append(item(u"i"_s + QString::number(n), u"text"_s, createdAt));
    }
    QRandomGenerator random(42);
    std::shuffle(all.begin(), all.end(), random);
    for (qsizetype start = 0; start < all.size(); start += 250)
        QVERIFY(storeItems(*m_store, m_account, Collection::Posts, all.mid(start, 250)));
    QVERIFY(storeItems(*m_store, m_account, Collection::Favourites,
                       {item(u"fav"_s, u"someone else's"_s, kT0.addSecs(100000),
                             person(u"9"_s, u"zed@x.example"_s))}));

    ItemPageQuery query;
    query.accountId = m_account;
    if (inCollection)
        query.collection = Collection::Posts;
    query.limit = 137;
    QList<Item> seen;
    for (int pages = 0; pages < 100; ++pages) {
        const QList<Item> page = m_store->itemPage(query);
        QVERIFY(page.size() <= query.limit);
        seen += page;
        if (page.size() < query.limit)
            break;
        query.beforeItemId = page.constLast().id;
        query.beforeCreatedAt = page.constLast().createdAt;
    }
    QCOMPARE(seen.size(), inCollection ? kItems : kItems + 1);
    QSet<qint64> ids;
    for (const Item &i : std::as_const(seen))
        ids.insert(i.id);
    QCOMPARE(ids.size(), seen.size());
    for (qsizetype i = 1; i < seen.size(); ++i) {
        const Item &a = seen.at(i - 1);
        const Item &b = seen.at(i);
        if (a.createdAt.isValid() && b.createdAt.isValid()) {
            QVERIFY2(a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id > b.id),
                     qPrintable(a.platformId + u" before "_s + b.platformId));
        } else {
            QVERIFY2(!b.createdAt.isValid(), "items without a creation time come last");
            if (!a.createdAt.isValid())
                QVERIFY(a.id > b.id);
        }
    }
    // Pages carry what views show.
    const Item &first = seen.constFirst();
    QVERIFY(!first.author.handle.isEmpty());
    QVERIFY(first.firstSeenAt.isValid());
    QVERIFY(first.capturedAt.isValid());
}

void TestStoreBrowsing::itemPagesKeepCollectionsApart()
{
    Item withMedia = item(u"b1"_s, u"bookmarked"_s, kT0.addSecs(5),
                          person(u"7"_s, u"bob@x.example"_s, u"Bob"_s));
    withMedia.media.append(MediaRef{u"m1"_s, u"image"_s, u"https://files.example/a.png"_s,
                                    {}, u"alt"_s});
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"p1"_s, u"mine"_s, kT0), item(u"p2"_s, u"mine too"_s, kT0)}));
    QVERIFY(storeItems(*m_store, m_account, Collection::Bookmarks, {withMedia}));
    const qint64 other = addAccount(*m_store, u"200"_s, u"carol@other.example"_s);
    QVERIFY(storeItems(*m_store, other, Collection::Bookmarks,
                       {item(u"b1"_s, u"same platform id, other account"_s, kT0)}));

    const QList<MediaFile> pending = m_store->pendingMedia(m_account);
    QCOMPARE(pending.size(), 1);
    QVERIFY(m_store->recordMediaDownloaded(pending.first().id, u"ab"_s.repeated(32),
                                           u"media/ab/x.png"_s, u"image/png"_s, 10));

    ItemPageQuery query;
    query.accountId = m_account;
    query.collection = Collection::Bookmarks;
    const QList<Item> bookmarks = m_store->itemPage(query);
    QCOMPARE(bookmarks.size(), 1);
    QCOMPARE(bookmarks.first().platformId, u"b1"_s);
    QCOMPARE(bookmarks.first().author.displayName, u"Bob"_s);
    QCOMPARE(bookmarks.first().media.size(), 1);
    QCOMPARE(bookmarks.first().mediaFiles.first().localPath, u"media/ab/x.png"_s);

    query.collection = Collection::Posts;
    QCOMPARE(m_store->itemPage(query).size(), 2);
    query.collection = Collection::Followers;
    QVERIFY(m_store->itemPage(query).isEmpty());
    query.collection = std::nullopt;
    QCOMPARE(m_store->itemPage(query).size(), 3);
}

void TestStoreBrowsing::newerPageHoldsOnlyNewerItems()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"a"_s, u"a"_s, kT0), item(u"b"_s, u"b"_s, kT0.addSecs(1))}));
    ItemPageQuery query;
    query.accountId = m_account;
    query.collection = Collection::Posts;
    const QList<Item> shown = m_store->itemPage(query);
    QCOMPARE(shown.size(), 2);

    // Same second as the newest shown (a larger id) and later ones; an older one that a
    // backup closing a gap would add is not "newer".
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"c"_s, u"c"_s, kT0.addSecs(1)), item(u"d"_s, u"d"_s, kT0.addSecs(9)),
                        item(u"old"_s, u"old"_s, kT0.addSecs(-50))}));
    query.afterItemId = shown.first().id;
    query.afterCreatedAt = shown.first().createdAt;
    const QList<Item> newer = m_store->itemPage(query);
    QCOMPARE(newer.size(), 2);
    QCOMPARE(newer.at(0).platformId, u"d"_s);
    QCOMPARE(newer.at(1).platformId, u"c"_s);
}

void TestStoreBrowsing::pagesFollowChangedCreationTimes()
{
    // A platform correcting a creation time moves the item in every collection's order.
    Item moving = item(u"m"_s, u"moving"_s, kT0);
    QVERIFY(storeItems(*m_store, m_account, Collection::Favourites,
                       {moving, item(u"x"_s, u"x"_s, kT0.addSecs(10))}));
    moving.createdAt = kT0.addSecs(20);
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts, {moving}));
    ItemPageQuery query;
    query.accountId = m_account;
    query.collection = Collection::Favourites;
    const QList<Item> page = m_store->itemPage(query);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.first().platformId, u"m"_s);
}

void TestStoreBrowsing::readsItemsAndStampsById()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"a"_s, u"a"_s, kT0), item(u"b"_s, u"b"_s, kT0.addSecs(1)),
                        item(u"c"_s, u"c"_s, kT0.addSecs(2))}));
    const qint64 a = m_store->item(m_account, u"a"_s)->id;
    const qint64 c = m_store->item(m_account, u"c"_s)->id;
    const QList<Item> items = m_store->itemsByIds({c, 999, a});
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).platformId, u"c"_s);
    QCOMPARE(items.at(1).platformId, u"a"_s);
    QVERIFY(m_store->itemsByIds({}).isEmpty());

    const QList<ItemStamp> before = m_store->itemStamps({a, c});
    QCOMPARE(before.size(), 2);
    // An edit moves capturedAt; a full walk that misses "c" marks it deleted.
    QTest::qWait(5);
    Item edited = item(u"a"_s, u"a, edited"_s, kT0);
    const Result<qint64> run = m_store->beginRun(m_account, true);
    QVERIFY(run);
    QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, run.value(), {edited}, {}, {}));
    QVERIFY(m_store->markUnseenAsRemoved(m_account, Collection::Posts, run.value(), {}));
    QList<ItemStamp> after = m_store->itemStamps({a, c});
    std::sort(after.begin(), after.end(),
              [](const ItemStamp &x, const ItemStamp &y) { return x.id < y.id; });
    QCOMPARE(after.at(0).id, a);
    QVERIFY(after.at(0).capturedAt > before.at(0).capturedAt
            || after.at(0).capturedAt > before.at(1).capturedAt);
    QVERIFY(!after.at(0).deletedAt.isValid());
    QVERIFY(after.at(1).deletedAt.isValid());
}

void TestStoreBrowsing::summarisesConversations()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bob"_s);
    const Person cleo = person(u"3"_s, u"cleo@y.example"_s, u"Cleo"_s);
    // c1: Bob writes, Alice answers, Cleo joins; c2: only Alice wrote (to Dan, a mention);
    // c3: an older one with Bob.
    Item toDan = message(u"m5"_s, u"c2"_s, u"hi Dan"_s, kT0.addSecs(100));
    toDan.rawJson = R"({"id":"m5","mentions":[{"id":"4","acct":"dan","url":"https://social.example/@dan"}]})";
    QVERIFY(storeItems(*m_store, m_account, Collection::Messages,
                       {message(u"m1"_s, u"c1"_s, u"hello"_s, kT0, bob),
                        message(u"m2"_s, u"c1"_s, u"hi Bob"_s, kT0.addSecs(10)),
                        message(u"m3"_s, u"c1"_s, u"me too"_s, kT0.addSecs(20), cleo),
                        toDan,
                        message(u"m6"_s, u"c3"_s, u"long ago"_s, kT0.addSecs(-1000), bob)}));
    // A post in a thread is not a conversation.
    Item post = item(u"p1"_s, u"public"_s, kT0.addSecs(500));
    post.conversationId = u"c9"_s;
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts, {post}));

    const QList<ConversationSummary> conversations = m_store->conversations(m_account);
    QCOMPARE(conversations.size(), 3);
    QCOMPARE(conversations.at(0).conversationId, u"c2"_s);
    QCOMPARE(conversations.at(1).conversationId, u"c1"_s);
    QCOMPARE(conversations.at(2).conversationId, u"c3"_s);

    const ConversationSummary &c1 = conversations.at(1);
    QCOMPARE(c1.messageCount, 3);
    QCOMPARE(c1.lastMessage.platformId, u"m3"_s);
    QCOMPARE(c1.lastMessage.author.handle, u"cleo@y.example"_s);
    QCOMPARE(c1.participants.size(), 2); // Alice herself is left out
    QCOMPARE(c1.participants.at(0).handle, u"bob@x.example"_s);
    QCOMPARE(c1.participants.at(1).handle, u"cleo@y.example"_s);
    QVERIFY(!c1.unread);

    const ConversationSummary &c2 = conversations.at(0);
    QCOMPARE(c2.messageCount, 1);
    QCOMPARE(c2.participants.size(), 1);
    QCOMPARE(c2.participants.first().handle, u"dan@social.example"_s);

    // Bob's message seen again as a mention (a page that does not know its conversation)
    // stays in its conversation.
    Item asMention = message(u"m1"_s, QString(), u"hello"_s, kT0, bob);
    QVERIFY(storeItems(*m_store, m_account, Collection::Mentions, {asMention}));
    const QList<ConversationSummary> again = m_store->conversations(m_account);
    QCOMPARE(again.size(), 3);
    QCOMPARE(again.at(1).conversationId, u"c1"_s);
    QCOMPARE(again.at(1).messageCount, 3);
    QCOMPARE(m_store->item(m_account, u"m1"_s)->conversationId, u"c1"_s);

    QVERIFY(m_store->conversations(0).isEmpty());
}

void TestStoreBrowsing::keepsConversationUnreadStates()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bob"_s);
    const qint64 run = m_store->beginRun(m_account, false).value();
    const auto unreadOf = [this](const QString &conversationId) -> std::optional<bool> {
        for (const ConversationSummary &summary : m_store->conversations(m_account))
            if (summary.conversationId == conversationId)
                return summary.unread;
        return std::nullopt;
    };

    // The first page: c1 unread, c2 read; a state of a conversation without stored messages
    // is kept but shows nowhere.
    Result<PageWrite> page = m_store->storeMessagePage(
        m_account, run,
        {message(u"m1"_s, u"c1"_s, u"hello"_s, kT0, bob),
         message(u"m2"_s, u"c2"_s, u"old news"_s, kT0.addSecs(-50), bob)},
        {},
        {ConversationState{u"c1"_s, true, R"({"id":"c1","unread":true})"},
         ConversationState{u"c2"_s, false, R"({"id":"c2","unread":false})"},
         ConversationState{u"c7"_s, true, {}}},
        {});
    QVERIFY2(page, qPrintable(page.errorMessage()));
    QCOMPARE(page->added, 2);
    QCOMPARE(unreadOf(u"c1"_s), std::optional<bool>(true));
    QCOMPARE(unreadOf(u"c2"_s), std::optional<bool>(false));
    QVERIFY(!unreadOf(u"c7"_s));
    QCOMPARE(m_store->conversations(m_account).size(), 2);

    // A later page with no new messages still updates the states: c1 was read, c2 got unread.
    page = m_store->storeMessagePage(m_account, run, {}, {},
                                     {ConversationState{u"c1"_s, false, {}},
                                      ConversationState{u"c2"_s, true, {}}},
                                     {});
    QVERIFY2(page, qPrintable(page.errorMessage()));
    QCOMPARE(page->added, 0);
    QCOMPARE(unreadOf(u"c1"_s), std::optional<bool>(false));
    QCOMPARE(unreadOf(u"c2"_s), std::optional<bool>(true));

    // A state without an id fails the whole page: neither its message nor c1's flag is kept.
    page = m_store->storeMessagePage(m_account, run,
                                     {message(u"m3"_s, u"c3"_s, u"new"_s, kT0.addSecs(60), bob)},
                                     {},
                                     {ConversationState{u"c1"_s, true, {}},
                                      ConversationState{QString(), true, {}}},
                                     {});
    QVERIFY(!page);
    QCOMPARE(page.error().code, Error::Code::InvalidInput);
    QVERIFY(page.errorMessage().contains(u"conversation id"_s));
    QCOMPARE(unreadOf(u"c1"_s), std::optional<bool>(false));
    QVERIFY(!unreadOf(u"c3"_s));

    // States belong to one account.
    const qint64 other = addAccount(*m_store, u"200"_s, u"bea@other.example"_s);
    QVERIFY(storeItems(*m_store, other, Collection::Messages,
                       {message(u"m9"_s, u"c1"_s, u"same id"_s, kT0, bob)}));
    QCOMPARE(m_store->conversations(other).size(), 1);
    QVERIFY(!m_store->conversations(other).first().unread);
}

namespace {

QStringList handles(const QList<Contact> &contacts)
{
    QStringList result;
    for (const Contact &contact : contacts)
        result.append(contact.person.handle.section(u'@', 0, 0));
    result.sort();
    return result;
}

} // namespace

void TestStoreBrowsing::filtersContactLists()
{
    const Person anna = person(u"11"_s, u"anna@x.example"_s);
    const Person ben = person(u"12"_s, u"ben@x.example"_s);
    const Person cem = person(u"13"_s, u"cem@x.example"_s);
    const Person dora = person(u"14"_s, u"dora@x.example"_s);
    const Person emil = person(u"15"_s, u"emil@x.example"_s);
    const Person finn = person(u"16"_s, u"finn@x.example"_s);

    // Run 1: followers anna, ben, cem, dora; following ben, cem, emil, finn.
    const qint64 run1 = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run1,
                                      {anna, ben, cem, dora}, {}));
    QVERIFY(m_store->storeContactPage(m_account, Collection::Following, run1,
                                      {ben, cem, emil, finn}, {}));
    // Run 2: cem and dora unfollowed; the account unfollowed finn.
    const qint64 run2 = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run2, {anna, ben}, {}));
    QVERIFY(m_store->storeContactPage(m_account, Collection::Following, run2, {ben, cem, emil},
                                      {}));
    QVERIFY(m_store->markUnseenAsRemoved(m_account, Collection::Followers, run2, {}));
    QVERIFY(m_store->markUnseenAsRemoved(m_account, Collection::Following, run2, {}));

    const auto list = [&](ContactListFilter filter) {
        ContactPageQuery query;
        query.accountId = m_account;
        query.filter = filter;
        return m_store->contactPage(query);
    };
    using F = ContactListFilter;
    QCOMPARE(handles(list(F::All)),
             (QStringList{u"anna"_s, u"ben"_s, u"cem"_s, u"dora"_s, u"emil"_s, u"finn"_s}));
    QCOMPARE(handles(list(F::Mutual)), (QStringList{u"ben"_s}));
    QCOMPARE(handles(list(F::FollowersOnly)), (QStringList{u"anna"_s}));
    QCOMPARE(handles(list(F::FollowingOnly)), (QStringList{u"cem"_s, u"emil"_s}));
    QCOMPARE(handles(list(F::Lost)), (QStringList{u"cem"_s, u"dora"_s}));
    // The Followers and Following collections: every relation of that direction, ended ones too.
    QCOMPARE(handles(list(F::Followers)),
             (QStringList{u"anna"_s, u"ben"_s, u"cem"_s, u"dora"_s}));
    QCOMPARE(handles(list(F::Following)),
             (QStringList{u"ben"_s, u"cem"_s, u"emil"_s, u"finn"_s}));
    for (F filter : {F::All, F::Mutual, F::FollowersOnly, F::FollowingOnly, F::Lost, F::Followers,
                     F::Following})
        QCOMPARE(m_store->contactCount(m_account, filter), int(list(filter).size()));

    // A Following row describes the following relation (when the account unfollowed them),
    // with their following of the account beside it.
    for (const Contact &contact : list(F::Following)) {
        QCOMPARE(contact.direction, FollowDirection::Following);
        const QString name = contact.person.handle.section(u'@', 0, 0);
        QCOMPARE(contact.isActive(), name != u"finn"_s);
        QCOMPARE(bool(contact.reverse), name == u"ben"_s || name == u"cem"_s);
        if (name == u"cem"_s)
            QVERIFY(contact.reverse->unfollowedAt.isValid());
    }
    for (const Contact &contact : list(F::Followers)) {
        QCOMPARE(contact.direction, FollowDirection::Follower);
        const QString name = contact.person.handle.section(u'@', 0, 0);
        QCOMPARE(contact.unfollowedAt.isValid(), name == u"cem"_s || name == u"dora"_s);
    }

    // Each row describes the follower relation if there is one, the other direction beside.
    for (const Contact &contact : list(F::All)) {
        const QString name = contact.person.handle.section(u'@', 0, 0);
        if (name == u"ben"_s) {
            QCOMPARE(contact.direction, FollowDirection::Follower);
            QVERIFY(contact.isActive());
            QVERIFY(contact.reverse && contact.reverse->isActive());
        } else if (name == u"cem"_s) {
            QCOMPARE(contact.direction, FollowDirection::Follower);
            QVERIFY(contact.unfollowedAt.isValid());
            QVERIFY(contact.reverse && contact.reverse->isActive());
        } else if (name == u"finn"_s) {
            QCOMPARE(contact.direction, FollowDirection::Following);
            QVERIFY(!contact.isActive());
            QVERIFY(!contact.reverse);
        } else if (name == u"anna"_s) {
            QVERIFY(!contact.reverse);
        }
        QVERIFY(contact.person.rawJson.isEmpty());
    }
}

void TestStoreBrowsing::pagesContactListsWithTies()
{
    // 450 followers stored in one page share their first-seen time: the person id breaks ties.
    QList<Person> people;
    for (int n = 0; n < 450; ++n)
        people.append(person(QString::number(1000 + n), u"p%1@x.example"_s.arg(n)));
    const qint64 run1 = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run1, people, {}));
    QVERIFY(m_store->storeContactPage(m_account, Collection::Following, run1,
                                      people.mid(0, 100), {}));
    const qint64 run2 = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run2,
                                      people.mid(0, 300), {}));
    QVERIFY(m_store->markUnseenAsRemoved(m_account, Collection::Followers, run2, {}));

    for (ContactListFilter filter : {ContactListFilter::All, ContactListFilter::FollowersOnly,
                                     ContactListFilter::Lost, ContactListFilter::Followers,
                                     ContactListFilter::Following}) {
        ContactPageQuery query;
        query.accountId = m_account;
        query.filter = filter;
        query.limit = 64;
        QSet<qint64> seen;
        int rows = 0;
        for (int pages = 0; pages < 50; ++pages) {
            const QList<Contact> page = m_store->contactPage(query);
            for (const Contact &contact : page)
                seen.insert(contact.person.id);
            rows += int(page.size());
            if (page.size() < query.limit)
                break;
            query.afterSortAt = contactPageSortTime(page.constLast(), filter);
            query.afterPersonId = page.constLast().person.id;
        }
        QCOMPARE(rows, int(seen.size()));
        QCOMPARE(rows, m_store->contactCount(m_account, filter));
    }
    QCOMPARE(m_store->contactCount(m_account, ContactListFilter::All), 450);
    QCOMPARE(m_store->contactCount(m_account, ContactListFilter::FollowersOnly), 200);
    QCOMPARE(m_store->contactCount(m_account, ContactListFilter::Mutual), 100);
    QCOMPARE(m_store->contactCount(m_account, ContactListFilter::Lost), 150);
    QCOMPARE(m_store->contactCount(m_account, ContactListFilter::Followers), 450);
    QCOMPARE(m_store->contactCount(m_account, ContactListFilter::Following), 100);
}

void TestStoreBrowsing::readsThreadsBothWays()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s);
    Item root = item(u"root"_s, u"root"_s, kT0, bob);
    Item r1 = item(u"r1"_s, u"reply 1"_s, kT0.addSecs(10));
    r1.inReplyToId = u"root"_s;
    Item r2 = item(u"r2"_s, u"reply to reply"_s, kT0.addSecs(30), bob);
    r2.inReplyToId = u"r1"_s;
    Item r3 = item(u"r3"_s, u"other reply to r1"_s, kT0.addSecs(20));
    r3.inReplyToId = u"r1"_s;
    Item sibling = item(u"s"_s, u"other branch"_s, kT0.addSecs(15), bob);
    sibling.inReplyToId = u"root"_s;
    Item loose = item(u"x"_s, u"unrelated"_s, kT0.addSecs(12));
    Item missingParent = item(u"orphan"_s, u"parent not stored"_s, kT0.addSecs(40));
    missingParent.inReplyToId = u"gone"_s;
    // The root only as context (related), the rest as members.
    const qint64 run = m_store->beginRun(m_account, false).value();
    QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, run,
                                   {r2, r1, r3, sibling, loose, missingParent}, {root}, {}));

    const auto ids = [](const QList<Item> &items) {
        QStringList result;
        for (const Item &i : items)
            result.append(i.platformId);
        return result;
    };
    // Ancestors, the item, all descendants; siblings of the item's branch are not included.
    QCOMPARE(ids(m_store->thread(m_account, u"r1"_s)),
             (QStringList{u"root"_s, u"r1"_s, u"r3"_s, u"r2"_s}));
    QCOMPARE(ids(m_store->thread(m_account, u"r2"_s)),
             (QStringList{u"root"_s, u"r1"_s, u"r2"_s}));
    QCOMPARE(ids(m_store->thread(m_account, u"root"_s)),
             (QStringList{u"root"_s, u"r1"_s, u"s"_s, u"r3"_s, u"r2"_s}));
    QCOMPARE(ids(m_store->thread(m_account, u"x"_s)), (QStringList{u"x"_s}));
    QCOMPARE(ids(m_store->thread(m_account, u"orphan"_s)), (QStringList{u"orphan"_s}));
    QVERIFY(m_store->thread(m_account, u"nope"_s).isEmpty());
}

void TestStoreBrowsing::threadOfMessageIsItsConversation()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s);
    Item m1 = message(u"m1"_s, u"c1"_s, u"first"_s, kT0, bob);
    Item m2 = message(u"m2"_s, u"c1"_s, u"second, no reply link"_s, kT0.addSecs(5));
    Item m3 = message(u"m3"_s, u"c1"_s, u"third"_s, kT0.addSecs(9), bob);
    m3.inReplyToId = u"m2"_s;
    QVERIFY(storeItems(*m_store, m_account, Collection::Messages, {m3, m1, m2}));
    const QList<Item> thread = m_store->thread(m_account, u"m3"_s);
    QCOMPARE(thread.size(), 3);
    QCOMPARE(thread.at(0).platformId, u"m1"_s);
    QCOMPARE(thread.at(2).platformId, u"m3"_s);
}

void TestStoreBrowsing::countsCollectionsInOneCall()
{
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"a"_s, u"a"_s, kT0), item(u"b"_s, u"b"_s, kT0)}));
    QVERIFY(storeItems(*m_store, m_account, Collection::Favourites, {item(u"a"_s, u"a"_s, kT0)}));
    const qint64 run = m_store->beginRun(m_account, true).value();
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, run,
                                      {person(u"11"_s, u"x@y.example"_s),
                                       person(u"12"_s, u"z@y.example"_s)},
                                      {}));
    QVERIFY(m_store->storeContactPage(m_account, Collection::Following, run,
                                      {person(u"11"_s, u"x@y.example"_s)}, {}));
    const QMap<Collection, int> counts = m_store->collectionCounts(m_account);
    QCOMPARE(counts.value(Collection::Posts), 2);
    QCOMPARE(counts.value(Collection::Favourites), 1);
    QCOMPARE(counts.value(Collection::Bookmarks), 0);
    QVERIFY(counts.contains(Collection::Bookmarks));
    QCOMPARE(counts.value(Collection::Followers), 2);
    QCOMPARE(counts.value(Collection::Following), 1);
}

void TestStoreBrowsing::searchFiltersByDateAuthorAndCollection()
{
    const Person bob = person(u"2"_s, u"bob@x.example"_s, u"Bøb Builder"_s);
    QVERIFY(storeItems(*m_store, m_account, Collection::Posts,
                       {item(u"p1"_s, u"Kaffee am Morgen"_s, kT0),
                        item(u"p2"_s, u"Kaffee am Abend"_s, kT0.addDays(2))}));
    QVERIFY(storeItems(*m_store, m_account, Collection::Favourites,
                       {item(u"f1"_s, u"Kaffee von Bob"_s, kT0.addDays(1), bob)}));

    const auto ids = [&](SearchQuery query) {
        query.accountId = m_account;
        const Result<QList<SearchHit>> hits = m_store->search(query);
        if (!hits)
            return QStringList{u"ERROR "_s + hits.errorMessage()};
        QStringList result;
        for (const SearchHit &hit : hits.value())
            result.append(hit.item.platformId);
        result.sort();
        return result;
    };
    SearchQuery query;
    query.text = u"kaffee"_s;
    QCOMPARE(ids(query), (QStringList{u"f1"_s, u"p1"_s, u"p2"_s}));

    SearchQuery dated = query;
    dated.since = kT0.addSecs(1);
    QCOMPARE(ids(dated), (QStringList{u"f1"_s, u"p2"_s}));
    dated.until = kT0.addDays(2);
    QCOMPARE(ids(dated), (QStringList{u"f1"_s}));
    dated.since = {};
    QCOMPARE(ids(dated), (QStringList{u"f1"_s, u"p1"_s}));

    SearchQuery byAuthor = query;
    byAuthor.author = u"bob"_s;
    QCOMPARE(ids(byAuthor), (QStringList{u"f1"_s}));
    byAuthor.author = u"BOB BUIL"_s; // folded, each word a prefix
    QCOMPARE(ids(byAuthor), (QStringList{u"f1"_s}));
    byAuthor.author = u"alice"_s;
    QCOMPARE(ids(byAuthor), (QStringList{u"p1"_s, u"p2"_s}));
    byAuthor.author = u"\"*("_s; // nothing searchable: no author filter
    QCOMPARE(ids(byAuthor), (QStringList{u"f1"_s, u"p1"_s, u"p2"_s}));
    // "morgen" is in the text, not in the author: not a match for the author filter.
    SearchQuery authorOnly;
    authorOnly.author = u"bob"_s;
    QCOMPARE(ids(authorOnly), (QStringList{u"f1"_s}));
    authorOnly.author = u"morgen"_s;
    QCOMPARE(ids(authorOnly), QStringList());

    SearchQuery inCollection = query;
    inCollection.collection = Collection::Posts;
    inCollection.since = kT0.addDays(1);
    QCOMPARE(ids(inCollection), (QStringList{u"p2"_s}));
}

QTEST_GUILESS_MAIN(TestStoreBrowsing)
#include "tst_store_browsing.moc"
