#include "ui/ItemDetailView.h"

#include "models/store/Store.h"
#include "ui/HtmlSanitizer.h"
#include "ui/ItemHtml.h"
#include "ui/MessageBar.h"
#include "ui/SafeTextBrowser.h"
#include "ui/UiFormat.h"
#include "ui/ElidingLabel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

ItemDetailView::ItemDetailView(const Store &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(m_stack)),
      m_deletedBanner(new MessageBar(this)),
      m_heading(new ElidingLabel(this)),
      m_openOnPlatform(new QPushButton(tr("&Open on Platform"), this)),
      m_browser(new SafeTextBrowser(store.dataDirectory(), this))
{
    setObjectName(QStringLiteral("itemDetailView"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setText(tr("Select an item or a conversation to read it here."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_deletedBanner->setObjectName(QStringLiteral("deletedBanner"));
    m_deletedBanner->setCloseButtonVisible(false);

    m_heading->setObjectName(QStringLiteral("detailHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_openOnPlatform->setObjectName(QStringLiteral("openOnPlatformButton"));
    m_openOnPlatform->setToolTip(tr("Open this item in your web browser"));
    connect(m_openOnPlatform, &QPushButton::clicked, this, [this] {
        if (m_platformUrl.isValid())
            QDesktopServices::openUrl(m_platformUrl);
    });

    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setAccessibleName(tr("Item details"));

    auto *page = new QWidget(m_stack);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_openOnPlatform);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_deletedBanner);
    layout->addWidget(m_browser, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

namespace {

bool sameStamps(QList<ItemStamp> a, QList<ItemStamp> b)
{
    if (a.size() != b.size())
        return false;
    const auto byId = [](const ItemStamp &x, const ItemStamp &y) { return x.id < y.id; };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).editedAt != b.at(i).editedAt
            || a.at(i).deletedAt != b.at(i).deletedAt || a.at(i).capturedAt != b.at(i).capturedAt)
            return false;
    }
    return true;
}

} // namespace

void ItemDetailView::refresh()
{
    if (m_accountId == 0 || m_shownStamps.isEmpty())
        return;
    QList<qint64> ids;
    for (const ItemStamp &stamp : std::as_const(m_shownStamps))
        ids.append(stamp.id);
    if (!sameStamps(m_store.itemStamps(ids), m_shownStamps))
        rerender(true);
}

void ItemDetailView::rememberShown(const QList<Item> &items)
{
    m_shownStamps.clear();
    for (const Item &item : items)
        m_shownStamps.append(ItemStamp{item.id, item.editedAt, item.deletedAt, item.capturedAt});
}

void ItemDetailView::clear()
{
    m_shownStamps.clear();
    m_accountId = 0;
    m_platformId.clear();
    m_conversationId.clear();
    m_focusPlatformId.clear();
    m_platformUrl.clear();
    m_browser->clear();
    m_stack->setCurrentIndex(0);
}

void ItemDetailView::showItem(qint64 accountId, const QString &platformId)
{
    m_accountId = accountId;
    m_platformId = platformId;
    m_conversationId.clear();
    rerender();
}

void ItemDetailView::showConversation(qint64 accountId, const QString &conversationId, const QString &focusPlatformId)
{
    m_accountId = accountId;
    m_platformId = focusPlatformId;
    m_conversationId = conversationId;
    rerender();
}

void ItemDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The HTML carries palette colours: draw it again when the system switches light/dark.
    if (event->type() == QEvent::PaletteChange && m_accountId != 0)
        rerender();
}

void ItemDetailView::rerender(bool keepScrollPosition)
{
    m_keepScroll = keepScrollPosition;
    const auto account = m_store.account(m_accountId);
    if (!account) {
        clear();
        return;
    }
    ItemHtml html({m_store.dataDirectory(), account->platformUserId, palette()});

    if (!m_conversationId.isEmpty()) {
        const QList<Item> messages = m_store.conversation(m_accountId, m_conversationId);
        if (messages.isEmpty()) {
            clear();
            return;
        }
        m_focusPlatformId = m_platformId.isEmpty() ? messages.last().platformId : m_platformId;
        QStringList names;
        for (const Item &message : messages) {
            const QString name = message.author.displayName.isEmpty() ? message.author.handle
                                                                       : message.author.displayName;
            if (message.author.platformId != account->platformUserId && !names.contains(name))
                names << name;
        }
        m_heading->setFullText(tr("Conversation with %1 · %n message(s)", nullptr, int(messages.size()))
                               .arg(names.join(tr(", "))));
        m_deletedBanner->hideMessage();
        m_platformUrl.clear();
        m_openOnPlatform->setEnabled(false);
        rememberShown(messages);
        showBrowser(html.transcript(messages, m_focusPlatformId), !m_platformId.isEmpty());
        if (m_platformId.isEmpty() && !m_keepScroll)
            m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
        return;
    }

    const auto item = m_store.item(m_accountId, m_platformId);
    if (!item) {
        clear();
        return;
    }
    m_focusPlatformId = item->platformId;
    m_platformUrl = HtmlSanitizer::isWebUrl(item->url) ? QUrl(item->url) : QUrl();
    m_openOnPlatform->setEnabled(m_platformUrl.isValid());
    if (item->deletedAt.isValid()) {
        m_deletedBanner->showMessage(tr("Deleted on the platform. Holdfast noticed it on %1; this is the archived copy.")
                                         .arg(UiFormat::longDateTime(item->deletedAt)),
                                     MessageBar::Type::Warning);
    } else {
        m_deletedBanner->hideMessage();
    }

    if (item->kind == ItemKind::Message && !item->conversationId.isEmpty()) {
        m_heading->setFullText(tr("Direct message"));
        m_conversationId = item->conversationId;
        const QList<Item> messages = m_store.conversation(m_accountId, item->conversationId);
        m_conversationId.clear();
        rememberShown(messages);
        showBrowser(html.transcript(messages, item->platformId), true);
        return;
    }

    const QList<ItemVersion> versions = m_store.itemVersions(m_accountId, item->platformId);
    if (item->kind == ItemKind::Boost) {
        m_heading->setFullText(tr("Boost"));
        const auto original = m_store.item(m_accountId, item->boostOfId);
        rememberShown(original ? QList<Item>{*item, *original} : QList<Item>{*item});
        showBrowser(html.item(*item, versions, original), false);
        return;
    }
    const QList<Item> thread = m_store.thread(m_accountId, item->platformId);
    rememberShown(thread.isEmpty() ? QList<Item>{*item} : thread);
    if (thread.size() > 1) {
        m_heading->setFullText(tr("Thread · %n post(s)", nullptr, int(thread.size())));
        showBrowser(html.thread(thread, item->platformId, versions), true);
    } else {
        m_heading->setFullText(item->kind == ItemKind::Reply ? tr("Reply") : tr("Post"));
        showBrowser(html.item(*item, versions), false);
    }
}

void ItemDetailView::showBrowser(const QString &html, bool scrollToFocus)
{
    m_stack->setCurrentIndex(1);
    const int scrolled = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    if (m_keepScroll)
        m_browser->verticalScrollBar()->setValue(scrolled);
    else if (scrollToFocus)
        m_browser->scrollToAnchor(QLatin1String(ItemHtml::kFocusAnchor));
}

} // namespace holdfast::ui
