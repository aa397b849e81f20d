#include "models/export/HtmlArchiveExporter.h"

#include "models/export/HtmlArchiveAssets.h"
#include "models/export/HtmlSanitiser.h"
#include "models/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString displayTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"unknown date"_s;
}

QString monthKey(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM"_s) : u"undated"_s;
}

QString monthTitle(const QString &key)
{
    if (key == u"undated")
        return u"Undated"_s;
    const QDate date = QDate::fromString(key + u"-01"_s, u"yyyy-MM-dd"_s);
    return QLocale(QLocale::English).toString(date, u"MMMM yyyy"_s);
}

QString collectionTitle(Collection collection)
{
    switch (collection) {
    case Collection::Posts: return u"Posts"_s;
    case Collection::Favourites: return u"Favourites"_s;
    case Collection::Bookmarks: return u"Bookmarks"_s;
    case Collection::Mentions: return u"Mentions"_s;
    case Collection::Messages: return u"Direct messages"_s;
    case Collection::Followers: return u"Followers"_s;
    case Collection::Following: return u"Following"_s;
    }
    return {};
}

/// One written month page of a collection.
struct MonthEntry
{
    QString key;
    int count = 0;
};

/// Writes the archive. One object per export: holds the maps that connect items to the
/// thread, conversation and media files written so far.
class ArchiveWriter
{
public:
    ArchiveWriter(const Store &store, const HtmlArchiveOptions &options, const QString &outputDir)
        : m_store(store), m_options(options), m_root(outputDir)
    {
    }

    Result<HtmlArchiveSummary> run()
    {
        const auto account = m_store.account(m_options.accountId);
        if (!account)
            return makeError(Error::Code::NotFound, u"No account with id %1"_s.arg(m_options.accountId));
        m_account = *account;
        for (const QString &sub : {u"assets"_s, u"media"_s, u"threads"_s, u"conversations"_s}) {
            if (!m_root.mkpath(sub))
                return makeError(Error::Code::Io, u"Cannot create %1"_s.arg(m_root.filePath(sub)));
        }
        if (auto written = writeAssets(); !written)
            return written.error();

        QList<Collection> collections = m_options.collections;
        if (collections.isEmpty()) {
            for (Collection c : allCollections()) {
                if (!isContactCollection(c))
                    collections.append(c);
            }
        }
        QMap<Collection, QList<MonthEntry>> months;
        for (Collection collection : std::as_const(collections)) {
            if (isContactCollection(collection))
                continue;
            auto written = writeCollection(collection);
            if (!written)
                return written.error();
            months.insert(collection, written.value());
        }
        if (auto written = writeIndex(months); !written)
            return written.error();
        if (auto written = writeSearchPage(months.keys()); !written)
            return written.error();
        return m_summary;
    }

private:
    Result<void> writeFile(const QString &relativePath, const QByteArray &data)
    {
        // A plain write, not QSaveFile: its fsync per file made an archive of thousands of
        // pages take minutes, and an export cut short is incomplete either way.
        QFile file(m_root.filePath(relativePath));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(data) != data.size() || !file.flush())
            return makeError(Error::Code::Io,
                             u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return {};
    }

    Result<void> writePage(const QString &relativePath, const QString &title, const QString &body)
    {
        const int depth = relativePath.count(u'/');
        QString prefix;
        for (int i = 0; i < depth; ++i)
            prefix += u"../"_s;
        ++m_summary.pages;
        return writeFile(relativePath, htmlPage(title, prefix, m_account.handle, body).toUtf8());
    }

    Result<void> writeAssets()
    {
        if (auto r = writeFile(u"assets/style.css"_s, archiveStyleSheet()); !r)
            return r;
        return writeFile(u"assets/search.js"_s, archiveSearchScript());
    }

    // --- Items --------------------------------------------------------------------------

    /// Copies the item's downloaded media into media/ once and returns the archive paths
    /// (relative to the root) by index in item.mediaFiles; empty where not available.
    QStringList copyMedia(const Item &item)
    {
        QStringList paths;
        for (const MediaFile &file : item.mediaFiles) {
            if (!m_options.copyMedia || file.localPath.isEmpty()) {
                paths.append(QString());
                continue;
            }
            if (const auto known = m_copiedMedia.constFind(file.localPath); known != m_copiedMedia.cend()) {
                paths.append(*known);
                continue;
            }
            const QString source = QDir(m_store.dataDirectory()).filePath(file.localPath);
            // The content-hash file name from the data directory is kept: unique and stable.
            const QString target = u"media/"_s + QFileInfo(file.localPath).fileName();
            QString result;
            if (QFile::exists(m_root.filePath(target)) || QFile::copy(source, m_root.filePath(target))) {
                result = target;
                ++m_summary.mediaFiles;
            }
            m_copiedMedia.insert(file.localPath, result);
            paths.append(result);
        }
        return paths;
    }

    QString renderMedia(const Item &item, const QString &prefix)
    {
        if (item.media.isEmpty() && item.mediaFiles.isEmpty())
            return {};
        const QStringList paths = copyMedia(item);
        QString html = u"<div class=\"media\">"_s;
        for (qsizetype i = 0; i < item.mediaFiles.size(); ++i) {
            const MediaFile &file = item.mediaFiles[i];
            const QString description = i < item.media.size() ? item.media[i].description : QString();
            const QString type = i < item.media.size() ? item.media[i].type : QString();
            if (paths.value(i).isEmpty()) {
                html += u"<span class=\"missing\">Media not in the archive"_s
                        + (type.isEmpty() ? QString() : u" ("_s + esc(type) + u")"_s) + u"</span>"_s;
                continue;
            }
            const QString src = esc(prefix + paths[i]);
            if (file.mimeType.startsWith(u"image/") || type == u"image") {
                html += u"<a href=\""_s + src + u"\"><img src=\""_s + src + u"\" alt=\""_s
                        + esc(description) + u"\" loading=\"lazy\"></a>"_s;
            } else if (file.mimeType.startsWith(u"video/") || type == u"video" || type == u"gifv") {
                html += u"<video controls preload=\"none\" src=\""_s + src + u"\"></video>"_s;
            } else if (file.mimeType.startsWith(u"audio/") || type == u"audio") {
                html += u"<audio controls preload=\"none\" src=\""_s + src + u"\"></audio>"_s;
            } else {
                html += u"<a href=\""_s + src + u"\">Attachment</a>"_s;
            }
        }
        return html + u"</div>"_s;
    }

    QString renderItem(const Item &item, const QString &prefix, const QString &extraLinks = {})
    {
        QString html = u"<article class=\"item%1\" id=\"item-%2\">"_s.arg(
            item.deletedAt.isValid() ? u" deleted"_s : QString(), QString::number(item.id));
        const QString name = item.author.displayName.isEmpty() ? item.author.handle : item.author.displayName;
        html += u"<header><span class=\"author\">"_s + esc(name) + u"</span> <span class=\"handle\">@"_s
                + esc(item.author.handle) + u"</span> · <time datetime=\""_s
                + esc(item.createdAt.toUTC().toString(Qt::ISODate)) + u"\">"_s + displayTime(item.createdAt)
                + u"</time> · <span class=\"kind\">"_s + esc(itemKindName(item.kind)) + u"</span></header>"_s;
        if (item.deletedAt.isValid())
            html += u"<p class=\"banner\">Deleted on the platform (noticed "_s + displayTime(item.deletedAt)
                    + u")</p>"_s;
        QString content = item.html.isEmpty() ? plainTextToHtml(item.text) : sanitisePlatformHtml(item.html);
        if (item.kind == ItemKind::Boost && !item.boostOfId.isEmpty()) {
            const auto original = m_store.item(m_options.accountId, item.boostOfId);
            content += original ? u"<div class=\"boosted\">"_s + renderItem(*original, prefix) + u"</div>"_s
                                : u"<p class=\"missing\">Boosted item not in the archive</p>"_s;
        }
        if (!item.spoilerText.isEmpty())
            html += u"<details><summary>"_s + esc(item.spoilerText) + u"</summary>"_s + content
                    + renderMedia(item, prefix) + u"</details>"_s;
        else
            html += u"<div class=\"content\">"_s + content + u"</div>"_s + renderMedia(item, prefix);
        html += u"<footer>"_s;
        html += u"<span>%1 replies · %2 boosts · %3 favourites</span>"_s.arg(item.replyCount)
                    .arg(item.boostCount)
                    .arg(item.favouriteCount);
        if (item.editedAt.isValid())
            html += u" · <span>edited "_s + displayTime(item.editedAt) + u"</span>"_s;
        if (item.firstSeenAt.isValid())
            html += u" · <span>captured "_s + displayTime(item.firstSeenAt) + u"</span>"_s;
        html += extraLinks;
        const QUrl url(item.url);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            html += u" · <a class=\"original\" href=\""_s + esc(url.toString(QUrl::FullyEncoded))
                    + u"\" rel=\"noopener noreferrer nofollow\">original</a>"_s;
        html += u"</footer></article>\n"_s;
        return html;
    }

    // --- Threads and conversations -----------------------------------------------------------

    /// The thread page of a reply (writing it the first time); empty if it has no thread.
    QString threadPageFor(const Item &item)
    {
        if (const auto known = m_threadOfItem.constFind(item.id); known != m_threadOfItem.cend())
            return *known;
        if (item.inReplyToId.isEmpty() || item.kind == ItemKind::Message)
            return {};
        const QList<Item> thread = m_store.thread(m_options.accountId, item.platformId);
        if (thread.size() < 2) {
            m_threadOfItem.insert(item.id, QString());
            return {};
        }
        const QString page = u"threads/%1.html"_s.arg(thread.first().id);
        QString body = u"<h1>Thread</h1>\n"_s;
        for (const Item &entry : thread) {
            m_threadOfItem.insert(entry.id, page);
            QString itemBody = renderItem(entry, u"../"_s);
            if (entry.id == item.id || !entry.inReplyToId.isEmpty())
                itemBody.replace(u"<article class=\"item"_s, u"<article class=\"item reply"_s);
            body += itemBody;
        }
        if (!writePage(page, u"Thread"_s, body))
            return {};
        return page;
    }

    QString conversationPageFor(const QString &conversationId)
    {
        if (conversationId.isEmpty())
            return {};
        if (const auto known = m_conversationPages.constFind(conversationId); known != m_conversationPages.cend())
            return *known;
        const QString page = u"conversations/%1.html"_s.arg(m_conversationPages.size() + 1);
        m_conversationPages.insert(conversationId, page);
        const QList<Item> messages = m_store.conversation(m_options.accountId, conversationId);
        QStringList names;
        for (const Item &message : messages) {
            if (message.author.handle != m_account.handle && !names.contains(message.author.handle))
                names.append(message.author.handle);
        }
        const QString title = u"Conversation with "_s + (names.isEmpty() ? u"yourself"_s : names.join(u", "_s));
        QString body = u"<h1>"_s + esc(title) + u"</h1>\n<div class=\"conversation\">"_s;
        for (const Item &message : messages) {
            QString itemBody = renderItem(message, u"../"_s);
            if (message.author.handle == m_account.handle)
                itemBody.replace(u"<article class=\"item"_s, u"<article class=\"item own"_s);
            body += itemBody;
        }
        body += u"</div>"_s;
        if (!writePage(page, title, body))
            return {};
        return page;
    }

    // --- Collections --------------------------------------------------------------------

    Result<QList<MonthEntry>> writeCollection(Collection collection)
    {
        const QString dir = collectionName(collection);
        if (!m_root.mkpath(dir))
            return makeError(Error::Code::Io, u"Cannot create %1"_s.arg(m_root.filePath(dir)));
        QFile index(m_root.filePath(u"assets/index-%1.js"_s.arg(dir)));
        if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(index.fileName(), index.errorString()));
        // A script, not JSON: browsers refuse fetch() on file:// pages, but load local scripts.
        index.write("window.holdfastIndex = window.holdfastIndex || [];\nwindow.holdfastIndex.push(\n");

        QList<MonthEntry> months;
        QList<Item> pending;
        QString currentMonth;
        std::optional<Error> failure;
        auto flush = [&]() {
            if (pending.isEmpty())
                return;
            auto written = writeMonth(collection, currentMonth, pending, &index);
            if (!written)
                failure = written.error();
            months.append({currentMonth, int(pending.size())});
            pending.clear();
        };
        ItemFilter filter;
        filter.accountId = m_options.accountId;
        filter.collection = collection;
        filter.since = m_options.since;
        filter.until = m_options.until;
        auto streamed = m_store.forEachItem(filter, [&](const Item &item) {
            const QString key = monthKey(item.createdAt);
            if (key != currentMonth) {
                flush();
                currentMonth = key;
            }
            pending.append(item);
            ++m_summary.items;
            return !failure.has_value();
        });
        flush();
        index.write("[]);\n");
        index.close();
        if (!streamed)
            return streamed.error();
        if (failure)
            return *failure;

        QString body = u"<h1>"_s + esc(collectionTitle(collection)) + u"</h1>\n"_s;
        if (collection == Collection::Messages)
            body += conversationList();
        body += monthList(months, QString());
        if (auto written = writePage(dir + u"/index.html"_s, collectionTitle(collection), body); !written)
            return written.error();
        return months;
    }

    QString conversationList()
    {
        const QList<ConversationSummary> summaries = m_store.conversations(m_options.accountId);
        if (summaries.isEmpty())
            return {};
        QString html = u"<h2>Conversations</h2>\n<ul class=\"conversations\">"_s;
        for (const ConversationSummary &summary : summaries) {
            const QString page = conversationPageFor(summary.conversationId);
            if (page.isEmpty())
                continue;
            QStringList names;
            for (const Person &person : summary.participants)
                names.append(person.handle);
            html += u"<li><a href=\"../"_s + esc(page) + u"\">"_s
                    + esc(names.isEmpty() ? u"(no one else)"_s : names.join(u", "_s)) + u"</a> · "_s
                    + QString::number(summary.messageCount) + u" messages · last "_s
                    + displayTime(summary.lastMessage.createdAt) + u"</li>\n"_s;
        }
        return html + u"</ul>\n<h2>Messages by month</h2>\n"_s;
    }

    static QString monthList(const QList<MonthEntry> &months, const QString &linkPrefix)
    {
        if (months.isEmpty())
            return u"<p class=\"empty\">Nothing archived in this period.</p>\n"_s;
        QString html = u"<ul class=\"months\">"_s;
        for (const MonthEntry &month : months)
            html += u"<li><a href=\""_s + esc(linkPrefix + month.key) + u".html\">"_s + esc(monthTitle(month.key))
                    + u"</a> <span class=\"count\">"_s + QString::number(month.count) + u"</span></li>"_s;
        return html + u"</ul>\n"_s;
    }

    Result<void> writeMonth(Collection collection, const QString &month, const QList<Item> &items,
                            QFile *index)
    {
        const QString dir = collectionName(collection);
        const QString page = dir + u"/"_s + month + u".html"_s;
        QString body = u"<h1>"_s + esc(collectionTitle(collection)) + u" · "_s + esc(monthTitle(month))
                       + u"</h1>\n<p><a href=\"index.html\">All months</a></p>\n"_s;
        // Replies first write their thread pages, so that a thread's root in this month (read
        // before its replies) gets its "thread" link too.
        if (collection != Collection::Messages) {
            for (const Item &item : items)
                threadPageFor(item);
        }
        QJsonArray entries;
        for (const Item &item : items) {
            QString links;
            if (collection == Collection::Messages) {
                const QString conversation = conversationPageFor(item.conversationId);
                if (!conversation.isEmpty())
                    links = u" · <a class=\"conversation-link\" href=\"../"_s + esc(conversation)
                            + u"\">conversation</a>"_s;
            } else {
                const QString thread = threadPageFor(item);
                if (!thread.isEmpty())
                    links = u" · <a class=\"thread-link\" href=\"../"_s + esc(thread) + u"\">thread</a>"_s;
            }
            body += renderItem(item, u"../"_s, links);
            // Search entry: page, anchor, date, author, text (searched and shown as snippet).
            const QString text = item.spoilerText.isEmpty() ? item.text : item.spoilerText + u"\n"_s + item.text;
            entries.append(QJsonArray{QJsonValue(page), QJsonValue(u"item-%1"_s.arg(item.id)),
                                      QJsonValue(displayTime(item.createdAt)),
                                      QJsonValue(item.author.handle + u" "_s + item.author.displayName),
                                      QJsonValue(text.left(2000))});
        }
        for (const QJsonValue &entry : std::as_const(entries)) {
            index->write(QJsonDocument(entry.toArray()).toJson(QJsonDocument::Compact));
            index->write(",\n");
        }
        return writePage(page, collectionTitle(collection) + u" · "_s + monthTitle(month), body);
    }

    // --- Index and search -------------------------------------------------------------------

    Result<void> writeIndex(const QMap<Collection, QList<MonthEntry>> &months)
    {
        QString body = u"<h1>"_s + esc(m_account.displayName.isEmpty() ? m_account.handle : m_account.displayName)
                       + u"</h1>\n<p class=\"account\">@"_s + esc(m_account.handle) + u" on "_s
                       + esc(m_account.platform) + u" · archive written "_s
                       + displayTime(QDateTime::currentDateTimeUtc());
        if (m_options.since.isValid() || m_options.until.isValid())
            body += u" · period "_s + (m_options.since.isValid() ? displayTime(m_options.since) : u"start"_s)
                    + u" to "_s + (m_options.until.isValid() ? displayTime(m_options.until) : u"now"_s);
        body += u"</p>\n<form action=\"search.html\" method=\"get\"><input name=\"q\" type=\"search\" "
                "placeholder=\"Search the archive\"> <button type=\"submit\">Search</button></form>\n"_s;
        for (auto it = months.cbegin(); it != months.cend(); ++it) {
            int total = 0;
            for (const MonthEntry &month : it.value())
                total += month.count;
            const QString dir = collectionName(it.key());
            body += u"<section class=\"collection\"><h2><a href=\""_s + esc(dir) + u"/index.html\">"_s
                    + esc(collectionTitle(it.key())) + u"</a> <span class=\"count\">"_s + QString::number(total)
                    + u"</span></h2>\n"_s + monthList(it.value(), dir + u"/"_s) + u"</section>\n"_s;
        }
        return writePage(u"index.html"_s, m_account.handle, body);
    }

    Result<void> writeSearchPage(const QList<Collection> &collections)
    {
        QString body = u"<h1>Search</h1>\n<form id=\"search-form\" action=\"search.html\" method=\"get\">"
                       "<input id=\"q\" name=\"q\" type=\"search\" autofocus> <button type=\"submit\">Search</button>"
                       "</form>\n<p id=\"status\">Type words to find items.</p>\n<ol id=\"results\"></ol>\n"_s;
        for (Collection collection : collections)
            body += u"<script src=\"assets/index-"_s + esc(collectionName(collection)) + u".js\"></script>\n"_s;
        body += u"<script src=\"assets/search.js\"></script>\n"_s;
        return writePage(u"search.html"_s, u"Search"_s, body);
    }

    const Store &m_store;
    const HtmlArchiveOptions m_options;
    QDir m_root;
    Account m_account;
    HtmlArchiveSummary m_summary;
    QHash<QString, QString> m_copiedMedia;        ///< data-dir path -> archive path ("" = unavailable)
    QHash<qint64, QString> m_threadOfItem;        ///< item id -> thread page ("" = none)
    QHash<QString, QString> m_conversationPages;  ///< conversation id -> page
};

} // namespace

Result<HtmlArchiveSummary> exportHtmlArchive(const Store &store, const HtmlArchiveOptions &options,
                                             const QString &outputDir)
{
    if (!QDir().mkpath(outputDir))
        return makeError(Error::Code::Io, u"Cannot create %1"_s.arg(outputDir));
    return ArchiveWriter(store, options, outputDir).run();
}

} // namespace holdfast
