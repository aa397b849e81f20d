// "Add account…" against the local Mastodon test server: waiting for the browser (URL shown and
// handed to the system), success with the token in the keychain, cancel, and refusal; and
// Bluesky with an app password against the real test PDS (HOLDFAST_TEST_PDS_INFO): success
// with every secret in the keychain, and a wrong password that fails clearly.
#include "connectors/common/SecretStore.h"
#include "models/store/Store.h"
#include "tests/fakes/mastodon/FakeMastodonServer.h"
#include "ui/AddAccountDialog.h"
#include "tests/integration/BlueskyPds.h"

#include "UiTestSupport.h"

#include <QComboBox>
#include <QJsonObject>
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
    void blueskyChecksItsFields();
    void signInAgainFillsInTheAccount();
    void blueskySignsInWithAnAppPassword();
    void blueskyWrongPasswordFailsClearly();

private:
    void startSignIn(AddAccountDialog &dialog);

    std::unique_ptr<FakeMastodonServer> m_server;
    std::optional<testing::BlueskyPds> m_pds; ///< the real test PDS, when one runs
    QString m_why;                            ///< why there is none
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<testing::UrlCatcher> m_browser;
};

void TestAddAccount::initTestCase()
{
    FakeMastodonServer::Options options;
    options.statusCount = 20;
    m_server = std::make_unique<FakeMastodonServer>(options);
    QVERIFY(m_server->start());
    m_pds = testing::BlueskyPds::fromEnvironment(&m_why);
    // The test PDS resolves its did:plc identities at its own in-memory PLC directory.
    if (m_pds)
        qputenv("HOLDFAST_PLC_DIRECTORY", m_pds->plc.toString().toUtf8());
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
    AddAccountDialog dialog(m_dataDir->path());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"serverEdit"_s), u"ftp://nope"_s);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"serverEdit"_s), Qt::Key_Return);
    QCOMPARE(dialog.state(), AddAccountDialog::State::Input);
    QVERIFY(dialog.findChild<QLabel *>(u"inputErrorLabel"_s)->isVisible());
}

void TestAddAccount::signsInThroughTheBrowser()
{
    AddAccountDialog dialog(m_dataDir->path());
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
    QCOMPARE(testing::readSecret(SecretStore::accessTokenKey(*account)), m_server->issuedAccessToken());
}

void TestAddAccount::cancelsWhileWaitingForTheBrowser()
{
    AddAccountDialog dialog(m_dataDir->path());
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
    AddAccountDialog dialog(m_dataDir->path());
    dialog.show();
    startSignIn(dialog);
    QTRY_COMPARE(dialog.state(), AddAccountDialog::State::WaitingForBrowser);
    testing::playBrowser(dialog.authorizationUrl());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), AddAccountDialog::State::Failed, 15'000);
    const QString reason = dialog.findChild<QLabel *>(u"resultLabel"_s)->text();
    QVERIFY2(reason.contains(u"refused"_s) || reason.contains(u"access_denied"_s), qPrintable(reason));
}

namespace {

/// Chooses Bluesky and fills the fields (empty strings leave a field empty).
void fillBluesky(AddAccountDialog &dialog, const QString &handle, const QString &appPassword,
                 const QString &service)
{
    auto *platform = dialog.findChild<QComboBox *>(u"platformCombo"_s);
    platform->setCurrentIndex(platform->findData(u"bluesky"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"handleEdit"_s), handle);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"appPasswordEdit"_s), appPassword);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"serviceEdit"_s), service);
}

} // namespace

void TestAddAccount::blueskyChecksItsFields()
{
    AddAccountDialog dialog(m_dataDir->path());
    dialog.show();
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    auto *handle = dialog.findChild<QLineEdit *>(u"handleEdit"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"appPasswordEdit"_s);
    auto *error = dialog.findChild<QLabel *>(u"inputErrorLabel"_s);
    QVERIFY(server->isVisible() && !handle->isVisible());
    fillBluesky(dialog, QString(), u"abcd-efgh-ijkl-mnop"_s, QString());
    QVERIFY(!server->isVisible() && handle->isVisible() && password->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password); // never shown on screen
    QVERIFY(dialog.findChild<QLabel *>(u"signInHint"_s)->text().contains(u"App passwords"_s));

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.state(), AddAccountDialog::State::Input);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"handle"_s), qPrintable(error->text()));

    QTest::keyClicks(handle, u"alice.test"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"serviceEdit"_s), u"ftp://pds.example"_s);
    QTest::keyClick(handle, Qt::Key_Return);
    QCOMPARE(dialog.state(), AddAccountDialog::State::Input);
    QVERIFY2(error->text().contains(u"service address"_s), qPrintable(error->text()));

    password->clear();
    dialog.findChild<QLineEdit *>(u"serviceEdit"_s)->clear();
    QTest::keyClick(handle, Qt::Key_Return);
    QVERIFY2(error->text().contains(u"app password"_s), qPrintable(error->text()));
    auto store = Store::open(m_dataDir->path());
    QVERIFY((*store)->accounts().isEmpty());
}

void TestAddAccount::signInAgainFillsInTheAccount()
{
    Account bluesky;
    bluesky.platform = u"bluesky"_s;
    bluesky.server = u"https://pds.example"_s;
    bluesky.handle = u"alice.example"_s;
    AddAccountDialog dialog(m_dataDir->path());
    dialog.prefillFor(bluesky);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>(u"platformCombo"_s)->currentData().toString(), u"bluesky"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"handleEdit"_s)->text(), u"alice.example"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"serviceEdit"_s)->text(), u"https://pds.example"_s);
    QVERIFY(dialog.findChild<QLineEdit *>(u"appPasswordEdit"_s)->isVisible());

    Account mastodon;
    mastodon.platform = u"mastodon"_s;
    mastodon.server = m_server->baseUrl().toString();
    AddAccountDialog again(m_dataDir->path());
    again.prefillFor(mastodon);
    again.show();
    QCOMPARE(again.findChild<QComboBox *>(u"platformCombo"_s)->currentData().toString(), u"mastodon"_s);
    QCOMPARE(again.findChild<QLineEdit *>(u"serverEdit"_s)->text(), m_server->baseUrl().toString());
    QVERIFY(!again.findChild<QLineEdit *>(u"handleEdit"_s)->isVisible());
}

void TestAddAccount::blueskySignsInWithAnAppPassword()
{
    REQUIRE_BLUESKY_PDS(m_pds);
    const testing::BlueskyPds::Account alice = m_pds->accounts.value(u"alice"_s);
    AddAccountDialog dialog(m_dataDir->path());
    QSignalSpy added(&dialog, &AddAccountDialog::accountAdded);
    QSignalSpy states(&dialog, &AddAccountDialog::stateChanged);
    dialog.show();
    fillBluesky(dialog, u"@"_s + alice.handle, alice.appPassword, m_pds->pds.toString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    // Working, off the GUI thread: the dialog says so at once and stays responsive.
    QCOMPARE(dialog.state(), AddAccountDialog::State::Contacting);
    QVERIFY(dialog.findChild<QLabel *>(u"waitingLabel"_s)->text().contains(alice.handle));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), AddAccountDialog::State::Succeeded, 30'000);
    QCOMPARE(added.size(), 1);
    QVERIFY(dialog.findChild<QLabel *>(u"resultLabel"_s)->text().contains(alice.handle));
    QVERIFY(dialog.findChild<QLineEdit *>(u"appPasswordEdit"_s)->text().isEmpty());

    auto store = Store::open(m_dataDir->path());
    QVERIFY(store);
    const auto account = (*store)->account(added.first().at(0).toLongLong());
    QVERIFY(account);
    QCOMPARE(account->platform, u"bluesky"_s);
    QCOMPARE(account->platformUserId, alice.did);
    QCOMPARE(account->handle, alice.handle);
    // Every secret in the keychain, and a session the PDS accepts.
    const QString accessJwt = testing::readSecret(SecretStore::accessTokenKey(*account));
    QVERIFY2(!accessJwt.startsWith(u"<error"_s), qPrintable(accessJwt));
    QVERIFY(!testing::readSecret(SecretStore::refreshTokenKey(*account)).startsWith(u"<error"_s));
    QCOMPARE(testing::readSecret(SecretStore::appPasswordKey(*account)), alice.appPassword);
    int status = 0;
    const QJsonObject session = m_pds->get(u"com.atproto.server.getSession"_s, {}, accessJwt, &status);
    QCOMPARE(status, 200);
    QCOMPARE(session.value(u"did"_s).toString(), alice.did);
}

void TestAddAccount::blueskyWrongPasswordFailsClearly()
{
    REQUIRE_BLUESKY_PDS(m_pds);
    const testing::BlueskyPds::Account bob = m_pds->accounts.value(u"bob"_s);
    AddAccountDialog dialog(m_dataDir->path());
    QSignalSpy added(&dialog, &AddAccountDialog::accountAdded);
    dialog.show();
    fillBluesky(dialog, bob.handle, u"wron-gpas-swor-d000"_s, m_pds->pds.toString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), AddAccountDialog::State::Failed, 30'000);
    const QString reason = dialog.findChild<QLabel *>(u"resultLabel"_s)->text();
    QVERIFY2(reason.contains(u"did not accept the handle and app password"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"Check the handle and the app password"_s), qPrintable(reason));
    QCOMPARE(added.size(), 0);
    auto store = Store::open(m_dataDir->path());
    QVERIFY((*store)->accounts().isEmpty());

    // "Try again" keeps the handle and selects the password for retyping.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.state(), AddAccountDialog::State::Input);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"handleEdit"_s)->text(), bob.handle);
}

QTEST_MAIN(TestAddAccount)
#include "tst_add_account.moc"
