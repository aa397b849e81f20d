#include "ui/ItemHtml.h"

#include "ui/HtmlSanitizer.h"
#include "ui/UiFormat.h"

#include <QDir>
#include <QImageReader>
#include <QUrl>

namespace holdfast::ui {

namespace {

QString fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped();
}

QString focusAnchor()
{
    return QLatin1String("<a name=\"") + QLatin1String(ItemHtml::kFocusAnchor) + QLatin1String("\"></a>");
}

} // namespace

QString ItemHtml::colour(QPalette::ColorRole role) const
{
    return m_options.palette.color(QPalette::Active, role).name();
}

QString ItemHtml::blend(QPalette::ColorRole a, QPalette::ColorRole b, double amountOfB) const
{
    const QColor x = m_options.palette.color(QPalette::Active, a);
    const QColor y = m_options.palette.color(QPalette::Active, b);
    return QColor::fromRgbF(float(x.redF() * (1 - amountOfB) + y.redF() * amountOfB),
                            float(x.greenF() * (1 - amountOfB) + y.greenF() * amountOfB),
                            float(x.blueF() * (1 - amountOfB) + y.blueF() * amountOfB))
        .name();
}

QString ItemHtml::page(const QString &content) const
{
    return QLatin1String("<html><body>") + content + QLatin1String("</body></html>");
}

QString ItemHtml::header(const Item &item) const
{
    const QString name = item.author.displayName.isEmpty() ? item.author.handle : item.author.displayName;
    QString html = QLatin1String("<b>") + name.toHtmlEscaped() + QLatin1String("</b>");
    if (!item.author.handle.isEmpty() && name != item.author.handle) {
        html += QLatin1String(" <span style=\"color:") + colour(QPalette::PlaceholderText) + QLatin1String("\">@")
                + item.author.handle.toHtmlEscaped() + QLatin1String("</span>");
    }
    html += QLatin1String("<br><span style=\"color:") + colour(QPalette::PlaceholderText) + QLatin1String("\">")
            + UiFormat::longDateTime(item.createdAt).toHtmlEscaped();
    if (item.editedAt.isValid())
        html += QStringLiteral(" · ") + tr("edited %1").arg(UiFormat::longDateTime(item.editedAt)).toHtmlEscaped();
    if (item.visibility == u"direct")
        html += QStringLiteral(" · ") + tr("direct message").toHtmlEscaped();
    else if (item.visibility == u"private")
        html += QStringLiteral(" · ") + tr("followers only").toHtmlEscaped();
    html += QLatin1String("</span>");
    if (item.deletedAt.isValid()) {
        html += QLatin1String("<br><b>")
                + tr("Deleted on the platform (noticed %1)").arg(UiFormat::longDateTime(item.deletedAt)).toHtmlEscaped()
                + QLatin1String("</b>");
    }
    return html;
}

QString ItemHtml::body(const Item &item) const
{
    QString html;
    if (!item.spoilerText.isEmpty()) {
        html += QLatin1String("<p><i>") + tr("Content warning: %1").arg(item.spoilerText).toHtmlEscaped()
                + QLatin1String("</i></p>");
    }
    if (!item.html.isEmpty())
        html += HtmlSanitizer::sanitize(item.html);
    else
        html += QLatin1String("<p>") + HtmlSanitizer::plainToHtml(item.text) + QLatin1String("</p>");
    return html;
}

QString ItemHtml::mediaBlock(const Item &item, int edge) const
{
    if (item.media.isEmpty() && item.mediaFiles.isEmpty())
        return {};
    QString images;
    QStringList others;
    for (qsizetype i = 0; i < item.media.size(); ++i) {
        const MediaRef &ref = item.media.at(i);
        // The store returns both lists in attachment order; match by URL to be safe.
        const MediaFile *file = nullptr;
        for (const MediaFile &candidate : item.mediaFiles) {
            if (candidate.remoteUrl == ref.remoteUrl)
                file = &candidate;
        }
        const QString label = ref.description.isEmpty() ? QString() : ref.description;
        if (!file || file->localPath.isEmpty()) {
            const QString why = file && !file->lastError.isEmpty() ? tr("not downloaded: %1").arg(file->lastError)
                                                                   : tr("not downloaded");
            others << tr("%1 (%2)").arg(ref.type, why).toHtmlEscaped()
                          + (label.isEmpty() ? QString() : QStringLiteral(" — ") + label.toHtmlEscaped());
            continue;
        }
        const QString path = QDir(m_options.dataDir).filePath(file->localPath);
        if (file->mimeType.startsWith(u"image/")) {
            QSize size = QImageReader(path).size();
            if (!size.isValid())
                size = QSize(edge, edge);
            size = size.scaled(qMin(edge, size.width()), qMin(edge, size.height()), Qt::KeepAspectRatio);
            images += QLatin1String("<a href=\"") + fileUrl(path) + QLatin1String("\"><img src=\"") + fileUrl(path)
                      + QLatin1String("\" width=\"") + QString::number(size.width()) + QLatin1String("\" height=\"")
                      + QString::number(size.height()) + QLatin1String("\" alt=\"") + label.toHtmlEscaped()
                      + QLatin1String("\"></a> ");
        } else {
            others << QLatin1String("<a href=\"") + fileUrl(path) + QLatin1String("\">")
                          + tr("%1, %2").arg(ref.type, UiFormat::bytes(file->size)).toHtmlEscaped()
                          + QLatin1String("</a>")
                          + (label.isEmpty() ? QString() : QStringLiteral(" — ") + label.toHtmlEscaped());
        }
    }
    QString html;
    if (!images.isEmpty())
        html += QLatin1String("<p>") + images + QLatin1String("</p>");
    if (!others.isEmpty())
        html += QLatin1String("<p>") + others.join(QLatin1String("<br>")) + QLatin1String("</p>");
    return html;
}

QString ItemHtml::countsLine(const Item &item) const
{
    QStringList parts;
    parts << tr("%n reply(s)", nullptr, item.replyCount) << tr("%n boost(s)", nullptr, item.boostCount)
          << tr("%n favourite(s)", nullptr, item.favouriteCount);
    QString html = QLatin1String("<p style=\"color:") + colour(QPalette::PlaceholderText) + QLatin1String("\">")
                   + parts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (HtmlSanitizer::isWebUrl(item.url)) {
        html += QStringLiteral(" · <a href=\"") + item.url.toHtmlEscaped() + QLatin1String("\">")
                + tr("Open on platform").toHtmlEscaped() + QLatin1String("</a>");
    }
    return html + QLatin1String("</p>");
}

QString ItemHtml::historyBlock(const QList<ItemVersion> &versions) const
{
    if (versions.isEmpty())
        return {};
    QString html = QLatin1String("<h4>") + tr("Edit history (%n earlier version(s))", nullptr, int(versions.size())).toHtmlEscaped()
                   + QLatin1String("</h4>");
    for (const ItemVersion &version : versions) {
        const QString when = version.editedAt.isValid()
                                 ? tr("Version of %1").arg(UiFormat::longDateTime(version.editedAt))
                                 : tr("Version archived %1").arg(UiFormat::longDateTime(version.capturedAt));
        html += QLatin1String("<table width=\"100%\" cellpadding=\"6\" bgcolor=\"") + colour(QPalette::AlternateBase)
                + QLatin1String("\"><tr><td><span style=\"color:") + colour(QPalette::PlaceholderText)
                + QLatin1String("\">") + when.toHtmlEscaped() + QLatin1String("</span>");
        if (!version.spoilerText.isEmpty())
            html += QLatin1String("<p><i>") + tr("Content warning: %1").arg(version.spoilerText).toHtmlEscaped()
                    + QLatin1String("</i></p>");
        html += version.html.isEmpty() ? QLatin1String("<p>") + HtmlSanitizer::plainToHtml(version.text) + QLatin1String("</p>")
                                       : HtmlSanitizer::sanitize(version.html);
        html += QLatin1String("</td></tr></table><br>");
    }
    return html;
}

QString ItemHtml::card(const Item &item, bool full, const QList<ItemVersion> &versions) const
{
    QString html = header(item) + body(item) + mediaBlock(item, full ? 240 : 120);
    if (full)
        html += countsLine(item) + historyBlock(versions);
    return html;
}

QString ItemHtml::item(const Item &item, const QList<ItemVersion> &versions, const std::optional<Item> &boosted) const
{
    QString html = focusAnchor();
    if (item.kind == ItemKind::Boost && boosted) {
        const QString who = item.author.displayName.isEmpty() ? item.author.handle : item.author.displayName;
        html += QLatin1String("<p style=\"color:") + colour(QPalette::PlaceholderText) + QLatin1String("\">")
                + tr("%1 boosted, %2").arg(who, UiFormat::longDateTime(item.createdAt)).toHtmlEscaped()
                + QLatin1String("</p>") + card(*boosted, true, versions);
    } else {
        html += card(item, true, versions);
    }
    return page(html);
}

QString ItemHtml::thread(const QList<Item> &items, const QString &focusPlatformId,
                         const QList<ItemVersion> &focusVersions) const
{
    QString html;
    for (const Item &entry : items) {
        const bool focus = entry.platformId == focusPlatformId;
        html += QLatin1String("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"");
        if (focus)
            html += QLatin1String(" bgcolor=\"") + blend(QPalette::Base, QPalette::Highlight, 0.12) + u'"';
        html += QLatin1String("><tr><td>");
        if (focus)
            html += focusAnchor();
        html += card(entry, focus, focus ? focusVersions : QList<ItemVersion>());
        html += QLatin1String("</td></tr></table>");
        html += QLatin1String("<hr>");
    }
    return page(html);
}

QString ItemHtml::transcript(const QList<Item> &messages, const QString &focusPlatformId) const
{
    const QString ownBubble = blend(QPalette::Base, QPalette::Highlight, 0.18);
    const QString otherBubble = colour(QPalette::AlternateBase);
    // The message a search hit or a selection points at stands out by a stronger tint.
    const QString focusBubble = blend(QPalette::Base, QPalette::Highlight, 0.38);
    QString html;
    for (const Item &message : messages) {
        const bool own = !m_options.ownPlatformUserId.isEmpty()
                         && message.author.platformId == m_options.ownPlatformUserId;
        const bool focus = message.platformId == focusPlatformId;
        const QString name = message.author.displayName.isEmpty() ? message.author.handle
                                                                   : message.author.displayName;
        QString bubble = QLatin1String("<td bgcolor=\"") + (focus ? focusBubble : own ? ownBubble : otherBubble)
                         + QLatin1String("\">");
        if (focus)
            bubble += focusAnchor();
        bubble += QLatin1String("<span style=\"color:") + colour(QPalette::PlaceholderText) + QLatin1String("\"><b>")
                  + name.toHtmlEscaped() + QStringLiteral("</b> · ")
                  + UiFormat::shortDateTime(message.createdAt).toHtmlEscaped();
        if (message.deletedAt.isValid())
            bubble += QStringLiteral(" · ") + tr("deleted on the platform").toHtmlEscaped();
        bubble += QLatin1String("</span>") + body(message) + mediaBlock(message, 160) + QLatin1String("</td>");
        const QString spacer = QLatin1String("<td width=\"22%\"></td>");
        html += QLatin1String("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                              "style=\"margin-bottom:6px\"><tr>")
                + (own ? spacer + bubble : bubble + spacer) + QLatin1String("</tr></table>");
    }
    return page(html);
}

} // namespace holdfast::ui
