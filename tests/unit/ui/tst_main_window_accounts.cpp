// The accounts pane of the real main window: accounts with their backup state, collections,
// what selecting them shows, removing an account (confirmed through the seam), and the
// window's remembered geometry.
#include "models/items/AccountsModel.h"
#include "models/store/Store.h"
#include "ui/AccountDelegate.h"
#include "ui/DialogSeams.h"
#include "ui/ElidingLabel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"

#include "MainWindowFixture.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace holdfast;

class TestMainWindowAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.prepare(); }
    void init() { m_fixture.start(); }
    void cleanup() { m_fixture.stop(); }

    void listsAccountsWithBackupState();
    void selectingAnAccountShowsItsTimeline();
    void keyboardMovesThroughCollections();
    void ctrlNumbersJumpBetweenPanes();
    void emptyArchiveInvitesToAddAnAccount();
    void removingAnAccountAsksFirst();
    void remembersGeometryAndSplitter();

private:
    QTreeView *tree() const { return m_fixture.find<QTreeView>(u"accountsTree"_s); }
    QModelIndex accountIndex(qint64 accountId) const;

    testing::MainWindowFixture m_fixture;
};

QModelIndex TestMainWindowAccounts::accountIndex(qint64 accountId) const
{
    auto *model = tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(AccountsModel::AccountIdRole).toLongLong() == accountId)
            return index;
    }
    return {};
}

void TestMainWindowAccounts::listsAccountsWithBackupState()
{
    QVERIFY(tree());
    QCOMPARE(tree()->model()->rowCount(), 2);
    const QModelIndex anna = accountIndex(m_fixture.ids().anna);
    const QModelIndex ben = accountIndex(m_fixture.ids().ben);
    QCOMPARE(anna.data(Qt::DisplayRole).toString(), u"anna@social.example"_s);
    QVERIFY(ui::AccountDelegate::backupLine(anna).startsWith(u"Last backup"_s));
    QVERIFY(ui::AccountDelegate::backupLine(ben).startsWith(u"Last backup failed"_s));
    QCOMPARE(ben.data(AccountsModel::LastErrorRole).toString(), u"The access token is invalid"_s);
    // Seven collections under each account, expanded.
    QCOMPARE(tree()->model()->rowCount(anna), 7);
    QVERIFY(tree()->isExpanded(anna));
}

void TestMainWindowAccounts::selectingAnAccountShowsItsTimeline()
{
    const QModelIndex anna = accountIndex(m_fixture.ids().anna);
    const QRect rect = tree()->visualRect(anna);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    auto *centre = m_fixture.find<QStackedWidget>(u"centreStack"_s);
    QCOMPARE(centre->currentWidget()->objectName(), u"timelineView"_s);
    auto *list = m_fixture.find<QListView>(u"timelineList"_s);
    QTRY_VERIFY(list->model()->rowCount() > 0);
    QVERIFY(m_fixture.find<ui::ElidingLabel>(u"timelineTitle"_s)->fullText().contains(u"anna@social.example"_s));
    QVERIFY(m_fixture.window().findChild<QAction *>(u"backUpNowAction"_s)->isEnabled());
}

void TestMainWindowAccounts::keyboardMovesThroughCollections()
{
    tree()->setFocus();
    tree()->setCurrentIndex(accountIndex(m_fixture.ids().anna));
    auto *centre = m_fixture.find<QStackedWidget>(u"centreStack"_s);
    // Down walks the collections in display order until Conversations.
    const QList<Collection> order = AccountsModel::shownCollections();
    const int conversations = int(order.indexOf(Collection::Messages));
    QVERIFY(conversations >= 0);
    for (int i = 0; i <= conversations; ++i)
        QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(centre->currentWidget()->objectName(), u"conversationsView"_s);
    const int followers = int(order.indexOf(Collection::Followers));
    for (int i = conversations; i < followers; ++i)
        QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(centre->currentWidget()->objectName(), u"contactsView"_s);
}

void TestMainWindowAccounts::ctrlNumbersJumpBetweenPanes()
{
    m_fixture.window().activateWindow();
    QTRY_VERIFY(m_fixture.window().isActiveWindow());
    tree()->setCurrentIndex(accountIndex(m_fixture.ids().anna));
    QTest::keySequence(&m_fixture.window(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QTRY_VERIFY(m_fixture.find<QListView>(u"timelineList"_s)->hasFocus());
    QTest::keySequence(&m_fixture.window(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QTRY_VERIFY(tree()->hasFocus());
}

void TestMainWindowAccounts::emptyArchiveInvitesToAddAnAccount()
{
    m_fixture.start(false);
    auto *bar = m_fixture.window().messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(u"No accounts yet"_s));
    QVERIFY(!m_fixture.window().findChild<QAction *>(u"backUpAllAction"_s)->isEnabled());
}

void TestMainWindowAccounts::removingAnAccountAsksFirst()
{
    tree()->setCurrentIndex(accountIndex(m_fixture.ids().ben));
    auto *remove = m_fixture.window().findChild<QAction *>(u"removeAccountAction"_s);
    QVERIFY(remove->isEnabled());

    const int shown = ui::ModalDialogs::shownCount();
    ui::ModalDialogs::setNextAnswer(false);
    remove->trigger();
    QCOMPARE(ui::ModalDialogs::shownCount(), shown + 1);
    QTest::qWait(50);
    QCOMPARE(tree()->model()->rowCount(), 2);

    ui::ModalDialogs::setNextAnswer(true);
    remove->trigger();
    QTRY_COMPARE(tree()->model()->rowCount(), 1);
    QVERIFY(!m_fixture.store().account(m_fixture.ids().ben));
    QTRY_VERIFY(m_fixture.window().messageBar()->text().contains(u"Removed ben@fedi.example"_s));
}

void TestMainWindowAccounts::remembersGeometryAndSplitter()
{
    auto *splitter = m_fixture.find<QSplitter>(u"mainSplitter"_s);
    m_fixture.window().resize(1000, 700);
    splitter->setSizes({200, 500, 300});
    const QList<int> sizes = splitter->sizes();
    m_fixture.window().close();
    {
        QSettings settings(QSettings::UserScope, u"holdfast"_s, u"holdfast"_s);
        QVERIFY(settings.contains(u"MainWindow/splitter"_s));
        QVERIFY(settings.contains(u"MainWindow/geometry"_s));
        // Only UI state: no token or secret ever lands in the settings file.
        for (const QString &key : settings.allKeys())
            QVERIFY2(key.startsWith(u"MainWindow/"_s), qPrintable(key));
    }
    // A new window over the same settings (not a fresh folder) comes back the same.
    auto window = std::make_unique<ui::MainWindow>(m_fixture.store());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size(), QSize(1000, 700));
    QCOMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

QTEST_MAIN(TestMainWindowAccounts)
#include "tst_main_window_accounts.moc"
