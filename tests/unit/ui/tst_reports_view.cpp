// The Reports window over the real main window and a real store file: opening it (menu and
// Ctrl+R), the figures shown against computeReport() on the same store, the charts, presets,
// bad choices, the worker dropping stale results, and both exports through the window (the
// PDF read back with pdftotext from poppler-utils, as tst_reports does).
// HOLDFAST_REPORTS_SCREENSHOT=FILE.png saves a picture of the window (docs/screenshots).
#include "models/reports/ReportFigures.h"
#include "models/store/Store.h"
#include "ui/DialogSeams.h"
#include "ui/MessageBar.h"
#include "ui/ReportWorker.h"
#include "ui/ReportsWindow.h"

#include "MainWindowFixture.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using holdfast::ui::ReportsWindow;

namespace {

/// The fixture's posts run from 4 November to 13 December 2024.
const QDate kFrom(2024, 11, 1);
const QDate kTo(2024, 12, 31);

QDateTime startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

/// The value column of the figure with CSV key `key` (raw number; null if unset).
QVariant shownValue(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == key)
            return table->item(row, 1)->data(Qt::UserRole);
    }
    return u"<missing %1>"_s.arg(key);
}

QString shownText(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == key)
            return table->item(row, 1)->text();
    }
    return {};
}

/// The CSV without its generation time, which differs between two computations.
QByteArray withoutGeneratedAt(QByteArray csv)
{
    static const QRegularExpression generated(u"report,generated_at,[^\r]*\r\n"_s);
    return QString::fromUtf8(csv).remove(generated).toUtf8();
}

} // namespace

class TestReportsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.prepare(); }
    void init() { m_fixture.start(); }
    void cleanup() { m_fixture.stop(); }

    void opensFromTheMainWindow();
    void showsTheFiguresOfComputeReport();
    void showsTheCharts();
    void showsTheLists();
    void presetsSetThePeriod();
    void explainsBadChoices();
    void workerDropsStaleResults();
    void exportsPdfAndCsv();

private:
    ReportsWindow *open();
    /// Sets the period in the window and waits for its figures.
    bool showPeriod(ReportsWindow *reports, QDate from, QDate to);
    ReportFigures expected(const QList<qint64> &accounts, QDate from, QDate to) const;

    testing::MainWindowFixture m_fixture;
};

ReportsWindow *TestReportsView::open()
{
    auto *action = m_fixture.find<QAction>(u"reportsAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *reports = m_fixture.find<ReportsWindow>(u"reportsWindow"_s);
    if (reports && !QTest::qWaitForWindowExposed(reports))
        qWarning("reports window not exposed");
    return reports;
}

bool TestReportsView::showPeriod(ReportsWindow *reports, QDate from, QDate to)
{
    QSignalSpy shown(reports, &ReportsWindow::figuresShown);
    // Typed into the date fields, as a person would: the window waits for the last edit.
    auto *fromEdit = reports->findChild<QDateEdit *>(u"reportFrom"_s);
    auto *toEdit = reports->findChild<QDateEdit *>(u"reportTo"_s);
    fromEdit->setDate(from);
    toEdit->setDate(to);
    if (!shown.wait(30'000))
        return false;
    QTest::qWait(50);
    return reports->findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled();
}

ReportFigures TestReportsView::expected(const QList<qint64> &accounts, QDate from, QDate to) const
{
    ReportOptions options;
    options.accountIds = accounts;
    options.since = startOfDay(from);
    options.until = startOfDay(to.addDays(1));
    auto figures = computeReport(m_fixture.store(), options);
    if (!figures)
        qWarning() << figures.errorMessage();
    return figures ? figures.value() : ReportFigures();
}

void TestReportsView::opensFromTheMainWindow()
{
    // Ctrl+R from the main window, as a keyboard user would.
    QTest::keyClick(&m_fixture.window(), Qt::Key_R, Qt::ControlModifier);
    auto *reports = m_fixture.find<ReportsWindow>(u"reportsWindow"_s);
    QVERIFY(reports);
    QTRY_VERIFY(reports->isVisible());
    QVERIFY(reports->isWindow());

    // Every account listed, the one selected in the main window checked.
    auto *accounts = reports->findChild<QListWidget *>(u"reportAccounts"_s);
    QVERIFY(accounts);
    QCOMPARE(accounts->count(), 2);
    QCOMPARE(accounts->item(0)->data(Qt::UserRole).toLongLong(), m_fixture.ids().anna);
    QCOMPARE(accounts->item(0)->checkState(), Qt::Checked);
    QCOMPARE(accounts->item(1)->checkState(), Qt::Unchecked);
    QVERIFY(!accounts->accessibleName().isEmpty());

    // Opens on the last 30 days, and computes them.
    auto *preset = reports->findChild<QComboBox *>(u"reportPreset"_s);
    QCOMPARE(preset->currentIndex(), int(ReportsWindow::Preset::Last30Days));
    const auto [from, to] = ReportsWindow::presetPeriod(ReportsWindow::Preset::Last30Days,
                                                        QDateTime::currentDateTimeUtc().date());
    QCOMPARE(reports->findChild<QDateEdit *>(u"reportFrom"_s)->date(), from);
    QCOMPARE(reports->findChild<QDateEdit *>(u"reportTo"_s)->date(), to);
    QTRY_VERIFY_WITH_TIMEOUT(reports->findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled(), 30'000);

    // The same action again raises the one window instead of opening a second.
    m_fixture.find<QAction>(u"reportsAction"_s)->trigger();
    QCOMPARE(m_fixture.window().findChildren<ReportsWindow *>().size(), 1);

    // Escape closes it.
    QTest::keyClick(reports, Qt::Key_Escape);
    QTRY_VERIFY(m_fixture.window().findChildren<ReportsWindow *>().isEmpty());
}

void TestReportsView::showsTheFiguresOfComputeReport()
{
    ReportsWindow *reports = open();
    QVERIFY(reports);
    QVERIFY(showPeriod(reports, kFrom, kTo));
    auto *table = reports->findChild<QTableWidget *>(u"reportFigures"_s);
    const ReportFigures f = expected({m_fixture.ids().anna}, kFrom, kTo);

    // Known data: the fixture's 40 posts, Anna's one reply and one boost, four DMs.
    QCOMPARE(f.posts, 40);
    QCOMPARE(shownValue(table, u"posts"_s).toLongLong(), 40);
    QCOMPARE(shownText(table, u"posts"_s), u"40"_s);
    const QList<std::pair<QString, qint64>> totals = {
        {u"posts"_s, f.posts}, {u"replies"_s, f.replies}, {u"boosts"_s, f.boosts},
        {u"mentions_received"_s, f.mentionsReceived}, {u"messages_sent"_s, f.messagesSent},
        {u"messages_received"_s, f.messagesReceived}, {u"new_followers"_s, f.newFollowers},
        {u"lost_followers"_s, f.lostFollowers}, {u"followers_at_start"_s, f.followersAtStart},
        {u"followers_at_end"_s, f.followersAtEnd}, {u"engagement"_s, f.engagement},
        {u"favourites"_s, f.favourites}, {u"boosts_received"_s, f.boostsReceived},
        {u"replies_received"_s, f.repliesReceived},
        {u"mention_response.answered"_s, f.mentionResponse.answered},
        {u"mention_response.unanswered"_s, f.mentionResponse.unanswered},
        {u"message_response.answered"_s, f.messageResponse.answered},
        {u"message_response.unanswered"_s, f.messageResponse.unanswered},
    };
    for (const auto &[key, value] : totals)
        QVERIFY2(shownValue(table, key).toLongLong() == value && shownValue(table, key).isValid(), qPrintable(key));
    QCOMPARE(f.replies, 1);
    QCOMPARE(f.boosts, 1);
    QCOMPARE(f.messagesSent, 2);
    QCOMPARE(f.messagesReceived, 2);
    // Dora wrote, Anna answered ten minutes later, twice.
    QCOMPARE(shownValue(table, u"message_response.median_seconds"_s).toLongLong(), *f.messageResponse.medianSeconds);
    QCOMPARE(shownText(table, u"message_response.median_seconds"_s), formatDuration(f.messageResponse.medianSeconds));
    QCOMPARE(*f.messageResponse.medianSeconds, qint64(600));

    // Both accounts: the figures are summed, as computeReport() sums them.
    auto *accounts = reports->findChild<QListWidget *>(u"reportAccounts"_s);
    QSignalSpy shown(reports, &ReportsWindow::figuresShown);
    accounts->setCurrentRow(1);
    QTest::keyClick(accounts, Qt::Key_Space); // checks Ben
    QCOMPARE(accounts->item(1)->checkState(), Qt::Checked);
    QVERIFY(shown.wait(30'000));
    const ReportFigures both = expected({m_fixture.ids().anna, m_fixture.ids().ben}, kFrom, kTo);
    QCOMPARE(shownValue(table, u"posts"_s).toLongLong(), both.posts);
    QCOMPARE(shownValue(table, u"engagement"_s).toLongLong(), both.engagement);
    QVERIFY(reports->findChild<QLabel *>(u"reportStatus"_s)->text().contains(u"ben@fedi.example"_s));

    // F5 computes again, picking up what a backup stored meanwhile: Anna's new post.
    Item late;
    late.platformId = u"late-1"_s;
    late.kind = ItemKind::Post;
    late.createdAt = startOfDay(QDate(2024, 12, 20));
    const Account anna = *m_fixture.store().account(m_fixture.ids().anna);
    late.author.platformId = anna.platformUserId;
    late.author.handle = anna.handle;
    late.text = u"Written after the window opened"_s;
    const qint64 run = m_fixture.store().beginRun(m_fixture.ids().anna, false).value();
    QVERIFY(m_fixture.store().storeItemPage(m_fixture.ids().anna, Collection::Posts, run, {late}, {}, {}).ok());
    QSignalSpy again(reports, &ReportsWindow::figuresShown);
    QTest::keyClick(reports, Qt::Key_F5);
    QVERIFY(again.wait(30'000));
    QCOMPARE(shownValue(table, u"posts"_s).toLongLong(), both.posts + 1);
}

void TestReportsView::showsTheCharts()
{
    ReportsWindow *reports = open();
    QVERIFY(reports);
    QVERIFY(showPeriod(reports, kFrom, kTo));
    const ReportFigures f = expected({m_fixture.ids().anna}, kFrom, kTo);
    // The four charts of the PDF, each a picture with a name and its numbers for screen readers.
    for (const QString &id : {u"activity-month"_s, u"activity-week"_s, u"mentions-messages"_s, u"followers"_s}) {
        auto *chart = reports->findChild<QLabel *>(u"chart-"_s + id);
        QVERIFY2(chart, qPrintable(id));
        QVERIFY(chart->isVisible());
        QVERIFY(!chart->pixmap().isNull());
        QVERIFY(!chart->accessibleName().isEmpty());
    }
    auto *month = reports->findChild<QLabel *>(u"chart-activity-month"_s);
    QCOMPARE(month->accessibleName(), u"Own posts and replies per month"_s);
    for (const SeriesPoint &point : f.activityPerMonth)
        QVERIFY2(month->accessibleDescription().contains(u"%1: %2"_s.arg(point.period).arg(point.value)),
                 qPrintable(month->accessibleDescription()));
    QCOMPARE(f.activityPerMonth.size(), 2);

    const QString screenshot = qEnvironmentVariable("HOLDFAST_REPORTS_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        reports->resize(1240, 780);
        QTest::qWait(200);
        QVERIFY(reports->grab().save(screenshot));
    }
}

void TestReportsView::showsTheLists()
{
    ReportsWindow *reports = open();
    QVERIFY(reports);
    QVERIFY(showPeriod(reports, kFrom, kTo));
    const ReportFigures f = expected({m_fixture.ids().anna}, kFrom, kTo);

    // Top contacts, as computeReport() ranks them. Known data: Dora's two DMs and Anna's two
    // answers; Carl's reply in the thread and Anna's answer to it.
    auto *contacts = reports->findChild<QTableWidget *>(u"reportTopContacts"_s);
    QVERIFY(contacts);
    QCOMPARE(contacts->rowCount(), f.topContacts.size());
    for (int row = 0; row < contacts->rowCount(); ++row) {
        QCOMPARE(contacts->item(row, 0)->text(), u"@"_s + f.topContacts[row].handle);
        QCOMPARE(contacts->item(row, 5)->data(Qt::UserRole).toInt(), f.topContacts[row].total());
    }
    QCOMPARE(f.topContacts.size(), 2);
    QCOMPARE(f.topContacts[0].handle, u"dora@social.example"_s);
    QCOMPARE(f.topContacts[0].messagesReceived, 2);
    QCOMPARE(f.topContacts[0].messagesSent, 2);
    QCOMPARE(f.topContacts[1].handle, u"carl@fedi.example"_s);
    QCOMPARE(f.topContacts[1].mentions, 1);
    QCOMPARE(f.topContacts[1].repliesSent, 1);

    auto *posts = reports->findChild<QTableWidget *>(u"reportTopPosts"_s);
    QCOMPARE(posts->rowCount(), f.topPosts.size());
    QCOMPARE(posts->rowCount(), 10);
    QCOMPARE(posts->item(0, 5)->data(Qt::UserRole).toInt(), f.topPosts[0].engagement());
    QCOMPARE(posts->item(0, 1)->text(), f.topPosts[0].item.text.simplified());
    // Everything in the fixture was answered.
    QCOMPARE(reports->findChild<QTableWidget *>(u"reportUnanswered"_s)->rowCount(), f.unanswered.size());
    QCOMPARE(f.unanswered.size(), 0);

    // The lists are tabs beside the charts, reachable by keyboard (Alt+C).
    auto *tabs = reports->findChild<QTabWidget *>(u"reportTabs"_s);
    QVERIFY(tabs);
    QTest::keyClick(reports, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(contacts));
}

void TestReportsView::presetsSetThePeriod()
{
    using Preset = ReportsWindow::Preset;
    const QDate today(2024, 3, 15);
    QCOMPARE(ReportsWindow::presetPeriod(Preset::Last7Days, today), std::pair(QDate(2024, 3, 9), today));
    QCOMPARE(ReportsWindow::presetPeriod(Preset::Last30Days, today), std::pair(QDate(2024, 2, 15), today));
    QCOMPARE(ReportsWindow::presetPeriod(Preset::LastMonth, today), std::pair(QDate(2024, 2, 1), QDate(2024, 2, 29)));
    QCOMPARE(ReportsWindow::presetPeriod(Preset::LastMonth, QDate(2025, 1, 10)),
             std::pair(QDate(2024, 12, 1), QDate(2024, 12, 31)));
    QCOMPARE(ReportsWindow::presetPeriod(Preset::ThisYear, today), std::pair(QDate(2024, 1, 1), today));

    ReportsWindow *reports = open();
    QVERIFY(reports);
    QVERIFY(showPeriod(reports, kFrom, kTo));
    auto *preset = reports->findChild<QComboBox *>(u"reportPreset"_s);
    QCOMPARE(preset->currentIndex(), int(Preset::Custom)); // typed dates make a custom period
    // Chosen with the keyboard: focus the combo, pick "Last month".
    QSignalSpy shown(reports, &ReportsWindow::figuresShown);
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_Down); // Last 7 days
    QTest::keyClick(preset, Qt::Key_Down); // Last 30 days
    QTest::keyClick(preset, Qt::Key_Down); // Last month
    QCOMPARE(preset->currentIndex(), int(Preset::LastMonth));
    const auto [from, to] = ReportsWindow::presetPeriod(Preset::LastMonth, QDateTime::currentDateTimeUtc().date());
    QCOMPARE(reports->findChild<QDateEdit *>(u"reportFrom"_s)->date(), from);
    QCOMPARE(reports->findChild<QDateEdit *>(u"reportTo"_s)->date(), to);
    QVERIFY(shown.wait(30'000));
    QVERIFY(reports->findChild<QLabel *>(u"reportStatus"_s)->text().startsWith(from.toString(Qt::ISODate)));
}

void TestReportsView::explainsBadChoices()
{
    ReportsWindow *reports = open();
    QVERIFY(reports);
    QVERIFY(showPeriod(reports, kFrom, kTo));
    auto *status = reports->findChild<QLabel *>(u"reportStatus"_s);
    auto *pdf = reports->findChild<QPushButton *>(u"exportPdfButton"_s);
    auto *csv = reports->findChild<QPushButton *>(u"exportCsvButton"_s);

    // A period that ends before it starts.
    reports->setPeriod(QDate(2024, 12, 1), QDate(2024, 11, 1));
    QTRY_VERIFY(status->text().contains(u"starts after it ends"_s));
    QVERIFY(!pdf->isEnabled());
    QVERIFY(!csv->isEnabled());
    QCOMPARE(reports->findChild<QTableWidget *>(u"reportFigures"_s)->rowCount(), 0);

    // No account checked.
    QVERIFY(showPeriod(reports, kFrom, kTo));
    auto *accounts = reports->findChild<QListWidget *>(u"reportAccounts"_s);
    accounts->item(0)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY(status->text().contains(u"at least one account"_s));
    QVERIFY(!pdf->isEnabled());
    QVERIFY(!reports->findChild<QProgressBar *>(u"reportBusy"_s)->isVisible());
}

void TestReportsView::workerDropsStaleResults()
{
    ui::ReportWorker worker(m_fixture.dataDir());
    QSignalSpy computed(&worker, &ui::ReportWorker::computed);
    QSignalSpy failed(&worker, &ui::ReportWorker::failed);
    ReportOptions november;
    november.accountIds = {m_fixture.ids().anna};
    november.since = startOfDay(QDate(2024, 11, 1));
    november.until = startOfDay(QDate(2024, 12, 1));
    ReportOptions december = november;
    december.since = november.until;
    december.until = startOfDay(QDate(2025, 1, 1));

    const quint64 first = worker.request(november);
    const quint64 second = worker.request(december);
    QVERIFY(second > first);
    QVERIFY(worker.isBusy());
    QVERIFY(computed.wait(30'000));
    QTest::qWait(300); // room for a stale result to arrive, if one were delivered
    QCOMPARE(computed.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(computed.at(0).at(0).toULongLong(), second);
    const auto figures = computed.at(0).at(1).value<ReportFigures>();
    QCOMPARE(figures.since, december.since);
    QCOMPARE(figures.posts, expected(december.accountIds, QDate(2024, 12, 1), QDate(2024, 12, 31)).posts);
    QVERIFY(!worker.isBusy());

    // A bad request fails with the reason, delivered like a result.
    ReportOptions nobody = november;
    nobody.accountIds = {987654};
    const quint64 third = worker.request(nobody);
    QVERIFY(failed.wait(30'000));
    QCOMPARE(failed.at(0).at(0).toULongLong(), third);
    QVERIFY(failed.at(0).at(1).toString().contains(u"987654"_s));
}

void TestReportsView::exportsPdfAndCsv()
{
    ReportsWindow *reports = open();
    QVERIFY(reports);
    QVERIFY(showPeriod(reports, kFrom, kTo));
    const ReportFigures f = expected({m_fixture.ids().anna}, kFrom, kTo);
    QTemporaryDir out;
    auto *bar = reports->findChild<ui::MessageBar *>(u"reportsMessageBar"_s);

    // CSV: exactly what writeReportCsv() makes of computeReport()'s figures.
    const QString csvPath = out.filePath(u"figures.csv"_s);
    ui::FileDialogs::setNextPath(csvPath);
    QTest::mouseClick(reports->findChild<QPushButton *>(u"exportCsvButton"_s), Qt::LeftButton);
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    QBuffer expectedCsv;
    expectedCsv.open(QIODevice::WriteOnly);
    QVERIFY(writeReportCsv(f, &expectedCsv).ok());
    QCOMPARE(withoutGeneratedAt(csv), withoutGeneratedAt(expectedCsv.data()));
    QVERIFY(csv.contains("totals,posts,40\r\n"));
    QVERIFY(csv.contains("report,since,2024-11-01T00:00:00Z\r\n"));
    QVERIFY(csv.contains("report,until,2025-01-01T00:00:00Z\r\n"));
    QCOMPARE(bar->type(), ui::MessageBar::Type::Positive);
    QVERIFY(bar->text().contains(u"figures.csv"_s));

    // Cancelling the file dialog writes nothing.
    ui::FileDialogs::setNextPath(QString());
    QTest::mouseClick(reports->findChild<QPushButton *>(u"exportPdfButton"_s), Qt::LeftButton);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{u"figures.csv"_s});

    // PDF, read back.
    const QString pdfPath = out.filePath(u"report.pdf"_s);
    ui::FileDialogs::setNextPath(pdfPath);
    QTest::mouseClick(reports->findChild<QPushButton *>(u"exportPdfButton"_s), Qt::LeftButton);
    QVERIFY(QFileInfo(pdfPath).size() > 0);
    QVERIFY(bar->text().contains(u"report.pdf"_s));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("pdftotext is not installed (scripts/install-deps.sh installs poppler-utils)");
        QSKIP("pdftotext is not installed");
    }
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, pdfPath, u"-"_s});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const auto has = [&](const QString &pattern) { return QRegularExpression(pattern).match(text).hasMatch(); };
    QVERIFY2(text.contains(u"Period: 2024-11-01 to 2024-12-31"_s), qPrintable(text));
    QVERIFY(text.contains(u"anna@social.example"_s));
    QVERIFY(has(u"Posts\\s+%1\\n"_s.arg(f.posts)));
    QVERIFY(has(u"Replies\\s+%1\\n"_s.arg(f.replies)));
    QVERIFY(has(u"Direct messages received\\s+%1\\n"_s.arg(f.messagesReceived)));
    QVERIFY(has(u"Engagement\\s+%1\\n"_s.arg(f.engagement)));

    // A destination that cannot be written: a clear error, nothing else changes.
    ui::FileDialogs::setNextPath(out.filePath(u"no-such-folder/figures.csv"_s));
    QTest::mouseClick(reports->findChild<QPushButton *>(u"exportCsvButton"_s), Qt::LeftButton);
    QCOMPARE(bar->type(), ui::MessageBar::Type::Error);
    QVERIFY(bar->text().contains(u"no-such-folder"_s));
}

QTEST_MAIN(TestReportsView)
#include "tst_reports_view.moc"
