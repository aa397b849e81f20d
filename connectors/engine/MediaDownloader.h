#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/Item.h"

#include <QString>

namespace holdfast {

class HttpClient;
class Store;

/**
 * Downloads media files into `<dataDir>/media/<aa>/<sha256>.<ext>` (content-addressed, so the
 * same file is kept once) and records the outcome in the store. A failure is recorded on the
 * media row and retried on a later run; it never fails a backup. Sends no credentials: media
 * often lives on other hosts.
 */
class MediaDownloader final
{
public:
    MediaDownloader(Store &store, QString dataDir, qint64 maxBytes,
                    const CancellationToken *cancellation);
    ~MediaDownloader();

    /// Returns true when the file is stored.
    bool fetch(const MediaFile &media);

private:
    Store &m_store;
    QString m_dataDir;
    qint64 m_maxBytes;
    HttpClient *m_http;
};

} // namespace holdfast
