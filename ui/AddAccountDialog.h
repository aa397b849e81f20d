#pragma once

#include "connectors/common/CancellationToken.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace holdfast::ui {

class KeychainThread;

/**
 * "Add account…": asks for the platform and server, runs the OAuth sign-in in the system
 * browser (on a worker thread, see SignInWorker) and shows where it stands: contacting the
 * server, waiting for the browser (with the URL to copy if no browser came up), success,
 * cancelled, or failed with the reason and a way to try again.
 *
 * Open it with open(); it emits accountAdded() once the account and its token are saved.
 */
class AddAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountDialog)
public:
    enum class State { Input, Contacting, WaitingForBrowser, Succeeded, Cancelled, Failed };
    Q_ENUM(State)

    AddAccountDialog(QString dataDir, KeychainThread &keychain, QWidget *parent = nullptr);
    /// Prefills the server (for "sign in again").
    void setServer(const QString &server);
    ~AddAccountDialog() override;

    State state() const { return m_state; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }

signals:
    void accountAdded(qint64 accountId, const QString &handle);
    void stateChanged(holdfast::ui::AddAccountDialog::State state);

public slots:
    void reject() override;

private:
    QWidget *buildInputPage();
    QWidget *buildWaitingPage();
    QWidget *buildResultPage();
    void startSignIn();
    void cancelSignIn();
    void setState(State state, const QString &detail = {});
    void onUrlReady(const QUrl &url);

    QString m_dataDir;
    State m_state = State::Input;
    QUrl m_authorizationUrl;
    KeychainThread &m_keychain;
    std::shared_ptr<CancellationToken> m_cancellation;
    int m_attempt = 0;

    QStackedWidget *m_pages;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_inputError = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_waitingLabel = nullptr;
    QWidget *m_urlRow = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace holdfast::ui
