// Imports of generated data-export archives (X, Mastodon, Facebook, Instagram) into real
// SQLite stores: exact content, layout variants, duplicates and overlap with API backups.

#include "ArchiveFixtures.h"

#include "connectors/importers/ArchiveImport.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/importers/JsonText.h"
#include "connectors/mastodon/MastodonMapper.h"
#include "tests/fakes/bluesky/CarWriter.h"
#include "models/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::importers;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// The account as Mastodon's API describes it (verify_credentials), for the sign-in side.
Account apiAlice()
{
    Account api;
    api.platform = u"mastodon"_s;
    api.server = u"https://social.example"_s;
    api.platformUserId = u"109"_s;
    api.handle = u"alice@social.example"_s;
    api.displayName = u"Alice"_s;
    api.profileUrl = u"https://social.example/@alice"_s;
    return api;
}
/// Bob's status 88 as the API returns it to Alice: her server's id 555, its URI.
Item apiBobStatus88()
{
    // Built, not written as a raw string: moc cannot read raw strings above the test class.
    const QJsonObject bob{{u"id"_s, u"700"_s}, {u"acct"_s, u"bob@other.example"_s},
                          {u"display_name"_s, u"Bob"_s}, {u"url"_s, u"https://other.example/@bob"_s}};
    const QJsonObject status{{u"id"_s, u"555"_s},
                             {u"uri"_s, u"https://other.example/users/bob/statuses/88"_s},
                             {u"created_at"_s, u"2024-01-01T08:00:00.000Z"_s},
                             {u"content"_s, u"<p>Post by Bob</p>"_s},
                             {u"visibility"_s, u"public"_s},
                             {u"url"_s, u"https://other.example/@bob/88"_s},
                             {u"account"_s, bob}};
    return mastodon::MastodonMapper(u"social.example"_s).item(status);
}
/// Stores an API page of favourites the way BackupJob does (page, then URI merge).
void storeApiFavourites(Store &store, qint64 accountId, const QList<Item> &items)
{
    auto runId = store.beginRun(accountId, false);
    QVERIFY(runId);
    QVERIFY(store.storeItemPage(accountId, Collection::Favourites, runId.value(), items, {},
                                   SyncState{}));
    QList<std::pair<QString, QString>> uris;
    for (const Item &item : items)
        uris.append({item.uri, item.platformId});
    QVERIFY(store.mergeItemsKnownByUri(accountId, uris));
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_archiveNumber = 0;

    QString archivePath(const QList<fixtures::Entry> &entries, fixtures::Container container)
    {
        const QString suffix = container == fixtures::Container::Zip     ? u".zip"_s
                               : container == fixtures::Container::TarGz ? u".tar.gz"_s
                                                                         : QString();
        const QString path = m_dir.filePath(u"archive-%1%2"_s.arg(++m_archiveNumber).arg(suffix));
        if (!fixtures::write(path, entries, container))
            qFatal("could not write a fixture archive");
        return path;
    }

    Result<ImportSummary> import(const QString &path, const QString &account = {})
    {
        ImportOptions options;
        options.account = account;
        options.pageSize = 3; // several pages even for small samples
        ArchiveImport run(*m_store, path, options);
        auto result = run.run();
        if (result)
            qDebug().noquote() << result->lines().join(u'\n');
        else
            qDebug().noquote() << "import failed:" << result.errorMessage();
        return result;
    }

    void checkXArchive(const ImportSummary &summary);

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.filePath(u"data"_s)).removeRecursively();
        auto store = Store::open(m_dir.filePath(u"data"_s));
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void xArchive_data();
    void xArchive();
    void xArchiveTwiceAddsNothing();
    void xArchiveManifestMismatch();
    void xArchiveOldLayoutWithoutManifest();
    void xRetweetsAreBoosts();
    void xUnmatchedNoteTweetsAreKept();
    void mastodonExportOverApiBackup();
    void mastodonExportNewOfflineAccount();
    void mastodonExportThenSignInIsOneAccount();
    void mastodonSignInThenExportMatchesFavouritesByUri();
    void mastodonCsvFollowing();
    void dyi_data();
    void dyi();
    void facebookPage();
    void facebookPage2025Layout();
    void blueskyCar();
    void mojibake();
    void jsonArrayElements();
    void importJobOnThread();
    void commandLine();
};

void TestImporters::checkXArchive(const ImportSummary &summary)
{
    QCOMPARE(summary.format, ArchiveFormat::XArchive);
    const qint64 id = summary.accountId;
    const Account account = *m_store->account(id);
    QCOMPARE(account.platform, u"x"_s);
    QCOMPARE(account.platformUserId, u"4242"_s);
    QCOMPARE(account.handle, u"zoe_x"_s);
    QCOMPARE(account.displayName, u"Zoë 🦊"_s);

    QCOMPARE(m_store->itemCount(id, Collection::Posts), 5);
    QCOMPARE(m_store->itemCount(id, Collection::Favourites), 2);
    QCOMPARE(m_store->itemCount(id, Collection::Messages), 3);
    QCOMPARE(m_store->activeContactCount(id, FollowDirection::Follower), 2);
    QCOMPARE(m_store->activeContactCount(id, FollowDirection::Following), 1);

    const Item first = *m_store->item(id, u"1001"_s);
    QCOMPARE(first.kind, ItemKind::Post);
    QCOMPARE(first.createdAt, utc(2023, 8, 9, 16, 19, 22));
    QCOMPARE(first.html,
             u"<p>Grüße an <span class=\"h-card\"><a href=\"https://x.com/Bob_B\" class=\"u-url mention\" "
             "rel=\"nofollow noopener\" target=\"_blank\">@Bob_B</a></span> &amp; "
             "<a href=\"https://example.org/page?a=1&amp;b=2\" rel=\"nofollow noopener\" target=\"_blank\">"
             "example.org/page?…</a> <a href=\"https://x.com/hashtag/Köln\" class=\"mention hashtag\" "
             "rel=\"nofollow noopener\" target=\"_blank\">#Köln</a> 🎉</p>"_s);
    QCOMPARE(first.text, u"Grüße an @Bob_B & example.org/page?… #Köln 🎉"_s);
    QCOMPARE(first.favouriteCount, 5);
    QCOMPARE(first.boostCount, 2);
    QCOMPARE(first.language, u"de"_s);
    QCOMPARE(first.url, u"https://x.com/zoe_x/status/1001"_s);
    QCOMPARE(first.author.platformId, u"4242"_s);
    QCOMPARE(first.author.handle, u"zoe_x"_s);
    QCOMPARE(first.media.size(), 1);
    QCOMPARE(first.media[0].remoteUrl, u"https://pbs.twimg.com/media/Fabc.jpg"_s);
    QCOMPARE(first.media[0].description, u"A fox"_s);
    const QString hash = sha256(fixtures::jpeg("tweet-photo"));
    QCOMPARE(first.mediaFiles[0].sha256, hash);
    QCOMPARE(first.mediaFiles[0].localPath, u"media/%1/%2.jpg"_s.arg(hash.left(2), hash));
    QFile copied(QDir(m_store->dataDirectory()).filePath(first.mediaFiles[0].localPath));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), fixtures::jpeg("tweet-photo"));
    QVERIFY(QJsonDocument::fromJson(first.rawJson).object().contains(u"tweet"_s));

    const Item reply = *m_store->item(id, u"1002"_s);
    QCOMPARE(reply.kind, ItemKind::Reply);
    QCOMPARE(reply.inReplyToId, u"900"_s);
    QCOMPARE(reply.createdAt, utc(2023, 8, 9, 15, 0)); // +0200
    QCOMPARE(m_store->item(id, u"1003"_s)->text,
             u"This is a long post that was cut short in the timeline, but here is all of it ✨"_s);
    const Item unwrapped = *m_store->item(id, u"1004"_s);
    QCOMPARE(unwrapped.text, u"Part one: été ☀️"_s);
    QCOMPARE(unwrapped.createdAt, utc(2023, 8, 11, 9, 30));
    QCOMPARE(m_store->item(id, u"1005"_s)->deletedAt, utc(2023, 8, 12, 8, 0));
    QVERIFY(!m_store->item(id, u"1001"_s)->deletedAt.isValid());

    const Item like = *m_store->item(id, u"2001"_s);
    QCOMPARE(like.text, u"liked & loved 💜"_s);
    QVERIFY(!like.createdAt.isValid());
    QVERIFY(m_store->isMember(id, Collection::Favourites, u"1001"_s));

    const QList<Item> dm = m_store->conversation(id, u"4242-501"_s);
    QCOMPARE(dm.size(), 2);
    QCOMPARE(dm[0].platformId, u"3001"_s);
    QCOMPARE(dm[0].kind, ItemKind::Message);
    QCOMPARE(dm[0].author.platformId, u"501"_s);
    QCOMPARE(dm[0].text, u"Hallo 👋 example.com"_s);
    QCOMPARE(dm[0].mediaFiles.size(), 1);
    QCOMPARE(dm[0].mediaFiles[0].sha256, sha256(fixtures::jpeg("dm-photo")));
    QCOMPARE(dm[1].author.handle, u"zoe_x"_s);
    QCOMPARE(m_store->conversation(id, u"99887766"_s).size(), 1);
    QCOMPARE(m_store->conversation(id, u"99887766"_s)[0].text, u"Group ünïcode"_s);

    QCOMPARE(summary.counts.value(u"posts"_s).read, 5);
    // Found by folded search like API items.
    SearchQuery query;
    query.text = u"koln"_s;
    query.accountId = id;
    auto hits = m_store->search(query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().item.platformId, u"1001"_s);

    const QList<BackupRun> runs = m_store->runs(id);
    QVERIFY(!runs.isEmpty());
    QCOMPARE(runs.first().outcome, u"succeeded"_s);
    QCOMPARE(runs.first().counts.value(Collection::Posts).fetched, 5);
    // The unreferenced media file was not kept.
    int files = 0;
    QDirIterator it(QDir(m_store->dataDirectory()).filePath(u"media"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(files, 2);
}

void TestImporters::xArchive_data()
{
    QTest::addColumn<int>("container");
    QTest::newRow("zip") << int(fixtures::Container::Zip);
    QTest::newRow("tar.gz") << int(fixtures::Container::TarGz);
    QTest::newRow("folder") << int(fixtures::Container::Folder);
}

void TestImporters::xArchive()
{
    QFETCH(int, container);
    const QString path = archivePath(fixtures::xArchive(fixtures::XVariant::Current),
                                     fixtures::Container(container));
    auto summary = import(path);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(summary->accountCreated);
    QVERIFY2(summary->skipped.isEmpty(), qPrintable(summary->skipped.join(u'\n')));
    QCOMPARE(summary->counts.value(u"media"_s).added, 2);
    QCOMPARE(summary->counts.value(u"deleted"_s).added, 1);
    checkXArchive(summary.value());
}

void TestImporters::xArchiveTwiceAddsNothing()
{
    const QString path = archivePath(fixtures::xArchive(fixtures::XVariant::Current), fixtures::Container::Zip);
    auto first = import(path);
    QVERIFY(first);
    auto second = import(path);
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QVERIFY(!second->accountCreated);
    QCOMPARE(second->accountId, first->accountId);
    QCOMPARE(m_store->accounts().size(), 1);
    for (auto it = second->counts.cbegin(); it != second->counts.cend(); ++it)
        QVERIFY2(it->added == 0, qPrintable(it.key()));
    QCOMPARE(second->counts.value(u"posts"_s).read, 5);
    QVERIFY(m_store->itemVersions(first->accountId, u"1001"_s).isEmpty());
    checkXArchive(second.value());
}

void TestImporters::xArchiveManifestMismatch()
{
    auto summary = import(archivePath(fixtures::xArchive(fixtures::XVariant::ManifestMismatch),
                                      fixtures::Container::Zip));
    QVERIFY(summary);
    QVERIFY2(summary->skipped.contains(
                 u"manifest lists 3 files for tweets, found 2 (missing: data/tweets-part2.js)"_s),
             qPrintable(summary->skipped.join(u'\n')));
    QVERIFY(summary->skipped.contains(u"manifest lists 3 entries in data/like.js, found 2"_s));
    QCOMPARE(m_store->itemCount(summary->accountId, Collection::Posts), 5);
}

void TestImporters::xArchiveOldLayoutWithoutManifest()
{
    auto summary = import(archivePath(fixtures::xArchive(fixtures::XVariant::OldNoManifest),
                                      fixtures::Container::Zip));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(summary->skipped.contains(
        u"manifest.js is missing: the import could not be checked against it"_s));
    const Item old = *m_store->item(summary->accountId, u"7001"_s);
    QCOMPARE(old.text, u"Old times <3 café"_s);
    QCOMPARE(old.html, u"<p>Old times &lt;3 café</p>"_s);
    QCOMPARE(old.createdAt, utc(2019, 1, 7, 8, 0));
}

void TestImporters::xRetweetsAreBoosts()
{
    QList<fixtures::Entry> entries = fixtures::xArchive(fixtures::XVariant::OldNoManifest);
    for (fixtures::Entry &e : entries) {
        if (!e.name.endsWith(u"/tweet.js"_s))
            continue;
        // Two retweets: one whose media names the original, one known by its prefix only.
        e.data = R"(window.YTD.tweet.part0 = [
  {"tweet": {"id_str": "1101", "full_text": "RT @Bob_B: Köln im Regen &amp; Sonne 🌦 https://t.co/pic",
    "created_at": "Mon Sep 04 08:00:00 +0000 2023", "favorite_count": "0", "retweet_count": "7", "lang": "de",
    "entities": {"user_mentions": [{"screen_name": "Bob_B", "name": "Bob B.", "id_str": "77"}], "urls": [],
                 "media": [{"url": "https://t.co/pic", "media_url_https": "https://pbs.twimg.com/media/Rt1.jpg",
                            "id_str": "901", "type": "photo", "source_status_id_str": "880", "source_user_id_str": "77"}]},
    "extended_entities": {"media": [{"url": "https://t.co/pic", "media_url_https": "https://pbs.twimg.com/media/Rt1.jpg",
                            "id_str": "901", "type": "photo", "source_status_id_str": "880", "source_user_id_str": "77"}]}}},
  {"tweet": {"id_str": "1102", "full_text": "RT @carla: plain words", "created_at": "Mon Sep 04 09:00:00 +0000 2023",
    "entities": {"user_mentions": [{"screen_name": "Carla", "name": "Carla C", "id_str": "78"}]}}},
  {"tweet": {"id_str": "1103", "full_text": "Not a retweet: RT @someone: quoted", "created_at": "Mon Sep 04 10:00:00 +0000 2023",
    "entities": {}}},
  {"tweet": {"id_str": "1104", "full_text": "RT @Bob_B: Köln im Regen &amp; Sonne 🌦 https://t.co/pic",
    "created_at": "Tue Sep 05 08:00:00 +0000 2023",
    "entities": {"user_mentions": [{"screen_name": "Bob_B", "name": "Bob B.", "id_str": "77"}],
                 "media": [{"url": "https://t.co/pic", "media_url_https": "https://pbs.twimg.com/media/Rt1.jpg",
                            "id_str": "901", "type": "photo", "source_status_id_str": "880"}]}}}
])";
    }
    auto summary = import(archivePath(entries, fixtures::Container::Zip));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    const qint64 id = summary->accountId;

    const Item first = *m_store->item(id, u"1101"_s);
    QCOMPARE(first.kind, ItemKind::Boost);
    QCOMPARE(first.boostOfId, u"880"_s);
    QCOMPARE(first.author.handle, u"zoe_x"_s); // the retweet is hers
    QCOMPARE(first.text, u"Köln im Regen & Sonne 🌦"_s);
    QVERIFY(m_store->isMember(id, Collection::Posts, u"1101"_s));
    const Item original = *m_store->item(id, u"880"_s);
    QCOMPARE(original.kind, ItemKind::Post);
    QCOMPARE(original.author.handle, u"Bob_B"_s);
    QCOMPARE(original.author.platformId, u"77"_s);
    QCOMPARE(original.author.displayName, u"Bob B."_s);
    QCOMPARE(original.text, u"Köln im Regen & Sonne 🌦"_s);
    QCOMPARE(original.url, u"https://x.com/Bob_B/status/880"_s);
    QCOMPARE(original.media.size(), 1);
    QVERIFY(!m_store->isMember(id, Collection::Posts, u"880"_s)); // not her post

    const Item second = *m_store->item(id, u"1102"_s);
    QCOMPARE(second.kind, ItemKind::Boost);
    QCOMPARE(second.boostOfId, u"retweeted:1102"_s);
    const Item secondOriginal = *m_store->item(id, u"retweeted:1102"_s);
    QCOMPARE(secondOriginal.author.handle, u"carla"_s);
    QCOMPARE(secondOriginal.author.platformId, u"78"_s); // the mention matches case-insensitively
    QCOMPARE(secondOriginal.text, u"plain words"_s);
    QCOMPARE(secondOriginal.url, u"https://x.com/carla"_s);

    // Retweeted twice (in one page): one original.
    QCOMPARE(m_store->item(id, u"1104"_s)->boostOfId, u"880"_s);

    const Item plain = *m_store->item(id, u"1103"_s);
    QCOMPARE(plain.kind, ItemKind::Post);
    QVERIFY(plain.boostOfId.isEmpty());

    // Again: the same items, nothing new (the originals neither).
    const int items = m_store->itemCount(id);
    auto again = import(archivePath(entries, fixtures::Container::Zip));
    QVERIFY(again);
    QCOMPARE(again->counts.value(u"posts"_s).added, 0);
    QCOMPARE(m_store->itemCount(id), items);
}

void TestImporters::xUnmatchedNoteTweetsAreKept()
{
    QList<fixtures::Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    for (fixtures::Entry &e : entries) {
        if (e.name != u"data/note-tweet.js"_s)
            continue;
        // The first note belongs to post 1003; the second one's post is gone; the third has
        // no date at all.
        e.data = R"(window.YTD.note_tweet.part0 = [
  {"noteTweet": {"noteTweetId": "n1", "createdAt": "2023-08-10T10:00:00.000Z",
    "core": {"text": "This is a long post that was cut short in the timeline, but here is all of it ✨", "urls": []}}},
  {"noteTweet": {"noteTweetId": "n2", "createdAt": "2023-07-01T12:00:00.000Z",
    "core": {"text": "A long post whose post was deleted — ünïcode kept", "urls": []}}},
  {"noteTweet": {"noteTweetId": "n3", "core": {"text": "Undated long post", "urls": []}}}
])";
    }
    auto summary = import(archivePath(entries, fixtures::Container::Zip));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    const qint64 id = summary->accountId;
    QCOMPARE(m_store->item(id, u"1003"_s)->text,
             u"This is a long post that was cut short in the timeline, but here is all of it ✨"_s);
    QVERIFY(!m_store->item(id, u"note:n1"_s)); // matched: not imported twice

    const Item orphan = *m_store->item(id, u"note:n2"_s);
    QCOMPARE(orphan.text, u"A long post whose post was deleted — ünïcode kept"_s);
    QCOMPARE(orphan.createdAt, utc(2023, 7, 1, 12, 0));
    QCOMPARE(orphan.author.handle, u"zoe_x"_s);
    QVERIFY(m_store->isMember(id, Collection::Posts, u"note:n2"_s));
    QVERIFY(m_store->item(id, u"note:n3"_s));
    QCOMPARE(m_store->itemCount(id, Collection::Posts), 7);
    // Each one is named in the summary.
    const QString lines = summary->lines().join(u'\n');
    QVERIFY2(lines.contains(u"data/note-tweet.js: long post n2 (2023-07-01T12:00:00Z) matches no post in "
                            "tweets.js; imported as a post of its own"_s), qPrintable(lines));
    QVERIFY2(lines.contains(u"long post n3 (no date)"_s), qPrintable(lines));
}

void TestImporters::mastodonExportOverApiBackup()
{
    // An account backed up through the API: numeric ids.
    Account api;
    api.platform = u"mastodon"_s;
    api.server = u"https://social.example"_s;
    api.platformUserId = u"109"_s;
    api.handle = u"alice@social.example"_s;
    api.displayName = u"Alice"_s;
    api.profileUrl = u"https://social.example/@alice"_s;
    auto saved = m_store->saveAccount(api);
    QVERIFY(saved);
    const qint64 id = saved->id;
    const QJsonObject status = QJsonDocument::fromJson(R"({"id": "1001", "created_at": "2024-01-02T10:00:00.000Z",
        "content": "<p>API version</p>", "visibility": "public", "url": "https://social.example/@alice/1001",
        "account": {"id": "109", "acct": "alice", "display_name": "Alice", "url": "https://social.example/@alice"}})").object();
    const Item fromApi = mastodon::MastodonMapper(u"social.example"_s).item(status);
    auto runId = m_store->beginRun(id, false);
    QVERIFY(runId);
    QVERIFY(m_store->storeItemPage(id, Collection::Posts, runId.value(), {fromApi}, {}, SyncState{u"cursor-1"_s, true, {}}));

    auto summary = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->format, ArchiveFormat::MastodonExport);
    QCOMPARE(summary->accountId, id);
    QVERIFY(!summary->accountCreated);
    QCOMPARE(m_store->accounts().size(), 1);

    // The API's copy wins; no duplicate, no false edit; the walk state is untouched.
    const Item kept = *m_store->item(id, u"1001"_s);
    QCOMPARE(kept.text, u"API version"_s);
    QVERIFY(m_store->itemVersions(id, u"1001"_s).isEmpty());
    QCOMPARE(m_store->syncState(id, Collection::Posts).resumeCursor, u"cursor-1"_s);
    QCOMPARE(summary->counts.value(u"posts"_s).read, 5);
    QCOMPARE(summary->counts.value(u"posts"_s).added, 4);
    QCOMPARE(summary->counts.value(u"posts"_s).skipped, 1); // the Like activity
    QCOMPARE(m_store->itemCount(id, Collection::Posts), 5);

    const Item archived = *m_store->item(id, u"1002"_s);
    QCOMPARE(archived.text, u"Grüße 🎉 #Köln"_s);
    QCOMPARE(archived.spoilerText, u"CW: Wetter"_s);
    QCOMPARE(archived.language, u"de"_s);
    QCOMPARE(archived.author.platformId, u"109"_s); // the same person as the API's items
    QCOMPARE(archived.media.size(), 1);
    QCOMPARE(archived.media[0].remoteUrl,
             u"https://social.example/system/media_attachments/files/000/000/001/original/pic.png"_s);
    QCOMPARE(archived.media[0].description, u"A fox"_s);
    QCOMPARE(archived.mediaFiles[0].sha256, sha256(fixtures::png("fox")));
    QCOMPARE(archived.mediaFiles[0].mimeType, u"image/png"_s);

    const Item reply = *m_store->item(id, u"1003"_s);
    QCOMPARE(reply.kind, ItemKind::Reply);
    QCOMPARE(reply.visibility, u"unlisted"_s); // to followers, cc public
    QCOMPARE(reply.inReplyToId, u"https://other.example/users/bob/statuses/77"_s);
    const Item direct = *m_store->item(id, u"1004"_s);
    QCOMPARE(direct.kind, ItemKind::Message);
    QCOMPARE(direct.editedAt, utc(2024, 1, 5, 11, 0));
    QVERIFY(m_store->isMember(id, Collection::Messages, u"1004"_s));
    const Item boost = *m_store->item(id, u"1005"_s);
    QCOMPARE(boost.kind, ItemKind::Boost);
    QCOMPARE(boost.boostOfId, u"https://other.example/users/bob/statuses/88"_s);

    QCOMPARE(m_store->itemCount(id, Collection::Favourites), 2);
    QVERIFY(m_store->isMember(id, Collection::Favourites, u"1002"_s)); // own status by its id
    QVERIFY(m_store->isMember(id, Collection::Favourites, u"https://other.example/users/bob/statuses/88"_s));
    QCOMPARE(m_store->itemCount(id, Collection::Bookmarks), 1);
    QCOMPARE(m_store->item(id, u"https://other.example/users/bob/statuses/99"_s)->url,
             u"https://other.example/users/bob/statuses/99"_s);

    // Again: nothing new.
    auto again = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY(again);
    for (auto it = again->counts.cbegin(); it != again->counts.cend(); ++it)
        QVERIFY2(it->added == 0, qPrintable(it.key()));
    QCOMPARE(m_store->itemCount(id), 7);
}

void TestImporters::mastodonExportNewOfflineAccount()
{
    auto summary = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(summary->accountCreated);
    const Account account = *m_store->account(summary->accountId);
    QCOMPARE(account.platform, u"mastodon"_s);
    QCOMPARE(account.server, u"https://social.example"_s);
    QCOMPARE(account.platformUserId, u"https://social.example/users/alice"_s);
    QCOMPARE(account.handle, u"alice@social.example"_s);
    QCOMPARE(account.displayName, u"Alice Ö"_s);
    QCOMPARE(m_store->item(summary->accountId, u"1001"_s)->text, u"Archive version"_s);
}

void TestImporters::mastodonExportThenSignInIsOneAccount()
{
    // Offline first: the export keys the account by its actor URL and Bob's status by URI.
    auto summary = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(summary->accountCreated);
    const qint64 id = summary->accountId;
    const QString bob88 = u"https://other.example/users/bob/statuses/88"_s;
    QVERIFY(m_store->isMember(id, Collection::Favourites, bob88));
    const int itemsBefore = m_store->itemCount(id);

    // Signing in to the same person takes the offline account over, keeping everything.
    auto signedIn = saveSignedInAccount(*m_store, apiAlice());
    QVERIFY2(signedIn, qPrintable(signedIn.errorMessage()));
    QCOMPARE(signedIn->id, id);
    QCOMPARE(m_store->accounts().size(), 1);
    QCOMPARE(m_store->account(id)->platformUserId, u"109"_s);
    QCOMPARE(m_store->account(id)->displayName, u"Alice"_s);
    QCOMPARE(m_store->itemCount(id), itemsBefore);
    QCOMPARE(m_store->item(id, u"1002"_s)->author.platformId, u"109"_s); // her own person row too
    QCOMPARE(m_store->item(id, u"1002"_s)->text, u"Grüße 🎉 #Köln"_s);

    // The first API backup returns the liked status under Alice's server's id: it becomes the
    // imported favourite (membership kept, no duplicate, no false edit, boost rewritten).
    storeApiFavourites(*m_store, id, {apiBobStatus88()});
    QCOMPARE(m_store->itemCount(id, Collection::Favourites), 2);
    QVERIFY(m_store->isMember(id, Collection::Favourites, u"555"_s));
    QVERIFY(!m_store->item(id, bob88));
    QCOMPARE(m_store->item(id, u"555"_s)->text, u"Post by Bob"_s);
    QVERIFY(m_store->itemVersions(id, u"555"_s).isEmpty());
    QCOMPARE(m_store->item(id, u"1005"_s)->boostOfId, u"555"_s);
    QCOMPARE(m_store->itemCount(id), itemsBefore); // 555 replaced the URI-keyed copy

    // A second sign-in (new token) changes nothing; the export again adds nothing either.
    auto again = saveSignedInAccount(*m_store, apiAlice());
    QVERIFY(again);
    QCOMPARE(again->id, id);
    auto reimport = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY2(reimport, qPrintable(reimport.errorMessage()));
    QCOMPARE(reimport->accountId, id);
    QCOMPARE(m_store->accounts().size(), 1);
    QCOMPARE(m_store->itemCount(id, Collection::Favourites), 2);
    QCOMPARE(m_store->itemCount(id), itemsBefore);

    // Someone else on the same server is a separate account.
    Account carol = apiAlice();
    carol.platformUserId = u"110"_s;
    carol.handle = u"carol@social.example"_s;
    carol.profileUrl = u"https://social.example/@carol"_s;
    auto other = saveSignedInAccount(*m_store, carol);
    QVERIFY(other);
    QVERIFY(other->id != id);
    QCOMPARE(m_store->accounts().size(), 2);
}

void TestImporters::mastodonSignInThenExportMatchesFavouritesByUri()
{
    // API first: Alice signed in and backed up her favourites (Bob's status as id 555).
    auto signedIn = saveSignedInAccount(*m_store, apiAlice());
    QVERIFY(signedIn);
    const qint64 id = signedIn->id;
    storeApiFavourites(*m_store, id, {apiBobStatus88()});

    auto summary = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->accountId, id);
    QVERIFY(!summary->accountCreated);
    QCOMPARE(m_store->accounts().size(), 1);
    // The export's like of Bob's status (by URI) is the API's favourite 555, not a second item.
    QCOMPARE(m_store->itemCount(id, Collection::Favourites), 2);
    QVERIFY(m_store->isMember(id, Collection::Favourites, u"555"_s));
    QVERIFY(m_store->isMember(id, Collection::Favourites, u"1002"_s));
    QVERIFY(!m_store->item(id, u"https://other.example/users/bob/statuses/88"_s));
    QCOMPARE(m_store->item(id, u"555"_s)->text, u"Post by Bob"_s);
    QCOMPARE(summary->counts.value(u"favourites"_s).added, 1); // only her own status is new there
    // Her boost of that status points at the API's item; her reply to a status the API never
    // returned keeps its URI.
    QCOMPARE(m_store->item(id, u"1005"_s)->boostOfId, u"555"_s);
    QCOMPARE(m_store->item(id, u"1003"_s)->inReplyToId, u"https://other.example/users/bob/statuses/77"_s);
    // The bookmark the API never returned stays under its URI.
    QVERIFY(m_store->isMember(id, Collection::Bookmarks, u"https://other.example/users/bob/statuses/99"_s));
}

void TestImporters::mastodonCsvFollowing()
{
    auto summary = import(archivePath(fixtures::mastodonExport(), fixtures::Container::TarGz));
    QVERIFY(summary);
    const QString csv = m_dir.filePath(u"following_accounts.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Account address,Show boosts,Notify on new posts,Languages\n"
               "bob@other.example,true,false,\"en, de\"\n"
               "jürgen@umlaut.example,true,false,\n"
               "not an address,true,false,\n");
    file.close();
    auto csvSummary = import(csv);
    QVERIFY2(csvSummary, qPrintable(csvSummary.errorMessage()));
    QCOMPARE(csvSummary->format, ArchiveFormat::MastodonCsv);
    QCOMPARE(csvSummary->accountId, summary->accountId);
    QCOMPARE(m_store->activeContactCount(summary->accountId, FollowDirection::Following), 2);
    QCOMPARE(csvSummary->counts.value(u"following"_s).skipped, 1);

    const QString lists = m_dir.filePath(u"lists.csv"_s);
    QFile listFile(lists);
    QVERIFY(listFile.open(QIODevice::WriteOnly));
    listFile.write("Friends,bob@other.example\nFriends,cleo@other.example\n");
    listFile.close();
    auto listSummary = import(lists, u"alice@social.example"_s);
    QVERIFY2(listSummary, qPrintable(listSummary.errorMessage()));
    QCOMPARE(listSummary->counts.value(u"lists"_s).skipped, 2);
    QVERIFY(listSummary->skipped.join(u'\n').contains(u"does not store lists yet"_s));
}

void TestImporters::dyi_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("container");
    QTest::newRow("facebook 2020 zip") << int(fixtures::DyiVariant::Facebook2020) << int(fixtures::Container::Zip);
    QTest::newRow("facebook 2024 folder") << int(fixtures::DyiVariant::Facebook2024) << int(fixtures::Container::Folder);
    QTest::newRow("facebook 2024 zip") << int(fixtures::DyiVariant::Facebook2024) << int(fixtures::Container::Zip);
    QTest::newRow("instagram zip") << int(fixtures::DyiVariant::Instagram) << int(fixtures::Container::Zip);
}

void TestImporters::dyi()
{
    QFETCH(int, variant);
    QFETCH(int, container);
    const auto which = fixtures::DyiVariant(variant);
    const QString path = archivePath(fixtures::dyiExport(which), fixtures::Container(container));
    auto summary = import(path);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    const qint64 id = summary->accountId;
    const Account account = *m_store->account(id);

    if (which == fixtures::DyiVariant::Instagram) {
        QCOMPARE(summary->format, ArchiveFormat::InstagramDyi);
        QCOMPARE(account.platform, u"instagram"_s);
        QCOMPARE(account.handle, u"zoe.ig"_s);
        QCOMPARE(account.displayName, u"Zoë"_s);
        QCOMPARE(m_store->itemCount(id, Collection::Posts), 2);
        QCOMPARE(m_store->activeContactCount(id, FollowDirection::Follower), 1);
        QCOMPARE(m_store->activeContactCount(id, FollowDirection::Following), 1);
        QCOMPARE(m_store->itemCount(id, Collection::Messages), 1);
        QList<Item> items;
        QVERIFY(m_store->forEachItem(ItemFilter{id, Collection::Posts, {}, {}, true},
                                     [&](const Item &item) { items.append(item); return true; }));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].text, u"Café ☕"_s);
        QCOMPARE(items[0].createdAt, QDateTime::fromSecsSinceEpoch(1580000000, Qt::UTC));
        QCOMPARE(items[0].mediaFiles.size(), 1);
        QCOMPARE(items[0].mediaFiles[0].sha256, sha256(fixtures::jpeg("ig-post")));
        QCOMPARE(items[1].kind, ItemKind::Comment);
        QCOMPARE(items[1].text, u"Schön"_s);
        return;
    }
    QCOMPARE(summary->format, ArchiveFormat::FacebookDyi);
    QCOMPARE(account.platform, u"facebook"_s);
    QCOMPARE(account.displayName, u"Zoë Müller"_s);
    QCOMPARE(account.platformUserId, u"https://www.facebook.com/zoe.m"_s);

    QList<Item> posts;
    QVERIFY(m_store->forEachItem(ItemFilter{id, Collection::Posts, {}, {}, true},
                                 [&](const Item &item) { posts.append(item); return true; }));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts[0].text, u"Parabéns 😠"_s);
    QCOMPARE(posts[0].html, u"<p>Parabéns 😠</p>"_s);
    QCOMPARE(posts[0].createdAt, QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC));
    QCOMPARE(posts[0].author.displayName, u"Zoë Müller"_s);
    QCOMPARE(posts[0].mediaFiles.size(), 1);
    QCOMPARE(posts[0].mediaFiles[0].sha256, sha256(fixtures::jpeg("fb-post")));
    QCOMPARE(posts[1].kind, ItemKind::Comment);
    QCOMPARE(posts[1].text, u"Schön!"_s);

    QCOMPARE(m_store->itemCount(id, Collection::Messages), 3);
    QCOMPARE(summary->counts.value(u"messages"_s).skipped, 1); // no text, no media
    const QList<Item> thread = m_store->conversation(id, u"facebook:inbox/bob_abc123"_s);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread[0].text, u"Olá Zoë"_s);
    QCOMPARE(thread[0].author.displayName, u"Bob"_s);
    QCOMPARE(thread[1].text, u"Hi 👋"_s);
    QCOMPARE(thread[1].author.platformId, account.platformUserId);
    QCOMPARE(thread[1].mediaFiles.size(), 1);
    QCOMPARE(thread[1].mediaFiles[0].sha256, sha256(fixtures::jpeg("fb-msg")));
    const QList<Item> group = m_store->conversation(id, u"facebook:inbox/group_777"_s);
    QCOMPARE(group.size(), 1);
    QCOMPARE(group[0].text, u"Salut à tous"_s);
    QCOMPARE(group[0].author.displayName, u"Cléo"_s);
    QCOMPARE(m_store->activeContactCount(id, FollowDirection::Follower), 2);
    QCOMPARE(m_store->activeContactCount(id, FollowDirection::Following), 2);

    auto again = import(path);
    QVERIFY(again);
    QCOMPARE(again->accountId, id);
    for (auto it = again->counts.cbegin(); it != again->counts.cend(); ++it)
        QVERIFY2(it->added == 0, qPrintable(it.key()));
    QCOMPARE(m_store->itemCount(id), 5);
}

void TestImporters::facebookPage()
{
    auto summary = import(archivePath(fixtures::dyiExport(fixtures::DyiVariant::FacebookPage),
                                      fixtures::Container::Zip));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    const Account page = *m_store->account(summary->accountId);
    QCOMPARE(page.platform, u"facebook"_s);
    QCOMPARE(page.platformUserId, u"123456"_s);
    QCOMPARE(page.displayName, u"Café Zoë"_s);
    QCOMPARE(m_store->itemCount(summary->accountId, Collection::Posts), 1);
}

void TestImporters::facebookPage2025Layout()
{
    // A Page's own download, 2025+ layout: the Page named only by its professional dashboard,
    // posts in profile_posts_N.json and videos.json, message requests in filtered_threads,
    // followers in people_who_followed_you.json.
    auto summary = import(archivePath(fixtures::dyiExport(fixtures::DyiVariant::FacebookPage2025),
                                      fixtures::Container::Zip));
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->format, ArchiveFormat::FacebookDyi);
    const qint64 id = summary->accountId;
    const Account page = *m_store->account(id);
    QCOMPARE(page.platform, u"facebook"_s);
    QCOMPARE(page.displayName, u"Café Zoë"_s);
    QCOMPARE(page.platformUserId, u"page:Café Zoë"_s);

    QCOMPARE(m_store->itemCount(id, Collection::Posts), 2);
    ItemPageQuery query;
    query.accountId = id;
    query.collection = Collection::Posts;
    const QList<Item> posts = m_store->itemPage(query);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts[0].text, u"Backstube"_s); // newest first
    QCOMPARE(posts[0].media.size(), 1);
    QCOMPARE(posts[0].media[0].type, u"video"_s);
    QCOMPARE(posts[1].text, u"Neue Kuchen 🍰"_s);
    QCOMPARE(posts[1].media[0].type, u"image"_s);
    QCOMPARE(posts[1].mediaFiles[0].sha256, sha256(fixtures::jpeg("cake")));
    QCOMPARE(posts[1].author.displayName, u"Café Zoë"_s); // the Page's own post

    QCOMPARE(m_store->itemCount(id, Collection::Messages), 3);
    const QList<Item> anna = m_store->conversation(id, u"facebook:inbox/anna_1"_s);
    QCOMPARE(anna.size(), 2);
    QCOMPARE(anna[0].author.displayName, u"Anna Ö"_s);
    QCOMPARE(anna[1].author.platformId, page.platformUserId);
    QCOMPARE(m_store->conversation(id, u"facebook:filtered_threads/carl_2"_s).first().text, u"Tisch für 4?"_s);

    QCOMPARE(m_store->activeContactCount(id, FollowDirection::Follower), 2);
    QCOMPARE(m_store->activeContactCount(id, FollowDirection::Following), 0);
}

void TestImporters::blueskyCar()
{
    // Dispatched to the Bluesky connector's CAR import, recognised by content (no .car name).
    holdfast::testing::CarWriter writer;
    auto post = [](const QString &text) {
        return QCborMap{{u"$type"_s, u"app.bsky.feed.post"_s}, {u"text"_s, text},
                        {u"createdAt"_s, u"2024-05-01T10:00:00.000Z"_s}};
    };
    const QByteArray car = writer.repository(
        u"did:plc:zoe"_s, u"3kzzzzzzzzzzz"_s,
        {{u"app.bsky.feed.post/3kaaaaaaaaaaa"_s, post(u"Grüße aus Köln 🎉"_s)},
         {u"app.bsky.feed.post/3kaaaaaaaaaab"_s, post(u"second"_s)}});
    const QString path = m_dir.filePath(u"repo-export"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(car);
    file.close();
    auto summary = import(path);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->format, ArchiveFormat::BlueskyCar);
    QVERIFY(summary->accountCreated);
    QCOMPARE(m_store->account(summary->accountId)->platformUserId, u"did:plc:zoe"_s);
    QCOMPARE(m_store->itemCount(summary->accountId, Collection::Posts), 2);
    QCOMPARE(summary->counts.value(u"posts"_s).added, 2);
}

void TestImporters::mojibake()
{
    QCOMPARE(json::fixMojibake(QString::fromLatin1("Parab\xc3\xa9ns")), u"Parabéns"_s);
    QCOMPARE(json::fixMojibake(QString::fromLatin1("\xf0\x9f\x98\xa0")), u"😠"_s);
    QCOMPARE(json::fixMojibake(u"café"_s), u"café"_s);      // real Latin-1 text stays
    QCOMPARE(json::fixMojibake(u"Zoë 🦊"_s), u"Zoë 🦊"_s); // already right
    QCOMPARE(json::fixMojibake(u"plain"_s), u"plain"_s);
}

void TestImporters::jsonArrayElements()
{
    const QByteArray data = R"(window.YTD.x.part0 = [ {"a": "]", "b": "\"[{"}, {"c": [1, {"d": 2}]} ];)";
    auto start = json::scriptPrefixLength(data, u"x.js"_s);
    QVERIFY(start);
    auto elements = json::arrayElements(data, start.value(), u"x.js"_s);
    QVERIFY2(elements, qPrintable(elements.errorMessage()));
    QCOMPARE(elements->size(), 2);
    QCOMPARE(data.mid(elements->at(1).first, elements->at(1).second), QByteArray(R"({"c": [1, {"d": 2}]})"));
    const QByteArray broken = R"([{"a": 1}, {"b" 2}])";
    int seen = 0;
    int visited = -1;
    auto parsed = json::forEachObject(broken, 0, u"data/like.js"_s, [&](const QJsonObject &) -> Result<void> {
        ++seen;
        return {};
    }, true, &visited);
    QVERIFY(!parsed);
    // Each element is parsed once and used at once: the walk stops at the damage.
    QCOMPARE(seen, 1);
    QCOMPARE(visited, 1);
    // A damaged structure (here: truncated) is refused before anything is used.
    seen = 0;
    QVERIFY(!json::forEachObject(QByteArray(R"([{"a": 1}, {"b": 2})"), 0, u"data/like.js"_s,
                                 [&](const QJsonObject &) -> Result<void> {
                                     ++seen;
                                     return {};
                                 }, true, &visited));
    QCOMPARE(seen, 0);
    QCOMPARE(visited, 0);
    QVERIFY2(parsed.errorMessage().startsWith(u"entry data/like.js: invalid JSON at byte 17"_s),
             qPrintable(parsed.errorMessage()));
}

void TestImporters::importJobOnThread()
{
    const QString path = archivePath(fixtures::xArchive(fixtures::XVariant::Current), fixtures::Container::Zip);
    const QString dataDir = m_store->dataDirectory();
    auto *job = new ArchiveImportJob(dataDir, path);
    QSignalSpy finished(job, &ArchiveImportJob::finished);
    QSignalSpy progress(job, &ArchiveImportJob::progress);
    startImportThread(job);
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().at(0).value<ImportSummary>();
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(progress.size() >= 2);
    QCOMPARE(m_store->itemCount(summary.accountId, Collection::Posts), 5);
}

void TestImporters::commandLine()
{
    const QString binary = qEnvironmentVariable("HOLDFAST_BINARY");
    if (binary.isEmpty())
        QSKIP("HOLDFAST_BINARY not set");
    const QString path = archivePath(fixtures::xArchive(fixtures::XVariant::Current), fixtures::Container::Zip);
    const QString dataDir = m_dir.filePath(u"cli-data"_s);
    QProcess process;
    process.start(binary, {u"--data-dir"_s, dataDir, u"import"_s, path});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(u"(X archive) into account zoe_x (new offline account)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"  posts: 5 read, 5 new, 0 skipped"_s), qPrintable(out));

    const QString unknown = archivePath({{u"notes.txt"_s, "hello"}, {u"more/a.json"_s, "{}"}}, fixtures::Container::Zip);
    process.start(binary, {u"--data-dir"_s, dataDir, u"import"_s, unknown});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.last().startsWith(u"holdfast import: archive-"_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.last().contains(u"is not a data export Holdfast recognises"_s));
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
