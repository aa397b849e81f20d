#pragma once

#include <QByteArray>
#include <QString>

namespace holdfast {

/// What the platform says about a direct-message conversation as a whole (not its messages),
/// e.g. Mastodon's conversation object or a Bluesky chat convo.
struct ConversationState
{
    QString conversationId;   ///< the same id as Item::conversationId of its messages
    bool unread = false;      ///< the platform marks it unread for the account
    QByteArray rawJson;       ///< the platform's object, as received
};

} // namespace holdfast
