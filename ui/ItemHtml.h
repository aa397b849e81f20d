#pragma once

#include "models/domain/Item.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

namespace holdfast::ui {

/**
 * Builds the HTML the detail pane shows, from domain structs only: one item in full, a reply
 * thread with the selected item in full and the others compact, or a direct-message
 * conversation as a chat transcript. Platform HTML passes through HtmlSanitizer; images are
 * only the downloaded media files (file: URLs inside the data directory, which is all
 * SafeTextBrowser serves); colours come from the palette given, so light and dark both work.
 *
 * The selected item carries the anchor kFocusAnchor, for scrollToAnchor().
 */
class ItemHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ItemHtml)
public:
    struct Options
    {
        QString dataDir;
        QString ownPlatformUserId;  ///< the archived account's own id: its messages go right
        QPalette palette;
    };

    explicit ItemHtml(Options options) : m_options(std::move(options)) {}

    /// One item in full; `boosted` is the original when `item` is a boost.
    QString item(const Item &item, const QList<ItemVersion> &versions,
                 const std::optional<Item> &boosted = std::nullopt) const;
    /// A reply chain, oldest first, with `focusPlatformId` in full (and its edit history).
    QString thread(const QList<Item> &items, const QString &focusPlatformId,
                   const QList<ItemVersion> &focusVersions) const;
    /// A direct-message conversation, oldest first: own messages on the right.
    QString transcript(const QList<Item> &messages, const QString &focusPlatformId) const;

    static constexpr auto kFocusAnchor = "focus";

private:
    QString card(const Item &item, bool full, const QList<ItemVersion> &versions) const;
    QString header(const Item &item) const;
    QString body(const Item &item) const;
    QString mediaBlock(const Item &item, int edge) const;
    QString countsLine(const Item &item) const;
    QString historyBlock(const QList<ItemVersion> &versions) const;
    QString page(const QString &content) const;
    QString colour(QPalette::ColorRole role) const;
    QString blend(QPalette::ColorRole a, QPalette::ColorRole b, double amountOfB) const;

    Options m_options;
};

} // namespace holdfast::ui
