// Deterministic generation of the fake Mastodon data set (see FakeMastodonData.h).
#include "tests/fakes/mastodon/FakeMastodonData.h"
#include "tests/fakes/mastodon/FakeMastodonMedia.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::testing::fakemastodon {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The generated history ends here; mutations continue from it (see Store::tick()).
qint64 dataEndMs()
{
    return QDateTime(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
}

qint64 dataStartMs()
{
    return dataEndMs() - 730 * kDay;
}

bool isPostable(const Status &s)
{
    return s.reblogOfId == 0 && s.visibility != u"direct";
}

} // namespace

int Store::randInt(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + int(m_rng.bounded(quint32(hi - lo + 1)));
}

bool Store::chance(double p)
{
    return m_rng.generateDouble() < p;
}

qint64 Store::randMs(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + qint64(m_rng.generateDouble() * double(hi - lo));
}

qint64 Store::newSnowflake(qint64 ms)
{
    // Mastodon ids: milliseconds since the epoch in the upper bits, 16 bits of sequence below.
    for (;;) {
        const qint64 id = (ms << 16) | qint64(m_rng.bounded(65536u));
        if (!m_usedIds.contains(id)) {
            m_usedIds.insert(id);
            return id;
        }
    }
}

QString Store::newAccountId(qint64 createdMs, bool snowflake)
{
    if (snowflake)
        return QString::number(newSnowflake(createdMs));
    // Accounts from before Mastodon switched to snowflake ids have small serial ids.
    for (;;) {
        const QString id = QString::number(1 + m_rng.bounded(2500000u));
        if (!m_accounts.contains(id))
            return id;
    }
}

QString Store::makeAccount(bool local)
{
    const int index = m_accountSerial++;
    Account a;
    a.username = TextSource::usernameStem(index) + (index >= 20 ? QString::number(index / 20) : QString());
    a.domain = local ? QString() : TextSource::remoteDomain(m_rng);
    a.displayName = TextSource::displayName(m_rng, index);
    a.notePlain = TextSource::bio(m_rng);
    a.bot = chance(0.04);
    a.locked = chance(0.08);
    a.group = chance(0.02);
    a.discoverable = chance(0.8);
    // Mastodon reports account creation at midnight.
    const QDate created = QDateTime::fromMSecsSinceEpoch(randMs(dataStartMs() - 6 * 365 * kDay, dataStartMs()), Qt::UTC).date();
    a.createdMs = QDateTime(created, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    a.id = newAccountId(a.createdMs, chance(0.5));
    a.followersCount = chance(0.1) ? randInt(1000, 50000) : randInt(0, 900);
    a.followingCount = randInt(0, 1500);
    a.statusesCount = randInt(1, 40000);
    a.lastStatusMs = chance(0.05) ? 0 : randMs(dataEndMs() - 60 * kDay, dataEndMs());
    if (chance(0.5))
        a.fields.append({u"Website"_s, u"https://"_s + a.username + u".example.net"_s, chance(0.5) ? randMs(a.createdMs, dataEndMs()) : 0});
    if (chance(0.3))
        a.fields.append({u"Pronouns"_s, chance(0.5) ? u"they/them"_s : u"sie/ihr"_s, 0});
    a.defaultAvatar = chance(0.08);
    a.defaultHeader = chance(0.3);
    m_accounts.insert(a.id, a);
    return a.id;
}

QString Store::pickOther()
{
    return m_otherIds.at(int(m_rng.bounded(quint32(m_otherIds.size()))));
}

Body Store::makeBody(const QString &language, int minLen, int maxLen, const QStringList &leadingMentions,
                     Status &status, bool allowExtras)
{
    Body body;
    int len = 0;
    for (const QString &id : leadingMentions) {
        body.append({Token::Kind::Mention, id});
        body.append({Token::Kind::Text, u" "_s});
        if (!status.mentionIds.contains(id))
            status.mentionIds.append(id);
        len += 2 + mentionTarget(id).acct.size();
    }

    // Extras go at the end; reserve their length first so the total stays within maxLen.
    Body tail;
    int tailLen = 0;
    if (allowExtras) {
        if (chance(0.10)) {
            const QString other = pickOther();
            tail.append({Token::Kind::Text, u" cc "_s});
            tail.append({Token::Kind::Mention, other});
            if (!status.mentionIds.contains(other))
                status.mentionIds.append(other);
            tailLen += 5 + mentionTarget(other).acct.size();
        }
        if (chance(0.15)) {
            const QString url = TextSource::linkUrl(m_rng);
            tail.append({Token::Kind::Text, u" "_s});
            tail.append({Token::Kind::Link, url});
            tailLen += 1 + url.size();
        }
        if (chance(0.05)) {
            const QString code = TextSource::customEmojis().at(randInt(0, TextSource::customEmojis().size() - 1));
            tail.append({Token::Kind::Text, u" "_s});
            tail.append({Token::Kind::Emoji, code});
            if (!status.emojis.contains(code))
                status.emojis.append(code);
            tailLen += 3 + code.size();
        }
        if (chance(0.30)) {
            tail.append({Token::Kind::ParagraphBreak, {}});
            tailLen += 2;
            const int n = randInt(1, 2);
            for (int i = 0; i < n; ++i) {
                const QString tag = TextSource::hashtag(m_rng);
                if (status.tags.contains(tag))
                    continue;
                if (i > 0) {
                    tail.append({Token::Kind::Text, u" "_s});
                    tailLen += 1;
                }
                tail.append({Token::Kind::Hashtag, tag});
                status.tags.append(tag);
                tailLen += 1 + tag.size();
            }
        }
    }

    const int budget = maxLen - tailLen;
    const int target = qMax(minLen, randInt(minLen, maxLen)) - tailLen;
    bool first = true;
    int attempts = 0;
    QSet<QString> used;
    while (len < target && attempts < 40) {
        ++attempts;
        QString s = TextSource::sentence(m_rng, chance(0.9) ? language : TextSource::languages().at(randInt(0, 5)));
        // Avoid repeating a sentence within one status while other sentences are left.
        for (int retry = 0; retry < 8 && used.contains(s); ++retry)
            s = TextSource::sentence(m_rng, TextSource::languages().at(randInt(0, 5)));
        used.insert(s);
        Token::Kind separator = Token::Kind::Text;
        int sepLen = first ? 0 : 1;
        if (!first && chance(0.1)) {
            separator = chance(0.5) ? Token::Kind::LineBreak : Token::Kind::ParagraphBreak;
            sepLen = separator == Token::Kind::LineBreak ? 1 : 2;
        }
        if (len + sepLen + s.size() > budget) {
            if (len + tailLen >= minLen)
                break;
            // Still too short: cut the sentence, without splitting a surrogate pair.
            int keep = budget - len - sepLen;
            if (keep <= 0)
                break;
            if (keep < s.size() && s.at(keep).isLowSurrogate())
                --keep;
            s = s.left(keep);
        }
        if (!first) {
            if (separator == Token::Kind::Text)
                body.append({Token::Kind::Text, u" "_s});
            else
                body.append({separator, {}});
        }
        body.append({Token::Kind::Text, s});
        len += sepLen + s.size();
        first = false;
    }
    body += tail;
    return body;
}

QList<MediaAttachment> Store::makeMedia(qint64 ms, const QString &remoteDomain)
{
    QList<MediaAttachment> list;
    const int n = chance(0.6) ? 1 : randInt(2, 4);
    for (int i = 0; i < n; ++i) {
        MediaAttachment m;
        m.id = QString::number(newSnowflake(ms - randMs(kMinute, 10 * kMinute)));
        const double r = m_rng.generateDouble();
        if (r < 0.75) {
            m.kind = MediaAttachment::Kind::Image;
            m.width = randInt(64, 480);
            m.height = randInt(48, 360);
        } else if (r < 0.85) {
            m.kind = MediaAttachment::Kind::Video;
            m.width = 320;
            m.height = 180;
            m.duration = randInt(300, 12000) / 100.0;
        } else if (r < 0.92) {
            m.kind = MediaAttachment::Kind::Gifv;
            m.width = 240;
            m.height = 240;
            m.duration = randInt(100, 500) / 100.0;
        } else {
            m.kind = MediaAttachment::Kind::Audio;
            m.duration = randInt(3000, 40000) / 100.0;
        }
        if (chance(0.7))
            m.description = TextSource::mediaDescription(m_rng);
        if (m.kind != MediaAttachment::Kind::Audio)
            m.blurhash = randomBlurhash(m_rng);
        m.remoteDomain = remoteDomain;
        list.append(m);
    }
    return list;
}

qint64 Store::insertStatus(Status status)
{
    if (status.id == 0)
        status.id = newSnowflake(status.createdMs);
    const qint64 id = status.id;
    for (const MediaAttachment &m : std::as_const(status.media))
        m_mediaOwner.insert(m.id, id);
    m_statuses.insert(id, std::move(status));
    return id;
}

qint64 Store::makeOtherStatus(const QString &authorId, qint64 ms, const QStringList &leadingMentions, qint64 inReplyTo)
{
    const Account &author = m_accounts[authorId];
    Status s;
    s.accountId = authorId;
    s.createdMs = ms;
    s.id = newSnowflake(ms);
    s.language = TextSource::languages().at(randInt(0, 5));
    const double v = m_rng.generateDouble();
    s.visibility = v < 0.85 ? u"public"_s : v < 0.95 ? u"unlisted"_s : u"private"_s;
    s.body = makeBody(s.language, 20, 400, leadingMentions, s, true);
    if (chance(0.08))
        s.media = makeMedia(ms, author.domain);
    if (chance(0.04)) {
        s.spoiler = TextSource::spoiler(m_rng);
        s.sensitive = true;
    }
    if (inReplyTo) {
        s.inReplyToId = inReplyTo;
        s.inReplyToAccountId = m_statuses.value(inReplyTo).accountId;
    }
    // Only local authors expose the posting application.
    s.showApplication = author.domain.isEmpty();
    if (s.showApplication)
        s.application = TextSource::applicationName(m_rng);
    s.repliesCount = randInt(0, 30);
    s.reblogsCount = randInt(0, 200);
    s.favouritesCount = randInt(0, 500);
    if (chance(0.03)) {
        s.history.append({ms, s.body, s.spoiler, s.sensitive});
        s.body.append({Token::Kind::Text, u" (edit: fixed a typo)"_s});
        s.editedMs = qMin(dataEndMs(), ms + randMs(2 * kMinute, 2 * kDay));
    }
    if (chance(0.04))
        s.language.clear();
    return insertStatus(std::move(s));
}

void Store::generate(const GenerationOptions &o)
{
    *this = Store();
    m_rng.seed(o.seed);
    m_clockMs = dataEndMs();
    m_nextFavouriteRow = 4812000 + randInt(0, 999);
    m_nextFollowRow = 71400000 + randInt(0, 999);
    m_nextNotificationId = 31200000 + randInt(0, 999);
    m_nextConversationId = 1250000 + randInt(0, 99);

    // The own account: local, created some months before the generated history starts.
    {
        Account me;
        me.username = u"annika"_s;
        me.displayName = u"Annika Weißmüller 👩‍💻"_s;
        me.notePlain = u"Backups, Bahn & Brot. Lebt in Köln 🇩🇪\n\nPosts auf Deutsch & English. <3"_s;
        me.createdMs = QDateTime(QDateTime::fromMSecsSinceEpoch(dataStartMs() - 200 * kDay, Qt::UTC).date(), QTime(0, 0), Qt::UTC)
                           .toMSecsSinceEpoch();
        me.id = newAccountId(me.createdMs, true);
        me.fields = {{u"Website"_s, u"https://annika.example.de/"_s, dataStartMs()},
                     {u"Pronomen"_s, u"sie/ihr"_s, 0},
                     {u"日本語"_s, u"少し"_s, 0}};
        m_ownId = me.id;
        m_accounts.insert(me.id, me);
    }

    const int mutuals = qMin(o.followerCount, o.followingCount) / 2;
    const int others = qMax(0, o.followerCount) + qMax(0, o.followingCount) - mutuals + 120;
    for (int i = 0; i < others; ++i)
        m_otherIds.append(makeAccount(chance(0.25)));

    // Followers and following overlap in `mutuals` accounts. Both live in one follows table, so
    // their row ids interleave.
    {
        QStringList shuffled = m_otherIds;
        for (int i = shuffled.size() - 1; i > 0; --i)
            shuffled.swapItemsAt(i, randInt(0, i));
        QList<QPair<bool, QString>> rows; // (is follower, account)
        for (int i = 0; i < o.followerCount; ++i)
            rows.append({true, shuffled.at(i)});
        for (int i = 0; i < mutuals; ++i)
            rows.append({false, shuffled.at(i)});
        for (int i = 0; i < o.followingCount - mutuals; ++i)
            rows.append({false, shuffled.at(o.followerCount + i)});
        for (int i = rows.size() - 1; i > 0; --i)
            rows.swapItemsAt(i, randInt(0, i));
        for (const auto &row : std::as_const(rows)) {
            m_nextFollowRow += randInt(1, 40000);
            (row.first ? m_followers : m_following).prepend({m_nextFollowRow, row.second});
        }
    }

    generateOwnTimeline(o);
    generateMentions(o);
    generateConversations(o);
    generateFavouritesAndBookmarks(o);
    generateNotifications(qMin(60, m_followers.size()));
    pickSpecials();

    // replies_count of own statuses is exactly what the data holds.
    for (const qint64 id : std::as_const(m_ownTimeline))
        m_statuses[id].repliesCount = 0;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it->inReplyToId && it->inReplyToAccountId == m_ownId && m_statuses.contains(it->inReplyToId))
            m_statuses[it->inReplyToId].repliesCount++;
    }
}

void Store::generateOwnTimeline(const GenerationOptions &o)
{
    QList<qint64> times;
    times.reserve(o.statusCount);
    for (int i = 0; i < o.statusCount; ++i)
        times.append(randMs(dataStartMs(), dataEndMs() - kHour));
    std::sort(times.begin(), times.end());

    QList<qint64> recent; // own postable statuses, for self-replies
    for (const qint64 t : std::as_const(times)) {
        Status s;
        s.accountId = m_ownId;
        s.createdMs = t;
        s.id = newSnowflake(t);
        s.application = chance(0.6) ? u"Web"_s : TextSource::applicationName(m_rng);
        const double kind = m_rng.generateDouble();
        if (kind >= 0.90) {
            // Boost: the wrapper has no content of its own.
            const qint64 original = makeOtherStatus(pickOther(), randMs(t - 5 * kDay, t - kMinute));
            s.reblogOfId = original;
            s.visibility = u"public"_s;
            s.application.clear();
            m_rebloggedIds.insert(original);
            m_statuses[original].reblogsCount++;
            insertStatus(std::move(s));
            continue;
        }
        const double lang = m_rng.generateDouble();
        s.language = lang < 0.45 ? u"de"_s : lang < 0.80 ? u"en"_s : TextSource::languages().at(randInt(2, 5));
        const double vis = m_rng.generateDouble();
        s.visibility = vis < 0.75 ? u"public"_s : vis < 0.88 ? u"unlisted"_s : u"private"_s;
        QStringList leading;
        if (kind >= 0.70) {
            if (!recent.isEmpty() && chance(0.5)) {
                const qint64 parent = recent.at(randInt(qMax(0, int(recent.size()) - 15), int(recent.size()) - 1));
                s.inReplyToId = parent;
                s.inReplyToAccountId = m_ownId;
            } else {
                const QString author = pickOther();
                const qint64 parent = makeOtherStatus(author, randMs(t - 3 * kDay, t - kMinute));
                s.inReplyToId = parent;
                s.inReplyToAccountId = author;
                leading.append(author);
                for (const QString &m : m_statuses.value(parent).mentionIds) {
                    if (m != m_ownId && !leading.contains(m))
                        leading.append(m);
                }
            }
        }
        s.body = makeBody(s.language, 40, 500, leading, s, true);
        if (chance(s.inReplyToId ? 0.03 : 0.10))
            s.media = makeMedia(t, QString());
        if (chance(0.05)) {
            s.spoiler = TextSource::spoiler(m_rng);
            s.sensitive = true;
        } else if (!s.media.isEmpty() && chance(0.1)) {
            s.sensitive = true;
        }
        s.reblogsCount = chance(0.3) ? randInt(1, 20) : 0;
        s.favouritesCount = chance(0.6) ? randInt(1, 60) : 0;
        if (chance(0.03)) {
            // Edited: keep the original as history, the current text carries a note.
            s.history.append({t, s.body, s.spoiler, s.sensitive});
            s.body.append({Token::Kind::Text, chance(0.5) ? u" Nachtrag: Danke für die Hinweise!"_s : u" Edit: typo."_s});
            s.editedMs = qMin(dataEndMs() - kMinute, t + randMs(2 * kMinute, 3 * kDay));
        }
        if (chance(0.03))
            s.language.clear();
        const qint64 id = insertStatus(std::move(s));
        recent.append(id);
    }
}

void Store::generateMentions(const GenerationOptions &o)
{
    QList<qint64> postable;
    for (const qint64 id : sortedStatusIds()) {
        if (m_statuses[id].accountId == m_ownId && isPostable(m_statuses[id]))
            postable.append(id);
    }
    for (int i = 0; i < o.mentionCount; ++i) {
        const QString author = pickOther();
        QStringList leading{m_ownId};
        if (chance(0.15))
            leading.append(pickOther());
        if (!postable.isEmpty() && chance(0.6)) {
            const qint64 parent = postable.at(randInt(0, int(postable.size()) - 1));
            const qint64 parentMs = m_statuses[parent].createdMs;
            const bool parentPrivate = m_statuses[parent].visibility == u"private";
            const qint64 t = randMs(parentMs + kMinute, qMin(dataEndMs(), parentMs + 14 * kDay));
            const qint64 id = makeOtherStatus(author, t, leading, parent);
            if (parentPrivate)
                m_statuses[id].visibility = u"private"_s;
        } else {
            makeOtherStatus(author, randMs(dataStartMs(), dataEndMs()), leading);
        }
    }
}

void Store::generateConversations(const GenerationOptions &o)
{
    for (int c = 0; c < o.conversationCount; ++c) {
        Conversation conv;
        m_nextConversationId += randInt(1, 40);
        conv.id = m_nextConversationId;
        const int participants = randInt(1, 3);
        while (conv.participantIds.size() < participants) {
            const QString p = pickOther();
            if (!conv.participantIds.contains(p))
                conv.participantIds.append(p);
        }
        QStringList members = conv.participantIds;
        members.prepend(m_ownId);

        const int messages = randInt(2, 12);
        qint64 t = randMs(dataStartMs(), dataEndMs() - 30 * kDay);
        QString previousAuthor;
        qint64 previous = 0;
        for (int m = 0; m < messages; ++m) {
            QString author;
            if (m == 0)
                author = chance(0.5) ? m_ownId : conv.participantIds.first();
            else
                do {
                    author = members.at(randInt(0, int(members.size()) - 1));
                } while (author == previousAuthor && chance(0.7));
            QStringList leading = members;
            leading.removeAll(author);

            Status s;
            s.accountId = author;
            s.createdMs = t;
            s.id = newSnowflake(t);
            s.visibility = u"direct"_s;
            s.language = chance(0.6) ? u"de"_s : u"en"_s;
            s.body = makeBody(s.language, 20, 300, leading, s, false);
            s.conversationId = conv.id;
            if (previous) {
                s.inReplyToId = previous;
                s.inReplyToAccountId = previousAuthor;
            }
            const Account &a = m_accounts[author];
            s.showApplication = a.domain.isEmpty();
            if (s.showApplication)
                s.application = TextSource::applicationName(m_rng);
            if (chance(0.05))
                s.media = makeMedia(t, a.domain);
            previous = insertStatus(std::move(s));
            previousAuthor = author;
            conv.statusIds.append(previous);
            t += randMs(2 * kMinute, 2 * kDay);
        }
        conv.unread = previousAuthor != m_ownId && chance(0.6);
        m_conversations.insert(conv.id, conv);
    }
}

void Store::generateFavouritesAndBookmarks(const GenerationOptions &o)
{
    QList<qint64> ownPostable;
    QList<qint64> othersPostable;
    for (const qint64 id : sortedStatusIds()) {
        const Status &s = m_statuses[id];
        if (isPostable(s))
            (s.accountId == m_ownId ? ownPostable : othersPostable).append(id);
    }

    auto pickBefore = [this](const QList<qint64> &from, qint64 beforeMs, const QSet<qint64> &taken) -> qint64 {
        for (int attempt = 0; attempt < 20 && !from.isEmpty(); ++attempt) {
            const qint64 id = from.at(randInt(0, int(from.size()) - 1));
            if (!taken.contains(id) && m_statuses.value(id).createdMs < beforeMs)
                return id;
        }
        return 0;
    };

    auto build = [&](int count, qint64 rowStart, double ownShare, double reuseShare, const QList<qint64> &reuseFirst,
                     QList<StatusRow> &rows, QSet<qint64> &ids) {
        QList<qint64> times;
        for (int i = 0; i < count; ++i)
            times.append(randMs(dataStartMs(), dataEndMs()));
        std::sort(times.begin(), times.end());
        qint64 row = rowStart;
        for (const qint64 t : std::as_const(times)) {
            qint64 id = 0;
            const double r = m_rng.generateDouble();
            if (r < ownShare)
                id = pickBefore(ownPostable, t, ids);
            else if (r < ownShare + reuseShare)
                id = pickBefore(reuseFirst.isEmpty() ? othersPostable : reuseFirst, t, ids);
            if (!id)
                id = makeOtherStatus(pickOther(), randMs(t - 10 * kDay, t - kMinute));
            row += randInt(1, 30000);
            rows.prepend({row, id});
            ids.insert(id);
        }
    };

    build(o.favouriteCount, m_nextFavouriteRow, 0.05, 0.15, {}, m_favourites, m_favouritedIds);
    QList<qint64> favourited(m_favouritedIds.cbegin(), m_favouritedIds.cend());
    std::sort(favourited.begin(), favourited.end());
    build(o.bookmarkCount, 612000 + randInt(0, 999), 0.10, 0.20, favourited, m_bookmarks, m_bookmarkedIds);
    for (const StatusRow &r : std::as_const(m_favourites))
        m_statuses[r.statusId].favouritesCount = qMax(1, m_statuses[r.statusId].favouritesCount);
    if (!m_favourites.isEmpty())
        m_nextFavouriteRow = m_favourites.first().rowId;
}

void Store::generateNotifications(int followNotifications)
{
    QList<Notification> list;
    // Mentions: every status of another account that mentions the own account, DMs included.
    // (Iterate in id order: QHash order varies between processes and would break determinism.)
    const QList<qint64> ids = sortedStatusIds();
    QList<qint64> ownPostable;
    for (const qint64 id : ids) {
        const Status &s = m_statuses[id];
        if (s.accountId != m_ownId && s.mentionIds.contains(m_ownId))
            list.append({0, u"mention"_s, s.createdMs + randInt(30, 3000), s.accountId, id});
        if (s.accountId == m_ownId && isPostable(s))
            ownPostable.append(id);
    }
    // Other types, which a mentions backup has to filter out.
    const int extra = qMax(10, int(list.size()) / 2);
    for (int i = 0; i < extra && !ownPostable.isEmpty(); ++i) {
        const qint64 target = ownPostable.at(randInt(0, int(ownPostable.size()) - 1));
        const Status &s = m_statuses[target];
        const bool favourite = chance(0.65);
        list.append({0, favourite ? u"favourite"_s : u"reblog"_s,
                     randMs(s.createdMs + kMinute, qMin(dataEndMs(), s.createdMs + 5 * kDay)), pickOther(), target});
    }
    for (int i = 0; i < followNotifications; ++i)
        list.append({0, u"follow"_s, randMs(dataEndMs() - 365 * kDay, dataEndMs()), m_followers.at(i).accountId, 0});

    std::stable_sort(list.begin(), list.end(),
                     [](const Notification &a, const Notification &b) { return a.createdMs < b.createdMs; });
    for (Notification &n : list) {
        m_nextNotificationId += randInt(1, 500);
        n.id = m_nextNotificationId;
    }
    std::reverse(list.begin(), list.end());
    m_notifications = list;
}

void Store::pickSpecials()
{
    m_ownTimeline.clear();
    const QList<qint64> ids = sortedStatusIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        if (m_statuses[*it].accountId == m_ownId)
            m_ownTimeline.append(*it);
    }

    // Candidates: own public top-level posts without media, oldest first.
    QList<qint64> candidates;
    for (auto it = m_ownTimeline.crbegin(); it != m_ownTimeline.crend(); ++it) {
        const Status &s = m_statuses[*it];
        if (isPostable(s) && s.visibility == u"public" && !s.inReplyToId && s.media.isEmpty())
            candidates.append(*it);
    }
    if (candidates.size() >= 2) {
        // An image whose original file is gone (404), next to one that works.
        {
            const qint64 id = candidates.at(candidates.size() * 3 / 10);
            Status &s = m_statuses[id];
            QList<MediaAttachment> media = makeMedia(s.createdMs, QString());
            media.resize(1);
            if (media.first().kind != MediaAttachment::Kind::Image) {
                media.first().kind = MediaAttachment::Kind::Image;
                media.first().width = 320;
                media.first().height = 240;
                media.first().duration = 0;
                media.first().blurhash = randomBlurhash(m_rng);
            }
            MediaAttachment broken = media.first();
            broken.id = QString::number(newSnowflake(s.createdMs - kMinute));
            broken.kind = MediaAttachment::Kind::Image;
            broken.width = 200;
            broken.height = 150;
            broken.blurhash = randomBlurhash(m_rng);
            broken.missing = true;
            media.prepend(broken);
            s.media = media;
            for (const MediaAttachment &m : std::as_const(s.media))
                m_mediaOwner.insert(m.id, id);
            m_missingMediaId = broken.id;
            m_missingMediaStatusId = id;
        }
        // A video of 3 MiB, for a client's download size cap.
        {
            const qint64 id = candidates.at(candidates.size() * 6 / 10);
            Status &s = m_statuses[id];
            MediaAttachment big;
            big.id = QString::number(newSnowflake(s.createdMs - kMinute));
            big.kind = MediaAttachment::Kind::Video;
            big.width = 1280;
            big.height = 720;
            big.duration = 42.5;
            big.description = u"Zeitraffer: Straßenbahn über die Deutzer Brücke"_s;
            big.blurhash = randomBlurhash(m_rng);
            big.servedBytes = 3 * 1024 * 1024;
            s.media = {big};
            m_mediaOwner.insert(big.id, id);
            m_largeMediaId = big.id;
            m_largeMediaStatusId = id;
        }
    }
    // Three pinned posts.
    for (int i = 0; i < 3; ++i) {
        const int index = int(candidates.size()) - 1 - i * 7;
        if (index < 0)
            break;
        const qint64 id = candidates.at(index);
        m_pinned.insert(id, m_statuses[id].createdMs + randMs(kHour, 3 * kDay));
    }
}

} // namespace holdfast::testing::fakemastodon
