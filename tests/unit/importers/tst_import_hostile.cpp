// Hostile and broken input for archive imports: every case gets a clear error naming the
// archive and the entry, and the store keeps exactly what it had.

#include "tests/support/TestAccounts.h"
#include "ArchiveFixtures.h"

#include "connectors/importers/ArchiveImport.h"
#include "connectors/importers/ArchiveReader.h"
#include "models/store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::importers;
using fixtures::Container;
using fixtures::Entry;

class TestImportHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_accountId = 0;
    int m_number = 0;

    struct Snapshot
    {
        int accounts = 0;
        int items = 0;
        int runs = 0;
        int mediaFiles = 0;
        bool operator==(const Snapshot &) const = default;
    };

    Snapshot snapshot() const
    {
        Snapshot s;
        const QList<Account> accounts = m_store->accounts();
        s.accounts = int(accounts.size());
        for (const Account &a : accounts) {
            s.items += m_store->itemCount(a.id);
            s.runs += int(m_store->runs(a.id).size());
        }
        QDirIterator it(QDir(m_store->dataDirectory()).filePath(u"media"_s), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++s.mediaFiles;
        }
        return s;
    }

    QString write(const QList<Entry> &entries, Container container, const QString &name = {})
    {
        const QString suffix = container == Container::Zip ? u".zip"_s
                               : container == Container::TarGz ? u".tar.gz"_s : QString();
        const QString path = m_dir.filePath((name.isEmpty() ? u"hostile-%1"_s.arg(++m_number) : name) + suffix);
        if (!fixtures::write(path, entries, container))
            qFatal("could not write a fixture archive");
        return path;
    }

    /// Imports `path` expecting failure; checks the store is untouched; returns the message.
    QString expectFailure(const QString &path, ImportOptions options = {})
    {
        const Snapshot before = snapshot();
        ArchiveImport import(*m_store, path, options);
        auto result = import.run();
        if (result) {
            qWarning() << "unexpectedly imported:" << result->lines();
            return {};
        }
        const Snapshot after = snapshot();
        if (!(before == after)) {
            qWarning() << "the store changed";
            return {};
        }
        qDebug().noquote() << result.errorMessage();
        return result.errorMessage();
    }

private slots:
    void init()
    {
        QDir(m_dir.filePath(u"data"_s)).removeRecursively();
        auto store = Store::open(m_dir.filePath(u"data"_s));
        QVERIFY(store);
        m_store = std::move(store).value();
        // Something already archived, which must survive every failed import.
        auto saved = m_store->saveAccount(testdata::mastodonAccount(u"kept@social.example"_s));
        QVERIFY(saved);
        m_accountId = saved->id;
        Item item;
        item.platformId = u"k1"_s;
        item.text = u"kept"_s;
        auto run = m_store->beginRun(m_accountId, false);
        QVERIFY(run);
        QVERIFY(m_store->storeItemPage(m_accountId, Collection::Posts, run.value(), {item}, {}, {}));
    }
    void cleanup() { m_store.reset(); }

    void pathTraversal_data();
    void pathTraversal();
    void absolutePath();
    void symlinkInArchive();
    void hardlinkInArchive();
    void symlinkInFolder();
    void decompressionBomb();
    void entrySizeLimit();
    void truncatedArchive_data();
    void truncatedArchive();
    void invalidJsonInIdentityFile();
    void invalidJsonInDataFileIsSkipped();
    void invalidJsonMidFileMakesTheImportIncomplete();
    void unknownLayout();
    void notAnArchive();
    void wrongEncoding();
    void wrongEncodingInDataFile();
    void damagedBlueskyCar();
    void accountMismatch();
    void entryNames();
};

void TestImportHostile::pathTraversal_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("container");
    QTest::newRow("zip dotdot") << u"data/../../evil.js"_s << int(Container::Zip);
    QTest::newRow("tar dotdot") << u"../evil.js"_s << int(Container::TarGz);
    QTest::newRow("backslash dotdot") << u"data\\..\\..\\evil.js"_s << int(Container::Zip);
}

void TestImportHostile::pathTraversal()
{
    QFETCH(QString, name);
    QFETCH(int, container);
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    entries.append({name, "window.YTD.evil.part0 = []"});
    const QString path = write(entries, Container(container));
    const QString error = expectFailure(path);
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    // (libarchive already turns a ZIP's backslashes into slashes)
    QVERIFY2(error.contains(u"\"%1\""_s.arg(QString(name).replace(u'\\', u'/'))), qPrintable(error));
    QVERIFY2(error.contains(u"leaves the archive"_s), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(u"evil.js"_s)));
    QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(u"../evil.js"_s)));
}

void TestImportHostile::absolutePath()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    entries.append({u"/tmp/holdfast-evil.js"_s, "x"});
    const QString error = expectFailure(write(entries, Container::TarGz));
    QVERIFY2(error.contains(u"\"/tmp/holdfast-evil.js\""_s) && error.contains(u"absolute"_s), qPrintable(error));
}

void TestImportHostile::symlinkInArchive()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    entries.append({u"data/tweets_media/1001-link.jpg"_s, {}, Entry::Type::Symlink, u"/etc/passwd"_s});
    const QString error = expectFailure(write(entries, Container::TarGz));
    QVERIFY2(error.contains(u"\"data/tweets_media/1001-link.jpg\": is a link"_s), qPrintable(error));
}

void TestImportHostile::hardlinkInArchive()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    entries.append({u"data/copy.js"_s, {}, Entry::Type::Hardlink, u"data/tweets.js"_s});
    const QString error = expectFailure(write(entries, Container::TarGz));
    QVERIFY2(error.contains(u"\"data/copy.js\": is a link"_s), qPrintable(error));
}

void TestImportHostile::symlinkInFolder()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    entries.append({u"data/secret.js"_s, {}, Entry::Type::Symlink, u"/etc/passwd"_s});
    const QString error = expectFailure(write(entries, Container::Folder));
    QVERIFY2(error.contains(u"\"data/secret.js\": is a link"_s), qPrintable(error));
}

void TestImportHostile::decompressionBomb()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    entries.append({u"data/tweets_media/1001-bomb.jpg"_s, QByteArray(48 << 20, '\0')});
    const QString path = write(entries, Container::Zip);
    QVERIFY(QFileInfo(path).size() < 1 << 20);
    const QString error = expectFailure(path);
    QVERIFY2(error.contains(u"\"data/tweets_media/1001-bomb.jpg\""_s) && error.contains(u"decompression bomb"_s),
             qPrintable(error));
}

void TestImportHostile::entrySizeLimit()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    const QString path = write(entries, Container::TarGz);
    ImportOptions options;
    options.limits.maxEntryBytes = 1024; // tweets.js is larger
    const QString error = expectFailure(path, options);
    QVERIFY2(error.contains(u"larger than the limit"_s), qPrintable(error));
    options = {};
    options.limits.maxTotalBytes = 4096;
    const QString total = expectFailure(path, options);
    QVERIFY2(total.contains(u"expands to more than the limit"_s), qPrintable(total));
}

void TestImportHostile::truncatedArchive_data()
{
    QTest::addColumn<int>("container");
    QTest::newRow("zip") << int(Container::Zip);
    QTest::newRow("tar.gz") << int(Container::TarGz);
}

void TestImportHostile::truncatedArchive()
{
    QFETCH(int, container);
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    // Incompressible media so the cut lands in the middle of data, not just the directory.
    QByteArray noise(200000, Qt::Uninitialized);
    quint32 x = 12345;
    for (char &c : noise) {
        x = x * 1103515245 + 12345;
        c = char(x >> 24);
    }
    entries.append({u"data/tweets_media/9998-noise.jpg"_s, noise});
    const QString path = write(entries, Container(container));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() * 6 / 10));
    file.close();
    const QString error = expectFailure(path);
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QVERIFY2(error.contains(u"truncated"_s), qPrintable(error));
}

void TestImportHostile::invalidJsonInIdentityFile()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    for (Entry &e : entries)
        if (e.name == u"data/account.js")
            e.data = R"(window.YTD.account.part0 = [ {"account": {"accountId": "4242" "username": "x"}} ])";
    const QString error = expectFailure(write(entries, Container::Zip));
    QVERIFY2(error.startsWith(u"entry data/account.js: invalid JSON at byte 63"_s), qPrintable(error));
}

void TestImportHostile::invalidJsonInDataFileIsSkipped()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    for (Entry &e : entries)
        if (e.name == u"data/tweets.js")
            e.data = R"(window.YTD.tweets.part0 = [ {"tweet": {"id_str": "2",}}, {"tweet": {"id_str": "1"}} ])";
    ArchiveImport import(*m_store, write(entries, Container::Zip), {});
    auto summary = import.run();
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    // Broken at its first entry: nothing of the file, everything else, a complete run.
    QVERIFY(!m_store->item(summary->accountId, u"1"_s));
    // part1, deleted, and the long post of 1003 (gone with the file) as a post of its own
    QCOMPARE(m_store->itemCount(summary->accountId, Collection::Posts), 3);
    QVERIFY(m_store->item(summary->accountId, u"note:n1"_s));
    QVERIFY2(summary->skipped.join(u'\n').contains(u"entry data/tweets.js: invalid JSON at byte 54"_s),
             qPrintable(summary->skipped.join(u'\n')));
    QCOMPARE(m_store->runs(summary->accountId).first().outcome, u"succeeded"_s);
}

void TestImportHostile::invalidJsonMidFileMakesTheImportIncomplete()
{
    // Each entry is parsed once, as it is imported: what came before the damage is kept, the
    // import says it is incomplete, and its run is not recorded as a success.
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    for (Entry &e : entries)
        if (e.name == u"data/tweets.js")
            e.data = R"(window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1"}}, {"tweet": {"id_str": "2",}} ])";
    const QString path = write(entries, Container::Zip);
    ArchiveImport import(*m_store, path, {});
    auto summary = import.run();
    QVERIFY(!summary);
    const QString error = summary.errorMessage();
    QVERIFY2(error.startsWith(QFileInfo(path).fileName() + u" was not imported completely: entry "
                                                            "data/tweets.js: invalid JSON at byte 82"_s),
             qPrintable(error));
    QVERIFY2(error.contains(u"entries imported from that file before it: 1, the rest of it was not imported"_s),
             qPrintable(error));
    QCOMPARE(m_store->accounts().size(), 2); // the kept one and the archive's
    const qint64 id = m_store->findAccount(u"zoe_x"_s)->id;
    QCOMPARE(m_store->itemCount(m_accountId), 1);
    QVERIFY(m_store->item(id, u"1"_s));
    QVERIFY(!m_store->item(id, u"2"_s));
    QCOMPARE(m_store->itemCount(id, Collection::Posts), 4); // 1, part1, deleted, note n1
    QCOMPARE(m_store->itemCount(id, Collection::Favourites), 2); // the other files are complete
    const BackupRun run = m_store->runs(id).first();
    QCOMPARE(run.outcome, u"failed"_s);
    QCOMPARE(run.error, error);
}

void TestImportHostile::unknownLayout()
{
    const QString error = expectFailure(write({{u"readme.txt"_s, "hello"}, {u"data/thing.json"_s, "{}"}}, Container::Zip));
    QVERIFY2(error.contains(u"is not a data export Holdfast recognises"_s), qPrintable(error));
    const QString folder = expectFailure(write({{u"a/b/c.js"_s, "var x = 1;"}}, Container::Folder));
    QVERIFY2(folder.contains(u"is not a data export Holdfast recognises"_s), qPrintable(folder));
}

void TestImportHostile::notAnArchive()
{
    const QString path = m_dir.filePath(u"random.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000, '\x07'));
    file.close();
    const QString error = expectFailure(path);
    QVERIFY2(error.contains(u"random.bin is not a data export"_s), qPrintable(error));
    const QString missing = expectFailure(m_dir.filePath(u"nope.zip"_s));
    QVERIFY2(missing.contains(u"does not exist"_s), qPrintable(missing));
}

void TestImportHostile::wrongEncoding()
{
    QList<Entry> entries = fixtures::dyiExport(fixtures::DyiVariant::Facebook2024);
    for (Entry &e : entries)
        if (e.name.endsWith(u"profile_information.json"_s))
            e.data = "{\"profile_v2\": {\"name\": {\"full_name\": \"Zo\xeb\"}}}"; // Latin-1 bytes
    const QString error = expectFailure(write(entries, Container::Zip));
    QVERIFY2(error.contains(u"entry personal_information/profile_information/profile_information.json: "
                            "the text is not UTF-8 (invalid byte 0xeb at byte 41)"_s),
             qPrintable(error));
}

void TestImportHostile::wrongEncodingInDataFile()
{
    QList<Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    for (Entry &e : entries) {
        if (e.name == u"data/like.js") {
            const QString text = QString::fromUtf8(e.data);
            e.data = QByteArray("\xff\xfe") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        }
    }
    ArchiveImport import(*m_store, write(entries, Container::Zip), {});
    auto summary = import.run();
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(m_store->itemCount(summary->accountId, Collection::Favourites), 0);
    QVERIFY2(summary->skipped.join(u'\n').contains(u"entry data/like.js: the text is UTF-16 or UTF-32, not UTF-8"_s),
             qPrintable(summary->skipped.join(u'\n')));
}

void TestImportHostile::damagedBlueskyCar()
{
    // A CAR header without the blocks it names: the Bluesky CAR import refuses it.
    const QString path = m_dir.filePath(u"repo.car"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fixtures::carFile());
    file.close();
    const QString error = expectFailure(path);
    QVERIFY2(error.startsWith(u"repo.car: "_s), qPrintable(error));
}

void TestImportHostile::accountMismatch()
{
    ImportOptions options;
    options.account = u"kept@social.example"_s;
    const QString wrongPlatform = expectFailure(write(fixtures::xArchive(fixtures::XVariant::Current), Container::Zip), options);
    QVERIFY2(wrongPlatform.contains(u"is a mastodon account"_s), qPrintable(wrongPlatform));
    const QString wrongUser = expectFailure(write(fixtures::mastodonExport(), Container::TarGz), options);
    QVERIFY2(wrongUser.contains(u"belongs to alice@social.example, not to account kept@social.example"_s),
             qPrintable(wrongUser));
    options.account = u"nobody"_s;
    QVERIFY(expectFailure(write(fixtures::mastodonExport(), Container::TarGz), options).contains(u"no account"_s));
}

void TestImportHostile::entryNames()
{
    QString reason;
    QCOMPARE(ArchiveReader::normalisedEntryPath(u"./data//tweets.js"_s, &reason), u"data/tweets.js"_s);
    QCOMPARE(ArchiveReader::normalisedEntryPath(u"data\\tweets.js"_s, &reason), u"data/tweets.js"_s);
    QCOMPARE(ArchiveReader::normalisedEntryPath(u"a/../b"_s, &reason), QString());
    QCOMPARE(ArchiveReader::normalisedEntryPath(u"C:/Windows/x"_s, &reason), QString());
    QCOMPARE(ArchiveReader::normalisedEntryPath(u"a/\u0001b"_s, &reason), QString());
    QCOMPARE(ArchiveReader::normalisedEntryPath(u"médias/ü.jpg"_s, &reason), u"médias/ü.jpg"_s);
}

QTEST_GUILESS_MAIN(TestImportHostile)
#include "tst_import_hostile.moc"
