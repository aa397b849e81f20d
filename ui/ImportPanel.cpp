#include "ui/ImportPanel.h"

#include "connectors/importers/ArchiveImport.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QToolButton>

namespace holdfast::ui {

using importers::ImportProgress;
using importers::ImportSummary;

ImportPanel::ImportPanel(QString dataDir, QWidget *parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("importPanel"));
    setAccessibleName(tr("Archive import"));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);

    m_title->setParent(frame);
    m_title->setObjectName(QStringLiteral("importTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_status->setParent(frame);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_bar->setParent(frame);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 0); // an archive does not say up front how many entries it holds
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_bar->fontMetrics().height() / 2 + 2);
    m_bar->setAccessibleName(tr("Import running"));

    m_cancel->setParent(frame);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancel);

    m_dismiss->setParent(frame);
    m_dismiss->setObjectName(QStringLiteral("importDismissButton"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the import summary"));
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);

    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(6, 4, 4, 4);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_cancel, 0, 1, 2, 1, Qt::AlignTop);
    grid->addWidget(m_dismiss, 0, 2, Qt::AlignTop);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_bar, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    hide();
}

ImportPanel::~ImportPanel()
{
    if (m_cancellation)
        m_cancellation->cancel();
    // The thread quits by itself once the job has finished (no event loop needed here).
    if (m_thread)
        m_thread->wait(10'000);
}

QString ImportPanel::statusText() const
{
    return m_status->text();
}

bool ImportPanel::start(const QString &path, const importers::ImportOptions &options)
{
    if (isRunning())
        return false;
    m_archiveName = QFileInfo(path).fileName();
    auto *job = new importers::ArchiveImportJob(m_dataDir, path, options);
    m_cancellation = job->cancellation();
    connect(job, &importers::ArchiveImportJob::progress, this, &ImportPanel::onProgress);
    connect(job, &importers::ArchiveImportJob::finished, this, &ImportPanel::onFinished);
    m_title->setText(tr("Importing %1").arg(m_archiveName));
    m_status->setText(tr("Starting…"));
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_dismiss->hide();
    show();
    m_thread = importers::startImportThread(job);
    emit runningChanged(true);
    return true;
}

void ImportPanel::cancel()
{
    if (!m_cancellation)
        return;
    m_cancellation->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportPanel::onProgress(const ImportProgress &progress)
{
    if (!m_cancel->isEnabled())
        return; // keep saying "Cancelling…" until the job ends
    m_status->setText(progress.message);
}

void ImportPanel::onFinished(const ImportSummary &summary, const QString &error)
{
    const bool cancelled = m_cancellation && m_cancellation->isCancelled();
    m_cancellation.reset();
    m_title->setText(m_archiveName);
    if (error.isEmpty()) {
        const int skipped = summary.skippedTotal();
        m_status->setText(tr("Imported into %1: %n new entries", nullptr, summary.addedTotal()).arg(summary.account)
                          + (skipped ? tr(", %n skipped", nullptr, skipped) : QString()));
    } else {
        m_status->setText(cancelled ? tr("Import cancelled") : tr("Import failed"));
    }
    m_status->setAccessibleDescription(m_status->text());
    m_bar->hide();
    m_cancel->hide();
    m_dismiss->show();
    emit runningChanged(false);
    emit finished(summary, error, cancelled);
}

} // namespace holdfast::ui
