// Store: reading items, contacts and events back, counting, and full-text search.

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"
#include "models/store/TextFolding.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kContactEvents;
using schema::kAccountCounts;
using schema::kContacts;
using schema::kItemMedia;
using schema::kItemVersions;
using schema::kItems;
using schema::kItemsFts;
using schema::kMedia;
using schema::kMemberships;
using schema::kPeople;

namespace storedetail {

QString personColumns(QLatin1String alias)
{
    return columnList({kPeople.id, kPeople.platformId, kPeople.handle, kPeople.displayName,
                       kPeople.url, kPeople.avatarUrl, kPeople.rawJson},
                      alias);
}

const QString &mediaFileColumns()
{
    static const QString columns =
        columnList({kMedia.id, kMedia.remoteUrl, kMedia.sha256, kMedia.localPath, kMedia.mimeType,
                    kMedia.size, kMedia.lastError, kMedia.attempts},
                   QLatin1String("m"));
    return columns;
}

MediaFile readMediaFile(const Cursor &c, int first)
{
    MediaFile file;
    file.id = c.int64(first);
    file.remoteUrl = c.text(first + 1);
    file.sha256 = c.text(first + 2);
    file.localPath = c.text(first + 3);
    file.mimeType = c.text(first + 4);
    file.size = c.int64(first + 5);
    file.lastError = c.text(first + 6);
    file.attempts = c.int32(first + 7);
    return file;
}

Person readPerson(const Cursor &c, int first)
{
    Person p;
    p.id = c.int64(first);
    p.platformId = c.text(first + 1);
    p.handle = c.text(first + 2);
    p.displayName = c.text(first + 3);
    p.url = c.text(first + 4);
    p.avatarUrl = c.text(first + 5);
    p.rawJson = c.bytes(first + 6);
    return p;
}

const QString &itemColumns()
{
    static const QString sql =
        columnList({kItems.id, kItems.accountId, kItems.platformId, kItems.kind,
                    kItems.createdAt, kItems.editedAt, kItems.text, kItems.html,
                    kItems.spoilerText, kItems.url, kItems.inReplyToId, kItems.conversationId,
                    kItems.boostOfId, kItems.visibility, kItems.language, kItems.replyCount,
                    kItems.boostCount, kItems.favouriteCount, kItems.rawJson,
                    kItems.firstSeenAt, kItems.deletedAt, kItems.capturedAt},
                   kItemAlias)
        + u", "_s + personColumns(kPersonAlias);
    return sql;
}

const QString &authorJoin()
{
    static const QString sql = u" LEFT JOIN %1 %2 ON %2.%3 = %4.%5"_s.arg(
        kPeople.table, kPersonAlias, kPeople.id, kItemAlias, kItems.authorId);
    return sql;
}

const QString &itemSelect()
{
    static const QString sql =
        u"SELECT "_s + itemColumns() + u" FROM %1 %2"_s.arg(kItems.table, kItemAlias)
        + authorJoin();
    return sql;
}

namespace {
constexpr int kItemAuthorColumn = 22;
}

Item readItem(const Cursor &c)
{
    Item item;
    item.id = c.int64(0);
    // column 1 is the account id (see SearchHit)
    item.platformId = c.text(2);
    item.kind = itemKindFromName(c.text(3)).value_or(ItemKind::Post);
    item.createdAt = c.date(4);
    item.editedAt = c.date(5);
    item.text = c.text(6);
    item.html = c.text(7);
    item.spoilerText = c.text(8);
    item.url = c.text(9);
    item.inReplyToId = c.text(10);
    item.conversationId = c.text(11);
    item.boostOfId = c.text(12);
    item.visibility = c.text(13);
    item.language = c.text(14);
    item.replyCount = c.int32(15);
    item.boostCount = c.int32(16);
    item.favouriteCount = c.int32(17);
    item.rawJson = c.bytes(18);
    item.firstSeenAt = c.date(19);
    item.deletedAt = c.date(20);
    item.capturedAt = c.date(21);
    if (!c.isNull(kItemAuthorColumn))
        item.author = readPerson(c, kItemAuthorColumn);
    return item;
}

/// Fills `media` and `mediaFiles` of a read item, in attachment order.
QString idArray(const QList<qint64> &ids)
{
    QString json = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(ids.at(i));
    }
    return json + u']';
}

void loadMedia(SqlConnection &db, QList<Item> &items)
{
    // One statement for all items: a statement per item cost more than reading the items.
    static const QString sql =
        u"SELECT im.%1, im.%2, im.%3, im.%4, %5, im.%9 FROM %6 im JOIN %7 m ON m.%8 = im.%10"
        " WHERE im.%9 IN (SELECT value FROM json_each(?)) ORDER BY im.%9, im.%11"_s.arg(
            kItemMedia.platformId, kItemMedia.type, kItemMedia.previewUrl,
            kItemMedia.description, mediaFileColumns(),
            kItemMedia.table, kMedia.table, kMedia.id, kItemMedia.itemId)
            .arg(kItemMedia.mediaId, kItemMedia.position);
    if (items.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(items.size());
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ids.append(items.at(i).id);
        position.insert(items.at(i).id, i);
    }
    Cursor c = db.exec(sql, {idArray(ids)}, "read item media");
    while (c.next()) {
        const auto it = position.constFind(c.int64(12));
        if (it == position.constEnd())
            continue;
        Item &item = items[*it];
        const MediaFile file = readMediaFile(c, 4);
        item.media.append(MediaRef{c.text(0), c.text(1), file.remoteUrl, c.text(2), c.text(3)});
        item.mediaFiles.append(file);
    }
}

void loadMedia(SqlConnection &db, Item &item)
{
    QList<Item> one{std::move(item)};
    loadMedia(db, one);
    item = std::move(one.first());
}

QList<Item> readItems(SqlConnection &db, const QString &sql, const QVariantList &values,
                      const char *what)
{
    QList<Item> items;
    {
        Cursor c = db.exec(sql, values, what);
        while (c.next())
            items.append(readItem(c));
    }
    loadMedia(db, items);
    return items;
}

} // namespace storedetail

std::optional<Item> Store::item(qint64 accountId, const QString &platformId) const
{
    static const QString sql = itemSelect()
                               + u" WHERE i.%1 = ? AND i.%2 = ?"_s.arg(kItems.accountId,
                                                                       kItems.platformId);
    try {
        const QList<Item> items = readItems(*d, sql, {accountId, platformId}, "read item");
        if (!items.isEmpty())
            return items.first();
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read item:" << failure.error.message;
    }
    return std::nullopt;
}

QList<ItemVersion> Store::itemVersions(qint64 accountId, const QString &platformId) const
{
    static const QString sql =
        u"SELECT %1 FROM %2 v JOIN %3 i ON i.%4 = v.%5 WHERE i.%6 = ? AND i.%7 = ?"
        " ORDER BY v.%8"_s.arg(
            columnList({kItemVersions.editedAt, kItemVersions.capturedAt, kItemVersions.text,
                        kItemVersions.html, kItemVersions.spoilerText, kItemVersions.rawJson},
                       QLatin1String("v")),
            kItemVersions.table, kItems.table, kItems.id, kItemVersions.itemId, kItems.accountId,
            kItems.platformId, kItemVersions.id);
    QList<ItemVersion> versions;
    try {
        Cursor c = d->exec(sql, {accountId, platformId}, "read item versions");
        while (c.next())
            versions.append(ItemVersion{c.date(0), c.date(1), c.text(2), c.text(3), c.text(4),
                                        c.bytes(5)});
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read item versions:" << failure.error.message;
    }
    return versions;
}

QList<Item> Store::conversation(qint64 accountId, const QString &conversationId) const
{
    // Without INDEXED BY, SQLite walks the account's items in creation order to save the
    // sort: a second at a million items, against 0.1 ms for the conversation's own rows.
    static const QString sql =
        u"SELECT "_s + itemColumns() + u" FROM %1 i INDEXED BY items_conversation"_s.arg(kItems.table)
        + authorJoin()
        + u" WHERE i.%1 = ? AND i.%2 = ? ORDER BY i.%3, i.%4"_s.arg(
            kItems.accountId, kItems.conversationId, kItems.createdAt, kItems.id);
    if (conversationId.isEmpty())
        return {};
    try {
        return readItems(*d, sql, {accountId, conversationId}, "read conversation");
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read conversation:" << failure.error.message;
    }
    return {};
}

namespace {

/// The joins and conditions of an ItemFilter after "FROM items i", with their values.
Result<QString> itemFilterClause(const ItemFilter &filter, QVariantList &values)
{
    QString sql;
    QStringList conditions;
    if (filter.collection) {
        if (isContactCollection(*filter.collection))
            return makeError(Error::Code::InvalidInput,
                             tr("%1 holds people, not items").arg(collectionName(*filter.collection)));
        sql += u" JOIN %1 m ON m.%2 = i.%3 AND m.%4 = i.%5 AND m.%6 = ?"_s.arg(
            kMemberships.table, kMemberships.itemId, kItems.id, kMemberships.accountId,
            kItems.accountId, kMemberships.collection);
        values.append(collectionName(*filter.collection));
        if (!filter.includeRemoved)
            conditions.append(u"m.%1 IS NULL"_s.arg(kMemberships.removedAt));
    }
    if (filter.accountId != 0) {
        conditions.append(u"i.%1 = ?"_s.arg(kItems.accountId));
        values.append(filter.accountId);
    }
    if (filter.since.isValid()) {
        conditions.append(u"i.%1 >= ?"_s.arg(kItems.createdAt));
        values.append(dateValue(filter.since));
    }
    if (filter.until.isValid()) {
        conditions.append(u"i.%1 < ?"_s.arg(kItems.createdAt));
        values.append(dateValue(filter.until));
    }
    if (!filter.includeRemoved)
        conditions.append(u"i.%1 IS NULL"_s.arg(kItems.deletedAt));
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    return sql;
}

} // namespace

Result<void> Store::forEachItem(const ItemFilter &filter,
                                const std::function<bool(const Item &)> &visit) const
{
    QVariantList values;
    const Result<QString> clause = itemFilterClause(filter, values);
    if (!clause)
        return clause.error();
    const QString sql = itemSelect() + clause.value()
                        + u" ORDER BY i.%1, i.%2"_s.arg(kItems.createdAt, kItems.id);

    try {
        // Forward-only, a chunk at a time (media read for the whole chunk at once): memory
        // stays bounded however many items there are.
        constexpr qsizetype kChunk = 256;
        Cursor c = d->execOnce(sql, values, "read items");
        QList<Item> chunk;
        chunk.reserve(kChunk);
        bool more = true;
        while (more) {
            chunk.clear();
            while (chunk.size() < kChunk && (more = c.next()))
                chunk.append(readItem(c));
            loadMedia(*d, chunk);
            for (const Item &item : std::as_const(chunk)) {
                if (!visit(item))
                    return {};
            }
        }
        return {};
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not read the items of account %1")
                                       .arg(filter.accountId));
    }
}

Result<void> Store::forEachContact(const ContactFilter &filter,
                                   const std::function<bool(const Contact &)> &visit) const
{
    QString sql = u"SELECT c.%1, c.%2, %3 FROM %4 c JOIN %5 p ON p.%6 = c.%7"
                  " WHERE c.%8 = ? AND c.%9 = ?"_s.arg(
                      kContacts.firstSeenAt, kContacts.endedAt, personColumns(kPersonAlias),
                      kContacts.table, kPeople.table, kPeople.id, kContacts.personId,
                      kContacts.accountId, kContacts.direction);
    QVariantList values{filter.accountId, QString(directionName(filter.direction))};
    if (filter.since.isValid()) {
        sql += u" AND c.%1 >= ?"_s.arg(kContacts.firstSeenAt);
        values.append(dateValue(filter.since));
    }
    if (filter.until.isValid()) {
        sql += u" AND c.%1 < ?"_s.arg(kContacts.firstSeenAt);
        values.append(dateValue(filter.until));
    }
    if (!filter.includeEnded)
        sql += u" AND c.%1 IS NULL"_s.arg(kContacts.endedAt);
    sql += u" ORDER BY c.%1, p.%2"_s.arg(kContacts.firstSeenAt, kPeople.id);

    try {
        Cursor c = d->execOnce(sql, values, "read contacts");
        while (c.next()) {
            Contact contact;
            contact.firstSeen = c.date(0);
            contact.unfollowedAt = c.date(1);
            contact.person = readPerson(c, 2);
            contact.direction = filter.direction;
            if (!visit(contact))
                break;
        }
        return {};
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not read the contacts of account %1")
                                       .arg(filter.accountId));
    }
}

QList<ContactEvent> Store::contactEvents(qint64 accountId, const QDateTime &since,
                                         const QDateTime &until) const
{
    static const QString sql =
        u"SELECT e.%1, e.%2, e.%3, %4 FROM %5 e JOIN %6 p ON p.%7 = e.%8"
        " WHERE e.%9 = ? AND e.%3 >= ? AND e.%3 < ? ORDER BY e.%3, e.%10"_s.arg(
            kContactEvents.direction, kContactEvents.type, kContactEvents.noticedAt,
            personColumns(kPersonAlias), kContactEvents.table, kPeople.table, kPeople.id,
            kContactEvents.personId, kContactEvents.accountId, kContactEvents.id);
    QList<ContactEvent> events;
    try {
        Cursor c = d->exec(sql,
                           {accountId, since.isValid() ? since.toMSecsSinceEpoch()
                                                       : std::numeric_limits<qint64>::min(),
                            until.isValid() ? until.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max()},
                           "read contact events");
        while (c.next()) {
            ContactEvent event;
            event.direction = c.text(0) == schema::kDirectionFollowing
                                  ? FollowDirection::Following
                                  : FollowDirection::Follower;
            event.type = c.text(1) == schema::kEventEnded ? ContactEvent::Type::Ended
                                                          : ContactEvent::Type::Started;
            event.noticedAt = c.date(2);
            event.person = readPerson(c, 3);
            events.append(event);
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not read contact events:" << failure.error.message;
    }
    return events;
}

int Store::itemCount(qint64 accountId, std::optional<Collection> collection) const
{
    // Items and memberships are counted by triggers (account_counts); every contact, ended
    // or not, has no counter and is counted here.
    static const QString counter = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        kAccountCounts.count, kAccountCounts.table, kAccountCounts.accountId,
        kAccountCounts.counter);
    static const QString contacts = u"SELECT count(*) FROM %1 WHERE %2 = ? AND %3 = ?"_s.arg(
        kContacts.table, kContacts.accountId, kContacts.direction);
    try {
        std::optional<Cursor> c;
        if (!collection)
            c.emplace(d->exec(counter, {accountId, QString(schema::kCounterItems)}, "count items"));
        else if (const std::optional<FollowDirection> direction = directionOf(*collection))
            c.emplace(d->exec(contacts, {accountId, QString(directionName(*direction))},
                              "count contacts"));
        else
            c.emplace(d->exec(counter,
                              {accountId, QString(schema::kCounterMemberPrefix + collectionName(*collection))},
                              "count items"));
        return c->next() ? c->int32(0) : 0;
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not count items:" << failure.error.message;
    }
    return 0;
}

int Store::activeContactCount(qint64 accountId, FollowDirection direction) const
{
    static const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        kAccountCounts.count, kAccountCounts.table, kAccountCounts.accountId,
        kAccountCounts.counter);
    try {
        Cursor c = d->exec(sql,
                           {accountId, QString(schema::kCounterContactPrefix + directionName(direction))},
                           "count contacts");
        return c.next() ? c.int32(0) : 0;
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not count contacts:" << failure.error.message;
    }
    return 0;
}

bool Store::isMember(qint64 accountId, Collection collection, const QString &platformId) const
{
    static const QString member =
        u"SELECT 1 FROM %1 m JOIN %2 i ON i.%3 = m.%4"
        " WHERE i.%5 = ? AND i.%6 = ? AND m.%7 = ? AND m.%8 = ? AND m.%9 IS NULL"_s.arg(
            kMemberships.table, kItems.table, kItems.id, kMemberships.itemId, kItems.accountId,
            kItems.platformId, kMemberships.accountId, kMemberships.collection,
            kMemberships.removedAt);
    static const QString contact =
        u"SELECT 1 FROM %1 c JOIN %2 p ON p.%3 = c.%4"
        " WHERE p.%5 = ? AND p.%6 = ? AND c.%7 = ? AND c.%8 = ? AND c.%9 IS NULL"_s.arg(
            kContacts.table, kPeople.table, kPeople.id, kContacts.personId, kPeople.accountId,
            kPeople.platformId, kContacts.accountId, kContacts.direction, kContacts.endedAt);
    try {
        if (const std::optional<FollowDirection> direction = directionOf(collection)) {
            Cursor c = d->exec(contact,
                               {accountId, platformId, accountId,
                                QString(directionName(*direction))},
                               "look up contact");
            return c.next();
        }
        Cursor c = d->exec(member, {accountId, platformId, accountId, collectionName(collection)},
                           "look up membership");
        return c.next();
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not look up membership:" << failure.error.message;
    }
    return false;
}

bool Store::hasItem(qint64 accountId, const QString &platformId) const
{
    static const QString sql = u"SELECT 1 FROM %1 WHERE %2 = ? AND %3 = ?"_s.arg(
        kItems.table, kItems.accountId, kItems.platformId);
    try {
        Cursor c = d->exec(sql, {accountId, platformId}, "look up item");
        return c.next();
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not look up item:" << failure.error.message;
    }
    return false;
}

namespace {

/// The FTS5 expression for text words (in body or author) and author words (in the author
/// column only, each a prefix, so "ali" finds Alice); empty if there is nothing to match.
QString searchMatchExpression(const QString &text, const QString &author)
{
    const QString textMatch = ftsMatchExpression(text);
    QString authorWords;
    for (const QString &word : author.simplified().split(u' ', Qt::SkipEmptyParts))
        authorWords += word + (word.endsWith(u'*') ? u" "_s : u"* "_s);
    const QString authorMatch = ftsMatchExpression(authorWords);
    if (authorMatch.isEmpty())
        return textMatch;
    const QString authorFilter = u"%1 : (%2)"_s.arg(kItemsFts.author, authorMatch);
    return textMatch.isEmpty() ? authorFilter : u"(%1) AND %2"_s.arg(textMatch, authorFilter);
}

/// " FROM items_fts [JOIN items i ...]" and " WHERE items_fts MATCH ? [AND filters]" of a
/// search, with the filter values (the MATCH value comes first, from the caller).
std::pair<QString, QString> searchFromWhere(const SearchQuery &query, QVariantList &filterValues)
{
    // bm25() only works on the FTS table under its own name, so the table gets no alias.
    QString from = u" FROM %1"_s.arg(kItemsFts.table);
    QString where = u" WHERE %1 MATCH ?"_s.arg(kItemsFts.table);
    if (query.accountId || query.collection || query.since.isValid() || query.until.isValid()) {
        from += u" JOIN %1 i ON i.%2 = %3.%4"_s.arg(kItems.table, kItems.id, kItemsFts.table,
                                                    kItemsFts.rowid);
        if (query.accountId) {
            where += u" AND i.%1 = ?"_s.arg(kItems.accountId);
            filterValues.append(*query.accountId);
        }
        if (query.collection) {
            where += u" AND EXISTS (SELECT 1 FROM %1 m WHERE m.%2 = i.%3 AND m.%4 = ?"
                     " AND m.%5 = i.%6)"_s.arg(kMemberships.table, kMemberships.accountId,
                                               kItems.accountId, kMemberships.collection,
                                               kMemberships.itemId, kItems.id);
            filterValues.append(collectionName(*query.collection));
        }
        if (query.since.isValid()) {
            where += u" AND i.%1 >= ?"_s.arg(kItems.createdAt);
            filterValues.append(dateValue(query.since));
        }
        if (query.until.isValid()) {
            where += u" AND i.%1 < ?"_s.arg(kItems.createdAt);
            filterValues.append(dateValue(query.until));
        }
    }
    return {from, where};
}

} // namespace

Result<QList<SearchHit>> Store::search(const SearchQuery &query) const
{
    // Ranking costs about a microsecond per matching item, so a very common word (matching
    // most of a million items) would take a second. Such queries rank only the newest
    // kRankWindow matches; item ids follow creation time (see PageWriter::newItemId), so
    // those are the first ones the index yields in rowid order.
    constexpr int kRankWindow = 2000;

    const QString match = searchMatchExpression(query.text, query.author);
    if (match.isEmpty())
        return QList<SearchHit>();
    if (query.collection && isContactCollection(*query.collection))
        return QList<SearchHit>();
    const int limit = query.limit > 0 ? std::min(query.limit, 10000) : 50;

    QVariantList filterValues;
    const auto [from, where] = searchFromWhere(query, filterValues);
    // One pass over the index: the newest kRankWindow matches (the index hands them out by
    // rowid, newest first, without sorting), ranked by bm25 outside. Finding where the window
    // starts with a query of its own read every match twice, which doubled the cost of
    // prefixes that match many words.
    const QString rowid = kItemsFts.table + u'.' + kItemsFts.rowid;
    const QString ranked = u"SELECT id, score FROM (SELECT "_s + rowid
                           + u" AS id, bm25(%1) AS score"_s.arg(kItemsFts.table) + from + where
                           + u" ORDER BY "_s + rowid
                           + u" DESC LIMIT ?) ORDER BY score, id DESC LIMIT ?"_s;
    static const QString byIds = itemSelect()
                                 + u" WHERE i.%1 IN (SELECT value FROM json_each(?))"_s.arg(kItems.id);

    try {
        const QVariantList matchValues = QVariantList{match} + filterValues;
        QList<SearchHit> hits;
        {
            Cursor c = d->exec(ranked, matchValues + QVariantList{kRankWindow, limit}, "search");
            while (c.next()) {
                SearchHit hit;
                hit.item.id = c.int64(0);
                hit.rank = c.value(1).toDouble();
                hits.append(hit);
            }
        }
        // The hits' items in one statement, not one per hit.
        QList<qint64> ids;
        for (const SearchHit &hit : std::as_const(hits))
            ids.append(hit.item.id);
        QHash<qint64, std::pair<qint64, Item>> read;
        {
            Cursor c = d->exec(byIds, {idArray(ids)}, "read search hits");
            while (c.next()) {
                const qint64 accountId = c.int64(1);
                Item item = readItem(c);
                read.insert(item.id, {accountId, std::move(item)});
            }
        }
        QList<SearchHit> found;
        QList<Item> items;
        for (const SearchHit &hit : std::as_const(hits)) {
            if (auto it = read.find(hit.item.id); it != read.end()) {
                found.append({it->first, {}, hit.rank});
                items.append(std::move(it->second));
            }
        }
        loadMedia(*d, items);
        for (qsizetype i = 0; i < found.size(); ++i)
            found[i].item = std::move(items[i]);
        return found;
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not search the archive"));
    }
}

Result<QSet<qint64>> Store::searchMatchIds(const SearchQuery &query) const
{
    const QString match = searchMatchExpression(query.text, query.author);
    if (match.isEmpty() || (query.collection && isContactCollection(*query.collection)))
        return QSet<qint64>();
    QVariantList filterValues;
    const auto [from, where] = searchFromWhere(query, filterValues);
    const QString sql = u"SELECT "_s + kItemsFts.table + u'.' + kItemsFts.rowid + from + where;
    try {
        QSet<qint64> ids;
        Cursor c = d->execOnce(sql, QVariantList{match} + filterValues, "search");
        while (c.next())
            ids.insert(c.int64(0));
        return ids;
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not search the archive"));
    }
}

qint64 Store::countItems(const ItemFilter &filter) const
{
    QVariantList values;
    const Result<QString> clause = itemFilterClause(filter, values);
    if (!clause)
        return 0;
    const QString sql = u"SELECT count(*) FROM %1 i"_s.arg(kItems.table) + clause.value();
    try {
        Cursor c = d->exec(sql, values, "count items");
        return c.next() ? c.int64(0) : 0;
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not count items:" << failure.error.message;
    }
    return 0;
}

QSet<QString> Store::repliedTo(qint64 accountId, const QStringList &platformIds) const
{
    // In chunks: SQLite limits the number of bound values of one statement.
    constexpr qsizetype kChunk = 500;
    QSet<QString> replied;
    try {
        for (qsizetype start = 0; start < platformIds.size(); start += kChunk) {
            const QStringList chunk = platformIds.mid(start, kChunk);
            QStringList marks(chunk.size(), u"?"_s);
            const QString sql = u"SELECT DISTINCT %1 FROM %2 WHERE %3 = ? AND %1 IN (%4)"_s.arg(
                kItems.inReplyToId, kItems.table, kItems.accountId, marks.join(u','));
            QVariantList values{accountId};
            for (const QString &id : chunk)
                values.append(id);
            Cursor c = d->execOnce(sql, values, "find replied items");
            while (c.next())
                replied.insert(c.text(0));
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not find replied items:" << failure.error.message;
    }
    return replied;
}

} // namespace holdfast
