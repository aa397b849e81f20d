#pragma once

#include "connectors/common/CancellationToken.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace holdfast::ui {

class KeychainThread;

/**
 * Runs the blocking Mastodon sign-in on a worker thread and saves the account: opens its own
 * Store there (a Store belongs to the thread that opened it), runs MastodonSignIn, and stores
 * the token through AccountRegistry. Reports only by signals, so a receiver that goes away
 * simply stops hearing. Cancel through the shared token; the worker notices within 100 ms.
 *
 * Use start(): the worker moves to the keychain thread (the only thread that may use the
 * keychain, see KeychainThread), runs there and deletes itself when done.
 */
class SignInWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWorker)
public:
    SignInWorker(QString dataDir, QUrl instance, std::shared_ptr<CancellationToken> cancellation);

    /// Moves the worker to the keychain thread and runs it there.
    void start(KeychainThread &keychain);

signals:
    /// The URL the person must open to authorize Holdfast (the browser is not opened here).
    void authorizationUrlReady(const QUrl &url);
    void succeeded(qint64 accountId, const QString &handle);
    void failed(const QString &reason);
    void cancelled();

private:
    void run();

    QString m_dataDir;
    QUrl m_instance;
    std::shared_ptr<CancellationToken> m_cancellation;
};

} // namespace holdfast::ui
