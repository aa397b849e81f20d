#include "ui/BackupProgressPanel.h"

#include "models/store/Store.h"
#include "ui/BackupController.h"
#include "ui/UiFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace holdfast::ui {

BackupProgressPanel::BackupProgressPanel(BackupController &controller, const Store &store, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_store(store), m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("backupProgressPanel"));
    setAccessibleName(tr("Backups in progress"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    connect(&controller, &BackupController::started, this, &BackupProgressPanel::onStarted);
    connect(&controller, &BackupController::progress, this, &BackupProgressPanel::onProgress);
    connect(&controller, &BackupController::finished, this, &BackupProgressPanel::onFinished);
    hide();
}

QString BackupProgressPanel::statusText(qint64 accountId) const
{
    const auto it = m_rowByAccount.constFind(accountId);
    return it == m_rowByAccount.cend() ? QString() : it->status->text();
}

BackupProgressPanel::Row &BackupProgressPanel::rowFor(qint64 accountId)
{
    auto it = m_rowByAccount.find(accountId);
    if (it != m_rowByAccount.end())
        return *it;

    const QString id = QString::number(accountId);
    Row row;
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("backupRow_") + id);
    frame->setFrameShape(QFrame::StyledPanel);
    row.frame = frame;
    row.title = new QLabel(frame);
    row.title->setTextFormat(Qt::PlainText);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    const auto account = m_store.account(accountId);
    row.title->setText(account ? account->handle : tr("Account %1").arg(accountId));

    row.status = new QLabel(frame);
    row.status->setObjectName(QStringLiteral("backupStatus_") + id);
    row.status->setTextFormat(Qt::PlainText);
    row.status->setWordWrap(true);

    row.bar = new QProgressBar(frame);
    row.bar->setRange(0, 0); // the platform does not say how much there is: a busy bar
    row.bar->setTextVisible(false);
    row.bar->setMaximumHeight(row.bar->fontMetrics().height() / 2 + 2);
    row.bar->setAccessibleName(tr("Backup of %1 running").arg(row.title->text()));

    row.cancel = new QPushButton(tr("Cancel"), frame);
    row.cancel->setObjectName(QStringLiteral("backupCancel_") + id);
    row.cancel->setAccessibleName(tr("Cancel the backup of %1").arg(row.title->text()));
    connect(row.cancel, &QPushButton::clicked, this, [this, accountId] {
        m_controller.cancel(accountId);
        auto &r = rowFor(accountId);
        r.cancel->setEnabled(false);
        r.status->setText(tr("Cancelling…"));
    });

    row.dismiss = new QToolButton(frame);
    row.dismiss->setObjectName(QStringLiteral("backupDismiss_") + id);
    row.dismiss->setAutoRaise(true);
    row.dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    row.dismiss->setToolTip(tr("Dismiss"));
    row.dismiss->setAccessibleName(tr("Dismiss the summary of %1").arg(row.title->text()));
    row.dismiss->hide();
    connect(row.dismiss, &QToolButton::clicked, this, [this, accountId] { removeRow(accountId); });

    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(6, 4, 4, 4);
    grid->addWidget(row.title, 0, 0);
    grid->addWidget(row.cancel, 0, 1, 2, 1, Qt::AlignTop);
    grid->addWidget(row.dismiss, 0, 2, Qt::AlignTop);
    grid->addWidget(row.status, 1, 0);
    grid->addWidget(row.bar, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    m_rows->addWidget(frame);
    show();
    return *m_rowByAccount.insert(accountId, row);
}

void BackupProgressPanel::onStarted(qint64 accountId)
{
    Row &row = rowFor(accountId);
    row.clock.start();
    row.status->setText(tr("Connecting…"));
    row.bar->show();
    row.cancel->show();
    row.cancel->setEnabled(true);
    row.dismiss->hide();
}

void BackupProgressPanel::onProgress(const BackupProgress &progress)
{
    Row &row = rowFor(progress.accountId);
    if (!row.cancel->isEnabled())
        return; // keep saying "Cancelling…" until the job ends
    const double seconds = row.clock.isValid() ? row.clock.elapsed() / 1000.0 : 0;
    const double rate = seconds > 1 ? progress.totalItems / seconds : 0;
    row.status->setText(UiFormat::progressLine(progress, rate));
}

void BackupProgressPanel::onFinished(const BackupRun &run)
{
    Row &row = rowFor(run.accountId);
    row.status->setText(UiFormat::runSummary(run));
    row.bar->hide();
    row.cancel->hide();
    row.dismiss->show();
    row.status->setAccessibleDescription(row.status->text());
}

void BackupProgressPanel::removeRow(qint64 accountId)
{
    const Row row = m_rowByAccount.take(accountId);
    if (row.frame)
        row.frame->deleteLater();
    if (m_rowByAccount.isEmpty())
        hide();
}

} // namespace holdfast::ui
