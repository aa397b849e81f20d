#include "models/domain/Collection.h"
#include "models/domain/Item.h"

namespace holdfast {

namespace {
struct CollectionEntry { Collection collection; const char *name; };
constexpr CollectionEntry kCollections[] = {
    {Collection::Posts, "posts"},         {Collection::Favourites, "favourites"},
    {Collection::Bookmarks, "bookmarks"}, {Collection::Mentions, "mentions"},
    {Collection::Messages, "messages"},   {Collection::Followers, "followers"},
    {Collection::Following, "following"},
};

struct KindEntry { ItemKind kind; const char *name; };
constexpr KindEntry kKinds[] = {
    {ItemKind::Post, "post"},       {ItemKind::Reply, "reply"},     {ItemKind::Boost, "boost"},
    {ItemKind::Message, "message"}, {ItemKind::Comment, "comment"},
};
} // namespace

QString collectionName(Collection collection)
{
    for (const auto &entry : kCollections)
        if (entry.collection == collection)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<Collection> collectionFromName(const QString &name)
{
    for (const auto &entry : kCollections)
        if (name == QLatin1String(entry.name))
            return entry.collection;
    return std::nullopt;
}

QList<Collection> allCollections()
{
    QList<Collection> all;
    for (const auto &entry : kCollections)
        all.append(entry.collection);
    return all;
}

bool isContactCollection(Collection collection)
{
    return collection == Collection::Followers || collection == Collection::Following;
}

QString itemKindName(ItemKind kind)
{
    for (const auto &entry : kKinds)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    for (const auto &entry : kKinds)
        if (name == QLatin1String(entry.name))
            return entry.kind;
    return std::nullopt;
}

} // namespace holdfast
