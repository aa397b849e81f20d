#pragma once

#include "models/domain/Collection.h"
#include "models/domain/Result.h"
#include "models/export/ExportProgress.h"

#include <QDateTime>

class QIODevice;

namespace holdfast {

class Store;

enum class ExportFormat { JsonLines, Csv };

struct ExportOptions
{
    qint64 accountId = 0;
    Collection collection = Collection::Posts;
    ExportFormat format = ExportFormat::JsonLines;
    QDateTime since;          ///< inclusive; invalid = open
    QDateTime until;          ///< exclusive; invalid = open
    bool csvByteOrderMark = false; ///< for spreadsheet programs that need it to detect UTF-8
    ExportProgress progress;       ///< records written so far; may cancel (nothing is committed)
};

/// Writes one collection of one account as JSON Lines or CSV (RFC 4180), streaming from
/// the store. The schema is documented in docs/EXPORT.md. Returns the number of records.
Result<qint64> exportCollection(const Store &store, const ExportOptions &options, QIODevice *out);

} // namespace holdfast
