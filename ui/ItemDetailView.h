#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

#include "models/store/Store.h"

namespace holdfast::ui {

class ElidingLabel;

class MessageBar;
class SafeTextBrowser;

/**
 * The right pane: the selected item in full (author, date, text with links, downloaded media,
 * counts, edit history, "deleted on platform" banner, "Open on platform"), inside its reply
 * thread; a direct message inside its conversation, drawn as a chat transcript. Reads the
 * GUI thread's Store directly (a thread or conversation is small).
 */
class ItemDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDetailView)
public:
    ItemDetailView(const Store &store, QWidget *parent = nullptr);

    /// Shows an item in its thread (or its conversation, for a message), scrolled to it.
    void showItem(qint64 accountId, const QString &platformId);
    /// Shows a conversation as a transcript, scrolled to `focusPlatformId` (or its end).
    void showConversation(qint64 accountId, const QString &conversationId, const QString &focusPlatformId = {});
    void clear();
    /// Draws what is shown again if a backup changed it since (an edit, a deletion noticed),
    /// keeping the scroll position. Cheap when nothing changed: one read of item stamps.
    void refresh();

    /// What is shown, for tests: the platform id of the focused item ("" if none).
    QString focusedPlatformId() const { return m_focusPlatformId; }
    SafeTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rerender(bool keepScrollPosition = false);
    void showBrowser(const QString &html, bool scrollToFocus);
    /// Remembers the stamps of the items drawn, for refresh().
    void rememberShown(const QList<Item> &items);

    const Store &m_store;
    // What is shown, so a palette change can draw it again.
    qint64 m_accountId = 0;
    QString m_platformId;
    QString m_conversationId;
    QString m_focusPlatformId;
    QUrl m_platformUrl;
    QList<ItemStamp> m_shownStamps; ///< of every item drawn, by id
    bool m_keepScroll = false;      ///< showBrowser() keeps the scroll position (refresh)

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    MessageBar *m_deletedBanner;
    ElidingLabel *m_heading;
    QPushButton *m_openOnPlatform;
    SafeTextBrowser *m_browser;
};

} // namespace holdfast::ui
