#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace holdfast::ui {

/**
 * Paints an item row of the timeline and search lists: author and date on the first line,
 * up to two lines of text under it, and markers for replies, boosts, media, edits and
 * deletions. Every row has the same height, so views can use uniform item sizes and stay fast
 * with hundreds of thousands of rows. Works with TimelineModel and SearchResultsModel (their
 * roles share values).
 */
class ItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDelegate)
public:
    explicit ItemDelegate(QObject *parent = nullptr);

    /// Also show the account's handle (search results span accounts); null function = off.
    void setAccountNames(std::function<QString(qint64)> nameOf) { m_accountName = std::move(nameOf); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The markers shown for a row ("reply · edited · media"), also used as accessible text.
    static QString markers(const QModelIndex &index);

private:
    std::function<QString(qint64)> m_accountName;
};

} // namespace holdfast::ui
