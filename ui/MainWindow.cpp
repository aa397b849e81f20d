#include "ui/MainWindow.h"

#include "models/store/Store.h"

#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace holdfast::ui {

MainWindow::MainWindow(QString dataDir, QWidget *parent)
    : QMainWindow(parent), m_dataDir(std::move(dataDir)), m_accounts(new QListWidget(this))
{
    setWindowTitle(tr("Holdfast"));
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(tr("Archived accounts"), central));
    layout->addWidget(m_accounts);
    setCentralWidget(central);
    resize(900, 600);
    reloadAccounts();
}

void MainWindow::reloadAccounts()
{
    m_accounts->clear();
    auto store = Store::open(m_dataDir);
    if (!store) {
        statusBar()->showMessage(store.error().message);
        return;
    }
    for (const Account &account : (*store)->accounts())
        m_accounts->addItem(QStringLiteral("%1 (%2)").arg(account.handle, account.platform));
    if (m_accounts->count() == 0)
        statusBar()->showMessage(tr("No accounts yet. Add one with `holdfast accounts add`."));
}

} // namespace holdfast::ui
