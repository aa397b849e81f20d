#include "ui/AddAccountDialog.h"

#include "connectors/mastodon/MastodonSignIn.h"
#include "ui/KeychainThread.h"
#include "ui/SignInWorker.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
enum Page { InputPage, WaitingPage, ResultPage };
}

AddAccountDialog::AddAccountDialog(QString dataDir, KeychainThread &keychain, QWidget *parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_keychain(keychain), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));
    m_pages->addWidget(buildInputPage());
    m_pages->addWidget(buildWaitingPage());
    m_pages->addWidget(buildResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(480);
    setState(State::Input);
}

AddAccountDialog::~AddAccountDialog()
{
    // The worker notices within 100 ms and deletes itself on the keychain thread.
    cancelSignIn();
}

void AddAccountDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

QWidget *AddAccountDialog::buildInputPage()
{
    auto *page = new QWidget(this);
    m_platform = new QComboBox(page);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->addItem(QIcon(QStringLiteral(":/icons/mastodon.svg")), tr("Mastodon"), QStringLiteral("mastodon"));
    m_platform->setAccessibleName(tr("Platform"));

    m_server = new QLineEdit(page);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("e.g. mastodon.social"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setClearButtonEnabled(true);

    m_inputError = new QLabel(page);
    m_inputError->setObjectName(QStringLiteral("inputErrorLabel"));
    m_inputError->setWordWrap(true);
    m_inputError->hide();

    auto *hint = new QLabel(tr("Holdfast opens your browser so you can sign in on your server. It only asks "
                               "for permission to read; your password never passes through Holdfast."),
                            page);
    hint->setWordWrap(true);

    m_signIn = new QPushButton(tr("Sign In"), page);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &AddAccountDialog::startSignIn);
    connect(m_server, &QLineEdit::returnPressed, this, &AddAccountDialog::startSignIn);
    auto *close = new QPushButton(tr("Cancel"), page);
    close->setObjectName(QStringLiteral("closeInputButton"));
    connect(close, &QPushButton::clicked, this, &AddAccountDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Server:"), m_server);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_inputError);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *AddAccountDialog::buildWaitingPage()
{
    auto *page = new QWidget(this);
    m_waitingLabel = new QLabel(page);
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setWordWrap(true);
    m_waitingLabel->setTextFormat(Qt::PlainText);
    auto *busy = new QProgressBar(page);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setAccessibleName(tr("Waiting"));

    m_urlRow = new QWidget(page);
    auto *urlHint = new QLabel(tr("If no browser window opened, open this address yourself:"), m_urlRow);
    urlHint->setWordWrap(true);
    m_urlEdit = new QLineEdit(m_urlRow);
    m_urlEdit->setObjectName(QStringLiteral("authorizationUrlEdit"));
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setAccessibleName(tr("Sign-in address"));
    auto *copy = new QPushButton(tr("&Copy"), m_urlRow);
    copy->setObjectName(QStringLiteral("copyUrlButton"));
    copy->setAccessibleName(tr("Copy the sign-in address"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
    });
    auto *reopen = new QPushButton(tr("Open &Browser Again"), m_urlRow);
    reopen->setObjectName(QStringLiteral("openBrowserButton"));
    connect(reopen, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_authorizationUrl); });
    auto *urlLine = new QHBoxLayout;
    urlLine->addWidget(m_urlEdit, 1);
    urlLine->addWidget(copy);
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(urlHint);
    urlLayout->addLayout(urlLine);
    urlLayout->addWidget(reopen, 0, Qt::AlignLeft);

    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    connect(cancel, &QPushButton::clicked, this, &AddAccountDialog::cancelSignIn);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(busy);
    layout->addWidget(m_urlRow);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *AddAccountDialog::buildResultPage()
{
    auto *page = new QWidget(this);
    m_resultIcon = new QLabel(page);
    m_resultLabel = new QLabel(page);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Try Again"), page);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, [this] { setState(State::Input); });
    auto *close = new QPushButton(tr("Close"), page);
    close->setObjectName(QStringLiteral("closeResultButton"));
    connect(close, &QPushButton::clicked, this, [this] {
        if (m_state == State::Succeeded)
            accept();
        else
            QDialog::reject();
    });

    auto *message = new QHBoxLayout;
    message->addWidget(m_resultIcon, 0, Qt::AlignTop);
    message->addWidget(m_resultLabel, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(message);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

void AddAccountDialog::startSignIn()
{
    if (m_state != State::Input)
        return;
    const QUrl instance = mastodon::MastodonSignIn::normaliseInstanceUrl(m_server->text());
    if (!instance.isValid()) {
        m_inputError->setText(tr("Enter the address of your server, for example mastodon.social."));
        m_inputError->show();
        m_server->setFocus();
        return;
    }
    m_inputError->hide();
    cancelSignIn();
    m_authorizationUrl.clear();
    m_cancellation = std::make_shared<CancellationToken>();
    auto *worker = new SignInWorker(m_dataDir, instance, m_cancellation);
    // A cancelled attempt may still report after "Try again" started the next one: only the
    // latest attempt may change the dialog.
    const int attempt = ++m_attempt;
    connect(worker, &SignInWorker::authorizationUrlReady, this, [this, attempt](const QUrl &url) {
        if (attempt == m_attempt)
            onUrlReady(url);
    });
    connect(worker, &SignInWorker::succeeded, this, [this, attempt](qint64 accountId, const QString &handle) {
        // Saved even if a newer attempt runs: tell the window either way.
        emit accountAdded(accountId, handle);
        if (attempt == m_attempt)
            setState(State::Succeeded, tr("Signed in as %1. Holdfast can now back up this account.").arg(handle));
    });
    connect(worker, &SignInWorker::failed, this, [this, attempt](const QString &reason) {
        if (attempt == m_attempt)
            setState(State::Failed, tr("Sign-in failed: %1\nCheck the server address and try again.").arg(reason));
    });
    connect(worker, &SignInWorker::cancelled, this, [this, attempt] {
        if (attempt == m_attempt)
            setState(State::Cancelled, tr("Sign-in cancelled. Nothing was saved."));
    });
    setState(State::Contacting, tr("Contacting %1…").arg(instance.host()));
    worker->start(m_keychain);
}

void AddAccountDialog::onUrlReady(const QUrl &url)
{
    m_authorizationUrl = url;
    m_urlEdit->setText(url.toString(QUrl::FullyEncoded));
    m_urlEdit->setCursorPosition(0);
    setState(State::WaitingForBrowser,
             tr("Waiting for you to authorize Holdfast in your browser…"));
    QDesktopServices::openUrl(url);
}

void AddAccountDialog::cancelSignIn()
{
    if (m_cancellation)
        m_cancellation->cancel();
}

void AddAccountDialog::reject()
{
    cancelSignIn();
    QDialog::reject();
}

void AddAccountDialog::setState(State state, const QString &detail)
{
    m_state = state;
    switch (state) {
    case State::Input:
        m_pages->setCurrentIndex(InputPage);
        m_server->setFocus();
        m_server->selectAll();
        break;
    case State::Contacting:
    case State::WaitingForBrowser:
        m_pages->setCurrentIndex(WaitingPage);
        m_waitingLabel->setText(detail);
        m_urlRow->setVisible(state == State::WaitingForBrowser);
        break;
    case State::Succeeded:
    case State::Cancelled:
    case State::Failed: {
        m_pages->setCurrentIndex(ResultPage);
        m_resultLabel->setText(detail);
        const auto icon = state == State::Succeeded ? QStyle::SP_DialogApplyButton
                          : state == State::Failed  ? QStyle::SP_MessageBoxCritical
                                                    : QStyle::SP_MessageBoxInformation;
        const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
        m_resultIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
        m_retry->setVisible(state != State::Succeeded);
        break;
    }
    }
    emit stateChanged(state);
}

} // namespace holdfast::ui
