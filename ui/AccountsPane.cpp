#include "ui/AccountsPane.h"

#include "models/items/AccountsModel.h"
#include "ui/AccountDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace holdfast::ui {

AccountsPane::AccountsPane(AccountsModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_tree(new QTreeView(this)), m_layout(new QVBoxLayout(this)),
      m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("accountsPane"));
    m_tree->setObjectName(QStringLiteral("accountsTree"));
    m_tree->setAccessibleName(tr("Accounts and collections"));
    m_tree->setModel(&m_model);
    m_tree->setItemDelegate(new AccountDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAnimated(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->expandAll();
    // New accounts (rows inserted by reload()) open with their collections visible.
    connect(&m_model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_model.index(row, 0));
    });
    connect(&m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    auto *title = new QLabel(tr("Accounts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_tree);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(title);
    m_layout->addWidget(m_tree, 1);
    m_layout->addWidget(m_buttons);
}

void AccountsPane::setActions(QAction *addAccount, QAction *backUpNow, QAction *backUpAll, QAction *removeAccount)
{
    auto *layout = new QHBoxLayout(m_buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QAction *, QString>> buttons{{addAccount, QStringLiteral("addAccountButton")},
                                                       {backUpNow, QStringLiteral("backUpNowButton")},
                                                       {backUpAll, QStringLiteral("backUpAllButton")}};
    for (const auto &[action, name] : buttons) {
        auto *button = new QToolButton(m_buttons);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        layout->addWidget(button);
    }
    m_tree->addAction(backUpNow);
    m_tree->addAction(removeAccount);
    m_tree->addAction(addAccount);
}

void AccountsPane::addBottomWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

qint64 AccountsPane::currentAccountId() const
{
    return m_tree->currentIndex().data(AccountsModel::AccountIdRole).toLongLong();
}

std::optional<Collection> AccountsPane::currentCollection() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(AccountsModel::NodeTypeRole).toInt() != int(AccountsModel::NodeType::Collection))
        return std::nullopt;
    return Collection(current.data(AccountsModel::CollectionRole).toInt());
}

void AccountsPane::selectCollection(qint64 accountId, Collection collection)
{
    const QModelIndex index = m_model.indexOfCollection(accountId, collection);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void AccountsPane::selectAccount(qint64 accountId)
{
    const QModelIndex index = m_model.indexOfAccount(accountId);
    if (!index.isValid())
        return;
    m_tree->expand(index);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void AccountsPane::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        emit currentAccountChanged(0);
        return;
    }
    const qint64 accountId = current.data(AccountsModel::AccountIdRole).toLongLong();
    emit currentAccountChanged(accountId);
    if (const auto collection = currentCollection())
        emit collectionSelected(accountId, *collection);
    else
        emit collectionSelected(accountId, Collection::Posts);
}

} // namespace holdfast::ui
