#pragma once

#include "connectors/bluesky/BlueskySignIn.h"
#include "connectors/common/CancellationToken.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace holdfast::ui {

/**
 * Runs a blocking sign-in on its own thread and saves the account: opens its own Store there
 * (a Store belongs to the thread that opened it), signs in — Mastodon through OAuth in the
 * browser (MastodonSignIn), Bluesky with an app password (signInWithAppPassword) — and stores
 * the tokens through AccountRegistry. Reports only by signals, so a receiver that goes away
 * simply stops hearing. Cancel through the shared token; the worker notices within 100 ms.
 *
 * Create it with one of the factories and call start(): it runs on a new thread and deletes
 * itself (and the thread) when done.
 */
class SignInWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWorker)
public:
    static SignInWorker *mastodon(QString dataDir, QUrl instance,
                                  std::shared_ptr<CancellationToken> cancellation);
    static SignInWorker *bluesky(QString dataDir, bluesky::AppPasswordSignIn request,
                                 std::shared_ptr<CancellationToken> cancellation);

    /// Runs the sign-in on a new thread.
    void start();

signals:
    /// Mastodon: the URL the person must open to authorize Holdfast (the browser is not
    /// opened here).
    void authorizationUrlReady(const QUrl &url);
    void succeeded(qint64 accountId, const QString &handle);
    void failed(const QString &reason);
    void cancelled();

private:
    SignInWorker(QString dataDir, std::shared_ptr<CancellationToken> cancellation);
    void run();
    void runMastodon();
    void runBluesky();
    /// "Cancelled" when the person cancelled (or the sign-in says so), else the reason.
    void reportFailure(const Error &error);

    QString m_dataDir;
    std::shared_ptr<CancellationToken> m_cancellation;
    QUrl m_instance;                         ///< Mastodon
    std::optional<bluesky::AppPasswordSignIn> m_bluesky;
};

} // namespace holdfast::ui
