#pragma once

#include "models/reports/ReportFigures.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace holdfast::ui {

/**
 * Computes report figures off the GUI thread: computeReport() can take seconds on a big
 * archive. The work runs on the worker's own thread with its own Store on the same data
 * directory (a Store is used by one thread only), opened at the first request.
 *
 * Only the newest request matters: a new request() cancels the one still computing (and
 * skips any still queued), and results of superseded requests are never delivered.
 *
 *     const quint64 id = worker->request(options);
 *     connect(worker, &ReportWorker::computed, this, [](quint64 id, const ReportFigures &f) { ... });
 */
class ReportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportWorker)
public:
    explicit ReportWorker(const QString &dataDir, QObject *parent = nullptr);
    /// Cancels what is computing and waits for the thread to end.
    ~ReportWorker() override;

    /// Starts computing `options` (its `cancelled` is replaced); returns the request's number.
    quint64 request(ReportOptions options);
    /// Stops the current request without starting another (its result is never delivered).
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    /// The figures of the newest request.
    void computed(quint64 request, const holdfast::ReportFigures &figures);
    /// The newest request failed; `message` says why.
    void failed(quint64 request, const QString &message);

private:
    void deliver(quint64 request, Result<ReportFigures> result);

    QString m_dataDir;
    QThread *m_thread;
    QObject *m_anchor; ///< lives on m_thread and owns its Store; posted work runs in its context
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_busy = false;
};

} // namespace holdfast::ui
