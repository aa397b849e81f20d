#include "ui/SignInWorker.h"

#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/mastodon/MastodonSignIn.h"
#include "models/store/Store.h"
#include "ui/UiLogging.h"

#include <QScopeGuard>
#include <QThread>

namespace holdfast::ui {

SignInWorker::SignInWorker(QString dataDir, QUrl instance, std::shared_ptr<CancellationToken> cancellation)
    : m_dataDir(std::move(dataDir)), m_instance(std::move(instance)), m_cancellation(std::move(cancellation))
{
}

void SignInWorker::start(QThread *thread)
{
    moveToThread(thread);
    connect(thread, &QThread::started, this, &SignInWorker::run);
    connect(thread, &QThread::finished, this, &QObject::deleteLater);
    thread->start();
}

void SignInWorker::run()
{
    // Quit from here, not through a queued call to the GUI thread, so whoever owns the thread
    // can wait() for it without running an event loop.
    const auto quit = qScopeGuard([] { QThread::currentThread()->quit(); });

    auto store = Store::open(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    SecretStore secrets;
    mastodon::MastodonSignIn signIn(**store, secrets, m_cancellation.get());
    auto signedIn = signIn.signIn(m_instance, [this](const QUrl &url) { emit authorizationUrlReady(url); });
    if (!signedIn) {
        if (signedIn.error().code == Error::Code::Cancelled || m_cancellation->isCancelled())
            emit cancelled();
        else
            emit failed(signedIn.error().message);
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

} // namespace holdfast::ui
