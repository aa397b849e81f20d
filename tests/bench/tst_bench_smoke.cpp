// Keeps the benchmark runner building and working: runs holdfast-bench at 1,000 items and checks
// that every figure is there and sane. Asserts no timings (the machine may be busy).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBenchSmoke final : public QObject
{
    Q_OBJECT

private slots:
    void runsEveryPhaseAtOneThousandItems();
};

void TestBenchSmoke::runsEveryPhaseAtOneThousandItems()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString json = work.filePath(u"figures.json"_s);
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(HOLDFAST_BENCH_BINARY),
                {u"--sizes"_s, u"1k"_s, u"--work"_s, work.filePath(u"work"_s), u"--queries"_s,
                 u"10"_s, u"--backup-statuses"_s, u"200"_s, u"--json"_s, json});
    QVERIFY(bench.waitForFinished(240'000));
    const QString table = QString::fromUtf8(bench.readAllStandardOutput());
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);

    // The Markdown table has a value in every row.
    QVERIFY2(table.startsWith(u"| Figure | 1k |"_s), qPrintable(table));
    QVERIFY2(!table.contains(u"—"_s), qPrintable(table));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject figures = QJsonDocument::fromJson(file.readAll()).object().value(u"1000"_s).toObject();
    const QStringList positive = {
        u"archive_mib"_s, u"import_items_per_s"_s, u"import_peak_rss_mib"_s,
        u"store_bytes_per_item"_s, u"store_bytes_per_item_no_raw"_s,
        u"store_bytes_per_item_no_raw_no_fts"_s, u"store_fts_bytes_per_item"_s,
        u"search_one_word_p50_ms"_s, u"search_one_word_p95_ms"_s, u"search_two_word_p50_ms"_s,
        u"search_two_word_p95_ms"_s, u"search_prefix_p50_ms"_s, u"search_prefix_p95_ms"_s,
        u"search_one_word_mean_hits"_s, u"timeline_first_rows_ms"_s,
        u"timeline_rss_after_scroll_mib"_s, u"timeline_scroll_rows_per_s"_s,
        u"export_jsonl_items_per_s"_s, u"export_jsonl_peak_rss_mib"_s,
        u"export_html_items_per_s"_s, u"export_html_peak_rss_mib"_s, u"backup_items_per_s"_s,
        u"backup_cpu_ms_per_page"_s, u"backup_peak_rss_mib"_s,
    };
    for (const QString &key : positive) {
        QVERIFY2(figures.value(key).isDouble(), qPrintable(key + u" is missing"_s));
        QVERIFY2(figures.value(key).toDouble() > 0, qPrintable(key + u" is not positive"_s));
    }
    // Counts the phases must agree on: every generated item was imported, stored and shown.
    QCOMPARE(figures.value(u"import_items"_s).toDouble(), 1000.0);
    QCOMPARE(figures.value(u"store_items"_s).toDouble(), 1000.0);
    QCOMPARE(figures.value(u"timeline_rows"_s).toDouble(), 750.0);   // the posts (75%)
    QCOMPARE(figures.value(u"export_jsonl_items"_s).toDouble(), 750.0);
    QCOMPARE(figures.value(u"export_html_items"_s).toDouble(), 1000.0);
    QVERIFY(figures.value(u"backup_items"_s).toDouble() >= 200);
    // A stall may be 0 (the probe never came late), but never negative or missing.
    QVERIFY(figures.value(u"gui_longest_stall_ms"_s).toDouble() >= 0);
    // Sizes are plausible: a post is 50–500 characters, so an item takes more than 100 bytes.
    QVERIFY(figures.value(u"store_bytes_per_item_no_raw_no_fts"_s).toDouble() > 100);
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
