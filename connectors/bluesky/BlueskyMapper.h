#pragma once

#include "models/domain/Item.h"
#include "models/domain/Person.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace holdfast::bluesky {

/// The parts of an AT-URI `at://<did>/<collection>/<rkey>`; all empty if it is not one.
struct AtUri
{
    QString did;
    QString collection;
    QString rkey;

    static AtUri parse(const QString &uri);
    bool isValid() const { return !did.isEmpty(); }
};

/**
 * Maps repository records (as `com.atproto.repo.listRecords` returns them: `{uri, cid, value}`)
 * to domain types. The platform id of every item is the record's AT-URI; its raw JSON is the
 * whole `{uri, cid, value}` object, so nothing the server sent is lost.
 *
 * Posts: facets become links/mentions/tags in html (byte offsets are UTF-8, per the lexicon);
 * `reply` gives the parent (inReplyToId) and the thread root (conversationId; a post that is
 * no reply is its own root); image/video embeds become media whose URL is the public
 * `com.atproto.sync.getBlob`; quotes and link cards are shown in html. Reposts are boosts of
 * the subject URI. Others' records are mapped the same way (the author is the URI's DID).
 */
class BlueskyMapper final
{
public:
    /// `self`: the backed-up account as an author (platformId = DID).
    BlueskyMapper(QUrl pds, Person self);

    Item post(const QJsonObject &record) const;
    /// A post as the AppView shows it (`app.bsky.feed.defs#postView`: uri, cid, author,
    /// record, counts): mapped like post(), with the author and counts of the view; the raw
    /// JSON is the view.
    Item postView(const QJsonObject &view) const;
    Item repost(const QJsonObject &record) const;
    /// A liked post: the post itself if known (`subject` = its `{uri, cid, value}`), else a stub
    /// naming the URI. The like record is kept inside the raw JSON under "like".
    Item likedPost(const QJsonObject &like, const std::optional<QJsonObject> &subject) const;
    /// A bookmarked post (`app.bsky.bookmark.defs#bookmarkView`): its post view, or for a
    /// deleted or blocked post a stub naming the subject URI. The bookmark (subject,
    /// createdAt) is kept inside the raw JSON under "bookmark".
    Item bookmarkedPost(const QJsonObject &bookmark) const;
    /// The followed account of a follow record (handle unknown until resolved).
    Person followed(const QJsonObject &follow) const;
    /// Someone as an AppView profile view (`app.bsky.actor.defs#profileView`) describes them.
    Person profileView(const QJsonObject &view) const;

    /// Someone known only by DID.
    Person personFor(const QString &did) const;
    const Person &self() const { return m_self; }

    /// `https://bsky.app/profile/<did>/post/<rkey>` for posts; empty for other records.
    static QString webUrl(const QString &atUri);
    /// Escaped text with facets turned into links; line breaks kept.
    static QString richTextHtml(const QString &text, const QJsonArray &facets);
    static QByteArray compactJson(const QJsonObject &object);

private:
    void addEmbed(Item &item, const QString &did, const QJsonObject &embed) const;

    QUrl m_pds;
    Person m_self;
};

} // namespace holdfast::bluesky
