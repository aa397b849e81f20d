#include "ui/ExportJobDialog.h"

#include "ui/DialogSeams.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace holdfast::ui {

ExportJobDialog::ExportJobDialog(QString dataDir, QWidget *parent)
    : QDialog(parent),
      m_dataDir(std::move(dataDir)),
      m_formWidget(new QWidget(this)),
      m_form(new QFormLayout(m_formWidget)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    m_start = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("exportStartButton"));
    m_start->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("exportCancelButton"));
    // Not the box's accepted(): the dialog stays open while the export runs.
    connect(m_start, &QPushButton::clicked, this, &ExportJobDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ExportJobDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formWidget);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

ExportJobDialog::~ExportJobDialog()
{
    if (m_job)
        m_job->cancel();
    stopThread();
}

void ExportJobDialog::addPeriodRows()
{
    const QDate today = QDate::currentDate();
    const auto row = [this](const QString &label, const QString &name, const QString &accessible,
                            const QDate &date, QCheckBox *&check, QDateEdit *&edit) {
        check = new QCheckBox(label, m_formWidget);
        check->setObjectName(name + QStringLiteral("Check"));
        edit = new QDateEdit(date, m_formWidget);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        m_form->addRow(check, edit);
    };
    row(tr("&From:"), QStringLiteral("exportSince"), tr("From date"), today.addMonths(-1), m_sinceCheck, m_since);
    row(tr("&To:"), QStringLiteral("exportUntil"), tr("To date, included"), today, m_untilCheck, m_until);
}

void ExportJobDialog::addDestinationRow()
{
    auto *row = new QWidget(m_formWidget);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_destination = new QLineEdit(row);
    m_destination->setObjectName(QStringLiteral("exportDestinationEdit"));
    m_destination->setAccessibleName(tr("Destination"));
    m_destination->setPlaceholderText(tr("Choose where to save"));
    auto *choose = new QPushButton(tr("C&hoose…"), row);
    choose->setObjectName(QStringLiteral("exportChooseButton"));
    choose->setAccessibleName(tr("Choose the destination"));
    connect(choose, &QPushButton::clicked, this, &ExportJobDialog::chooseDestination);
    layout->addWidget(m_destination, 1);
    layout->addWidget(choose);
    auto *label = new QLabel(tr("&Save to:"), m_formWidget);
    label->setBuddy(m_destination);
    m_form->addRow(label, row);
}

QDateTime ExportJobDialog::since() const
{
    return m_sinceCheck && m_sinceCheck->isChecked() ? m_since->date().startOfDay() : QDateTime();
}

QDateTime ExportJobDialog::until() const
{
    return m_untilCheck && m_untilCheck->isChecked() ? m_until->date().addDays(1).startOfDay() : QDateTime();
}

bool ExportJobDialog::checkPeriod()
{
    if (since().isValid() && until().isValid() && since() >= until()) {
        showError(tr("The “From” date must not be after the “To” date."));
        return false;
    }
    return true;
}

void ExportJobDialog::chooseDestination()
{
    const QString current = m_destination->text().trimmed();
    const QString chosen = FileDialogs::saveFileName(this, tr("Save Export"),
                                                     current.isEmpty() ? suggestedDestination() : current,
                                                     destinationFilter());
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

QString ExportJobDialog::destination()
{
    if (m_destination->text().trimmed().isEmpty())
        chooseDestination();
    return m_destination->text().trimmed();
}

void ExportJobDialog::setStartText(const QString &text)
{
    m_start->setText(text);
}

void ExportJobDialog::showError(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_status->show();
}

QString ExportJobDialog::folderOf(const ExportRequest &request) const
{
    return QFileInfo(request.destination).absolutePath();
}

void ExportJobDialog::start()
{
    if (m_job)
        return;
    std::optional<ExportRequest> request = buildRequest();
    if (!request)
        return;
    m_request = *request;
    m_request.dataDir = m_dataDir;

    m_formWidget->setEnabled(false);
    m_start->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Exporting…"));
    m_status->show();
    m_progress->setRange(0, 0);
    m_progress->show();

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("export"));
    m_job = new ExportJob(m_request);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ExportJob::run);
    connect(m_job, &ExportJob::progress, this, &ExportJobDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportJobDialog::onFinished);
    m_thread->start();
}

void ExportJobDialog::onProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        // QProgressBar counts in int: scale to per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        m_status->setText(tr("Exported %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_status->setText(tr("Exported %1…").arg(QLocale().toString(done)));
    }
}

void ExportJobDialog::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_job;
    delete m_thread;
    m_job = nullptr;
    m_thread = nullptr;
}

void ExportJobDialog::onFinished(const ExportOutcome &outcome)
{
    stopThread();
    m_progress->hide();
    m_formWidget->setEnabled(true);
    m_start->setEnabled(true);
    m_cancel->setEnabled(true);
    if (outcome.succeeded) {
        emit exportFinished(successMessage(outcome), folderOf(m_request));
        accept();
        return;
    }
    if (outcome.cancelled) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Cancelled. Nothing was written to %1.").arg(outcome.destination));
        m_status->show();
        return;
    }
    showError(tr("The export failed: %1").arg(outcome.error));
}

void ExportJobDialog::reject()
{
    if (!m_job) {
        QDialog::reject();
        return;
    }
    // Stop first: the dialog closes once the job has removed what it wrote.
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

} // namespace holdfast::ui
