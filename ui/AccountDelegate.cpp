#include "ui/AccountDelegate.h"

#include "models/items/AccountsModel.h"
#include "ui/UiFormat.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace holdfast::ui {

namespace {

constexpr int kIconSize = 28;
constexpr int kPadding = 4;

bool isAccount(const QModelIndex &index)
{
    return index.data(AccountsModel::NodeTypeRole).toInt() == int(AccountsModel::NodeType::Account);
}

QIcon platformIcon(const QString &platform)
{
    if (platform == u"mastodon")
        return QIcon(QStringLiteral(":/icons/mastodon.svg"));
    return QIcon::fromTheme(QStringLiteral("user-identity"));
}

bool lastRunFailed(const QModelIndex &index)
{
    return index.data(AccountsModel::LastOutcomeRole).toString() == u"failed";
}

QColor secondaryText(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        return option.palette.color(QPalette::HighlightedText);
    return option.palette.color(QPalette::PlaceholderText);
}

} // namespace

AccountDelegate::AccountDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString AccountDelegate::backupLine(const QModelIndex &index)
{
    const QDateTime last = index.data(AccountsModel::LastBackupAtRole).toDateTime();
    QString line = last.isValid() ? tr("Last backup %1 · %2").arg(UiFormat::shortDateTime(last), UiFormat::age(last))
                                  : tr("Never backed up");
    if (lastRunFailed(index))
        line = tr("Last backup failed · %1").arg(line);
    return line;
}

void AccountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (isAccount(index))
        paintAccount(painter, option, index);
    else
        paintCollection(painter, option, index);
}

void AccountDelegate::paintAccount(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRect iconRect(area.left(), area.top() + (area.height() - kIconSize) / 2, kIconSize, kIconSize);
    platformIcon(index.data(AccountsModel::PlatformRole).toString()).paint(painter, iconRect);
    if (lastRunFailed(index)) {
        // The badge sits on the icon's corner, like an unread count in a mail client.
        const int badge = kIconSize / 2 + 2;
        const QRect badgeRect(iconRect.right() - badge + 4, iconRect.bottom() - badge + 4, badge, badge);
        style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget).paint(painter, badgeRect);
    }

    const QRect textRect = area.adjusted(kIconSize + 2 * kPadding, 0, 0, 0);
    const bool selected = option.state & QStyle::State_Selected;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString handle = boldMetrics.elidedText(index.data(AccountsModel::HandleRole).toString(),
                                                  Qt::ElideMiddle, textRect.width());
    painter->drawText(textRect.adjusted(0, 0, 0, -textRect.height() / 2), Qt::AlignLeft | Qt::AlignBottom, handle);

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(secondaryText(option));
    const QString line = QFontMetrics(small).elidedText(backupLine(index), Qt::ElideRight, textRect.width());
    painter->drawText(textRect.adjusted(0, textRect.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, line);
    painter->restore();
}

void AccountDelegate::paintCollection(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count = QLocale().toString(index.data(AccountsModel::CountRole).toInt());
    const QFontMetrics metrics(opt.font);
    const int countWidth = metrics.horizontalAdvance(count) + 2 * kPadding;
    // The model's display text carries the count too; the count has its own column here.
    const QString title = AccountsModel::collectionTitle(Collection(index.data(AccountsModel::CollectionRole).toInt()));
    opt.text = metrics.elidedText(title, Qt::ElideRight, opt.rect.width() - countWidth - 2 * kPadding);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setPen(secondaryText(option));
    painter->drawText(option.rect.adjusted(0, 0, -kPadding, 0), Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isAccount(index))
        size.setHeight(qMax(kIconSize, 2 * option.fontMetrics.height() + 2) + 2 * kPadding);
    else
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 2 * kPadding));
    return size;
}

bool AccountDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && isAccount(index)) {
        QString tip = index.data(AccountsModel::HandleRole).toString() + u'\n' + backupLine(index);
        const QString error = index.data(AccountsModel::LastErrorRole).toString();
        if (lastRunFailed(index) && !error.isEmpty())
            tip += u'\n' + error;
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace holdfast::ui
