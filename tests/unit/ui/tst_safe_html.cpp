// The detail pane's safety: platform HTML reduced to a whitelist, no remote loads, links only
// to the system browser; and the HTML Holdfast builds for items, threads and transcripts.
#include "ui/HtmlSanitizer.h"
#include "ui/ItemHtml.h"
#include "ui/SafeTextBrowser.h"
#include "ui/UiFormat.h"

#include "UiTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace holdfast;
using namespace holdfast::ui;

class TestSafeHtml : public QObject
{
    Q_OBJECT
private slots:
    void keepsWhitelistedStructure_data();
    void keepsWhitelistedStructure();
    void closesWhatPlatformHtmlLeftOpen();
    void linkifiesPlainText();
    void browserRefusesRemoteAndOutsideResources();
    void browserServesMediaInsideDataDir();
    void linksGoToTheSystemOnlyForWebAndMedia();
    void itemPageShowsEverythingEscaped();
    void transcriptPutsOwnMessagesRight();
    void formatsAgesAndSummaries();
};

void TestSafeHtml::keepsWhitelistedStructure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs and breaks") << u"<p>a<br/>b</p><p>c</p>"_s << u"<p>a<br>b</p><p>c</p>"_s;
    QTest::newRow("script dropped with content") << u"<p>x<script>alert(1)</script>y</p>"_s << u"<p>xy</p>"_s;
    QTest::newRow("style dropped with content") << u"<style>p{color:red}</style><p>t</p>"_s << u"<p>t</p>"_s;
    QTest::newRow("img dropped") << u"<p>a<img src=\"https://tracker.example/p.gif\">b</p>"_s << u"<p>ab</p>"_s;
    QTest::newRow("attributes dropped") << u"<p style=\"background:url(http://x)\" onclick=\"x()\">t</p>"_s
                                        << u"<p>t</p>"_s;
    QTest::newRow("web link kept") << u"<a href=\"https://a.example/?x=1&amp;y=2\" rel=\"nofollow\">l</a>"_s
                                   << u"<a href=\"https://a.example/?x=1&amp;y=2\">l</a>"_s;
    QTest::newRow("javascript link neutered") << u"<a href=\"javascript:alert(1)\">l</a>"_s << u"<a>l</a>"_s;
    QTest::newRow("data link neutered") << u"<a href='data:text/html,x'>l</a>"_s << u"<a>l</a>"_s;
    QTest::newRow("mastodon invisible spans")
        << u"<a href=\"https://e.example/very/long\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">e.example/ve</span><span class=\"invisible\">ry/long</span></a>"_s
        << u"<a href=\"https://e.example/very/long\">e.example/ve\u2026</a>"_s;
    QTest::newRow("mention spans unwrapped")
        << u"<span class=\"h-card\"><a href=\"https://s.example/@bob\" class=\"u-url mention\">@<span>bob</span></a></span>"_s
        << u"<a href=\"https://s.example/@bob\">@bob</a>"_s;
    QTest::newRow("lone angle brackets escaped") << u"1 < 2 > 0"_s << u"1 &lt; 2 &gt; 0"_s;
    QTest::newRow("entities kept, bare ampersand escaped") << u"a &amp; b & c &#128512;"_s
                                                           << u"a &amp; b &amp; c &#128512;"_s;
    QTest::newRow("comments dropped") << u"a<!-- <script>x</script> -->b"_s << u"ab"_s;
    QTest::newRow("unknown tags unwrapped") << u"<marquee><b>hi</b></marquee>"_s << u"<b>hi</b>"_s;
    QTest::newRow("iframe dropped") << u"<iframe src=\"https://x\">inner</iframe>ok"_s << u"ok"_s;
    QTest::newRow("uppercase tags") << u"<P>A<BR>B</P><SCRIPT>x</SCRIPT>"_s << u"<p>A<br>B</p>"_s;
}

void TestSafeHtml::keepsWhitelistedStructure()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(input), expected);
}

void TestSafeHtml::closesWhatPlatformHtmlLeftOpen()
{
    QCOMPARE(HtmlSanitizer::sanitize(u"<p><a href=\"https://x.example\">open"_s),
             u"<p><a href=\"https://x.example\">open</a></p>"_s);
    // A stray closing tag cannot close the page's own structure.
    QCOMPARE(HtmlSanitizer::sanitize(u"</td></table>text</p>"_s), u"text"_s);
    QCOMPARE(HtmlSanitizer::sanitize(u"<ul><li>a<li>b</ul>"_s), u"<ul><li>a<li>b</li></li></ul>"_s);
}

void TestSafeHtml::linkifiesPlainText()
{
    QCOMPARE(HtmlSanitizer::plainToHtml(u"see https://a.example/x?y=1&z=2. <b>not bold</b>\nnext"_s),
             u"see <a href=\"https://a.example/x?y=1&amp;z=2\">https://a.example/x?y=1&amp;z=2</a>. "
             u"&lt;b&gt;not bold&lt;/b&gt;<br>next"_s);
}

void TestSafeHtml::browserRefusesRemoteAndOutsideResources()
{
    QTemporaryDir data;
    QTemporaryDir outside;
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(outside.filePath(u"secret.png"_s)));
    QDir(data.path()).mkpath(u"media"_s);
    SafeTextBrowser browser(data.path());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/p.gif"_s)).isValid());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"http://127.0.0.1:1/x.png"_s)).isValid());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource,
                                  QUrl::fromLocalFile(outside.filePath(u"secret.png"_s))).isValid());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource,
                                  QUrl::fromLocalFile(data.path() + u"/media/../../"_s
                                                      + QDir(data.path()).relativeFilePath(outside.filePath(u"secret.png"_s))))
                 .isValid());
    QVERIFY(!browser.loadResource(QTextDocument::StyleSheetResource, QUrl(u"https://x.example/s.css"_s)).isValid());

    // Even HTML that names a remote image (it never should) draws nothing from the network.
    browser.setHtml(u"<img src=\"https://tracker.example/p.gif\">"_s);
    QVERIFY(browser.document()->resource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/p.gif"_s)).isNull());
}

void TestSafeHtml::browserServesMediaInsideDataDir()
{
    QTemporaryDir data;
    QDir(data.path()).mkpath(u"media/ab"_s);
    const QString path = data.filePath(u"media/ab/big.png"_s);
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(path));
    SafeTextBrowser browser(data.path());
    const QVariant served = browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(path));
    QVERIFY(served.canConvert<QImage>());
    // Scaled down, so a 40-megapixel photo does not sit in memory at full size.
    QCOMPARE(served.value<QImage>().size(), QSize(SafeTextBrowser::kMaxImageEdge, SafeTextBrowser::kMaxImageEdge / 2));
}

void TestSafeHtml::linksGoToTheSystemOnlyForWebAndMedia()
{
    testing::UrlCatcher catcher;
    QTemporaryDir data;
    SafeTextBrowser browser(data.path());
    QSignalSpy opened(&browser, &SafeTextBrowser::externalLinkOpened);
    emit browser.anchorClicked(QUrl(u"https://social.example/@anna/1"_s));
    emit browser.anchorClicked(QUrl(u"javascript:alert(1)"_s));
    emit browser.anchorClicked(QUrl(u"file:///etc/passwd"_s));
    emit browser.anchorClicked(QUrl(u"#focus"_s));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(u"https://social.example/@anna/1"_s)});
}

void TestSafeHtml::itemPageShowsEverythingEscaped()
{
    Item item;
    item.platformId = u"1"_s;
    item.createdAt = QDateTime(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC);
    item.author.displayName = u"<b>Eve</b>"_s;
    item.author.handle = u"eve@evil.example"_s;
    item.html = u"<p>Hi <img src=\"https://track.example/px\"> <a href=\"https://ok.example\">ok</a></p>"_s;
    item.url = u"https://social.example/@eve/1"_s;
    item.replyCount = 2;
    item.deletedAt = item.createdAt.addDays(2);
    ItemVersion old;
    old.text = u"Earlier <text>"_s;
    old.capturedAt = item.createdAt;

    const QString html = ItemHtml({QString(), QString(), QApplication::palette()}).item(item, {old});
    QVERIFY(html.contains(u"&lt;b&gt;Eve&lt;/b&gt;"_s));
    QVERIFY(!html.contains(u"track.example"_s));
    QVERIFY(html.contains(u"<a href=\"https://ok.example\">ok</a>"_s));
    QVERIFY(html.contains(u"Earlier &lt;text&gt;"_s));
    QVERIFY(html.contains(u"href=\"https://social.example/@eve/1\""_s));
    QVERIFY(html.contains(u"name=\"focus\""_s));
    QTextDocument document;
    document.setHtml(html);
    QVERIFY(document.toPlainText().contains(u"2 replies"_s) || document.toPlainText().contains(u"2 reply(s)"_s));
    QVERIFY(document.toPlainText().contains(u"Deleted on the platform"_s));
}

void TestSafeHtml::transcriptPutsOwnMessagesRight()
{
    Item mine;
    mine.platformId = u"a"_s;
    mine.author.platformId = u"me"_s;
    mine.author.handle = u"me@x.example"_s;
    mine.text = u"mine"_s;
    Item theirs = mine;
    theirs.platformId = u"b"_s;
    theirs.author.platformId = u"you"_s;
    theirs.text = u"theirs"_s;
    const QString html = ItemHtml({QString(), u"me"_s, QApplication::palette()}).transcript({theirs, mine}, u"a"_s);
    // Spacer cell first for own messages, last for others.
    const qsizetype theirsAt = html.indexOf(u"theirs"_s);
    const qsizetype mineAt = html.indexOf(u"mine"_s);
    QVERIFY(theirsAt < mineAt);
    QVERIFY(html.lastIndexOf(u"width=\"22%\""_s, mineAt) > theirsAt);
}

void TestSafeHtml::formatsAgesAndSummaries()
{
    const QDateTime now(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC);
    QCOMPARE(UiFormat::age(now.addSecs(-20), now), u"just now"_s);
    QVERIFY(UiFormat::age(now.addSecs(-3 * 3600), now).startsWith(u"3 hour"_s));
    QCOMPARE(UiFormat::age(QDateTime(), now), u"never"_s);

    BackupRun run;
    run.outcome = u"succeeded"_s;
    run.counts[Collection::Posts] = CollectionCounts{1, 10, 4, 1, 2};
    run.counts[Collection::Favourites] = CollectionCounts{1, 5, 3, 0, 1};
    run.counts[Collection::Followers] = CollectionCounts{1, 3, 3, 0, 1};
    const QString summary = UiFormat::runSummary(run);
    QVERIFY2(summary.contains(u"7 new item"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 edited"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 deleted"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"3 new follower"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 lost follower"_s), qPrintable(summary));

    BackupProgress wait;
    wait.phase = BackupProgress::Phase::RateLimitWait;
    wait.waitUntil = QDateTime(QDate(2025, 1, 15), QTime(14, 5), Qt::LocalTime).toUTC();
    QVERIFY(UiFormat::progressLine(wait, 0).contains(QLocale().toString(QTime(14, 5), QLocale::ShortFormat)));
}

QTEST_MAIN(TestSafeHtml)
#include "tst_safe_html.moc"
