#pragma once

#include <QDir>
#include <QTextBrowser>

namespace holdfast::ui {

/**
 * A QTextBrowser that never reaches the network: loadResource() serves only image files inside
 * the archive's data directory (downloaded media) and returns nothing for any other URL, so
 * remote images and tracking pixels cannot load even if a tag slipped through. Links are not
 * followed inside the browser: http(s) links go to the system browser, local media files to
 * the system viewer, "#anchor" links scroll.
 *
 * Give it HTML built by Holdfast (see ItemHtml), never raw platform HTML.
 */
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)
public:
    explicit SafeTextBrowser(const QString &dataDir, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &url) override;

    /// The local file `url` names if it lies inside the data directory, else empty.
    QString localFileInDataDir(const QUrl &url) const;

    /// Largest edge of an image served to the document; bigger media are scaled down.
    static constexpr int kMaxImageEdge = 480;

signals:
    /// A link was handed to the system (tests watch this).
    void externalLinkOpened(const QUrl &url);

private:
    void openLink(const QUrl &url);

    QDir m_dataDir;
};

} // namespace holdfast::ui
