#include "models/export/ZipWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

la_ssize_t writeToDevice(archive *, void *device, const void *buffer, size_t length)
{
    const qint64 written = static_cast<QIODevice *>(device)->write(static_cast<const char *>(buffer), qint64(length));
    return written < 0 ? -1 : la_ssize_t(written);
}

} // namespace

ZipWriter::ZipWriter(QIODevice *out) : m_archive(archive_write_new()), m_out(out)
{
    archive_write_set_format_zip(m_archive);
    // No padding to blocks: the device gets exactly the ZIP bytes.
    archive_write_set_bytes_in_last_block(m_archive, 1);
    m_open = archive_write_open2(m_archive, out, nullptr, writeToDevice, nullptr, nullptr) == ARCHIVE_OK;
    if (!m_open)
        m_error = QString::fromLocal8Bit(archive_error_string(m_archive));
}

ZipWriter::~ZipWriter()
{
    // archive_write_free() would close (and so finish) the archive: a ZIP that was not
    // close()d on purpose must stay incomplete, and its device is discarded by the caller.
    if (!m_closed)
        archive_write_fail(m_archive);
    archive_write_free(m_archive);
}

QString ZipWriter::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!m_out->errorString().isEmpty() && m_out->errorString() != u"Unknown error")
        return m_out->errorString();
    const char *message = archive_error_string(m_archive);
    return message ? QString::fromLocal8Bit(message) : u"unknown error"_s;
}

bool ZipWriter::beginEntry(const QString &name, qint64 size, Compression compression)
{
    if (!m_open || m_closed)
        return false;
    if (compression == Compression::Stored)
        archive_write_zip_set_compression_store(m_archive);
    else
        archive_write_zip_set_compression_deflate(m_archive);
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_size(entry, size);
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    const bool ok = archive_write_header(m_archive, entry) == ARCHIVE_OK;
    archive_entry_free(entry);
    return ok;
}

bool ZipWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    if (!beginEntry(name, data.size(), compression))
        return false;
    return data.isEmpty()
           || archive_write_data(m_archive, data.constData(), size_t(data.size())) == la_ssize_t(data.size());
}

bool ZipWriter::addFile(const QString &name, const QString &sourcePath, Compression compression)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = u"Cannot read %1: %2"_s.arg(sourcePath, source.errorString());
        return false;
    }
    return addDevice(name, &source, source.size(), compression);
}

bool ZipWriter::addDevice(const QString &name, QIODevice *source, qint64 size, Compression compression)
{
    if (!beginEntry(name, size, compression))
        return false;
    QByteArray block(64 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 read = source->read(block.data(), std::min<qint64>(left, block.size()));
        if (read <= 0) {
            m_error = u"Cannot read the data of %1: %2"_s.arg(name, source->errorString());
            return false;
        }
        if (archive_write_data(m_archive, block.constData(), size_t(read)) != la_ssize_t(read))
            return false;
        left -= read;
    }
    return true;
}

bool ZipWriter::close()
{
    if (!m_open || m_closed)
        return false;
    m_closed = true;
    return archive_write_close(m_archive) == ARCHIVE_OK;
}

} // namespace holdfast
