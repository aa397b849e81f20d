#include "ui/ContactsView.h"

#include "models/items/ContactsModel.h"
#include "ui/ElidingLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace holdfast::ui {

ContactsView::ContactsView(ContactsModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new ElidingLabel(this)), m_filter(new QComboBox(this)),
      m_count(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("contactsView"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_filter->setObjectName(QStringLiteral("contactsFilter"));
    m_filter->setAccessibleName(tr("Show"));
    // The first entry is the opened collection as a whole; setAccount() names it.
    m_filter->addItem(tr("All followers"), int(ContactListFilter::Followers));
    m_filter->addItem(tr("Mutual"), int(ContactListFilter::Mutual));
    m_filter->addItem(tr("Followers only"), int(ContactListFilter::FollowersOnly));
    m_filter->addItem(tr("Following only"), int(ContactListFilter::FollowingOnly));
    m_filter->addItem(tr("Lost followers"), int(ContactListFilter::Lost));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model.setFilter(ContactListFilter(m_filter->currentData().toInt()));
        updateCount();
    });
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    m_count->setObjectName(QStringLiteral("contactsCountLabel"));

    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_count);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void ContactsView::setAccount(qint64 accountId, Collection collection, const QString &title)
{
    m_title->setFullText(title);
    const bool following = collection == Collection::Following;
    const ContactListFilter everyone =
        following ? ContactListFilter::Following : ContactListFilter::Followers;
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->setItemText(0, following ? tr("Everyone followed") : tr("All followers"));
        m_filter->setItemData(0, int(everyone));
        m_filter->setCurrentIndex(0);
    }
    if (m_model.accountId() != accountId)
        m_model.setAccount(accountId);
    if (m_model.filter() != everyone)
        m_model.setFilter(everyone);
    updateCount();
    m_table->resizeColumnsToContents();
}

void ContactsView::setFilter(ContactListFilter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

ContactListFilter ContactsView::filter() const
{
    return ContactListFilter(m_filter->currentData().toInt());
}

void ContactsView::refresh()
{
    m_model.refresh();
    updateCount();
}

void ContactsView::updateCount()
{
    m_count->setText(tr("%Ln person(s)", nullptr, m_model.totalCount()));
}

} // namespace holdfast::ui
