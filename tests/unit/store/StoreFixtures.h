#pragma once
// Test data for store and item-model tests: people, items and accounts written through the
// store's public API (header-only; shared by tests/unit/store and tests/unit/models).

#include "models/store/Store.h"

#include <QString>

namespace holdfast::fixtures {

using namespace Qt::StringLiterals;

inline const QDateTime kT0 = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
/// The platform user id of the account fixtures::addAccount() creates.
inline const QString kSelfId = u"100"_s;

inline Person person(const QString &id, const QString &handle, const QString &name = {})
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = name;
    p.url = u"https://social.example/@"_s + handle;
    p.rawJson = R"({"id":")" + id.toUtf8() + R"("})";
    return p;
}

inline Person self()
{
    return person(kSelfId, u"alice@social.example"_s, u"Alice"_s);
}

inline Item item(const QString &id, const QString &text, const QDateTime &createdAt,
                 const Person &author = self())
{
    Item item;
    item.platformId = id;
    item.kind = ItemKind::Post;
    item.createdAt = createdAt;
    item.author = author;
    item.text = text;
    item.html = u"<p>"_s + text + u"</p>"_s;
    item.url = u"https://social.example/@alice/"_s + id;
    item.visibility = u"public"_s;
    item.rawJson = R"({"id":")" + id.toUtf8() + R"("})";
    return item;
}

inline Item message(const QString &id, const QString &conversationId, const QString &text,
                    const QDateTime &createdAt, const Person &author = self())
{
    Item m = item(id, text, createdAt, author);
    m.kind = ItemKind::Message;
    m.conversationId = conversationId;
    m.visibility = u"direct"_s;
    return m;
}

inline qint64 addAccount(Store &store, const QString &userId = kSelfId,
                         const QString &handle = u"alice@social.example"_s)
{
    Account account;
    account.platform = u"mastodon"_s;
    account.server = u"https://"_s + handle.section(u'@', 1);
    account.platformUserId = userId;
    account.handle = handle;
    account.displayName = handle.section(u'@', 0, 0);
    const Result<Account> saved = store.saveAccount(account);
    return saved ? saved->id : 0;
}

/// Stores `items` as members of `collection` in one page of a new run; false on error.
inline bool storeItems(Store &store, qint64 accountId, Collection collection,
                       const QList<Item> &items)
{
    const Result<qint64> run = store.beginRun(accountId, false);
    if (!run)
        return false;
    return bool(store.storeItemPage(accountId, collection, run.value(), items, {}, {}));
}

} // namespace holdfast::fixtures
