// Tests for the offline HTML archive (models/export/HtmlArchiveExporter): the files written,
// that every reference stays inside the archive, that platform HTML cannot inject anything,
// and - in headless Chromium from Debian's packages - that pages load, search finds an item
// and no network request is attempted. Chromium tests fail under CI=true when chromium is
// missing and are skipped otherwise.

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
    void chromiumLoadsPages();
    void chromiumSearchFindsItem();
    void chromiumMakesNoNetworkRequest();

private:
    QString chromium() const;
    /// Runs headless chromium on a file of the archive; returns stdout.
    QByteArray runChromium(const QStringList &extraArguments, const QString &url, QByteArray *log = nullptr);

    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
    QString m_archive;
    HtmlArchiveSummary m_summary;
};

void TestHtmlArchive::initTestCase()
{
    QVERIFY(m_dataDir.isValid() && m_outDir.isValid());
    auto opened = Store::open(m_dataDir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());

    Account account;
    account.platform = u"mastodon"_s;
    account.server = u"https://social.example"_s;
    account.platformUserId = u"1"_s;
    account.handle = u"alice@social.example"_s;
    account.displayName = u"Alice"_s;
    auto saved = m_store->saveAccount(account);
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

QTEST_GUILESS_MAIN(TestHtmlArchive)
#include "tst_html_archive.moc"
