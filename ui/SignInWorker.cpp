#include "ui/SignInWorker.h"

#include "connectors/common/HttpClient.h"
#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/mastodon/MastodonSignIn.h"
#include "models/store/Store.h"
#include "ui/UiLogging.h"

#include <QScopeGuard>
#include <QThread>

namespace holdfast::ui {

SignInWorker::SignInWorker(QString dataDir, std::shared_ptr<CancellationToken> cancellation)
    : m_dataDir(std::move(dataDir)), m_cancellation(std::move(cancellation))
{
}

SignInWorker *SignInWorker::mastodon(QString dataDir, QUrl instance,
                                     std::shared_ptr<CancellationToken> cancellation)
{
    auto *worker = new SignInWorker(std::move(dataDir), std::move(cancellation));
    worker->m_instance = std::move(instance);
    return worker;
}

SignInWorker *SignInWorker::bluesky(QString dataDir, bluesky::AppPasswordSignIn request,
                                    std::shared_ptr<CancellationToken> cancellation)
{
    auto *worker = new SignInWorker(std::move(dataDir), std::move(cancellation));
    worker->m_bluesky = std::move(request);
    return worker;
}

void SignInWorker::start()
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("sign-in"));
    moveToThread(thread);
    connect(thread, &QThread::started, this, &SignInWorker::run);
    connect(this, &QObject::destroyed, thread, &QThread::quit, Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SignInWorker::run()
{
    // Deleted by its own thread's event loop, which then ends the thread (see start()).
    const auto cleanUp = qScopeGuard([this] { deleteLater(); });
    if (m_bluesky)
        runBluesky();
    else
        runMastodon();
}

void SignInWorker::reportFailure(const Error &error)
{
    if (error.code == Error::Code::Cancelled || m_cancellation->isCancelled())
        emit cancelled();
    else
        emit failed(error.message);
}

void SignInWorker::runMastodon()
{
    auto store = Store::open(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    SecretStore secrets;
    mastodon::MastodonSignIn signIn(**store, secrets, m_cancellation.get());
    auto signedIn = signIn.signIn(m_instance, [this](const QUrl &url) { emit authorizationUrlReady(url); });
    if (!signedIn) {
        reportFailure(signedIn.error());
        return;
    }
    AccountRegistry registry(**store, secrets);
    auto account = registry.addSignedInAccount(signedIn->account, signedIn->accessToken);
    if (!account) {
        emit failed(account.error().message);
        return;
    }
    qCInfo(lcUi) << "signed in account" << account->id;
    emit succeeded(account->id, account->handle);
}

void SignInWorker::runBluesky()
{
    auto store = Store::open(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    HttpClient http(m_cancellation.get());
    auto signedIn = bluesky::signInWithAppPassword(http, *m_bluesky);
    if (!signedIn) {
        reportFailure(signedIn.error());
        return;
    }
    if (m_cancellation->isCancelled()) {
        emit cancelled();
        return;
    }
    SecretStore secrets;
    auto account = AccountRegistry(**store, secrets)
                       .addBlueskyAccount(signedIn->account, signedIn->tokens.accessJwt,
                                          signedIn->tokens.refreshJwt, m_bluesky->appPassword);
    if (!account) {
        emit failed(account.error().message);
        return;
    }
    qCInfo(lcUi) << "signed in Bluesky account" << account->id;
    emit succeeded(account->id, account->handle);
}

} // namespace holdfast::ui
