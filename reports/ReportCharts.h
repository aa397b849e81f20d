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

} // namespace holdfast::reports
