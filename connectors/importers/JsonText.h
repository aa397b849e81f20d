#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace holdfast::importers {

/**
 * JSON helpers for export archives: encoding checks, the X archive's `window.YTD.x.part0 = `
 * prefix, walking a large top-level array one element at a time (so a data file of hundreds
 * of MB is held once, as bytes, and only one element at a time as a JSON tree), and the
 * Facebook/Instagram mojibake repair. Errors name the entry and the byte offset.
 */
namespace json {

/// Refuses text that is not UTF-8 (UTF-16/32 byte-order marks, invalid sequences), naming
/// `entry` and the byte offset. A UTF-8 byte-order mark is fine.
Result<void> checkUtf8(const QByteArray &data, const QString &entry);

/// The offset where the JSON value starts after `window.YTD.<name>.partN = ` (or
/// `window.__THAR_CONFIG = `), skipping a UTF-8 byte-order mark; 0 for plain JSON.
Result<qsizetype> scriptPrefixLength(const QByteArray &data, const QString &entry);

/// The byte ranges (offset, length) of the elements of the JSON array starting at `from`.
/// Only the structure is checked here (brackets, strings); elements are parsed later.
/// With `wholeDocument` false, data after the array is allowed (an array inside an object).
Result<QList<std::pair<qsizetype, qsizetype>>> arrayElements(const QByteArray &data,
                                                             qsizetype from,
                                                             const QString &entry,
                                                             bool wholeDocument = true);

/// Parses the elements of the array at `from` as objects, each once, and hands each to
/// `visit` as soon as it is parsed. The array's structure (brackets, strings, truncation) is
/// checked before the first visit, so a truncated or unbalanced file is refused whole; an
/// element that is not valid JSON stops the walk there with the entry and byte offset named,
/// and `visited` (if given) says how many elements `visit` had already seen.
Result<void> forEachObject(const QByteArray &data, qsizetype from, const QString &entry,
                           const std::function<Result<void>(const QJsonObject &)> &visit,
                           bool wholeDocument = true, int *visited = nullptr);

/// The offset of the array value of `"key":` at the top level of the object in `data`, or
/// -1. Scans the structure only (no parse), so a large file is not turned into a tree.
qsizetype topLevelArray(const QByteArray &data, const QString &key);

/// Parses a whole (small) JSON document starting at `from`; errors name entry and byte.
Result<QJsonValue> parse(const QByteArray &data, qsizetype from, const QString &entry);

/// Facebook and Instagram exports write each UTF-8 byte of non-ASCII text as its own
/// `\u00XX` escape. Undoes that when every code unit is <= U+00FF and the bytes are UTF-8;
/// other strings are returned unchanged.
QString fixMojibake(const QString &text);
/// fixMojibake() on every string (and key) of a JSON value.
QJsonValue fixMojibake(const QJsonValue &value);

} // namespace json
} // namespace holdfast::importers
