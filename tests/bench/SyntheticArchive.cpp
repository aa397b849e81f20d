#include "tests/bench/SyntheticArchive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>


#include <cmath>

using namespace Qt::StringLiterals;

namespace holdfast::bench {
namespace {

constexpr qint64 kTweetsPerPart = 100'000;
constexpr quint64 kOwnId = 4242;

/// One language's words, most frequent first (Zipf rank = position).
struct Language
{
    QString code;
    QStringList words;
    bool spaced = true;     ///< words separated by spaces (not Japanese)
};

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts);
}

/// Synthetic words appended to every language's list to give it a long tail of rare words.
QStringList tailWords(QRandomGenerator &rng, int count)
{
    static const QStringList syllables = split(
        "ka lo mi ra te su no vi de sa ber gen tor lin mar vel zu qua fri sto pa el an or "
        "ich wal run ste ho by ja ni ko re ul");
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int parts = 2 + int(rng.bounded(3u));
        QString word;
        for (int p = 0; p < parts; ++p)
            word += syllables.at(int(rng.bounded(quint32(syllables.size()))));
        out.append(word);
    }
    return out;
}

const QList<Language> &languages()
{
    static const QList<Language> all = [] {
        QRandomGenerator rng(7);
        QList<Language> list = {
            {u"en"_s, split("the to and of a in is it you that for on was with this be at have "
                            "are not but just so my what all we like about can out time today new "
                            "people good one now day think know really love great year work home "
                            "going back first week still thanks night city music coffee weather "
                            "train book meeting release update project team garden rain summer "
                            "winter friends family weekend morning evening photo video archive "
                            "backup search server database keyboard window kitchen bicycle river "
                            "mountain concert festival library museum election policy climate "
                            "energy market science history football tennis recipe bread cheese")},
            {u"de"_s, split("der die und in den von zu das mit sich des auf für ist im dem nicht "
                            "ein eine als auch es an werden aus er hat dass sie nach wird bei "
                            "heute morgen Woche Arbeit Zeit Jahr Stadt Köln Straße Grüße Bahn "
                            "Wetter Kaffee Brötchen Fahrrad Wohnung Garten Regen Sommer Winter "
                            "Freunde Familie Wochenende Ausflug Konzert Bücherei Museum Wahl "
                            "Energie Markt Wissenschaft Geschichte Fußball Rezept Käse Übung")},
            {u"fr"_s, split("le de un être et à il avoir ne je son que se qui ce dans en du elle "
                            "au pour pas vous par sur faire plus dire me on mon lui nous comme "
                            "aujourd'hui été café gâteau fenêtre rivière montagne musée élection "
                            "énergie marché science histoire recette fromage pain")},
            {u"es"_s, split("el la de que y a en un ser se no haber por con su para como estar "
                            "tener le lo todo pero más hacer o poder decir este ir otro ese "
                            "mañana año ciudad café tren libro reunión lluvia verano invierno "
                            "amigos familia fútbol receta queso pan música")},
            {u"ja"_s, split("今日 明日 東京 大阪 電車 天気 仕事 会議 コーヒー ラーメン 写真 音楽 "
                            "映画 本 友達 家族 週末 桜 雨 雪 夏 冬 散歩 料理 旅行 図書館 公園"),
             false},
            {u"ar"_s, split("في من على إلى أن هذا مع كان عن ما اليوم غدا مدينة القاهرة قهوة "
                            "عمل أسبوع صباح مساء كتاب موسيقى صور أصدقاء عائلة مطر صيف شتاء")},
        };
        for (Language &language : list)
            language.words += tailWords(rng, language.spaced ? 6000 : 1500);
        return list;
    }();
    return all;
}

/// A rank in [0, n) with probability roughly proportional to 1/(rank+1).
int zipfRank(QRandomGenerator &rng, int n)
{
    const double u = rng.generateDouble();
    const int rank = int(std::exp(u * std::log(double(n) + 1.0))) - 1;
    return std::clamp(rank, 0, n - 1);
}

const Language &pickLanguage(QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    const auto &all = languages();
    const double cumulative[] = {0.45, 0.65, 0.75, 0.85, 0.93, 1.0};
    for (int i = 0; i < all.size(); ++i) {
        if (u < cumulative[i])
            return all.at(i);
    }
    return all.constFirst();
}

const QStringList &emoji()
{
    static const QStringList list = split("🎉 ☀️ 🦊 💜 👋 🚲 ☕ 🌧️ 🇩🇪 🇯🇵 👩🏽‍💻 👨‍👩‍👧 ✨ 🙂 😂 🔥");
    return list;
}

/// Post text of 50–500 characters.
QString postText(QRandomGenerator &rng, const Language &language, int minLength = 50,
                 int maxLength = 500)
{
    const int target = minLength + int(rng.bounded(quint32(maxLength - minLength + 1)));
    QString text;
    text.reserve(target + 40);
    while (text.size() < target) {
        if (!text.isEmpty() && language.spaced)
            text += u' ';
        const double roll = rng.generateDouble();
        if (roll < 0.04)
            text += emoji().at(int(rng.bounded(quint32(emoji().size()))));
        else if (roll < 0.06)
            text += u'#' + language.words.at(zipfRank(rng, 200));
        else
            text += language.words.at(zipfRank(rng, int(language.words.size())));
    }
    if (text.size() > maxLength) {
        text.truncate(maxLength);
        if (text.back().isHighSurrogate())
            text.chop(1);
    }
    return text;
}

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    out += '"';
    return out;
}

/// "Wed Aug 09 16:19:22 +0000 2023", as tweets.js has it.
QByteArray tweetDate(qint64 secs)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                  u"ddd MMM dd HH:mm:ss +0000 yyyy"_s)
        .toUtf8();
}

QByteArray isoDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toUtf8();
}

class FileWriter
{
public:
    FileWriter(const QString &path, const QByteArray &globalName) : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_file.write("window." + globalName + " = [\n");
    }
    void add(const QByteArray &record)
    {
        if (m_count++ > 0)
            m_file.write(",\n");
        m_file.write(record);
    }
    qint64 finish()
    {
        m_file.write("\n]\n");
        m_file.close();
        return m_file.size();
    }
    qint64 count() const { return m_count; }
    bool ok() const { return m_ok; }

private:
    QFile m_file;
    qint64 m_count = 0;
    bool m_ok = false;
};

} // namespace

SyntheticArchiveInfo writeXArchive(const QString &dir, qint64 items)
{
    QRandomGenerator rng(quint32(items) ^ 0x5eedu);
    const QString data = dir + u"/data/"_s;
    QDir().mkpath(data);
    SyntheticArchiveInfo info;

    // 75% posts, 10% likes, 15% direct messages; followers and following on top.
    const qint64 messages = items * 15 / 100;
    const qint64 likes = items / 10;
    const qint64 tweets = items - messages - likes;
    const qint64 followers = std::max<qint64>(1, items / 20);
    const qint64 following = std::max<qint64>(1, items / 40);
    const qint64 start = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 span = 10LL * 365 * 86400;

    QByteArray manifestTweetFiles;
    qint64 written = 0;
    constexpr int kThreadSize = 12;
    QList<qint64> rootOf;               // post index -> index of its thread's first post
    rootOf.reserve(tweets);
    QHash<qint64, int> threadSize;      // thread's first post -> posts in the thread
    for (int part = 0; written < tweets; ++part) {
        const QString name = part == 0 ? u"tweets.js"_s : u"tweets-part%1.js"_s.arg(part);
        const QByteArray global = "YTD.tweets.part" + QByteArray::number(part);
        FileWriter file(data + name, global);
        const qint64 end = std::min(tweets, written + kTweetsPerPart);
        for (; written < end; ++written) {
            const quint64 id = 1'000'000 + quint64(written);
            const qint64 when = start + span * written / std::max<qint64>(1, tweets);
            const Language &language = pickLanguage(rng);
            QByteArray reply;
            QString text = postText(rng, language);
            rootOf.append(written);
            if (written > 10 && rng.generateDouble() < 0.3) {
                // A reply to one of the recent posts, so threads form; a thread stays small
                // (at most kThreadSize posts), as real ones mostly do.
                const qint64 parent = written - 1 - rng.bounded(quint32(std::min<qint64>(written, 50)));
                const qint64 root = rootOf.at(parent);
                if (threadSize.value(root, 1) < kThreadSize) {
                    threadSize[root] = threadSize.value(root, 1) + 1;
                    rootOf.last() = root;
                    reply = R"(, "in_reply_to_status_id_str": ")"
                            + QByteArray::number(1'000'000 + quint64(parent))
                            + R"(", "in_reply_to_screen_name": "bench_user")";
                }
            }
            file.add(R"(  {"tweet": {"id_str": ")" + QByteArray::number(id) + R"(", "id": ")"
                     + QByteArray::number(id) + R"(", "full_text": )" + jsonString(text)
                     + R"(, "created_at": ")" + tweetDate(when) + R"(", "favorite_count": ")"
                     + QByteArray::number(rng.bounded(50u)) + R"(", "retweet_count": ")"
                     + QByteArray::number(rng.bounded(10u)) + R"(", "lang": ")"
                     + language.code.toUtf8() + '"' + reply
                     + R"(, "entities": {"hashtags": [], "urls": [], "user_mentions": []}}})");
        }
        info.bytes += file.finish();
        manifestTweetFiles += QByteArray(part ? ",\n      " : "") + R"({"fileName": "data/)" + name.toUtf8()
                              + R"(", "globalName": ")" + global + R"(", "count": ")"
                              + QByteArray::number(file.count()) + R"("})";
    }

    {
        FileWriter file(data + u"like.js"_s, "YTD.like.part0");
        for (qint64 i = 0; i < likes; ++i) {
            const QByteArray id = QByteArray::number(500'000'000 + i);
            file.add(R"(  {"like": {"tweetId": ")" + id + R"(", "fullText": )"
                     + jsonString(postText(rng, pickLanguage(rng)))
                     + R"(, "expandedUrl": "https://twitter.com/i/web/status/)" + id + R"("}})");
        }
        info.bytes += file.finish();
    }
    {
        FileWriter file(data + u"direct-messages.js"_s, "YTD.direct_messages.part0");
        qint64 done = 0;
        for (int conversation = 0; done < messages; ++conversation) {
            const quint64 other = 10'000 + quint64(conversation);
            const qint64 length = std::min<qint64>(messages - done, 2 + rng.bounded(39u));
            const qint64 begin = start + qint64(rng.generateDouble() * double(span));
            QByteArray record = R"(  {"dmConversation": {"conversationId": "4242-)"
                                + QByteArray::number(other) + R"(", "messages": [)";
            for (qint64 m = 0; m < length; ++m, ++done) {
                const bool mine = rng.bounded(2u) == 0;
                const quint64 sender = mine ? kOwnId : other;
                const quint64 recipient = mine ? other : kOwnId;
                record += QByteArray(m ? "," : "") + R"(
    {"messageCreate": {"id": ")" + QByteArray::number(900'000'000 + done)
                          + R"(", "senderId": ")" + QByteArray::number(sender)
                          + R"(", "recipientId": ")" + QByteArray::number(recipient)
                          + R"(", "text": )" + jsonString(postText(rng, pickLanguage(rng), 10, 200))
                          + R"(, "createdAt": ")" + isoDate(begin + m * 300)
                          + R"(", "mediaUrls": [], "urls": [], "reactions": []}})";
            }
            file.add(record + "]}}");
        }
        info.bytes += file.finish();
    }
    for (const auto &[name, count] : {std::pair{QByteArray("follower"), followers},
                                      std::pair{QByteArray("following"), following}}) {
        FileWriter file(data + QString::fromLatin1(name) + u".js"_s, "YTD." + name + ".part0");
        for (qint64 i = 0; i < count; ++i) {
            const QByteArray id = QByteArray::number(10'000 + i * (name == "follower" ? 1 : 2));
            file.add(R"(  {")" + name + R"(": {"accountId": ")" + id
                     + R"(", "userLink": "https://twitter.com/intent/user?user_id=)" + id + R"("}})");
        }
        info.bytes += file.finish();
    }
    {
        FileWriter file(data + u"account.js"_s, "YTD.account.part0");
        file.add(R"(  {"account": {"username": "bench_user", "accountId": "4242", "createdAt": "2010-01-01T00:00:00.000Z", "accountDisplayName": "Bench Ümläut 🦊"}})");
        file.finish();
    }
    QFile manifest(data + u"manifest.js"_s);
    if (manifest.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        manifest.write(R"(window.__THAR_CONFIG = {
  "userInfo": {"accountId": "4242", "userName": "bench_user", "displayName": "Bench Ümläut 🦊"},
  "archiveInfo": {"sizeBytes": ")" + QByteArray::number(info.bytes) + R"(", "generationDate": "2025-01-01T00:00:00.000Z", "isPartialArchive": false},
  "dataTypes": {
    "tweets": {"mediaDirectory": "data/tweets_media", "files": [
      )" + manifestTweetFiles + R"(]},
    "like": {"files": [{"fileName": "data/like.js", "globalName": "YTD.like.part0", "count": ")" + QByteArray::number(likes) + R"("}]},
    "follower": {"files": [{"fileName": "data/follower.js", "globalName": "YTD.follower.part0", "count": ")" + QByteArray::number(followers) + R"("}]},
    "following": {"files": [{"fileName": "data/following.js", "globalName": "YTD.following.part0", "count": ")" + QByteArray::number(following) + R"("}]},
    "directMessages": {"files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": ")" + QByteArray::number(messages) + R"("}]},
    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]}
  }
}
)");
    }
    info.items = items;
    info.contacts = followers + following;
    return info;
}

QStringList searchQueries(const QString &kind, int count)
{
    QRandomGenerator rng(quint32(qHash(kind)));
    QStringList out;
    while (out.size() < count) {
        const Language &language = pickLanguage(rng);
        if (!language.spaced && kind != u"one-word")
            continue; // two words and prefixes need space-separated words
        auto word = [&] { return language.words.at(zipfRank(rng, int(language.words.size()))); };
        QString first = word();
        if (kind == u"one-word") {
            out.append(first);
        } else if (kind == u"two-word") {
            QString second = word();
            if (second != first)
                out.append(first + u' ' + second);
        } else if (first.size() >= 4) {
            out.append(first.left(3 + int(rng.bounded(2u))) + u'*');
        }
    }
    return out;
}

} // namespace holdfast::bench
