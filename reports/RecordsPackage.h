#pragma once

#include "models/domain/Result.h"
#include "models/export/ExportProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace holdfast {
class Store;
}

namespace holdfast::reports {

/// What goes into a records-request package.
struct PackageOptions
{
    QList<qint64> accountIds;
    QDateTime since;        ///< inclusive, on createdAt; invalid = open
    QDateTime until;        ///< exclusive; invalid = open
    /// Words that must all occur in the text, matched like the app's search (Store::search:
    /// full-text, case- and diacritics-insensitive, `word*` = prefix); empty = any.
    QString query;
    /// Words of the author's handle or display name, each a prefix (as the search's author
    /// filter); empty = anyone.
    QString person;
    ExportProgress progress;    ///< items written so far; may cancel
};

struct PackageSummary
{
    int items = 0;
    int files = 0;          ///< files in the ZIP, manifest.json excluded
};

/**
 * Writes a records-request package: a ZIP with transcript.pdf (each item with author, date,
 * capture time, text, thread context, edit history and deletion marks), items.csv and
 * items.json of the same items, media/ (the downloaded files) and manifest.json listing every
 * other file with its SHA-256 and size, and every item with its capture times, so a recipient
 * can check that nothing was altered. Needs a QGuiApplication (the PDF's fonts). The ZIP is
 * written beside `zipPath` and renamed when complete, so a failure or cancel leaves nothing.
 * Usage: `writeRecordsPackage(store, {.accountIds = {id}, .query = u"invoice"_s}, u"out.zip"_s)`.
 */
Result<PackageSummary> writeRecordsPackage(const Store &store, const PackageOptions &options,
                                           const QString &zipPath);

} // namespace holdfast::reports
