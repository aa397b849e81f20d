#pragma once

#include "models/domain/Result.h"
#include "models/reports/ReportFigures.h"

#include <QString>

class QTextDocument;

namespace holdfast::reports {

/**
 * Lays the report out as a QTextDocument (title page, headline figures, charts, response
 * times, unanswered items, top contacts and posts) and prints it to PDF with QPdfWriter.
 * QTextDocument::print() numbers the pages. Needs a QApplication (charts, see ReportCharts).
 * Usage: `writeReportPdf(figures, u"report.pdf"_s)`.
 */
Result<void> writeReportPdf(const ReportFigures &figures, const QString &path);

/// Fills `document` with the report (for a preview, or to print elsewhere).
void buildReportDocument(const ReportFigures &figures, QTextDocument *document);

} // namespace holdfast::reports
