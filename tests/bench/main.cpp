// holdfast-bench: measures Holdfast at 10k, 100k and 1M items (see docs/PERFORMANCE.md).
//
//   holdfast-bench [--sizes 10k,100k,1m] [--work DIR] [--output FILE.md] [--json FILE]
//
// For each size it generates a synthetic X archive and runs every phase (import, store size,
// search, timeline, exports, a backup from the fake Mastodon server) in a child process of
// its own, so each phase's peak RSS (VmHWM) is its own. Prints a Markdown table.
// Internally a child is `holdfast-bench --phase NAME --size N --work DIR`; it prints
// "RESULT <json>" on its last line.
#include "tests/bench/BenchPhases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace holdfast::bench;

namespace {

const QStringList kPhases = {u"generate"_s, u"import"_s, u"storage"_s, u"search"_s,
                             u"timeline"_s, u"export-jsonl"_s, u"export-html"_s, u"backup"_s};

/// "10k" -> 10000, "1m" -> 1000000; 0 if not a size.
qint64 parseSize(QString text)
{
    text = text.trimmed().toLower();
    qint64 factor = 1;
    if (text.endsWith(u'k'))
        factor = 1000;
    else if (text.endsWith(u'm'))
        factor = 1'000'000;
    if (factor > 1)
        text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value > 0 ? qint64(value * double(factor)) : 0;
}

QString sizeLabel(qint64 size)
{
    if (size >= 1'000'000 && size % 1'000'000 == 0)
        return QString::number(size / 1'000'000) + u"M"_s;
    if (size >= 1000 && size % 1000 == 0)
        return QString::number(size / 1000) + u"k"_s;
    return QString::number(size);
}

struct Settings
{
    QString work;
    QString fakeServer;
    int queries = 100;
    int backupStatuses = 0;     ///< 0 = size / 10, at most 20,000
};

int backupStatusesFor(const Settings &settings, qint64 size)
{
    if (settings.backupStatuses > 0)
        return settings.backupStatuses;
    return int(std::clamp<qint64>(size / 10, 200, 20'000));
}

QJsonObject runPhase(const QString &phase, qint64 size, const Settings &settings)
{
    const BenchPaths paths{settings.work + u'/' + sizeLabel(size)};
    QDir().mkpath(paths.root);
    if (phase == u"generate")
        return generatePhase(paths, size);
    if (phase == u"import")
        return importPhase(paths);
    if (phase == u"storage")
        return storagePhase(paths);
    if (phase == u"search")
        return searchPhase(paths, settings.queries);
    if (phase == u"timeline")
        return timelinePhase(paths);
    if (phase == u"export-jsonl")
        return exportJsonlPhase(paths);
    if (phase == u"export-html")
        return exportHtmlPhase(paths);
    if (phase == u"backup")
        return backupPhase(paths, {settings.fakeServer, backupStatusesFor(settings, size)});
    return {{u"error"_s, QString(u"unknown phase "_s + phase)}};
}

/// Runs one phase in a child process and returns its figures.
QJsonObject runChild(const QString &phase, qint64 size, const Settings &settings)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--phase"_s, phase, u"--size"_s, QString::number(size), u"--work"_s,
                 settings.work, u"--fake-server"_s, settings.fakeServer, u"--queries"_s,
                 QString::number(settings.queries), u"--backup-statuses"_s,
                 QString::number(settings.backupStatuses)});
    child.waitForFinished(-1);
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        if (line->startsWith("RESULT "))
            return QJsonDocument::fromJson(line->mid(7)).object();
    }
    return {{u"error"_s, u"phase %1 exited with %2 and no result"_s.arg(phase).arg(child.exitCode())}};
}

/// One row of the table: key, what it is, decimals.
struct Figure
{
    const char *key;
    const char *label;
    int decimals;
};

const Figure kFigures[] = {
    {"archive_mib", "X archive size (MiB)", 1},
    {"import_items_per_s", "Import: items/s", 0},
    {"import_s", "Import: seconds", 1},
    {"import_items_per_cpu_s", "Import: items per CPU second", 0},
    {"import_peak_rss_mib", "Import: peak RSS (MiB)", 0},
    {"store_bytes_per_item", "Store: bytes/item, all", 0},
    {"store_bytes_per_item_no_raw", "Store: bytes/item without raw JSON", 0},
    {"store_bytes_per_item_no_raw_no_fts", "Store: bytes/item without raw JSON and search index", 0},
    {"store_fts_bytes_per_item", "Store: search index bytes/item", 0},
    {"search_one_word_p50_ms", "Search one word: p50 (ms)", 1},
    {"search_one_word_p95_ms", "Search one word: p95 (ms)", 1},
    {"search_one_word_p95_cpu_ms", "Search one word: p95 CPU time (ms)", 1},
    {"search_two_word_p50_ms", "Search two words: p50 (ms)", 1},
    {"search_two_word_p95_ms", "Search two words: p95 (ms)", 1},
    {"search_two_word_p95_cpu_ms", "Search two words: p95 CPU time (ms)", 1},
    {"search_prefix_p50_ms", "Search prefix: p50 (ms)", 1},
    {"search_prefix_p95_ms", "Search prefix: p95 (ms)", 1},
    {"search_prefix_p95_cpu_ms", "Search prefix: p95 CPU time (ms)", 1},
    {"timeline_first_rows_ms", "Timeline: first rows (ms)", 1},
    {"timeline_rss_after_scroll_mib", "Timeline: RSS after scrolling all (MiB)", 0},
    {"timeline_rss_growth_mib", "Timeline: RSS growth while scrolling (MiB)", 0},
    {"timeline_scroll_rows_per_s", "Timeline: rows/s scrolled", 0},
    {"export_jsonl_items_per_s", "Export JSONL: items/s", 0},
    {"export_jsonl_items_per_cpu_s", "Export JSONL: items per CPU second", 0},
    {"export_jsonl_peak_rss_mib", "Export JSONL: peak RSS (MiB)", 0},
    {"export_html_items", "Export HTML archive: items exported", 0},
    {"export_html_items_per_s", "Export HTML archive: items/s", 0},
    {"export_html_peak_rss_mib", "Export HTML archive: peak RSS (MiB)", 0},
    {"backup_items", "Backup: items fetched", 0},
    {"backup_items_per_s", "Backup: items/s", 0},
    {"backup_cpu_ms_per_page", "Backup: client CPU ms per page", 2},
    {"gui_longest_stall_ms", "GUI thread: longest stall during backup, wall (ms)", 1},
    {"gui_longest_busy_cpu_ms", "GUI thread: most CPU time between two probe ticks (ms)", 2},
    {"gui_longest_refresh_ms", "GUI thread: longest refresh (reload + refreshNewer) (ms)", 2},
    {"gui_longest_accounts_reload_ms", "GUI thread: longest AccountsModel::reload() (ms)", 2},
    {"backup_peak_rss_mib", "Backup (+GUI models): peak RSS (MiB)", 0},
};

QString markdownTable(const QList<qint64> &sizes, const QMap<qint64, QJsonObject> &results)
{
    QString out = u"| Figure |"_s;
    QString rule = u"|---|"_s;
    for (qint64 size : sizes) {
        out += u" %1 |"_s.arg(sizeLabel(size));
        rule += u"---:|"_s;
    }
    out += u'\n' + rule + u'\n';
    for (const Figure &figure : kFigures) {
        out += u"| %1 |"_s.arg(QString::fromUtf8(figure.label));
        for (qint64 size : sizes) {
            const QJsonValue value = results.value(size).value(QLatin1String(figure.key));
            out += value.isDouble() ? u" %1 |"_s.arg(value.toDouble(), 0, 'f', figure.decimals)
                                    : u" — |"_s;
        }
        out += u'\n';
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"holdfast-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Holdfast benchmarks at 10k, 100k and 1M items."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Comma-separated sizes (default 10k,100k,1m)."_s,
                                         u"LIST"_s, u"10k,100k,1m"_s);
    const QCommandLineOption workOption(u"work"_s, u"Directory for archives and stores."_s, u"DIR"_s,
                                        QDir::currentPath() + u"/bench-work"_s);
    const QCommandLineOption outputOption(u"output"_s, u"Also write the Markdown table here."_s, u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write every figure as JSON here."_s, u"FILE"_s);
    const QCommandLineOption fakeServerOption(u"fake-server"_s, u"The fake-mastodon-server executable."_s,
                                              u"PATH"_s, QStringLiteral(HOLDFAST_FAKE_MASTODON_SERVER));
    const QCommandLineOption queriesOption(u"queries"_s, u"Search queries per kind (default 100)."_s,
                                           u"N"_s, u"100"_s);
    const QCommandLineOption backupOption(u"backup-statuses"_s,
                                          u"Statuses on the fake server (default size/10, at most 20000)."_s,
                                          u"N"_s, u"0"_s);
    const QCommandLineOption phaseOption(u"phase"_s, u"Run one phase (internal)."_s, u"NAME"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Size for --phase (internal)."_s, u"N"_s);
    parser.addOptions({sizesOption, workOption, outputOption, jsonOption, fakeServerOption,
                       queriesOption, backupOption, phaseOption, sizeOption});
    parser.process(app);

    Settings settings;
    settings.work = QDir(parser.value(workOption)).absolutePath();
    settings.fakeServer = parser.value(fakeServerOption);
    settings.queries = std::max(1, parser.value(queriesOption).toInt());
    settings.backupStatuses = parser.value(backupOption).toInt();

    if (parser.isSet(phaseOption)) {
        const QJsonObject result = runPhase(parser.value(phaseOption),
                                            parser.value(sizeOption).toLongLong(), settings);
        std::printf("RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return result.contains(u"error"_s) ? 1 : 0;
    }

    QList<qint64> sizes;
    for (const QString &text : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        const qint64 size = parseSize(text);
        if (size <= 0) {
            std::fprintf(stderr, "holdfast-bench: not a size: %s\n", qPrintable(text));
            return 2;
        }
        sizes.append(size);
    }

    QMap<qint64, QJsonObject> results;
    bool failed = false;
    for (qint64 size : sizes) {
        QJsonObject &figures = results[size];
        for (const QString &phase : kPhases) {
            std::fprintf(stderr, "holdfast-bench: %s: %s ...\n", qPrintable(sizeLabel(size)),
                         qPrintable(phase));
            QElapsedTimer timer;
            timer.start();
            const QJsonObject result = runChild(phase, size, settings);
            if (result.contains(u"error"_s)) {
                std::fprintf(stderr, "holdfast-bench: %s failed: %s\n", qPrintable(phase),
                             qPrintable(result.value(u"error"_s).toString()));
                failed = true;
            }
            for (auto it = result.constBegin(); it != result.constEnd(); ++it)
                figures.insert(it.key(), it.value());
            std::fprintf(stderr, "holdfast-bench: %s: %s done in %.1f s\n",
                         qPrintable(sizeLabel(size)), qPrintable(phase), double(timer.elapsed()) / 1e3);
        }
    }

    const QString table = markdownTable(sizes, results);
    std::printf("%s", qPrintable(table));
    if (parser.isSet(outputOption)) {
        QFile out(parser.value(outputOption));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject all;
        for (auto it = results.constBegin(); it != results.constEnd(); ++it)
            all.insert(QString::number(it.key()), it.value());
        QFile out(parser.value(jsonOption));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(QJsonDocument(all).toJson());
    }
    return failed ? 1 : 0;
}
