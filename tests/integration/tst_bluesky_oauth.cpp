// atproto OAuth end to end against the real PDS (tests/servers/bluesky-pds): the real holdfast
// binary signs in with `accounts add bluesky --oauth`, while oauth-browser.mjs plays the person
// in headless Chromium on the PDS's own authorize page (password, then approve or deny). Then a
// backup runs on the DPoP-bound tokens, which are refreshed (single use) and kept in the real
// keychain only. Real SQLite files, real Secret Service.
#include "BlueskyPds.h"
#include "HoldfastProcess.h"

#include "connectors/bluesky/AtprotoOAuth.h"
#include "connectors/bluesky/BlueskySource.h"
#include "connectors/common/Dpop.h"
#include "connectors/common/HttpClient.h"
#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "models/store/Store.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;
using holdfast::testing::BlueskyPds;
using holdfast::testing::HoldfastProcess;

namespace {
QString describe(const HoldfastProcess::Outcome &o, const QByteArray &browser = {})
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3\nbrowser: %4")
        .arg(o.exitCode)
        .arg(QString::fromUtf8(o.out.right(2000)), QString::fromUtf8(o.err.right(3000)),
             QString::fromUtf8(browser.right(3000)));
}

void waitFor(QProcess &process, int ms)
{
    QDeadlineTimer deadline(ms);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
}
} // namespace

class TestBlueskyOAuth : public QObject
{
    Q_OBJECT
private:
    std::optional<BlueskyPds> m_pds;
    QString m_why;
    QString m_node;
    QString m_chromium;
    QTemporaryDir m_dataDir;
    BlueskyPds::Account m_bob;

    HoldfastProcess holdfast() const { return HoldfastProcess(m_dataDir.path()); }

    Account account() const
    {
        auto store = Store::open(m_dataDir.path());
        return store ? store.value()->findAccount(m_bob.handle).value_or(Account{}) : Account{};
    }

    /// `holdfast accounts add bluesky --oauth --no-browser`, with the browser driven by
    /// oauth-browser.mjs on the printed URL; `decision` is "approve" or "deny".
    HoldfastProcess::Outcome signInInBrowser(const QString &dataDir, const BlueskyPds::Account &who,
                                             const QString &decision, QByteArray *browserLog)
    {
        QProcess process;
        HoldfastProcess(dataDir).start(process, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
                                                 QStringLiteral("--handle"), who.handle,
                                                 QStringLiteral("--service"), m_pds->pds.toString(),
                                                 QStringLiteral("--plc-directory"), m_pds->plc.toString(),
                                                 QStringLiteral("--oauth"), QStringLiteral("--no-browser")});
        const QRegularExpression line(QStringLiteral("^Open this URL in your browser to authorize Holdfast: (\\S+)$"),
                                      QRegularExpression::MultilineOption);
        QByteArray out;
        QString authorizeUrl;
        QDeadlineTimer deadline(60'000);
        while (authorizeUrl.isEmpty() && process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(20);
            out += process.readAllStandardOutput();
            if (const auto match = line.match(QString::fromUtf8(out)); match.hasMatch())
                authorizeUrl = match.captured(1);
        }
        if (!authorizeUrl.isEmpty()) {
            QProcess browser;
            browser.setProcessChannelMode(QProcess::MergedChannels);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("CHROMIUM"), m_chromium);
            browser.setProcessEnvironment(environment);
            browser.start(m_node, {QStringLiteral(HOLDFAST_OAUTH_BROWSER_SCRIPT), authorizeUrl, who.password, decision});
            waitFor(browser, 150'000);
            *browserLog = browser.readAll();
        }
        waitFor(process, 60'000);
        return {process.exitCode(), process.exitStatus() == QProcess::CrashExit,
                out + process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HoldfastProcess::binary().isEmpty(), "HOLDFAST_BINARY must point at the holdfast executable");
        QVERIFY(m_dataDir.isValid());
        m_pds = BlueskyPds::fromEnvironment(&m_why);
        if (m_pds)
            m_bob = m_pds->accounts.value(QStringLiteral("bob"));
        // The authorize page needs a real browser: headless Chromium, driven from Node.
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        m_chromium = qEnvironmentVariable("CHROMIUM");
        if (m_chromium.isEmpty())
            m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (m_pds && (m_node.isEmpty() || m_chromium.isEmpty())) {
            m_why = QStringLiteral("node and chromium are needed to drive the authorize page");
            m_pds.reset();
        }
    }

    void signInWithOAuthInTheBrowser()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        QByteArray browser;
        const auto outcome = signInInBrowser(m_dataDir.path(), m_bob, QStringLiteral("approve"), &browser);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome, browser)));
        QVERIFY2(outcome.out.contains("OAuth"), qPrintable(describe(outcome, browser)));
        // The authorization URL carries the loopback client and a pushed request, nothing else.
        const QUrl authorize(QString::fromUtf8(outcome.out).section(QStringLiteral(": "), 1).section(u'\n', 0, 0));
        QVERIFY(authorize.query().contains(QLatin1String("request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri")));
        QVERIFY(!authorize.query().contains(QLatin1String("code_challenge")));

        const Account stored = account();
        QCOMPARE(stored.platformUserId, m_bob.did);
        QCOMPARE(QUrl(stored.server).port(), m_pds->pds.port());
        SecretStore secrets;
        auto sessionJson = secrets.read(SecretStore::oauthSessionKey(stored));
        QVERIFY2(sessionJson, qPrintable(sessionJson.errorMessage()));
        auto session = bluesky::OAuthSession::fromJson(QJsonDocument::fromJson(sessionJson->toUtf8()).object());
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QCOMPARE(session->did, m_bob.did);
        QVERIFY(session->clientId.startsWith(QLatin1String("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A")));
        QCOMPARE(session->issuer.port(), m_pds->pds.port());
        QVERIFY(secrets.read(SecretStore::accessTokenKey(stored)));
        QVERIFY(secrets.read(SecretStore::refreshTokenKey(stored)));
        QCOMPARE(secrets.read(SecretStore::appPasswordKey(stored)).error().code, Error::Code::NotFound);
    }

    void tokensAreDpopBoundAndRefreshOnce()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const Account stored = account();
        QVERIFY(stored.id > 0);
        SecretStore secrets;
        const QString accessBefore = secrets.read(SecretStore::accessTokenKey(stored)).value();
        const QString refreshBefore = secrets.read(SecretStore::refreshTokenKey(stored)).value();

        // Without the DPoP key the token is worthless: as a plain bearer token it is refused.
        int status = 0;
        m_pds->get(QStringLiteral("com.atproto.server.getSession"), {}, accessBefore, &status);
        QVERIFY2(status == 400 || status == 401, qPrintable(QString::number(status)));

        {
            HttpClient http;
            auto source = createBackupSource(stored, http);
            QVERIFY2(source, qPrintable(source.errorMessage()));
            auto &xrpc = static_cast<bluesky::BlueskySource &>(*source.value()).xrpc();
            auto me = xrpc.query(QStringLiteral("com.atproto.server.getSession"));
            QVERIFY2(me, qPrintable(me.errorMessage()));
            QCOMPARE(me->value(QLatin1String("did")).toString(), m_bob.did);

            // A refresh spends the refresh token and saves the new pair at once.
            auto refreshed = xrpc.refresh();
            QVERIFY2(refreshed, qPrintable(refreshed.errorMessage()));
            QCOMPARE(secrets.read(SecretStore::accessTokenKey(stored)).value(), xrpc.tokens().accessJwt);
            QCOMPARE(secrets.read(SecretStore::refreshTokenKey(stored)).value(), xrpc.tokens().refreshJwt);
            QVERIFY(xrpc.tokens().refreshJwt != refreshBefore);
            QVERIFY(xrpc.tokens().accessJwt != accessBefore);
            auto again = xrpc.query(QStringLiteral("com.atproto.server.getSession"));
            QVERIFY2(again, qPrintable(again.errorMessage()));
        }
        // An access token the PDS refuses: the backup's client refreshes and goes on.
        QVERIFY(secrets.write(SecretStore::accessTokenKey(stored), QStringLiteral("not-a-token")));
        const QString refreshForBackup = secrets.read(SecretStore::refreshTokenKey(stored)).value();
        HttpClient http;
        auto source = createBackupSource(stored, http);
        QVERIFY(source);
        auto &xrpc = static_cast<bluesky::BlueskySource &>(*source.value()).xrpc();
        auto me = xrpc.query(QStringLiteral("com.atproto.server.getSession"));
        QVERIFY2(me, qPrintable(me.errorMessage()));
        QVERIFY(secrets.read(SecretStore::refreshTokenKey(stored)).value() != refreshForBackup);
        QVERIFY(secrets.read(SecretStore::accessTokenKey(stored)).value() != u"not-a-token");
    }

    void backupRunsOnOAuthTokens()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const auto outcome = holdfast().run({QStringLiteral("backup"), m_bob.handle}, 180'000);
        QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
        auto store = Store::open(m_dataDir.path());
        QVERIFY(store);
        const Account stored = account();
        const QList<BackupRun> runs = store.value()->runs(stored.id);
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first().outcome, QStringLiteral("succeeded"));
        // Exactly what the server holds.
        QStringList serverPosts;
        for (const QJsonObject &record : m_pds->listAll(m_bob.did, QStringLiteral("app.bsky.feed.post"))
                                             + m_pds->listAll(m_bob.did, QStringLiteral("app.bsky.feed.repost")))
            serverPosts.append(record.value(QLatin1String("uri")).toString());
        QStringList archived;
        ItemFilter filter;
        filter.accountId = stored.id;
        filter.collection = Collection::Posts;
        (void)store.value()->forEachItem(filter, [&](const Item &item) {
            archived.append(item.platformId);
            return true;
        });
        serverPosts.sort();
        archived.sort();
        QVERIFY(!serverPosts.isEmpty());
        QCOMPARE(archived, serverPosts);
    }

    void secretsOnlyInTheKeychain()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        const Account stored = account();
        SecretStore secrets;
        QList<QByteArray> secretsToFind;
        for (const QString &key : {SecretStore::accessTokenKey(stored), SecretStore::refreshTokenKey(stored)})
            secretsToFind.append(secrets.read(key).value().toUtf8());
        auto session = bluesky::OAuthSession::fromJson(
            QJsonDocument::fromJson(secrets.read(SecretStore::oauthSessionKey(stored)).value().toUtf8()).object());
        QVERIFY(session);
        secretsToFind.append(session->dpopKey.privateJwk().value(QLatin1String("d")).toString().toUtf8());
        for (const QString &root : {m_dataDir.path(), qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                for (const QByteArray &secret : std::as_const(secretsToFind))
                    QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
            }
        }
        // Removing the account removes the session and its key too.
        const auto removed = holdfast().run({QStringLiteral("accounts"), QStringLiteral("remove"), m_bob.handle});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        for (const QString &key : {SecretStore::accessTokenKey(stored), SecretStore::refreshTokenKey(stored),
                                   SecretStore::oauthSessionKey(stored)})
            QCOMPARE(secrets.read(key).error().code, Error::Code::NotFound);
    }

    void denyingAccessCancelsTheSignIn()
    {
        REQUIRE_BLUESKY_PDS(m_pds);
        QTemporaryDir dir;
        QByteArray browser;
        const BlueskyPds::Account carol = m_pds->accounts.value(QStringLiteral("carol"));
        const auto outcome = signInInBrowser(dir.path(), carol, QStringLiteral("deny"), &browser);
        QVERIFY2(outcome.exitCode != 0, qPrintable(describe(outcome, browser)));
        QVERIFY2(outcome.err.contains("Sign-in cancelled: access was denied"), qPrintable(describe(outcome, browser)));
        const auto listed = HoldfastProcess(dir.path()).run({QStringLiteral("accounts"), QStringLiteral("list"),
                                                             QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBlueskyOAuth)
#include "tst_bluesky_oauth.moc"
