#pragma once

#include "models/reports/ReportFigures.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace holdfast {
class Store;
}

namespace holdfast::ui {

class MessageBar;
class ReportWorker;

/**
 * The Reports window: the headline figures and charts of the PDF report, live for the chosen
 * accounts and period, with "Export PDF…" and "Export CSV of the figures…".
 *
 * The figures are computed by a ReportWorker (its own thread and Store); while it works the
 * window says so, and a change of accounts or period supersedes the running computation.
 * The period is whole days in UTC, both ends included (the PDF's "until" is the day after).
 *
 *     auto *reports = new ReportsWindow(store, currentAccountId, mainWindow);
 *     reports->show();
 */
class ReportsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)
public:
    /// The quick choices of the period combo box, in its order.
    enum class Preset { Custom, Last7Days, Last30Days, LastMonth, ThisYear };

    /// Lists the store's accounts with `selectedAccountId` checked (the first if 0/unknown).
    ReportsWindow(Store &store, qint64 selectedAccountId, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    /// Shows [from, to] (days, both included) and recomputes.
    void setPeriod(QDate from, QDate to);
    /// The days a preset stands for, counted from `today`.
    static std::pair<QDate, QDate> presetPeriod(Preset preset, QDate today);

signals:
    /// New figures are on screen (after every finished computation).
    void figuresShown();

private:
    QWidget *buildControls();
    QWidget *buildFigures();
    QWidget *buildCharts();
    QWidget *buildDetails();
    QTableWidget *makeList(const QString &name, const QString &accessibleName, const QStringList &headers,
                           int stretchColumn);
    void showLists(const ReportFigures &figures);
    void applyPreset(int index);
    void onPeriodEdited();
    void scheduleRecompute();
    void recompute();
    void showFigures(const ReportFigures &figures);
    void showFailure(const QString &message);
    void setBusy(bool busy);
    void exportPdf();
    void exportCsv();
    QString suggestedPath(const QString &extension) const;
    QList<qint64> checkedAccounts() const;

    Store &m_store;
    ReportWorker *m_worker;
    std::optional<ReportFigures> m_figures; ///< what is shown; exports write exactly this

    MessageBar *m_messageBar = nullptr;
    QListWidget *m_accounts = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableWidget *m_table = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QTableWidget *m_topContacts = nullptr;
    QTableWidget *m_unanswered = nullptr;
    QTableWidget *m_topPosts = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace holdfast::ui
