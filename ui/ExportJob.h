#pragma once

#include "models/domain/Result.h"
#include "models/export/HtmlArchiveExporter.h"
#include "models/export/ItemExporter.h"
#include "reports/RecordsPackage.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace holdfast::ui {

/// One export to run: what, from which archive, to where.
struct ExportRequest
{
    enum class Kind {
        Items,          ///< one collection as JSON Lines or CSV (`items`)
        HtmlFolder,     ///< the HTML archive as a folder (`html`)
        HtmlZip,        ///< the HTML archive as one ZIP file (`html`)
        Package,        ///< a records-request package (`package`)
    };
    Kind kind = Kind::Items;
    QString dataDir;            ///< the archive to read (the job opens its own Store on it)
    QString destination;        ///< file or folder to create
    ExportOptions items;
    HtmlArchiveOptions html;
    reports::PackageOptions package;
};

/// How an export ended.
struct ExportOutcome
{
    bool succeeded = false;
    bool cancelled = false;
    QString error;              ///< why it failed (empty on success or cancel)
    qint64 records = 0;         ///< items and people written
    QString destination;
};

/**
 * One export, run on a worker thread with its own Store (a Store serves one thread only):
 * reports progress a few times a second and honours cancel() between records. The exporters
 * write under a temporary name, so a cancelled or failed export leaves nothing at the
 * destination. ExportJobDialog owns the thread.
 *
 *     auto *job = new ExportJob(request);
 *     job->moveToThread(thread);
 *     connect(thread, &QThread::started, job, &ExportJob::run);
 *     job->cancel();                               // from any thread
 */
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)
public:
    explicit ExportJob(ExportRequest request);

    /// Asks the job to stop after the current record; thread-safe.
    void cancel() { m_cancelRequested = true; }
    /// Runs the export (on the thread the job lives on) and emits finished().
    void run();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const holdfast::ui::ExportOutcome &outcome);

private:
    ExportOutcome runOn(const Store &store);
    bool report(qint64 done, qint64 total);

    ExportRequest m_request;
    std::atomic_bool m_cancelRequested = false;
    qint64 m_lastReportMs = -1;
};

} // namespace holdfast::ui

Q_DECLARE_METATYPE(holdfast::ui::ExportOutcome)
