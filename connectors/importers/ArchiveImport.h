#pragma once

#include "connectors/common/CancellationToken.h"
#include "connectors/importers/ImportSummary.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace holdfast {
class Store;
}

namespace holdfast::importers {

/**
 * Imports one data-export archive into the store: verifies the whole archive first (so hostile
 * or broken archives are refused before anything is written), detects the format from
 * content, picks the account (the one with the same platform identity, the one named by
 * ImportOptions::account, or a new offline account), records the import as a backup run and
 * runs the format's importer. Runs on the calling thread with the given Store.
 */
class ArchiveImport final
{
public:
    ArchiveImport(Store &store, QString path, ImportOptions options,
                  const CancellationToken *cancellation = nullptr,
                  std::function<void(const ImportProgress &)> progress = {});

    /// The summary (also on failure once an account and run exist: see run outcome).
    Result<ImportSummary> run();

private:
    Store &m_store;
    QString m_path;
    ImportOptions m_options;
    const CancellationToken *m_cancellation;
    std::function<void(const ImportProgress &)> m_progress;
};

/**
 * ArchiveImport on a worker thread for the GUI, modelled on BackupJob: create it, move it to
 * a QThread (or use startImportThread), and run() opens its own Store there. cancel() may be
 * called from any thread; progress() and finished() arrive by queued signals.
 */
class ArchiveImportJob final : public QObject
{
    Q_OBJECT
public:
    ArchiveImportJob(QString dataDir, QString path, ImportOptions options = {},
                     QObject *parent = nullptr);
    ~ArchiveImportJob() override;

    void cancel() { m_cancellation->cancel(); }
    /// The job's token, for cancelling after the job itself may be gone (it deletes itself).
    std::shared_ptr<CancellationToken> cancellation() const { return m_cancellation; }

public slots:
    void run();

signals:
    void progress(const holdfast::importers::ImportProgress &progress);
    /// Always emitted once. `error` is empty on success; `summary` holds what was done.
    void finished(const holdfast::importers::ImportSummary &summary, const QString &error);

private:
    QString m_dataDir;
    QString m_path;
    ImportOptions m_options;
    std::shared_ptr<CancellationToken> m_cancellation = std::make_shared<CancellationToken>();
};

/// Runs `job` on a new thread that ends (deleting itself and the job) when the job finishes.
/// The thread quits as soon as the job has finished, so a caller may wait() on it.
QThread *startImportThread(ArchiveImportJob *job);

} // namespace holdfast::importers
