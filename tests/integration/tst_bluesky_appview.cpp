// End to end against the local AppView/chat fake (tests/fakes/bluesky): what the real test PDS
// cannot serve - followers, mentions from notifications, direct messages through the chat
// proxy, bookmarks, others' replies around the account's posts (author feed and threads) -
// backed up completely with cursor paging, a 429 waited out until its RateLimit-Reset,
// and an incremental run that stops at what it has.
#include "HoldfastProcess.h"

#include "models/store/Store.h"
#include "tests/fakes/bluesky/FakeBlueskyServer.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;
using holdfast::testing::FakeBlueskyServer;
using holdfast::testing::HoldfastProcess;

namespace {
QString describe(const HoldfastProcess::Outcome &o)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(o.exitCode)
        .arg(QString::fromUtf8(o.out.right(2000)), QString::fromUtf8(o.err.right(3000)));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestBlueskyAppView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeBlueskyServer> m_server;
    QTemporaryDir m_dataDir;

    QStringList itemIds(Collection collection)
    {
        auto store = Store::open(m_dataDir.path());
        QStringList ids;
        ItemFilter filter;
        filter.accountId = store.value()->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle))->id;
        filter.collection = collection;
        filter.includeRemoved = false;
        (void)store.value()->forEachItem(filter, [&](const Item &item) {
            if (!item.deletedAt.isValid())
                ids.append(item.platformId);
            return true;
        });
        return ids;
    }

    QStringList followers()
    {
        auto store = Store::open(m_dataDir.path());
        QStringList dids;
        ContactFilter filter;
        filter.accountId = store.value()->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle))->id;
        filter.direction = FollowDirection::Follower;
        filter.includeEnded = false;
        (void)store.value()->forEachContact(filter, [&](const Contact &contact) {
            dids.append(contact.person.platformId);
            return true;
        });
        return dids;
    }

    /// Others' replies to the account's post and the post it replied to: kept as thread
    /// context (stored, linked, in no collection); the repost in the feed is not context.
    void verifyThreadContext()
    {
        auto store = Store::open(m_dataDir.path());
        const qint64 account = store.value()->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle))->id;
        const QStringList context = m_server->threadContextUris();
        for (const QString &uri : context) {
            const auto item = store.value()->item(account, uri);
            QVERIFY2(item.has_value(), qPrintable(uri));
            QVERIFY(item->author.platformId != QLatin1String(FakeBlueskyServer::kDid));
            QVERIFY2(item->author.handle.endsWith(QLatin1String(".fake.test")), qPrintable(item->author.handle));
            QVERIFY(!item->text.isEmpty());
            QVERIFY(!store.value()->isMember(account, Collection::Posts, uri));
        }
        const QString ownPost = m_server->ownPostUris().last();
        QStringList thread;
        for (const Item &item : store.value()->thread(account, ownPost))
            thread.append(item.platformId);
        QCOMPARE(sorted(thread), sorted({ownPost, context.at(1), context.at(2), context.at(3)}));
        const auto nested = store.value()->item(account, context.at(2));
        QCOMPARE(nested->inReplyToId, context.at(1));
        QCOMPARE(nested->conversationId, ownPost);
        QCOMPARE(store.value()->item(account, ownPost)->text, QStringLiteral("the only post")); // the record, not a view
        const QString reposted = QStringLiteral("at://did:plc:follower%1/app.bsky.feed.post/3krepostedxx1").arg(5, 20, 10, QLatin1Char('0'));
        QVERIFY(!store.value()->hasItem(account, reposted));
    }

    void verifyBookmarks()
    {
        auto store = Store::open(m_dataDir.path());
        const qint64 account = store.value()->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle))->id;
        const QStringList uris = m_server->bookmarkUris();
        const auto first = store.value()->item(account, uris.at(0));
        QCOMPARE(first->text, QStringLiteral("gemerkt 0 🔖"));
        QCOMPARE(first->favouriteCount, 4);
        QVERIFY(first->author.handle.endsWith(QLatin1String(".fake.test")));
        // Deleted and blocked posts stay bookmarked as stubs that name the post.
        for (int i : {3, 4}) {
            const auto stub = store.value()->item(account, uris.at(i));
            QVERIFY(stub->text.isEmpty());
            const QJsonObject raw = QJsonDocument::fromJson(stub->rawJson).object();
            QCOMPARE(raw.value(QLatin1String("uri")).toString(), uris.at(i));
            QVERIFY(raw.value(QLatin1String("bookmark")).toObject().contains(QLatin1String("createdAt")));
        }
    }

    /// Blobs of the repository that no post references: downloaded as the account's files.
    void verifyRepositoryBlobs()
    {
        auto store = Store::open(m_dataDir.path());
        const qint64 account = store.value()->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle))->id;
        QList<QByteArray> kept;
        for (const MediaFile &file : store.value()->accountMedia(account)) {
            QFile local(m_dataDir.filePath(file.localPath));
            QVERIFY2(!file.localPath.isEmpty() && local.open(QIODevice::ReadOnly), qPrintable(file.remoteUrl + file.lastError));
            kept.append(local.readAll());
        }
        QList<QByteArray> expected = m_server->blobContents();
        std::sort(kept.begin(), kept.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(kept, expected);
    }

    int count(const QString &nsid) const
    {
        int n = 0;
        for (const auto &request : m_server->requests())
            n += request.nsid == nsid;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HoldfastProcess::binary().isEmpty(), "HOLDFAST_BINARY must point at the holdfast executable");
        FakeBlueskyServer::Options options;
        options.rateLimitNsid = QStringLiteral("app.bsky.graph.getFollowers");
        m_server = std::make_unique<FakeBlueskyServer>(options);
        QVERIFY(m_server->start());

        QProcess process;
        HoldfastProcess(m_dataDir.path()).start(process, {
            QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
            QStringLiteral("--handle"), QString::fromLatin1(FakeBlueskyServer::kHandle),
            QStringLiteral("--service"), m_server->baseUrl().toString(),
            QStringLiteral("--plc-directory"), m_server->baseUrl().toString(), QStringLiteral("--app-password-stdin")});
        process.write(QByteArray(FakeBlueskyServer::kAppPassword) + '\n');
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30'000);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void fullBackupOfAppViewAndChatCollections()
    {
        m_server->clearRequests();
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), QString::fromLatin1(FakeBlueskyServer::kHandle)});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QVERIFY2(!outcome.err.contains("unavailable"), qPrintable(describe(outcome)));

        QCOMPARE(sorted(followers()), sorted(m_server->followerDids()));
        QCOMPARE(sorted(itemIds(Collection::Mentions)), sorted(m_server->mentionUris()));
        QCOMPARE(sorted(itemIds(Collection::Messages)), sorted(m_server->messageIds()));
        QCOMPARE(sorted(itemIds(Collection::Posts)), sorted(m_server->ownPostUris()));
        QCOMPARE(sorted(itemIds(Collection::Bookmarks)), sorted(m_server->bookmarkUris()));
        QCOMPARE(count(QStringLiteral("app.bsky.feed.getPostThread")), 1); // the one post with replies
        verifyThreadContext();
        verifyBookmarks();
        verifyRepositoryBlobs();
        // Each convo's unreadCount became its unread marker (the fake: odd convos unread).
        {
            auto store = Store::open(m_dataDir.path());
            QVERIFY(store.ok());
            const auto account = (*store)->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle));
            QVERIFY(account);
            const QList<ConversationSummary> conversations = (*store)->conversations(account->id);
            QVERIFY(!conversations.isEmpty());
            for (const ConversationSummary &summary : conversations)
                QCOMPARE(summary.unread, summary.conversationId.mid(5).toInt() % 2 == 1);
        }

        // Chat calls carry the proxy header, nothing else does (the fake refuses both mistakes).
        for (const auto &request : m_server->requests())
            QVERIFY2(request.status < 400 || request.status == 429,
                     qPrintable(QStringLiteral("%1 %2 -> %3").arg(request.nsid, request.query).arg(request.status)));

        // The 429 was waited out until its reset time, then the same page was asked again.
        const auto &log = m_server->requests();
        int limited = -1;
        for (int i = 0; i < log.size(); ++i)
            if (log[i].status == 429)
                limited = i;
        QVERIFY(limited >= 0);
        int next = limited + 1;
        while (next < log.size() && log[next].nsid != log[limited].nsid)
            ++next;
        QVERIFY(next < log.size());
        QCOMPARE(log[next].query, log[limited].query);
        QVERIFY2(log[next].atMs >= log[limited].rateLimitResetMs,
                 qPrintable(QStringLiteral("retried %1 ms before the reset").arg(log[limited].rateLimitResetMs - log[next].atMs)));
    }

    void incrementalBackupStopsAtWhatItHas()
    {
        m_server->clearRequests();
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), QString::fromLatin1(FakeBlueskyServer::kHandle)});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QCOMPARE(count(QStringLiteral("app.bsky.graph.getFollowers")), 1);
        QCOMPARE(count(QStringLiteral("app.bsky.notification.listNotifications")), 1);
        QCOMPARE(count(QStringLiteral("chat.bsky.convo.getMessages")), 1); // the newest conversation's newest page
        QCOMPARE(count(QStringLiteral("com.atproto.sync.getRepo")), 0);    // same revision: snapshot kept already
        QCOMPARE(count(QStringLiteral("app.bsky.feed.getAuthorFeed")), 1); // its newest post is archived
        QCOMPARE(count(QStringLiteral("app.bsky.feed.getPostThread")), 0); // threads of archived posts were read
        QCOMPARE(count(QStringLiteral("app.bsky.bookmark.getBookmarks")), 1);
        QVERIFY2(m_server->requests().size() <= 16, qPrintable(QString::number(m_server->requests().size())));
        QCOMPARE(sorted(followers()), sorted(m_server->followerDids()));
    }

    void incrementalBackupKeepsThreadsOfManyNewPosts()
    {
        // More new posts than a page, and reposts in the author feed: its pages lag behind the
        // repository walk's, so it meets posts this run stored on an earlier page.
        m_server->addOwnPostsWithReplies(150, 4);
        m_server->clearRequests();
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), QString::fromLatin1(FakeBlueskyServer::kHandle)});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QCOMPARE(count(QStringLiteral("app.bsky.feed.getPostThread")), 150); // each new one, no old one
        QCOMPARE(count(QStringLiteral("app.bsky.feed.getAuthorFeed")), 2);
        QCOMPARE(sorted(itemIds(Collection::Posts)), sorted(m_server->ownPostUris()));
        auto store = Store::open(m_dataDir.path());
        const qint64 account = store.value()->findAccount(QString::fromLatin1(FakeBlueskyServer::kHandle))->id;
        for (const QString &uri : m_server->threadContextUris())
            QVERIFY2(store.value()->hasItem(account, uri), qPrintable(uri));
    }
};

QTEST_GUILESS_MAIN(TestBlueskyAppView)
#include "tst_bluesky_appview.moc"
