#include "reports/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace holdfast::reports {

namespace {

QStringList categories(const QList<SeriesPoint> &points)
{
    QStringList labels;
    for (const SeriesPoint &point : points)
        labels.append(point.period);
    return labels;
}

/// Renders at twice the size, so the chart stays sharp when the PDF is zoomed or printed.
QImage render(QChart *chart, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here on
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->setAnimationOptions(QChart::NoAnimation);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size * 2), QRectF(QPointF(0, 0), size));
    return image;
}

void setUpChart(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->setTheme(QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
}

QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks: counts of items are never fractional.
    const int top = std::max(1, maximum);
    axis->setRange(0, top);
    if (top <= 10) {
        axis->setTickCount(top + 1);
    } else {
        axis->applyNiceNumbers();
    }
    axis->setMinorTickCount(0);
    return axis;
}

} // namespace

QImage barChart(const QString &title, const QList<ChartSeries> &series, QSize size)
{
    auto *chart = new QChart;
    setUpChart(chart, title);
    auto *bars = new QBarSeries;
    int maximum = 0;
    for (const ChartSeries &entry : series) {
        auto *set = new QBarSet(entry.name);
        for (const SeriesPoint &point : entry.points) {
            set->append(point.value);
            maximum = std::max(maximum, point.value);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    QStringList labels = series.isEmpty() ? QStringList() : categories(series.first().points);
    // Long week series: label every few weeks only, or the labels overlap.
    if (labels.size() > 16) {
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i % ((labels.size() + 11) / 12) != 0)
                labels[i] = QString(i, QChar(0x200b)); // unique, invisible
        }
    }
    x->append(labels);
    // Labels that would not fit side by side (a small chart in the Reports window) are slanted
    // instead of being cut to "2…".
    const qsizetype shown = std::count_if(labels.cbegin(), labels.cend(),
                                          [](const QString &label) { return !label.startsWith(QChar(0x200b)); });
    if (shown * 70 > size.width()) {
        x->setLabelsAngle(-45);
        x->setTruncateLabels(false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    QValueAxis *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    chart->legend()->setVisible(series.size() > 1);
    return render(chart, size);
}

QImage lineChart(const QString &title, const ChartSeries &series, QSize size)
{
    auto *chart = new QChart;
    setUpChart(chart, title);
    auto *line = new QLineSeries;
    line->setName(series.name);
    line->setPointsVisible(true);
    int maximum = 0;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        line->append(double(i), series.points[i].value);
        maximum = std::max(maximum, series.points[i].value);
    }
    chart->addSeries(line);
    auto *x = new QBarCategoryAxis;
    x->append(categories(series.points));
    chart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    // One step of room above the line, so a flat line at the maximum is not drawn on the frame.
    QValueAxis *y = countAxis(maximum + 1);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
    chart->legend()->setVisible(false);
    return render(chart, size);
}

QList<ReportChart> reportCharts(const ReportFigures &figures, const ReportChartTexts &texts, QSize size)
{
    const QList<ChartSeries> activityPerMonth{{texts.postsAndReplies, figures.activityPerMonth}};
    const QList<ChartSeries> activityPerWeek{{texts.postsAndReplies, figures.activityPerWeek}};
    const QList<ChartSeries> mentionsAndMessages{{texts.mentions, figures.mentionsPerMonth},
                                                 {texts.messages, figures.messagesPerMonth}};
    const ChartSeries followers{texts.followerCount, figures.followersPerMonth};
    return {
        {QStringLiteral("activity-month"), texts.activityPerMonth, activityPerMonth,
         barChart(texts.activityPerMonth, activityPerMonth, size)},
        {QStringLiteral("activity-week"), texts.activityPerWeek, activityPerWeek,
         barChart(texts.activityPerWeek, activityPerWeek, size)},
        {QStringLiteral("mentions-messages"), texts.mentionsAndMessages, mentionsAndMessages,
         barChart(texts.mentionsAndMessages, mentionsAndMessages, size)},
        {QStringLiteral("followers"), texts.followers, {followers}, lineChart(texts.followers, followers, size)},
    };
}

} // namespace holdfast::reports
