#pragma once

#include "connectors/engine/BackupJob.h"
#include "models/domain/Account.h"
#include "connectors/importers/ImportSummary.h"
#include "models/domain/Collection.h"
#include "ui/MessageBar.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace holdfast {
class AccountsModel;
class ContactsModel;
class ConversationsModel;
class SearchResultsModel;
class Store;
class TimelineModel;
}

namespace holdfast::ui {

class AccountsPane;
class BackupController;
class BackupProgressPanel;
class ContactsView;
class ConversationsView;
class ExportJobDialog;
class ImportPanel;
class ItemDetailView;
class SearchPanel;
class TimelineView;

/**
 * The main window: accounts on the left, the selected collection in the centre (timeline,
 * conversations, contacts or search results), the selected item on the right, the search
 * field in the tool bar and a message bar on top. It owns the item models over the GUI
 * thread's Store and the BackupController, and wires them to the panes; the panes themselves
 * know nothing of each other.
 *
 * Geometry, tool bar and splitter state are kept in QSettings (UI state only).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    BackupController &backups() const { return *m_backups; }
    MessageBar *messageBar() const { return m_messageBar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QWidget *buildCentre();
    void restoreSettings();
    void saveSettings() const;

    void showCollection(qint64 accountId, Collection collection);
    void onCentreChanged();
    void onSearchTextChanged(const QString &text);
    void leaveSearch();
    /// With an account: "sign in again" for it (its platform, server or handle filled in).
    void openAddAccountDialog(const std::optional<Account> &signInAgain = std::nullopt);
    void openReports();
    void onAccountAdded(qint64 accountId, const QString &handle);
    void backUp(qint64 accountId);
    void backUpAll();
    void removeCurrentAccount();
    void addExportActions(QMenu *file);
    void openExportDialog(ExportJobDialog *dialog);
    void onBackupFinished(const BackupRun &run);
    void openImportDialog();
    void onImportFinished(const importers::ImportSummary &summary, const QString &error, bool cancelled);
    void refreshViewsOf(qint64 accountId, bool finished);
    void updateActions();
    void showMessage(const QString &text, MessageBar::Type type, const QString &actionText = {},
                     std::function<void()> action = {});
    QString handleOf(qint64 accountId) const;

    Store &m_store;
    AccountsModel *m_accountsModel;
    TimelineModel *m_timelineModel;
    ConversationsModel *m_conversationsModel;
    ContactsModel *m_contactsModel;
    SearchResultsModel *m_searchModel;
    BackupController *m_backups;

    MessageBar *m_messageBar = nullptr;
    QAction *m_messageAction = nullptr;
    QLineEdit *m_searchField = nullptr;
    QSplitter *m_splitter = nullptr;
    AccountsPane *m_accountsPane = nullptr;
    BackupProgressPanel *m_progressPanel = nullptr;
    ImportPanel *m_importPanel = nullptr;
    QStackedWidget *m_centre = nullptr;
    TimelineView *m_timeline = nullptr;
    ConversationsView *m_conversations = nullptr;
    ContactsView *m_contacts = nullptr;
    SearchPanel *m_search = nullptr;
    ItemDetailView *m_detail = nullptr;
    QWidget *m_pageBeforeSearch = nullptr;
    QByteArray m_splitterState; ///< with the detail pane shown, kept while contacts hide it
    QTimer *m_liveRefresh = nullptr;
    qint64 m_liveRefreshAccount = 0;

    QAction *m_addAccount = nullptr;
    QAction *m_removeAccount = nullptr;
    QAction *m_importArchive = nullptr;
    QAction *m_backUpNow = nullptr;
    QAction *m_backUpAll = nullptr;
    QAction *m_cancelBackups = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace holdfast::ui
