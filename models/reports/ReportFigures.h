#pragma once

#include "models/domain/Item.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace holdfast {

class Store;

/// Which accounts and which period a report covers.
struct ReportOptions
{
    QList<qint64> accountIds;
    QDateTime since;    ///< inclusive; required
    QDateTime until;    ///< exclusive; required
    /// Polled while computing (may be empty); returning true stops computeReport() with
    /// Error::Code::Cancelled, e.g. when the GUI asked for another period meanwhile.
    std::function<bool()> cancelled;
};

/// Median and 90th percentile (nearest rank) of response times, in seconds.
struct ResponseTimes
{
    int answered = 0;
    int unanswered = 0;
    std::optional<qint64> medianSeconds;
    std::optional<qint64> p90Seconds;
};

/// One point of a time series: a period label ("2024-03", "2024-W10") and its value.
struct SeriesPoint
{
    QString period;
    int value = 0;
};

/// Everything that passed between the account and one person in the period.
struct ContactInteractions
{
    QString handle;
    QString displayName;
    int mentions = 0;          ///< their mentions of the account and replies to its items
    int messagesReceived = 0;  ///< direct messages from them
    int messagesSent = 0;      ///< the account's direct messages in conversations with them
    int repliesSent = 0;       ///< the account's replies to their items
    int total() const { return mentions + messagesReceived + messagesSent + repliesSent; }
};

struct PostEngagement
{
    Item item;
    int engagement() const { return item.favouriteCount + item.boostCount + item.replyCount; }
};

/// A mention or conversation that still waits for the account's answer.
struct UnansweredEntry
{
    Item item;          ///< the mention, or the conversation's last incoming message
    QString kind;       ///< "mention" or "conversation"
};

/**
 * The figures of a report, computed from the store for a period and set of accounts by
 * computeReport(); rendered by holdfast_reports (PDF) and writeReportCsv() (CSV).
 *
 * Definitions (docs/REPORTS.md): posts and replies are the accounts' own items of kind Post
 * and Reply in the Posts collection created in the period (boosts are not posts); mentions are
 * items of the Mentions collection; DMs are messages of the Messages collection, sent or
 * received; engagement is favourites + boosts + replies of the own posts and replies in the
 * period (counts as last captured). A mention is answered when the account replied in that
 * thread after it; an incoming DM is answered by the account's next message in the
 * conversation; the response time runs from the first unanswered incoming item.
 */
struct ReportFigures
{
    QDateTime since;
    QDateTime until;
    QDateTime generatedAt;
    QStringList accounts;             ///< handles

    int posts = 0;
    int replies = 0;
    int boosts = 0;
    int mentionsReceived = 0;
    int messagesSent = 0;
    int messagesReceived = 0;
    int newFollowers = 0;
    int lostFollowers = 0;
    int followersAtStart = 0;
    int followersAtEnd = 0;
    qint64 engagement = 0;
    int favourites = 0;               ///< the engagement's parts
    int boostsReceived = 0;
    int repliesReceived = 0;

    QList<SeriesPoint> activityPerMonth;   ///< own posts + replies
    QList<SeriesPoint> activityPerWeek;    ///< ISO weeks
    QList<SeriesPoint> mentionsPerMonth;
    QList<SeriesPoint> messagesPerMonth;   ///< sent + received
    QList<SeriesPoint> followersPerMonth;  ///< followers at the end of each month

    ResponseTimes mentionResponse;
    ResponseTimes messageResponse;
    QList<UnansweredEntry> unanswered;      ///< oldest first
    QList<ContactInteractions> topContacts; ///< most interactions first, at most 10
    QList<PostEngagement> topPosts;         ///< most engagement first, at most 10
};

/// Computes the figures. Fails on unknown accounts or an invalid period, or when cancelled.
Result<ReportFigures> computeReport(const Store &store, const ReportOptions &options);

/// The figures as CSV (RFC 4180, CRLF): one "section,key,value" row per figure and point.
Result<void> writeReportCsv(const ReportFigures &figures, QIODevice *out);

/// "3 h 05 min", "2 d 4 h", "45 s"; "–" when unset.
QString formatDuration(std::optional<qint64> seconds);

} // namespace holdfast
