// End to end against a real AT Protocol PDS (tests/servers/bluesky-pds, started by
// scripts/run-tests.sh): sign in with an app password, back up, compare exactly with what the
// server holds (listRecords, fetched here), incremental runs, deletions noticed by --full,
// session refresh, the repository CAR, tokens only in the keychain. The real holdfast binary,
// the real keychain, real SQLite files.
#include "BlueskyPds.h"
#include "ForwardingProxy.h"
#include "HoldfastProcess.h"

#include "connectors/bluesky/CarImport.h"
#include "connectors/bluesky/CarReader.h"
#include "connectors/common/SecretStore.h"
#include "models/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace holdfast;
using holdfast::testing::BlueskyPds;
using holdfast::testing::ForwardingProxy;
using holdfast::testing::HoldfastProcess;

namespace {

QString describe(const HoldfastProcess::Outcome &o)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(o.exitCode)
        .arg(QString::fromUtf8(o.out.right(2000)), QString::fromUtf8(o.err.right(3000)));
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString subjectUri(const QJsonObject &record)
{
    return str(record.value(QLatin1String("value")).toObject().value(QLatin1String("subject")).toObject(), "uri");
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestBlueskyBackup : public QObject
{
    Q_OBJECT
private:
    std::optional<BlueskyPds> m_pds;
    QString m_why;
    QTemporaryDir m_dataDir;
    QString m_otherArchive; ///< set while a test works on an archive of its own

    /// The archive the helpers below look at.
    QString archive() const { return m_otherArchive.isEmpty() ? m_dataDir.path() : m_otherArchive; }
    BlueskyPds::Account m_alice;
    QList<BackupRun> m_runs; ///< the store's runs after the last backup(), newest first
    QByteArray m_lastProgress; ///< what the last backup() printed to stderr
    QString m_blobFile;        ///< a kept blob of alice's, gone when she is removed

    HoldfastProcess holdfast() const { return HoldfastProcess(archive()); }

    HoldfastProcess::Outcome addAccount(const QString &dataDir, const BlueskyPds::Account &account,
                                        const QString &appPassword)
    {
        QProcess process;
        HoldfastProcess(dataDir).start(process, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
                                                 QStringLiteral("--handle"), account.handle,
                                                 QStringLiteral("--service"), m_pds->pds.toString(),
                                                 QStringLiteral("--plc-directory"), m_pds->plc.toString(),
                                                 QStringLiteral("--app-password-stdin")});
        process.write(appPassword.toUtf8() + '\n');
        process.closeWriteChannel();
        QDeadlineTimer deadline(60'000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        return {process.exitCode(), process.exitStatus() == QProcess::CrashExit, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    bool backup(const QStringList &extra = {})
    {
        const auto outcome = holdfast().run(QStringList{QStringLiteral("backup"), m_alice.handle} + extra, 180'000);
        m_lastProgress = outcome.err;
        if (outcome.exitCode != 0) {
            qWarning().noquote() << describe(outcome);
            return false;
        }
        auto store = Store::open(archive());
        if (!store)
            return false;
        m_runs = store.value()->runs(account().id);
        return true;
    }

    Account account() const
    {
        auto store = Store::open(archive());
        return store ? store.value()->findAccount(m_alice.handle).value_or(Account{}) : Account{};
    }

    /// Active members of a collection, by platform id.
    QMap<QString, Item> members(Collection collection) const
    {
        QMap<QString, Item> items;
        auto store = Store::open(archive());
        if (!store)
            return items;
        ItemFilter filter;
        filter.accountId = account().id;
        filter.collection = collection;
        filter.includeRemoved = false;
        (void)store.value()->forEachItem(filter, [&](const Item &item) {
            if (!item.deletedAt.isValid())
                items.insert(item.platformId, item);
            return true;
        });
        return items;
    }

    QStringList following() const
    {
        QStringList dids;
        auto store = Store::open(archive());
        ContactFilter filter;
        filter.accountId = account().id;
        filter.direction = FollowDirection::Following;
        filter.includeEnded = false;
        (void)store.value()->forEachContact(filter, [&](const Contact &contact) {
            dids.append(contact.person.platformId);
            return true;
        });
        return dids;
    }

    /// Everything the archive holds compared with everything the PDS holds, record by record.
    void verifyArchiveMatchesServer()
    {
        const QList<QJsonObject> posts = m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.post"));
        const QList<QJsonObject> reposts = m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.repost"));
        const QMap<QString, Item> archived = members(Collection::Posts);
        QCOMPARE(archived.size(), posts.size() + reposts.size());
        for (const QJsonObject &record : posts) {
            const Item item = archived.value(str(record, "uri"));
            QCOMPARE(item.platformId, str(record, "uri"));
            const QJsonObject value = record.value(QLatin1String("value")).toObject();
            QCOMPARE(item.text, str(value, "text"));
            // uri, cid and the record, verbatim (a liked own post also carries its like record)
            QJsonObject raw = parse(item.rawJson);
            raw.remove(QStringLiteral("like"));
            QCOMPARE(raw, record);
            QCOMPARE(item.createdAt, QDateTime::fromString(str(value, "createdAt"), Qt::ISODateWithMs));
            const QJsonObject reply = value.value(QLatin1String("reply")).toObject();
            QCOMPARE(item.kind, reply.isEmpty() ? ItemKind::Post : ItemKind::Reply);
            QCOMPARE(item.inReplyToId, str(reply.value(QLatin1String("parent")).toObject(), "uri"));
            QCOMPARE(item.conversationId, reply.isEmpty() ? str(record, "uri")
                                                          : str(reply.value(QLatin1String("root")).toObject(), "uri"));
        }
        for (const QJsonObject &record : reposts) {
            const Item item = archived.value(str(record, "uri"));
            QCOMPARE(item.kind, ItemKind::Boost);
            QCOMPARE(item.boostOfId, subjectUri(record));
            QCOMPARE(parse(item.rawJson), record);
        }

        const QList<QJsonObject> likes = m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.like"));
        const QMap<QString, Item> favourites = members(Collection::Favourites);
        QStringList liked;
        for (const QJsonObject &like : likes) {
            liked.append(subjectUri(like));
            QCOMPARE(parse(favourites.value(subjectUri(like)).rawJson).value(QLatin1String("like")).toObject(), like);
        }
        QCOMPARE(sorted(favourites.keys()), sorted(liked));

        QStringList followed;
        for (const QJsonObject &follow : m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.graph.follow")))
            followed.append(str(follow.value(QLatin1String("value")).toObject(), "subject"));
        QCOMPARE(sorted(following()), sorted(followed));
    }

    /// Points the archive's alice at `server` (same DID; the keychain entries follow it).
    void moveAccountBehind(const QUrl &server)
    {
        auto store = Store::open(archive());
        QVERIFY(store);
        const Account original = account();
        Account moved = original;
        moved.id = 0;
        moved.server = server.toString(QUrl::StripTrailingSlash);
        auto saved = store.value()->saveAccount(moved);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        SecretStore secrets;
        for (const auto key : {&SecretStore::accessTokenKey, &SecretStore::refreshTokenKey, &SecretStore::appPasswordKey}) {
            auto secret = secrets.read(key(original));
            QVERIFY(secret);
            QVERIFY(secrets.write(key(saved.value()), secret.value()));
        }
        QVERIFY(store.value()->removeAccount(original.id));
    }

    QString snapshotDir() const
    {
        return QDir(archive()).filePath(QStringLiteral("snapshots/") + QString(m_alice.did).replace(u':', u'_'));
    }

    /// The newest recorded snapshot is `rev`, kept by run `runId`, and describes its file exactly.
    void verifySnapshotRecorded(const QString &rev, qint64 runId, int expectedCount)
    {
        auto store = Store::open(archive());
        QVERIFY(store);
        const QList<RepoSnapshot> snapshots = store.value()->repoSnapshots(account().id);
        QCOMPARE(snapshots.size(), expectedCount);
        const RepoSnapshot &newest = snapshots.first();
        QCOMPARE(newest.revision, rev);
        QCOMPARE(newest.runId, runId);
        QCOMPARE(newest.localPath, QDir(archive()).relativeFilePath(QDir(snapshotDir()).filePath(rev + QStringLiteral(".car"))));
        QFile car(QDir(archive()).filePath(newest.localPath));
        QVERIFY(car.open(QIODevice::ReadOnly));
        const QByteArray bytes = car.readAll();
        QCOMPARE(newest.size, bytes.size());
        QCOMPARE(newest.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(newest.capturedAt.isValid());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HoldfastProcess::binary().isEmpty(), "HOLDFAST_BINARY must point at the holdfast executable");
        QVERIFY(m_dataDir.isValid());
        m_pds = BlueskyPds::fromEnvironment(&m_why);
        if (m_pds)
            m_alice = m_pds->accounts.value(QStringLiteral("alice"));
    }

    void wrongAppPasswordIsRefused()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        QTemporaryDir dir;
        const auto outcome = addAccount(dir.path(), m_pds->accounts.value(QStringLiteral("carol")),
                                        QStringLiteral("aaaa-bbbb-cccc-dddd"));
        QVERIFY2(outcome.exitCode != 0, qPrintable(describe(outcome)));
        QVERIFY2(outcome.err.contains("did not accept"), qPrintable(describe(outcome)));
        const auto listed = HoldfastProcess(dir.path()).run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    }

    void signInWithAppPassword()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const auto outcome = addAccount(m_dataDir.path(), m_alice, m_alice.appPassword);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        const auto listed = holdfast().run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(str(account, "platform"), QStringLiteral("bluesky"));
        QCOMPARE(str(account, "handle"), m_alice.handle);
        QCOMPARE(str(account, "platform_user_id"), m_alice.did);
        QCOMPARE(str(account, "display_name"), QStringLiteral("Alice 🌸 Müller"));
        // The PDS from the DID document (the local PLC says http://localhost:PORT).
        QCOMPARE(QUrl(str(account, "server")).port(), m_pds->pds.port());
    }

    void fullBackupMatchesServer()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        QVERIFY(backup());
        const BackupRun run = m_runs.first();
        QCOMPARE(run.outcome, QStringLiteral("succeeded"));
        verifyArchiveMatchesServer();
        // No AppView behind this PDS: what needs one is skipped with a note, not a failure.
        QVERIFY2(m_lastProgress.contains("Followers, mentions, bookmarks and others' replies to your posts are unavailable"),
                 m_lastProgress.constData());

        // Rich text, quotes and images, mapped.
        const QMap<QString, Item> posts = members(Collection::Posts);
        int withFacets = 0;
        for (const Item &item : posts) {
            if (!item.text.contains(QLatin1String("@bob.test")) || item.kind != ItemKind::Post)
                continue;
            ++withFacets;
            QVERIFY2(item.html.contains(QStringLiteral("<a href=\"https://bsky.app/profile/%1\" class=\"mention\">@bob.test</a>")
                                            .arg(m_pds->accounts.value(QStringLiteral("bob")).did)),
                     qPrintable(item.html));
            QVERIFY2(item.html.contains(u"<a href=\"https://example.com/stra%C3%9Fe?x=1&amp;y=%3C2%3E\">example.com/straße</a>"),
                     qPrintable(item.html));
            QVERIFY2(item.html.contains(QLatin1String("class=\"hashtag\">#backup</a>")), qPrintable(item.html));
        }
        QVERIFY(withFacets > 0);
        auto store = Store::open(m_dataDir.path());
        QVERIFY(store);
        int imagePosts = 0, quotes = 0;
        for (const Item &listed : posts) {
            const Item item = store.value()->item(account().id, listed.platformId).value();
            if (item.text == u"Zwei Bilder 🖼️") {
                ++imagePosts;
                QCOMPARE(item.mediaFiles.size(), 2);
                for (const MediaFile &file : item.mediaFiles) {
                    QVERIFY2(!file.localPath.isEmpty(), qPrintable(file.remoteUrl + file.lastError));
                    QVERIFY(QFile::exists(m_dataDir.filePath(file.localPath)));
                    QVERIFY(file.remoteUrl.contains(QLatin1String("com.atproto.sync.getBlob")));
                }
            }
            if (item.html.contains(QLatin1String("class=\"quote\"")))
                ++quotes;
        }
        QCOMPARE(imagePosts, 1);
        QVERIFY(quotes >= 2);

        // The repository snapshot of this run parses into exactly what listRecords says.
        const QString rev = str(m_pds->get(QStringLiteral("com.atproto.sync.getLatestCommit"),
                                           QUrlQuery{{QStringLiteral("did"), m_alice.did}}), "rev");
        QVERIFY(QFile::exists(QDir(snapshotDir()).filePath(rev + QStringLiteral(".car"))));
        verifySnapshotRecorded(rev, run.id, 1);
        QFile records(QDir(snapshotDir()).filePath(rev + QStringLiteral(".records.jsonl")));
        QVERIFY(records.open(QIODevice::ReadOnly));
        QStringList kept;
        for (const QByteArray &line : records.readAll().split('\n'))
            if (!line.isEmpty())
                kept.append(str(parse(line), "uri"));
        QStringList expected;
        for (const char *collection : {"app.bsky.actor.profile", "app.bsky.graph.block", "app.bsky.graph.list",
                                       "app.bsky.graph.listitem"})
            for (const QJsonObject &record : m_pds->listAll(m_alice.did, QString::fromLatin1(collection)))
                expected.append(str(record, "uri"));
        QCOMPARE(sorted(kept), sorted(expected));
    }

    void carParsesToListRecords()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            const QString did = m_pds->accounts.value(name).did;
            const QByteArray car = m_pds->getBytes(QStringLiteral("com.atproto.sync.getRepo"), QUrlQuery{{QStringLiteral("did"), did}});
            auto contents = bluesky::readRepository(car);
            QVERIFY2(contents, qPrintable(contents.errorMessage()));
            QCOMPARE(contents->did, did);
            QStringList collections;
            for (const QJsonValue &c : m_pds->get(QStringLiteral("com.atproto.repo.describeRepo"), QUrlQuery{{QStringLiteral("repo"), did}})
                                           .value(QLatin1String("collections")).toArray())
                collections.append(c.toString());
            QMap<QString, QJsonObject> fromCar;
            for (const bluesky::RepoRecord &record : std::as_const(contents->records)) {
                QVERIFY(collections.contains(record.collection));
                fromCar.insert(QStringLiteral("at://%1/%2/%3").arg(did, record.collection, record.rkey),
                               QJsonObject{{QStringLiteral("uri"), QStringLiteral("at://%1/%2/%3").arg(did, record.collection, record.rkey)},
                                           {QStringLiteral("cid"), record.cid},
                                           {QStringLiteral("value"), record.value}});
            }
            int listed = 0;
            for (const QString &collection : std::as_const(collections)) {
                for (const QJsonObject &record : m_pds->listAll(did, collection)) {
                    ++listed;
                    QCOMPARE(fromCar.value(str(record, "uri")), record);
                }
            }
            QCOMPARE(fromCar.size(), listed);
        }
    }

    void carImportMatchesBackup()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        // `holdfast import bob.car` into an empty archive: the items a backup of bob would store.
        const BlueskyPds::Account bob = m_pds->accounts.value(QStringLiteral("bob"));
        QTemporaryDir dir;
        const QString carPath = dir.filePath(QStringLiteral("bob.car"));
        QFile car(carPath);
        QVERIFY(car.open(QIODevice::WriteOnly));
        car.write(m_pds->getBytes(QStringLiteral("com.atproto.sync.getRepo"), QUrlQuery{{QStringLiteral("did"), bob.did}}));
        car.close();
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const auto outcome = HoldfastProcess(dataDir).run({QStringLiteral("import"), carPath});
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));

        auto store = Store::open(dataDir);
        QVERIFY(store);
        const QList<Account> accounts = store.value()->accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().platformUserId, bob.did);
        QStringList expected;
        for (const char *collection : {"app.bsky.feed.post", "app.bsky.feed.repost"})
            for (const QJsonObject &record : m_pds->listAll(bob.did, QString::fromLatin1(collection)))
                expected.append(str(record, "uri"));
        QStringList stored;
        ItemFilter filter;
        filter.accountId = accounts.first().id;
        filter.collection = Collection::Posts;
        (void)store.value()->forEachItem(filter, [&](const Item &item) {
            stored.append(item.platformId);
            return true;
        });
        QCOMPARE(sorted(stored), sorted(expected));
        QCOMPARE(store.value()->itemCount(accounts.first().id, Collection::Favourites),
                 int(m_pds->listAll(bob.did, QStringLiteral("app.bsky.feed.like")).size()));
        store.value().reset();

        // Importing the same file again adds nothing; the library says so too.
        const auto again = HoldfastProcess(dataDir).run({QStringLiteral("import"), carPath});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        auto reopened = Store::open(dataDir);
        auto direct = bluesky::importRepositoryCar(*reopened.value(), carPath);
        QVERIFY2(direct, qPrintable(direct.errorMessage()));
        QVERIFY(!direct->accountCreated);
        QCOMPARE(direct->run.counts.value(Collection::Posts).added, 0);
        QCOMPARE(reopened.value()->accounts().size(), 1);
    }

    void incrementalBackupFetchesOnlyWhatIsNew()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const int fullRequests = m_runs.first().requests;
        const QString token = m_pds->login(QStringLiteral("alice"));
        const QJsonObject created = m_pds->post(QStringLiteral("com.atproto.repo.createRecord"), {
            {QStringLiteral("repo"), m_alice.did}, {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                                                   {QStringLiteral("text"), QStringLiteral("neu: Grüße 🆕 새로운")},
                                                   {QStringLiteral("createdAt"), QStringLiteral("2025-06-01T12:00:00.000Z")}}}}, token);
        QVERIFY(!str(created, "uri").isEmpty());

        QVERIFY(backup());
        const BackupRun run = m_runs.first();
        QCOMPARE(run.outcome, QStringLiteral("succeeded"));
        QCOMPARE(run.counts.value(Collection::Posts).added, 1);
        QCOMPARE(run.counts.value(Collection::Posts).pages, 1); // stopped at what it had
        QVERIFY2(run.requests < fullRequests, qPrintable(QStringLiteral("%1 vs %2").arg(run.requests).arg(fullRequests)));
        QCOMPARE(members(Collection::Posts).value(str(created, "uri")).text, QStringLiteral("neu: Grüße 🆕 새로운"));
        verifyArchiveMatchesServer();
        // A new revision: a second snapshot, recorded by this run.
        verifySnapshotRecorded(str(m_pds->get(QStringLiteral("com.atproto.sync.getLatestCommit"),
                                              QUrlQuery{{QStringLiteral("did"), m_alice.did}}), "rev"),
                               run.id, 2);
    }

    void fullBackupNoticesDeletions()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const QString token = m_pds->login(QStringLiteral("alice"));
        const QList<QJsonObject> posts = m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.post"));
        const QList<QJsonObject> likes = m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.like"));
        const QJsonObject oldPost = posts.at(posts.size() / 2); // on the second page: incremental runs never see it
        const QJsonObject like = likes.last();
        for (const QJsonObject &record : {oldPost, like}) {
            int status = 0;
            const QStringList parts = str(record, "uri").split(u'/');
            m_pds->post(QStringLiteral("com.atproto.repo.deleteRecord"),
                        {{QStringLiteral("repo"), m_alice.did}, {QStringLiteral("collection"), parts.at(3)},
                         {QStringLiteral("rkey"), parts.at(4)}}, token, &status);
            QCOMPARE(status, 200);
        }
        QVERIFY(backup({QStringLiteral("--full")}));
        QCOMPARE(m_runs.first().counts.value(Collection::Posts).removed, 1);
        QCOMPARE(m_runs.first().counts.value(Collection::Favourites).removed, 1);
        verifyArchiveMatchesServer();
        // Marked, not removed: the archive still has the post, with the date it was noticed gone.
        auto store = Store::open(m_dataDir.path());
        const auto kept = store.value()->item(account().id, str(oldPost, "uri"));
        QVERIFY(kept.has_value());
        QVERIFY(kept->deletedAt.isValid());
        QCOMPARE(kept->text, str(oldPost.value(QLatin1String("value")).toObject(), "text"));
    }

    void blobsNoPostReferencesAreKept()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const QString token = m_pds->login(QStringLiteral("alice"));
        // The PDS lists only blobs some record references (an upload nothing uses is dropped),
        // so reference it from a record no Holdfast collection maps: a list's avatar.
        // Bytes after IEND make it new on every run (blobs are content-addressed) and change nothing else.
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
            + QUuid::createUuid().toByteArray();
        const QJsonObject blob = m_pds->uploadBlob(png, "image/png", token);
        const QString cid = blob.value(QLatin1String("ref")).toObject().value(QLatin1String("$link")).toString();
        QVERIFY(!cid.isEmpty());
        int status = 0;
        m_pds->post(QStringLiteral("com.atproto.repo.createRecord"), {
            {QStringLiteral("repo"), m_alice.did}, {QStringLiteral("collection"), QStringLiteral("app.bsky.graph.list")},
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.graph.list")},
                                                   {QStringLiteral("purpose"), QStringLiteral("app.bsky.graph.defs#curatelist")},
                                                   {QStringLiteral("name"), QStringLiteral("Mit Bild 🖼️")},
                                                   {QStringLiteral("avatar"), blob},
                                                   {QStringLiteral("createdAt"), QStringLiteral("2025-06-02T12:00:00.000Z")}}}}, token, &status);
        QCOMPARE(status, 200);

        // Not fetched without media download; then every blob of the repository is there.
        const auto knows = [this](const QString &blobCid) {
            auto store = Store::open(archive());
            for (const MediaFile &file : store.value()->accountMedia(account().id))
                if (file.remoteUrl.contains(blobCid))
                    return true;
            return false;
        };
        QVERIFY(backup({QStringLiteral("--no-media")}));
        QVERIFY(!knows(cid));
        QVERIFY(backup());
        QVERIFY(knows(cid));
        QCOMPARE(m_runs.first().outcome, QStringLiteral("succeeded"));
        QStringList listed;
        QString cursor;
        do {
            QUrlQuery query{{QStringLiteral("did"), m_alice.did}, {QStringLiteral("limit"), QStringLiteral("2")}};
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const QJsonObject page = m_pds->get(QStringLiteral("com.atproto.sync.listBlobs"), query);
            for (const QJsonValue &c : page.value(QLatin1String("cids")).toArray())
                listed.append(c.toString());
            cursor = page.value(QLatin1String("cids")).toArray().isEmpty() ? QString() : page.value(QLatin1String("cursor")).toString();
        } while (!cursor.isEmpty());
        QVERIFY(listed.contains(cid));
        QVERIFY(listed.size() >= 4); // the avatar, two post images, the list avatar

        auto store = Store::open(archive());
        QMap<QString, MediaFile> files; // by CID
        for (const MediaFile &file : store.value()->accountMedia(account().id))
            files.insert(QUrlQuery(QUrl(file.remoteUrl)).queryItemValue(QStringLiteral("cid")), file);
        QCOMPARE(sorted(files.keys()), sorted(listed));
        for (const QString &blobCid : std::as_const(listed)) {
            const MediaFile file = files.value(blobCid);
            QVERIFY2(!file.localPath.isEmpty(), qPrintable(blobCid + u' ' + file.lastError));
            QFile local(QDir(archive()).filePath(file.localPath));
            QVERIFY(local.open(QIODevice::ReadOnly));
            const QByteArray content = local.readAll();
            QCOMPARE(content, m_pds->getBytes(QStringLiteral("com.atproto.sync.getBlob"),
                                              QUrlQuery{{QStringLiteral("did"), m_alice.did}, {QStringLiteral("cid"), blobCid}}));
            // Named by content: media/<aa>/<sha256>.<ext>, the one file for these bytes.
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            QCOMPARE(file.sha256, sha);
            QVERIFY2(file.localPath.startsWith(QStringLiteral("media/%1/%2").arg(sha.left(2), sha)), qPrintable(file.localPath));
        }
        QVERIFY(files.value(cid).localPath.endsWith(QLatin1String(".png")));
        // The post images were fetched once, for their posts: the same media rows.
        int images = 0;
        for (const Item &listedPost : members(Collection::Posts)) {
            if (listedPost.text != u"Zwei Bilder 🖼️")
                continue;
            const Item post = store.value()->item(account().id, listedPost.platformId).value();
            for (const MediaFile &image : post.mediaFiles) {
                QCOMPARE(files.value(QUrlQuery(QUrl(image.remoteUrl)).queryItemValue(QStringLiteral("cid"))).id, image.id);
                ++images;
            }
        }
        QCOMPARE(images, 2);
        m_blobFile = QDir(archive()).filePath(files.value(cid).localPath);

        QVERIFY2(m_lastProgress.contains("new file(s) of the account to download"), m_lastProgress.constData());
        // Nothing new: the next run has no blob to fetch.
        QVERIFY(backup());
        QVERIFY2(!m_lastProgress.contains("of the account to download"), m_lastProgress.constData());
    }

    void expiredSessionIsRefreshed()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const Account stored = account();
        SecretStore secrets;
        const QString refreshBefore = secrets.read(SecretStore::refreshTokenKey(stored)).value();
        // An access token the PDS cannot verify: the backup refreshes the session and goes on.
        QVERIFY(secrets.write(SecretStore::accessTokenKey(stored), QStringLiteral("not-a-valid-jwt")));
        QVERIFY(backup());
        QCOMPARE(m_runs.first().outcome, QStringLiteral("succeeded"));
        const QString refreshAfter = secrets.read(SecretStore::refreshTokenKey(stored)).value();
        QVERIFY(refreshAfter != refreshBefore); // single use: the new one was saved at once
        QVERIFY(secrets.read(SecretStore::accessTokenKey(stored)).value() != u"not-a-valid-jwt");

        // Both tokens dead: the stored app password signs in again.
        QVERIFY(secrets.write(SecretStore::accessTokenKey(stored), QStringLiteral("dead")));
        QVERIFY(secrets.write(SecretStore::refreshTokenKey(stored), QStringLiteral("dead")));
        QVERIFY(backup());
        QCOMPARE(m_runs.first().outcome, QStringLiteral("succeeded"));
    }

    void killedBackupResumesWithExactResults()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        // A second archive of alice whose backup talks to the PDS through a forwarder, which
        // kills the process the moment it asks for the second page of posts: the first page is
        // stored then (pages are written before the next is asked for), the rest is not.
        QTemporaryDir dir;
        m_otherArchive = dir.path();
        const auto restore = qScopeGuard([this] { m_otherArchive.clear(); });
        const auto added = addAccount(dir.path(), m_alice, m_alice.appPassword);
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));

        QProcess process;
        bool killed = false;
        ForwardingProxy proxy(m_pds->pds, [&](const QByteArray &, const QByteArray &target) {
            if (killed || !target.contains("com.atproto.repo.listRecords") || !target.contains("collection=app.bsky.feed.post")
                || !target.contains("cursor="))
                return true;
            killed = true;
            process.kill(); // SIGKILL: no chance to clean up
            return false;
        });
        QVERIFY(proxy.start());
        moveAccountBehind(proxy.url());

        holdfast().start(process, {QStringLiteral("backup"), m_alice.handle});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120'000);
        QVERIFY(killed);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const int serverPosts = int(m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.post")).size()
                                    + m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.repost")).size());
        {
            auto store = Store::open(archive());
            QVERIFY(store);
            const int partial = store.value()->itemCount(account().id, Collection::Posts);
            QVERIFY2(partial > 0 && partial < serverPosts,
                     qPrintable(QStringLiteral("the kill should land mid-walk: %1 of %2").arg(partial).arg(serverPosts)));
            QVERIFY(!store.value()->syncState(account().id, Collection::Posts).resumeCursor.isEmpty());
            QVERIFY(store.value()->repoSnapshots(account().id).isEmpty());
        }

        QVERIFY(backup());
        QCOMPARE(m_runs.first().outcome, QStringLiteral("succeeded"));
        QCOMPARE(m_runs.last().outcome, QStringLiteral("interrupted"));
        verifyArchiveMatchesServer();
        // Nothing twice: every stored post is one the server holds, and the counts agree.
        auto store = Store::open(archive());
        QCOMPARE(store.value()->itemCount(account().id, Collection::Posts), serverPosts);
        QCOMPARE(store.value()->itemCount(account().id, Collection::Favourites),
                 int(m_pds->listAll(m_alice.did, QStringLiteral("app.bsky.feed.like")).size()));
        QVERIFY(store.value()->syncState(account().id, Collection::Posts).resumeCursor.isEmpty());
        QCOMPARE(store.value()->repoSnapshots(account().id).size(), 1);
        store.value().reset();
        moveAccountBehind(m_pds->pds); // its secrets under the PDS's address again, for cleanup
    }

    void tokensOnlyInTheKeychain()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const Account stored = account();
        SecretStore secrets;
        QList<QByteArray> secretsToFind;
        for (const QString &key : {SecretStore::accessTokenKey(stored), SecretStore::refreshTokenKey(stored),
                                   SecretStore::appPasswordKey(stored)}) {
            auto secret = secrets.read(key);
            QVERIFY2(secret, qPrintable(key));
            QVERIFY(secret->size() >= 16);
            secretsToFind.append(secret->toUtf8());
        }
        QCOMPARE(secretsToFind.last(), m_alice.appPassword.toUtf8());
        // Nothing secret in any file of the data directory (database, WAL, snapshots, media).
        QDirIterator it(m_dataDir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : std::as_const(secretsToFind))
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
        // Removing the account removes its secrets.
        const auto removed = holdfast().run({QStringLiteral("accounts"), QStringLiteral("remove"), m_alice.handle});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        QVERIFY(!QFileInfo::exists(snapshotDir())); // the account's snapshots went with it
        if (!m_blobFile.isEmpty())
            QVERIFY(!QFileInfo::exists(m_blobFile)); // and so did its files
        for (const QString &key : {SecretStore::accessTokenKey(stored), SecretStore::refreshTokenKey(stored),
                                   SecretStore::appPasswordKey(stored)})
            QCOMPARE(secrets.read(key).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBlueskyBackup)
#include "tst_bluesky_backup.moc"
