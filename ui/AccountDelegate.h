#pragma once

#include <QStyledItemDelegate>

namespace holdfast::ui {

/**
 * Paints the accounts tree: an account row shows the platform icon, the handle, when the last
 * successful backup ended and how long ago, and a warning badge (with the reason as tooltip)
 * if the last run failed; a collection row shows its title and count. Colours come from the
 * style's palette.
 */
class AccountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDelegate)
public:
    explicit AccountDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The second line of an account row ("Last backup 15.01.25 10:30 · 3 hours ago").
    static QString backupLine(const QModelIndex &index);

private:
    void paintAccount(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCollection(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace holdfast::ui
