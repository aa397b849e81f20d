#pragma once

#include "ui/ExportJob.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace holdfast::ui {

/**
 * What the export dialogs share: a form (filled by the subclass), the period and destination
 * rows, and running the export on a worker thread with a progress bar and Cancel. Cancel or
 * Escape while it runs stops the export (nothing is left at the destination) and keeps the
 * dialog open; on success the dialog closes and emits exportFinished() for the message bar.
 *
 * Subclasses add their rows to form(), call addPeriodRows()/addDestinationRow() where they
 * belong, and implement buildRequest() and successMessage().
 */
class ExportJobDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJobDialog)
public:
    ~ExportJobDialog() override;

    bool isRunning() const { return m_job != nullptr; }

signals:
    /// The export succeeded: `message` for the message bar, `folder` to offer to open.
    void exportFinished(const QString &message, const QString &folder);

public slots:
    void reject() override;

protected:
    ExportJobDialog(QString dataDir, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    QString dataDir() const { return m_dataDir; }
    void addPeriodRows();
    void addDestinationRow();
    /// Start and end of the chosen period (the "to" day counts whole); invalid = open.
    QDateTime since() const;
    QDateTime until() const;
    /// False, after showError(), when the period ends before it starts.
    bool checkPeriod();
    /// The destination, asking for one if the field is empty; empty if the person cancelled.
    QString destination();
    void setStartText(const QString &text);
    void showError(const QString &text);

    /// The export to run, or nullopt after showError() when the form is incomplete.
    virtual std::optional<ExportRequest> buildRequest() = 0;
    virtual QString successMessage(const ExportOutcome &outcome) const = 0;
    /// The folder to offer to open after a successful export.
    virtual QString folderOf(const ExportRequest &request) const;
    /// Where the file chooser starts and which files it shows.
    virtual QString suggestedDestination() const = 0;
    virtual QString destinationFilter() const = 0;

private:
    void start();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ExportOutcome &outcome);
    void chooseDestination();
    void stopThread();

    QString m_dataDir;
    QWidget *m_formWidget;
    QFormLayout *m_form;
    QCheckBox *m_sinceCheck = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_untilCheck = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_destination = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_cancel;

    QThread *m_thread = nullptr;
    ExportJob *m_job = nullptr;
    ExportRequest m_request;
};

} // namespace holdfast::ui
