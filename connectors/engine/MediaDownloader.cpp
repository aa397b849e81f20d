#include "connectors/engine/MediaDownloader.h"

#include "connectors/common/HttpClient.h"
#include "models/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace holdfast {

MediaDownloader::MediaDownloader(Store &store, QString dataDir, qint64 maxBytes,
                                 const CancellationToken *cancellation)
    : m_store(store), m_dataDir(std::move(dataDir)), m_maxBytes(maxBytes),
      m_http(new HttpClient(cancellation))
{
    // A broken media link must not hold a backup up for minutes.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialBackoffMs = 500;
    policy.maxRateLimitWaitMs = 60'000;
    m_http->setRetryPolicy(policy);
}

MediaDownloader::~MediaDownloader()
{
    delete m_http;
}

bool MediaDownloader::fetch(const MediaFile &media)
{
    const QUrl url(media.remoteUrl);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        (void)m_store.recordMediaFailed(media.id, QObject::tr("Not a downloadable URL."));
        return false;
    }
    auto response = m_http->download(url, m_maxBytes);
    if (!response) {
        (void)m_store.recordMediaFailed(media.id, response.error().message);
        return false;
    }
    const QByteArray &data = response->body;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QString mime = QString::fromLatin1(response->header("Content-Type")).section(u';', 0, 0).trimmed();
    const QMimeDatabase mimeDb;
    if (mime.isEmpty() || mime == u"application/octet-stream")
        mime = mimeDb.mimeTypeForFileNameAndData(url.fileName(), data).name();
    QString suffix = mimeDb.mimeTypeForName(mime).preferredSuffix();
    if (suffix.isEmpty())
        suffix = QFileInfo(url.path()).suffix().left(8);
    const QString relative = QStringLiteral("media/%1/%2%3")
                                 .arg(sha.left(2), sha, suffix.isEmpty() ? QString() : u'.' + suffix);
    const QString absolute = QDir(m_dataDir).filePath(relative);
    if (!QFileInfo::exists(absolute)) {
        QDir().mkpath(QFileInfo(absolute).absolutePath());
        QSaveFile file(absolute); // atomic: never leaves half a file under the final name
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            (void)m_store.recordMediaFailed(media.id,
                                            QObject::tr("Could not write %1: %2").arg(absolute, file.errorString()));
            return false;
        }
    }
    return m_store.recordMediaDownloaded(media.id, sha, relative, mime, data.size()).ok();
}

} // namespace holdfast
