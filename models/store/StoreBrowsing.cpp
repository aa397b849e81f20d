// Store: reads for lazy views (item and contact pages by keyset, conversations, threads,
// per-collection counts).

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;

QDateTime contactPageSortTime(const Contact &contact, ContactListFilter filter)
{
    return filter == ContactListFilter::Lost ? contact.unfollowedAt : contact.firstSeen;
}

QList<Item> Store::itemPage(const ItemPageQuery &) const
{
    return {};
}

QList<Item> Store::itemsByIds(const QList<qint64> &) const
{
    return {};
}

QList<ItemStamp> Store::itemStamps(const QList<qint64> &) const
{
    return {};
}

QList<ConversationSummary> Store::conversations(qint64) const
{
    return {};
}

QList<Contact> Store::contactPage(const ContactPageQuery &) const
{
    return {};
}

int Store::contactCount(qint64, ContactListFilter) const
{
    return 0;
}

QList<Item> Store::thread(qint64, const QString &) const
{
    return {};
}

QMap<Collection, int> Store::collectionCounts(qint64) const
{
    return {};
}

} // namespace holdfast
