// Store: reads for lazy views (item and contact pages by keyset, items by id, conversation
// summaries, threads, per-collection counts).

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kAccounts;
using schema::kAccountCounts;
using schema::kContacts;
using schema::kConversationStates;
using schema::kItems;
using schema::kMemberships;
using schema::kPeople;

namespace {

constexpr qint64 kMaxKey = std::numeric_limits<qint64>::max();
constexpr int kMaxLimit = 10000;

int clampLimit(int limit)
{
    return std::clamp(limit, 1, kMaxLimit);
}

// --- Item pages ---------------------------------------------------------------------------------

/// The statements of one item page source: a collection (memberships "m", ordered by their
/// copy of created_at) or all items of an account (items "i").
struct PageStatements
{
    QString older;      ///< (created_at, id) < (?, ?), created_at not NULL
    QString nullTail;   ///< created_at NULL and id < ?
    QString newer;      ///< (created_at, id) > (?, ?)
};

PageStatements pageStatements(bool collection)
{
    // CROSS JOIN keeps SQLite from starting at items for a small collection: the page is read
    // in order from the memberships index, items are looked up by id.
    const QString from =
        collection ? u" FROM %1 m CROSS JOIN %2 i ON i.%3 = m.%4"_s.arg(
                         kMemberships.table, kItems.table, kItems.id, kMemberships.itemId)
                       + authorJoin()
                       + u" WHERE m.%1 = ? AND m.%2 = ?"_s.arg(kMemberships.accountId,
                                                               kMemberships.collection)
                   : u" FROM %1 i"_s.arg(kItems.table) + authorJoin()
                         + u" WHERE i.%1 = ?"_s.arg(kItems.accountId);
    const QString createdAt = collection ? u"m.%1"_s.arg(kMemberships.createdAt)
                                         : u"i.%1"_s.arg(kItems.createdAt);
    const QString id = collection ? u"m.%1"_s.arg(kMemberships.itemId) : u"i.%1"_s.arg(kItems.id);
    const QString select = u"SELECT "_s + itemColumns() + from;
    const QString newestFirst = u" ORDER BY %1 DESC, %2 DESC LIMIT ?"_s.arg(createdAt, id);
    return {
        select + u" AND %1 IS NOT NULL AND (%1, %2) < (?, ?)"_s.arg(createdAt, id) + newestFirst,
        select + u" AND %1 IS NULL AND %2 < ?"_s.arg(createdAt, id) + newestFirst,
        select + u" AND %1 IS NOT NULL AND (%1, %2) > (?, ?)"_s.arg(createdAt, id) + newestFirst,
    };
}

// --- Contact pages ------------------------------------------------------------------------------

/// Columns read by readContactRow(): the listed relation "c", the other direction "o" (by a
/// LEFT JOIN), the person without raw JSON.
const QString &contactColumns()
{
    static const QString sql =
        u"c.%1, c.%2, c.%3, o.%4, o.%2, o.%3, p.%5, p.%6, p.%7, p.%8, p.%9, p.%10, NULL"_s.arg(
            kContacts.direction, kContacts.firstSeenAt, kContacts.endedAt, kContacts.personId,
            kPeople.id, kPeople.platformId, kPeople.handle, kPeople.displayName, kPeople.url)
            .arg(kPeople.avatarUrl);
    return sql;
}

Contact readContactRow(const Cursor &c)
{
    Contact contact;
    contact.direction = c.text(0) == schema::kDirectionFollowing ? FollowDirection::Following
                                                                 : FollowDirection::Follower;
    contact.firstSeen = c.date(1);
    contact.unfollowedAt = c.date(2);
    if (!c.isNull(3))
        contact.reverse = FollowSpan{c.date(4), c.date(5)};
    contact.person = readPerson(c, 6);
    return contact;
}

/// How one filter reads: which index drives it, which relation is listed, what else must hold.
struct ContactListSql
{
    QString from;       ///< FROM ... JOIN ... (with the "o" join)
    QString where;      ///< conditions after "c.account_id = ?"
    QString sortColumn; ///< "c.first_seen_at" or "c.ended_at"
};

ContactListSql contactListSql(ContactListFilter filter)
{
    const QString follower = u"'%1'"_s.arg(schema::kDirectionFollower);
    const QString following = u"'%1'"_s.arg(schema::kDirectionFollowing);
    const auto from = [](QLatin1String index, const QString &otherDirection) -> QString {
        return u" FROM %1 c INDEXED BY %2 JOIN %3 p ON p.%4 = c.%5"
               " LEFT JOIN %1 o ON o.%6 = c.%6 AND o.%7 = %8 AND o.%5 = c.%5"_s.arg(
                   kContacts.table, index, kPeople.table, kPeople.id, kContacts.personId,
                   kContacts.accountId, kContacts.direction, otherDirection);
    };
    const QString firstSeen = u"c.%1"_s.arg(kContacts.firstSeenAt);
    const QString cActive = u"c.%1 IS NULL"_s.arg(kContacts.endedAt);
    const QString oActive = u"(o.%1 IS NOT NULL AND o.%2 IS NULL)"_s.arg(kContacts.personId,
                                                                        kContacts.endedAt);
    const QString direction = u"c.%1"_s.arg(kContacts.direction);

    switch (filter) {
    case ContactListFilter::All:
        // A person with both relations is listed once, by the follower relation.
        return {from(schema::kContactsAccountFirstSeenIndex,
                     u"(CASE %1 WHEN %2 THEN %3 ELSE %2 END)"_s.arg(direction, follower,
                                                                   following)),
                u"(%1 = %2 OR o.%3 IS NULL)"_s.arg(direction, follower, kContacts.personId),
                firstSeen};
    case ContactListFilter::Mutual:
        return {from(schema::kContactsFirstSeenIndex, following),
                u"%1 = %2 AND %3 AND %4"_s.arg(direction, follower, cActive, oActive),
                firstSeen};
    case ContactListFilter::FollowersOnly:
        return {from(schema::kContactsFirstSeenIndex, following),
                u"%1 = %2 AND %3 AND NOT %4"_s.arg(direction, follower, cActive, oActive),
                firstSeen};
    case ContactListFilter::FollowingOnly:
        return {from(schema::kContactsFirstSeenIndex, follower),
                u"%1 = %2 AND %3 AND NOT %4"_s.arg(direction, following, cActive, oActive),
                firstSeen};
    case ContactListFilter::Lost:
        return {from(schema::kContactsEndedIndex, following),
                u"%1 = %2 AND c.%3 IS NOT NULL"_s.arg(direction, follower, kContacts.endedAt),
                u"c.%1"_s.arg(kContacts.endedAt)};
    case ContactListFilter::Followers:
        return {from(schema::kContactsFirstSeenIndex, following),
                u"%1 = %2"_s.arg(direction, follower), firstSeen};
    case ContactListFilter::Following:
        return {from(schema::kContactsFirstSeenIndex, follower),
                u"%1 = %2"_s.arg(direction, following), firstSeen};
    }
    return {};
}

const QList<ContactListFilter> &allContactFilters()
{
    static const QList<ContactListFilter> all{
        ContactListFilter::All, ContactListFilter::Mutual, ContactListFilter::FollowersOnly,
        ContactListFilter::FollowingOnly, ContactListFilter::Lost,
        ContactListFilter::Followers,     ContactListFilter::Following};
    return all;
}

// --- Conversations ------------------------------------------------------------------------------

/// People a Mastodon status addresses: its `mentions` (id, acct, url). A DM that nobody
/// answered has no other author, so its addressees are the only way to name the partner.
/// Other platforms' JSON has no `mentions` array and yields nothing.
QList<Person> mentionedPeople(const QByteArray &rawJson, const QString &server)
{
    QList<Person> people;
    if (rawJson.isEmpty())
        return people;
    const QJsonArray mentions =
        QJsonDocument::fromJson(rawJson).object().value(QLatin1String("mentions")).toArray();
    const QString host = QUrl(server).host();
    for (const QJsonValue &value : mentions) {
        const QJsonObject mention = value.toObject();
        Person person;
        person.platformId = mention.value(QLatin1String("id")).toString();
        person.handle = mention.value(QLatin1String("acct")).toString();
        // Local accounts come without the server; handles are stored absolute.
        if (!person.handle.isEmpty() && !person.handle.contains(u'@') && !host.isEmpty())
            person.handle += u'@' + host;
        person.url = mention.value(QLatin1String("url")).toString();
        if (!person.platformId.isEmpty())
            people.append(person);
    }
    return people;
}

} // namespace

QDateTime contactPageSortTime(const Contact &contact, ContactListFilter filter)
{
    return filter == ContactListFilter::Lost ? contact.unfollowedAt : contact.firstSeen;
}

QList<Item> Store::itemPage(const ItemPageQuery &query) const
{
    static const PageStatements inCollection = pageStatements(true);
    static const PageStatements allItems = pageStatements(false);

    if (query.accountId == 0)
        return {};
    if (query.collection && isContactCollection(*query.collection))
        return {};
    const PageStatements &sql = query.collection ? inCollection : allItems;
    QVariantList source{query.accountId};
    if (query.collection)
        source.append(collectionName(*query.collection));
    const int limit = clampLimit(query.limit);

    try {
        if (query.afterItemId != 0) {
            if (!query.afterCreatedAt.isValid())
                return {}; // nothing is newer than an item without a creation time
            return readItems(*d, sql.newer,
                             source
                                 + QVariantList{query.afterCreatedAt.toMSecsSinceEpoch(),
                                                query.afterItemId, limit},
                             "read newer items");
        }
        QList<Item> items;
        const bool inNullTail = query.beforeItemId != 0 && !query.beforeCreatedAt.isValid();
        if (!inNullTail) {
            const qint64 createdAt = query.beforeItemId != 0
                                         ? query.beforeCreatedAt.toMSecsSinceEpoch()
                                         : kMaxKey;
            const qint64 id = query.beforeItemId != 0 ? query.beforeItemId : kMaxKey;
            items = readItems(*d, sql.older, source + QVariantList{createdAt, id, limit},
                              "read items");
        }
        if (items.size() < limit) {
            // Past the items with a creation time: those without one, by id.
            const qint64 id = inNullTail ? query.beforeItemId : kMaxKey;
            items += readItems(*d, sql.nullTail,
                               source + QVariantList{id, limit - int(items.size())},
                               "read items");
        }
        return items;
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read a page of items:" << failure.error.message;
    }
    return {};
}

QList<Item> Store::itemsByIds(const QList<qint64> &ids) const
{
    static const QString sql =
        itemSelect() + u" WHERE i.%1 IN (SELECT value FROM json_each(?))"_s.arg(kItems.id);
    if (ids.isEmpty())
        return {};
    try {
        const QList<Item> items = readItems(*d, sql, {idArray(ids)}, "read items by id");
        QHash<qint64, qsizetype> position;
        for (qsizetype i = 0; i < items.size(); ++i)
            position.insert(items.at(i).id, i);
        QList<Item> ordered;
        ordered.reserve(items.size());
        for (qint64 id : ids)
            if (auto it = position.constFind(id); it != position.constEnd())
                ordered.append(items.at(*it));
        return ordered;
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read items by id:" << failure.error.message;
    }
    return {};
}

QList<Item> Store::itemsByPlatformIds(qint64 accountId, const QStringList &platformIds) const
{
    static const QString sql =
        itemSelect() + u" WHERE i.%1 = ? AND i.%2 IN (SELECT value FROM json_each(?))"_s.arg(
            kItems.accountId, kItems.platformId);
    if (platformIds.isEmpty())
        return {};
    const QString ids = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(platformIds)).toJson(QJsonDocument::Compact));
    try {
        return readItems(*d, sql, {accountId, ids}, "read items by platform id");
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read items by platform id:" << failure.error.message;
    }
    return {};
}

QList<ItemStamp> Store::itemStamps(const QList<qint64> &ids) const
{
    static const QString sql =
        u"SELECT %1, %2, %3, %4 FROM %5 WHERE %1 IN (SELECT value FROM json_each(?))"_s.arg(
            kItems.id, kItems.editedAt, kItems.deletedAt, kItems.capturedAt, kItems.table);
    QList<ItemStamp> stamps;
    if (ids.isEmpty())
        return stamps;
    try {
        Cursor c = d->exec(sql, {idArray(ids)}, "read item stamps");
        while (c.next())
            stamps.append(ItemStamp{c.int64(0), c.date(1), c.date(2), c.date(3)});
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read item stamps:" << failure.error.message;
    }
    return stamps;
}

QList<ConversationSummary> Store::conversations(qint64 accountId) const
{
    // The messages of the account's conversations, optionally with their authors.
    const auto messages = [](bool withAuthors) -> QString {
        return u" FROM %1 m CROSS JOIN %2 i ON i.%3 = m.%4"_s.arg(
                   kMemberships.table, kItems.table, kItems.id, kMemberships.itemId)
               + (withAuthors ? u" JOIN %1 p ON p.%2 = i.%3"_s.arg(kPeople.table, kPeople.id,
                                                                   kItems.authorId)
                              : QString())
               + u" WHERE m.%1 = ? AND m.%2 = ? AND i.%3 IS NOT NULL"_s.arg(
                   kMemberships.accountId, kMemberships.collection, kItems.conversationId);
    };
    // Per conversation: its message count and its last message (in itemPage() order).
    static const QString summaries =
        u"SELECT conversation, messages, id FROM (SELECT i.%1 AS conversation, i.%2 AS id,"
        " count(*) OVER (PARTITION BY i.%1) AS messages,"
        " row_number() OVER (PARTITION BY i.%1 ORDER BY i.%3 DESC, i.%2 DESC) AS position"_s
            .arg(kItems.conversationId, kItems.id, kItems.createdAt)
        + messages(false) + u") WHERE position = 1"_s;
    // Authors other than the account, in order of their first message.
    static const QString participants =
        u"SELECT i.%1, %2, min(coalesce(i.%3, 0)) AS first"_s.arg(
            kItems.conversationId, personColumns(kPersonAlias), kItems.createdAt)
        + messages(true)
        + u" AND p.%1 IS NOT ? GROUP BY i.%2, p.%3 ORDER BY i.%2, first, p.%3"_s.arg(
            kPeople.platformId, kItems.conversationId, kPeople.id);

    static const QString unreadStates = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 <> 0"_s.arg(
        kConversationStates.conversationId, kConversationStates.table,
        kConversationStates.accountId, kConversationStates.unread);

    QList<ConversationSummary> result;
    if (accountId == 0)
        return result;
    const std::optional<Account> owner = account(accountId);
    if (!owner)
        return result;
    const QString messagesName = collectionName(Collection::Messages);

    try {
        QHash<QString, qsizetype> rowOf;
        QList<qint64> lastIds;
        {
            Cursor c = d->exec(summaries, {accountId, messagesName}, "read conversations");
            while (c.next()) {
                ConversationSummary summary;
                summary.conversationId = c.text(0);
                summary.messageCount = c.int32(1);
                lastIds.append(c.int64(2));
                rowOf.insert(summary.conversationId, result.size());
                result.append(summary);
            }
        }
        // The last messages, read in one go (with authors and media).
        const QList<Item> lastMessages = itemsByIds(lastIds);
        QHash<qint64, const Item *> lastById;
        for (const Item &item : lastMessages)
            lastById.insert(item.id, &item);
        for (qsizetype i = 0; i < result.size(); ++i)
            if (const Item *item = lastById.value(lastIds.at(i)))
                result[i].lastMessage = *item;

        {
            Cursor c = d->exec(participants, {accountId, messagesName, owner->platformUserId},
                               "read conversation participants");
            while (c.next()) {
                const auto row = rowOf.constFind(c.text(0));
                if (row == rowOf.constEnd())
                    continue;
                Person person = readPerson(c, 1);
                person.rawJson.clear(); // a list does not need it
                result[*row].participants.append(person);
            }
        }
        {
            Cursor c = d->exec(unreadStates, {accountId}, "read unread conversations");
            while (c.next())
                if (const auto row = rowOf.constFind(c.text(0)); row != rowOf.constEnd())
                    result[*row].unread = true;
        }
        // Addressees of the last message who never wrote (see mentionedPeople).
        for (ConversationSummary &summary : result) {
            QSet<QString> known{owner->platformUserId};
            for (const Person &person : std::as_const(summary.participants))
                known.insert(person.platformId);
            for (const Person &person :
                 mentionedPeople(summary.lastMessage.rawJson, owner->server)) {
                if (known.contains(person.platformId))
                    continue;
                known.insert(person.platformId);
                summary.participants.append(person);
            }
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read conversations:" << failure.error.message;
        return {};
    }

    std::sort(result.begin(), result.end(),
              [](const ConversationSummary &a, const ConversationSummary &b) {
                  const qint64 at = a.lastMessage.createdAt.isValid()
                                        ? a.lastMessage.createdAt.toMSecsSinceEpoch()
                                        : 0;
                  const qint64 bt = b.lastMessage.createdAt.isValid()
                                        ? b.lastMessage.createdAt.toMSecsSinceEpoch()
                                        : 0;
                  if (at != bt)
                      return at > bt;
                  return a.conversationId < b.conversationId;
              });
    return result;
}

QList<Contact> Store::contactPage(const ContactPageQuery &query) const
{
    static const QHash<ContactListFilter, QString> statements = [] {
        QHash<ContactListFilter, QString> all;
        for (ContactListFilter filter : allContactFilters()) {
            const ContactListSql parts = contactListSql(filter);
            all.insert(filter,
                       u"SELECT "_s + contactColumns() + parts.from
                           + u" WHERE c.%1 = ? AND %2 AND (%3, c.%4) < (?, ?)"
                             " ORDER BY %3 DESC, c.%4 DESC LIMIT ?"_s.arg(
                                 kContacts.accountId, parts.where, parts.sortColumn,
                                 kContacts.personId));
        }
        return all;
    }();

    QList<Contact> contacts;
    if (query.accountId == 0)
        return contacts;
    const bool fromStart = query.afterPersonId == 0;
    const qint64 sortAt = fromStart || !query.afterSortAt.isValid()
                              ? kMaxKey
                              : query.afterSortAt.toMSecsSinceEpoch();
    try {
        Cursor c = d->exec(statements.value(query.filter),
                           {query.accountId, sortAt, fromStart ? kMaxKey : query.afterPersonId,
                            clampLimit(query.limit)},
                           "read contacts");
        while (c.next())
            contacts.append(readContactRow(c));
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read contacts:" << failure.error.message;
    }
    return contacts;
}

int Store::contactCount(qint64 accountId, ContactListFilter filter) const
{
    static const QHash<ContactListFilter, QString> statements = [] {
        QHash<ContactListFilter, QString> all;
        for (ContactListFilter f : allContactFilters()) {
            const ContactListSql parts = contactListSql(f);
            all.insert(f, u"SELECT count(*)"_s + parts.from
                              + u" WHERE c.%1 = ? AND %2"_s.arg(kContacts.accountId, parts.where));
        }
        return all;
    }();
    try {
        Cursor c = d->exec(statements.value(filter), {accountId}, "count contacts");
        return c.next() ? c.int32(0) : 0;
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not count contacts:" << failure.error.message;
    }
    return 0;
}

QList<Item> Store::thread(qint64 accountId, const QString &platformId) const
{
    // Ancestors by following in_reply_to_id upwards, descendants by finding replies
    // downwards (items_reply_to index); UNION (not UNION ALL) stops at cycles.
    static const QString sql =
        u"WITH RECURSIVE"
        " up(pid) AS (SELECT ? UNION SELECT a.%1 FROM %2 a JOIN up ON a.%3 = ? AND a.%4 = up.pid"
        " WHERE a.%1 IS NOT NULL),"
        " down(pid) AS (SELECT ? UNION SELECT r.%4 FROM %2 r JOIN down ON r.%3 = ?"
        " AND r.%1 = down.pid),"
        " chain(pid) AS (SELECT pid FROM up UNION SELECT pid FROM down) "_s.arg(
            kItems.inReplyToId, kItems.table, kItems.accountId, kItems.platformId)
        // From the chain to the items (by their unique key), never a scan of all items.
        + u"SELECT "_s + itemColumns()
        + u" FROM chain CROSS JOIN %1 i ON i.%2 = ? AND i.%3 = chain.pid"_s.arg(
            kItems.table, kItems.accountId, kItems.platformId)
        + authorJoin() + u" ORDER BY i.%1, i.%2"_s.arg(kItems.createdAt, kItems.id);
    const std::optional<Item> center = item(accountId, platformId);
    if (!center)
        return {};
    if (center->kind == ItemKind::Message && !center->conversationId.isEmpty())
        return conversation(accountId, center->conversationId);
    try {
        return readItems(*d, sql, {platformId, accountId, platformId, accountId, accountId},
                         "read thread");
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read thread:" << failure.error.message;
    }
    return {};
}

QMap<Collection, int> Store::collectionCounts(qint64 accountId) const
{
    // Kept by triggers (account_counts), so this costs the same at ten items and a million.
    static const QString sql = u"SELECT %1, %2 FROM %3 WHERE %4 = ?"_s.arg(
        kAccountCounts.counter, kAccountCounts.count, kAccountCounts.table,
        kAccountCounts.accountId);
    QMap<Collection, int> counts;
    for (Collection collection : allCollections())
        counts.insert(collection, 0);
    try {
        Cursor c = d->exec(sql, {accountId}, "count collections");
        while (c.next()) {
            const QString counter = c.text(0);
            if (counter.startsWith(schema::kCounterContactPrefix)) {
                const QStringView direction =
                    QStringView(counter).mid(schema::kCounterContactPrefix.size());
                if (direction == schema::kDirectionFollower)
                    counts[Collection::Followers] = c.int32(1);
                else if (direction == schema::kDirectionFollowing)
                    counts[Collection::Following] = c.int32(1);
            } else if (counter.startsWith(schema::kCounterMemberPrefix)) {
                const QString name = counter.mid(schema::kCounterMemberPrefix.size());
                if (const std::optional<Collection> collection = collectionFromName(name))
                    counts[*collection] = c.int32(1);
            }
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not count collections:" << failure.error.message;
    }
    return counts;
}

} // namespace holdfast
