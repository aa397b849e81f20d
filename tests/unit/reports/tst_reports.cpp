// Report figures (models/reports) against a store filled with a hand-computed dataset, the CSV
// of the figures, and the PDF (reports/) read back with pdftotext from poppler-utils. The PDF
// checks fail under CI=true when pdftotext is missing and are skipped otherwise.

#include "tests/support/TestAccounts.h"
#include "models/reports/ReportFigures.h"
#include "models/store/Store.h"
#include "reports/ReportPdfWriter.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace holdfast;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Person person(const QString &id, const QString &handle)
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = handle.section(u'@', 0, 0);
    return p;
}

Item item(const QString &id, ItemKind kind, const QString &created, const Person &author, int fav = 0,
          int boosts = 0, int replies = 0)
{
    Item it;
    it.platformId = id;
    it.kind = kind;
    it.createdAt = utc(created);
    it.author = author;
    it.text = u"Text of "_s + id;
    it.url = u"https://social.example/items/"_s + id;
    it.favouriteCount = fav;
    it.boostCount = boosts;
    it.replyCount = replies;
    it.rawJson = QByteArrayLiteral("{}");
    return it;
}

Item replyTo(const QString &id, const QString &created, const Person &author, const Item &parent)
{
    Item it = item(id, ItemKind::Reply, created, author);
    it.inReplyToId = parent.platformId;
    it.conversationId = parent.conversationId;
    return it;
}

Item message(const QString &id, const QString &created, const Person &author, const QString &conversation)
{
    Item it = item(id, ItemKind::Message, created, author);
    it.conversationId = conversation;
    it.visibility = u"direct"_s;
    return it;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures();
    void followers();
    void cancelled();
    void csv();
    void pdf();
    void commandLine();

private:
    ReportFigures report(const QDateTime &since, const QDateTime &until);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
    QDateTime m_filledAt;
    QDateTime m_baselineEnd; ///< when the first complete followers walk ended
};

void TestReports::initTestCase()
{
    auto opened = Store::open(m_dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());
    auto saved = m_store->saveAccount(testdata::mastodonAccount());
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    m_account = saved->id;

    const Person alice = person(u"1"_s, u"alice@social.example"_s);
    const Person bob = person(u"2"_s, u"bob@other.example"_s);
    const Person carol = person(u"3"_s, u"carol@other.example"_s);
    const Person dave = person(u"4"_s, u"dave@other.example"_s);

    // Mentions: M1 answered after 2 h, M3 after 30 min, M4 after 1 day, M2 never.
    Item m1 = item(u"M1"_s, ItemKind::Post, u"2024-04-02T10:00:00Z"_s, bob);
    m1.conversationId = u"t1"_s;
    m1.inReplyToId = u"P1"_s; // a mention that also replies to an own post: one interaction
    Item m2 = item(u"M2"_s, ItemKind::Post, u"2024-04-10T08:00:00Z"_s, carol);
    Item m3 = item(u"M3"_s, ItemKind::Post, u"2024-03-15T00:00:00Z"_s, bob);
    Item m4 = item(u"M4"_s, ItemKind::Post, u"2024-04-20T00:00:00Z"_s, bob);

    const QList<Item> posts = {
        item(u"P0"_s, ItemKind::Post, u"2024-02-10T10:00:00Z"_s, alice, 100, 100, 100), // before the period
        item(u"P1"_s, ItemKind::Post, u"2024-03-05T10:00:00Z"_s, alice, 5, 2, 1),
        item(u"P2"_s, ItemKind::Post, u"2024-03-20T09:00:00Z"_s, alice, 1, 0, 0),
        replyTo(u"R2"_s, u"2024-03-15T00:30:00Z"_s, alice, m3),
        replyTo(u"R1"_s, u"2024-04-02T12:00:00Z"_s, alice, m1),
        item(u"B1"_s, ItemKind::Boost, u"2024-04-03T00:00:00Z"_s, alice),
        replyTo(u"R3"_s, u"2024-04-21T00:00:00Z"_s, alice, m4),
        item(u"P3"_s, ItemKind::Post, u"2024-04-25T00:00:00Z"_s, alice, 3, 3, 3),
        item(u"P4"_s, ItemKind::Post, u"2024-05-01T00:00:00Z"_s, alice, 50, 0, 0), // after (until is exclusive)
    };
    // DMs: d1 answered after 35 min and after 10 min; d2 waits.
    const QList<Item> messages = {
        message(u"D1"_s, u"2024-03-10T10:00:00Z"_s, bob, u"d1"_s),
        message(u"D2"_s, u"2024-03-10T10:05:00Z"_s, bob, u"d1"_s),
        message(u"D3"_s, u"2024-03-10T10:35:00Z"_s, alice, u"d1"_s),
        message(u"D4"_s, u"2024-04-01T09:00:00Z"_s, bob, u"d1"_s),
        message(u"D5"_s, u"2024-04-01T09:10:00Z"_s, alice, u"d1"_s),
        message(u"D6"_s, u"2024-04-28T00:00:00Z"_s, dave, u"d2"_s),
    };
    const SyncState done{QString(), true, QDateTime::currentDateTimeUtc()};
    auto run = m_store->beginRun(m_account, true);
    QVERIFY(run.ok());
    // Carol's reply to P2 is only thread context (not in Mentions), yet an interaction.
    Item carolsReply = item(u"C1"_s, ItemKind::Reply, u"2024-03-21T09:00:00Z"_s, carol);
    carolsReply.inReplyToId = u"P2"_s;
    QVERIFY(m_store->storeItemPage(m_account, Collection::Posts, *run, posts, {carolsReply}, done).ok());
    QVERIFY(m_store->storeItemPage(m_account, Collection::Mentions, *run, {m1, m2, m3, m4}, {}, done).ok());
    QVERIFY(m_store->storeItemPage(m_account, Collection::Messages, *run, messages, {}, done).ok());

    // Followers are dated by when Holdfast saw them. The first backup's complete walk sees the
    // three the account already had (the baseline, in two pages); the next one sees Erin
    // arrive and notices Dave gone.
    m_filledAt = QDateTime::currentDateTimeUtc();
    const SyncState walking{u"page-2"_s, false, QDateTime()};
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, *run, {bob, carol}, walking).ok());
    QVERIFY(!m_store->syncState(m_account, Collection::Followers).firstCompletedAt.isValid());
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, *run, {dave}, done).ok());
    m_baselineEnd = m_store->syncState(m_account, Collection::Followers).firstCompletedAt;
    QVERIFY(m_baselineEnd.isValid());
    QTest::qWait(20); // the next backup comes later
    auto run2 = m_store->beginRun(m_account, true);
    QVERIFY(run2.ok());
    const Person erin = person(u"5"_s, u"erin@other.example"_s);
    QVERIFY(m_store->storeContactPage(m_account, Collection::Followers, *run2, {bob, carol, erin}, done).ok());
    auto removed = m_store->markUnseenAsRemoved(m_account, Collection::Followers, *run2, m_filledAt.addSecs(3600));
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 1);
    // Later complete walks do not move the baseline.
    QCOMPARE(m_store->syncState(m_account, Collection::Followers).firstCompletedAt, m_baselineEnd);
}

ReportFigures TestReports::report(const QDateTime &since, const QDateTime &until)
{
    ReportOptions options;
    options.accountIds = {m_account};
    options.since = since;
    options.until = until;
    auto figures = computeReport(*m_store, options);
    if (!figures)
        qWarning() << figures.errorMessage();
    return figures ? figures.value() : ReportFigures();
}

void TestReports::figures()
{
    const ReportFigures f = report(utc(u"2024-03-01T00:00:00Z"_s), utc(u"2024-05-01T00:00:00Z"_s));
    QCOMPARE(f.accounts, QStringList{u"alice@social.example"_s});
    QCOMPARE(f.posts, 3);
    QCOMPARE(f.replies, 3);
    QCOMPARE(f.boosts, 1);
    QCOMPARE(f.mentionsReceived, 4);
    QCOMPARE(f.messagesReceived, 4);
    QCOMPARE(f.messagesSent, 2);
    QCOMPARE(f.engagement, qint64(18));
    QCOMPARE(f.favourites, 9);
    QCOMPARE(f.boostsReceived, 5);
    QCOMPARE(f.repliesReceived, 4);
    QCOMPARE(f.newFollowers, 0);

    QCOMPARE(f.mentionResponse.answered, 3);
    QCOMPARE(f.mentionResponse.unanswered, 1);
    QCOMPARE(f.mentionResponse.medianSeconds, std::optional<qint64>(7200));
    QCOMPARE(f.mentionResponse.p90Seconds, std::optional<qint64>(86400));
    QCOMPARE(f.messageResponse.answered, 2);
    QCOMPARE(f.messageResponse.unanswered, 1);
    QCOMPARE(f.messageResponse.medianSeconds, std::optional<qint64>(600));
    QCOMPARE(f.messageResponse.p90Seconds, std::optional<qint64>(2100));

    QCOMPARE(f.unanswered.size(), 2);
    QCOMPARE(f.unanswered[0].item.platformId, u"M2"_s);
    QCOMPARE(f.unanswered[0].kind, u"mention"_s);
    QCOMPARE(f.unanswered[1].item.platformId, u"D6"_s);
    QCOMPARE(f.unanswered[1].kind, u"conversation"_s);

    QCOMPARE(f.activityPerMonth.size(), 2);
    QCOMPARE(f.activityPerMonth[0].period, u"2024-03"_s);
    QCOMPARE(f.activityPerMonth[0].value, 3);
    QCOMPARE(f.activityPerMonth[1].value, 3);
    QCOMPARE(f.mentionsPerMonth[0].value, 1);
    QCOMPARE(f.mentionsPerMonth[1].value, 3);
    QCOMPARE(f.messagesPerMonth[0].value, 3);
    QCOMPARE(f.messagesPerMonth[1].value, 3);
    QCOMPARE(f.activityPerWeek.first().period, u"2024-W09"_s); // Friday 1 March 2024
    QCOMPARE(f.activityPerWeek.last().period, u"2024-W18"_s);  // Tuesday 30 April 2024
    int weekly = 0;
    for (const SeriesPoint &point : f.activityPerWeek)
        weekly += point.value;
    QCOMPARE(weekly, 6);

    // Every interaction: Bob's three mentions (M1 also replies to P1: counted once), his three
    // DMs and Alice's two answers to them, her three replies to his mentions; Carol's mention
    // and her reply to P2; Dave's DM.
    QCOMPARE(f.topContacts.size(), 3);
    QCOMPARE(f.topContacts[0].handle, u"bob@other.example"_s);
    QCOMPARE(f.topContacts[0].mentions, 3);
    QCOMPARE(f.topContacts[0].messagesReceived, 3);
    QCOMPARE(f.topContacts[0].messagesSent, 2);
    QCOMPARE(f.topContacts[0].repliesSent, 3);
    QCOMPARE(f.topContacts[0].total(), 11);
    QCOMPARE(f.topContacts[1].handle, u"carol@other.example"_s);
    QCOMPARE(f.topContacts[1].mentions, 2);
    QCOMPARE(f.topContacts[1].total(), 2);
    QCOMPARE(f.topContacts[2].handle, u"dave@other.example"_s);
    QCOMPARE(f.topContacts[2].messagesReceived, 1);
    QCOMPARE(f.topContacts[2].total(), 1);
    QCOMPARE(f.topPosts.size(), 6);
    QCOMPARE(f.topPosts[0].item.platformId, u"P3"_s);
    QCOMPARE(f.topPosts[1].item.platformId, u"P1"_s);
    QCOMPARE(f.topPosts[2].item.platformId, u"P2"_s);

    QCOMPARE(formatDuration(7200), u"2 h 00 min"_s);
    QCOMPARE(formatDuration(86400), u"1 d 0 h"_s);
}

void TestReports::followers()
{
    // The period of the first backup: its three followers are the baseline, not new ones;
    // only Erin, who arrived later, is. Start + new - lost = end.
    const ReportFigures f = report(m_filledAt.addDays(-1), m_filledAt.addDays(1));
    QCOMPARE(f.followersAtStart, 3);
    QCOMPARE(f.newFollowers, 1);
    QCOMPARE(f.lostFollowers, 1);
    QCOMPARE(f.followersAtEnd, 3);
    QCOMPARE(f.followersPerMonth.last().value, 3);

    // A period of its own for the first backup's walk: still no new followers.
    const ReportFigures first = report(m_filledAt.addSecs(-60), m_baselineEnd.addMSecs(1));
    QCOMPARE(first.newFollowers, 0);
    QCOMPARE(first.followersAtEnd, 3);

    // Before anything was archived the baseline already counts; nothing is new or lost.
    const ReportFigures before = report(utc(u"2024-03-01T00:00:00Z"_s), utc(u"2024-05-01T00:00:00Z"_s));
    QCOMPARE(before.followersAtStart, 3);
    QCOMPARE(before.newFollowers, 0);
    QCOMPARE(before.lostFollowers, 0);
    QCOMPARE(before.followersAtEnd, 3);
}

void TestReports::cancelled()
{
    // The GUI cancels a computation whose period was changed meanwhile.
    ReportOptions options;
    options.accountIds = {m_account};
    options.since = utc(u"2024-03-01T00:00:00Z"_s);
    options.until = utc(u"2024-05-01T00:00:00Z"_s);
    int polls = 0;
    options.cancelled = [&polls] { return ++polls > 3; };
    auto figures = computeReport(*m_store, options);
    QVERIFY(!figures.ok());
    QCOMPARE(figures.error().code, Error::Code::Cancelled);
    QVERIFY(polls > 3);
    // Never cancelled: the same figures as without a callback.
    options.cancelled = [] { return false; };
    auto whole = computeReport(*m_store, options);
    QVERIFY2(whole.ok(), qPrintable(whole.errorMessage()));
    QCOMPARE(whole->posts, 3);
    QCOMPARE(whole->mentionResponse.answered, 3);
}

void TestReports::csv()
{
    const ReportFigures f = report(utc(u"2024-03-01T00:00:00Z"_s), utc(u"2024-05-01T00:00:00Z"_s));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeReportCsv(f, &buffer).ok());
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("section,key,value\r\n"));
    for (const char *row : {"totals,posts,3\r\n", "totals,engagement,18\r\n", "mention_response,median_seconds,7200\r\n",
                            "message_response,p90_seconds,2100\r\n", "activity_per_month,2024-04,3\r\n",
                            "top_contacts,bob@other.example,11\r\n", "unanswered_mention,https://social.example/items/M2,"})
        QVERIFY2(csv.contains(row), row);
}

void TestReports::pdf()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("pdftotext is not installed (scripts/install-deps.sh installs poppler-utils)");
        QSKIP("pdftotext is not installed");
    }
    const ReportFigures f = report(utc(u"2024-03-01T00:00:00Z"_s), utc(u"2024-05-01T00:00:00Z"_s));
    QTemporaryDir out;
    const QString path = out.filePath(u"report.pdf"_s);
    auto written = reports::writeReportPdf(f, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    // For docs/screenshots/report-page1.png (pdftoppm): HOLDFAST_REPORT_PDF=/tmp/report.pdf.
    const QString keep = qEnvironmentVariable("HOLDFAST_REPORT_PDF");
    if (!keep.isEmpty())
        QFile::copy(path, keep);

    QProcess process;
    process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    auto has = [&](const QString &pattern) {
        return QRegularExpression(pattern).match(text).hasMatch();
    };
    QVERIFY2(text.contains(u"Activity report"_s), qPrintable(text));
    QVERIFY(text.contains(u"Period: 2024-03-01 to 2024-04-30"_s));
    QVERIFY(text.contains(u"alice@social.example"_s));
    QVERIFY(text.contains(u"Generated "_s + f.generatedAt.toString(u"yyyy-MM-dd"_s)));
    QVERIFY(has(u"Posts\\s+3\\n"_s));
    QVERIFY(has(u"Replies\\s+3\\n"_s));
    QVERIFY(has(u"Mentions received\\s+4\\n"_s));
    QVERIFY(has(u"Direct messages received\\s+4\\n"_s));
    QVERIFY(has(u"Direct messages sent\\s+2\\n"_s));
    QVERIFY(has(u"Engagement\\s+18\\n"_s));
    // pdftotext may drop the narrow spaces inside a duration.
    QVERIFY2(has(u"Mentions\\s+3\\s+1\\s+2\\s*h\\s*00\\s*min\\s+1\\s*d\\s*0\\s*h"_s), qPrintable(text));
    QVERIFY(has(u"Direct messages\\s+2\\s+1\\s+10\\s*min\\s+35\\s*min"_s));
    QVERIFY2(has(u"@bob@other.example\\s+3\\s+3\\s+2\\s+3\\s+11"_s), qPrintable(text));
    QVERIFY(has(u"mention\\s+@carol@other.example\\s+Text of M2"_s));
    QVERIFY(has(u"conversation\\s+@dave@other.example\\s+Text of D6"_s));
    QVERIFY(has(u"Text of P3\\s+3\\s+3\\s+3\\s+9"_s));
    // Title page and numbered pages: each page ends with its number.
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages[i].trimmed().isEmpty())
            continue;
        QVERIFY2(pages[i].trimmed().endsWith(QString::number(i + 1)), qPrintable(pages[i].right(200)));
    }

    // Headings stay with what follows them. With this data the "Activity" heading used to end
    // page 2 while its first chart began page 3. Read page by page (pdftotext -f/-l); the
    // charts are pictures, so pdfimages (poppler-utils too) tells which page has them.
    const auto run = [](const QString &program, const QStringList &arguments) {
        QProcess tool;
        tool.start(program, arguments);
        tool.waitForFinished(30000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    };
    const QString pdfimages = QStandardPaths::findExecutable(u"pdfimages"_s);
    QVERIFY2(!pdfimages.isEmpty(), "pdfimages (poppler-utils) is missing");
    const QList<std::pair<QString, QString>> headingAndNext = {
        {u"Headline figures"_s, u"Posts"_s},
        {u"Response times"_s, u"Answered"_s},
        {u"Unanswered mentions and conversations"_s, u"Date"_s},
        {u"Top contacts by interactions"_s, u"Contact"_s},
        {u"Top posts by engagement"_s, u"Fav."_s},
    };
    int activityPage = 0;
    QSet<QString> found;
    for (int page = 1; page <= pages.size(); ++page) {
        const QString number = QString::number(page);
        const QString pageText = run(pdftotext, {u"-layout"_s, u"-f"_s, number, u"-l"_s, number, path, u"-"_s});
        const QStringList lines = pageText.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines[i].trimmed();
            line.replace(QChar(0xfb01), u"fi"_s); // pdftotext keeps the font's "ﬁ" ligature
            if (line == u"Activity")
                activityPage = page;
            for (const auto &[heading, next] : headingAndNext) {
                if (line != heading)
                    continue;
                found.insert(heading);
                const QString rest = lines.mid(i + 1).join(u'\n');
                QVERIFY2(rest.contains(next), qPrintable(heading + u" ends page "_s + number));
            }
        }
    }
    QCOMPARE(found.size(), headingAndNext.size());
    QVERIFY(activityPage > 0);
    const QString activityImages = run(pdfimages, {u"-list"_s, u"-f"_s, QString::number(activityPage), u"-l"_s,
                                                   QString::number(activityPage), path});
    // Two header lines, then one line per picture.
    QVERIFY2(activityImages.trimmed().split(u'\n').size() > 2,
             qPrintable(u"no chart on page %1 with the Activity heading"_s.arg(activityPage)));
}

void TestReports::commandLine()
{
    const QString binary = qEnvironmentVariable("HOLDFAST_BINARY");
    if (binary.isEmpty())
        QSKIP("HOLDFAST_BINARY not set (run through ctest)");
    QTemporaryDir out;
    for (const QString &format : {u"csv"_s, u"pdf"_s}) {
        QProcess process;
        process.start(binary, {u"--data-dir"_s, m_dir.path(), u"report"_s, u"--account"_s, u"alice@social.example"_s,
                               u"--since"_s, u"2024-03-01"_s, u"--until"_s, u"2024-05-01"_s, u"--format"_s, format,
                               u"--output"_s, out.filePath(u"r."_s + format)});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        QFile file(out.filePath(u"r."_s + format));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == u"csv")
            QVERIFY(bytes.contains("totals,mentions_received,4\r\n"));
        else
            QVERIFY(bytes.startsWith("%PDF-"));
    }
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
