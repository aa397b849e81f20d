#include "ui/MainWindow.h"

#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "models/items/AccountsModel.h"
#include "models/items/ContactsModel.h"
#include "models/items/ConversationsModel.h"
#include "models/items/SearchResultsModel.h"
#include "models/items/TimelineModel.h"
#include "models/store/Store.h"
#include "ui/AccountsPane.h"
#include "ui/AddAccountDialog.h"
#include "ui/BackgroundTask.h"
#include "ui/BackupController.h"
#include "ui/BackupProgressPanel.h"
#include "ui/ContactsView.h"
#include "ui/ConversationsView.h"
#include "ui/DialogSeams.h"
#include "ui/ExportDialog.h"
#include "ui/PackageDialog.h"
#include "ui/ImportDialog.h"
#include "ui/ImportPanel.h"
#include "ui/ItemDetailView.h"
#include "ui/MessageBar.h"
#include "ui/ReportsWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SearchPanel.h"
#include "ui/TimelineView.h"
#include "ui/UiFormat.h"
#include "ui/UiLogging.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

// Settings live in ~/.config/holdfast/holdfast.conf, named explicitly because the application
// has no organisation name (setting one would move the data directory).
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kSplitterKey = QStringLiteral("MainWindow/splitter");
const QString kLastAccountKey = QStringLiteral("MainWindow/lastAccount");
const QString kLastCollectionKey = QStringLiteral("MainWindow/lastCollection");

/// How often open views pick up what a running backup stored.
constexpr int kLiveRefreshMs = 1000;

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_accountsModel(new AccountsModel(store, this)),
      m_timelineModel(new TimelineModel(store, this)),
      m_conversationsModel(new ConversationsModel(store, this)),
      m_contactsModel(new ContactsModel(store, this)),
      m_searchModel(new SearchResultsModel(store, this)),
      m_backups(new BackupController(store.dataDirectory(), this)),
      m_liveRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Holdfast"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/holdfast.svg")));

    createActions();
    createMenusAndToolBar();

    m_accountsPane = new AccountsPane(*m_accountsModel, this);
    m_accountsPane->setActions(m_addAccount, m_backUpNow, m_backUpAll, m_removeAccount);
    m_progressPanel = new BackupProgressPanel(*m_backups, store, m_accountsPane);
    m_accountsPane->addBottomWidget(m_progressPanel);
    m_importPanel = new ImportPanel(store.dataDirectory(), m_accountsPane);
    m_accountsPane->addBottomWidget(m_importPanel);
    connect(m_importPanel, &ImportPanel::runningChanged, this, &MainWindow::updateActions);
    connect(m_importPanel, &ImportPanel::finished, this, &MainWindow::onImportFinished);
    m_detail = new ItemDetailView(store, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_accountsPane);
    m_splitter->addWidget(buildCentre());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({280, 460, 460});

    m_messageBar = new MessageBar(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_accountsPane, &AccountsPane::collectionSelected, this, &MainWindow::showCollection);
    connect(m_accountsPane, &AccountsPane::currentAccountChanged, this, &MainWindow::updateActions);
    connect(m_timeline, &TimelineView::itemSelected, m_detail, &ItemDetailView::showItem);
    connect(m_conversations, &ConversationsView::conversationSelected, m_detail,
            [this](qint64 accountId, const QString &conversationId) { m_detail->showConversation(accountId, conversationId); });
    connect(m_search, &SearchPanel::resultSelected, m_detail, &ItemDetailView::showItem);

    connect(m_backups, &BackupController::busyChanged, this, &MainWindow::updateActions);
    connect(m_backups, &BackupController::started, this, &MainWindow::updateActions);
    connect(m_backups, &BackupController::progress, this, [this](const BackupProgress &progress) {
        // Coalesce: a backup reports several times a second, views refresh once a second.
        m_liveRefreshAccount = progress.accountId;
        if (!m_liveRefresh->isActive())
            m_liveRefresh->start();
    });
    connect(m_backups, &BackupController::finished, this, &MainWindow::onBackupFinished);
    m_liveRefresh->setSingleShot(true);
    m_liveRefresh->setInterval(kLiveRefreshMs);
    connect(m_liveRefresh, &QTimer::timeout, this, [this] { refreshViewsOf(m_liveRefreshAccount, false); });

    setTabOrder(m_searchField, m_accountsPane->tree());
    setTabOrder(m_accountsPane->tree(), m_timeline->list());
    setTabOrder(m_timeline->list(), m_detail->browser());

    resize(1200, 760);
    restoreSettings();
    updateActions();
    if (m_accountsModel->rowCount() == 0) {
        showMessage(tr("No accounts yet. Add your first account to start backing it up."),
                    MessageBar::Type::Information, tr("Add Account…"), [this] { openAddAccountDialog(); });
    }
}

MainWindow::~MainWindow()
{
    m_backups->shutdown(5'000);
}

void MainWindow::createActions()
{
    m_addAccount = new QAction(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                               tr("&Add Account…"), this);
    m_addAccount->setObjectName(QStringLiteral("addAccountAction"));
    m_addAccount->setShortcut(QKeySequence::New);
    connect(m_addAccount, &QAction::triggered, this, [this] { openAddAccountDialog(); });

    m_removeAccount = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Account…"), this);
    m_removeAccount->setObjectName(QStringLiteral("removeAccountAction"));
    connect(m_removeAccount, &QAction::triggered, this, &MainWindow::removeCurrentAccount);

    m_importArchive = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Archive…"), this);
    m_importArchive->setObjectName(QStringLiteral("importArchiveAction"));
    m_importArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importArchive->setToolTip(tr("Import a platform's data export (Ctrl+I)"));
    connect(m_importArchive, &QAction::triggered, this, &MainWindow::openImportDialog);

    m_backUpNow = new QAction(QIcon::fromTheme(QStringLiteral("document-save"), style()->standardIcon(QStyle::SP_DialogSaveButton)),
                              tr("&Back Up Now"), this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUpNow->setToolTip(tr("Back up the selected account now"));
    connect(m_backUpNow, &QAction::triggered, this, [this] { backUp(m_accountsPane->currentAccountId()); });

    m_backUpAll = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)),
                              tr("Back Up &All"), this);
    m_backUpAll->setObjectName(QStringLiteral("backUpAllAction"));
    m_backUpAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backUpAll->setToolTip(tr("Back up every account now (Ctrl+B)"));
    connect(m_backUpAll, &QAction::triggered, this, &MainWindow::backUpAll);

    m_cancelBackups = new QAction(QIcon::fromTheme(QStringLiteral("process-stop"), style()->standardIcon(QStyle::SP_BrowserStop)),
                                  tr("&Cancel All Backups"), this);
    m_cancelBackups->setObjectName(QStringLiteral("cancelBackupsAction"));
    connect(m_cancelBackups, &QAction::triggered, m_backups, &BackupController::cancelAll);

    m_find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAccount);
    file->addAction(m_removeAccount);
    addExportActions(file);
    file->addAction(m_importArchive);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_find);
    // Keyboard users jump between the three panes directly.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto addFocusAction = [this, view](const QString &text, Qt::Key key, const QString &name,
                                             std::function<QWidget *()> target) {
        QAction *action = view->addAction(text);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(action, &QAction::triggered, this, [target] {
            if (QWidget *widget = target(); widget && widget->isVisible())
                widget->setFocus(Qt::ShortcutFocusReason);
        });
    };
    addFocusAction(tr("Go to &Accounts"), Qt::Key_1, QStringLiteral("focusAccountsAction"),
                   [this] { return static_cast<QWidget *>(m_accountsPane->tree()); });
    addFocusAction(tr("Go to &List"), Qt::Key_2, QStringLiteral("focusListAction"), [this]() -> QWidget * {
        if (m_centre->currentWidget() == m_conversations)
            return m_conversations->table();
        if (m_centre->currentWidget() == m_contacts)
            return m_contacts->table();
        if (m_centre->currentWidget() == m_search)
            return m_search->results();
        return m_timeline->list();
    });
    addFocusAction(tr("Go to &Reading Pane"), Qt::Key_3, QStringLiteral("focusDetailAction"),
                   [this] { return static_cast<QWidget *>(m_detail->browser()); });
    view->addSeparator();
    QAction *reports = view->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), tr("&Reports…"));
    reports->setObjectName(QStringLiteral("reportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reports->setToolTip(tr("Figures and charts for a period, with PDF and CSV export (Ctrl+R)"));
    connect(reports, &QAction::triggered, this, &MainWindow::openReports);

    QMenu *backup = menuBar()->addMenu(tr("&Backup"));
    backup->addAction(m_backUpNow);
    backup->addAction(m_backUpAll);
    backup->addAction(m_cancelBackups);

    QToolBar *toolBar = addToolBar(tr("Main Tool Bar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_backUpAll);
    toolBar->addAction(m_cancelBackups);
    toolBar->addAction(reports);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_searchField = new QLineEdit(toolBar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search everything (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(280);
    m_searchField->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_search->setText(m_searchField->text(), true);
        m_search->results()->setFocus();
        if (m_search->results()->model()->rowCount() > 0 && !m_search->results()->currentIndex().isValid())
            m_search->results()->setCurrentIndex(m_search->results()->model()->index(0, 0));
    });
    // Escape in the field leaves the search and goes back to what was shown.
    auto *escape = new QAction(m_searchField);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, m_searchField, &QLineEdit::clear);
    m_searchField->addAction(escape);
    toolBar->addWidget(m_searchField);
}

QWidget *MainWindow::buildCentre()
{
    m_centre = new QStackedWidget(this);
    m_centre->setObjectName(QStringLiteral("centreStack"));
    m_timeline = new TimelineView(*m_timelineModel, m_centre);
    m_conversations = new ConversationsView(*m_conversationsModel, m_centre);
    m_contacts = new ContactsView(*m_contactsModel, m_centre);
    m_search = new SearchPanel(*m_searchModel, m_store, m_centre);
    m_centre->addWidget(m_timeline);
    m_centre->addWidget(m_conversations);
    m_centre->addWidget(m_contacts);
    m_centre->addWidget(m_search);
    connect(m_centre, &QStackedWidget::currentChanged, this, &MainWindow::onCentreChanged);
    return m_centre;
}

void MainWindow::restoreSettings()
{
    QSettings settings(QSettings::UserScope, QStringLiteral("holdfast"), QStringLiteral("holdfast"));
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_detail->show();

    const qint64 lastAccount = settings.value(kLastAccountKey).toLongLong();
    const int lastCollection = settings.value(kLastCollectionKey, int(Collection::Posts)).toInt();
    if (m_accountsModel->indexOfAccount(lastAccount).isValid())
        m_accountsPane->selectCollection(lastAccount, Collection(lastCollection));
    else if (m_accountsModel->rowCount() > 0)
        m_accountsPane->selectCollection(m_accountsModel->index(0, 0).data(AccountsModel::AccountIdRole).toLongLong(),
                                         Collection::Posts);
    onCentreChanged();
}

void MainWindow::saveSettings() const
{
    QSettings settings(QSettings::UserScope, QStringLiteral("holdfast"), QStringLiteral("holdfast"));
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_detail->isHidden() && !m_splitterState.isEmpty() ? m_splitterState
                                                                                       : m_splitter->saveState());
    settings.setValue(kLastAccountKey, m_accountsPane->currentAccountId());
    settings.setValue(kLastCollectionKey, int(m_accountsPane->currentCollection().value_or(Collection::Posts)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // What was fetched so far is committed page by page; stopping now loses nothing.
    m_backups->shutdown();
    QMainWindow::closeEvent(event);
}

QString MainWindow::handleOf(qint64 accountId) const
{
    const auto account = m_store.account(accountId);
    return account ? account->handle : QString();
}

void MainWindow::showCollection(qint64 accountId, Collection collection)
{
    if (!m_searchField->text().isEmpty()) {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->clear();
    }
    m_detail->clear();
    const QString title = tr("%1 · %2").arg(UiFormat::collectionTitle(collection), handleOf(accountId));
    switch (collection) {
    case Collection::Messages:
        m_conversations->setAccount(accountId, title);
        m_centre->setCurrentWidget(m_conversations);
        setTabOrder(m_accountsPane->tree(), m_conversations->table());
        break;
    case Collection::Followers:
    case Collection::Following:
        m_contacts->setAccount(accountId, collection, title);
        m_centre->setCurrentWidget(m_contacts);
        setTabOrder(m_accountsPane->tree(), m_contacts->table());
        break;
    default:
        m_timeline->setSource(accountId, collection, title);
        m_centre->setCurrentWidget(m_timeline);
        setTabOrder(m_accountsPane->tree(), m_timeline->list());
        break;
    }
}

void MainWindow::onCentreChanged()
{
    // People have no detail to read: the contacts table gets the detail pane's room. The
    // splitter's state with the pane shown is what gets saved.
    const bool showDetail = m_centre->currentWidget() != m_contacts;
    if (!showDetail && m_detail->isVisible())
        m_splitterState = m_splitter->saveState();
    m_detail->setVisible(showDetail);
}

void MainWindow::onSearchTextChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        leaveSearch();
        return;
    }
    if (m_centre->currentWidget() != m_search) {
        m_pageBeforeSearch = m_centre->currentWidget();
        m_centre->setCurrentWidget(m_search);
        m_detail->clear();
    }
    m_search->setText(text);
}

void MainWindow::leaveSearch()
{
    if (m_centre->currentWidget() != m_search)
        return;
    m_centre->setCurrentWidget(m_pageBeforeSearch ? m_pageBeforeSearch : m_timeline);
    m_detail->clear();
}

void MainWindow::openAddAccountDialog(const std::optional<Account> &signInAgain)
{
    auto *dialog = new AddAccountDialog(m_store.dataDirectory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (signInAgain)
        dialog->prefillFor(*signInAgain);
    connect(dialog, &AddAccountDialog::accountAdded, this, &MainWindow::onAccountAdded);
    dialog->open();
}

void MainWindow::openReports()
{
    // One Reports window at a time; it closes (and stops computing) with the main window.
    auto *reports = findChild<ReportsWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!reports) {
        reports = new ReportsWindow(m_store, m_accountsPane->currentAccountId(), this);
        reports->setAttribute(Qt::WA_DeleteOnClose);
    }
    reports->show();
    reports->raise();
    reports->activateWindow();
}

void MainWindow::onAccountAdded(qint64 accountId, const QString &handle)
{
    m_accountsModel->reload();
    m_search->reloadAccounts();
    m_accountsPane->selectAccount(accountId);
    showMessage(tr("Added %1. Back it up now to start the archive.").arg(handle), MessageBar::Type::Positive,
                tr("Back Up Now"), [this, accountId] { backUp(accountId); });
}

void MainWindow::backUp(qint64 accountId)
{
    if (accountId == 0)
        return;
    if (!m_backups->start(accountId))
        qCDebug(lcUi) << "backup already running for" << accountId;
}

void MainWindow::backUpAll()
{
    const QList<Account> accounts = m_store.accounts();
    if (accounts.isEmpty()) {
        showMessage(tr("There is nothing to back up yet. Add an account first."), MessageBar::Type::Information,
                    tr("Add Account…"), [this] { openAddAccountDialog(); });
        return;
    }
    for (const Account &account : accounts)
        backUp(account.id);
}

void MainWindow::removeCurrentAccount()
{
    const auto account = m_store.account(m_accountsPane->currentAccountId());
    if (!account)
        return;
    if (m_backups->isRunning(account->id)) {
        showMessage(tr("%1 is being backed up. Cancel the backup first, then remove the account.").arg(account->handle),
                    MessageBar::Type::Warning);
        return;
    }
    if (!ModalDialogs::confirmDestructive(
            this, tr("Remove Account"),
            tr("Remove %1 and everything archived for it from this computer? Its sign-in is deleted from the "
               "keychain. Nothing changes on the server.")
                .arg(account->handle),
            tr("&Remove")))
        return;
    const QString dataDir = m_store.dataDirectory();
    const Account removed = *account;
    // Keychain calls block: off the GUI thread, with a Store of that thread's own.
    runInBackground<QString>(
        this,
        [dataDir, removed] {
            auto store = Store::open(dataDir);
            if (!store)
                return store.error().message;
            SecretStore secrets;
            auto done = AccountRegistry(**store, secrets).removeAccount(removed);
            return done ? QString() : done.error().message;
        },
        [this, removed](QString error) {
            if (!error.isEmpty()) {
                showMessage(tr("Could not remove %1: %2").arg(removed.handle, error), MessageBar::Type::Error);
                return;
            }
            m_accountsModel->reload();
            m_search->reloadAccounts();
            if (m_timeline->accountId() == removed.id)
                m_timeline->clear();
            m_detail->clear();
            showMessage(tr("Removed %1 and its archive.").arg(removed.handle), MessageBar::Type::Positive);
        });
}

void MainWindow::onBackupFinished(const BackupRun &run)
{
    refreshViewsOf(run.accountId, true);
    updateActions();
    if (run.outcome != u"failed")
        return;
    const QString handle = handleOf(run.accountId);
    if (m_backups->needsSignIn(run)) {
        const auto account = m_store.account(run.accountId);
        showMessage(tr("The backup of %1 failed: %2\nSign in to this account again, then back it up.")
                        .arg(handle, run.error),
                    MessageBar::Type::Error, tr("Sign In Again…"), [this, account] { openAddAccountDialog(account); });
    } else {
        const qint64 accountId = run.accountId;
        showMessage(tr("The backup of %1 failed: %2\nWhat was fetched is kept. Try again later.").arg(handle, run.error),
                    MessageBar::Type::Error, tr("Retry"), [this, accountId] { backUp(accountId); });
    }
}

void MainWindow::openImportDialog()
{
    auto *dialog = new ImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importRequested, this, [this](const QString &path, qint64 accountId) {
        importers::ImportOptions options;
        if (accountId != 0)
            options.account = QString::number(accountId);
        m_messageBar->hideMessage();
        m_importPanel->start(path, options);
    });
    dialog->open();
}

void MainWindow::onImportFinished(const importers::ImportSummary &summary, const QString &error, bool cancelled)
{
    m_accountsModel->reload();
    m_search->reloadAccounts();
    if (summary.accountId != 0) {
        if (summary.accountCreated)
            m_accountsPane->selectAccount(summary.accountId);
        refreshViewsOf(summary.accountId, true);
    }
    if (cancelled) {
        showMessage(tr("The import was cancelled. Entries it had already written are kept and the "
                       "import is recorded as cancelled; importing the archive again completes it "
                       "without duplicates."),
                    MessageBar::Type::Warning);
        return;
    }
    if (!error.isEmpty()) {
        showMessage(tr("The import failed: %1").arg(error), MessageBar::Type::Error, tr("Import Another…"),
                    [this] { openImportDialog(); });
        return;
    }
    const int skipped = summary.skippedTotal();
    QString text = tr("Imported %1 into %2: %n new entries", nullptr, summary.addedTotal())
                       .arg(summary.archive, summary.account);
    if (skipped > 0)
        text += tr("; %n skipped (see the details for why)", nullptr, skipped);
    else if (!summary.skipped.isEmpty())
        text += tr("; see the details for notes");
    const QString title = tr("Import of %1").arg(summary.archive);
    const QStringList lines = summary.lines();
    showMessage(text, skipped > 0 || !summary.skipped.isEmpty() ? MessageBar::Type::Warning : MessageBar::Type::Positive,
                tr("Details…"), [this, title, lines] {
                    auto *details = new ImportDetailsDialog(title, lines, this);
                    details->setAttribute(Qt::WA_DeleteOnClose);
                    details->show();
                });
}

void MainWindow::refreshViewsOf(qint64 accountId, bool finished)
{
    // Counts and last-backup dates in the tree change in place (no reset).
    m_accountsModel->reload();
    m_detail->refresh(); // an edit or deletion of the item being read shows at once
    if (m_centre->currentWidget() == m_timeline && m_timeline->accountId() == accountId)
        m_timeline->refreshNewer();
    else if (m_centre->currentWidget() == m_conversations)
        m_conversations->refresh();
    else if (finished && m_centre->currentWidget() == m_contacts)
        m_contacts->refresh(); // contact lists reload whole: only once the run is done
}

void MainWindow::updateActions()
{
    const qint64 current = m_accountsPane ? m_accountsPane->currentAccountId() : 0;
    m_backUpNow->setEnabled(current != 0 && !m_backups->isRunning(current));
    m_removeAccount->setEnabled(current != 0);
    m_backUpAll->setEnabled(m_accountsModel->rowCount() > 0);
    m_cancelBackups->setEnabled(m_backups->isBusy());
    m_importArchive->setEnabled(m_importPanel && !m_importPanel->isRunning());
}

void MainWindow::showMessage(const QString &text, MessageBar::Type type, const QString &actionText,
                             std::function<void()> action)
{
    // Later, not now: this may run from inside the old action's own trigger.
    if (m_messageAction)
        m_messageAction->deleteLater();
    m_messageAction = nullptr;
    if (action) {
        m_messageAction = new QAction(actionText, this);
        connect(m_messageAction, &QAction::triggered, this, std::move(action));
    }
    m_messageBar->showMessage(text, type, m_messageAction);
}

void MainWindow::addExportActions(QMenu *file)
{
    file->addSeparator();
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        openExportDialog(new ExportDialog(m_store, m_accountsPane->currentAccountId(), this));
    });
    QAction *packageAction = file->addAction(tr("Records-Request &Package…"));
    packageAction->setObjectName(QStringLiteral("packageAction"));
    connect(packageAction, &QAction::triggered, this, [this] {
        openExportDialog(new PackageDialog(m_store, m_accountsPane->currentAccountId(), this));
    });
}

void MainWindow::openExportDialog(ExportJobDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportJobDialog::exportFinished, this, [this](const QString &message, const QString &folder) {
        showMessage(message, MessageBar::Type::Positive, tr("Open Folder"),
                    [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    });
    dialog->open();
}

} // namespace holdfast::ui
