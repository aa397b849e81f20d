#include "tests/bench/BenchPhases.h"

#include "connectors/common/HttpClient.h"
#include "connectors/engine/BackupJob.h"
#include "connectors/importers/ArchiveImport.h"
#include "connectors/mastodon/MastodonSource.h"
#include "models/export/HtmlArchiveExporter.h"
#include "models/export/ItemExporter.h"
#include "models/items/AccountsModel.h"
#include "models/items/TimelineModel.h"
#include "models/store/Store.h"
#include "tests/bench/ProcessStats.h"
#include "tests/bench/SyntheticArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::bench {
namespace {

QJsonObject failure(const QString &message)
{
    return {{u"error"_s, message}};
}

std::unique_ptr<Store> openStore(const BenchPaths &paths, QString *error)
{
    auto store = Store::open(paths.data());
    if (!store) {
        *error = store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

/// The imported X account: the first one (the backup phase adds its account later).
qint64 archiveAccount(const Store &store)
{
    const QList<Account> accounts = store.accounts();
    return accounts.isEmpty() ? 0 : accounts.constFirst().id;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

/// The most items the HTML archive phase exports (see exportHtmlPhase).
constexpr qint64 kHtmlExportItems = 100'000;

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

QJsonObject generatePhase(const BenchPaths &paths, qint64 items)
{
    QDir(paths.archive()).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    const SyntheticArchiveInfo info = writeXArchive(paths.archive(), items);
    return {{u"generate_items"_s, double(info.items)},
            {u"generate_contacts"_s, double(info.contacts)},
            {u"archive_mib"_s, double(info.bytes) / 1048576.0},
            {u"generate_s"_s, seconds(timer)}};
}

QJsonObject importPhase(const BenchPaths &paths)
{
    QDir(paths.data()).removeRecursively();
    QString error;
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuMs();
    importers::ArchiveImport import(*store, paths.archive(), {});
    auto summary = import.run();
    const double elapsed = seconds(timer);
    if (!summary)
        return failure(summary.error().message);
    qint64 items = 0;
    for (const QString &kind : {u"posts"_s, u"favourites"_s, u"messages"_s})
        items += summary->counts.value(kind).added;
    return {{u"import_items"_s, double(items)},
            {u"import_s"_s, elapsed},
            {u"import_items_per_s"_s, double(items) / elapsed},
            {u"import_cpu_s"_s, (processCpuMs() - cpuBefore) / 1e3},
            {u"import_items_per_cpu_s"_s, double(items) * 1e3 / (processCpuMs() - cpuBefore)},
            {u"import_peak_rss_mib"_s, peakRssMiB()}};
}

QJsonObject storagePhase(const BenchPaths &paths)
{
    QString error;
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);
    auto usage = store->storageUsage();
    if (!usage)
        return failure(usage.error().message);
    const double items = double(std::max<qint64>(1, usage->items));
    const double withoutRaw = double(usage->databaseBytes - usage->rawJsonBytes);
    return {{u"store_items"_s, double(usage->items)},
            {u"store_mib"_s, double(usage->databaseBytes) / 1048576.0},
            {u"store_bytes_per_item"_s, double(usage->databaseBytes) / items},
            {u"store_bytes_per_item_no_raw"_s, withoutRaw / items},
            {u"store_bytes_per_item_no_raw_no_fts"_s,
             (withoutRaw - double(usage->searchIndexBytes)) / items},
            {u"store_fts_bytes_per_item"_s, double(usage->searchIndexBytes) / items}};
}

QJsonObject searchPhase(const BenchPaths &paths, int queriesPerKind)
{
    QString error;
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);
    QJsonObject result;
    for (const QString &kind : {u"one-word"_s, u"two-word"_s, u"prefix"_s}) {
        const QStringList queries = searchQueries(kind, queriesPerKind);
        QList<double> latencies;
        QList<double> cpuTimes;     // unlike wall time, not inflated by a busy machine
        double hits = 0;
        // The first pass warms the page cache the way a session's earlier searches would.
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &text : queries) {
                SearchQuery query;
                query.text = text;
                query.limit = 50;
                QElapsedTimer timer;
                timer.start();
                const double cpuBefore = threadCpuMs();
                auto found = store->search(query);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                const double cpuMs = threadCpuMs() - cpuBefore;
                if (!found)
                    return failure(found.error().message);
                if (pass == 1) {
                    latencies.append(ms);
                    cpuTimes.append(cpuMs);
                    hits += double(found->size());
                }
            }
        }
        QString key = kind;
        key.replace(u'-', u'_');
        result.insert(u"search_%1_p50_ms"_s.arg(key), percentile(latencies, 0.50));
        result.insert(u"search_%1_p95_ms"_s.arg(key), percentile(latencies, 0.95));
        result.insert(u"search_%1_max_ms"_s.arg(key), percentile(latencies, 1.0));
        result.insert(u"search_%1_p95_cpu_ms"_s.arg(key), percentile(cpuTimes, 0.95));
        result.insert(u"search_%1_mean_hits"_s.arg(key), hits / double(queries.size()));
    }
    return result;
}

QJsonObject timelinePhase(const BenchPaths &paths)
{
    QString error;
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);
    const double rssBefore = currentRssMiB();
    TimelineModel model(*store);
    QElapsedTimer timer;
    timer.start();
    model.setSource(archiveAccount(*store), Collection::Posts);
    // A view shows about 30 rows at first.
    for (int row = 0; row < std::min(30, model.rowCount()); ++row)
        model.data(model.index(row), TimelineModel::TextRole);
    const double firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    if (model.rowCount() == 0)
        return failure(u"the timeline has no rows"_s);

    // Scroll to the bottom the way a view does: fetchMore at the end, every row drawn once.
    timer.restart();
    int row = 0;
    for (;;) {
        for (; row < model.rowCount(); ++row)
            model.data(model.index(row), TimelineModel::TextRole);
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    const double scrollS = seconds(timer);
    return {{u"timeline_rows"_s, double(model.rowCount())},
            {u"timeline_first_rows_ms"_s, firstRowsMs},
            {u"timeline_scroll_rows_per_s"_s, double(row) / scrollS},
            {u"timeline_rss_after_scroll_mib"_s, currentRssMiB()},
            {u"timeline_rss_growth_mib"_s, currentRssMiB() - rssBefore},
            {u"timeline_peak_rss_mib"_s, peakRssMiB()}};
}

QJsonObject exportJsonlPhase(const BenchPaths &paths)
{
    QString error;
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);
    QDir().mkpath(paths.exports());
    QFile out(paths.exports() + u"/posts.jsonl"_s);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(out.errorString());
    QElapsedTimer timer;
    timer.start();
    ExportOptions options;
    options.accountId = archiveAccount(*store);
    options.collection = Collection::Posts;
    const double cpuBefore = processCpuMs();
    auto written = exportCollection(*store, options, &out);
    out.close();
    const double elapsed = seconds(timer);
    if (!written)
        return failure(written.error().message);
    return {{u"export_jsonl_items"_s, double(*written)},
            {u"export_jsonl_items_per_s"_s, double(*written) / elapsed},
            {u"export_jsonl_items_per_cpu_s"_s,
             double(*written) * 1e3 / std::max(1.0, processCpuMs() - cpuBefore)},
            {u"export_jsonl_mib"_s, double(out.size()) / 1048576.0},
            {u"export_jsonl_peak_rss_mib"_s, peakRssMiB()}};
}

QJsonObject exportHtmlPhase(const BenchPaths &paths)
{
    QString error;
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);
    const QString dir = paths.exports() + u"/html"_s;
    QDir(dir).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    HtmlArchiveOptions options;
    options.accountId = archiveAccount(*store);
    // Writing every thread page of a million items takes over an hour, so large archives
    // export their newest ~100k items (the generated posts are spread evenly over ten years).
    const qint64 items = store->itemCount(options.accountId);
    if (items > kHtmlExportItems) {
        const QDateTime end(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        options.since = end.addSecs(-qint64(10.0 * 365 * 86400 * double(kHtmlExportItems) / double(items)));
    }
    auto summary = exportHtmlArchive(*store, options, dir);
    const double elapsed = seconds(timer);
    if (!summary)
        return failure(summary.error().message);
    return {{u"export_html_items"_s, double(summary->items)},
            {u"export_html_pages"_s, double(summary->pages)},
            {u"export_html_items_per_s"_s, double(summary->items) / elapsed},
            {u"export_html_peak_rss_mib"_s, peakRssMiB()}};
}

namespace {

/// The fake Mastodon server as a child process, for as long as this object lives.
class FakeServerProcess
{
public:
    bool start(const BackupBenchOptions &options, const QString &token, QString *error)
    {
        const int s = options.statuses;
        m_process.setProgram(options.fakeServer);
        m_process.setArguments({u"--statuses"_s, QString::number(s),
                                u"--favourites"_s, QString::number(s / 10),
                                u"--bookmarks"_s, QString::number(s / 40),
                                u"--mentions"_s, QString::number(s / 10),
                                u"--conversations"_s, QString::number(std::max(1, s / 100)),
                                u"--followers"_s, QString::number(s / 10),
                                u"--following"_s, QString::number(s / 20),
                                u"--rate-limit"_s, u"0"_s, u"--token"_s, token});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || waited.elapsed() > 600'000) {
                *error = u"the fake Mastodon server did not start: "_s + options.fakeServer;
                return false;
            }
            m_process.waitForReadyRead(1000);
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(u"READY "_s)) {
            *error = u"unexpected output of the fake Mastodon server: "_s + line;
            return false;
        }
        m_baseUrl = QUrl(line.mid(6));
        return true;
    }
    ~FakeServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace

QJsonObject backupPhase(const BenchPaths &paths, const BackupBenchOptions &options)
{
    const QString token = u"bench-token"_s;
    FakeServerProcess server;
    QString error;
    if (!server.start(options, token, &error))
        return failure(error);
    auto store = openStore(paths, &error);
    if (!store)
        return failure(error);

    Account account;
    {
        HttpClient http;
        http.setBearerToken(token);
        auto me = http.getJson(QUrl(server.baseUrl().toString()
                                    + u"/api/v1/accounts/verify_credentials"_s));
        if (!me)
            return failure(me.error().message);
        account.platform = u"mastodon"_s;
        account.server = server.baseUrl().toString();
        account.platformUserId = me->object().value(u"id"_s).toString();
        account.handle = me->object().value(u"username"_s).toString() + u"@127.0.0.1"_s;
        auto saved = store->saveAccount(account);
        if (!saved)
            return failure(saved.error().message);
        account = *saved;
    }

    // The GUI thread's side: the views a window shows while a backup writes, refreshed once a
    // second as MainWindow does; a fast timer notices any stall of this thread.
    AccountsModel accounts(*store);
    TimelineModel archiveTimeline(*store);
    archiveTimeline.setSource(archiveAccount(*store), Collection::Posts);
    TimelineModel backupTimeline(*store);
    backupTimeline.setSource(account.id, Collection::Posts);

    auto *job = new BackupJob(paths.data(), account.id, {.full = false, .downloadMedia = false},
                              [token](const Account &a, HttpClient &http)
                                  -> Result<std::unique_ptr<BackupSource>> {
                                  http.setBearerToken(token);
                                  return std::unique_ptr<BackupSource>(new mastodon::MastodonSource(
                                      QUrl(a.server), a.platformUserId, http));
                              });
    QThread worker;
    job->moveToThread(&worker);
    double workerCpuMs = 0;
    BackupRun run;
    QEventLoop loop;
    QObject::connect(&worker, &QThread::started, job, [job, &workerCpuMs] {
        const double before = threadCpuMs();
        job->run();
        workerCpuMs = threadCpuMs() - before;
    });
    QObject::connect(job, &BackupJob::finished, &loop, [&](const BackupRun &finished) {
        run = finished;
        loop.quit();
    });

    constexpr int kProbeMs = 4;
    QElapsedTimer sinceTick;
    double longestGapMs = 0;
    // CPU time this thread used between two ticks: tells our own work from the scheduler
    // giving the thread no core on a busy machine.
    double cpuAtTick = threadCpuMs();
    double longestBusyMs = 0;
    double longestRefreshMs = 0;
    double longestCountsMs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        longestGapMs = std::max(longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
        const double cpu = threadCpuMs();
        longestBusyMs = std::max(longestBusyMs, cpu - cpuAtTick);
        cpuAtTick = cpu;
    });
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &loop, [&] {
        QElapsedTimer timer;
        timer.start();
        accounts.reload();
        longestCountsMs = std::max(longestCountsMs, double(timer.nsecsElapsed()) / 1e6);
        archiveTimeline.refreshNewer();
        backupTimeline.refreshNewer();
        longestRefreshMs = std::max(longestRefreshMs, double(timer.nsecsElapsed()) / 1e6);
    });

    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    probe.start(kProbeMs);
    refresh.start(1000);
    worker.start();
    loop.exec();
    const double elapsed = seconds(timer);
    worker.quit();
    worker.wait();
    delete job;

    if (run.outcome != u"succeeded")
        return failure(u"the backup ended %1: %2"_s.arg(run.outcome, run.error));
    qint64 items = 0;
    int pages = 0;
    for (const CollectionCounts &counts : std::as_const(run.counts)) {
        items += counts.fetched;
        pages += counts.pages;
    }
    return {{u"backup_items"_s, double(items)},
            {u"backup_pages"_s, double(pages)},
            {u"backup_requests"_s, double(run.requests)},
            {u"backup_items_per_s"_s, double(items) / elapsed},
            {u"backup_cpu_ms_per_page"_s, workerCpuMs / std::max(1, pages)},
            {u"gui_longest_stall_ms"_s, std::max(0.0, longestGapMs - kProbeMs)},
            {u"gui_longest_refresh_ms"_s, longestRefreshMs},
            {u"gui_longest_busy_cpu_ms"_s, longestBusyMs},
            {u"gui_longest_accounts_reload_ms"_s, longestCountsMs},
            {u"backup_peak_rss_mib"_s, peakRssMiB()}};
}

} // namespace holdfast::bench
