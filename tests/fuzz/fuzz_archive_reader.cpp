// Fuzzes ArchiveReader (libarchive behind our name checks and limits) and format detection.

#include "connectors/importers/ArchiveReader.h"
#include "connectors/importers/FormatDetector.h"

#include <QTemporaryFile>

using namespace holdfast::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile file;
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();
    ArchiveLimits limits;
    limits.maxEntryBytes = 8 << 20;
    limits.maxMemoryEntryBytes = 4 << 20;
    limits.maxTotalBytes = 16 << 20;
    limits.ratioFloorBytes = 1 << 20;
    limits.maxEntries = 10000;
    ArchiveReader reader(file.fileName(), limits);
    if (!reader.verify(&FormatDetector::wantsHead))
        return 0;
    (void)FormatDetector::detect(reader);
    (void)reader.forEach([](const QString &) { return true; },
                         [](ArchiveEntry &entry) -> holdfast::Result<void> {
                             auto all = entry.readAll();
                             if (!all)
                                 return all.error();
                             return {};
                         });
    return 0;
}
