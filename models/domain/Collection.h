#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace holdfast {

/// The collections a backup fills, as named on the command line and in exports.
enum class Collection {
    Posts,       ///< own posts, replies and boosts
    Favourites,  ///< items the account favourited/liked
    Bookmarks,
    Mentions,    ///< items mentioning the account
    Messages,    ///< every message of every direct-message conversation
    Followers,
    Following,
};

QString collectionName(Collection collection);   ///< "posts", "favourites", ...
std::optional<Collection> collectionFromName(const QString &name);
QList<Collection> allCollections();
bool isContactCollection(Collection collection); ///< followers/following hold people, not items

} // namespace holdfast
