// End to end against the local AppView/chat fake (tests/fakes/bluesky): what the real test PDS
// cannot serve - followers, mentions from notifications, direct messages through the chat
// proxy - backed up completely with cursor paging, a 429 waited out until its RateLimit-Reset,
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
        QVERIFY2(m_server->requests().size() <= 16, qPrintable(QString::number(m_server->requests().size())));
        QCOMPARE(sorted(followers()), sorted(m_server->followerDids()));
    }
};

QTEST_GUILESS_MAIN(TestBlueskyAppView)
#include "tst_bluesky_appview.moc"
