#include "ui/AddAccountDialog.h"

#include "connectors/mastodon/MastodonSignIn.h"
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

#include <algorithm>

namespace holdfast::ui {

namespace {
enum Page { InputPage, WaitingPage, ResultPage };
}

AddAccountDialog::AddAccountDialog(QString dataDir, QWidget *parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_pages(new QStackedWidget(this))
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
    // The worker notices within 100 ms and deletes itself on its thread.
    cancelSignIn();
}

void AddAccountDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void AddAccountDialog::prefillFor(const Account &account)
{
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(account.platform)));
    if (isBluesky()) {
        m_handle->setText(account.handle);
        m_service->setText(account.server);
        m_appPassword->setFocus();
    } else {
        setServer(account.server);
    }
}

QWidget *AddAccountDialog::buildInputPage()
{
    auto *page = new QWidget(this);
    m_platform = new QComboBox(page);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->addItem(QIcon(QStringLiteral(":/icons/mastodon.svg")), tr("Mastodon"), QStringLiteral("mastodon"));
    m_platform->addItem(tr("Bluesky"), QStringLiteral("bluesky"));
    m_platform->setAccessibleName(tr("Platform"));

    m_server = new QLineEdit(page);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("e.g. mastodon.social"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setClearButtonEnabled(true);

    m_handle = new QLineEdit(page);
    m_handle->setObjectName(QStringLiteral("handleEdit"));
    m_handle->setPlaceholderText(tr("e.g. alice.bsky.social"));
    m_handle->setAccessibleName(tr("Handle or DID"));
    m_handle->setClearButtonEnabled(true);

    m_appPassword = new QLineEdit(page);
    m_appPassword->setObjectName(QStringLiteral("appPasswordEdit"));
    m_appPassword->setEchoMode(QLineEdit::Password);
    m_appPassword->setPlaceholderText(tr("xxxx-xxxx-xxxx-xxxx"));
    m_appPassword->setAccessibleName(tr("App password"));

    m_service = new QLineEdit(page);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_service->setPlaceholderText(tr("optional: https://your.pds.example"));
    m_service->setAccessibleName(tr("Service address (optional)"));
    m_service->setClearButtonEnabled(true);

    m_inputError = new QLabel(page);
    m_inputError->setObjectName(QStringLiteral("inputErrorLabel"));
    m_inputError->setWordWrap(true);
    m_inputError->hide();

    m_hint = new QLabel(page);
    m_hint->setObjectName(QStringLiteral("signInHint"));
    m_hint->setWordWrap(true);

    m_signIn = new QPushButton(tr("Sign In"), page);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &AddAccountDialog::startSignIn);
    for (QLineEdit *edit : {m_server, m_handle, m_appPassword, m_service})
        connect(edit, &QLineEdit::returnPressed, this, &AddAccountDialog::startSignIn);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &AddAccountDialog::showPlatformFields);
    auto *close = new QPushButton(tr("Cancel"), page);
    close->setObjectName(QStringLiteral("closeInputButton"));
    connect(close, &QPushButton::clicked, this, &AddAccountDialog::reject);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Platform:"), m_platform);
    m_form->addRow(tr("&Server:"), m_server);
    m_form->addRow(tr("&Handle or DID:"), m_handle);
    m_form->addRow(tr("&App password:"), m_appPassword);
    m_form->addRow(tr("Ser&vice:"), m_service);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(m_form);
    layout->addWidget(m_inputError);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addLayout(buttons);
    showPlatformFields();
    return page;
}

bool AddAccountDialog::isBluesky() const
{
    return m_platform->currentData().toString() == u"bluesky";
}

void AddAccountDialog::showPlatformFields()
{
    const bool bluesky = isBluesky();
    m_form->setRowVisible(m_server, !bluesky);
    m_form->setRowVisible(m_handle, bluesky);
    m_form->setRowVisible(m_appPassword, bluesky);
    m_form->setRowVisible(m_service, bluesky);
    m_inputError->hide();
    m_hint->setText(bluesky
                        ? tr("Create an app password in Bluesky under Settings › Privacy and security › App "
                             "passwords. Holdfast keeps it only in your system keychain, to renew its sign-in.")
                        : tr("Holdfast opens your browser so you can sign in on your server. It only asks "
                             "for permission to read; your password never passes through Holdfast."));
    if (m_state == State::Input)
        (bluesky ? m_handle : m_server)->setFocus();
}

void AddAccountDialog::showInputError(const QString &text, QWidget *field)
{
    m_inputError->setText(text);
    m_inputError->show();
    field->setFocus();
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
    if (isBluesky()) {
        startBlueskySignIn();
        return;
    }
    const QUrl instance = mastodon::MastodonSignIn::normaliseInstanceUrl(m_server->text());
    if (!instance.isValid()) {
        showInputError(tr("Enter the address of your server, for example mastodon.social."), m_server);
        return;
    }
    m_inputError->hide();
    cancelSignIn();
    m_authorizationUrl.clear();
    m_cancellation = std::make_shared<CancellationToken>();
    auto *worker = SignInWorker::mastodon(m_dataDir, instance, m_cancellation);
    watch(worker);
    setState(State::Contacting, tr("Contacting %1…").arg(instance.host()));
    worker->start();
}

void AddAccountDialog::startBlueskySignIn()
{
    bluesky::AppPasswordSignIn request;
    request.identifier = m_handle->text().trimmed();
    if (request.identifier.startsWith(u'@'))
        request.identifier.remove(0, 1);
    request.appPassword = m_appPassword->text().trimmed();
    if (request.identifier.isEmpty()) {
        showInputError(tr("Enter your handle (for example alice.bsky.social) or your DID."), m_handle);
        return;
    }
    if (request.appPassword.isEmpty()) {
        showInputError(tr("Enter an app password (Bluesky: Settings › Privacy and security › App passwords)."),
                       m_appPassword);
        return;
    }
    if (!m_service->text().trimmed().isEmpty()) {
        request.service = QUrl::fromUserInput(m_service->text().trimmed());
        if (!request.service.isValid() || request.service.host().isEmpty()
            || (request.service.scheme() != u"https" && request.service.scheme() != u"http")) {
            showInputError(tr("The service address must be a web address such as https://pds.example, "
                              "or left empty."),
                           m_service);
            return;
        }
    }
    // Tests and private networks point at their own PLC directory, as the command line does.
    if (const QString plc = qEnvironmentVariable("HOLDFAST_PLC_DIRECTORY"); !plc.isEmpty())
        request.plcDirectory = QUrl::fromUserInput(plc);
    m_inputError->hide();
    cancelSignIn();
    m_authorizationUrl.clear();
    m_cancellation = std::make_shared<CancellationToken>();
    auto *worker = SignInWorker::bluesky(m_dataDir, request, m_cancellation);
    watch(worker);
    setState(State::Contacting, tr("Signing in as %1…").arg(request.identifier));
    worker->start();
}

void AddAccountDialog::watch(SignInWorker *worker)
{
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
        m_appPassword->clear(); // it lives in the keychain now, not in a widget
        if (attempt == m_attempt)
            setState(State::Succeeded, tr("Signed in as %1. Holdfast can now back up this account.").arg(handle));
    });
    connect(worker, &SignInWorker::failed, this, [this, attempt](const QString &reason) {
        if (attempt != m_attempt)
            return;
        setState(State::Failed, isBluesky()
                                    ? tr("Sign-in failed: %1\nCheck the handle and the app password and try again.").arg(reason)
                                    : tr("Sign-in failed: %1\nCheck the server address and try again.").arg(reason));
    });
    connect(worker, &SignInWorker::cancelled, this, [this, attempt] {
        if (attempt == m_attempt)
            setState(State::Cancelled, tr("Sign-in cancelled. Nothing was saved."));
    });
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
        if (isBluesky()) {
            m_appPassword->setFocus();
            m_appPassword->selectAll();
        } else {
            m_server->setFocus();
            m_server->selectAll();
        }
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
