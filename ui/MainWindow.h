#pragma once

#include <QMainWindow>

class QListWidget;

namespace holdfast::ui {

/// The main window. For now it lists the archived accounts; the full browsing UI follows.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QString dataDir, QWidget *parent = nullptr);

private:
    void reloadAccounts();

    QString m_dataDir;
    QListWidget *m_accounts;
};

} // namespace holdfast::ui
