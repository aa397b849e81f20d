#include "UiTestSupport.h"

#include "connectors/common/SecretStore.h"
#include "models/store/Store.h"

#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace holdfast::testing {

namespace {

const QDateTime kBase(QDate(2024, 11, 4), QTime(9, 0), Qt::UTC);

Person person(const QString &id, const QString &handle, const QString &name)
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = name;
    p.url = u"https://social.example/@"_s + handle.section(u'@', 0, 0);
    p.rawJson = R"({"id":")" + id.toUtf8() + R"("})";
    return p;
}

Item item(const QString &id, const Person &author, const QString &text, const QDateTime &at)
{
    Item i;
    i.platformId = id;
    i.kind = ItemKind::Post;
    i.createdAt = at;
    i.author = author;
    i.text = text;
    i.html = u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    i.url = u"https://social.example/@anna/"_s + id;
    i.visibility = u"public"_s;
    i.language = u"de"_s;
    i.conversationId = u"conv-"_s + id;
    i.rawJson = R"({"id":")" + id.toUtf8() + R"("})";
    return i;
}

SyncState done()
{
    SyncState state;
    state.everCompleted = true;
    state.lastCompletedAt = kBase.addDays(60);
    return state;
}

void check(bool ok, const char *what)
{
    if (!ok)
        qFatal("fixture: %s failed", what);
}

template<typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("fixture: %s: %s", what, qPrintable(result.errorMessage()));
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result)
        qFatal("fixture: %s: %s", what, qPrintable(result.errorMessage()));
}

} // namespace

UrlCatcher::UrlCatcher()
{
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
    QDesktopServices::setUrlHandler(u"file"_s, this, "openUrl");
}

UrlCatcher::~UrlCatcher()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

Fixture fillFixtureStore(Store &store, const QString &dataDir)
{
    Fixture f;
    const Person anna = person(u"100"_s, u"anna@social.example"_s, u"Anna Berger"_s);
    const Person carl = person(u"200"_s, u"carl@fedi.example"_s, u"Carl Øster"_s);
    const Person dora = person(u"300"_s, u"dora@social.example"_s, u"Dora Aydın"_s);

    Account a;
    a.platform = u"mastodon"_s;
    a.server = u"https://social.example"_s;
    a.platformUserId = anna.platformId;
    a.handle = anna.handle;
    a.displayName = anna.displayName;
    a.profileUrl = anna.url;
    a.addedAt = kBase;
    f.anna = must(store.saveAccount(a), "save anna").id;

    Account b;
    b.platform = u"mastodon"_s;
    b.server = u"https://fedi.example"_s;
    b.platformUserId = u"900"_s;
    b.handle = u"ben@fedi.example"_s;
    b.displayName = u"Ben"_s;
    b.addedAt = kBase;
    f.ben = must(store.saveAccount(b), "save ben").id;

    // --- Anna's first backup ------------------------------------------------------------
    const qint64 run1 = must(store.beginRun(f.anna, true), "begin run 1");
    QList<Item> posts;
    const QStringList texts{
        u"Guten Morgen aus Berlin! ☕"_s,
        u"Wir sehen uns in Köln am Samstag – wer kommt mit?"_s,
        u"Neuer Blogpost über Archivierung: https://blog.example/archiv"_s,
        u"Straßenbahn fällt aus, also zu Fuß 🚶"_s,
        u"Thread: was ich über Backups gelernt habe (1/3)"_s,
        u"Heute Abend Stammtisch im Café Zentral"_s,
        u"Release 2.0 ist draußen! Danke an alle Mitwirkenden."_s,
        u"مرحبا بالعالم – hello from the Arabic test"_s,
        u"Dieser Beitrag wird später bearbeitet"_s,
        u"Dieser Beitrag wird gelöscht"_s,
        u"Foto vom Rhein bei Sonnenuntergang"_s,
    };
    for (int i = 0; i < 40; ++i) {
        const QString text = i < texts.size() ? texts.at(i) : u"Notiz Nummer %1 über den Alltag"_s.arg(i);
        Item post = item(QString::number(5000 + i), anna, text, kBase.addDays(i).addSecs(i * 137));
        post.replyCount = i % 3;
        post.boostCount = i % 5;
        post.favouriteCount = i * 2 % 11;
        posts.append(post);
    }
    f.kolnPostId = posts.at(1).platformId;
    f.threadRootId = posts.at(4).platformId;
    f.editedPostId = posts.at(8).platformId;
    f.deletedPostId = posts.at(9).platformId;
    f.imagePostId = posts.at(10).platformId;
    posts[10].media.append(MediaRef{u"m1"_s, u"image"_s, u"https://files.social.example/rhein.png"_s,
                                    u"https://files.social.example/rhein-small.png"_s,
                                    u"Der Rhein im Abendlicht"_s});
    // Anna's answer to Carl's reply in the thread.
    Item answer = item(u"5100"_s, anna, u"@carl genau, und Wiederherstellen testen!"_s,
                       posts.at(4).createdAt.addSecs(3600));
    answer.kind = ItemKind::Reply;
    answer.inReplyToId = u"7001"_s;
    answer.conversationId = posts.at(4).conversationId;
    f.threadReplyId = answer.platformId;
    posts.append(answer);
    // A boost of Carl's post.
    Item boosted = item(u"7100"_s, carl, u"Offline-first ist kein Luxus."_s, kBase.addDays(20));
    boosted.url = u"https://fedi.example/@carl/7100"_s;
    Item boost = item(u"5101"_s, anna, QString(), kBase.addDays(21));
    boost.kind = ItemKind::Boost;
    boost.boostOfId = boosted.platformId;
    boost.html.clear();
    posts.append(boost);
    f.postCount = int(posts.size());

    // Carl's reply sits in Mentions, and is thread context for the posts.
    Item carlReply = item(u"7001"_s, carl, u"@anna und vergiss nicht, die Backups zu prüfen."_s,
                          posts.at(4).createdAt.addSecs(1800));
    carlReply.kind = ItemKind::Reply;
    carlReply.inReplyToId = f.threadRootId;
    carlReply.conversationId = posts.at(4).conversationId;
    carlReply.url = u"https://fedi.example/@carl/7001"_s;
    carlReply.html = u"<p><span class=\"h-card\"><a href=\"https://social.example/@anna\" class=\"u-url mention\">"
                     u"@<span>anna</span></a></span> und vergiss nicht, die Backups zu prüfen.</p>"_s;

    must(store.storeItemPage(f.anna, Collection::Posts, run1, posts, {boosted, carlReply}, done()), "posts");
    must(store.storeItemPage(f.anna, Collection::Mentions, run1, {carlReply}, {}, done()), "mentions");
    must(store.storeItemPage(f.anna, Collection::Favourites, run1, {boosted}, {}, done()), "favourites");

    // A DM conversation, oldest first.
    QList<Item> dms;
    const QList<std::pair<Person, QString>> lines{
        {dora, u"Hallo Anna, hast du die Fotos aus Köln noch?"_s},
        {anna, u"Ja, ich schicke sie dir heute Abend."_s},
        {dora, u"Super, danke! 🙏"_s},
        {anna, u"Hier ist der Link: https://share.example/koeln"_s},
    };
    for (int i = 0; i < lines.size(); ++i) {
        Item dm = item(QString::number(8000 + i), lines.at(i).first, lines.at(i).second,
                       kBase.addDays(30).addSecs(i * 600));
        dm.kind = ItemKind::Message;
        dm.visibility = u"direct"_s;
        dm.conversationId = u"dm-1"_s;
        if (i > 0)
            dm.inReplyToId = QString::number(8000 + i - 1);
        dms.append(dm);
    }
    f.dmConversationId = u"dm-1"_s;
    f.dmFirstMessageId = dms.first().platformId;
    // Dora's last message: Mastodon says the conversation is unread.
    must(store.storeMessagePage(f.anna, run1, dms, {}, {ConversationState{u"dm-1"_s, true, {}}}, done()),
         "messages");

    // Followers and following: Carl and Dora are mutual; Erik will unfollow.
    QList<Person> followers{carl, dora, person(u"400"_s, u"erik@social.example"_s, u"Erik"_s),
                            person(u"401"_s, u"fatma@fedi.example"_s, u"Fatma"_s),
                            person(u"402"_s, u"gero@social.example"_s, u"Gero"_s)};
    QList<Person> following{carl, dora, person(u"500"_s, u"hanna@news.example"_s, u"Hanna"_s),
                            person(u"501"_s, u"ivo@social.example"_s, u"Ivo"_s)};
    must(store.storeContactPage(f.anna, Collection::Followers, run1, followers, done()), "followers");
    must(store.storeContactPage(f.anna, Collection::Following, run1, following, done()), "following");

    // The downloaded image, as the media downloader would have stored it.
    const QList<MediaFile> pending = store.pendingMedia(f.anna);
    for (const MediaFile &media : pending) {
        if (!media.remoteUrl.endsWith(u"rhein.png"))
            continue;
        const QString relative = u"media/ab/rhein.png"_s;
        QDir(dataDir).mkpath(u"media/ab"_s);
        QImage image(320, 200, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(40 + y / 2, 80 + x / 8, 160 - y / 3));
        check(image.save(QDir(dataDir).filePath(relative)), "write image");
        must(store.recordMediaDownloaded(media.id, u"ab"_s, relative, u"image/png"_s, 4096), "media");
    }
    BackupRun finished1;
    finished1.id = run1;
    finished1.accountId = f.anna;
    finished1.full = true;
    finished1.startedAt = kBase.addDays(60);
    finished1.finishedAt = kBase.addDays(60).addSecs(30);
    finished1.outcome = u"succeeded"_s;
    must(store.finishRun(finished1), "finish run 1");

    // --- Anna's second, full backup: one edit, one deletion, one lost follower -----------------
    const qint64 run2 = must(store.beginRun(f.anna, true), "begin run 2");
    QList<Item> again;
    for (const Item &post : std::as_const(posts)) {
        if (post.platformId == f.deletedPostId)
            continue;
        Item copy = post;
        if (post.platformId == f.editedPostId) {
            copy.text = u"Dieser Beitrag wurde bearbeitet (Tippfehler korrigiert)"_s;
            copy.html = u"<p>"_s + copy.text + u"</p>"_s;
            copy.editedAt = post.createdAt.addSecs(7200);
        }
        again.append(copy);
    }
    must(store.storeItemPage(f.anna, Collection::Posts, run2, again, {boosted, carlReply}, done()), "posts 2");
    must(store.markUnseenAsRemoved(f.anna, Collection::Posts, run2, kBase.addDays(61)), "deleted");
    followers.removeAt(2);
    must(store.storeContactPage(f.anna, Collection::Followers, run2, followers, done()), "followers 2");
    must(store.markUnseenAsRemoved(f.anna, Collection::Followers, run2, kBase.addDays(61)), "unfollowed");
    BackupRun finished2 = finished1;
    finished2.id = run2;
    finished2.startedAt = kBase.addDays(61);
    finished2.finishedAt = kBase.addDays(61).addSecs(30);
    must(store.finishRun(finished2), "finish run 2");

    // --- Ben: a backup that failed --------------------------------------------------------
    const qint64 run3 = must(store.beginRun(f.ben, false), "begin run 3");
    BackupRun failed;
    failed.id = run3;
    failed.accountId = f.ben;
    failed.startedAt = kBase.addDays(62);
    failed.finishedAt = kBase.addDays(62).addSecs(2);
    failed.outcome = u"failed"_s;
    failed.error = u"The access token is invalid"_s;
    must(store.finishRun(failed), "finish run 3");
    return f;
}

QString readSecret(const QString &key)
{
    auto secret = SecretStore().read(key);
    return secret ? secret.value() : u"<error: "_s + secret.errorMessage() + u">"_s;
}

bool playBrowser(const QUrl &authorizationUrl, int timeoutMs)
{
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = browser.get(QNetworkRequest(authorizationUrl));
    QDeadlineTimer deadline(timeoutMs);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(20);
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

} // namespace holdfast::testing
