#pragma once

#include <QString>

class QByteArray;
class QIODevice;

struct archive;

namespace holdfast {

/**
 * Writes a ZIP archive entry by entry into a QIODevice (libarchive), so nothing has to be
 * staged in a temporary folder. Give it a QSaveFile to get an all-or-nothing file:
 *
 *     QSaveFile file(path); file.open(QIODevice::WriteOnly);
 *     ZipWriter zip(&file);
 *     zip.add(u"a.txt"_s, data) && zip.addFile(u"b.jpg"_s, source, ZipWriter::Stored) && zip.close()
 *         && file.commit();
 *
 * Entries are written one after the other; an entry cannot be reopened.
 */
class ZipWriter final
{
public:
    /// Deflate for text; Stored for files that are compressed already (photos, videos).
    enum class Compression { Deflate, Stored };

    explicit ZipWriter(QIODevice *out);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool isOpen() const { return m_open; }
    /// What went wrong with the last failed call.
    QString error() const;

    bool add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);
    /// Streams the file at `sourcePath` into the entry `name` in small blocks.
    bool addFile(const QString &name, const QString &sourcePath, Compression compression = Compression::Deflate);
    /// Streams what is left to read of `source` (of `size` bytes) into the entry `name`.
    bool addDevice(const QString &name, QIODevice *source, qint64 size,
                   Compression compression = Compression::Deflate);
    /// Writes the central directory; the archive is complete only after this succeeded.
    bool close();

private:
    bool beginEntry(const QString &name, qint64 size, Compression compression);

    archive *m_archive;
    QIODevice *m_out;
    bool m_open = false;
    bool m_closed = false;
    QString m_error;
};

} // namespace holdfast
