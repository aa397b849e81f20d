#include "ui/ReportWorker.h"

#include "models/store/Store.h"
#include "ui/UiLogging.h"

#include <QThread>

namespace holdfast::ui {

namespace {

/// The worker thread's side: its Store, opened on first use and closed with the thread.
class ReportComputer final : public QObject
{
public:
    explicit ReportComputer(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    Result<ReportFigures> compute(const ReportOptions &options)
    {
        if (!m_store) {
            auto opened = Store::open(m_dataDir);
            if (!opened)
                return opened.error();
            m_store = std::move(opened).value();
        }
        return computeReport(*m_store, options);
    }

private:
    QString m_dataDir;
    std::unique_ptr<Store> m_store;
};

} // namespace

ReportWorker::ReportWorker(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_thread(new QThread), m_anchor(new ReportComputer(dataDir))
{
    m_thread->setObjectName(QStringLiteral("reports"));
    m_anchor->moveToThread(m_thread);
    // Deleted on its own thread once the loop ends, so the Store closes where it was opened.
    connect(m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();
}

ReportWorker::~ReportWorker()
{
    cancel();
    m_thread->quit();
    if (m_thread->wait(30'000))
        delete m_thread;
    else
        qCWarning(lcUi) << "report thread still busy at exit";
}

quint64 ReportWorker::request(ReportOptions options)
{
    const quint64 id = ++*m_latest;
    options.cancelled = [latest = m_latest, id] { return latest->load() != id; };
    m_busy = true;
    auto *computer = static_cast<ReportComputer *>(m_anchor);
    QMetaObject::invokeMethod(
        m_anchor,
        [this, computer, id, options = std::move(options)] {
            if (options.cancelled())
                return; // superseded while queued
            Result<ReportFigures> result = computer->compute(options);
            // `this` outlives the thread (its destructor waits), so the posted call is safe;
            // it runs on the GUI thread.
            QMetaObject::invokeMethod(
                this, [this, id, result = std::move(result)]() mutable { deliver(id, std::move(result)); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void ReportWorker::cancel()
{
    ++*m_latest;
    m_busy = false;
}

void ReportWorker::deliver(quint64 request, Result<ReportFigures> result)
{
    if (request != m_latest->load())
        return; // a newer request is on its way, or this one was cancelled
    m_busy = false;
    if (result)
        emit computed(request, result.value());
    else
        emit failed(request, result.errorMessage());
}

} // namespace holdfast::ui
