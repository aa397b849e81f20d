// Signing in and backing up from the real main window against the local Mastodon test server:
// "Add account…", "Back up now" with live progress and a summary, new items appearing in the
// open timeline without losing the selection, and cancelling a backup that waits for a rate
// limit.
#include "models/items/TimelineModel.h"
#include "models/store/Store.h"
#include "tests/fakes/mastodon/FakeMastodonServer.h"
#include "ui/AddAccountDialog.h"
#include "ui/BackupController.h"
#include "ui/BackupProgressPanel.h"
#include "ui/ItemDetailView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SafeTextBrowser.h"
#include "ui/TimelineView.h"

#include "MainWindowFixture.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace holdfast;
using holdfast::testing::FakeMastodonServer;

class TestMainWindowBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsInAndBacksUpWithLiveProgress();
    void detailPaneRedrawsEditsAndDeletions();
    void cancelsABackupWaitingForTheRateLimit();
    void backsUpTwoAccountsAtOnce();
    void refusedTokenAsksToSignInAgain();
    void missingTokenAsksToSignInAgain();

private:
    qint64 signInThroughTheWindow(FakeMastodonServer *server = nullptr);
    QLabel *status(qint64 accountId) const
    {
        return m_fixture.find<QLabel>(u"backupStatus_"_s + QString::number(accountId));
    }

    testing::MainWindowFixture m_fixture;
    std::unique_ptr<FakeMastodonServer> m_server;
    std::unique_ptr<testing::UrlCatcher> m_browser;
};

void TestMainWindowBackup::initTestCase()
{
    m_fixture.prepare();
    FakeMastodonServer::Options options;
    options.statusCount = 80;
    options.favouriteCount = 10;
    options.bookmarkCount = 5;
    options.mentionCount = 10;
    options.conversationCount = 3;
    options.followerCount = 20;
    options.followingCount = 10;
    m_server = std::make_unique<FakeMastodonServer>(options);
    QVERIFY(m_server->start());
}

void TestMainWindowBackup::init()
{
    m_server->setRateLimit(0, 2000);
    m_fixture.start(false);
    m_browser = std::make_unique<testing::UrlCatcher>();
}

void TestMainWindowBackup::cleanup()
{
    m_fixture.stop();
    m_browser.reset();
}

qint64 TestMainWindowBackup::signInThroughTheWindow(FakeMastodonServer *server)
{
    if (!server)
        server = m_server.get();
    m_browser->urls.clear();
    auto *add = m_fixture.find<QToolButton>(u"addAccountButton"_s);
    if (!add)
        return 0;
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = m_fixture.find<ui::AddAccountDialog>(u"addAccountDialog"_s);
    if (!dialog)
        return 0;
    QSignalSpy added(dialog, &ui::AddAccountDialog::accountAdded);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverEdit"_s), server->baseUrl().toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    // The window handed the authorization URL to the system browser; play it.
    for (int waited = 0; m_browser->urls.isEmpty() && waited < 10'000; waited += 20)
        QTest::qWait(20);
    if (m_browser->urls.isEmpty() || !testing::playBrowser(m_browser->urls.first()))
        return 0;
    if (!added.wait(10'000) && added.isEmpty())
        return 0;
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeResultButton"_s), Qt::LeftButton);
    QTest::qWait(0); // the closed dialog deletes itself
    return added.first().at(0).toLongLong();
}

void TestMainWindowBackup::signsInAndBacksUpWithLiveProgress()
{
    const qint64 accountId = signInThroughTheWindow();
    QVERIFY(accountId != 0);
    auto *tree = m_fixture.find<QTreeView>(u"accountsTree"_s);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    auto *bar = m_fixture.window().messageBar();
    QVERIFY(bar->text().contains(u"Added"_s));

    // "Back up now" from the message bar's action; the new account's timeline is open.
    auto *action = m_fixture.find<QPushButton>(u"messageBarAction"_s);
    QVERIFY(action && action->isVisible());
    QSignalSpy finished(&m_fixture.window().backups(), &ui::BackupController::finished);
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(status(accountId) != nullptr);
    QVERIFY(m_fixture.find<ui::BackupProgressPanel>(u"backupProgressPanel"_s)->isVisible());
    QVERIFY(finished.wait(60'000));
    const auto run = finished.first().at(0).value<BackupRun>();
    QCOMPARE(run.outcome, u"succeeded"_s);
    QVERIFY2(status(accountId)->text().startsWith(u"Finished:"_s), qPrintable(status(accountId)->text()));
    QVERIFY(status(accountId)->text().contains(u"new item"_s));

    auto *list = m_fixture.find<QListView>(u"timelineList"_s);
    QTRY_VERIFY(list->model()->rowCount() > 0);

    // Select an item further down and scroll to it, then let a second backup bring three new
    // posts: they appear on top, the selection stays, and so do the rows in view.
    const QModelIndex picked = list->model()->index(20, 0);
    list->setCurrentIndex(picked);
    list->scrollTo(picked, QAbstractItemView::PositionAtTop);
    const QString pickedId = picked.data(TimelineModel::PlatformIdRole).toString();
    const QString topId = list->indexAt(QPoint(1, 1)).data(TimelineModel::PlatformIdRole).toString();
    QCOMPARE(topId, pickedId);
    const int rowsBefore = list->model()->rowCount();
    QSignalSpy resets(list->model(), &QAbstractItemModel::modelReset);
    for (int i = 0; i < 3; ++i)
        m_server->addStatus(u"Neu nach dem Backup %1"_s.arg(i));
    finished.clear();
    QTest::mouseClick(m_fixture.find<QToolButton>(u"backUpNowButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    QTRY_COMPARE(list->model()->rowCount(), rowsBefore + 3);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(list->currentIndex().data(TimelineModel::PlatformIdRole).toString(), pickedId);
    QCOMPARE(list->indexAt(QPoint(1, 1)).data(TimelineModel::PlatformIdRole).toString(), topId);
    QVERIFY(list->model()->index(0, 0).data(TimelineModel::TextRole).toString().startsWith(u"Neu nach dem Backup"_s));
}

void TestMainWindowBackup::detailPaneRedrawsEditsAndDeletions()
{
    const qint64 accountId = signInThroughTheWindow();
    QVERIFY(accountId != 0);
    auto &backups = m_fixture.window().backups();
    QSignalSpy finished(&backups, &ui::BackupController::finished);
    QVERIFY(backups.start(accountId));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().at(0).value<BackupRun>().outcome, u"succeeded"_s);

    // An own post (not a boost) open in the reading pane.
    QString postId;
    for (const QJsonValue &value : m_server->ownStatuses()) {
        const QJsonObject status = value.toObject();
        if (status.value(u"reblog"_s).isNull() && status.value(u"visibility"_s) == u"public"_s
            && status.value(u"in_reply_to_id"_s).isNull()) {
            postId = status.value(u"id"_s).toString();
            break;
        }
    }
    QVERIFY(!postId.isEmpty());
    auto *timeline = m_fixture.find<ui::TimelineView>(u"timelineView"_s);
    QVERIFY(timeline);
    QTRY_VERIFY(timeline->selectItem(postId));
    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    QTRY_COMPARE(detail->focusedPlatformId(), postId);
    const auto detailText = [&] { return detail->browser()->document()->toPlainText(); };
    QVERIFY(!detailText().contains(u"Edit history"_s));

    // A full backup (the kind that notices edits) while the post is open: the pane redraws.
    backups.setOptions(BackupOptions{true, false});
    QVERIFY(m_server->editStatus(postId, u"Korrigierte Fassung: jetzt mit Umlauten äöü"_s));
    finished.clear();
    QVERIFY(backups.start(accountId));
    QVERIFY(finished.wait(60'000));
    QTRY_VERIFY2(detailText().contains(u"Korrigierte Fassung: jetzt mit Umlauten äöü"_s), qPrintable(detailText()));
    QVERIFY2(detailText().contains(u"Edit history"_s), qPrintable(detailText()));
    QCOMPARE(detail->focusedPlatformId(), postId);
    auto *banner = m_fixture.find<ui::MessageBar>(u"deletedBanner"_s);
    QVERIFY(!banner->isVisible());

    // Deleted on the platform: the next full run marks it, and the banner appears.
    QVERIFY(m_server->deleteStatus(postId));
    finished.clear();
    QVERIFY(backups.start(accountId));
    QVERIFY(finished.wait(60'000));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"Deleted on the platform"_s));
    QVERIFY(detailText().contains(u"Korrigierte Fassung"_s)); // the archived copy stays readable
}

void TestMainWindowBackup::cancelsABackupWaitingForTheRateLimit()
{
    const qint64 accountId = signInThroughTheWindow();
    QVERIFY(accountId != 0);
    // Three requests per minute: the backup soon waits for the rate limit.
    m_server->setRateLimit(3, 60'000);
    QSignalSpy finished(&m_fixture.window().backups(), &ui::BackupController::finished);
    m_fixture.window().activateWindow();
    QTRY_VERIFY(m_fixture.window().isActiveWindow());
    QTest::keySequence(&m_fixture.window(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QTRY_VERIFY(status(accountId) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(status(accountId)->text().startsWith(u"Waiting for the rate limit until"_s), 15'000);

    auto *cancel = m_fixture.find<QPushButton>(u"backupCancel_"_s + QString::number(accountId));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).value<BackupRun>().outcome, u"cancelled"_s);
    QVERIFY2(status(accountId)->text().startsWith(u"Cancelled"_s), qPrintable(status(accountId)->text()));
    QVERIFY(!cancel->isVisible());
    // Cancelling is not an error: no red bar.
    QVERIFY(!m_fixture.window().messageBar()->isVisible()
            || m_fixture.window().messageBar()->type() != ui::MessageBar::Type::Error);
}

void TestMainWindowBackup::backsUpTwoAccountsAtOnce()
{
    FakeMastodonServer::Options options;
    options.seed = 7;
    options.statusCount = 60;
    options.favouriteCount = 10;
    options.bookmarkCount = 5;
    options.mentionCount = 10;
    options.conversationCount = 3;
    options.followerCount = 10;
    options.followingCount = 10;
    FakeMastodonServer second(options);
    QVERIFY(second.start());
    const qint64 first = signInThroughTheWindow();
    const qint64 other = signInThroughTheWindow(&second);
    QVERIFY(first != 0 && other != 0 && first != other);

    auto &backups = m_fixture.window().backups();
    QSignalSpy finished(&backups, &ui::BackupController::finished);
    m_fixture.window().findChild<QAction *>(u"backUpAllAction"_s)->trigger();
    QCOMPARE(backups.runningAccounts().size(), 2);
    QVERIFY(status(first) && status(other));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
    for (const QList<QVariant> &arguments : std::as_const(finished))
        QCOMPARE(arguments.at(0).value<BackupRun>().outcome, u"succeeded"_s);
    QVERIFY(status(first)->text().startsWith(u"Finished:"_s));
    QVERIFY(status(other)->text().startsWith(u"Finished:"_s));
    QVERIFY(m_fixture.store().itemCount(first) > 0);
    QVERIFY(m_fixture.store().itemCount(other) > 0);
}

void TestMainWindowBackup::refusedTokenAsksToSignInAgain()
{
    const qint64 accountId = signInThroughTheWindow();
    QVERIFY(accountId != 0);
    m_server->revokeAllTokens();
    QSignalSpy finished(&m_fixture.window().backups(), &ui::BackupController::finished);
    m_fixture.window().findChild<QAction *>(u"backUpAllAction"_s)->trigger();
    QVERIFY(finished.wait(15'000));
    const auto run = finished.first().at(0).value<BackupRun>();
    QCOMPARE(run.outcome, u"failed"_s);
    // The engine's error code decides, not the wording of the message.
    QCOMPARE(run.errorCode, std::optional<Error::Code>(Error::Code::Auth));
    QCOMPARE(m_fixture.store().runs(accountId, 1).first().errorCode, std::optional<Error::Code>(Error::Code::Auth));
    BackupRun worded = run;
    worded.errorCode = Error::Code::Http;
    QVERIFY(!ui::BackupController::needsSignIn(worded));

    auto *bar = m_fixture.window().messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), ui::MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(u"Sign in to this account again"_s), qPrintable(bar->text()));
    auto *action = m_fixture.find<QPushButton>(u"messageBarAction"_s);
    QCOMPARE(action->text(), u"Sign In Again…"_s);
    // The action opens "Add account…" for the same server.
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(m_fixture.find<ui::AddAccountDialog>(u"addAccountDialog"_s));
    QCOMPARE(m_fixture.find<ui::AddAccountDialog>(u"addAccountDialog"_s)->findChild<QLineEdit *>(u"serverEdit"_s)->text(),
             m_server->baseUrl().toString());
    QVERIFY(!bar->isVisible());
}

void TestMainWindowBackup::missingTokenAsksToSignInAgain()
{
    // The fixture's accounts were never signed in on this keychain.
    m_fixture.start(true);
    QSignalSpy finished(&m_fixture.window().backups(), &ui::BackupController::finished);
    auto *tree = m_fixture.find<QTreeView>(u"accountsTree"_s);
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::mouseClick(m_fixture.find<QToolButton>(u"backUpNowButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    const auto run = finished.first().at(0).value<BackupRun>();
    QCOMPARE(run.outcome, u"failed"_s);
    QVERIFY(m_fixture.window().backups().needsSignIn(run));
    QVERIFY(m_fixture.window().messageBar()->text().contains(u"no access token"_s));
    QCOMPARE(m_fixture.find<QPushButton>(u"messageBarAction"_s)->text(), u"Sign In Again…"_s);
}

QTEST_MAIN(TestMainWindowBackup)
#include "tst_main_window_backup.moc"
