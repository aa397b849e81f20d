// "Add account…" against the local Mastodon test server: waiting for the browser (URL shown and
// handed to the system), success with the token in the keychain, cancel, and refusal.
#include "connectors/common/SecretStore.h"
#include "models/store/Store.h"
#include "tests/fakes/mastodon/FakeMastodonServer.h"
#include "ui/AddAccountDialog.h"
#include "ui/KeychainThread.h"

#include "UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdfast;
using holdfast::testing::FakeMastodonServer;
using holdfast::ui::AddAccountDialog;

class TestAddAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rejectsAnUnusableServer();
    void signsInThroughTheBrowser();
    void cancelsWhileWaitingForTheBrowser();
    void showsWhyTheServerRefused();

private:
    void startSignIn(AddAccountDialog &dialog);

    std::unique_ptr<FakeMastodonServer> m_server;
    ui::KeychainThread m_keychain;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<testing::UrlCatcher> m_browser;
};

void TestAddAccount::initTestCase()
{
    FakeMastodonServer::Options options;
    options.statusCount = 20;
    m_server = std::make_unique<FakeMastodonServer>(options);
    QVERIFY(m_server->start());
}

void TestAddAccount::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_browser = std::make_unique<testing::UrlCatcher>();
    m_server->setAuthorizationDenied(false);
}

void TestAddAccount::cleanup()
{
    m_browser.reset();
    m_dataDir.reset();
}

void TestAddAccount::startSignIn(AddAccountDialog &dialog)
{
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    QVERIFY(server);
    QTest::keyClicks(server, m_server->baseUrl().toString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
}

void TestAddAccount::rejectsAnUnusableServer()
{
    AddAccountDialog dialog(m_dataDir->path(), m_keychain);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"serverEdit"_s), u"ftp://nope"_s);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"serverEdit"_s), Qt::Key_Return);
    QCOMPARE(dialog.state(), AddAccountDialog::State::Input);
    QVERIFY(dialog.findChild<QLabel *>(u"inputErrorLabel"_s)->isVisible());
}

void TestAddAccount::signsInThroughTheBrowser()
{
    AddAccountDialog dialog(m_dataDir->path(), m_keychain);
    QSignalSpy added(&dialog, &AddAccountDialog::accountAdded);
    dialog.show();
    startSignIn(dialog);
    QTRY_COMPARE(dialog.state(), AddAccountDialog::State::WaitingForBrowser);
    const auto *urlEdit = dialog.findChild<QLineEdit *>(u"authorizationUrlEdit"_s);
    QVERIFY(urlEdit->isVisible());
    QCOMPARE(QUrl(urlEdit->text()), dialog.authorizationUrl());
    QCOMPARE(m_browser->urls, QList<QUrl>{dialog.authorizationUrl()});
    QVERIFY(dialog.authorizationUrl().toString().startsWith(m_server->baseUrl().toString() + u"/oauth/authorize"_s));

    QVERIFY(testing::playBrowser(dialog.authorizationUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), AddAccountDialog::State::Succeeded, 15'000);
    QCOMPARE(added.size(), 1);
    const qint64 accountId = added.first().at(0).toLongLong();

    auto store = Store::open(m_dataDir->path());
    QVERIFY(store);
    const auto account = (*store)->account(accountId);
    QVERIFY(account);
    QCOMPARE(account->platformUserId, m_server->ownAccountId());
    QVERIFY(dialog.findChild<QLabel *>(u"resultLabel"_s)->text().contains(account->handle));
    QCOMPARE(testing::readSecret(m_keychain, SecretStore::accessTokenKey(*account)), m_server->issuedAccessToken());
}

void TestAddAccount::cancelsWhileWaitingForTheBrowser()
{
    AddAccountDialog dialog(m_dataDir->path(), m_keychain);
    QSignalSpy added(&dialog, &AddAccountDialog::accountAdded);
    dialog.show();
    startSignIn(dialog);
    QTRY_COMPARE(dialog.state(), AddAccountDialog::State::WaitingForBrowser);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelSignInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(dialog.state(), AddAccountDialog::State::Cancelled);
    QVERIFY(dialog.findChild<QPushButton *>(u"retryButton"_s)->isVisible());
    QCOMPARE(added.size(), 0);
    auto store = Store::open(m_dataDir->path());
    QVERIFY((*store)->accounts().isEmpty());

    // Trying again goes back to the form with the server still filled in.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.state(), AddAccountDialog::State::Input);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"serverEdit"_s)->text(), m_server->baseUrl().toString());
}

void TestAddAccount::showsWhyTheServerRefused()
{
    m_server->setAuthorizationDenied(true);
    AddAccountDialog dialog(m_dataDir->path(), m_keychain);
    dialog.show();
    startSignIn(dialog);
    QTRY_COMPARE(dialog.state(), AddAccountDialog::State::WaitingForBrowser);
    testing::playBrowser(dialog.authorizationUrl());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), AddAccountDialog::State::Failed, 15'000);
    const QString reason = dialog.findChild<QLabel *>(u"resultLabel"_s)->text();
    QVERIFY2(reason.contains(u"refused"_s) || reason.contains(u"access_denied"_s), qPrintable(reason));
}

QTEST_MAIN(TestAddAccount)
#include "tst_add_account.moc"
