#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace holdfast {

/// Anyone seen on a platform: an author, a follower, a conversation partner.
/// Identified within an account's platform by `platformId`.
struct Person
{
    qint64 id = 0;          ///< store id (0 until stored)
    QString platformId;     ///< the platform's account id (opaque string)
    QString handle;         ///< "bob@example.org" (Mastodon acct, made absolute)
    QString displayName;
    QString url;            ///< profile page
    QString avatarUrl;      ///< remote avatar URL; downloaded copy is tracked as media
    QByteArray rawJson;     ///< the platform's JSON for this person, verbatim
};

/// Which way a follow relation points, seen from the backed-up account.
enum class FollowDirection { Follower, Following };

/// One direction of a follow relation: when it was first seen and when it was noticed ended.
struct FollowSpan
{
    QDateTime firstSeen;
    QDateTime unfollowedAt;   ///< invalid while active
    bool isActive() const { return !unfollowedAt.isValid(); }
};

/// A follower or followed account with its dated history.
struct Contact
{
    Person person;
    FollowDirection direction = FollowDirection::Follower;
    QDateTime firstSeen;      ///< when Holdfast first saw the relation ("followed_at" in exports)
    QDateTime unfollowedAt;   ///< when Holdfast noticed it ended; invalid while active
    /// The same person's relation in the other direction, when read for a contact list
    /// (Store::contactPage); unset otherwise or if there is none.
    std::optional<FollowSpan> reverse;

    bool isActive() const { return !unfollowedAt.isValid(); }
};

/// A dated follow/unfollow event: "who unfollowed us in March" is a query over these.
struct ContactEvent
{
    Person person;
    FollowDirection direction = FollowDirection::Follower;
    enum class Type { Started, Ended } type = Type::Started;
    QDateTime noticedAt;
};

} // namespace holdfast
