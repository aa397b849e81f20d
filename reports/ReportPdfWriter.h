#pragma once

#include "models/domain/Result.h"
#include "models/reports/ReportFigures.h"

#include <QString>

class QTextDocument;

class QPdfWriter;

namespace holdfast::reports {

/**
 * Lays the report out as a QTextDocument (title page, headline figures, charts, response
 * times, unanswered items, top contacts and posts) and prints it to PDF with QPdfWriter,
 * numbering the pages and keeping headings with what follows them. Needs a QApplication
 * (charts, see ReportCharts).
 * Usage: `writeReportPdf(figures, u"report.pdf"_s)`.
 */
Result<void> writeReportPdf(const ReportFigures &figures, const QString &path);

/// Fills `document` with the report (for a preview, or to print elsewhere).
void buildReportDocument(const ReportFigures &figures, QTextDocument *document);

/// QTextDocument knows no "keep with next": a heading that would end a page while the block
/// after it (a chart, a table) starts the next one gets a page break before it. Call it on a
/// paginated document (page size and paint device set), right before drawing it.
void keepHeadingsWithNext(QTextDocument *document);

/// Prints `document` to `writer` as QTextDocument::print() would (2 cm inside the writer's
/// margins, page numbers at the bottom right), but with headings kept with what follows them.
/// False if the writer could not be drawn on.
bool printKeepingHeadings(QTextDocument *document, QPdfWriter *writer);

} // namespace holdfast::reports
