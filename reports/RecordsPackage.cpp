#include "reports/RecordsPackage.h"

#include "models/export/ZipWriter.h"
#include "models/store/Store.h"
#include "reports/ReportPdfWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace holdfast::reports {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString shown(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : u"unknown"_s;
}

/// One selected item with what the transcript shows about it.
struct Selected
{
    QString accountHandle;
    Item item;
    QList<Item> thread;             ///< the reply chain around it, oldest first
    QList<ItemVersion> versions;    ///< earlier versions, oldest first
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

QJsonObject itemJson(const Selected &entry, const QStringList &mediaPaths)
{
    const Item &item = entry.item;
    QJsonArray versions;
    for (const ItemVersion &version : entry.versions)
        versions.append(QJsonObject{{u"edited_at"_s, iso(version.editedAt)},
                                    {u"captured_at"_s, iso(version.capturedAt)},
                                    {u"text"_s, version.text},
                                    {u"spoiler_text"_s, version.spoilerText}});
    QJsonArray thread;
    for (const Item &context : entry.thread)
        thread.append(context.platformId);
    return QJsonObject{
        {u"account"_s, entry.accountHandle},
        {u"id"_s, item.platformId},
        {u"kind"_s, itemKindName(item.kind)},
        {u"created_at"_s, iso(item.createdAt)},
        {u"author"_s, item.author.handle},
        {u"author_display_name"_s, item.author.displayName},
        {u"text"_s, item.text},
        {u"spoiler_text"_s, item.spoilerText},
        {u"url"_s, item.url},
        {u"in_reply_to_id"_s, item.inReplyToId},
        {u"conversation_id"_s, item.conversationId},
        {u"visibility"_s, item.visibility},
        {u"first_captured_at"_s, iso(item.firstSeenAt)},
        {u"content_captured_at"_s, iso(item.capturedAt)},
        {u"edited_at"_s, iso(item.editedAt)},
        {u"deleted_at"_s, iso(item.deletedAt)},
        {u"earlier_versions"_s, versions},
        {u"thread_item_ids"_s, thread},
        {u"media"_s, QJsonArray::fromStringList(mediaPaths)},
    };
}

QByteArray transcriptPdf(const QList<Selected> &items, const PackageOptions &options, const QDateTime &generatedAt)
{
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
                   "<h1>Records transcript</h1><p>Generated "_s
                   + shown(generatedAt) + u" by Holdfast from its local archive. Period: "_s
                   + (options.since.isValid() ? shown(options.since) : u"start"_s) + u" to "_s
                   + (options.until.isValid() ? shown(options.until) : u"now"_s);
    if (!options.query.isEmpty())
        html += u". Words: "_s + options.query.toHtmlEscaped();
    if (!options.person.isEmpty())
        html += u". Person: "_s + options.person.toHtmlEscaped();
    html += u". Items: "_s + QString::number(items.size()) + u".</p>"_s;
    int number = 0;
    for (const Selected &entry : items) {
        const Item &item = entry.item;
        html += u"<hr><h3>"_s + QString::number(++number) + u". "_s + item.author.displayName.toHtmlEscaped()
                + u" (@"_s + item.author.handle.toHtmlEscaped() + u") · "_s + itemKindName(item.kind) + u"</h3>"_s;
        html += u"<p>Date: "_s + shown(item.createdAt) + u"<br>Captured: "_s + shown(item.firstSeenAt)
                + u" (this content: "_s + shown(item.capturedAt) + u")<br>Account: "_s
                + entry.accountHandle.toHtmlEscaped() + u"<br>Link: "_s + item.url.toHtmlEscaped() + u"</p>"_s;
        if (item.deletedAt.isValid())
            html += u"<p><b>DELETED on the platform (noticed "_s + shown(item.deletedAt) + u")</b></p>"_s;
        if (item.editedAt.isValid())
            html += u"<p>Edited "_s + shown(item.editedAt) + u"</p>"_s;
        if (!item.spoilerText.isEmpty())
            html += u"<p><i>Content warning: "_s + item.spoilerText.toHtmlEscaped() + u"</i></p>"_s;
        html += u"<p style=\"white-space: pre-wrap\">"_s + item.text.toHtmlEscaped() + u"</p>"_s;
        if (!entry.versions.isEmpty()) {
            html += u"<p><b>Edit history</b> (earlier versions, oldest first)</p><ul>"_s;
            for (const ItemVersion &version : entry.versions)
                html += u"<li>captured "_s + shown(version.capturedAt) + u": "_s + version.text.toHtmlEscaped()
                        + u"</li>"_s;
            html += u"</ul>"_s;
        }
        if (!entry.thread.isEmpty()) {
            html += u"<p><b>Thread context</b></p><ul>"_s;
            for (const Item &context : entry.thread)
                html += u"<li>"_s + shown(context.createdAt) + u" @"_s + context.author.handle.toHtmlEscaped()
                        + u": "_s + context.text.simplified().left(300).toHtmlEscaped()
                        + (context.deletedAt.isValid() ? u" [deleted]"_s : QString()) + u"</li>"_s;
            html += u"</ul>"_s;
        }
    }
    html += u"</body></html>"_s;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(96);
        writer.setTitle(u"Holdfast records transcript"_s);
        writer.setCreator(u"Holdfast"_s);
        QTextDocument document;
        document.setHtml(html);
        printKeepingHeadings(&document, &writer); // an item's heading stays with its text
    }
    return buffer.data();
}

} // namespace

Result<PackageSummary> writeRecordsPackage(const Store &store, const PackageOptions &options, const QString &zipPath)
{
    if (options.accountIds.isEmpty())
        return makeError(Error::Code::InvalidInput, u"A package needs at least one account"_s);
    const QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    QList<Selected> selected;
    for (qint64 accountId : options.accountIds) {
        const auto account = store.account(accountId);
        if (!account)
            return makeError(Error::Code::NotFound, u"No account with id %1"_s.arg(accountId));
        ItemFilter filter;
        filter.accountId = accountId;
        filter.since = options.since;
        filter.until = options.until;
        // Words and person select through the full-text index, exactly as the app's search
        // does ("koln" finds "Köln"); the items are then read in date order.
        std::optional<QSet<qint64>> matching;
        if (!options.query.trimmed().isEmpty() || !options.person.trimmed().isEmpty()) {
            SearchQuery search;
            search.text = options.query;
            search.author = options.person;
            search.accountId = accountId;
            search.since = options.since;
            search.until = options.until;
            auto ids = store.searchMatchIds(search);
            if (!ids)
                return ids.error();
            matching = std::move(ids).value();
        }
        auto read = store.forEachItem(filter, [&](const Item &item) {
            if (!matching || matching->contains(item.id))
                selected.append({account->handle, item, {}, {}});
            return true;
        });
        if (!read)
            return read.error();
        for (Selected &entry : selected) {
            if (entry.accountHandle != account->handle || !entry.thread.isEmpty())
                continue;
            for (const Item &context : store.thread(accountId, entry.item.platformId)) {
                if (context.id != entry.item.id)
                    entry.thread.append(context);
            }
            entry.versions = store.itemVersions(accountId, entry.item.platformId);
        }
    }

    const qint64 total = selected.size();
    qint64 done = 0;
    const auto cancelled = [&] { return options.progress && !options.progress(done, total); };
    if (cancelled())
        return makeError(Error::Code::Cancelled, u"The package was cancelled"_s);
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, file.errorString()));
    ZipWriter zip(&file);
    if (!zip.isOpen())
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, zip.error()));
    QJsonArray fileList;
    PackageSummary summary;
    auto add = [&](const QString &name, const QByteArray &data) {
        if (!zip.add(name, data))
            return false;
        fileList.append(QJsonObject{
            {u"path"_s, name},
            {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
            {u"size"_s, qint64(data.size())}});
        ++summary.files;
        return true;
    };

    // Media first: the item records name the archive paths.
    QSet<QString> addedMedia;
    QJsonArray itemsJson;
    QJsonArray itemCaptures;
    QString csv = u"account,id,kind,created_at,author,text,url,in_reply_to_id,conversation_id,first_captured_at,"
                  "content_captured_at,edited_at,deleted_at,earlier_versions,media\r\n"_s;
    const QDir dataDir(store.dataDirectory());
    for (const Selected &entry : std::as_const(selected)) {
        QStringList mediaPaths;
        for (const MediaFile &file : entry.item.mediaFiles) {
            if (file.localPath.isEmpty())
                continue;
            const QString name = u"media/"_s + QFileInfo(file.localPath).fileName();
            if (!addedMedia.contains(name)) {
                QFile source(dataDir.filePath(file.localPath));
                if (!source.open(QIODevice::ReadOnly))
                    continue; // listed as missing below: not in mediaPaths
                // Streamed twice (hash, then copy) rather than held in memory: videos are big.
                QCryptographicHash sha256(QCryptographicHash::Sha256);
                if (!sha256.addData(&source) || !source.seek(0))
                    continue;
                if (!zip.addDevice(name, &source, source.size(), ZipWriter::Compression::Stored))
                    return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, zip.error()));
                fileList.append(QJsonObject{{u"path"_s, name},
                                            {u"sha256"_s, QString::fromLatin1(sha256.result().toHex())},
                                            {u"size"_s, source.size()}});
                ++summary.files;
                addedMedia.insert(name);
            }
            mediaPaths.append(name);
        }
        itemsJson.append(itemJson(entry, mediaPaths));
        itemCaptures.append(QJsonObject{{u"account"_s, entry.accountHandle},
                                        {u"id"_s, entry.item.platformId},
                                        {u"first_captured_at"_s, iso(entry.item.firstSeenAt)},
                                        {u"content_captured_at"_s, iso(entry.item.capturedAt)},
                                        {u"deleted_at"_s, iso(entry.item.deletedAt)}});
        const Item &item = entry.item;
        const QStringList fields = {entry.accountHandle, item.platformId, itemKindName(item.kind), iso(item.createdAt),
                                    item.author.handle, item.text, item.url, item.inReplyToId, item.conversationId,
                                    iso(item.firstSeenAt), iso(item.capturedAt), iso(item.editedAt),
                                    iso(item.deletedAt), QString::number(entry.versions.size()),
                                    mediaPaths.join(u' ')};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(u',') + u"\r\n"_s;
        ++done;
        if (cancelled())
            return makeError(Error::Code::Cancelled, u"The package was cancelled"_s);
    }
    summary.items = int(selected.size());
    if (!add(u"items.json"_s, QJsonDocument(itemsJson).toJson(QJsonDocument::Indented))
        || !add(u"items.csv"_s, csv.toUtf8())
        || !add(u"transcript.pdf"_s, transcriptPdf(selected, options, generatedAt)))
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, zip.error()));

    QStringList accounts;
    for (const Selected &entry : std::as_const(selected)) {
        if (!accounts.contains(entry.accountHandle))
            accounts.append(entry.accountHandle);
    }
    const QJsonObject manifest{
        {u"generator"_s, u"Holdfast " HOLDFAST_VERSION ""_s},
        {u"generated_at"_s, iso(generatedAt)},
        {u"selection"_s, QJsonObject{{u"accounts"_s, QJsonArray::fromStringList(accounts)},
                                     {u"since"_s, iso(options.since)},
                                     {u"until"_s, iso(options.until)},
                                     {u"query"_s, options.query},
                                     {u"person"_s, options.person}}},
        {u"files"_s, fileList},
        {u"items"_s, itemCaptures},
    };
    if (!zip.add(u"manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented)) || !zip.close()
        || !file.commit())
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, zip.error()));
    return summary;
}

} // namespace holdfast::reports
