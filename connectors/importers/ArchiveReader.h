#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace holdfast::importers {

/// Limits that stop hostile archives (decompression bombs) before they fill memory or disk.
struct ArchiveLimits
{
    qint64 maxEntryBytes = 8LL << 30;        ///< any one entry, uncompressed (media)
    qint64 maxMemoryEntryBytes = 2LL << 30;  ///< an entry read into memory (JSON data files)
    qint64 maxTotalBytes = 128LL << 30;      ///< all entries together, uncompressed
    /// An entry may expand at most this many times; checked once it is past ratioFloorBytes,
    /// because tiny entries (and the stream's read-ahead) make ratios meaningless.
    double maxRatio = 200.0;
    qint64 ratioFloorBytes = 16LL << 20;
    int maxEntries = 2'000'000;
};

/// A regular file inside the archive, by its normalised relative path ("data/tweets.js").
struct ArchiveEntryInfo
{
    QString path;
    qint64 size = -1;   ///< uncompressed size as counted by verify()
};

/// The entry being visited by ArchiveReader::forEach(): read it whole or in chunks, once.
class ArchiveEntry
{
public:
    virtual ~ArchiveEntry() = default;
    virtual const QString &path() const = 0;
    /// Reads up to `max` bytes; 0 at the end. Enforces the size and ratio limits.
    virtual Result<qint64> read(char *data, qint64 max) = 0;
    /// The whole entry in memory, at most ArchiveLimits::maxMemoryEntryBytes.
    Result<QByteArray> readAll();

protected:
    virtual qint64 memoryLimit() const = 0;
};

/**
 * Reads a data-export archive entry by entry with libarchive (ZIP, tar, tar.gz and whatever
 * else libarchive knows), an already-unpacked folder, or a single plain file (a CAR, a CSV),
 * without unpacking anything to disk.
 *
 * Call verify() first: it walks every entry once and refuses the archive, with a message
 * naming the archive and the entry, when an entry name leaves the archive (`..`, absolute
 * paths, drive letters), an entry is a symbolic or hard link or a device, an entry exceeds the
 * size or compression-ratio limits, or the archive is truncated or damaged. Only then does
 * anything get imported, so a hostile archive never changes the store. forEach() then streams
 * the entries again (one pass per call); callers read what they want into memory or copy it
 * under a content-hash name, so entry names never become file-system paths.
 */
class ArchiveReader final
{
public:
    explicit ArchiveReader(QString path, ArchiveLimits limits = {},
                           const CancellationToken *cancellation = nullptr);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    enum class Kind { Archive, Folder, PlainFile };

    /// Walks all entries (see the class comment). `wantHead` picks entries whose first
    /// bytes are kept for format detection (head()).
    Result<void> verify(const std::function<bool(const QString &path)> &wantHead = {},
                        const std::function<void(qint64 entries, qint64 bytes)> &progress = {});

    /// Valid after verify().
    Kind kind() const { return m_kind; }
    const QList<ArchiveEntryInfo> &entries() const { return m_entries; }
    bool contains(const QString &path) const { return m_index.contains(path); }
    /// The first kHeadBytes of an entry picked by verify()'s wantHead; empty otherwise.
    QByteArray head(const QString &path) const { return m_heads.value(path); }
    qint64 totalBytes() const { return m_totalBytes; }
    QString path() const { return m_path; }
    /// The archive's file name, for messages ("twitter-2023.zip").
    QString displayName() const;

    /// Visits the entries `want` picks, in archive order; `visit` reads the entry (or not).
    /// A visit error stops the pass and is returned.
    Result<void> forEach(const std::function<bool(const QString &path)> &want,
                         const std::function<Result<void>(ArchiveEntry &entry)> &visit);

    static constexpr int kHeadBytes = 4096;

    /// The normalised relative form of an entry name, or an empty string with `reason` set
    /// when the name is not acceptable (exposed for tests and fuzzing).
    static QString normalisedEntryPath(const QString &name, QString *reason);

private:
    struct Pass;
    Result<void> runPass(bool verifying, const std::function<bool(const QString &)> &want,
                         const std::function<Result<void>(ArchiveEntry &)> &visit);
    Result<void> runFolderPass(bool verifying, const std::function<bool(const QString &)> &want,
                               const std::function<Result<void>(ArchiveEntry &)> &visit);
    Error entryError(const QString &entry, const QString &what) const;

    QString m_path;
    ArchiveLimits m_limits;
    const CancellationToken *m_cancellation;
    Kind m_kind = Kind::Archive;
    bool m_verified = false;
    QList<ArchiveEntryInfo> m_entries;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QByteArray> m_heads;
    qint64 m_totalBytes = 0;
    std::function<bool(const QString &)> m_wantHead;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace holdfast::importers
