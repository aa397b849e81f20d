#include "ui/SignInWorker.h"

#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/mastodon/MastodonSignIn.h"
#include "models/store/Store.h"
#include "ui/KeychainThread.h"
#include "ui/UiLogging.h"

#include <QScopeGuard>

namespace holdfast::ui {

SignInWorker::SignInWorker(QString dataDir, QUrl instance, std::shared_ptr<CancellationToken> cancellation)
    : m_dataDir(std::move(dataDir)), m_instance(std::move(instance)), m_cancellation(std::move(cancellation))
{
}

void SignInWorker::start(KeychainThread &keychain)
{
    moveToThread(keychain.workerThread());
    QMetaObject::invokeMethod(this, &SignInWorker::run, Qt::QueuedConnection);
}

void SignInWorker::run()
{
    const auto cleanUp = qScopeGuard([this] { deleteLater(); });

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
