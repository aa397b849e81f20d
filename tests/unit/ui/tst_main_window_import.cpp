// "Import archive…" from the real main window: a generated X archive chosen through the file
// seam goes to a new offline account that appears in the tree with a summary and its details;
// the same archive again from its unpacked folder into the chosen account adds nothing; a
// cancelled import and a broken archive say so and leave the store as it was.
#include "ArchiveFixtures.h"
#include "MainWindowFixture.h"

#include "models/items/AccountsModel.h"
#include "models/store/Store.h"
#include "ui/DialogSeams.h"
#include "ui/ImportDialog.h"
#include "ui/ImportPanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace holdfast;

namespace {

/// What must not change when an import fails: accounts, every collection's size, runs, media.
struct StoreSnapshot
{
    QStringList accounts;
    QList<int> itemCounts;
    QList<qsizetype> runCounts;
    int mediaFiles = 0;

    static StoreSnapshot of(Store &store)
    {
        StoreSnapshot s;
        for (const Account &account : store.accounts()) {
            s.accounts.append(account.handle);
            s.itemCounts.append(store.itemCount(account.id));
            s.runCounts.append(store.runs(account.id).size());
        }
        QDirIterator it(QDir(store.dataDirectory()).filePath(u"media"_s), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++s.mediaFiles;
        }
        return s;
    }
    bool operator==(const StoreSnapshot &) const = default;
};

} // namespace

class TestMainWindowImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.prepare(); }
    void init() { m_fixture.start(); }
    void cleanup() { m_fixture.stop(); }

    void importsAnArchiveIntoANewAccount();
    void cancelledImportSaysSo();
    void brokenArchiveChangesNothing();

private:
    QString archive(const QList<fixtures::Entry> &entries, fixtures::Container container)
    {
        const QString suffix = container == fixtures::Container::Zip ? u".zip"_s
                               : container == fixtures::Container::TarGz ? u".tar.gz"_s : QString();
        const QString path = m_files.filePath(u"export-%1%2"_s.arg(++m_archives).arg(suffix));
        if (!fixtures::write(path, entries, container))
            qFatal("cannot write a fixture archive");
        return path;
    }
    /// Opens "Import archive…" (Ctrl+I), picks `path` through the file seam, and the account.
    ui::ImportDialog *openDialog(const QString &path, bool folder);
    /// Waits until the import panel has finished; returns its finished() arguments.
    QList<QVariant> waitForImport(QSignalSpy &finished);

    testing::MainWindowFixture m_fixture;
    QTemporaryDir m_files;
    int m_archives = 0;
};

ui::ImportDialog *TestMainWindowImport::openDialog(const QString &path, bool folder)
{
    // Shortcuts go to the active window; a dialog closed before may have held that role.
    // (The offscreen platform does not move activation back by itself.)
    QApplication::setActiveWindow(&m_fixture.window());
    QTest::keyClick(&m_fixture.window(), Qt::Key_I, Qt::ControlModifier);
    // An earlier dialog may still wait for its deferred deletion: take the open one.
    ui::ImportDialog *dialog = nullptr;
    for (auto *candidate : m_fixture.window().findChildren<ui::ImportDialog *>(u"importDialog"_s))
        if (candidate->isVisible())
            dialog = candidate;
    if (!dialog) {
        qWarning() << "no open import dialog; action enabled:"
                   << m_fixture.find<QAction>(u"importArchiveAction"_s)->isEnabled()
                   << "dialogs:" << m_fixture.window().findChildren<ui::ImportDialog *>().size()
                   << "active:" << QApplication::activeWindow() << "modal:" << QApplication::activeModalWidget();
        return nullptr;
    }
    ui::FileDialogs::setNextPath(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(folder ? u"importChooseFolderButton"_s
                                                               : u"importChooseFileButton"_s),
                      Qt::LeftButton);
    return dialog;
}

QList<QVariant> TestMainWindowImport::waitForImport(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(60'000))
        return {};
    return finished.takeFirst();
}

void TestMainWindowImport::importsAnArchiveIntoANewAccount()
{
    const QString zip = archive(fixtures::xArchive(fixtures::XVariant::Current), fixtures::Container::Zip);
    auto *tree = m_fixture.find<QTreeView>(u"accountsTree"_s);
    const int accountsBefore = tree->model()->rowCount();

    auto *dialog = openDialog(zip, false);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"importPathField"_s)->text(), zip);
    QCOMPARE(dialog->findChild<QComboBox *>(u"importAccountBox"_s)->currentData().toLongLong(), 0);
    auto *panel = m_fixture.find<ui::ImportPanel>(u"importPanel"_s);
    QSignalSpy finished(panel, &ui::ImportPanel::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importStartButton"_s), Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QVERIFY(m_fixture.find<QAction>(u"importArchiveAction"_s)->isEnabled() == !panel->isRunning());

    const QList<QVariant> outcome = waitForImport(finished);
    QVERIFY(!outcome.isEmpty());
    QCOMPARE(outcome.at(1).toString(), QString());
    const auto summary = outcome.at(0).value<importers::ImportSummary>();
    QVERIFY(summary.accountCreated);

    // The new offline account is in the tree, selected, with its posts.
    QCOMPARE(tree->model()->rowCount(), accountsBefore + 1);
    const QModelIndex current = tree->currentIndex();
    QCOMPARE(current.data(AccountsModel::AccountIdRole).toLongLong(), summary.accountId);
    QCOMPARE(current.data(AccountsModel::HandleRole).toString(), u"zoe_x"_s);
    QCOMPARE(m_fixture.store().itemCount(summary.accountId, Collection::Posts), 5);
    QVERIFY(m_fixture.find<QAction>(u"importArchiveAction"_s)->isEnabled());

    // The panel and the message bar say what happened; "Details…" lists every count and note.
    auto *status = m_fixture.find<QLabel>(u"importStatus"_s);
    QVERIFY2(status->text().contains(u"zoe_x"_s), qPrintable(status->text()));
    auto *bar = m_fixture.window().messageBar();
    QVERIFY2(bar->text().startsWith(u"Imported export-1.zip into zoe_x: "_s), qPrintable(bar->text()));
    QVERIFY(bar->type() != ui::MessageBar::Type::Error);
    auto *details = m_fixture.find<QPushButton>(u"messageBarAction"_s);
    QVERIFY(details && details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    auto *detailsDialog = m_fixture.find<ui::ImportDetailsDialog>(u"importDetailsDialog"_s);
    QVERIFY(detailsDialog);
    QTRY_VERIFY(detailsDialog->isVisible());
    QVERIFY2(detailsDialog->text().contains(u"posts: 5 read, 5 new, 0 skipped"_s), qPrintable(detailsDialog->text()));
    QVERIFY(detailsDialog->text().contains(u"(new offline account)"_s));
    detailsDialog->close();

    // The same archive unpacked, into the account chosen by hand: nothing new, no new account.
    const QString folder = archive(fixtures::xArchive(fixtures::XVariant::Current), fixtures::Container::Folder);
    dialog = openDialog(folder, true);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"importPathField"_s)->text(), folder);
    auto *accountBox = dialog->findChild<QComboBox *>(u"importAccountBox"_s);
    accountBox->setCurrentIndex(accountBox->findData(summary.accountId));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importStartButton"_s), Qt::LeftButton);
    const QList<QVariant> again = waitForImport(finished);
    QVERIFY(!again.isEmpty());
    QCOMPARE(again.at(1).toString(), QString());
    const auto second = again.at(0).value<importers::ImportSummary>();
    QCOMPARE(second.accountId, summary.accountId);
    QVERIFY(!second.accountCreated);
    QCOMPARE(tree->model()->rowCount(), accountsBefore + 1);
    QVERIFY2(bar->text().contains(u": 0 new entries"_s), qPrintable(bar->text()));
    QCOMPARE(m_fixture.store().itemCount(summary.accountId, Collection::Posts), 5);
}

void TestMainWindowImport::cancelledImportSaysSo()
{
    const StoreSnapshot before = StoreSnapshot::of(m_fixture.store());
    const QString zip = archive(fixtures::largeXArchive(20'000), fixtures::Container::Zip);
    auto *dialog = openDialog(zip, false);
    QVERIFY(dialog);
    auto *panel = m_fixture.find<ui::ImportPanel>(u"importPanel"_s);
    QSignalSpy finished(panel, &ui::ImportPanel::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importStartButton"_s), Qt::LeftButton);
    auto *cancel = m_fixture.find<QPushButton>(u"importCancelButton"_s);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!m_fixture.find<QAction>(u"importArchiveAction"_s)->isEnabled()); // one import at a time
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(m_fixture.find<QLabel>(u"importStatus"_s)->text(), u"Cancelling…"_s);

    const QList<QVariant> outcome = waitForImport(finished);
    QVERIFY(!outcome.isEmpty());
    QVERIFY(outcome.at(2).toBool());
    QVERIFY(!outcome.at(1).toString().isEmpty());
    auto *bar = m_fixture.window().messageBar();
    QCOMPARE(bar->type(), ui::MessageBar::Type::Warning);
    QVERIFY2(bar->text().startsWith(u"The import was cancelled."_s), qPrintable(bar->text()));
    QCOMPARE(m_fixture.find<QLabel>(u"importStatus"_s)->text(), u"Import cancelled"_s);
    // Cancelled at once, while the archive was still being checked: nothing was written,
    // not even the offline account. (Had it reached the store, its run would say cancelled.)
    const StoreSnapshot after = StoreSnapshot::of(m_fixture.store());
    if (after.accounts.size() > before.accounts.size()) {
        const Account big = *m_fixture.store().findAccount(u"big_x"_s);
        QCOMPARE(m_fixture.store().runs(big.id).first().outcome, u"cancelled"_s);
    } else {
        QCOMPARE(after, before);
    }
    QVERIFY(m_fixture.find<QAction>(u"importArchiveAction"_s)->isEnabled());
}

void TestMainWindowImport::brokenArchiveChangesNothing()
{
    const StoreSnapshot before = StoreSnapshot::of(m_fixture.store());
    QList<fixtures::Entry> entries = fixtures::xArchive(fixtures::XVariant::Current);
    // Incompressible media so that the cut lands inside the data.
    QByteArray noise(200'000, Qt::Uninitialized);
    quint32 x = 7;
    for (char &c : noise) {
        x = x * 1103515245 + 12345;
        c = char(x >> 24);
    }
    entries.append({u"data/tweets_media/9998-noise.jpg"_s, noise});
    const QString zip = archive(entries, fixtures::Container::Zip);
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() * 6 / 10));
    file.close();

    auto *dialog = openDialog(zip, false);
    QVERIFY(dialog);
    auto *panel = m_fixture.find<ui::ImportPanel>(u"importPanel"_s);
    QSignalSpy finished(panel, &ui::ImportPanel::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importStartButton"_s), Qt::LeftButton);
    const QList<QVariant> outcome = waitForImport(finished);
    QVERIFY(!outcome.isEmpty());
    QVERIFY(!outcome.at(2).toBool());

    auto *bar = m_fixture.window().messageBar();
    QCOMPARE(bar->type(), ui::MessageBar::Type::Error);
    QVERIFY2(bar->text().startsWith(u"The import failed: "_s), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QFileInfo(zip).fileName()), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(u"truncated"_s), qPrintable(bar->text()));
    QCOMPARE(m_fixture.find<QLabel>(u"importStatus"_s)->text(), u"Import failed"_s);
    QCOMPARE(StoreSnapshot::of(m_fixture.store()), before);

    // A path that does not exist is refused in the dialog, before anything starts.
    dialog = openDialog(m_files.filePath(u"missing.zip"_s), false);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importStartButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(u"importDialogError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().endsWith(u"missing.zip does not exist."_s), qPrintable(error->text()));
    QVERIFY(!panel->isRunning());
    dialog->reject();
}

QTEST_MAIN(TestMainWindowImport)
#include "tst_main_window_import.moc"
