// Store: writing item and contact pages, noticing removals.

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"
#include "models/store/TextFolding.h"

#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kContactEvents;
using schema::kConversationStates;
using schema::kContacts;
using schema::kItemMedia;
using schema::kItemVersions;
using schema::kItems;
using schema::kItemsFts;
using schema::kMedia;
using schema::kMemberships;
using schema::kPeople;

namespace storedetail {
qint64 ensureMediaRow(SqlConnection &db, const QString &url, bool *created)
{
    static const QString select =
        u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(kMedia.id, kMedia.table, kMedia.remoteUrl);
    static const QString insert = insertStatement(kMedia.table, {kMedia.remoteUrl});
    if (created)
        *created = false;
    {
        Cursor cursor = db.exec(select, {url}, "look up media");
        if (cursor.next())
            return cursor.int64(0);
    }
    if (created)
        *created = true;
    return db.exec(insert, {url}, "insert media").lastInsertId();
}
} // namespace storedetail

namespace {

QString authorSearchText(const QString &handle, const QString &displayName)
{
    return foldForSearch(handle + u' ' + displayName);
}

QString bodySearchText(const QString &text, const QString &spoilerText)
{
    if (spoilerText.isEmpty())
        return foldForSearch(text);
    return foldForSearch(spoilerText) + u'\n' + foldForSearch(text);
}

QString mediaUrl(const MediaRef &ref)
{
    return ref.remoteUrl.isEmpty() ? ref.previewUrl : ref.remoteUrl;
}

struct PersonRow
{
    qint64 id = 0;
    QString searchText; ///< folded handle + display name, as in items_fts.author
};

/// A change to the search index, applied at the end of the transaction.
struct IndexChange
{
    enum class Kind { Insert, Update, Author } kind;
    qint64 itemId = 0;
    QString body;   ///< unused for Author
    QString author;
};

/// One write transaction over pages: the connection, the account and what it already did.
struct PageWriter
{
    PageWriter(SqlConnection &connection, qint64 account) : db(connection), accountId(account) {}

    SqlConnection &db;
    qint64 accountId = 0;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, PersonRow> people; ///< by platform id; upserted once per transaction
    /// Search index changes are queued and written together by writeSearchIndex(), last in
    /// the transaction: FTS5 (in SQLite 3.40) flushes its pending index data whenever another
    /// statement opens a statement savepoint, so interleaving FTS writes with the other
    /// writes would create one tiny index segment per item (page writes took twice as long).
    QList<IndexChange> indexChanges;
    void writeSearchIndex();

    qint64 ensureMedia(const QString &url);
    PersonRow upsertPerson(const Person &person);
    struct ItemWrite
    {
        qint64 id = 0;
        bool created = false;
        bool edited = false;
        QVariant createdAt; ///< as stored (ms or NULL)
    };
    ItemWrite upsertItem(const Item &item);
    QString personSearchText(qint64 personId);
    qint64 newItemId(const QDateTime &createdAt);
    void writeItemMedia(qint64 itemId, const QList<MediaRef> &media, bool replace);
    bool itemMediaUnchanged(qint64 itemId, const QList<MediaRef> &media);
    /// Returns true if the item was not a member (or was removed) before.
    bool upsertMembership(Collection collection, const ItemWrite &item, qint64 runId);
};

qint64 PageWriter::ensureMedia(const QString &url)
{
    return ensureMediaRow(db, url);
}

PersonRow PageWriter::upsertPerson(const Person &person)
{
    if (person.platformId.isEmpty())
        throwInvalidInput(tr("A person without a platform id cannot be stored"));
    if (auto it = people.constFind(person.platformId); it != people.constEnd())
        return *it;

    static const QString select = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        columnList({kPeople.id, kPeople.handle, kPeople.displayName, kPeople.avatarUrl,
                    kPeople.avatarMediaId, kPeople.url, kPeople.rawJson}),
        kPeople.table, kPeople.accountId, kPeople.platformId);
    static const QString insert = insertStatement(
        kPeople.table, {kPeople.accountId, kPeople.platformId, kPeople.handle,
                        kPeople.displayName, kPeople.url, kPeople.avatarUrl,
                        kPeople.avatarMediaId, kPeople.rawJson, kPeople.firstSeenAt,
                        kPeople.updatedAt});
    static const QString update =
        u"UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ?, %7 = coalesce(?, %7), %8 = ?"
        " WHERE %9 = ?"_s.arg(kPeople.table, kPeople.handle, kPeople.displayName, kPeople.url,
                              kPeople.avatarUrl, kPeople.avatarMediaId, kPeople.rawJson,
                              kPeople.updatedAt, kPeople.id);
    static const QString authoredItems = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
        kItems.id, kItems.table, kItems.authorId);

    const QVariant rawJson = person.rawJson.isEmpty() ? QVariant() : QVariant(person.rawJson);
    PersonRow row;
    QString oldHandle, oldDisplayName, oldAvatarUrl, oldUrl;
    QVariant oldAvatarMediaId;
    QByteArray oldRawJson;
    bool exists = false;
    {
        Cursor cursor = db.exec(select, {accountId, person.platformId}, "look up person");
        if (cursor.next()) {
            exists = true;
            row.id = cursor.int64(0);
            oldHandle = cursor.text(1);
            oldDisplayName = cursor.text(2);
            oldAvatarUrl = cursor.text(3);
            oldAvatarMediaId = cursor.value(4);
            oldUrl = cursor.text(5);
            oldRawJson = cursor.bytes(6);
        }
    }

    if (!exists) {
        const QVariant avatarMediaId =
            person.avatarUrl.isEmpty() ? QVariant() : QVariant(ensureMedia(person.avatarUrl));
        row.id = db.exec(insert,
                         {accountId, person.platformId, person.handle, person.displayName,
                          person.url, person.avatarUrl, avatarMediaId, rawJson, now, now},
                         "insert person")
                     .lastInsertId();
        row.searchText = authorSearchText(person.handle, person.displayName);
    } else if (person.handle.isEmpty()
               || (person.handle == oldHandle && person.displayName == oldDisplayName
                   && person.url == oldUrl && person.avatarUrl == oldAvatarUrl
                   && (person.rawJson.isEmpty() || person.rawJson == oldRawJson)
                   && (person.avatarUrl.isEmpty() || !oldAvatarMediaId.isNull()))) {
        // Only an id (e.g. a reply target), or nothing new: keep what is stored.
        row.searchText = authorSearchText(oldHandle, oldDisplayName);
    } else {
        QVariant avatarMediaId = oldAvatarMediaId;
        if (person.avatarUrl != oldAvatarUrl
            || (oldAvatarMediaId.isNull() && !person.avatarUrl.isEmpty()))
            avatarMediaId = person.avatarUrl.isEmpty() ? QVariant()
                                                       : QVariant(ensureMedia(person.avatarUrl));
        db.exec(update,
                {person.handle, person.displayName, person.url, person.avatarUrl, avatarMediaId,
                 rawJson, now, row.id},
                "update person");
        row.searchText = authorSearchText(person.handle, person.displayName);
        if (person.handle != oldHandle || person.displayName != oldDisplayName) {
            // The author's name is part of each of their items' index entries.
            Cursor cursor = db.exec(authoredItems, {row.id}, "find items of person");
            while (cursor.next())
                indexChanges.append(
                    {IndexChange::Kind::Author, cursor.int64(0), {}, row.searchText});
        }
    }
    people.insert(person.platformId, row);
    return row;
}

bool PageWriter::itemMediaUnchanged(qint64 itemId, const QList<MediaRef> &media)
{
    static const QString sql =
        u"SELECT m.%1, im.%2, im.%3, im.%4, im.%5 FROM %6 im JOIN %7 m ON m.%8 = im.%9"
        " WHERE im.%10 = ? ORDER BY im.%11"_s.arg(
            kMedia.remoteUrl, kItemMedia.platformId, kItemMedia.type, kItemMedia.previewUrl,
            kItemMedia.description, kItemMedia.table, kMedia.table, kMedia.id,
            kItemMedia.mediaId)
            .arg(kItemMedia.itemId, kItemMedia.position);
    Cursor cursor = db.exec(sql, {itemId}, "read item media");
    for (const MediaRef &ref : media) {
        if (mediaUrl(ref).isEmpty())
            continue;
        if (!cursor.next())
            return false;
        if (cursor.text(0) != mediaUrl(ref) || cursor.text(1) != ref.platformId
            || cursor.text(2) != ref.type || cursor.text(3) != ref.previewUrl
            || cursor.text(4) != ref.description)
            return false;
    }
    return !cursor.next();
}

void PageWriter::writeItemMedia(qint64 itemId, const QList<MediaRef> &media, bool replace)
{
    static const QString remove =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(kItemMedia.table, kItemMedia.itemId);
    static const QString insert = insertStatement(
        kItemMedia.table, {kItemMedia.itemId, kItemMedia.position, kItemMedia.mediaId,
                           kItemMedia.platformId, kItemMedia.type, kItemMedia.previewUrl,
                           kItemMedia.description});
    if (replace)
        db.exec(remove, {itemId}, "delete item media");
    int position = 0;
    for (const MediaRef &ref : media) {
        const QString url = mediaUrl(ref);
        if (url.isEmpty())
            continue;
        db.exec(insert,
                {itemId, position++, ensureMedia(url), ref.platformId, ref.type, ref.previewUrl,
                 ref.description},
                "insert item media");
    }
}

/// The index text of a stored person's name (for items stored without author details).
QString PageWriter::personSearchText(qint64 personId)
{
    static const QString sql = u"SELECT %1, %2 FROM %3 WHERE %4 = ?"_s.arg(
        kPeople.handle, kPeople.displayName, kPeople.table, kPeople.id);
    Cursor cursor = db.exec(sql, {personId}, "read person");
    return cursor.next() ? authorSearchText(cursor.text(0), cursor.text(1)) : QString();
}

/// Store ids of items follow their creation time: (seconds since 1970) * 1024 + n. So the
/// search index, whose rowids are item ids, can find "the newest matches" by rowid alone
/// (see Store::search). Items created in the same second get consecutive n.
qint64 PageWriter::newItemId(const QDateTime &createdAt)
{
    constexpr qint64 kIdsPerSecond = 1024;
    constexpr qint64 kLastSecond = (std::numeric_limits<qint64>::max() >> 10) - 1;
    static const QString lastInRange = u"SELECT max(%1) FROM %2 WHERE %1 BETWEEN ? AND ?"_s.arg(
        kItems.id, kItems.table);
    static const QString last = u"SELECT max(%1) FROM %2"_s.arg(kItems.id, kItems.table);

    const qint64 seconds =
        std::clamp<qint64>((createdAt.isValid() ? createdAt.toMSecsSinceEpoch() : now) / 1000, 0,
                           kLastSecond);
    const qint64 first = seconds * kIdsPerSecond + 1; // never 0, which means "not stored"
    const qint64 end = first + kIdsPerSecond - 1;
    {
        Cursor cursor = db.exec(lastInRange, {first, end}, "allocate item id");
        if (!cursor.next() || cursor.isNull(0))
            return first;
        if (cursor.int64(0) < end)
            return cursor.int64(0) + 1;
    }
    // 1024 items in one second: give up on the order rather than fail.
    Cursor cursor = db.exec(last, {}, "allocate item id");
    return cursor.next() ? cursor.int64(0) + 1 : first;
}

PageWriter::ItemWrite PageWriter::upsertItem(const Item &item)
{
    if (item.platformId.isEmpty())
        throwInvalidInput(tr("An item without a platform id cannot be stored"));

    static const QString select = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        columnList({kItems.id, kItems.text, kItems.html, kItems.spoilerText, kItems.editedAt,
                    kItems.rawJson, kItems.capturedAt, kItems.authorId, kItems.createdAt}),
        kItems.table, kItems.accountId, kItems.platformId);
    static const QString insert = insertStatement(
        kItems.table,
        {kItems.id, kItems.accountId, kItems.platformId, kItems.kind, kItems.createdAt,
         kItems.editedAt, kItems.authorId, kItems.text, kItems.html, kItems.spoilerText, kItems.url,
         kItems.inReplyToId, kItems.conversationId, kItems.boostOfId, kItems.visibility,
         kItems.language, kItems.replyCount, kItems.boostCount, kItems.favouriteCount,
         kItems.rawJson, kItems.firstSeenAt, kItems.capturedAt});
    static const QString update = [] {
        QString assignments;
        for (const schema::Name &column :
             {kItems.kind, kItems.createdAt, kItems.editedAt, kItems.authorId, kItems.text,
              kItems.html, kItems.spoilerText, kItems.url, kItems.inReplyToId,
              kItems.conversationId, kItems.boostOfId, kItems.visibility, kItems.language,
              kItems.replyCount, kItems.boostCount, kItems.favouriteCount, kItems.rawJson,
              kItems.capturedAt}) {
            // A page that does not know the conversation (a DM seen as a mention) must not
            // take it from the item: its conversation would vanish from the list.
            if (column == kItems.conversationId)
                assignments += u"%1 = coalesce(?, %1), "_s.arg(column);
            else
                assignments += column + u" = ?, "_s;
        }
        return u"UPDATE %1 SET %2%3 = NULL WHERE %4 = ?"_s.arg(kItems.table, assignments,
                                                              kItems.deletedAt, kItems.id);
    }();
    static const QString updateMembershipsCreatedAt = u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(
        kMemberships.table, kMemberships.createdAt, kMemberships.itemId);
    static const QString insertVersion = insertStatement(
        kItemVersions.table, {kItemVersions.itemId, kItemVersions.editedAt,
                              kItemVersions.capturedAt, kItemVersions.text, kItemVersions.html,
                              kItemVersions.spoilerText, kItemVersions.rawJson});

    PersonRow author;
    if (!item.author.platformId.isEmpty())
        author = upsertPerson(item.author);

    struct Stored
    {
        qint64 id = 0;
        QString text, html, spoilerText;
        QVariant editedAt, capturedAt, authorId, createdAt;
        QByteArray rawJson;
    };
    std::optional<Stored> stored;
    {
        Cursor cursor = db.exec(select, {accountId, item.platformId}, "look up item");
        if (cursor.next())
            stored = Stored{cursor.int64(0), cursor.text(1), cursor.text(2),
                            cursor.text(3), cursor.value(4), cursor.value(6),
                            cursor.value(7), cursor.value(8), cursor.bytes(5)};
    }

    const QVariant authorId = author.id ? QVariant(author.id)
                                        : (stored ? stored->authorId : QVariant());
    // Without new raw JSON (not expected from connectors) the stored one is kept.
    const QByteArray rawJsonBytes = !item.rawJson.isNull() ? item.rawJson
                                    : stored               ? stored->rawJson
                                                           : QByteArray();
    const QVariant rawJson = rawJsonBytes.isNull() ? QVariant() : QVariant(rawJsonBytes);
    const QString body = bodySearchText(item.text, item.spoilerText);

    if (!stored) {
        const qint64 id = newItemId(item.createdAt);
        db.exec(insert,
                {id, accountId, item.platformId, itemKindName(item.kind),
                 dateValue(item.createdAt), dateValue(item.editedAt), authorId, item.text,
                 item.html, item.spoilerText, item.url, item.inReplyToId, item.conversationId,
                 item.boostOfId, item.visibility, item.language, item.replyCount,
                 item.boostCount, item.favouriteCount, rawJson, now, now},
                "insert item");
        indexChanges.append({IndexChange::Kind::Insert, id, body, author.searchText});
        writeItemMedia(id, item.media, false);
        return {id, true, false, dateValue(item.createdAt)};
    }

    const QVariant editedAt = dateValue(item.editedAt);
    const bool edited = stored->text != item.text || stored->html != item.html
                        || stored->spoilerText != item.spoilerText
                        || stored->editedAt.isNull() != editedAt.isNull()
                        || (!editedAt.isNull()
                            && stored->editedAt.toLongLong() != editedAt.toLongLong());
    if (edited)
        db.exec(insertVersion,
                {stored->id, stored->editedAt, stored->capturedAt, stored->text, stored->html,
                 stored->spoilerText,
                 stored->rawJson.isNull() ? QVariant() : QVariant(stored->rawJson)},
                "keep earlier item version");
    db.exec(update,
            {itemKindName(item.kind), dateValue(item.createdAt), editedAt, authorId, item.text,
             item.html, item.spoilerText, item.url, item.inReplyToId,
             item.conversationId.isEmpty() ? QVariant() : QVariant(item.conversationId),
             item.boostOfId, item.visibility, item.language, item.replyCount, item.boostCount,
             item.favouriteCount, rawJson, edited ? QVariant(now) : stored->capturedAt,
             stored->id},
            "update item");
    if (edited || authorId != stored->authorId) {
        if (!author.id && !authorId.isNull())
            author.searchText = personSearchText(authorId.toLongLong());
        indexChanges.append({IndexChange::Kind::Update, stored->id, body, author.searchText});
    }
    if (!itemMediaUnchanged(stored->id, item.media))
        writeItemMedia(stored->id, item.media, true);
    const QVariant createdAt = dateValue(item.createdAt);
    const bool createdAtChanged =
        createdAt.isNull() != stored->createdAt.isNull()
        || (!createdAt.isNull() && createdAt.toLongLong() != stored->createdAt.toLongLong());
    if (createdAtChanged) // memberships keep a copy for paging
        db.exec(updateMembershipsCreatedAt, {createdAt, stored->id}, "update memberships");
    return {stored->id, false, edited, createdAt};
}

void PageWriter::writeSearchIndex()
{
    static const QString insert = insertStatement(
        kItemsFts.table, {kItemsFts.rowid, kItemsFts.body, kItemsFts.author});
    static const QString update = u"UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = ?"_s.arg(
        kItemsFts.table, kItemsFts.body, kItemsFts.author, kItemsFts.rowid);
    static const QString updateAuthor = u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(
        kItemsFts.table, kItemsFts.author, kItemsFts.rowid);
    // New rows first, in rowid order: FTS5 flushes its pending data whenever a rowid is
    // smaller than the one before, and pages usually come newest (highest id) first.
    std::stable_sort(indexChanges.begin(), indexChanges.end(),
                     [](const IndexChange &a, const IndexChange &b) {
                         const bool aInsert = a.kind == IndexChange::Kind::Insert;
                         const bool bInsert = b.kind == IndexChange::Kind::Insert;
                         if (aInsert != bInsert)
                             return aInsert;
                         return aInsert && a.itemId < b.itemId;
                     });
    for (const IndexChange &change : std::as_const(indexChanges)) {
        switch (change.kind) {
        case IndexChange::Kind::Insert:
            db.exec(insert, {change.itemId, change.body, change.author}, "add to search index");
            break;
        case IndexChange::Kind::Update:
            db.exec(update, {change.body, change.author, change.itemId}, "update search index");
            break;
        case IndexChange::Kind::Author:
            db.exec(updateAuthor, {change.author, change.itemId}, "update search index");
            break;
        }
    }
    indexChanges.clear();
}

bool PageWriter::upsertMembership(Collection collection, const ItemWrite &item, qint64 runId)
{
    static const QString select =
        u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ? AND %5 = ?"_s.arg(
            kMemberships.removedAt, kMemberships.table, kMemberships.accountId,
            kMemberships.collection, kMemberships.itemId);
    static const QString insert = insertStatement(
        kMemberships.table, {kMemberships.accountId, kMemberships.collection,
                             kMemberships.itemId, kMemberships.firstSeenAt,
                             kMemberships.lastSeenRun, kMemberships.createdAt});
    static const QString update =
        u"UPDATE %1 SET %2 = ?, %3 = NULL WHERE %4 = ? AND %5 = ? AND %6 = ?"_s.arg(
            kMemberships.table, kMemberships.lastSeenRun, kMemberships.removedAt,
            kMemberships.accountId, kMemberships.collection, kMemberships.itemId);

    const QString name = collectionName(collection);
    const qint64 itemId = item.id;
    if (!item.created) {
        bool exists = false;
        bool wasRemoved = false;
        {
            Cursor cursor = db.exec(select, {accountId, name, itemId}, "look up membership");
            if (cursor.next()) {
                exists = true;
                wasRemoved = !cursor.isNull(0);
            }
        }
        if (exists) {
            db.exec(update, {runId, accountId, name, itemId}, "update membership");
            return wasRemoved;
        }
    }
    db.exec(insert, {accountId, name, itemId, now, runId, item.createdAt}, "insert membership");
    return true;
}

} // namespace

namespace {

/// One page of items (see Store::storeItemPage) plus the platform state of conversations, in
/// one transaction, so a killed process never keeps a page without the state that came with it.
Result<PageWrite> writeItemPage(SqlConnection &db, qint64 accountId, Collection collection,
                                qint64 runId, const QList<Item> &members,
                                const QList<Item> &related,
                                const QList<ConversationState> &conversations,
                                const SyncState &stateAfter)
{
    static const QString upsertConversation =
        insertStatement(kConversationStates.table,
                        {kConversationStates.accountId, kConversationStates.conversationId,
                         kConversationStates.unread, kConversationStates.rawJson,
                         kConversationStates.updatedAt})
        + u" ON CONFLICT (%1, %2) DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4,"
          " %5 = excluded.%5"_s.arg(kConversationStates.accountId,
                                    kConversationStates.conversationId,
                                    kConversationStates.unread, kConversationStates.rawJson,
                                    kConversationStates.updatedAt);
    PageWrite result;
    try {
        if (isContactCollection(collection))
            throwInvalidInput(tr("%1 holds people, not items").arg(collectionName(collection)));
        SqlConnection::Transaction transaction(db);
        ensureAccountExists(db, accountId);
        PageWriter writer(db, accountId);
        for (const Item &item : related) {
            if (writer.upsertItem(item).edited)
                ++result.edited;
        }
        for (const Item &item : members) {
            const PageWriter::ItemWrite written = writer.upsertItem(item);
            if (written.edited)
                ++result.edited;
            if (writer.upsertMembership(collection, written, runId))
                ++result.added;
            else
                ++result.alreadyMembers;
        }
        for (const ConversationState &state : conversations) {
            if (state.conversationId.isEmpty())
                throwInvalidInput(tr("A conversation state without a conversation id cannot be stored"));
            db.exec(upsertConversation,
                    {accountId, state.conversationId, state.unread,
                     state.rawJson.isEmpty() ? QVariant() : QVariant(state.rawJson), writer.now},
                    "save conversation state");
        }
        writeSyncState(db, accountId, collection, stateAfter);
        writer.writeSearchIndex();
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not store a page of %1 for account %2")
                                       .arg(collectionName(collection))
                                       .arg(accountId));
    }
    qCDebug(lcDb) << "stored" << collectionName(collection) << "page of account" << accountId
                  << "members" << members.size() << "related" << related.size()
                  << "conversations" << conversations.size() << "added" << result.added
                  << "edited" << result.edited;
    return result;
}

} // namespace

Result<PageWrite> Store::storeItemPage(qint64 accountId, Collection collection, qint64 runId,
                                       const QList<Item> &members, const QList<Item> &related,
                                       const SyncState &stateAfter)
{
    return writeItemPage(*d, accountId, collection, runId, members, related, {}, stateAfter);
}

Result<PageWrite> Store::storeMessagePage(qint64 accountId, qint64 runId,
                                          const QList<Item> &members, const QList<Item> &related,
                                          const QList<ConversationState> &conversations,
                                          const SyncState &stateAfter)
{
    return writeItemPage(*d, accountId, Collection::Messages, runId, members, related,
                         conversations, stateAfter);
}

Result<PageWrite> Store::storeContactPage(qint64 accountId, Collection collection, qint64 runId,
                                          const QList<Person> &people,
                                          const SyncState &stateAfter)
{
    static const QString select =
        u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ? AND %5 = ?"_s.arg(
            kContacts.endedAt, kContacts.table, kContacts.accountId, kContacts.direction,
            kContacts.personId);
    static const QString insert = insertStatement(
        kContacts.table, {kContacts.accountId, kContacts.direction, kContacts.personId,
                          kContacts.firstSeenAt, kContacts.lastSeenRun});
    static const QString seen =
        u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4 = ? AND %5 = ?"_s.arg(
            kContacts.table, kContacts.lastSeenRun, kContacts.accountId, kContacts.direction,
            kContacts.personId);
    static const QString restart =
        u"UPDATE %1 SET %2 = ?, %3 = NULL, %4 = ? WHERE %5 = ? AND %6 = ? AND %7 = ?"_s.arg(
            kContacts.table, kContacts.lastSeenRun, kContacts.endedAt, kContacts.firstSeenAt,
            kContacts.accountId, kContacts.direction, kContacts.personId);
    static const QString insertEvent = insertStatement(
        kContactEvents.table, {kContactEvents.accountId, kContactEvents.personId,
                               kContactEvents.direction, kContactEvents.type,
                               kContactEvents.noticedAt});

    PageWrite result;
    try {
        const std::optional<FollowDirection> direction = directionOf(collection);
        if (!direction)
            throwInvalidInput(tr("%1 holds items, not people").arg(collectionName(collection)));
        const QString directionText = directionName(*direction);
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        PageWriter writer(*d, accountId);
        for (const Person &person : people) {
            const PersonRow row = writer.upsertPerson(person);
            bool exists = false;
            bool ended = false;
            {
                Cursor cursor =
                    d->exec(select, {accountId, directionText, row.id}, "look up contact");
                if (cursor.next()) {
                    exists = true;
                    ended = !cursor.isNull(0);
                }
            }
            if (exists && !ended) {
                d->exec(seen, {runId, accountId, directionText, row.id}, "update contact");
                ++result.alreadyMembers;
                continue;
            }
            if (exists)
                d->exec(restart, {runId, writer.now, accountId, directionText, row.id},
                        "restart contact");
            else
                d->exec(insert, {accountId, directionText, row.id, writer.now, runId},
                        "insert contact");
            d->exec(insertEvent,
                    {accountId, row.id, directionText, schema::kEventStarted, writer.now},
                    "insert contact event");
            ++result.added;
        }
        writeSyncState(*d, accountId, collection, stateAfter);
        writer.writeSearchIndex();
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not store a page of %1 for account %2")
                                       .arg(collectionName(collection))
                                       .arg(accountId));
    }
    qCDebug(lcDb) << "stored" << collectionName(collection) << "page of account" << accountId
                  << "people" << people.size() << "added" << result.added;
    return result;
}

Result<int> Store::markUnseenAsRemoved(qint64 accountId, Collection collection, qint64 runId,
                                       const QDateTime &noticedAt)
{
    // Members of the collection that the run did not see and that are not marked yet.
    static const QString unseenMembers =
        u"%1 = ? AND %2 = ? AND %3 IS NULL AND %4 IS NOT ?"_s.arg(
            kMemberships.accountId, kMemberships.collection, kMemberships.removedAt,
            kMemberships.lastSeenRun);
    static const QString markItemsDeleted =
        u"UPDATE %1 SET %2 = ? WHERE %2 IS NULL AND %3 IN (SELECT %4 FROM %5 WHERE %6)"_s.arg(
            kItems.table, kItems.deletedAt, kItems.id, kMemberships.itemId, kMemberships.table,
            unseenMembers);
    static const QString markMembershipsRemoved = u"UPDATE %1 SET %2 = ? WHERE %3"_s.arg(
        kMemberships.table, kMemberships.removedAt, unseenMembers);

    static const QString unseenContacts =
        u"%1 = ? AND %2 = ? AND %3 IS NULL AND %4 IS NOT ?"_s.arg(
            kContacts.accountId, kContacts.direction, kContacts.endedAt, kContacts.lastSeenRun);
    static const QString insertEndedEvents =
        u"INSERT INTO %1 (%2) SELECT %3, %4, %5, ?, ? FROM %6 WHERE %7"_s.arg(
            kContactEvents.table,
            columnList({kContactEvents.accountId, kContactEvents.personId,
                        kContactEvents.direction, kContactEvents.type,
                        kContactEvents.noticedAt}),
            kContacts.accountId, kContacts.personId, kContacts.direction, kContacts.table,
            unseenContacts);
    static const QString markContactsEnded = u"UPDATE %1 SET %2 = ? WHERE %3"_s.arg(
        kContacts.table, kContacts.endedAt, unseenContacts);

    const QVariant when = dateValue(noticedAt.isValid() ? noticedAt
                                                        : QDateTime::currentDateTimeUtc());
    int count = 0;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        if (const std::optional<FollowDirection> direction = directionOf(collection)) {
            const QString directionText = directionName(*direction);
            d->exec(insertEndedEvents,
                    {schema::kEventEnded, when, accountId, directionText, runId},
                    "insert contact events");
            count = d->exec(markContactsEnded, {when, accountId, directionText, runId},
                            "mark contacts ended")
                        .rowsAffected();
        } else {
            const QString name = collectionName(collection);
            if (collection == Collection::Posts || collection == Collection::Messages)
                d->exec(markItemsDeleted, {when, accountId, name, runId}, "mark items deleted");
            count = d->exec(markMembershipsRemoved, {when, accountId, name, runId},
                            "mark memberships removed")
                        .rowsAffected();
        }
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not mark what is gone from %1 for account %2")
                                       .arg(collectionName(collection))
                                       .arg(accountId));
    }
    qCDebug(lcDb) << count << "entries gone from" << collectionName(collection) << "of account"
                  << accountId;
    return count;
}

} // namespace holdfast
