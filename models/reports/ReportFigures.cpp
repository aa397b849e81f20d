#include "models/reports/ReportFigures.h"

#include "models/store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

QString monthLabel(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM"_s);
}

QString weekLabel(const QDateTime &time)
{
    int year = 0;
    const int week = time.toUTC().date().weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

/// Every month / ISO week label of the period, so charts show empty periods as zero.
QList<SeriesPoint> emptySeries(const QDateTime &since, const QDateTime &until, bool weeks)
{
    QList<SeriesPoint> series;
    QDate day = since.toUTC().date();
    const QDate last = until.toUTC().addMSecs(-1).date();
    QString previous;
    while (day <= last) {
        const QString label = weeks ? weekLabel(QDateTime(day, QTime(12, 0), Qt::UTC))
                                    : monthLabel(QDateTime(day, QTime(12, 0), Qt::UTC));
        if (label != previous)
            series.append({label, 0});
        previous = label;
        day = weeks ? day.addDays(1) : day.addDays(1);
    }
    return series;
}

void addTo(QList<SeriesPoint> &series, const QString &label, int amount = 1)
{
    for (SeriesPoint &point : series) {
        if (point.period == label) {
            point.value += amount;
            return;
        }
    }
}

std::optional<qint64> nearestRank(const QList<qint64> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

ResponseTimes summarise(QList<qint64> seconds, int unanswered)
{
    std::sort(seconds.begin(), seconds.end());
    ResponseTimes times;
    times.answered = int(seconds.size());
    times.unanswered = unanswered;
    times.medianSeconds = nearestRank(seconds, 0.5);
    times.p90Seconds = nearestRank(seconds, 0.9);
    return times;
}

/// Accumulates the figures of one account into the report.
class AccountFigures
{
public:
    AccountFigures(const Store &store, const Account &account, const ReportOptions &options,
                   ReportFigures &figures)
        : m_store(store), m_account(account), m_options(options), m_figures(figures)
    {
    }

    Result<void> run(QList<qint64> &mentionTimes, int &mentionsOpen, QList<qint64> &messageTimes,
                     int &conversationsOpen, QHash<QString, ContactInteractions> &contacts,
                     QList<PostEngagement> &posts)
    {
        if (auto r = ownPosts(posts); !r)
            return r;
        if (auto r = mentions(mentionTimes, mentionsOpen); !r)
            return r;
        if (auto r = messages(messageTimes, conversationsOpen); !r)
            return r;
        if (auto r = interactions(contacts); !r)
            return r;
        return followers();
    }

private:
    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }

    /// A read that stopped because of cancellation reports it as such.
    Result<void> orCancelled(Result<void> read) const
    {
        if (read && cancelled())
            return makeError(Error::Code::Cancelled, u"The report was cancelled"_s);
        return read;
    }

    bool isOwn(const Person &person) const
    {
        return (!m_account.platformUserId.isEmpty() && person.platformId == m_account.platformUserId)
               || person.handle == m_account.handle;
    }
    bool isOwn(const Item &item) const { return isOwn(item.author); }

    /// The account's items of the period; nullopt = of every collection and thread context.
    ItemFilter filter(std::optional<Collection> collection) const
    {
        ItemFilter filter;
        filter.accountId = m_account.id;
        filter.collection = collection;
        filter.since = m_figures.since;
        filter.until = m_figures.until;
        return filter;
    }

    Result<void> ownPosts(QList<PostEngagement> &posts)
    {
        return orCancelled(m_store.forEachItem(filter(Collection::Posts), [&](const Item &item) {
            if (cancelled())
                return false;
            if (!isOwn(item))
                return true;
            if (item.kind == ItemKind::Boost) {
                ++m_figures.boosts;
                return true;
            }
            if (item.kind == ItemKind::Post)
                ++m_figures.posts;
            else if (item.kind == ItemKind::Reply)
                ++m_figures.replies;
            else
                return true;
            m_figures.favourites += item.favouriteCount;
            m_figures.boostsReceived += item.boostCount;
            m_figures.repliesReceived += item.replyCount;
            addTo(m_figures.activityPerMonth, monthLabel(item.createdAt));
            addTo(m_figures.activityPerWeek, weekLabel(item.createdAt));
            Item kept = item;
            kept.rawJson.clear(); // the report needs the text, not the platform's JSON
            posts.append({kept});
            return true;
        }));
    }

    Result<void> mentions(QList<qint64> &times, int &open)
    {
        QList<Item> mentions;
        auto read = orCancelled(m_store.forEachItem(filter(Collection::Mentions), [&](const Item &item) {
            if (!isOwn(item))
                mentions.append(item);
            return !cancelled();
        }));
        if (!read)
            return read;
        for (const Item &mention : std::as_const(mentions)) {
            if (cancelled())
                return orCancelled({});
            ++m_figures.mentionsReceived;
            addTo(m_figures.mentionsPerMonth, monthLabel(mention.createdAt));
            m_mentionIds.insert(mention.platformId);
            // Answered = the account wrote in the mention's thread after it.
            std::optional<QDateTime> answeredAt;
            for (const Item &entry : m_store.thread(m_account.id, mention.platformId)) {
                if (isOwn(entry) && entry.createdAt > mention.createdAt
                    && (!answeredAt || entry.createdAt < *answeredAt))
                    answeredAt = entry.createdAt;
            }
            if (answeredAt) {
                times.append(mention.createdAt.secsTo(*answeredAt));
            } else {
                ++open;
                m_figures.unanswered.append({mention, u"mention"_s});
            }
        }
        return {};
    }

    Result<void> messages(QList<qint64> &times, int &open)
    {
        QList<QString> conversationIds;
        QSet<QString> seen;
        auto read = orCancelled(m_store.forEachItem(filter(Collection::Messages), [&](const Item &item) {
            if (cancelled())
                return false;
            addTo(m_figures.messagesPerMonth, monthLabel(item.createdAt));
            if (isOwn(item)) {
                ++m_figures.messagesSent;
            } else {
                ++m_figures.messagesReceived;
            }
            if (!item.conversationId.isEmpty() && !seen.contains(item.conversationId)) {
                seen.insert(item.conversationId);
                conversationIds.append(item.conversationId);
            }
            return true;
        }));
        if (!read)
            return read;
        for (const QString &id : std::as_const(conversationIds)) {
            if (cancelled())
                return orCancelled({});
            // Walk the whole conversation (answers may fall after the period), timing from the
            // first incoming message of the period that waits for an answer.
            std::optional<Item> waiting;
            std::optional<Item> lastIncoming;
            for (const Item &message : m_store.conversation(m_account.id, id)) {
                if (!isOwn(message)) {
                    const bool inPeriod = message.createdAt >= m_figures.since && message.createdAt < m_figures.until;
                    if (!waiting && inPeriod)
                        waiting = message;
                    if (inPeriod)
                        lastIncoming = message;
                } else if (waiting) {
                    times.append(waiting->createdAt.secsTo(message.createdAt));
                    waiting.reset();
                    lastIncoming.reset();
                }
            }
            if (waiting) {
                ++open;
                m_figures.unanswered.append({lastIncoming.value_or(*waiting), u"conversation"_s});
            }
        }
        return {};
    }

    /// Every interaction with a person in the period: their mentions of the account and
    /// replies to its items (each item once), direct messages both ways, and the account's
    /// replies to them.
    Result<void> interactions(QHash<QString, ContactInteractions> &contacts)
    {
        // Whom the account's messages went to: the conversation's other participants.
        QHash<QString, QList<Person>> participants;
        for (const ConversationSummary &summary : m_store.conversations(m_account.id))
            participants.insert(summary.conversationId, summary.participants);
        QHash<QString, std::optional<Person>> authors; // parent items looked up so far
        const auto authorOf = [&](const QString &platformId) -> std::optional<Person> {
            auto known = authors.constFind(platformId);
            if (known != authors.constEnd())
                return *known;
            const std::optional<Item> parent = m_store.item(m_account.id, platformId);
            return authors[platformId] = parent ? std::optional(parent->author) : std::nullopt;
        };
        const auto contactOf = [&contacts](const Person &person) -> ContactInteractions & {
            ContactInteractions &contact = contacts[person.handle];
            contact.handle = person.handle;
            if (contact.displayName.isEmpty())
                contact.displayName = person.displayName;
            return contact;
        };
        return orCancelled(m_store.forEachItem(filter(std::nullopt), [&](const Item &item) {
            if (cancelled())
                return false;
            if (item.kind == ItemKind::Message) {
                if (!isOwn(item)) {
                    ++contactOf(item.author).messagesReceived;
                } else {
                    for (const Person &person : participants.value(item.conversationId))
                        ++contactOf(person).messagesSent;
                }
                return true;
            }
            const std::optional<Person> parent =
                item.inReplyToId.isEmpty() ? std::nullopt : authorOf(item.inReplyToId);
            if (!isOwn(item)) {
                if (m_mentionIds.contains(item.platformId) || (parent && isOwn(*parent)))
                    ++contactOf(item.author).mentions;
            } else if (item.kind == ItemKind::Reply && parent && !isOwn(*parent)) {
                ++contactOf(*parent).repliesSent;
            }
            return true;
        }));
    }

    Result<void> followers()
    {
        const QDateTime start = m_figures.since;
        const QDateTime end = m_figures.until;
        // Holdfast dates a relation by when a backup first saw it, so the first complete walk
        // "sees" every follower the account already had. Those are the baseline: followers from
        // before any period, never new ones. Until a walk has completed, all seen so far are.
        const QDateTime baselineEnd = m_store.syncState(m_account.id, Collection::Followers).firstCompletedAt;
        auto inBaseline = [&baselineEnd](const Contact &contact) {
            return !baselineEnd.isValid() || contact.firstSeen <= baselineEnd;
        };
        auto activeAt = [&inBaseline](const Contact &contact, const QDateTime &time) {
            return (inBaseline(contact) || contact.firstSeen < time)
                   && (!contact.unfollowedAt.isValid() || contact.unfollowedAt >= time);
        };
        ContactFilter filter;
        filter.accountId = m_account.id;
        filter.direction = FollowDirection::Follower;
        filter.includeEnded = true;
        return orCancelled(m_store.forEachContact(filter, [&](const Contact &contact) {
            if (cancelled())
                return false;
            if (activeAt(contact, start))
                ++m_figures.followersAtStart;
            if (activeAt(contact, end))
                ++m_figures.followersAtEnd;
            if (!inBaseline(contact) && contact.firstSeen >= start && contact.firstSeen < end)
                ++m_figures.newFollowers;
            if (contact.unfollowedAt.isValid() && contact.unfollowedAt >= start && contact.unfollowedAt < end)
                ++m_figures.lostFollowers;
            for (SeriesPoint &point : m_figures.followersPerMonth) {
                const QDate first = QDate::fromString(point.period + u"-01"_s, u"yyyy-MM-dd"_s);
                QDateTime monthEnd(first.addMonths(1), QTime(0, 0), Qt::UTC);
                if (monthEnd > end)
                    monthEnd = end;
                if (activeAt(contact, monthEnd))
                    ++point.value;
            }
            return true;
        }));
    }

    const Store &m_store;
    const Account m_account;
    const ReportOptions &m_options;
    ReportFigures &m_figures;
    QSet<QString> m_mentionIds; ///< the mentions of the period, counted once as interactions
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

} // namespace

Result<ReportFigures> computeReport(const Store &store, const ReportOptions &options)
{
    if (!options.since.isValid() || !options.until.isValid() || options.since >= options.until)
        return makeError(Error::Code::InvalidInput, u"A report needs a period: since before until"_s);
    if (options.accountIds.isEmpty())
        return makeError(Error::Code::InvalidInput, u"A report needs at least one account"_s);
    ReportFigures figures;
    figures.since = options.since.toUTC();
    figures.until = options.until.toUTC();
    figures.generatedAt = QDateTime::currentDateTimeUtc();
    figures.activityPerMonth = emptySeries(figures.since, figures.until, false);
    figures.activityPerWeek = emptySeries(figures.since, figures.until, true);
    figures.mentionsPerMonth = figures.activityPerMonth;
    figures.messagesPerMonth = figures.activityPerMonth;
    figures.followersPerMonth = figures.activityPerMonth;

    QList<qint64> mentionTimes;
    QList<qint64> messageTimes;
    int mentionsOpen = 0;
    int conversationsOpen = 0;
    QHash<QString, ContactInteractions> contacts;
    QList<PostEngagement> posts;
    for (qint64 id : options.accountIds) {
        const auto account = store.account(id);
        if (!account)
            return makeError(Error::Code::NotFound, u"No account with id %1"_s.arg(id));
        figures.accounts.append(account->handle);
        auto done = AccountFigures(store, *account, options, figures)
                        .run(mentionTimes, mentionsOpen, messageTimes, conversationsOpen, contacts, posts);
        if (!done)
            return done.error();
    }
    figures.engagement = qint64(figures.favourites) + figures.boostsReceived + figures.repliesReceived;
    figures.mentionResponse = summarise(mentionTimes, mentionsOpen);
    figures.messageResponse = summarise(messageTimes, conversationsOpen);
    std::sort(figures.unanswered.begin(), figures.unanswered.end(),
              [](const UnansweredEntry &a, const UnansweredEntry &b) { return a.item.createdAt < b.item.createdAt; });

    QList<ContactInteractions> ranked = contacts.values();
    std::sort(ranked.begin(), ranked.end(), [](const ContactInteractions &a, const ContactInteractions &b) {
        return a.total() != b.total() ? a.total() > b.total() : a.handle < b.handle;
    });
    figures.topContacts = ranked.mid(0, 10);
    std::stable_sort(posts.begin(), posts.end(), [](const PostEngagement &a, const PostEngagement &b) {
        return a.engagement() > b.engagement();
    });
    figures.topPosts = posts.mid(0, 10);
    return figures;
}

Result<void> writeReportCsv(const ReportFigures &figures, QIODevice *out)
{
    QString csv = u"section,key,value\r\n"_s;
    auto row = [&](const QString &section, const QString &key, const QString &value) {
        csv += csvField(section) + u","_s + csvField(key) + u","_s + csvField(value) + u"\r\n"_s;
    };
    auto iso = [](const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); };
    row(u"report"_s, u"since"_s, iso(figures.since));
    row(u"report"_s, u"until"_s, iso(figures.until));
    row(u"report"_s, u"generated_at"_s, iso(figures.generatedAt));
    row(u"report"_s, u"accounts"_s, figures.accounts.join(u' '));
    const QList<std::pair<QString, qint64>> totals = {
        {u"posts"_s, figures.posts}, {u"replies"_s, figures.replies}, {u"boosts"_s, figures.boosts},
        {u"mentions_received"_s, figures.mentionsReceived}, {u"messages_sent"_s, figures.messagesSent},
        {u"messages_received"_s, figures.messagesReceived}, {u"new_followers"_s, figures.newFollowers},
        {u"lost_followers"_s, figures.lostFollowers}, {u"followers_at_start"_s, figures.followersAtStart},
        {u"followers_at_end"_s, figures.followersAtEnd}, {u"engagement"_s, figures.engagement},
        {u"favourites"_s, figures.favourites}, {u"boosts_received"_s, figures.boostsReceived},
        {u"replies_received"_s, figures.repliesReceived},
    };
    for (const auto &[key, value] : totals)
        row(u"totals"_s, key, QString::number(value));
    auto response = [&](const QString &section, const ResponseTimes &times) {
        row(section, u"answered"_s, QString::number(times.answered));
        row(section, u"unanswered"_s, QString::number(times.unanswered));
        row(section, u"median_seconds"_s, times.medianSeconds ? QString::number(*times.medianSeconds) : QString());
        row(section, u"p90_seconds"_s, times.p90Seconds ? QString::number(*times.p90Seconds) : QString());
    };
    response(u"mention_response"_s, figures.mentionResponse);
    response(u"message_response"_s, figures.messageResponse);
    const QList<std::pair<QString, const QList<SeriesPoint> *>> series = {
        {u"activity_per_month"_s, &figures.activityPerMonth}, {u"activity_per_week"_s, &figures.activityPerWeek},
        {u"mentions_per_month"_s, &figures.mentionsPerMonth}, {u"messages_per_month"_s, &figures.messagesPerMonth},
        {u"followers_per_month"_s, &figures.followersPerMonth},
    };
    for (const auto &[section, points] : series) {
        for (const SeriesPoint &point : *points)
            row(section, point.period, QString::number(point.value));
    }
    for (const ContactInteractions &contact : figures.topContacts)
        row(u"top_contacts"_s, contact.handle, QString::number(contact.total()));
    for (const PostEngagement &post : figures.topPosts)
        row(u"top_posts"_s, post.item.url.isEmpty() ? post.item.platformId : post.item.url,
            QString::number(post.engagement()));
    for (const UnansweredEntry &entry : figures.unanswered)
        row(u"unanswered_"_s + entry.kind, entry.item.url.isEmpty() ? entry.item.platformId : entry.item.url,
            iso(entry.item.createdAt));
    const QByteArray bytes = csv.toUtf8();
    if (out->write(bytes) != bytes.size())
        return makeError(Error::Code::Io, u"Cannot write the figures: %1"_s.arg(out->errorString()));
    return {};
}

QString formatDuration(std::optional<qint64> seconds)
{
    if (!seconds)
        return u"–"_s;
    const qint64 s = *seconds;
    if (s < 60)
        return u"%1 s"_s.arg(s);
    if (s < 3600)
        return u"%1 min"_s.arg(s / 60);
    if (s < 86400)
        return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return u"%1 d %2 h"_s.arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace holdfast
