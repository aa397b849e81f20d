#pragma once

#include "models/reports/ReportFigures.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace holdfast::reports {

/// Draws the report's charts with Qt Charts into images (for the PDF and the GUI view).
/// Needs a QApplication: a QChart is a QGraphicsWidget.
/// Usage: `QImage image = barChart(u"Posts per month"_s, {{u"Posts"_s, figures.activityPerMonth}});`
struct ChartSeries
{
    QString name;
    QList<SeriesPoint> points;
};

/// Grouped bars per period (every series must have the same periods).
QImage barChart(const QString &title, const QList<ChartSeries> &series, QSize size = {900, 420});
/// One line over the periods.
QImage lineChart(const QString &title, const ChartSeries &series, QSize size = {900, 420});

/// The words on the report's charts. English by default (the PDF); the GUI passes tr() texts.
struct ReportChartTexts
{
    QString activityPerMonth = QStringLiteral("Own posts and replies per month");
    QString activityPerWeek = QStringLiteral("Own posts and replies per week");
    QString mentionsAndMessages = QStringLiteral("Mentions and direct messages per month");
    QString followers = QStringLiteral("Followers at the end of each month");
    QString postsAndReplies = QStringLiteral("Posts and replies");
    QString mentions = QStringLiteral("Mentions");
    QString messages = QStringLiteral("Direct messages");
    QString followerCount = QStringLiteral("Followers");
};

/// One chart of the report: a stable id ("activity-month") and its title, to name it.
struct ReportChart
{
    QString id;
    QString title;
    QList<ChartSeries> series; ///< the data drawn, e.g. for a screen reader's description
    QImage image;
};

/// Every chart of the report, in the order the PDF prints them; the Reports view shows the
/// same list, so both always show the same charts.
QList<ReportChart> reportCharts(const ReportFigures &figures, const ReportChartTexts &texts = {},
                                QSize size = {900, 420});

} // namespace holdfast::reports
