// Records-request package (reports/RecordsPackage): selection by period, words and person; the
// ZIP read back with libarchive; every file's SHA-256 recomputed against manifest.json; the
// transcript read with pdftotext (skipped without poppler-utils unless CI=true).

#include "tests/support/TestAccounts.h"
#include "models/store/Store.h"
#include "reports/RecordsPackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace holdfast;
using namespace Qt::StringLiterals;

namespace {

Person person(const QString &id, const QString &handle, const QString &name)
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = name;
    return p;
}

Item item(const QString &id, ItemKind kind, const QString &created, const Person &author, const QString &text)
{
    Item it;
    it.platformId = id;
    it.kind = kind;
    it.createdAt = QDateTime::fromString(created, Qt::ISODate).toUTC();
    it.author = author;
    it.text = text;
    it.url = u"https://social.example/items/"_s + id;
    it.rawJson = QByteArrayLiteral("{}");
    return it;
}

QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> files;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            QByteArray data;
            char buffer[65536];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                data.append(buffer, n);
            files.insert(QString::fromUtf8(archive_entry_pathname_utf8(entry)), data);
        }
    }
    archive_read_free(a);
    return files;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packageByWordsAndPerson();
    void wordsAreFoundLikeTheSearch();
    void cancelLeavesNoFile();
    void commandLine();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
};

void TestPackage::initTestCase()
{
    auto opened = Store::open(m_dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());
    auto saved = m_store->saveAccount(testdata::mastodonAccount());
    QVERIFY(saved.ok());
    m_account = saved->id;
    const Person alice = person(u"1"_s, u"alice@social.example"_s, u"Alice"_s);
    const Person bob = person(u"2"_s, u"bob@other.example"_s, u"Bob Builder"_s);

    Item b1 = item(u"B1"_s, ItemKind::Post, u"2024-03-01T10:00:00Z"_s, bob, u"The invoice for the roof is late"_s);
    b1.media = {MediaRef{u"m"_s, u"image"_s, u"https://cdn.example/roof.png"_s, QString(), QString()}};
    Item a1 = item(u"A1"_s, ItemKind::Reply, u"2024-03-01T11:00:00Z"_s, alice, u"Which invoice? We paid in March"_s);
    a1.inReplyToId = u"B1"_s;
    Item b2 = item(u"B2"_s, ItemKind::Post, u"2024-03-05T10:00:00Z"_s, bob, u"Nothing about money"_s);
    Item b3 = item(u"B3"_s, ItemKind::Post, u"2024-05-05T10:00:00Z"_s, bob, u"Another invoice, after the period"_s);
    Item b4 = item(u"B4"_s, ItemKind::Post, u"2024-03-10T10:00:00Z"_s, bob, u"Treffen in Köln am Montag"_s);
    const SyncState done{QString(), true, QDateTime::currentDateTimeUtc()};
    auto run = m_store->beginRun(m_account, true);
    QVERIFY(m_store->storeItemPage(m_account, Collection::Mentions, *run, {b1, b2, b3, b4}, {}, done).ok());
    QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, *run, {a1}, {}, done).ok());
    // B1 edited, then deleted.
    auto run2 = m_store->beginRun(m_account, true);
    b1.text = u"The invoice for the roof is very late"_s;
    b1.editedAt = QDateTime::fromString(u"2024-03-02T09:00:00Z"_s, Qt::ISODate);
    QVERIFY(m_store->storeItemPage(m_account, Collection::Mentions, *run2, {b1}, {}, done).ok());
    QVERIFY(m_store->markItemsDeletedAt(m_account, {{u"B1"_s, QDateTime::currentDateTimeUtc()}}).ok());

    QVERIFY(QDir(m_dir.path()).mkpath(u"media/cd"_s));
    QFile media(m_dir.filePath(u"media/cd/cdef.png"_s));
    QVERIFY(media.open(QIODevice::WriteOnly));
    media.write("not really a png, but bytes with a known hash");
    media.close();
    for (const MediaFile &file : m_store->pendingMedia(m_account)) {
        if (file.remoteUrl == u"https://cdn.example/roof.png"_s)
            QVERIFY(m_store->recordMediaDownloaded(file.id, u"cdef"_s, u"media/cd/cdef.png"_s, u"image/png"_s, 44).ok());
    }
}

void TestPackage::packageByWordsAndPerson()
{
    QTemporaryDir out;
    const QString zipPath = out.filePath(u"records.zip"_s);
    reports::PackageOptions options;
    options.accountIds = {m_account};
    options.since = QDateTime::fromString(u"2024-03-01T00:00:00Z"_s, Qt::ISODate);
    options.until = QDateTime::fromString(u"2024-04-01T00:00:00Z"_s, Qt::ISODate);
    options.query = u"INVOICE"_s;
    auto summary = reports::writeRecordsPackage(*m_store, options, zipPath);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->items, 2); // B1 and A1; B2 has no "invoice", B3 is after the period

    const QMap<QString, QByteArray> files = readZip(zipPath);
    QVERIFY(files.contains(u"manifest.json"_s));
    const QJsonObject manifest = QJsonDocument::fromJson(files.value(u"manifest.json"_s)).object();
    const QJsonArray listed = manifest.value(u"files"_s).toArray();
    QCOMPARE(listed.size(), files.size() - 1); // everything but the manifest itself
    for (const QJsonValue &value : listed) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(u"path"_s).toString();
        QVERIFY2(files.contains(path), qPrintable(path));
        const QByteArray data = files.value(path);
        QCOMPARE(file.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(file.value(u"size"_s).toInteger(), data.size());
    }
    for (const QString &name : {u"items.json"_s, u"items.csv"_s, u"transcript.pdf"_s, u"media/cdef.png"_s})
        QVERIFY2(files.contains(name), qPrintable(name));
    QCOMPARE(files.value(u"media/cdef.png"_s), QByteArray("not really a png, but bytes with a known hash"));

    const QJsonArray captures = manifest.value(u"items"_s).toArray();
    QCOMPARE(captures.size(), 2);
    for (const QJsonValue &value : captures)
        QVERIFY(!value.toObject().value(u"first_captured_at"_s).toString().isEmpty());
    QCOMPARE(manifest.value(u"selection"_s).toObject().value(u"query"_s).toString(), u"INVOICE"_s);

    const QJsonArray items = QJsonDocument::fromJson(files.value(u"items.json"_s)).array();
    QCOMPARE(items.size(), 2);
    const QJsonObject b1 = items[0].toObject();
    QCOMPARE(b1.value(u"id"_s).toString(), u"B1"_s);
    QVERIFY(!b1.value(u"deleted_at"_s).toString().isEmpty());
    QCOMPARE(b1.value(u"earlier_versions"_s).toArray().size(), 1);
    QCOMPARE(b1.value(u"media"_s).toArray().first().toString(), u"media/cdef.png"_s);
    QVERIFY(files.value(u"items.csv"_s).count("\r\n") == 3);

    // Only Bob's items.
    options.person = u"builder"_s;
    summary = reports::writeRecordsPackage(*m_store, options, zipPath);
    QVERIFY(summary.ok());
    QCOMPARE(summary->items, 1);

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("pdftotext is not installed (scripts/install-deps.sh installs poppler-utils)");
        QSKIP("pdftotext is not installed");
    }
    QFile pdf(out.filePath(u"t.pdf"_s));
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write(readZip(zipPath).value(u"transcript.pdf"_s));
    pdf.close();
    QProcess process;
    process.start(pdftotext, {pdf.fileName(), u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(u"The invoice for the roof is very late"_s), qPrintable(text));
    QVERIFY(text.contains(u"DELETED on the platform"_s));
    QVERIFY(text.contains(u"Edit history"_s));
    QVERIFY(text.contains(u"The invoice for the roof is late"_s)); // the earlier version
    QVERIFY(text.contains(u"Thread context"_s));
    QVERIFY(text.contains(u"Which invoice? We paid in March"_s));
    QVERIFY(text.contains(u"Captured: "_s));
}

void TestPackage::wordsAreFoundLikeTheSearch()
{
    // The words go through the full-text index as in the app's search: diacritics and case
    // folded ("koln" finds "Köln"), whole words or `word*` prefixes rather than substrings.
    QTemporaryDir out;
    const QString zipPath = out.filePath(u"koln.zip"_s);
    const auto selectedIds = [&](const QString &query, const QString &person) {
        reports::PackageOptions options;
        options.accountIds = {m_account};
        options.query = query;
        options.person = person;
        QStringList ids;
        auto summary = reports::writeRecordsPackage(*m_store, options, zipPath);
        if (!summary)
            return QStringList{u"error: "_s + summary.errorMessage()};
        for (const QJsonValue &value : QJsonDocument::fromJson(readZip(zipPath).value(u"items.json"_s)).array())
            ids.append(value.toObject().value(u"id"_s).toString());
        return ids;
    };
    QCOMPARE(selectedIds(u"koln"_s, QString()), QStringList{u"B4"_s});
    QCOMPARE(selectedIds(u"KÖLN montag"_s, QString()), QStringList{u"B4"_s});
    QCOMPARE(selectedIds(u"koln invoice"_s, QString()), QStringList());   // every word must occur
    QCOMPARE(selectedIds(u"voice"_s, QString()), QStringList());          // not a substring match
    QCOMPARE(selectedIds(u"invo*"_s, QString()), (QStringList{u"B1"_s, u"A1"_s, u"B3"_s}));
    QCOMPARE(selectedIds(u"koln"_s, u"alice"_s), QStringList());
    QCOMPARE(selectedIds(QString(), u"bui"_s), (QStringList{u"B1"_s, u"B2"_s, u"B4"_s, u"B3"_s}));
}

void TestPackage::cancelLeavesNoFile()
{
    QTemporaryDir out;
    const QString zipPath = out.filePath(u"cancelled.zip"_s);
    reports::PackageOptions options;
    options.accountIds = {m_account};
    qint64 calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return done < 2 && total == 5; // stop after the second item
    };
    auto summary = reports::writeRecordsPackage(*m_store, options, zipPath);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 3);
    QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestPackage::commandLine()
{
    const QString binary = qEnvironmentVariable("HOLDFAST_BINARY");
    if (binary.isEmpty())
        QSKIP("HOLDFAST_BINARY not set (run through ctest)");
    QTemporaryDir out;
    QProcess process;
    process.start(binary, {u"--data-dir"_s, m_dir.path(), u"package"_s, u"--account"_s, u"alice@social.example"_s,
                           u"--since"_s, u"2024-03-01"_s, u"--until"_s, u"2024-04-01"_s, u"--query"_s, u"invoice"_s,
                           u"--output"_s, out.filePath(u"p.zip"_s)});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("Packaged 2 item(s)"), err.constData());
    QVERIFY(readZip(out.filePath(u"p.zip"_s)).contains(u"manifest.json"_s));
}

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
