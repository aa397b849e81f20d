// SecretStore against the real Secret Service (gnome-keyring in the test's D-Bus session).
#include "connectors/common/SecretStore.h"
#include "models/domain/Account.h"

#include <QMutex>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace holdfast;

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemoveRoundTrip()
    {
        SecretStore secrets(QStringLiteral("Holdfast-test"));
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cr3t-Grüße-🔑");
        auto written = secrets.write(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        auto read = secrets.read(key);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read.value(), secret);
        QVERIFY(secrets.remove(key).ok());
        auto gone = secrets.read(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY2(secrets.remove(key).ok(), "removing a missing entry is not an error");
    }

    void worksFromSeveralThreads()
    {
        // The Secret Service backend breaks when a second thread uses it; SecretStore must
        // funnel every call through one thread, whichever thread calls.
        SecretStore secrets(QStringLiteral("Holdfast-test"));
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(secrets.write(key, QStringLiteral("first")).ok());
        QList<QString> readBack;
        QMutex mutex;
        QList<QThread *> threads;
        for (int i = 0; i < 3; ++i) {
            threads.append(QThread::create([&, i] {
                SecretStore own(QStringLiteral("Holdfast-test"));
                auto value = own.read(key);
                QMutexLocker lock(&mutex);
                readBack.append(value.ok() ? value.value() : value.errorMessage());
                Q_UNUSED(i)
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(20'000));
            delete thread;
        }
        QCOMPARE(readBack, QList<QString>(3, QStringLiteral("first")));
        auto later = QThread::create([&] { QVERIFY(SecretStore(QStringLiteral("Holdfast-test")).remove(key).ok()); });
        later->start();
        QVERIFY(later->wait(20'000));
        delete later;
        QCOMPARE(secrets.read(key).error().code, Error::Code::NotFound);
    }

    void keysAreDistinctPerAccountAndServer()
    {
        Account a;
        a.platform = QStringLiteral("mastodon");
        a.server = QStringLiteral("https://one.example");
        a.platformUserId = QStringLiteral("1");
        Account b = a;
        b.server = QStringLiteral("https://two.example");
        QVERIFY(SecretStore::accessTokenKey(a) != SecretStore::accessTokenKey(b));
        QVERIFY(SecretStore::accessTokenKey(a) != SecretStore::refreshTokenKey(a));
        QVERIFY(SecretStore::clientSecretKey(a.platform, a.server) != SecretStore::clientSecretKey(b.platform, b.server));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
