#include "ui/TimelineView.h"

#include "models/items/TimelineModel.h"
#include "ui/ItemDelegate.h"
#include "ui/ElidingLabel.h"

#include <QLabel>
#include <QListView>
#include <QPersistentModelIndex>
#include <QScrollBar>
#include <QVBoxLayout>

namespace holdfast::ui {

TimelineView::TimelineView(TimelineModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new ElidingLabel(this)), m_empty(new QLabel(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_list);

    m_empty->setObjectName(QStringLiteral("timelineEmptyLabel"));
    m_empty->setText(tr("Nothing archived here yet. Back up the account to fill it."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setAccessibleName(tr("Items"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new ItemDelegate(m_list));
    // Every row is as tall as the delegate says for any row: the view then never measures
    // rows it does not show, which keeps huge collections fast.
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit itemSelected(current.data(TimelineModel::AccountIdRole).toLongLong(),
                              current.data(TimelineModel::PlatformIdRole).toString());
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::updateEmptyState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
}

void TimelineView::setSource(qint64 accountId, Collection collection, const QString &title)
{
    m_title->setFullText(title);
    if (m_model.accountId() != accountId || m_model.collection() != collection || m_model.rowCount() == 0)
        m_model.setSource(accountId, collection);
    updateEmptyState();
}

void TimelineView::clear()
{
    m_title->setFullText(QString());
    m_model.clear();
}

qint64 TimelineView::accountId() const
{
    return m_model.accountId();
}

Collection TimelineView::collection() const
{
    return m_model.collection();
}

void TimelineView::refreshNewer()
{
    // Rows inserted above the viewport would push the visible rows down: remember the top
    // visible row and put it back where it was, unless the person is at the very top, where
    // new items should simply appear.
    QScrollBar *bar = m_list->verticalScrollBar();
    const bool atTop = bar->value() == bar->minimum();
    const QPersistentModelIndex top(m_list->indexAt(QPoint(1, 1)));
    const int topOffset = top.isValid() ? m_list->visualRect(top).top() : 0;
    if (m_model.refreshNewer() == 0 || atTop || !top.isValid())
        return;
    m_list->doItemsLayout();
    bar->setValue(bar->value() + m_list->visualRect(top).top() - topOffset);
}

bool TimelineView::selectItem(const QString &platformId)
{
    const int row = m_model.rowOfPlatformId(platformId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model.index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void TimelineView::updateEmptyState()
{
    const bool empty = m_model.rowCount() == 0 && m_model.accountId() != 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace holdfast::ui
