#pragma once

#include "connectors/engine/BackupJob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace holdfast {
class Store;
}

namespace holdfast::ui {

class BackupController;

/**
 * One row per account backing up: what it is doing ("Timeline: 340 items · 85 items/s",
 * "Waiting for the rate limit until 14:05"), a busy bar and a Cancel button; when the run ends
 * the row shows its summary until dismissed. Follows the controller by itself; the store is
 * only read for account handles.
 */
class BackupProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupProgressPanel)
public:
    BackupProgressPanel(BackupController &controller, const Store &store, QWidget *parent = nullptr);

    /// The status line of an account's row (empty if there is none).
    QString statusText(qint64 accountId) const;

private:
    struct Row
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *status = nullptr;
        QProgressBar *bar = nullptr;
        QPushButton *cancel = nullptr;
        QToolButton *dismiss = nullptr;
        QElapsedTimer clock;
    };

    Row &rowFor(qint64 accountId);
    void onStarted(qint64 accountId);
    void onProgress(const BackupProgress &progress);
    void onFinished(const BackupRun &run);
    void removeRow(qint64 accountId);

    BackupController &m_controller;
    const Store &m_store;
    QVBoxLayout *m_rows;
    QHash<qint64, Row> m_rowByAccount;
};

} // namespace holdfast::ui
