#include "ui/ConversationsView.h"

#include "models/items/ConversationsModel.h"
#include "ui/ElidingLabel.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPen>
#include <QPalette>
#include <QPixmap>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

/// A dot in the palette's highlight colour before the names of an unread conversation; read
/// ones get the same space left empty so the names stay aligned.
QPixmap unreadDot(bool unread)
{
    constexpr int kSize = 10;
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap dot(QSize(kSize, kSize) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    if (unread) {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        // The ring keeps the dot visible on a selected (highlight-coloured) row.
        painter.setPen(QPen(QGuiApplication::palette().color(QPalette::HighlightedText), 1));
        painter.setBrush(QGuiApplication::palette().color(QPalette::Highlight));
        painter.drawEllipse(QRectF(1, 1, kSize - 2, kSize - 2));
    }
    return dot;
}

/// Sorts by the model's raw values and marks unread conversations: bold, with a dot.
class ConversationsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.data(ConversationsModel::UnreadRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::DecorationRole && index.column() == ConversationsModel::Participants)
            return unreadDot(index.data(ConversationsModel::UnreadRole).toBool());
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

ConversationsView::ConversationsView(ConversationsModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new ConversationsProxy(this)), m_title(new ElidingLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("conversationsView"));
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ConversationsModel::SortRole);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("conversationsTable"));
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConversationsModel::Date, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ConversationsModel::LastMessage, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit conversationSelected(m_model.accountId(),
                                              current.data(ConversationsModel::ConversationIdRole).toString());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
}

void ConversationsView::setAccount(qint64 accountId, const QString &title)
{
    m_title->setFullText(title);
    if (m_model.accountId() != accountId)
        m_model.setAccount(accountId);
    m_table->resizeColumnToContents(ConversationsModel::Participants);
    // Long participant lists would push the last message out of sight.
    m_table->setColumnWidth(ConversationsModel::Participants,
                            qMin(m_table->columnWidth(ConversationsModel::Participants), 170));
    m_table->resizeColumnToContents(ConversationsModel::Date);
    m_table->resizeColumnToContents(ConversationsModel::MessageCount);
}

void ConversationsView::refresh()
{
    m_model.refresh();
}

bool ConversationsView::selectConversation(const QString &conversationId)
{
    const int row = m_model.rowOfConversation(conversationId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

} // namespace holdfast::ui
