#pragma once

#include "models/domain/Collection.h"
#include "models/domain/Result.h"
#include "models/export/ExportProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace holdfast {

class Store;

struct HtmlArchiveOptions
{
    qint64 accountId = 0;
    /// Collections to include (items, or people for Followers/Following); empty = every one.
    QList<Collection> collections;
    QDateTime since;                 ///< inclusive, on createdAt; invalid = open
    QDateTime until;                 ///< exclusive, on createdAt; invalid = open
    bool copyMedia = true;           ///< copy downloaded media files into the archive
    ExportProgress progress;         ///< items and people written so far; may cancel
};

/// What an archive export wrote.
struct HtmlArchiveSummary
{
    qint64 items = 0;
    int pages = 0;          ///< HTML pages written (index, month, thread, conversation pages)
    int mediaFiles = 0;     ///< media files copied
    qint64 people = 0;      ///< followers and following listed
};

/**
 * Writes a self-contained, offline HTML archive of one account into a folder.
 *
 * Layout (all links relative, nothing fetched from the network):
 *   index.html                       account and collections, with month links
 *   <collection>/index.html          months of one collection with item counts
 *   <collection>/YYYY-MM.html        the items of one month, oldest first
 *   threads/<id>.html                a reply thread, oldest first
 *   conversations/<n>.html           a direct-message conversation, oldest first
 *   followers/index.html, following/index.html   people with since / unfollowed-at dates
 *   media/<file>                     copies of downloaded media from the data directory
 *   search.html, assets/search.js    client-side search over assets/index-<collection>.js
 *   assets/style.css
 *
 * Month pages keep a large account fast to open; items are streamed from the store a month
 * at a time, so memory stays bounded. Every page carries a strict Content-Security-Policy,
 * all text is escaped and platform HTML goes through sanitisePlatformHtml().
 * The folder is written under a temporary name beside `outputDir` and renamed at the end,
 * so a failed or cancelled export leaves nothing there; `outputDir` must not exist or be empty.
 * Usage: `exportHtmlArchive(store, {.accountId = id}, u"/tmp/archive"_s)`.
 */
Result<HtmlArchiveSummary> exportHtmlArchive(const Store &store, const HtmlArchiveOptions &options,
                                             const QString &outputDir);

/**
 * The same archive as one ZIP file: every page is a ZIP entry under a folder named like the
 * file (`alice.zip` holds `alice/index.html`, ...), streamed as it is made, media copied in
 * uncompressed. The file is written beside `zipPath` and renamed at the end (all or nothing).
 */
Result<HtmlArchiveSummary> exportHtmlArchiveZip(const Store &store, const HtmlArchiveOptions &options,
                                                const QString &zipPath);

} // namespace holdfast
