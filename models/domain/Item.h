#pragma once

#include "models/domain/Person.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast {

/// What an item is, independent of the collection it was found in.
enum class ItemKind {
    Post,     ///< an original post
    Reply,    ///< a post replying to another
    Boost,    ///< a boost/repost/retweet of another item (boostOfId)
    Message,  ///< a direct message (private conversation)
    Comment,  ///< a comment on someone's post (Facebook/YouTube style)
};

QString itemKindName(ItemKind kind);                  ///< "post", "reply", ...
std::optional<ItemKind> itemKindFromName(const QString &name);

/// A media attachment or avatar as the platform describes it.
struct MediaRef
{
    QString platformId;     ///< platform's media id, if any
    QString type;           ///< "image", "video", "gifv", "audio", "unknown"
    QString remoteUrl;      ///< full-size URL to download
    QString previewUrl;
    QString description;    ///< alt text
};

/// A downloaded (or not yet downloaded) media file linked to items.
struct MediaFile
{
    qint64 id = 0;
    QString remoteUrl;
    QString sha256;          ///< hex; empty until downloaded
    QString localPath;       ///< relative to the data directory, e.g. "media/ab/abcdef....jpg"
    QString mimeType;
    qint64 size = 0;
    QString lastError;       ///< why the last download failed; empty if fine
    int attempts = 0;
};

/// A post, reply, boost, message or comment, normalised, with the platform's raw JSON kept.
struct Item
{
    qint64 id = 0;              ///< store id (0 until stored)
    QString platformId;         ///< the platform's id (opaque string)
    ItemKind kind = ItemKind::Post;
    QDateTime createdAt;        ///< UTC
    QDateTime editedAt;         ///< UTC; invalid if never edited
    Person author;
    QString text;               ///< plain text for display and search
    QString html;               ///< sanitised HTML as the platform sent it (may be empty)
    QString spoilerText;        ///< content warning
    QString url;                ///< link to the item on the platform
    QString inReplyToId;        ///< platform id of the parent item
    QString conversationId;     ///< thread / DM conversation id
    QString boostOfId;          ///< platform id of the boosted item (kind == Boost)
    /// The item's global id where the platform has one (Mastodon: the ActivityPub URI). Not a
    /// stored column: data exports know remote items only by it, so an API page carrying it
    /// lets the store merge such an item into the one with the platform id.
    QString uri;
    QString visibility;         ///< "public", "unlisted", "private", "direct"
    QString language;
    int replyCount = 0;
    int boostCount = 0;
    int favouriteCount = 0;
    QList<MediaRef> media;
    QByteArray rawJson;         ///< the platform's JSON for this item, verbatim

    // Filled by the store when reading; ignored when writing.
    QDateTime deletedAt;        ///< when Holdfast noticed the item was gone from the platform
    QDateTime firstSeenAt;      ///< capture time: when Holdfast first stored the item
    QDateTime capturedAt;       ///< when Holdfast stored the current content (moves on edits)
    QList<MediaFile> mediaFiles;
};

/// An earlier version of an item, kept when a later backup saw an edit.
struct ItemVersion
{
    QDateTime editedAt;     ///< the platform's edited_at of this version (may be invalid)
    QDateTime capturedAt;   ///< when Holdfast had stored this version
    QString text;
    QString html;
    QString spoilerText;
    QByteArray rawJson;
};

} // namespace holdfast
