#include "reports/ReportPdfWriter.h"

#include "reports/ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdfast::reports {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd"_s);
}

QString minute(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString excerpt(const QString &text, int length = 140)
{
    QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + u"…"_s : simple;
}

QString figureRow(const QString &label, const QString &value)
{
    return u"<tr><td>"_s + esc(label) + u"</td><td align=\"right\"><b>"_s + esc(value) + u"</b></td></tr>"_s;
}

/// A chart as wide as the text (A4 less the writer's and the page's margins, at 96 dpi).
QString chart(QTextDocument *document, const QString &name, const QImage &image)
{
    const QUrl url(u"chart:"_s + name);
    document->addResource(QTextDocument::ImageResource, url, image);
    return u"<p align=\"center\"><img src=\""_s + url.toString() + u"\" width=\"520\"></p>"_s;
}

} // namespace

namespace {

/// The page a line of a block is drawn on. A line pushed to the next page moves on its own:
/// the block's rectangle still starts where the block began, the line is offset within it.
int pageOfLine(QAbstractTextDocumentLayout *layout, const QTextBlock &block, int line, qreal pageHeight)
{
    const qreal top = layout->blockBoundingRect(block).top();
    const qreal offset = line >= 0 && line < block.layout()->lineCount() ? block.layout()->lineAt(line).y() : 0;
    return int((top + offset) / pageHeight);
}

} // namespace

void keepHeadingsWithNext(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next(); // blocks of tables come in document order too
        if (block.blockFormat().headingLevel() == 0 || !next.isValid())
            continue;
        // The layout follows each change, so later headings are checked where they now are.
        const int headingPage = pageOfLine(layout, block, block.layout()->lineCount() - 1, pageHeight);
        const int nextPage = pageOfLine(layout, next, 0, pageHeight);
        if (nextPage > headingPage) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // Lay everything out again at once: the incremental relayout after a format change
            // leaves some later blocks (a heading after a table) without lines.
            document->markContentsDirty(0, document->characterCount());
            layout->documentSize();
        }
    }
}

void buildReportDocument(const ReportFigures &figures, QTextDocument *document)
{
    // The period's "until" is exclusive: the title names the last day included.
    const QString period = day(figures.since) + u" to "_s + day(figures.until.addMSecs(-1));
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 10pt;\">"_s;
    html += u"<p><br><br><br><br><br><br></p><h1 align=\"center\" style=\"font-size: 26pt\">Activity report</h1>"_s;
    html += u"<p align=\"center\" style=\"font-size: 14pt\">"_s + esc(figures.accounts.join(u", "_s)) + u"</p>"_s;
    html += u"<p align=\"center\" style=\"font-size: 14pt\">Period: "_s + esc(period) + u"</p>"_s;
    html += u"<p align=\"center\">Generated "_s + esc(minute(figures.generatedAt))
            + u" by Holdfast from its local archive</p>"_s;

    html += u"<h2 style=\"page-break-before: always\">Headline figures</h2><table cellpadding=\"4\" width=\"60%\">"_s;
    html += figureRow(u"Posts"_s, QString::number(figures.posts));
    html += figureRow(u"Replies"_s, QString::number(figures.replies));
    html += figureRow(u"Boosts"_s, QString::number(figures.boosts));
    html += figureRow(u"Mentions received"_s, QString::number(figures.mentionsReceived));
    html += figureRow(u"Direct messages sent"_s, QString::number(figures.messagesSent));
    html += figureRow(u"Direct messages received"_s, QString::number(figures.messagesReceived));
    html += figureRow(u"New followers"_s, QString::number(figures.newFollowers));
    html += figureRow(u"Lost followers"_s, QString::number(figures.lostFollowers));
    html += figureRow(u"Followers at start"_s, QString::number(figures.followersAtStart));
    html += figureRow(u"Followers at end"_s, QString::number(figures.followersAtEnd));
    html += figureRow(u"Engagement"_s, QString::number(figures.engagement));
    html += figureRow(u"Favourites received"_s, QString::number(figures.favourites));
    html += figureRow(u"Boosts received"_s, QString::number(figures.boostsReceived));
    html += figureRow(u"Replies received"_s, QString::number(figures.repliesReceived));
    html += u"</table><p style=\"font-size: 8pt\">Engagement = favourites + boosts + replies of the own "
            "posts and replies of the period, as last captured.</p>"_s;

    html += u"<h2>Response times</h2><table cellpadding=\"4\" border=\"1\" cellspacing=\"0\">"
            "<tr><th></th><th>Answered</th><th>Unanswered</th><th>Median</th><th>90th percentile</th></tr>"_s;
    for (const auto &[label, times] : {std::pair{u"Mentions"_s, figures.mentionResponse},
                                       std::pair{u"Direct messages"_s, figures.messageResponse}}) {
        html += u"<tr><td>"_s + label + u"</td><td align=\"right\">"_s + QString::number(times.answered)
                + u"</td><td align=\"right\">"_s + QString::number(times.unanswered) + u"</td><td align=\"right\">"_s
                + esc(formatDuration(times.medianSeconds)) + u"</td><td align=\"right\">"_s
                + esc(formatDuration(times.p90Seconds)) + u"</td></tr>"_s;
    }
    html += u"</table><p style=\"font-size: 8pt\">A mention is answered when the account replied in its "
            "thread; a direct message when the account wrote next in the conversation.</p>"_s;

    html += u"<h2>Activity</h2>"_s;
    for (const ReportChart &entry : reportCharts(figures))
        html += chart(document, entry.id, entry.image);

    html += u"<h2 style=\"page-break-before: always\">Unanswered mentions and conversations</h2>"_s;
    if (figures.unanswered.isEmpty()) {
        html += u"<p>None.</p>"_s;
    } else {
        html += u"<table cellpadding=\"3\" border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>Date</th>"
                "<th>Type</th><th>From</th><th>Text</th></tr>"_s;
        for (const UnansweredEntry &entry : figures.unanswered)
            html += u"<tr><td>"_s + esc(minute(entry.item.createdAt)) + u"</td><td>"_s + esc(entry.kind)
                    + u"</td><td>@"_s + esc(entry.item.author.handle) + u"</td><td>"_s
                    + esc(excerpt(entry.item.text)) + u"</td></tr>"_s;
        html += u"</table>"_s;
    }

    html += u"<h2>Top contacts by interactions</h2>"_s;
    if (figures.topContacts.isEmpty()) {
        html += u"<p>None.</p>"_s;
    } else {
        html += u"<table cellpadding=\"3\" border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>Contact</th>"
                "<th>Mentions, replies</th><th>DMs in</th><th>DMs out</th><th>Own replies</th>"
                "<th>Total</th></tr>"_s;
        const auto cell = [](int value) -> QString { return u"<td align=\"right\">"_s + QString::number(value) + u"</td>"_s; };
        for (const ContactInteractions &contact : figures.topContacts)
            html += u"<tr><td style=\"white-space: nowrap\">@"_s + esc(contact.handle) + u"</td>"_s + cell(contact.mentions)
                    + cell(contact.messagesReceived) + cell(contact.messagesSent) + cell(contact.repliesSent)
                    + cell(contact.total()) + u"</tr>"_s;
        html += u"</table>"_s;
    }

    html += u"<h2>Top posts by engagement</h2>"_s;
    if (figures.topPosts.isEmpty()) {
        html += u"<p>None.</p>"_s;
    } else {
        html += u"<table cellpadding=\"3\" border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>Date</th>"
                "<th>Text</th><th>Fav.</th><th>Boosts</th><th>Replies</th><th>Total</th></tr>"_s;
        for (const PostEngagement &post : figures.topPosts)
            html += u"<tr><td>"_s + esc(day(post.item.createdAt)) + u"</td><td>"_s + esc(excerpt(post.item.text))
                    + u"</td><td align=\"right\">"_s + QString::number(post.item.favouriteCount)
                    + u"</td><td align=\"right\">"_s + QString::number(post.item.boostCount)
                    + u"</td><td align=\"right\">"_s + QString::number(post.item.replyCount)
                    + u"</td><td align=\"right\">"_s + QString::number(post.engagement()) + u"</td></tr>"_s;
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    document->setHtml(html);
}

bool printKeepingHeadings(QTextDocument *document, QPdfWriter *writer)
{
    // Paginated here instead of by QTextDocument::print(), so that headings can be kept with
    // what follows them before the pages are drawn.
    document->documentLayout()->setPaintDevice(writer);
    const qreal margin = 2 / 2.54 * writer->resolution();
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setMargin(margin);
    document->rootFrame()->setFrameFormat(frame);
    const QSizeF page(writer->width(), writer->height());
    document->setPageSize(page);
    keepHeadingsWithNext(document);

    QPainter painter;
    if (!painter.begin(writer))
        return false;
    const QFont numberFont = document->defaultFont();
    const qreal numberBaseline = page.height() - margin + QFontMetricsF(numberFont, writer).ascent()
                                 + 5 * writer->resolution() / 72.0;
    for (int index = 0; index < document->pageCount(); ++index) {
        if (index > 0)
            writer->newPage();
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(numberFont);
        const QString number = QString::number(index + 1);
        painter.drawText(QPointF(page.width() - margin - painter.fontMetrics().horizontalAdvance(number),
                                 numberBaseline),
                         number);
    }
    return painter.end();
}

Result<void> writeReportPdf(const ReportFigures &figures, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // 96 dpi: the document's pixel sizes (chart widths) mean what they mean on screen.
    writer.setResolution(96);
    writer.setTitle(u"Holdfast activity report "_s + figures.accounts.join(u", "_s));
    writer.setCreator(u"Holdfast"_s);
    QTextDocument document;
    buildReportDocument(figures, &document);
    if (!printKeepingHeadings(&document, &writer) || !QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return makeError(Error::Code::Io, u"Cannot write %1"_s.arg(path));
    return {};
}

} // namespace holdfast::reports
