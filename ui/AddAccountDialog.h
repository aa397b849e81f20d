#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/Account.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace holdfast::ui {

/**
 * "Add account…": asks for the platform. Mastodon: the server, then the OAuth sign-in in the
 * system browser. Bluesky: handle or DID, an app password and optionally the PDS address,
 * then an app-password sign-in. Both run on a worker thread (see SignInWorker), and the
 * dialog shows where it stands: signing in, waiting for the browser (with the URL to copy if
 * no browser came up), success, cancelled, or failed with the reason and a way to try again.
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

    explicit AddAccountDialog(QString dataDir, QWidget *parent = nullptr);
    /// Prefills the server (Mastodon).
    void setServer(const QString &server);
    /// For "sign in again": the account's platform with its server (Mastodon) or handle and
    /// PDS (Bluesky) filled in.
    void prefillFor(const Account &account);
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
    void startBlueskySignIn();
    void watch(class SignInWorker *worker);
    void showPlatformFields();
    bool isBluesky() const;
    void showInputError(const QString &text, QWidget *field);
    void cancelSignIn();
    void setState(State state, const QString &detail = {});
    void onUrlReady(const QUrl &url);

    QString m_dataDir;
    State m_state = State::Input;
    QUrl m_authorizationUrl;
    std::shared_ptr<CancellationToken> m_cancellation;
    int m_attempt = 0;

    QStackedWidget *m_pages;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_handle = nullptr;       ///< Bluesky: handle or DID
    QLineEdit *m_appPassword = nullptr;  ///< Bluesky
    QLineEdit *m_service = nullptr;      ///< Bluesky: optional PDS address
    QFormLayout *m_form = nullptr;
    QLabel *m_hint = nullptr;
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
