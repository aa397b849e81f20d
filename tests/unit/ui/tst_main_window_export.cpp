// Exports from the real main window: File › Export… (Ctrl+E) in every format, File ›
// Records-Request Package…, the message bar's summary with "Open Folder", an export cancelled
// mid-way (nothing left at the destination) and a clear error for a folder that is in use.
// The destination comes through the FileDialogs seam.
#include "models/store/Store.h"
#include "ui/DialogSeams.h"
#include "ui/ExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/PackageDialog.h"

#include "MainWindowFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Names in a ZIP file (unzip -Z1); empty if unzip is missing or the file is not a ZIP.
QStringList zipEntries(const QString &zip)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-Z1"_s, zip});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

/// For docs/screenshots: HOLDFAST_SCREENSHOT_DIR=docs/screenshots.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).absoluteFilePath(name));
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestMainWindowExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_fixture.start(); }
    void cleanup();

    void ctrlEOpensTheExportDialog();
    void exportsJsonLines();
    void exportsCsvWithByteOrderMark();
    void exportsHtmlFolderForAPeriodAndOpensIt();
    void exportsHtmlZip();
    void cancelMidwayLeavesNothing();
    void folderInUseGivesAClearError();
    void packagesByWords();

private:
    ui::ExportDialog *openExportDialog();
    void choose(QComboBox *combo, const QVariant &data);
    /// Starts the export with `destination` answered by the file chooser seam.
    void start(QDialog *dialog, const QString &destination);
    /// Starts and waits until the dialog closed with success; returns the message bar's text.
    QString runToEnd(QDialog *dialog, const QString &destination);

    testing::MainWindowFixture m_fixture;
    std::unique_ptr<testing::UrlCatcher> m_browser;
    QTemporaryDir m_out;
};

void TestMainWindowExport::initTestCase()
{
    m_fixture.prepare();
    m_browser = std::make_unique<testing::UrlCatcher>();
}

void TestMainWindowExport::cleanup()
{
    m_fixture.stop();
    QDir(m_out.path()).removeRecursively();
    QDir().mkpath(m_out.path());
    m_browser->urls.clear();
}

ui::ExportDialog *TestMainWindowExport::openExportDialog()
{
    m_fixture.window().activateWindow();
    QTest::keySequence(&m_fixture.window(), QKeySequence(Qt::CTRL | Qt::Key_E));
    ui::ExportDialog *dialog = nullptr;
    QTest::qWaitFor([&] {
        dialog = m_fixture.window().findChild<ui::ExportDialog *>(u"exportDialog"_s);
        return dialog && dialog->isVisible();
    });
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestMainWindowExport::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void TestMainWindowExport::start(QDialog *dialog, const QString &destination)
{
    // The field is left empty: Export asks for the destination through the chooser.
    dialog->findChild<QLineEdit *>(u"exportDestinationEdit"_s)->clear();
    ui::FileDialogs::setNextPath(destination);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStartButton"_s), Qt::LeftButton);
}

QString TestMainWindowExport::runToEnd(QDialog *dialog, const QString &destination)
{
    QPointer<QDialog> guard(dialog);
    start(dialog, destination);
    QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 30000);
    if (guard) {
        const auto *status = guard->findChild<QLabel *>(u"exportStatusLabel"_s);
        qWarning("dialog still open: %s", qPrintable(status->text()));
        return {};
    }
    auto *bar = m_fixture.window().messageBar();
    return bar->isVisible() ? bar->text() : QString();
}

void TestMainWindowExport::ctrlEOpensTheExportDialog()
{
    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    // The selected account is preselected; JSON Lines and CSV cannot take "All collections".
    auto *account = dialog->findChild<QComboBox *>(u"exportAccountCombo"_s);
    QCOMPARE(account->currentData().toLongLong(), m_fixture.ids().anna);
    auto *collection = dialog->findChild<QComboBox *>(u"exportCollectionCombo"_s);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormatCombo"_s);
    auto *bom = dialog->findChild<QCheckBox *>(u"exportBomCheck"_s);
    QCOMPARE(collection->currentIndex(), 0);
    QVERIFY(!bom->isEnabled());
    choose(format, int(ui::ExportDialog::Format::Csv));
    QVERIFY(bom->isEnabled());
    QCOMPARE(collection->currentData().toInt(), int(Collection::Posts));
    QPointer<QDialog> guard(dialog);
    dialog->activateWindow();
    QTRY_VERIFY(dialog->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

void TestMainWindowExport::exportsJsonLines()
{
    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s), int(ui::ExportDialog::Format::JsonLines));
    choose(dialog->findChild<QComboBox *>(u"exportCollectionCombo"_s), int(Collection::Posts));
    // Without the extension: the format adds it.
    const QString message = runToEnd(dialog, m_out.filePath(u"posts"_s));
    const QString file = m_out.filePath(u"posts.jsonl"_s);
    QCOMPARE(message, u"Exported %1 item(s) to %2."_s.arg(m_fixture.ids().postCount).arg(file));
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), m_fixture.ids().postCount + 1); // the last line ends with \n
    QStringList ids;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            ids.append(QJsonDocument::fromJson(line).object().value(u"id"_s).toString());
    }
    QVERIFY(ids.contains(m_fixture.ids().kolnPostId));
    QVERIFY(ids.contains(m_fixture.ids().deletedPostId)); // deleted items stay in the export
    QCOMPARE(entriesOf(m_out.path()), QStringList{u"posts.jsonl"_s});
}

void TestMainWindowExport::exportsCsvWithByteOrderMark()
{
    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s), int(ui::ExportDialog::Format::Csv));
    choose(dialog->findChild<QComboBox *>(u"exportCollectionCombo"_s), int(Collection::Followers));
    dialog->findChild<QCheckBox *>(u"exportBomCheck"_s)->setChecked(true);
    const QString file = m_out.filePath(u"followers.csv"_s);
    QCOMPARE(runToEnd(dialog, file), u"Exported 5 person(s) to %1."_s.arg(file));
    const QByteArray csv = readAll(file);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,handle,display_name,url,followed_at,unfollowed_at,avatar_url\r\n"));
    QCOMPARE(csv.count("\r\n"), 6);
    QVERIFY(csv.contains("erik@social.example"));  // ended, with its date
    QVERIFY(csv.contains(",Carl Øster,"));
}

void TestMainWindowExport::exportsHtmlFolderForAPeriodAndOpensIt()
{
    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s), int(ui::ExportDialog::Format::HtmlFolder));
    // All collections, November 2024 only (the fixture's posts run from 4 Nov to 13 Dec).
    dialog->findChild<QCheckBox *>(u"exportSinceCheck"_s)->setChecked(true);
    dialog->findChild<QDateEdit *>(u"exportSinceEdit"_s)->setDate(QDate(2024, 11, 1));
    dialog->findChild<QCheckBox *>(u"exportUntilCheck"_s)->setChecked(true);
    dialog->findChild<QDateEdit *>(u"exportUntilEdit"_s)->setDate(QDate(2024, 11, 30));
    const QString folder = m_out.filePath(u"anna-archive"_s);
    dialog->findChild<QLineEdit *>(u"exportDestinationEdit"_s)->setText(folder);
    saveScreenshot(dialog, u"export-dialog.png"_s);
    const QString message = runToEnd(dialog, folder);
    QVERIFY2(message.startsWith(u"Exported "_s) && message.endsWith(u" to %1."_s.arg(folder)), qPrintable(message));
    for (const QString &path : {u"index.html"_s, u"search.html"_s, u"posts/index.html"_s, u"posts/2024-11.html"_s,
                                u"followers/index.html"_s, u"following/index.html"_s, u"media/rhein.png"_s})
        QVERIFY2(QFile::exists(folder + u'/' + path), qPrintable(path));
    QVERIFY(!QFile::exists(folder + u"/posts/2024-12.html"_s));
    const QString november = QString::fromUtf8(readAll(folder + u"/posts/2024-11.html"_s));
    QVERIFY(november.contains(u"Wir sehen uns in Köln am Samstag"_s));
    QCOMPARE(entriesOf(m_out.path()), QStringList{u"anna-archive"_s}); // no temporary folder left

    // "Open Folder" opens the archive folder.
    auto *action = m_fixture.find<QPushButton>(u"messageBarAction"_s);
    QVERIFY(action && action->isVisible());
    QCOMPARE(action->text(), u"Open Folder"_s);
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_COMPARE(m_browser->urls.size(), 1);
    QCOMPARE(m_browser->urls.first(), QUrl::fromLocalFile(folder));
}

void TestMainWindowExport::exportsHtmlZip()
{
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty()) {
        if (qgetenv("CI") == "true")
            QFAIL("unzip is not installed (scripts/install-deps.sh installs it)");
        QSKIP("unzip is not installed");
    }
    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s), int(ui::ExportDialog::Format::HtmlZip));
    choose(dialog->findChild<QComboBox *>(u"exportCollectionCombo"_s), int(Collection::Messages));
    const QString zip = m_out.filePath(u"messages.zip"_s);
    QCOMPARE(runToEnd(dialog, zip), u"Exported 4 item(s) to %1."_s.arg(zip));
    const QStringList entries = zipEntries(zip);
    for (const QString &path : {u"messages/index.html"_s, u"messages/index.html"_s, u"conversations/1.html"_s,
                                u"assets/index-messages.js"_s, u"search.html"_s})
        QVERIFY2(entries.contains(u"messages/"_s + path), qPrintable(entries.join(u' ')));
    QVERIFY(!entries.contains(u"messages/posts/index.html"_s));
    // For a file, "Open Folder" opens the folder holding it.
    QTest::mouseClick(m_fixture.find<QPushButton>(u"messageBarAction"_s), Qt::LeftButton);
    QTRY_COMPARE(m_browser->urls.size(), 1);
    QCOMPARE(m_browser->urls.first(), QUrl::fromLocalFile(m_out.path()));
}

void TestMainWindowExport::cancelMidwayLeavesNothing()
{
    // Enough posts for Ben that the export takes a while.
    Store &store = m_fixture.store();
    const qint64 ben = m_fixture.ids().ben;
    const qint64 run = store.beginRun(ben, true).value();
    Person author;
    author.platformId = u"900"_s;
    author.handle = u"ben@fedi.example"_s;
    author.displayName = u"Ben"_s;
    const QDateTime firstPost(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC);
    for (int page = 0; page < 20; ++page) {
        QList<Item> items;
        for (int i = 0; i < 1000; ++i) {
            const int n = page * 1000 + i;
            Item item;
            item.platformId = QString::number(100000 + n);
            item.kind = ItemKind::Post;
            item.createdAt = firstPost.addSecs(n * 1200);
            item.author = author;
            item.text = u"Post number %1 with some words to render and index for the archive"_s.arg(n);
            item.rawJson = "{}";
            items.append(item);
        }
        QVERIFY(store.storeItemPage(ben, Collection::Posts, run, items, {}, SyncState{}).ok());
    }

    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(u"exportAccountCombo"_s), ben);
    choose(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s), int(ui::ExportDialog::Format::HtmlZip));
    const QString zip = m_out.filePath(u"ben.zip"_s);
    start(dialog, zip);
    auto *bar = dialog->findChild<QProgressBar *>(u"exportProgressBar"_s);
    QTRY_VERIFY(bar->isVisible() && bar->maximum() == 1000 && bar->value() > 0);
    QVERIFY2(bar->value() < 1000, "the export ended before it could be cancelled");
    saveScreenshot(dialog, u"export-progress.png"_s);
    QVERIFY(!dialog->findChild<QComboBox *>(u"exportFormatCombo"_s)->isEnabled()); // the form is locked
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportCancelButton"_s), Qt::LeftButton);

    auto *status = dialog->findChild<QLabel *>(u"exportStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Cancelled."_s), 20000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!bar->isVisible());
    QVERIFY(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s)->isEnabled());
    QVERIFY(!m_fixture.window().messageBar()->isVisible()
            || !m_fixture.window().messageBar()->text().startsWith(u"Exported"_s));
    // Neither the ZIP nor its temporary file is left.
    QCOMPARE(entriesOf(m_out.path()), QStringList());
}

void TestMainWindowExport::folderInUseGivesAClearError()
{
    const QString folder = m_out.filePath(u"busy"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile mine(folder + u"/notes.txt"_s);
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("keep me");
    mine.close();
    ui::ExportDialog *dialog = openExportDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(u"exportFormatCombo"_s), int(ui::ExportDialog::Format::HtmlFolder));
    start(dialog, folder);
    auto *status = dialog->findChild<QLabel *>(u"exportStatusLabel"_s);
    QTRY_VERIFY(status->text().startsWith(u"The export failed:"_s));
    QVERIFY2(status->text().contains(u"is not an empty folder"_s), qPrintable(status->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(entriesOf(folder), QStringList{u"notes.txt"_s});
    QCOMPARE(readAll(folder + u"/notes.txt"_s), QByteArray("keep me"));
    QCOMPARE(entriesOf(m_out.path()), QStringList{u"busy"_s});
}

void TestMainWindowExport::packagesByWords()
{
    m_fixture.find<QAction>(u"packageAction"_s)->trigger();
    ui::PackageDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.window().findChild<ui::PackageDialog *>(u"packageDialog"_s)) && dialog->isVisible());
    auto *accounts = dialog->findChild<QListWidget *>(u"packageAccountList"_s);
    QCOMPARE(accounts->count(), 2);
    QCOMPARE(accounts->item(0)->checkState(), Qt::Checked); // Anna, the selected account
    // "koln" finds Anna's post and Dora's message about Köln, as the search does.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"packageQueryEdit"_s), u"koln"_s);
    const QString zip = m_out.filePath(u"records.zip"_s);
    saveScreenshot(dialog, u"package-dialog.png"_s);
    QCOMPARE(runToEnd(dialog, zip), u"Packaged 2 item(s) into %1."_s.arg(zip));
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        QSKIP("unzip is not installed");
    const QStringList entries = zipEntries(zip);
    for (const QString &name : {u"manifest.json"_s, u"items.json"_s, u"items.csv"_s, u"transcript.pdf"_s})
        QVERIFY2(entries.contains(name), qPrintable(entries.join(u' ')));
    QCOMPARE(entriesOf(m_out.path()), QStringList{u"records.zip"_s});
}

QTEST_MAIN(TestMainWindowExport)
#include "tst_main_window_export.moc"
