#include "ui/ExportJob.h"

#include "models/store/Store.h"

#include <QDateTime>
#include <QSaveFile>

namespace holdfast::ui {

namespace {
/// Progress signals at most this often: the exporters report every record.
constexpr qint64 kReportIntervalMs = 100;
}

ExportJob::ExportJob(ExportRequest request) : m_request(std::move(request))
{
    qRegisterMetaType<holdfast::ui::ExportOutcome>();
}

bool ExportJob::report(qint64 done, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastReportMs < 0 || now - m_lastReportMs >= kReportIntervalMs || done == total) {
        m_lastReportMs = now;
        emit progress(done, total);
    }
    return !m_cancelRequested;
}

void ExportJob::run()
{
    ExportOutcome outcome;
    auto store = Store::open(m_request.dataDir);
    if (!store) {
        outcome.error = store.error().message;
    } else {
        outcome = runOn(**store);
    }
    outcome.destination = m_request.destination;
    emit finished(outcome);
}

ExportOutcome ExportJob::runOn(const Store &store)
{
    const ExportProgress progress = [this](qint64 done, qint64 total) { return report(done, total); };
    ExportOutcome outcome;
    Error error;
    switch (m_request.kind) {
    case ExportRequest::Kind::Items: {
        ExportOptions options = m_request.items;
        options.progress = progress;
        // Written beside the destination and renamed at the end: a cancel leaves no half file.
        QSaveFile file(m_request.destination);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = tr("Cannot write %1: %2").arg(m_request.destination, file.errorString());
            return outcome;
        }
        const Result<qint64> written = exportCollection(store, options, &file);
        if (written && !file.commit()) {
            outcome.error = tr("Cannot write %1: %2").arg(m_request.destination, file.errorString());
            return outcome;
        }
        if (written) {
            outcome.succeeded = true;
            outcome.records = written.value();
            return outcome;
        }
        error = written.error();
        break;
    }
    case ExportRequest::Kind::HtmlFolder:
    case ExportRequest::Kind::HtmlZip: {
        HtmlArchiveOptions options = m_request.html;
        options.progress = progress;
        const auto summary = m_request.kind == ExportRequest::Kind::HtmlZip
                                 ? exportHtmlArchiveZip(store, options, m_request.destination)
                                 : exportHtmlArchive(store, options, m_request.destination);
        if (summary) {
            outcome.succeeded = true;
            outcome.records = summary->items + summary->people;
            return outcome;
        }
        error = summary.error();
        break;
    }
    case ExportRequest::Kind::Package: {
        reports::PackageOptions options = m_request.package;
        options.progress = progress;
        const auto summary = reports::writeRecordsPackage(store, options, m_request.destination);
        if (summary) {
            outcome.succeeded = true;
            outcome.records = summary->items;
            return outcome;
        }
        error = summary.error();
        break;
    }
    }
    outcome.cancelled = error.code == Error::Code::Cancelled;
    if (!outcome.cancelled)
        outcome.error = error.message;
    return outcome;
}

} // namespace holdfast::ui
