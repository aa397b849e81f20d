// End to end: sign in, back up, resume, notice edits and deletions, survive rate limits and
// faults — the real holdfast binary against the local Mastodon-API server, with the real
// keychain and real SQLite files. Compared exactly with what the server holds.
#include "HoldfastProcess.h"

#include "connectors/common/HtmlText.h"
#include "connectors/common/SecretStore.h"
#include "models/store/Store.h"
#include "models/store/TextFolding.h"
#include "tests/fakes/mastodon/FakeMastodonServer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;
using holdfast::testing::FakeMastodonServer;
using holdfast::testing::HoldfastProcess;

namespace {

QStringList idsOf(const QJsonArray &array)
{
    QStringList ids;
    for (const QJsonValue &v : array)
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString describe(const HoldfastProcess::Outcome &o)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(o.exitCode)
        .arg(QString::fromUtf8(o.out.right(2000)), QString::fromUtf8(o.err.right(3000)));
}

} // namespace

class TestMastodonBackup : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeMastodonServer> m_server;
    QTemporaryDir m_dataDir;
    QString m_account; // store id of the signed-in account, as the CLI prints it

    /// Exported records of a collection, in export order.
    QList<QJsonObject> exported(const QString &dataDir, const QString &collection,
                                const QString &account = QStringLiteral("1"))
    {
        const auto outcome = HoldfastProcess(dataDir).run({QStringLiteral("export"), QStringLiteral("--account"), account,
                                                            QStringLiteral("--collection"), collection,
                                                            QStringLiteral("--format"), QStringLiteral("jsonl")});
        if (outcome.exitCode != 0)
            qWarning().noquote() << describe(outcome);
        QList<QJsonObject> records;
        for (const QByteArray &line : outcome.out.split('\n'))
            if (!line.isEmpty())
                records.append(QJsonDocument::fromJson(line).object());
        return records;
    }

    QStringList exportedIds(const QString &dataDir, const QString &collection, bool activeOnly = false)
    {
        QStringList ids;
        for (const QJsonObject &record : exported(dataDir, collection)) {
            // Ended relations and deleted items are kept in the archive, marked with a date.
            if (activeOnly && (record.value(QLatin1String("unfollowed_at")).isString()
                               || record.value(QLatin1String("deleted_at")).isString()))
                continue;
            ids.append(record.value(QLatin1String("id")).toString());
        }
        return ids;
    }

    /// Everything the archive holds, compared with everything the server holds.
    void verifyArchiveMatches(FakeMastodonServer &server, const QString &dataDir)
    {
        const QStringList posts = exportedIds(dataDir, QStringLiteral("posts"), true);
        QCOMPARE(posts.size(), QSet<QString>(posts.cbegin(), posts.cend()).size()); // no duplicates
        QCOMPARE(sorted(posts), sorted(idsOf(server.ownStatuses())));
        QCOMPARE(sorted(exportedIds(dataDir, QStringLiteral("favourites"), true)), sorted(idsOf(server.favouritedStatuses())));
        QCOMPARE(sorted(exportedIds(dataDir, QStringLiteral("bookmarks"), true)), sorted(idsOf(server.bookmarkedStatuses())));
        QCOMPARE(sorted(exportedIds(dataDir, QStringLiteral("mentions"), true)), sorted(idsOf(server.mentionStatuses())));
        QCOMPARE(sorted(exportedIds(dataDir, QStringLiteral("messages"), true)), sorted(idsOf(server.directMessages())));
        QCOMPARE(sorted(exportedIds(dataDir, QStringLiteral("followers"), true)), sorted(idsOf(server.followers())));
        QCOMPARE(sorted(exportedIds(dataDir, QStringLiteral("following"), true)), sorted(idsOf(server.following())));
    }

    /// The archive's unread marker of every conversation equals the server's `unread`.
    void verifyConversationStates(FakeMastodonServer &server, const QString &dataDir)
    {
        auto store = Store::open(dataDir);
        QVERIFY(store.ok());
        QHash<QString, bool> archived;
        for (const ConversationSummary &summary : (*store)->conversations(1))
            archived.insert(summary.conversationId, summary.unread);
        int compared = 0;
        for (const QJsonValue &value : server.conversations()) {
            const QJsonObject conversation = value.toObject();
            if (!conversation.value(QLatin1String("last_status")).isObject())
                continue;
            const QString id = conversation.value(QLatin1String("id")).toString();
            QVERIFY2(archived.contains(id), qPrintable(id));
            QCOMPARE(archived.value(id), conversation.value(QLatin1String("unread")).toBool());
            ++compared;
        }
        QCOMPARE(compared, archived.size());
    }

    int apiRequests(const FakeMastodonServer &server) const
    {
        int count = 0;
        for (const QString &request : server.requestLog())
            if (request.contains(QLatin1String(" /api/")))
                ++count;
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HoldfastProcess::binary().isEmpty(), "HOLDFAST_BINARY must point at the holdfast executable");
        QVERIFY(m_dataDir.isValid());
        m_server = std::make_unique<FakeMastodonServer>();
        QVERIFY(m_server->start());
    }

    void signInKeepsTheTokenOnlyInTheKeychain()
    {
        const auto outcome = HoldfastProcess(m_dataDir.path()).signIn(m_server->baseUrl());
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QVERIFY(outcome.out.contains("Added account 1: "));
        m_account = QStringLiteral("1");

        const auto list = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value(QLatin1String("id")).toString(), QStringLiteral("1"));
        QCOMPARE(account.value(QLatin1String("platform")).toString(), QStringLiteral("mastodon"));
        QCOMPARE(account.value(QLatin1String("server")).toString(), m_server->baseUrl().toString());
        QCOMPARE(account.value(QLatin1String("handle")).toString(),
                 m_server->ownAccount().value(QLatin1String("acct")).toString() + u'@' + m_server->baseUrl().host());

        const QString token = m_server->issuedAccessToken();
        QVERIFY(token.size() >= 16);
        // In the keychain...
        auto store = Store::open(m_dataDir.path());
        QVERIFY(store.ok());
        const auto stored = (*store)->account(1);
        QVERIFY(stored.has_value());
        SecretStore secrets;
        auto fromKeychain = secrets.read(SecretStore::accessTokenKey(*stored));
        QVERIFY2(fromKeychain.ok(), qPrintable(fromKeychain.errorMessage()));
        QCOMPARE(fromKeychain.value(), token);
        // ...and in no file Holdfast wrote: database, WAL, settings, logs.
        const QStringList roots = {m_dataDir.path(), qEnvironmentVariable("XDG_CONFIG_HOME"),
                                   qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CACHE_HOME")};
        int filesChecked = 0;
        for (const QString &root : roots) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly)) {
                    ++filesChecked;
                    QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
                }
            }
        }
        QVERIFY(filesChecked >= 1);
        QVERIFY(!outcome.out.contains(token.toUtf8()) && !outcome.err.contains(token.toUtf8()));
    }

    void fullBackupMatchesTheServerExactly()
    {
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), m_account});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QVERIFY(outcome.err.contains("backup succeeded"));
        verifyArchiveMatches(*m_server, m_dataDir.path());
        // The generated conversations are a mix of read and unread ones.
        int unread = 0;
        for (const QJsonValue &value : m_server->conversations())
            unread += value.toObject().value(QLatin1String("unread")).toBool() ? 1 : 0;
        QVERIFY(unread > 0 && unread < m_server->conversations().size());
        verifyConversationStates(*m_server, m_dataDir.path());

        // Normalised text and raw JSON of every own status.
        auto store = Store::open(m_dataDir.path());
        QVERIFY(store.ok());
        for (const QJsonValue &value : m_server->ownStatuses()) {
            const QJsonObject status = value.toObject();
            const auto item = (*store)->item(1, status.value(QLatin1String("id")).toString());
            QVERIFY(item.has_value());
            QCOMPARE(item->text, htmlToPlainText(status.value(QLatin1String("content")).toString()));
            QCOMPARE(item->createdAt, QDateTime::fromString(status.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs));
            QCOMPARE(QJsonDocument::fromJson(item->rawJson).object(), status);
        }
        // Media arrived under content-hash names; the one that answers 404 is recorded, not fatal.
        QDirIterator media(m_dataDir.path() + QStringLiteral("/media"), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(media.hasNext(), "media files should have been downloaded");
        const QList<MediaFile> pending = (*store)->pendingMedia(1);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().remoteUrl, m_server->missingMediaUrl());
        QVERIFY2(pending.first().lastError.contains(QLatin1String("404")), qPrintable(pending.first().lastError));
        const auto withMedia = (*store)->item(1, m_server->largeMediaStatusId());
        QVERIFY(withMedia.has_value());
        QVERIFY(std::any_of(withMedia->mediaFiles.cbegin(), withMedia->mediaFiles.cend(), [&](const MediaFile &f) {
            return f.size == FakeMastodonServer::largeMediaBytes && !f.sha256.isEmpty()
                   && QFile::exists(m_dataDir.path() + u'/' + f.localPath);
        }));
    }

    void secondBackupIsIncrementalAndCheap()
    {
        m_server->resetRequestLog();
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), m_account});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        // The media that failed last time was tried again (and failed again, without failing the run).
        const QStringList log = m_server->requestLog();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const QString &line) {
            return line.contains(QUrl(m_server->missingMediaUrl()).path());
        }));
        // verify_credentials + one page for each of the seven collections.
        QVERIFY2(apiRequests(*m_server) <= 8, qPrintable(m_server->requestLog().join(u'\n')));
        verifyArchiveMatches(*m_server, m_dataDir.path());
    }

    void incrementalBackupPicksUpNewItemsAndFollowerChanges()
    {
        const QJsonObject added = m_server->addStatus(QStringLiteral("Neuer Beitrag aus Köln: Grüße an alle! 🎉"));
        const QString goneFollower = idsOf(m_server->followers()).at(5);
        m_server->removeFollower(goneFollower);
        const QJsonObject newFollower = m_server->addFollower();
        // Read on the platform: an unread conversation of the first page; a read one gets a
        // new message (unread again, and it moves to the top).
        const QJsonArray conversations = m_server->conversations();
        QString readNow, answered;
        for (qsizetype i = 0; i < std::min<qsizetype>(conversations.size(), 20); ++i) {
            const QJsonObject c = conversations.at(i).toObject();
            const bool isUnread = c.value(QLatin1String("unread")).toBool();
            if (isUnread && readNow.isEmpty())
                readNow = c.value(QLatin1String("id")).toString();
            else if (!isUnread && answered.isEmpty())
                answered = c.value(QLatin1String("last_status")).toObject().value(QLatin1String("id")).toString();
        }
        QVERIFY(!readNow.isEmpty() && !answered.isEmpty());
        QVERIFY(m_server->markConversationRead(readNow));
        // Two new messages in one thread: each also mentions the account, and both must end
        // up in the conversation, not only the last one.
        QVERIFY(!m_server->addDirectMessage(answered, QStringLiteral("Noch eine Frage …")).isEmpty());
        QVERIFY(!m_server->addDirectMessage(answered, QStringLiteral("Und noch eine: Grüße aus Köln")).isEmpty());
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), m_account});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        verifyArchiveMatches(*m_server, m_dataDir.path());
        verifyConversationStates(*m_server, m_dataDir.path());

        bool sawUnfollow = false;
        for (const QJsonObject &record : exported(m_dataDir.path(), QStringLiteral("followers"))) {
            if (record.value(QLatin1String("id")).toString() == goneFollower) {
                QVERIFY(!record.value(QLatin1String("unfollowed_at")).isNull());
                sawUnfollow = true;
            }
        }
        QVERIFY2(sawUnfollow, "an unfollowed account is kept and marked");
        auto store = Store::open(m_dataDir.path());
        QVERIFY(store.ok());
        QVERIFY((*store)->item(1, added.value(QLatin1String("id")).toString()).has_value());
        const auto events = (*store)->contactEvents(1, QDateTime(), QDateTime());
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const ContactEvent &e) {
            return e.person.platformId == goneFollower && e.type == ContactEvent::Type::Ended;
        }));
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const ContactEvent &e) {
            return e.person.platformId == newFollower.value(QLatin1String("id")).toString()
                   && e.type == ContactEvent::Type::Started;
        }));
    }

    void fullBackupNoticesEditsAndDeletions()
    {
        // Older own posts (not boosts, which cannot be edited), well past the first page.
        QStringList originals;
        for (const QJsonValue &v : m_server->ownStatuses())
            if (v.toObject().value(QLatin1String("reblog")).isNull())
                originals.append(v.toObject().value(QLatin1String("id")).toString());
        const QString edited = originals.at(100);
        const QString deleted = originals.at(200);
        QString oldText;
        {
            auto store = Store::open(m_dataDir.path());
            oldText = (*store)->item(1, edited)->text;
        }
        QVERIFY(m_server->editStatus(edited, QStringLiteral("Korrigiert: Straße statt Strasse")));
        QVERIFY(m_server->deleteStatus(deleted));

        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), m_account, QStringLiteral("--full")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        verifyArchiveMatches(*m_server, m_dataDir.path());

        auto store = Store::open(m_dataDir.path());
        QVERIFY(store.ok());
        const auto editedItem = (*store)->item(1, edited);
        QVERIFY(editedItem->text.contains(QLatin1String("Korrigiert")));
        const auto versions = (*store)->itemVersions(1, edited);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().text, oldText);
        const auto deletedItem = (*store)->item(1, deleted);
        QVERIFY2(deletedItem.has_value(), "a deleted post is kept");
        QVERIFY(deletedItem->deletedAt.isValid());
    }

    void searchIgnoresCaseAndDiacritics()
    {
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("search"), QStringLiteral("koln"),
                                                                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("500")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        const QJsonArray hits = QJsonDocument::fromJson(outcome.out).array();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &hit : hits) {
            const QString text = foldForSearch(hit.toObject().value(QLatin1String("text")).toString()
                                               + hit.toObject().value(QLatin1String("author")).toString());
            QVERIFY2(text.contains(QLatin1String("koln")), qPrintable(text));
        }
        const auto strasse = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("search"), QStringLiteral("strasse"), QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(strasse.out).array().size() >= 1);
    }

    void killedBackupResumesWithExactResults()
    {
        QTemporaryDir dir;
        HoldfastProcess holdfast(dir.path());
        const auto signedIn = holdfast.signIn(m_server->baseUrl());
        QVERIFY2(signedIn.exitCode == 0, qPrintable(describe(signedIn)));

        QProcess process;
        int statusPages = 0;
        auto connection = connect(m_server.get(), &FakeMastodonServer::requestServed, this,
                                  [&](const QString &, const QString &path, int) {
            if (path.contains(QLatin1String("/statuses?")) && ++statusPages == 12)
                process.kill(); // SIGKILL: no chance to clean up
        });
        holdfast.start(process, {QStringLiteral("backup"), QStringLiteral("1"), QStringLiteral("--no-media")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60'000);
        disconnect(connection);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        {
            auto store = Store::open(dir.path());
            const int partial = (*store)->itemCount(1, Collection::Posts);
            QVERIFY2(partial > 0 && partial < m_server->ownStatuses().size(), "the kill should land mid-walk");
        }
        const auto resumed = holdfast.run({QStringLiteral("backup"), QStringLiteral("1"), QStringLiteral("--no-media")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        verifyArchiveMatches(*m_server, dir.path());
        auto store = Store::open(dir.path());
        const auto runs = (*store)->runs(1);
        QVERIFY(runs.size() >= 2);
        QCOMPARE(runs.last().outcome, QStringLiteral("interrupted"));
        QCOMPARE(runs.first().outcome, QStringLiteral("succeeded"));
    }

    void rateLimitsAndFaultsAreSurvived()
    {
        FakeMastodonServer::Options options;
        options.seed = 7;
        options.statusCount = 400;
        options.rateLimitRequests = 12;
        options.rateLimitWindowMs = 1000;
        FakeMastodonServer server(options);
        QVERIFY(server.start());
        QTemporaryDir dir;
        HoldfastProcess holdfast(dir.path());
        QVERIFY(holdfast.signIn(server.baseUrl()).exitCode == 0);

        server.injectFault(QStringLiteral("/api/v1/favourites"), FakeMastodonServer::Fault::ServiceUnavailable);
        // Qt resends a request once by itself when a kept-alive connection drops; two drops reach our retry.
        server.injectFault(QStringLiteral("/api/v1/bookmarks"), FakeMastodonServer::Fault::Drop, 2);
        server.injectFault(QStringLiteral("/api/v1/conversations"), FakeMastodonServer::Fault::TruncatedJson);
        server.injectFault(QStringLiteral("/api/v1/notifications"), FakeMastodonServer::Fault::TooManyRequests);
        const auto outcome = holdfast.run({QStringLiteral("backup"), QStringLiteral("1"), QStringLiteral("--no-media")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        QVERIFY2(outcome.err.contains("Waiting for the rate limit"), qPrintable(describe(outcome)));
        QVERIFY2(outcome.err.contains("Retrying"), qPrintable(describe(outcome)));
        verifyArchiveMatches(server, dir.path());
        // The client waits for the window instead of hammering into 429s.
        QVERIFY2(server.rateLimitedCount() <= 1, qPrintable(QString::number(server.rateLimitedCount())));
    }

    void aPageThatKeepsFailingFailsTheRunAndKeepsWhatWasStored()
    {
        const int before = Store::open(m_dataDir.path()).value()->itemCount(1);
        m_server->injectFault(QStringLiteral("/api/v1/favourites"), FakeMastodonServer::Fault::ServiceUnavailable, 20);
        const auto outcome = HoldfastProcess(m_dataDir.path()).run({QStringLiteral("backup"), m_account, QStringLiteral("--full"),
                                                                    QStringLiteral("--no-media")});
        QCOMPARE(outcome.exitCode, 1);
        const QList<QByteArray> lines = outcome.err.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("holdfast backup: ") && lines.last().contains("favourites")
                     && lines.last().contains("503"), lines.last().constData());
        auto store = Store::open(m_dataDir.path());
        QCOMPARE((*store)->itemCount(1), before);
        QCOMPARE((*store)->runs(1).first().outcome, QStringLiteral("failed"));
        // The run keeps why it failed, as a code: a server error, not a refused sign-in.
        QCOMPARE((*store)->runs(1).first().errorCode, std::optional<Error::Code>(Error::Code::Http));
        m_server->clearFaults();
    }

    void exportFirstThenSignInIsOneAccountWithoutDuplicates()
    {
        // The person imports their Mastodon export before ever signing in, then signs in and
        // backs up: one account, and the export's likes and bookmarks (remote statuses known
        // only by URI) become the API's favourites and bookmarks instead of doubling them.
        FakeMastodonServer::Options options;
        options.statusCount = 40;
        options.favouriteCount = 15;
        options.bookmarkCount = 6;
        options.mentionCount = 5;
        options.conversationCount = 2;
        options.followerCount = 8;
        options.followingCount = 4;
        FakeMastodonServer server(options);
        QVERIFY(server.start());
        QTemporaryDir dataDir;
        QTemporaryDir exportDir;

        const QJsonObject own = server.ownAccount();
        const QString actorId = own.value(QLatin1String("uri")).toString();
        QJsonArray outbox;
        QStringList ownIds;
        for (const QJsonValue &value : server.ownStatuses()) {
            const QJsonObject status = value.toObject();
            if (!status.value(QLatin1String("reblog")).isNull() || status.value(QLatin1String("visibility")).toString() != u"public")
                continue;
            ownIds.append(status.value(QLatin1String("id")).toString());
            outbox.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Create")},
                {QStringLiteral("published"), status.value(QLatin1String("created_at"))},
                {QStringLiteral("to"), QJsonArray{QStringLiteral("https://www.w3.org/ns/activitystreams#Public")}},
                {QStringLiteral("object"), QJsonObject{{QStringLiteral("id"), status.value(QLatin1String("uri"))},
                                                       {QStringLiteral("type"), QStringLiteral("Note")},
                                                       {QStringLiteral("published"), status.value(QLatin1String("created_at"))},
                                                       {QStringLiteral("content"), status.value(QLatin1String("content"))}}}});
            if (outbox.size() == 3)
                break;
        }
        auto uris = [](const QJsonArray &statuses) {
            QJsonArray out;
            for (const QJsonValue &v : statuses)
                out.append(v.toObject().value(QLatin1String("uri")));
            return out;
        };
        auto write = [&](const QString &name, const QJsonObject &json) {
            QFile file(exportDir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0;
        };
        QVERIFY(write(QStringLiteral("actor.json"),
                      {{QStringLiteral("id"), actorId}, {QStringLiteral("type"), QStringLiteral("Person")},
                       {QStringLiteral("preferredUsername"), own.value(QLatin1String("username"))},
                       {QStringLiteral("name"), own.value(QLatin1String("display_name"))},
                       {QStringLiteral("url"), own.value(QLatin1String("url"))}}));
        QVERIFY(write(QStringLiteral("outbox.json"), {{QStringLiteral("type"), QStringLiteral("OrderedCollection")},
                                                      {QStringLiteral("orderedItems"), outbox}}));
        QVERIFY(write(QStringLiteral("likes.json"), {{QStringLiteral("type"), QStringLiteral("OrderedCollection")},
                                                     {QStringLiteral("orderedItems"), uris(server.favouritedStatuses())}}));
        QVERIFY(write(QStringLiteral("bookmarks.json"), {{QStringLiteral("type"), QStringLiteral("OrderedCollection")},
                                                         {QStringLiteral("orderedItems"), uris(server.bookmarkedStatuses())}}));

        const auto imported = HoldfastProcess(dataDir.path()).run({QStringLiteral("import"), exportDir.path()});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        {
            auto store = Store::open(dataDir.path());
            QVERIFY(store.ok());
            QCOMPARE((*store)->accounts().size(), 1);
            QCOMPARE((*store)->accounts().first().platformUserId, actorId); // offline, by actor URL
        }

        const auto signedIn = HoldfastProcess(dataDir.path()).signIn(server.baseUrl());
        QVERIFY2(signedIn.exitCode == 0, qPrintable(describe(signedIn)));
        const auto backup = HoldfastProcess(dataDir.path()).run({QStringLiteral("backup"), QStringLiteral("1")});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));

        auto store = Store::open(dataDir.path());
        QVERIFY(store.ok());
        const QList<Account> accounts = (*store)->accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().id, 1);
        QCOMPARE(accounts.first().platformUserId, server.ownAccountId());
        // Exactly the server's collections: nothing twice, nothing keyed by URI left over.
        verifyArchiveMatches(server, dataDir.path());
        for (const QString &id : std::as_const(ownIds))
            QVERIFY((*store)->isMember(1, Collection::Posts, id));
    }

    void commandLineErrorsAreClear()
    {
        HoldfastProcess holdfast(m_dataDir.path());
        auto unknown = holdfast.run({QStringLiteral("backup"), QStringLiteral("nobody@nowhere")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("unknown account 'nobody@nowhere'"));
        auto badCollection = holdfast.run({QStringLiteral("export"), QStringLiteral("--account"), QStringLiteral("1"),
                                           QStringLiteral("--collection"), QStringLiteral("likes"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(badCollection.exitCode, 2);
        QVERIFY(badCollection.err.contains("unknown collection 'likes'"));
        auto badDate = holdfast.run({QStringLiteral("export"), QStringLiteral("--account"), QStringLiteral("1"),
                                     QStringLiteral("--collection"), QStringLiteral("posts"), QStringLiteral("--format"), QStringLiteral("csv"),
                                     QStringLiteral("--since"), QStringLiteral("yesterday")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains("--since"));
        auto unreachable = holdfast.run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("mastodon"),
                                         QStringLiteral("--instance"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--no-browser")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("Could not register Holdfast with 127.0.0.1"), qPrintable(describe(unreachable)));
        auto noCommand = holdfast.run({QStringLiteral("frobnicate")});
        QCOMPARE(noCommand.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMastodonBackup)
#include "tst_mastodon_backup.moc"
