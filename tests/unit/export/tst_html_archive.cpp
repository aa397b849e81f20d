// Tests for the offline HTML archive (models/export/HtmlArchiveExporter): the files written,
// that every reference stays inside the archive, that platform HTML cannot inject anything,
// and - in headless Chromium from Debian's packages - that pages load, search finds an item
// and no network request is attempted. Chromium tests fail under CI=true when chromium is
// missing and are skipped otherwise.

#include "tests/support/TestAccounts.h"
#include "models/export/HtmlArchiveExporter.h"
#include "models/export/HtmlSanitiser.h"
#include "models/store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace holdfast;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

Person person(const QString &id, const QString &handle, const QString &name)
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = name;
    p.url = u"https://social.example/@"_s + handle.section(u'@', 0, 0);
    p.avatarUrl = u"https://cdn.social.example/avatars/"_s + id + u".png"_s;
    return p;
}

Item item(const QString &id, ItemKind kind, const QString &created, const Person &author, const QString &text)
{
    Item it;
    it.platformId = id;
    it.kind = kind;
    it.createdAt = utc(created);
    it.author = author;
    it.text = text;
    it.html = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    it.url = u"https://social.example/@alice/"_s + id;
    it.visibility = u"public"_s;
    it.rawJson = QByteArrayLiteral("{}");
    return it;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHtmlArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sanitiser_data();
    void sanitiser();
    void writesMonthPagesThreadsAndConversations();
    void everyReferenceStaysInsideTheArchive();
    void periodFilter();
    void commandLine();
    void followersAndFollowingPages();
    void everyPostOfAThreadLinksToTheWholeThread();
    void cancelLeavesNothing();
    void refusesAFolderThatIsNotEmpty();
    void zipHoldsTheSameArchive();
    void commandLineZip();
    void chromiumLoadsPages();
    void chromiumShowsPeopleAndThreads();
    void chromiumOpensTheUnzippedArchive();
    void chromiumSearchFindsItem();
    void chromiumMakesNoNetworkRequest();

private:
    QString chromium() const;
    /// Runs headless chromium on a file of the archive; returns stdout.
    QByteArray runChromium(const QStringList &extraArguments, const QString &url, QByteArray *log = nullptr);

    /// Unzips `zip` into `target` with the unzip tool; false (and a skip/fail) if it is missing.
    bool unzip(const QString &zip, const QString &target);
    static QStringList filesUnder(const QString &root);

    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
    qint64 m_threadAccount = 0;     ///< an account whose thread spans two months and branches
    QString m_threadArchive;
    QString m_archive;
    HtmlArchiveSummary m_summary;
};

void TestHtmlArchive::initTestCase()
{
    QVERIFY(m_dataDir.isValid() && m_outDir.isValid());
    auto opened = Store::open(m_dataDir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());

    auto saved = m_store->saveAccount(testdata::mastodonAccount(u"alice@social.example"_s, u"1"_s, u"Alice"_s));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    m_account = saved->id;

    const Person alice = person(u"1"_s, u"alice@social.example"_s, u"Alice"_s);
    const Person bob = person(u"2"_s, u"bob@other.example"_s, u"Bob <b>"_s);

    Item p1 = item(u"p1"_s, ItemKind::Post, u"2024-03-02T10:00:00Z"_s, alice, u"Spring cleaning of the lighthouse"_s);
    p1.conversationId = u"c1"_s;
    p1.media = {MediaRef{u"m1"_s, u"image"_s, u"https://cdn.social.example/m1.png"_s, QString(), u"A lamp"_s}};
    Item r1 = item(u"r1"_s, ItemKind::Reply, u"2024-03-02T11:00:00Z"_s, bob, u"Need a hand with the lens?"_s);
    r1.inReplyToId = u"p1"_s;
    r1.conversationId = u"c1"_s;
    Item p2 = item(u"p2"_s, ItemKind::Reply, u"2024-03-02T12:00:00Z"_s, alice, u"Yes please, bring the ladder"_s);
    p2.inReplyToId = u"r1"_s;
    p2.conversationId = u"c1"_s;
    Item p3 = item(u"p3"_s, ItemKind::Post, u"2024-04-15T09:30:00Z"_s, alice, QString());
    p3.text = u"Köln trip\nclick"_s;
    p3.html = u"<p>Köln trip</p><script>alert(1)</script><img src=\"https://evil.example/x.png\" onerror=\"alert(2)\">"
              "<p><a href=\"javascript:alert(3)\">click</a> <a href=\"https://ok.example/a?b=1&amp;c=2\" "
              "onclick=\"x()\">ok</a></p>"_s;
    Item m1 = item(u"m1"_s, ItemKind::Message, u"2024-04-20T08:00:00Z"_s, bob, u"Private note about the keys"_s);
    m1.conversationId = u"dm1"_s;
    m1.visibility = u"direct"_s;
    Item m2 = item(u"m2"_s, ItemKind::Message, u"2024-04-20T08:05:00Z"_s, alice, u"Under the mat"_s);
    m2.conversationId = u"dm1"_s;
    m2.visibility = u"direct"_s;

    const SyncState done{QString(), true, QDateTime::currentDateTimeUtc()};
    auto run = m_store->beginRun(m_account, true);
    QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
    auto page = m_store->storeItemPage(m_account, Collection::Posts, *run, {p1, p2, p3}, {r1}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    page = m_store->storeItemPage(m_account, Collection::Mentions, *run, {r1}, {}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    page = m_store->storeItemPage(m_account, Collection::Messages, *run, {m1, m2}, {}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));

    // The image of p1 "downloaded" into the data directory, as the backup does.
    QVERIFY(QDir(m_dataDir.path()).mkpath(u"media/ab"_s));
    QFile media(m_dataDir.filePath(u"media/ab/abcd.png"_s));
    QVERIFY(media.open(QIODevice::WriteOnly));
    // A 1x1 PNG, so the browser really shows it.
    media.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    media.close();
    for (const MediaFile &file : m_store->pendingMedia(m_account)) {
        if (file.remoteUrl == u"https://cdn.social.example/m1.png"_s)
            QVERIFY(m_store->recordMediaDownloaded(file.id, u"abcd"_s, u"media/ab/abcd.png"_s, u"image/png"_s, 70).ok());
    }

    // Followers and following; Carol unfollowed in the second backup.
    const Person carol = person(u"3"_s, u"carol@other.example"_s, u"Carol"_s);
    const Person dave = person(u"4"_s, u"dave@social.example"_s, QString());
    auto contactsRun = m_store->beginRun(m_account, true);
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, *contactsRun, {bob, carol}, done).ok());
    QVERIFY(m_store->storeContactPage(m_account, Collection::Following, *contactsRun, {bob, dave}, done).ok());
    auto laterRun = m_store->beginRun(m_account, true);
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, *laterRun, {bob}, done).ok());
    auto ended = m_store->markUnseenAsRemoved(m_account, Collection::Followers, *laterRun, QDateTime::currentDateTimeUtc());
    QVERIFY2(ended.ok() && ended.value() == 1, qPrintable(ended.errorMessage()));

    // Tina's thread: her post in January, replies in February on two branches (Carol answers
    // the post, Tina answers Carol; and Tina answers her own post again).
    auto tinaSaved = m_store->saveAccount(testdata::mastodonAccount(u"tina@social.example"_s, u"10"_s, u"Tina"_s));
    QVERIFY2(tinaSaved.ok(), qPrintable(tinaSaved.errorMessage()));
    m_threadAccount = tinaSaved->id;
    const Person tina = person(u"10"_s, u"tina@social.example"_s, u"Tina"_s);
    Item t0 = item(u"t0"_s, ItemKind::Post, u"2024-01-30T10:00:00Z"_s, tina, u"Root of the winter thread"_s);
    Item t1 = item(u"t1"_s, ItemKind::Reply, u"2024-02-01T10:00:00Z"_s, carol, u"Carol answers the root"_s);
    t1.inReplyToId = u"t0"_s;
    Item t2 = item(u"t2"_s, ItemKind::Reply, u"2024-02-02T10:00:00Z"_s, tina, u"Tina answers Carol"_s);
    t2.inReplyToId = u"t1"_s;
    Item t3 = item(u"t3"_s, ItemKind::Reply, u"2024-02-03T10:00:00Z"_s, tina, u"Tina adds a second branch"_s);
    t3.inReplyToId = u"t0"_s;
    Item lone = item(u"t4"_s, ItemKind::Post, u"2024-02-04T10:00:00Z"_s, tina, u"A post nobody answered"_s);
    auto tinaRun = m_store->beginRun(m_threadAccount, true);
    QVERIFY(m_store->storeItemPage(m_threadAccount, Collection::Posts, *tinaRun, {t0, t2, t3, lone}, {t1}, done).ok());
    m_threadArchive = m_outDir.filePath(u"thread-archive"_s);
    HtmlArchiveOptions threadOptions;
    threadOptions.accountId = m_threadAccount;
    threadOptions.collections = {Collection::Posts};
    auto threadSummary = exportHtmlArchive(*m_store, threadOptions, m_threadArchive);
    QVERIFY2(threadSummary.ok(), qPrintable(threadSummary.errorMessage()));

    m_archive = m_outDir.filePath(u"archive"_s);
    HtmlArchiveOptions options;
    options.accountId = m_account;
    auto summary = exportHtmlArchive(*m_store, options, m_archive);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    m_summary = summary.value();
}

void TestHtmlArchive::sanitiser_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"<p>a &amp; b</p>"_s << u"<p>a &amp; b</p>"_s;
    QTest::newRow("script dropped with content") << u"<p>x<script>alert(1)</script>y</p>"_s << u"<p>xy</p>"_s;
    QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">t</a>"_s << u"t"_s;
    QTest::newRow("entity-hidden scheme") << u"<a href=\"&#106;avascript:x\">t</a>"_s << u"t"_s;
    QTest::newRow("attributes dropped")
        << u"<a href='https://a.example/' onclick=\"x\" class=\"mention\">@a</a>"_s
        << u"<a href=\"https://a.example/\" rel=\"noopener noreferrer nofollow\">@a</a>"_s;
    QTest::newRow("img dropped") << u"<img src=\"https://e.example/i.png\" onerror=\"x\">t"_s << u"t"_s;
    QTest::newRow("span text kept") << u"<span class=\"invisible\">https://</span>x<br/>y"_s << u"https://x<br>y"_s;
    QTest::newRow("quotes in text") << u"\"<b>\"</b>"_s << u"&quot;&quot;"_s;
    QTest::newRow("lone bracket") << u"a < b"_s << u"a &lt; b"_s;
    QTest::newRow("unclosed") << u"<p><a href=\"https://x.example\">x"_s
                              << u"<p><a href=\"https://x.example\" rel=\"noopener noreferrer nofollow\">x</a></p>"_s;
}

void TestHtmlArchive::sanitiser()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(sanitisePlatformHtml(input), expected);
}

void TestHtmlArchive::writesMonthPagesThreadsAndConversations()
{
    QCOMPARE(m_summary.items, qint64(6)); // 3 posts, 1 mention, 2 messages
    QCOMPARE(m_summary.mediaFiles, 1);
    const QDir root(m_archive);
    for (const QString &path : {u"index.html"_s, u"search.html"_s, u"assets/style.css"_s, u"assets/search.js"_s,
                                u"assets/index-posts.js"_s, u"posts/index.html"_s, u"posts/2024-03.html"_s,
                                u"posts/2024-04.html"_s, u"mentions/2024-03.html"_s, u"messages/2024-04.html"_s,
                                u"media/abcd.png"_s})
        QVERIFY2(root.exists(path), qPrintable(path));
    QCOMPARE(readAll(root.filePath(u"media/abcd.png"_s)), readAll(m_dataDir.filePath(u"media/ab/abcd.png"_s)));

    const QString march = QString::fromUtf8(readAll(root.filePath(u"posts/2024-03.html"_s)));
    QVERIFY(march.contains(u"Spring cleaning of the lighthouse"_s));
    QVERIFY(!march.contains(u"Köln"_s)); // April's item is on April's page
    QVERIFY(march.contains(u"src=\"../media/abcd.png\""_s));
    QVERIFY(march.contains(u"Content-Security-Policy"_s));

    // The reply chain p1 <- r1 <- p2 is one thread page, oldest first, linked from its items.
    const QStringList threads = QDir(root.filePath(u"threads"_s)).entryList({u"*.html"_s}, QDir::Files);
    QCOMPARE(threads.size(), 1);
    const QString thread = QString::fromUtf8(readAll(root.filePath(u"threads/"_s + threads.first())));
    const qsizetype a = thread.indexOf(u"Spring cleaning"_s);
    const qsizetype b = thread.indexOf(u"Need a hand"_s);
    const qsizetype c = thread.indexOf(u"bring the ladder"_s);
    QVERIFY(a >= 0 && a < b && b < c);
    QVERIFY(march.contains(u"href=\"../threads/"_s + threads.first() + u"\""_s));
    // The author's display name is escaped.
    QVERIFY(thread.contains(u"Bob &lt;b&gt;"_s));

    // The DM conversation has its own page with both messages, linked from the month page.
    const QString messages = QString::fromUtf8(readAll(root.filePath(u"messages/2024-04.html"_s)));
    QVERIFY(messages.contains(u"href=\"../conversations/1.html\""_s));
    const QString conversation = QString::fromUtf8(readAll(root.filePath(u"conversations/1.html"_s)));
    QVERIFY(conversation.contains(u"Conversation with bob@other.example"_s));
    QVERIFY(conversation.indexOf(u"Private note"_s) < conversation.indexOf(u"Under the mat"_s));
    QVERIFY(QString::fromUtf8(readAll(root.filePath(u"messages/index.html"_s))).contains(u"conversations/1.html"_s));

    // Platform HTML cannot inject: no script, handler, remote image or javascript: link.
    const QString april = QString::fromUtf8(readAll(root.filePath(u"posts/2024-04.html"_s)));
    QVERIFY(april.contains(u"Köln trip"_s));
    QVERIFY(!april.contains(u"alert("_s));
    QVERIFY(!april.contains(u"onerror"_s) && !april.contains(u"onclick"_s));
    QVERIFY(!april.contains(u"evil.example"_s));
    QVERIFY(!april.contains(u"javascript:"_s));
    QVERIFY(april.contains(u"href=\"https://ok.example/a?b=1&amp;c=2\""_s));
}

void TestHtmlArchive::everyReferenceStaysInsideTheArchive()
{
    // Everything a page loads by itself (src=, <link href=) must be a relative path to a file
    // of the archive; anchors may also point at http(s) pages (followed only when clicked).
    int checked = 0;
    QDirIterator it(m_archive, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY2(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"_s),
                 qPrintable(path));
        // Tags can hold several attributes: check each tag's every src/href.
        static const QRegularExpression tagPattern(uR"re(<(\w+)\s[^>]*>)re"_s);
        for (const auto &tag : tagPattern.globalMatch(html)) {
            static const QRegularExpression attrPattern(uR"re(\s(src|href|action)="([^"]*)")re"_s);
            for (const auto &attr : attrPattern.globalMatch(tag.captured(0))) {
                const QString element = tag.captured(1);
                const QString value = QUrl::fromPercentEncoding(attr.captured(2).toUtf8()).replace(u"&amp;"_s, u"&"_s);
                const QUrl url(value);
                if (element == u"a" && attr.captured(1) == u"href"
                    && (url.scheme() == u"https" || url.scheme() == u"http"))
                    continue;
                QVERIFY2(url.isRelative() && !value.startsWith(u"//"_s),
                         qPrintable(u"%1: <%2 %3=\"%4\">"_s.arg(path, element, attr.captured(1), value)));
                const QString target = QFileInfo(path).dir().filePath(value.section(u'#', 0, 0).section(u'?', 0, 0));
                QVERIFY2(QFileInfo::exists(target), qPrintable(u"%1 -> %2"_s.arg(path, value)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 30);
}

void TestHtmlArchive::periodFilter()
{
    QTemporaryDir out;
    HtmlArchiveOptions options;
    options.accountId = m_account;
    options.collections = {Collection::Posts};
    options.since = utc(u"2024-04-01T00:00:00Z"_s);
    auto summary = exportHtmlArchive(*m_store, options, out.path());
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->items, qint64(1));
    QVERIFY(QFile::exists(out.filePath(u"posts/2024-04.html"_s)));
    QVERIFY(!QFile::exists(out.filePath(u"posts/2024-03.html"_s)));
    QVERIFY(!QFile::exists(out.filePath(u"messages/index.html"_s)));
}

void TestHtmlArchive::commandLine()
{
    const QString binary = qEnvironmentVariable("HOLDFAST_BINARY");
    if (binary.isEmpty())
        QSKIP("HOLDFAST_BINARY not set (run through ctest)");
    QTemporaryDir out;
    QProcess process;
    process.start(binary, {u"--data-dir"_s, m_dataDir.path(), u"export"_s, u"--account"_s, u"alice@social.example"_s,
                           u"--collection"_s, u"posts"_s, u"--format"_s, u"html"_s, u"--until"_s,
                           u"2024-04-01"_s, u"--output"_s, out.filePath(u"a"_s)});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("Exported 2 item(s)"), err.constData());
    QVERIFY(QFile::exists(out.filePath(u"a/posts/2024-03.html"_s)));
    QVERIFY(!QFile::exists(out.filePath(u"a/posts/2024-04.html"_s)));
    QVERIFY(QFile::exists(out.filePath(u"a/media/abcd.png"_s)));
}

void TestHtmlArchive::followersAndFollowingPages()
{
    QCOMPARE(m_summary.people, qint64(4)); // Bob and Carol follow; Alice follows Bob and Dave
    const QString index = QString::fromUtf8(readAll(m_archive + u"/index.html"_s));
    QVERIFY(index.contains(u"href=\"followers/index.html\""_s));
    QVERIFY(index.contains(u"href=\"following/index.html\""_s));

    const QString followers = QString::fromUtf8(readAll(m_archive + u"/followers/index.html"_s));
    QVERIFY(followers.contains(u"Bob &lt;b&gt;"_s)); // names escaped
    QVERIFY(followers.contains(u"@bob@other.example"_s));
    QVERIFY(followers.contains(u"href=\"https://social.example/@carol\""_s));
    // Carol is listed under "Ended", with the date Holdfast noticed it; Bob under "Now".
    const qsizetype endedHeading = followers.indexOf(u"<h2>Ended"_s);
    QVERIFY(endedHeading > 0);
    QVERIFY(followers.indexOf(u"@bob@other.example"_s) < endedHeading);
    QVERIFY(followers.indexOf(u"@carol@other.example"_s) > endedHeading);
    const QString today = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    QVERIFY(followers.mid(endedHeading).count(today) >= 2); // since and ended, both today in this store

    const QString following = QString::fromUtf8(readAll(m_archive + u"/following/index.html"_s));
    QVERIFY(following.contains(u"@dave@social.example"_s));
    QVERIFY(!following.contains(u"carol"_s));
    QVERIFY(!following.contains(u"<h2>Ended"_s));
}

void TestHtmlArchive::everyPostOfAThreadLinksToTheWholeThread()
{
    const QDir root(m_threadArchive);
    const QStringList threads = QDir(root.filePath(u"threads"_s)).entryList({u"*.html"_s}, QDir::Files);
    QCOMPARE(threads.size(), 1);
    const QString link = u"href=\"../threads/"_s + threads.first() + u"\""_s;
    // The root sits alone on January's page; its replies are all in February.
    const QString january = QString::fromUtf8(readAll(root.filePath(u"posts/2024-01.html"_s)));
    QVERIFY2(january.contains(link), qPrintable(january));
    const QString february = QString::fromUtf8(readAll(root.filePath(u"posts/2024-02.html"_s)));
    QCOMPARE(february.count(link), 2); // t2 and t3; the unanswered post has no thread
    QVERIFY(!february.section(u"A post nobody answered"_s, 1).contains(u"thread-link"_s));
    // The page holds the whole tree, both branches, oldest first.
    const QString thread = QString::fromUtf8(readAll(root.filePath(u"threads/"_s + threads.first())));
    qsizetype last = -1;
    for (const QString &text : {u"Root of the winter thread"_s, u"Carol answers the root"_s, u"Tina answers Carol"_s,
                                u"Tina adds a second branch"_s}) {
        const qsizetype at = thread.indexOf(text);
        QVERIFY2(at > last, qPrintable(text));
        last = at;
    }
    QVERIFY(!thread.contains(u"nobody answered"_s));
}

void TestHtmlArchive::cancelLeavesNothing()
{
    QTemporaryDir out;
    HtmlArchiveOptions options;
    options.accountId = m_account;
    qint64 seenTotal = 0;
    options.progress = [&](qint64 done, qint64 total) {
        seenTotal = total;
        return done < 3;
    };
    const QString folder = out.filePath(u"folder"_s);
    auto summary = exportHtmlArchive(*m_store, options, folder);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, Error::Code::Cancelled);
    QCOMPARE(seenTotal, qint64(10)); // 6 items and 4 people
    const QString zip = out.filePath(u"archive.zip"_s);
    summary = exportHtmlArchiveZip(*m_store, options, zip);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, Error::Code::Cancelled);
    // Neither the folder, nor the ZIP, nor their temporary names are left behind.
    QVERIFY2(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             qPrintable(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u' ')));
}

void TestHtmlArchive::refusesAFolderThatIsNotEmpty()
{
    QTemporaryDir out;
    QFile keep(out.filePath(u"keep.txt"_s));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    HtmlArchiveOptions options;
    options.accountId = m_account;
    auto summary = exportHtmlArchive(*m_store, options, out.path());
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    QVERIFY2(summary.errorMessage().contains(u"not an empty folder"_s), qPrintable(summary.errorMessage()));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"keep.txt"_s});
}

bool TestHtmlArchive::unzip(const QString &zip, const QString &target)
{
    const QString tool = QStandardPaths::findExecutable(u"unzip"_s);
    if (tool.isEmpty())
        return false;
    QProcess process;
    process.start(tool, {u"-q"_s, zip, u"-d"_s, target});
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

QStringList TestHtmlArchive::filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size() + 1));
    files.sort();
    return files;
}

#define REQUIRE_UNZIP()                                                                           \
    do {                                                                                          \
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty()) {                              \
            if (qgetenv("CI") == "true")                                                          \
                QFAIL("unzip is not installed (scripts/install-deps.sh installs it)");            \
            QSKIP("unzip is not installed");                                                      \
        }                                                                                         \
    } while (false)

void TestHtmlArchive::zipHoldsTheSameArchive()
{
    REQUIRE_UNZIP();
    QTemporaryDir out;
    const QString zip = out.filePath(u"alice-2024.zip"_s);
    HtmlArchiveOptions options;
    options.accountId = m_account;
    auto summary = exportHtmlArchiveZip(*m_store, options, zip);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->items, m_summary.items);
    QCOMPARE(summary->people, m_summary.people);
    QCOMPARE(summary->mediaFiles, 1);
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"alice-2024.zip"_s});
    QVERIFY(unzip(zip, out.filePath(u"unzipped"_s)));
    // One folder named like the file, holding exactly the files of the folder export.
    QCOMPARE(QDir(out.filePath(u"unzipped"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"alice-2024"_s});
    const QString root = out.filePath(u"unzipped/alice-2024"_s);
    QCOMPARE(filesUnder(root), filesUnder(m_archive));
    QCOMPARE(readAll(root + u"/media/abcd.png"_s), readAll(m_dataDir.filePath(u"media/ab/abcd.png"_s)));
    QCOMPARE(readAll(root + u"/posts/2024-03.html"_s), readAll(m_archive + u"/posts/2024-03.html"_s));
    QCOMPARE(readAll(root + u"/assets/index-posts.js"_s), readAll(m_archive + u"/assets/index-posts.js"_s));
}

void TestHtmlArchive::commandLineZip()
{
    REQUIRE_UNZIP();
    const QString binary = qEnvironmentVariable("HOLDFAST_BINARY");
    if (binary.isEmpty())
        QSKIP("HOLDFAST_BINARY not set (run through ctest)");
    QTemporaryDir out;
    QProcess process;
    process.start(binary, {u"--data-dir"_s, m_dataDir.path(), u"export"_s, u"--account"_s, u"alice@social.example"_s,
                           u"--collection"_s, u"followers"_s, u"--format"_s, u"html"_s, u"--output"_s,
                           out.filePath(u"people.zip"_s)});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("Exported 0 item(s) and 2 person(s)"), err.constData());
    QVERIFY(unzip(out.filePath(u"people.zip"_s), out.path()));
    const QString followers = QString::fromUtf8(readAll(out.filePath(u"people/followers/index.html"_s)));
    QVERIFY2(followers.contains(u"@carol@other.example"_s), qPrintable(followers));
    QVERIFY(QString::fromUtf8(readAll(out.filePath(u"people/index.html"_s))).contains(u"followers/index.html"_s));
}

QString TestHtmlArchive::chromium() const
{
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QByteArray TestHtmlArchive::runChromium(const QStringList &extraArguments, const QString &url, QByteArray *log)
{
    QTemporaryDir profile;
    QProcess process;
    process.setProgram(chromium());
    QStringList arguments = {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                             u"--disable-background-networking"_s, u"--disable-component-update"_s,
                             u"--disable-sync"_s, u"--no-first-run"_s, u"--user-data-dir="_s + profile.path()};
    arguments += extraArguments;
    arguments += url;
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("chromium timed out");
    }
    if (log)
        *log = process.readAllStandardError();
    return process.readAllStandardOutput();
}

#define REQUIRE_CHROMIUM()                                                                        \
    do {                                                                                          \
        if (chromium().isEmpty()) {                                                               \
            if (qEnvironmentVariableIsSet("CI") && qgetenv("CI") == "true")                       \
                QFAIL("chromium is not installed (scripts/install-deps.sh installs it)");         \
            QSKIP("chromium is not installed");                                                   \
        }                                                                                         \
    } while (false)

void TestHtmlArchive::chromiumLoadsPages()
{
    REQUIRE_CHROMIUM();
    const QUrl index = QUrl::fromLocalFile(m_archive + u"/index.html"_s);
    const QByteArray indexDom = runChromium({u"--dump-dom"_s}, index.toString());
    QVERIFY2(indexDom.contains("Direct messages"), indexDom.constData());
    QVERIFY(indexDom.contains("href=\"posts/2024-03.html\""));

    const QUrl march = QUrl::fromLocalFile(m_archive + u"/posts/2024-03.html"_s);
    const QByteArray marchDom = runChromium({u"--dump-dom"_s}, march.toString());
    QVERIFY2(marchDom.contains("Spring cleaning of the lighthouse"), marchDom.constData());
    QVERIFY(marchDom.contains("../media/abcd.png"));

    // For docs/screenshots/html-archive.png: HOLDFAST_SCREENSHOT_DIR=docs/screenshots.
    const QString screenshots = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        runChromium({u"--screenshot="_s + QDir(screenshots).absoluteFilePath(u"html-archive.png"_s),
                     u"--window-size=1000,900"_s, u"--hide-scrollbars"_s},
                    march.toString());
}

void TestHtmlArchive::chromiumSearchFindsItem()
{
    REQUIRE_CHROMIUM();
    // The query from the URL (both forms the page accepts); "koln" must find "Köln".
    for (const QString &suffix : {u"?q=koln%20trip"_s, u"#q=KOLN"_s}) {
        const QString url = QUrl::fromLocalFile(m_archive + u"/search.html"_s).toString() + suffix;
        const QByteArray dom = runChromium({u"--dump-dom"_s}, url);
        QVERIFY2(dom.contains("class=\"result\""), dom.constData());
        QVERIFY2(dom.contains("1 item found"), dom.constData());
        QVERIFY(dom.contains("href=\"posts/2024-04.html#item-"));
    }
    const QString none = QUrl::fromLocalFile(m_archive + u"/search.html"_s).toString() + u"?q=nothing-like-this"_s;
    QVERIFY(runChromium({u"--dump-dom"_s}, none).contains("No items found."));
}

void TestHtmlArchive::chromiumMakesNoNetworkRequest()
{
    REQUIRE_CHROMIUM();
    QTemporaryDir netlogDir;
    const QString netlog = netlogDir.filePath(u"net.json"_s);
    QByteArray log;
    const QStringList arguments = {u"--dump-dom"_s, u"--enable-logging=stderr"_s, u"--v=1"_s,
                                   u"--log-net-log="_s + netlog, u"--net-log-capture-mode=Everything"_s};
    for (const QString &page : {u"/posts/2024-04.html"_s, u"/posts/2024-03.html"_s, u"/search.html?q=lamp"_s}) {
        const QString url = QUrl::fromLocalFile(m_archive).toString() + page;
        const QByteArray dom = runChromium(arguments, url, &log);
        QVERIFY(!dom.isEmpty());
        const QByteArray events = readAll(netlog);
        QVERIFY2(!events.isEmpty(), "chromium wrote no net log");
        // The only hosts in the data are example hosts; none may appear as a request.
        for (const char *host : {"evil.example", "cdn.social.example", "ok.example", "social.example"}) {
            QVERIFY2(!events.contains(QByteArray(QByteArray("://") + host)), host);
            QVERIFY2(!log.contains(QByteArray(QByteArray("://") + host)), host);
        }
        // Any other remote URL must be Chromium's own background traffic (time, update and
        // account checks it makes even with --disable-background-networking), never the page's.
        static const QRegularExpression remote(uR"re("url":"(?:https?|wss?)://([^/":]+))re"_s);
        for (const auto &match : remote.globalMatch(QString::fromUtf8(events))) {
            const QString host = match.captured(1);
            QVERIFY2(host.endsWith(u".google.com"_s) || host.endsWith(u".googleapis.com"_s),
                     qPrintable(page + u" requested "_s + host));
        }
        // The CSP must not have had to block anything either: the archive asks for nothing remote.
        QVERIFY2(!log.contains("Content Security Policy"), log.constData());
    }
}

void TestHtmlArchive::chromiumShowsPeopleAndThreads()
{
    REQUIRE_CHROMIUM();
    // The index links the people pages, and they load with their rows.
    const QByteArray indexDom = runChromium({u"--dump-dom"_s}, QUrl::fromLocalFile(m_archive + u"/index.html"_s).toString());
    QVERIFY2(indexDom.contains("href=\"followers/index.html\""), indexDom.constData());
    const QByteArray followers =
        runChromium({u"--dump-dom"_s}, QUrl::fromLocalFile(m_archive + u"/followers/index.html"_s).toString());
    QVERIFY2(followers.contains("@carol@other.example"), followers.constData());
    QVERIFY(followers.contains("<table class=\"people\">"));
    if (const QString screenshots = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR"); !screenshots.isEmpty()) {
        runChromium({u"--screenshot="_s + QDir(screenshots).absoluteFilePath(u"html-archive-followers.png"_s),
                     u"--window-size=1000,600"_s, u"--hide-scrollbars"_s},
                    QUrl::fromLocalFile(m_archive + u"/followers/index.html"_s).toString());
        runChromium({u"--screenshot="_s + QDir(screenshots).absoluteFilePath(u"html-archive-index.png"_s),
                     u"--window-size=1000,900"_s, u"--hide-scrollbars"_s},
                    QUrl::fromLocalFile(m_archive + u"/index.html"_s).toString());
    }
    // January's page of Tina's archive links the root to the thread page, which shows both branches.
    const QByteArray january =
        runChromium({u"--dump-dom"_s}, QUrl::fromLocalFile(m_threadArchive + u"/posts/2024-01.html"_s).toString());
    static const QRegularExpression threadLink(uR"re(class="thread-link" href="\.\./(threads/\d+\.html)")re"_s);
    const auto match = threadLink.match(QString::fromUtf8(january));
    QVERIFY2(match.hasMatch(), january.constData());
    const QByteArray thread =
        runChromium({u"--dump-dom"_s}, QUrl::fromLocalFile(m_threadArchive + u"/"_s + match.captured(1)).toString());
    QVERIFY2(thread.contains("Tina answers Carol") && thread.contains("Tina adds a second branch"), thread.constData());
}

void TestHtmlArchive::chromiumOpensTheUnzippedArchive()
{
    REQUIRE_CHROMIUM();
    REQUIRE_UNZIP();
    QTemporaryDir out;
    HtmlArchiveOptions options;
    options.accountId = m_account;
    auto summary = exportHtmlArchiveZip(*m_store, options, out.filePath(u"a.zip"_s));
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QVERIFY(unzip(out.filePath(u"a.zip"_s), out.path()));
    const QString root = out.filePath(u"a"_s);
    const QByteArray march = runChromium({u"--dump-dom"_s}, QUrl::fromLocalFile(root + u"/posts/2024-03.html"_s).toString());
    QVERIFY2(march.contains("Spring cleaning of the lighthouse"), march.constData());
    const QByteArray search =
        runChromium({u"--dump-dom"_s}, QUrl::fromLocalFile(root + u"/search.html"_s).toString() + u"?q=koln"_s);
    QVERIFY2(search.contains("1 item found"), search.constData());
    QVERIFY(search.contains("href=\"posts/2024-04.html#item-"));
}

QTEST_GUILESS_MAIN(TestHtmlArchive)
#include "tst_html_archive.moc"
