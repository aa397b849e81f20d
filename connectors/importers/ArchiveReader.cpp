#include "connectors/importers/ArchiveReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

namespace holdfast::importers {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveReader)
};

constexpr qint64 kChunk = 64 * 1024;

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

QString archiveErrorText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : Tr::tr("unknown libarchive error");
}

/// Magic numbers of the container formats we expect, so a damaged archive is reported as
/// damaged instead of being taken for a plain file.
bool looksLikeArchive(const QByteArray &start)
{
    return start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06")
           || start.startsWith("\x1f\x8b") || start.startsWith("BZh")
           || start.startsWith("\xfd" "7zXZ") || start.startsWith("\x28\xb5\x2f\xfd")
           || start.startsWith("7z\xbc\xaf\x27\x1c")
           || (start.size() >= 262 && start.mid(257, 5) == "ustar");
}

} // namespace

Result<QByteArray> ArchiveEntry::readAll()
{
    QByteArray data;
    for (;;) {
        const qsizetype used = data.size();
        data.resize(used + kChunk);
        auto got = read(data.data() + used, kChunk);
        if (!got)
            return got.error();
        data.resize(used + got.value());
        if (got.value() == 0)
            break;
        if (data.size() > memoryLimit())
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("Entry \"%1\" is larger than %2 MB; it is not read into memory.")
                                 .arg(path())
                                 .arg(memoryLimit() >> 20));
    }
    data.squeeze();
    return data;
}

/// What one walk over the entries shares with its entries.
struct ArchiveReader::Pass
{
    ArchiveReader &reader;
    bool verifying;
    qint64 totalBytes = 0;
    qint64 entryCount = 0;
};

namespace {

/// An entry read through libarchive, with the size and ratio limits applied while reading.
class LibArchiveEntry final : public ArchiveEntry
{
public:
    LibArchiveEntry(archive *a, QString path, const ArchiveLimits &limits, qint64 &total,
                    std::function<Error(const QString &, const QString &)> makeEntryError)
        : m_archive(a), m_path(std::move(path)), m_limits(limits), m_total(total),
          m_error(std::move(makeEntryError)), m_compressedStart(archive_filter_bytes(a, -1))
    {
    }

    const QString &path() const override { return m_path; }
    qint64 bytesRead() const { return m_read; }

    Result<qint64> read(char *data, qint64 max) override
    {
        const la_ssize_t got = archive_read_data(m_archive, data, size_t(max));
        if (got < 0)
            return m_error(m_path, Tr::tr("the archive is damaged or truncated (%1)")
                                       .arg(archiveErrorText(m_archive)));
        m_read += got;
        m_total += got;
        if (m_read > m_limits.maxEntryBytes)
            return m_error(m_path, Tr::tr("the entry is larger than the limit of %1 MB")
                                       .arg(m_limits.maxEntryBytes >> 20));
        if (m_total > m_limits.maxTotalBytes)
            return m_error(m_path, Tr::tr("the archive expands to more than the limit of %1 GB")
                                       .arg(m_limits.maxTotalBytes >> 30));
        if (m_read > m_limits.ratioFloorBytes) {
            const qint64 compressed =
                std::max<qint64>(archive_filter_bytes(m_archive, -1) - m_compressedStart, 1);
            if (double(m_read) / double(compressed) > m_limits.maxRatio)
                return m_error(m_path,
                               Tr::tr("the entry expands more than %1 times (a decompression "
                                  "bomb?)")
                                   .arg(m_limits.maxRatio));
        }
        return qint64(got);
    }

protected:
    qint64 memoryLimit() const override { return m_limits.maxMemoryEntryBytes; }

private:
    archive *m_archive;
    QString m_path;
    const ArchiveLimits &m_limits;
    qint64 &m_total;
    std::function<Error(const QString &, const QString &)> m_error;
    qint64 m_compressedStart;
    qint64 m_read = 0;
};

/// A file of an unpacked folder (or the single plain file given).
class FileEntry final : public ArchiveEntry
{
public:
    FileEntry(const QString &absolute, QString path, const ArchiveLimits &limits, qint64 &total,
              std::function<Error(const QString &, const QString &)> makeEntryError)
        : m_file(absolute), m_path(std::move(path)), m_limits(limits), m_total(total),
          m_error(std::move(makeEntryError))
    {
    }

    const QString &path() const override { return m_path; }

    Result<qint64> read(char *data, qint64 max) override
    {
        if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
            return m_error(m_path, Tr::tr("cannot be read (%1)").arg(m_file.errorString()));
        const qint64 got = m_file.read(data, max);
        if (got < 0)
            return m_error(m_path, Tr::tr("cannot be read (%1)").arg(m_file.errorString()));
        m_read += got;
        m_total += got;
        if (m_read > m_limits.maxEntryBytes)
            return m_error(m_path, Tr::tr("the file is larger than the limit of %1 MB")
                                       .arg(m_limits.maxEntryBytes >> 20));
        if (m_total > m_limits.maxTotalBytes)
            return m_error(m_path, Tr::tr("the folder holds more than the limit of %1 GB")
                                       .arg(m_limits.maxTotalBytes >> 30));
        return got;
    }

protected:
    qint64 memoryLimit() const override { return m_limits.maxMemoryEntryBytes; }

private:
    QFile m_file;
    QString m_path;
    const ArchiveLimits &m_limits;
    qint64 &m_total;
    std::function<Error(const QString &, const QString &)> m_error;
    qint64 m_read = 0;
};

/// Reads the rest of an entry (verify() must see every byte: truncation, bombs).
Result<void> drain(ArchiveEntry &entry)
{
    static thread_local QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        auto got = entry.read(buffer.data(), kChunk);
        if (!got)
            return got.error();
        if (got.value() == 0)
            return {};
    }
}

} // namespace

ArchiveReader::ArchiveReader(QString path, ArchiveLimits limits,
                             const CancellationToken *cancellation)
    : m_path(std::move(path)), m_limits(limits), m_cancellation(cancellation)
{
}

ArchiveReader::~ArchiveReader() = default;

QString ArchiveReader::displayName() const
{
    return QFileInfo(m_path).fileName();
}

Error ArchiveReader::entryError(const QString &entry, const QString &what) const
{
    return makeError(Error::Code::InvalidInput,
                     Tr::tr("%1: entry \"%2\": %3").arg(displayName(), entry, what));
}

QString ArchiveReader::normalisedEntryPath(const QString &name, QString *reason)
{
    QString path = name;
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/') || (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter())) {
        *reason = Tr::tr("absolute paths are not allowed in an archive");
        return {};
    }
    QStringList parts;
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            *reason = Tr::tr("the name leaves the archive (\"..\")");
            return {};
        }
        for (const QChar c : part) {
            if (c.unicode() < 0x20) {
                *reason = Tr::tr("the name contains control characters");
                return {};
            }
        }
        parts.append(part);
    }
    if (parts.isEmpty()) {
        *reason = Tr::tr("the name is empty");
        return {};
    }
    return parts.join(u'/');
}

Result<void> ArchiveReader::verify(const std::function<bool(const QString &)> &wantHead,
                                   const std::function<void(qint64, qint64)> &progress)
{
    m_entries.clear();
    m_index.clear();
    m_heads.clear();
    m_totalBytes = 0;
    m_wantHead = wantHead;
    m_progress = progress;
    const QFileInfo info(m_path);
    if (!info.exists())
        return makeError(Error::Code::NotFound, Tr::tr("%1 does not exist.").arg(m_path));
    if (info.isDir()) {
        m_kind = Kind::Folder;
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io,
                             Tr::tr("Cannot open %1: %2").arg(m_path, file.errorString()));
        // Decided by magic numbers, not by whether libarchive reads it: libarchive also bids
        // on some plain text (mtree), and a CSV or CAR is a single data file.
        m_kind = looksLikeArchive(file.read(512)) ? Kind::Archive : Kind::PlainFile;
    }
    auto done = runPass(true, {}, {});
    m_wantHead = {};
    m_progress = {};
    if (!done)
        return done;
    m_verified = true;
    return {};
}

Result<void> ArchiveReader::forEach(const std::function<bool(const QString &)> &want,
                                    const std::function<Result<void>(ArchiveEntry &)> &visit)
{
    if (!m_verified)
        return makeError(Error::Code::InvalidInput, Tr::tr("The archive was not verified."));
    return runPass(false, want, visit);
}

Result<void> ArchiveReader::runPass(bool verifying,
                                    const std::function<bool(const QString &)> &want,
                                    const std::function<Result<void>(ArchiveEntry &)> &visit)
{
    if (m_kind != Kind::Archive)
        return runFolderPass(verifying, want, visit);

    auto makeEntryError = [this](const QString &entry, const QString &what) {
        return entryError(entry, what);
    };
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(m_path).constData(), kChunk)
        != ARCHIVE_OK)
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("%1 cannot be opened as an archive: %2")
                             .arg(displayName(), archiveErrorText(a.get())));
    qint64 total = 0;
    qint64 count = 0;
    QString previous;
    for (;;) {
        if (m_cancellation && m_cancellation->isCancelled())
            return makeError(Error::Code::Cancelled, Tr::tr("Cancelled."));
        archive_entry *header = nullptr;
        const int status = archive_read_next_header(a.get(), &header);
        if (status == ARCHIVE_EOF)
            break;
        // ARCHIVE_WARN is fine (e.g. a name that does not fit the locale); worse is not.
        if (status < ARCHIVE_WARN) {
            const QString where = previous.isEmpty()
                                      ? Tr::tr("at the start")
                                      : Tr::tr("after entry \"%1\"").arg(previous);
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("%1 is damaged or truncated %2: %3")
                                 .arg(displayName(), where, archiveErrorText(a.get())));
        }
        if (++count > m_limits.maxEntries)
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("%1 holds more than %2 entries.")
                                 .arg(displayName())
                                 .arg(m_limits.maxEntries));
        const char *utf8 = archive_entry_pathname_utf8(header);
        QString rawName;
        if (utf8) {
            rawName = QString::fromUtf8(utf8);
        } else if (const char *bytes = archive_entry_pathname(header)) {
            rawName = QString::fromLocal8Bit(bytes);
        }
        QString reason;
        const QString path = normalisedEntryPath(rawName, &reason);
        const mode_t type = archive_entry_filetype(header);
        if (verifying) {
            if (path.isEmpty() && type != AE_IFDIR)
                return entryError(rawName, reason + Tr::tr("; refusing to import this archive"));
            if (type == AE_IFLNK || archive_entry_hardlink(header))
                return entryError(rawName, Tr::tr("is a link; links are refused in imports"));
            if (type != AE_IFREG && type != AE_IFDIR && type != 0)
                return entryError(rawName, Tr::tr("is not a regular file; refusing"));
            if (archive_entry_size_is_set(header)
                && archive_entry_size(header) > m_limits.maxEntryBytes)
                return entryError(rawName, Tr::tr("is larger than the limit of %1 MB")
                                               .arg(m_limits.maxEntryBytes >> 20));
        }
        if (path.isEmpty() || (type != AE_IFREG && type != 0))
            continue;
        previous = path;
        LibArchiveEntry entry(a.get(), path, m_limits, total, makeEntryError);
        if (verifying) {
            if (m_index.contains(path))
                continue; // a later duplicate name: the first one wins in every pass
            if (m_wantHead && m_wantHead(path)) {
                QByteArray head(kHeadBytes, Qt::Uninitialized);
                qint64 filled = 0;
                while (filled < kHeadBytes) {
                    auto got = entry.read(head.data() + filled, kHeadBytes - filled);
                    if (!got)
                        return got.error();
                    if (got.value() == 0)
                        break;
                    filled += got.value();
                }
                head.resize(filled);
                m_heads.insert(path, head);
            }
            if (auto drained = drain(entry); !drained)
                return drained;
            m_index.insert(path, m_entries.size());
            m_entries.append({path, entry.bytesRead()});
            if (m_progress && count % 200 == 0)
                m_progress(count, total);
            continue;
        }
        if (want && want(path)) {
            if (auto visited = visit(entry); !visited)
                return visited;
        }
    }
    if (verifying)
        m_totalBytes = total;
    return {};
}

Result<void> ArchiveReader::runFolderPass(bool verifying,
                                          const std::function<bool(const QString &)> &want,
                                          const std::function<Result<void>(ArchiveEntry &)> &visit)
{
    auto makeEntryError = [this](const QString &entry, const QString &what) {
        return entryError(entry, what);
    };
    qint64 total = 0;
    QList<std::pair<QString, QString>> files; // absolute, relative
    if (m_kind == Kind::PlainFile) {
        files.append({m_path, QFileInfo(m_path).fileName()});
    } else if (!verifying) {
        for (const ArchiveEntryInfo &info : std::as_const(m_entries))
            files.append({QDir(m_path).filePath(info.path), info.path});
    } else {
        const QDir root(m_path);
        QDirIterator it(m_path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString relative = root.relativeFilePath(info.filePath());
            if (info.isSymLink())
                return entryError(relative, Tr::tr("is a link; links are refused in imports"));
            if (info.isDir())
                continue;
            if (!info.isFile())
                return entryError(relative, Tr::tr("is not a regular file; refusing"));
            files.append({info.filePath(), relative});
        }
        std::sort(files.begin(), files.end());
    }
    qint64 count = 0;
    for (const auto &[absolute, relative] : std::as_const(files)) {
        if (m_cancellation && m_cancellation->isCancelled())
            return makeError(Error::Code::Cancelled, Tr::tr("Cancelled."));
        FileEntry entry(absolute, relative, m_limits, total, makeEntryError);
        ++count;
        if (verifying) {
            if (m_wantHead && m_wantHead(relative)) {
                QByteArray head(kHeadBytes, Qt::Uninitialized);
                auto got = entry.read(head.data(), kHeadBytes);
                if (!got)
                    return got.error();
                head.resize(got.value());
                m_heads.insert(relative, head);
            }
            // Folder files cannot be bombs; their size is enough, no need to read them.
            const qint64 size = QFileInfo(absolute).size();
            total += size;
            if (size > m_limits.maxEntryBytes)
                return entryError(relative, Tr::tr("is larger than the limit of %1 MB")
                                                .arg(m_limits.maxEntryBytes >> 20));
            m_index.insert(relative, m_entries.size());
            m_entries.append({relative, size});
            if (m_progress && count % 200 == 0)
                m_progress(count, total);
            continue;
        }
        if (want && want(relative)) {
            if (auto visited = visit(entry); !visited)
                return visited;
        }
    }
    if (verifying)
        m_totalBytes = total;
    return {};
}

} // namespace holdfast::importers
