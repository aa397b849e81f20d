#include "ArchiveFixtures.h"

#include <QDir>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace fixtures {

bool write(const QString &path, const QList<Entry> &entries, Container container)
{
    if (container == Container::Folder) {
        const QDir root(path);
        for (const Entry &e : entries) {
            const QString file = root.filePath(e.name);
            QDir().mkpath(QFileInfo(file).absolutePath());
            if (e.type == Entry::Type::Symlink) {
                if (!QFile::link(e.target, file))
                    return false;
                continue;
            }
            if (e.type == Entry::Type::Directory) {
                QDir().mkpath(file);
                continue;
            }
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(e.data) != e.data.size())
                return false;
        }
        return true;
    }
    archive *a = archive_write_new();
    if (container == Container::Zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        archive_write_add_filter_gzip(a);
    }
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    bool ok = true;
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, e.name.toUtf8().constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1700000000, 0);
        switch (e.type) {
        case Entry::Type::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.data.size());
            break;
        case Entry::Type::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case Entry::Type::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink_utf8(entry, e.target.toUtf8().constData());
            break;
        case Entry::Type::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink_utf8(entry, e.target.toUtf8().constData());
            break;
        }
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (e.type == Entry::Type::File && !e.data.isEmpty())
            ok = ok && archive_write_data(a, e.data.constData(), size_t(e.data.size())) == e.data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QByteArray jpeg(const QByteArray &tag)
{
    return QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11) + tag;
}

QByteArray png(const QByteArray &tag)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + tag;
}

QList<Entry> largeXArchive(int posts)
{
    QByteArray tweets = "window.YTD.tweets.part0 = [\n";
    tweets.reserve(qsizetype(posts) * 700);
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < posts; ++i) {
        const QByteArray id = QByteArray::number(10000001 + i);
        const QByteArray when = QLocale::c()
                                    .toString(start.addSecs(qint64(i) * 60),
                                              u"ddd MMM dd HH:mm:ss +0000 yyyy"_s)
                                    .toLatin1();
        if (i > 0)
            tweets += ",\n";
        tweets += R"(  {"tweet": {"id_str": ")" + id + R"(", "id": ")" + id
                  + R"(", "full_text": "Post )" + id
                  + R"( über Köln für @Bob_B &amp; friends https://t.co/x)" + id
                  + R"( #Archiv 🎉", "created_at": ")" + when
                  + R"(", "favorite_count": "3", "retweet_count": "1", "lang": "de", "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",)"
                  + R"( "entities": {"user_mentions": [{"screen_name": "Bob_B", "id_str": "77", "indices": ["20", "26"]}],)"
                  + R"( "urls": [{"url": "https://t.co/x)" + id + R"(", "expanded_url": "https://example.org/)" + id
                  + R"(", "display_url": "example.org/)" + id + R"("}], "hashtags": [{"text": "Archiv", "indices": ["60", "67"]}]}}})";
    }
    tweets += "\n]";
    const QByteArray count = QByteArray::number(posts);
    return {
        {u"data/manifest.js"_s, R"(window.__THAR_CONFIG = {
  "userInfo": {"accountId": "7777", "userName": "big_x", "displayName": "Big Archive"},
  "dataTypes": {
    "tweets": {"files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": ")" + count + R"("}]},
    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]}
  }
})"},
        {u"data/account.js"_s, R"(window.YTD.account.part0 = [
  {"account": {"accountId": "7777", "username": "big_x", "accountDisplayName": "Big Archive", "email": "big@example.org"}}
])"},
        {u"data/tweets.js"_s, tweets},
    };
}

QList<Entry> xArchive(XVariant variant)
{
    const bool old = variant == XVariant::OldNoManifest;
    const QString data = old ? u"twitter-2019/data/"_s : u"data/"_s;
    QList<Entry> out;
    auto add = [&](const QString &name, const QByteArray &bytes) { out.append({data + name, bytes}); };

    if (!old) {
        const QByteArray likeCount = variant == XVariant::ManifestMismatch ? "3" : "2";
        const QByteArray extraPart = variant == XVariant::ManifestMismatch
            ? R"(, {"fileName": "data/tweets-part2.js", "globalName": "YTD.tweets.part2", "count": "1"})"
            : "";
        add(u"manifest.js"_s, R"(window.__THAR_CONFIG = {
  "userInfo": {"accountId": "4242", "userName": "zoe_x", "displayName": "Zoë 🦊"},
  "archiveInfo": {"sizeBytes": "1000", "generationDate": "2023-09-01T00:00:00.000Z", "isPartialArchive": false},
  "dataTypes": {
    "tweets": {"mediaDirectory": "data/tweets_media", "files": [
      {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": "3"},
      {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": "1"})" + extraPart + R"(]},
    "like": {"files": [{"fileName": "data/like.js", "globalName": "YTD.like.part0", "count": ")" + likeCount + R"("}]},
    "follower": {"files": [{"fileName": "data/follower.js", "globalName": "YTD.follower.part0", "count": "2"}]},
    "following": {"files": [{"fileName": "data/following.js", "globalName": "YTD.following.part0", "count": "1"}]},
    "noteTweet": {"files": [{"fileName": "data/note-tweet.js", "globalName": "YTD.note_tweet.part0", "count": "1"}]},
    "deletedTweets": {"files": [{"fileName": "data/deleted-tweets.js", "globalName": "YTD.deleted_tweets.part0", "count": "1"}]},
    "directMessages": {"files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": "1"}]},
    "directMessagesGroup": {"files": [{"fileName": "data/direct-messages-group.js", "globalName": "YTD.direct_messages_group.part0", "count": "1"}]},
    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
    "block": {"files": []}
  }
})");
        add(u"tweets.js"_s, R"(window.YTD.tweets.part0 = [
  {"tweet": {"id_str": "1001", "id": "1001",
    "full_text": "Grüße an @Bob_B &amp; https://t.co/abc #Köln 🎉 https://t.co/media1",
    "created_at": "Wed Aug 09 16:19:22 +0000 2023", "favorite_count": "5", "retweet_count": "2", "lang": "de",
    "entities": {"user_mentions": [{"screen_name": "Bob_B", "id_str": "77", "indices": ["9", "15"]}],
                 "urls": [{"url": "https://t.co/abc", "expanded_url": "https://example.org/page?a=1&b=2", "display_url": "example.org/page?…"}],
                 "hashtags": [{"text": "Köln", "indices": ["39", "44"]}],
                 "media": [{"url": "https://t.co/media1", "media_url_https": "https://pbs.twimg.com/media/Fabc.jpg", "id_str": "555", "type": "photo"}]},
    "extended_entities": {"media": [{"url": "https://t.co/media1", "media_url_https": "https://pbs.twimg.com/media/Fabc.jpg", "id_str": "555", "type": "photo", "ext_alt_text": "A fox"}]}}},
  {"tweet": {"id_str": "1002", "full_text": "@Bob_B a reply", "in_reply_to_status_id_str": "900", "in_reply_to_screen_name": "Bob_B",
    "created_at": "Wed Aug 09 17:00:00 +0200 2023", "favorite_count": "0", "retweet_count": "0",
    "entities": {"user_mentions": [{"screen_name": "Bob_B", "id_str": "77", "indices": ["0", "6"]}], "urls": []}}},
  {"tweet": {"id_str": "1003", "full_text": "This is a long post that was cut… https://t.co/long",
    "created_at": "Thu Aug 10 10:00:00 +0000 2023", "favorite_count": "1", "retweet_count": "0",
    "entities": {"urls": [{"url": "https://t.co/long", "expanded_url": "https://twitter.com/i/web/status/1003", "display_url": "twitter.com/i/web/status/1…"}]}}}
])");
        add(u"tweets-part1.js"_s, R"(window.YTD.tweets.part1 = [
  {"id_str": "1004", "full_text": "Part one: été ☀️", "created_at": "2023-08-11T09:30:00.000Z", "favorite_count": "3", "retweet_count": "1", "entities": {}}
])");
        add(u"note-tweet.js"_s, R"(window.YTD.note_tweet.part0 = [
  {"noteTweet": {"noteTweetId": "n1", "createdAt": "2023-08-10T10:00:00.000Z", "updatedAt": "2023-08-10T10:00:00.000Z",
    "core": {"text": "This is a long post that was cut short in the timeline, but here is all of it ✨", "urls": [], "mentions": []}}}
])");
        add(u"deleted-tweets.js"_s, R"(window.YTD.deleted_tweets.part0 = [
  {"tweet": {"id_str": "1005", "full_text": "oops", "created_at": "Fri Aug 11 12:00:00 +0000 2023",
             "deleted_at": "Sat Aug 12 08:00:00 +0000 2023", "entities": {}}}
])");
        add(u"like.js"_s, R"(window.YTD.like.part0 = [
  {"like": {"tweetId": "2001", "fullText": "liked &amp; loved 💜", "expandedUrl": "https://twitter.com/i/web/status/2001"}},
  {"like": {"tweetId": "1001", "fullText": "Grüße", "expandedUrl": "https://twitter.com/i/web/status/1001"}}
])");
        add(u"follower.js"_s, R"(window.YTD.follower.part0 = [
  {"follower": {"accountId": "501", "userLink": "https://twitter.com/intent/user?user_id=501"}},
  {"follower": {"accountId": "502", "userLink": "https://twitter.com/intent/user?user_id=502"}}
])");
        add(u"following.js"_s, R"(window.YTD.following.part0 = [
  {"following": {"accountId": "501", "userLink": "https://twitter.com/intent/user?user_id=501"}}
])");
        add(u"direct-messages.js"_s, R"(window.YTD.direct_messages.part0 = [
  {"dmConversation": {"conversationId": "4242-501", "messages": [
    {"messageCreate": {"id": "3001", "senderId": "501", "recipientId": "4242", "text": "Hallo 👋 https://t.co/dm",
      "createdAt": "2023-08-01T10:00:00.000Z", "mediaUrls": ["https://ton.twitter.com/dm/3001/777/pic.jpg"],
      "urls": [{"url": "https://t.co/dm", "expanded": "https://example.com/", "display": "example.com"}], "reactions": []}},
    {"messageCreate": {"id": "3002", "senderId": "4242", "recipientId": "501", "text": "Hi!",
      "createdAt": "2023-08-01T10:05:00.000Z", "mediaUrls": [], "urls": [], "reactions": []}}
  ]}}
])");
        add(u"direct-messages-group.js"_s, R"(window.YTD.direct_messages_group.part0 = [
  {"dmConversation": {"conversationId": "99887766", "messages": [
    {"joinConversation": {"initiatingUserId": "502", "createdAt": "2023-07-01T09:00:00.000Z"}},
    {"messageCreate": {"id": "3003", "senderId": "502", "text": "Group ünïcode", "createdAt": "2023-07-01T09:01:00.000Z", "mediaUrls": [], "urls": []}}
  ]}}
])");
        add(u"account.js"_s, R"(window.YTD.account.part0 = [
  {"account": {"email": "zoe@example.org", "createdVia": "web", "username": "zoe_x", "accountId": "4242",
               "createdAt": "2010-01-01T00:00:00.000Z", "accountDisplayName": "Zoë 🦊"}}
])");
        add(u"profile.js"_s, R"(window.YTD.profile.part0 = [
  {"profile": {"description": {"bio": "Hi", "website": "", "location": ""}, "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg"}}
])");
        add(u"tweets_media/1001-Fabc.jpg"_s, jpeg("tweet-photo"));
        add(u"direct_messages_media/3001-pic.jpg"_s, jpeg("dm-photo"));
        add(u"tweets_media/9999-unreferenced.jpg"_s, jpeg("nobody"));
        out.append({u"Your archive.html"_s, "<html></html>"});
        return out;
    }
    // An older archive: tweet.js without the wrapper, no manifest.
    add(u"tweet.js"_s, R"(window.YTD.tweet.part0 = [ {
  "id_str" : "7001", "full_text" : "Old times &lt;3 café", "created_at" : "Mon Jan 07 08:00:00 +0000 2019",
  "favorite_count" : "0", "retweet_count" : "0", "entities" : { "urls" : [ ] }
} ])");
    add(u"account.js"_s, R"(window.YTD.account.part0 = [ { "account" : { "username" : "zoe_x", "accountId" : "4242", "accountDisplayName" : "Zoë" } } ])");
    return out;
}

QList<Entry> mastodonExport()
{
    const QByteArray pub = R"("to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["https://social.example/users/alice/followers"])";
    auto create = [&](const QByteArray &id, const QByteArray &published, const QByteArray &audience,
                      const QByteArray &fields) -> QByteArray {
        return R"({"id": "https://social.example/users/alice/statuses/)" + id + R"(/activity", "type": "Create",
          "actor": "https://social.example/users/alice", "published": ")" + published + R"(", )" + audience + R"(,
          "object": {"id": "https://social.example/users/alice/statuses/)" + id + R"(", "type": "Note",
            "published": ")" + published + R"(", "url": "https://social.example/@alice/)" + id + R"(",
            "attributedTo": "https://social.example/users/alice", )" + audience + ", " + fields + "}"; // `fields` closes the object
    };
    const QByteArray outbox = R"({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
  "type": "OrderedCollection", "totalItems": 6, "orderedItems": [)"
        + create("1001", "2024-01-02T10:00:00Z", pub, R"("content": "<p>Archive version</p>", "summary": null, "inReplyTo": null, "attachment": []})") + ",\n"
        + create("1002", "2024-01-03T10:00:00Z", pub,
                 R"("content": "<p>Grüße 🎉 <a href=\"https://social.example/tags/k%C3%B6ln\" class=\"mention hashtag\">#<span>Köln</span></a></p>",
                    "contentMap": {"de": "x"}, "summary": "CW: Wetter", "inReplyTo": null,
                    "attachment": [{"type": "Document", "mediaType": "image/png", "url": "/media_attachments/files/000/000/001/original/pic.png", "name": "A fox"}]})") + ",\n"
        + create("1003", "2024-01-04T10:00:00Z",
                 R"("to": ["https://social.example/users/alice/followers"], "cc": ["https://www.w3.org/ns/activitystreams#Public"])",
                 R"("content": "<p>@bob yes</p>", "inReplyTo": "https://other.example/users/bob/statuses/77", "attachment": []})") + ",\n"
        + create("1004", "2024-01-05T10:00:00Z", R"("to": ["https://other.example/users/bob"], "cc": [])",
                 R"("content": "<p>secret 🤫</p>", "inReplyTo": null, "updated": "2024-01-05T11:00:00Z", "attachment": []})") + ",\n"
        + R"({"id": "https://social.example/users/alice/statuses/1005/activity", "type": "Announce",
             "actor": "https://social.example/users/alice", "published": "2024-01-06T10:00:00Z", )" + pub + R"(,
             "object": "https://other.example/users/bob/statuses/88"},
            {"id": "https://social.example/users/alice#likes/1", "type": "Like", "object": "https://other.example/users/bob/statuses/88"}
  ]})";
    return {
        {u"actor.json"_s, R"({"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://social.example/users/alice",
           "type": "Person", "preferredUsername": "alice", "name": "Alice Ö", "url": "https://social.example/@alice",
           "outbox": "outbox.json", "likes": "likes.json", "bookmarks": "bookmarks.json",
           "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"}})"},
        {u"outbox.json"_s, outbox},
        {u"likes.json"_s, R"({"id": "likes.json", "type": "OrderedCollection", "totalItems": 2,
           "orderedItems": ["https://other.example/users/bob/statuses/88", "https://social.example/users/alice/statuses/1002"]})"},
        {u"bookmarks.json"_s, R"({"id": "bookmarks.json", "type": "OrderedCollection", "totalItems": 1,
           "orderedItems": ["https://other.example/users/bob/statuses/99"]})"},
        {u"avatar.png"_s, png("avatar")},
        {u"media_attachments/files/000/000/001/original/pic.png"_s, png("fox")},
    };
}

QList<Entry> dyiExport(DyiVariant variant)
{
    // Strings as Facebook writes them: UTF-8 bytes escaped one by one as \u00XX.
    const QByteArray zoe = R"(Zo\u00c3\u00ab M\u00c3\u00bcller)";
    const QByteArray thread = R"({"participants": [{"name": "Bob"}, {"name": ")" + zoe + R"("}],
      "messages": [
        {"sender_name": ")" + zoe + R"(", "timestamp_ms": 1600000300000, "content": "Hi \u00f0\u009f\u0091\u008b",
         "photos": [{"uri": "MSGDIR/photos/p.jpg", "creation_timestamp": 1600000300}]},
        {"sender_name": "Bob", "timestamp_ms": 1600000400000},
        {"sender_name": "Bob", "timestamp_ms": 1600000200000, "content": "Ol\u00c3\u00a1 Zo\u00c3\u00ab"}
      ], "title": "Bob", "is_still_participant": true, "thread_path": "inbox/bob_abc123"})";
    const QByteArray group = R"({"participants": [{"name": "Bob"}, {"name": "Cl\u00c3\u00a9o"}, {"name": ")" + zoe + R"("}],
      "messages": [{"sender_name": "Cl\u00c3\u00a9o", "timestamp_ms": 1600000500000, "content": "Salut \u00c3\u00a0 tous"}],
      "title": "Group", "thread_path": "inbox/group_777"})";
    const QByteArray post = R"([{"timestamp": 1600000000, "data": [{"post": "Parab\u00c3\u00a9ns \u00f0\u009f\u0098\u00a0"}],
       "attachments": [{"data": [{"media": {"uri": "POSTMEDIA/pic.jpg", "creation_timestamp": 1600000000}}]}],
       "title": ")" + zoe + R"( updated her status."}])";
    const QByteArray comment = R"({"timestamp": 1600000100, "data": [{"comment": {"timestamp": 1600000100, "comment": "Sch\u00c3\u00b6n!", "author": ")" + zoe + R"("}}], "title": "x"})";

    QList<Entry> out;
    auto withDirs = [](QByteArray text, const QByteArray &msgDir, const QByteArray &postMedia) -> QByteArray {
        return text.replace("MSGDIR", msgDir).replace("POSTMEDIA", postMedia);
    };
    switch (variant) {
    case DyiVariant::Facebook2020: {
        const QString top = u"facebook-zoe/"_s;
        out.append({top + u"profile_information/profile_information.json"_s,
                    R"({"profile": {"name": {"full_name": ")" + zoe + R"("}, "profile_uri": "https://www.facebook.com/zoe.m"}})"});
        out.append({top + u"posts/your_posts_1.json"_s, withDirs(post, "", "photos_and_videos/album")});
        out.append({top + u"comments/comments.json"_s, R"({"comments": [)" + comment + "]}"});
        out.append({top + u"messages/inbox/bob_abc123/message_1.json"_s,
                    withDirs(thread, "messages/inbox/bob_abc123", "")});
        out.append({top + u"messages/inbox/group_777/message_1.json"_s, group});
        out.append({top + u"friends/friends.json"_s,
                    R"({"friends": [{"name": "Bob", "timestamp": 1500000000}, {"name": "Cl\u00c3\u00a9o", "timestamp": 1500000001}]})"});
        out.append({top + u"photos_and_videos/album/pic.jpg"_s, jpeg("fb-post")});
        out.append({top + u"messages/inbox/bob_abc123/photos/p.jpg"_s, jpeg("fb-msg")});
        break;
    }
    case DyiVariant::Facebook2024:
        out.append({u"personal_information/profile_information/profile_information.json"_s,
                    R"({"profile_v2": {"name": {"full_name": ")" + zoe + R"("}, "profile_uri": "https://www.facebook.com/zoe.m"}})"});
        out.append({u"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"_s,
                    withDirs(post, "", "your_facebook_activity/posts/media/album")});
        out.append({u"your_facebook_activity/comments_and_reactions/comments.json"_s,
                    R"({"comments_v2": [)" + comment + "]}"});
        out.append({u"your_facebook_activity/messages/inbox/bob_abc123/message_1.json"_s,
                    withDirs(thread, "your_facebook_activity/messages/inbox/bob_abc123", "")});
        out.append({u"your_facebook_activity/messages/inbox/group_777/message_1.json"_s, group});
        out.append({u"connections/friends/your_friends.json"_s,
                    R"({"friends_v2": [{"name": "Bob", "timestamp": 1500000000}, {"name": "Cl\u00c3\u00a9o", "timestamp": 1500000001}]})"});
        out.append({u"your_facebook_activity/posts/media/album/pic.jpg"_s, jpeg("fb-post")});
        out.append({u"your_facebook_activity/messages/inbox/bob_abc123/photos/p.jpg"_s, jpeg("fb-msg")});
        break;
    case DyiVariant::Instagram:
        out.append({u"personal_information/personal_information/personal_information.json"_s,
                    R"({"profile_user": [{"string_map_data": {"Username": {"value": "zoe.ig"}, "Name": {"value": "Zo\u00c3\u00ab"}}}]})"});
        out.append({u"your_instagram_activity/content/posts_1.json"_s,
                    R"([{"media": [{"uri": "media/posts/202001/a.jpg", "creation_timestamp": 1580000000, "title": "Caf\u00c3\u00a9 \u00e2\u0098\u0095"}]}])"});
        out.append({u"your_instagram_activity/comments/post_comments_1.json"_s,
                    R"([{"string_map_data": {"Comment": {"value": "Sch\u00c3\u00b6n"}, "Media Owner": {"value": "bob"}, "Time": {"timestamp": 1580000100}}}])"});
        out.append({u"connections/followers_and_following/followers_1.json"_s,
                    R"([{"title": "", "string_list_data": [{"href": "https://www.instagram.com/bob", "value": "bob", "timestamp": 1570000000}]}])"});
        out.append({u"connections/followers_and_following/following.json"_s,
                    R"({"relationships_following": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/cleo", "value": "cleo", "timestamp": 1570000001}]}]})"});
        out.append({u"your_instagram_activity/messages/inbox/bob_1/message_1.json"_s,
                    R"({"participants": [{"name": "bob"}, {"name": "Zo\u00c3\u00ab"}], "messages": [{"sender_name": "bob", "timestamp_ms": 1580000200000, "content": "Ol\u00c3\u00a1"}], "title": "bob", "thread_path": "inbox/bob_1"})"});
        out.append({u"media/posts/202001/a.jpg"_s, jpeg("ig-post")});
        break;
    case DyiVariant::FacebookPage:
        out.append({u"page_information/page_information.json"_s,
                    R"({"page": {"name": "Caf\u00c3\u00a9 Zo\u00c3\u00ab", "id": "123456", "url": "https://www.facebook.com/cafezoe"}})"});
        out.append({u"posts/your_posts_1.json"_s,
                    R"([{"timestamp": 1600000000, "data": [{"post": "Ge\u00c3\u00b6ffnet \u00e2\u0098\u0095"}]}])"});
        break;
    case DyiVariant::FacebookPage2025: {
        const QString activity = u"this_profile's_activity_across_facebook/"_s;
        out.append({u"logged_information/professional_dashboard/your_professional_dashboard_activity.json"_s,
                    R"({"prodash_activity": [{"page_name": "Caf\u00c3\u00a9 Zo\u00c3\u00ab", "timestamp": 1700000000}]})"});
        out.append({activity + u"posts/profile_posts_1.json"_s,
                    R"([{"timestamp": 1700000000, "data": [{"post": "Neue Kuchen \u00f0\u009f\u008d\u00b0"}],
                         "attachments": [{"data": [{"media": {"uri": "this_profile's_activity_across_facebook/posts/media/cake.jpg"}}]}],
                         "title": "Caf\u00c3\u00a9 Zo\u00c3\u00ab"}])"});
        out.append({activity + u"posts/videos.json"_s,
                    R"({"videos_v2": [{"timestamp": 1700003600, "data": [{"post": "Backstube"}],
                         "attachments": [{"data": [{"media": {"uri": "this_profile's_activity_across_facebook/posts/media/bake.mp4"}}]}]}]})"});
        out.append({activity + u"posts/media/cake.jpg"_s, jpeg("cake")});
        out.append({activity + u"messages/inbox/anna_1/message_1.json"_s,
                    R"({"participants": [{"name": "Anna \u00c3\u0096"}, {"name": "Caf\u00c3\u00a9 Zo\u00c3\u00ab"}],
                        "messages": [{"sender_name": "Anna \u00c3\u0096", "timestamp_ms": 1700000100000, "content": "Offen?"},
                                     {"sender_name": "Caf\u00c3\u00a9 Zo\u00c3\u00ab", "timestamp_ms": 1700000200000, "content": "Ja!"}],
                        "title": "Anna \u00c3\u0096", "thread_path": "inbox/anna_1"})"});
        out.append({activity + u"messages/filtered_threads/carl_2/message_1.json"_s,
                    R"({"participants": [{"name": "Carl"}, {"name": "Caf\u00c3\u00a9 Zo\u00c3\u00ab"}],
                        "messages": [{"sender_name": "Carl", "timestamp_ms": 1700000300000, "content": "Tisch f\u00c3\u00bcr 4?"}],
                        "title": "Carl", "thread_path": "filtered_threads/carl_2"})"});
        out.append({u"connections/followers/people_who_followed_you.json"_s,
                    R"({"followers_v3": [{"name": "Anna \u00c3\u0096", "timestamp": 1690000000}, {"name": "Dora", "timestamp": 1690000500}]})"});
        break;
    }
    }
    return out;
}

QByteArray carFile()
{
    // {"roots": [CID], "version": 1} in DAG-CBOR; the CID bytes do not matter here.
    QByteArray header;
    header += char(0xa2);
    header += char(0x65); header += "roots";
    header += char(0x81); header += char(0xd8); header += char(0x2a); header += char(0x58); header += char(0x25);
    header += QByteArray("\x00\x01\x71\x12\x20", 5) + QByteArray(32, '\x11');
    header += char(0x67); header += "version";
    header += char(0x01);
    return char(header.size()) + header;
}

} // namespace fixtures
