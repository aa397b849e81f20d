#include "ui/ItemDelegate.h"

#include "models/items/TimelineModel.h"
#include "ui/UiFormat.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace holdfast::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kTextLines = 2;

/// Lays `text` out in at most `lines` lines of `width`, eliding the last one.
void drawWrapped(QPainter *painter, const QString &text, const QFont &font, const QRect &rect, int lines)
{
    const QFontMetrics metrics(font);
    QString flat = text;
    flat.replace(u'\n', u' ');
    QTextLayout layout(flat, font);
    layout.beginLayout();
    int y = rect.top();
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (i == lines - 1 && line.textStart() + line.textLength() < flat.size()) {
            const QString rest = metrics.elidedText(flat.mid(line.textStart()), Qt::ElideRight, rect.width());
            painter->drawText(QPoint(rect.left(), y + metrics.ascent()), rest);
            break;
        }
        painter->drawText(QPoint(rect.left(), y + metrics.ascent()), flat.mid(line.textStart(), line.textLength()));
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

} // namespace

ItemDelegate::ItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString ItemDelegate::markers(const QModelIndex &index)
{
    QStringList parts;
    const QString kind = index.data(TimelineModel::KindRole).toString();
    if (kind == u"reply")
        parts << tr("reply");
    else if (kind == u"boost")
        parts << tr("boost");
    else if (kind == u"message")
        parts << tr("message");
    if (index.data(TimelineModel::HasMediaRole).toBool())
        parts << tr("media");
    if (index.data(TimelineModel::EditedRole).toBool())
        parts << tr("edited");
    if (index.data(TimelineModel::DeletedRole).toBool())
        parts << tr("deleted on platform");
    return parts.join(QStringLiteral(" · "));
}

void ItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : option.palette.color(QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);

    painter->save();
    // First line: author, handle, (account), date on the right.
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const QString date = UiFormat::shortDateTime(index.data(TimelineModel::CreatedAtRole).toDateTime());
    const int dateWidth = metrics.horizontalAdvance(date) + kPadding;
    QString name = index.data(TimelineModel::AuthorNameRole).toString();
    const QString handle = index.data(TimelineModel::AuthorHandleRole).toString();
    if (name.isEmpty())
        name = handle;
    const int nameSpace = area.width() - dateWidth;
    const QString shownName = boldMetrics.elidedText(name, Qt::ElideRight, nameSpace);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QPoint(area.left(), area.top() + boldMetrics.ascent()), shownName);
    int x = area.left() + boldMetrics.horizontalAdvance(shownName) + kPadding;
    QString rest = QStringLiteral("@") + handle;
    if (m_accountName) {
        const QString account = m_accountName(index.data(TimelineModel::AccountIdRole).toLongLong());
        if (!account.isEmpty())
            rest += QStringLiteral("  ·  ") + tr("in %1").arg(account);
    }
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QPoint(x, area.top() + metrics.ascent()),
                      metrics.elidedText(rest, Qt::ElideRight, qMax(0, area.right() - dateWidth - x)));
    painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, metrics.height()),
                      Qt::AlignRight | Qt::AlignTop, date);

    // Text lines; a deleted item is struck through, as a mail client shows a deleted message.
    QFont body = option.font;
    body.setStrikeOut(index.data(TimelineModel::DeletedRole).toBool());
    painter->setPen(text);
    painter->setFont(body);
    const QRect textRect(area.left(), area.top() + metrics.lineSpacing() + 2, area.width(),
                         metrics.lineSpacing() * kTextLines);
    QString shownText = index.data(TimelineModel::TextRole).toString();
    if (shownText.isEmpty() && index.data(TimelineModel::KindRole).toString() == u"boost")
        shownText = tr("(boosted a post)");
    drawWrapped(painter, shownText, body, textRect, kTextLines);

    // Markers on the last line.
    const QString marks = markers(index);
    if (!marks.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(secondary);
        painter->drawText(QRect(area.left(), textRect.bottom() + 2, area.width(), QFontMetrics(small).height()),
                          Qt::AlignLeft | Qt::AlignTop, marks);
    }
    painter->restore();
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int height = metrics.lineSpacing() * (1 + kTextLines) + QFontMetrics(small).height() + 2 * kPadding;
    return {200, height};
}

} // namespace holdfast::ui
