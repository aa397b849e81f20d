#pragma once

#include "connectors/importers/ImportSummary.h"

#include <QByteArray>
#include <QString>

namespace holdfast::importers {

class ArchiveReader;

/// The format of an archive and where its data sits inside it.
struct DetectedFormat
{
    ArchiveFormat format = ArchiveFormat::Unknown;
    /// Prefix of the format's files inside the archive, with a trailing '/' ("" = top level,
    /// "twitter-2023/data/" for an X archive zipped with its folder). For X: the data folder.
    QString root;
};

/**
 * Recognises a data export from its content, never its file name: the X archive by
 * `window.__THAR_CONFIG` in manifest.js or `window.YTD.` data files, the Mastodon export by
 * an outbox.json OrderedCollection beside actor.json, Facebook/Instagram downloads by the
 * files their layouts (2020-style and 2024-style) are known to hold, Mastodon CSV exports by
 * their rows, and a Bluesky CAR by its header (a varint length, then a DAG-CBOR map with
 * `version` and `roots`).
 */
class FormatDetector final
{
public:
    /// Which entries ArchiveReader::verify() should keep the first bytes of.
    static bool wantsHead(const QString &path);
    static DetectedFormat detect(const ArchiveReader &reader);
    static bool looksLikeCar(const QByteArray &head);
    /// Which Mastodon CSV export a file is, from its first line: "following", "muted",
    /// "blocked", "blocked_domains", "bookmarks", "lists"; empty if none.
    static QString mastodonCsvKind(const QByteArray &head);
};

} // namespace holdfast::importers
