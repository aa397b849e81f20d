#include "ui/SafeTextBrowser.h"

#include "ui/HtmlSanitizer.h"
#include "ui/UiLogging.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTextDocument>

namespace holdfast::ui {

SafeTextBrowser::SafeTextBrowser(const QString &dataDir, QWidget *parent)
    : QTextBrowser(parent), m_dataDir(QFileInfo(dataDir).canonicalFilePath())
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Search paths would let relative URLs resolve against arbitrary folders.
    setSearchPaths({});
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::openLink);
}

QString SafeTextBrowser::localFileInDataDir(const QUrl &url) const
{
    if (!url.isLocalFile() || m_dataDir.path().isEmpty())
        return {};
    // canonicalFilePath resolves "..", symlinks and missing files (empty), so the prefix check
    // below cannot be fooled into leaving the data directory.
    const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
    const QString root = m_dataDir.path() + u'/';
    return path.startsWith(root) ? path : QString();
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &url)
{
    if (type != QTextDocument::ImageResource) {
        qCDebug(lcUi) << "refused non-image resource" << url;
        return {};
    }
    const QString path = localFileInDataDir(url);
    if (path.isEmpty()) {
        qCDebug(lcUi) << "refused resource outside the data directory" << url;
        return {};
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxImageEdge || size.height() > kMaxImageEdge))
        reader.setScaledSize(size.scaled(kMaxImageEdge, kMaxImageEdge, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return image;
}

void SafeTextBrowser::openLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && !url.fragment().isEmpty()) {
        scrollToAnchor(url.fragment());
        return;
    }
    const QString local = localFileInDataDir(url);
    if (!local.isEmpty() || HtmlSanitizer::isWebUrl(url.toString())) {
        QDesktopServices::openUrl(url);
        emit externalLinkOpened(url);
        return;
    }
    qCDebug(lcUi) << "ignored link" << url;
}

} // namespace holdfast::ui
