#pragma once

#include <QString>
#include <QStringList>

namespace holdfast::bench {

/// What writeXArchive() produced.
struct SyntheticArchiveInfo
{
    qint64 items = 0;       ///< posts + likes + direct messages (what the store will hold)
    qint64 contacts = 0;    ///< followers + following
    qint64 bytes = 0;       ///< size of the data files
};

/**
 * Writes an unpacked X ("Your archive") folder with `items` synthetic items into `dir`:
 * posts of 50–500 characters in English, German, French, Spanish, Japanese and Arabic with
 * emoji and hashtags (about a quarter of them replies, in threads of up to 12 posts), likes,
 * direct-message conversations, plus followers and following. Word frequencies follow Zipf's
 * law, so search meets both very common and rare words. The same `items` always give the
 * same archive.
 * Tweets are split into parts of 100,000 as X itself splits large archives.
 */
SyntheticArchiveInfo writeXArchive(const QString &dir, qint64 items);

/// Search queries drawn from the same vocabulary: `kind` is "one-word", "two-word" or "prefix".
QStringList searchQueries(const QString &kind, int count);

} // namespace holdfast::bench
