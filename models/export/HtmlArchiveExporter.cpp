#include "models/export/HtmlArchiveExporter.h"

#include "models/export/HtmlArchiveAssets.h"
#include "models/export/HtmlSanitiser.h"
#include "models/export/ZipWriter.h"
#include "models/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>

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

/// Where the archive's files go: a folder or a ZIP. Paths are relative to the archive root.
class ArchiveOutput
{
public:
    virtual ~ArchiveOutput() = default;
    virtual Result<void> write(const QString &path, const QByteArray &data) = 0;
    /// Streams the rest of `source` (`size` bytes) into `path`.
    virtual Result<void> writeFrom(const QString &path, QIODevice *source, qint64 size) = 0;
    /// Copies a file from the data directory; false (not an error) if it cannot be read.
    virtual Result<bool> copy(const QString &path, const QString &sourcePath) = 0;
};

class FolderOutput final : public ArchiveOutput
{
public:
    explicit FolderOutput(const QString &root) : m_root(root) {}

    Result<void> write(const QString &path, const QByteArray &data) override
    {
        QFile file(m_root.filePath(path));
        if (!makeParent(path) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(data) != data.size() || !file.flush())
            return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return {};
    }

    Result<void> writeFrom(const QString &path, QIODevice *source, qint64 size) override
    {
        QFile file(m_root.filePath(path));
        if (!makeParent(path) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        QByteArray block(64 * 1024, Qt::Uninitialized);
        for (qint64 left = size; left > 0;) {
            const qint64 read = source->read(block.data(), std::min<qint64>(left, block.size()));
            if (read <= 0 || file.write(block.constData(), read) != read)
                return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
            left -= read;
        }
        return {};
    }

    Result<bool> copy(const QString &path, const QString &sourcePath) override
    {
        if (!QFileInfo(sourcePath).isReadable())
            return false;
        if (!makeParent(path) || !QFile::copy(sourcePath, m_root.filePath(path)))
            return makeError(Error::Code::Io, u"Cannot copy %1 to %2"_s.arg(sourcePath, m_root.filePath(path)));
        return true;
    }

private:
    bool makeParent(const QString &path) { return m_root.mkpath(QFileInfo(path).path()); }

    QDir m_root;
};

class ZipOutput final : public ArchiveOutput
{
public:
    ZipOutput(ZipWriter &zip, const QString &folder) : m_zip(zip), m_prefix(folder + u'/') {}

    Result<void> write(const QString &path, const QByteArray &data) override
    {
        return check(m_zip.add(m_prefix + path, data));
    }

    Result<void> writeFrom(const QString &path, QIODevice *source, qint64 size) override
    {
        return check(m_zip.addDevice(m_prefix + path, source, size));
    }

    Result<bool> copy(const QString &path, const QString &sourcePath) override
    {
        if (!QFileInfo(sourcePath).isReadable())
            return false;
        // Photos and videos are compressed already: deflating them again only costs time.
        if (auto written = check(m_zip.addFile(m_prefix + path, sourcePath, ZipWriter::Compression::Stored)); !written)
            return written.error();
        return true;
    }

private:
    Result<void> check(bool ok)
    {
        if (!ok)
            return makeError(Error::Code::Io, u"Cannot write the ZIP file: %1"_s.arg(m_zip.error()));
        return {};
    }

    ZipWriter &m_zip;
    QString m_prefix;
};

Result<void> cancelledError()
{
    return makeError(Error::Code::Cancelled, u"The export was cancelled"_s);
}

/// One written month page of a collection.
struct MonthEntry
{
    QString key;
    int count = 0;
};

/// What a followers/following page listed.
struct ContactCounts
{
    int active = 0;
    int ended = 0;
};

/// Writes the archive. One object per export: holds the maps that connect items to the
/// thread, conversation and media files written so far.
class ArchiveWriter
{
public:
    ArchiveWriter(const Store &store, const HtmlArchiveOptions &options, ArchiveOutput &output)
        : m_store(store), m_options(options), m_output(output)
    {
    }

    Result<HtmlArchiveSummary> run()
    {
        const auto account = m_store.account(m_options.accountId);
        if (!account)
            return makeError(Error::Code::NotFound, u"No account with id %1"_s.arg(m_options.accountId));
        m_account = *account;
        if (auto written = writeAssets(); !written)
            return written.error();

        const QList<Collection> collections =
            m_options.collections.isEmpty() ? allCollections() : m_options.collections;
        countTotal(collections);
        QMap<Collection, QList<MonthEntry>> months;
        QMap<Collection, ContactCounts> people;
        for (Collection collection : collections) {
            if (isContactCollection(collection)) {
                auto written = writeContacts(collection);
                if (!written)
                    return written.error();
                people.insert(collection, written.value());
                continue;
            }
            auto written = writeCollection(collection);
            if (!written)
                return written.error();
            months.insert(collection, written.value());
        }
        if (auto written = writeIndex(months, people); !written)
            return written.error();
        if (auto written = writeSearchPage(months.keys()); !written)
            return written.error();
        return m_summary;
    }

private:
    Result<void> writeFile(const QString &relativePath, const QByteArray &data)
    {
        return m_output.write(relativePath, data);
    }

    void countTotal(const QList<Collection> &collections)
    {
        if (!m_options.progress)
            return;
        for (Collection collection : collections) {
            if (isContactCollection(collection)) {
                m_total += m_store.itemCount(m_options.accountId, collection);
                continue;
            }
            ItemFilter filter;
            filter.accountId = m_options.accountId;
            filter.collection = collection;
            filter.since = m_options.since;
            filter.until = m_options.until;
            m_total += m_store.countItems(filter);
        }
    }

    /// Counts one written item or person; false once the caller cancelled.
    bool advance()
    {
        if (m_options.progress && !m_options.progress(++m_done, m_total))
            m_cancelled = true;
        return !m_cancelled;
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
            const Result<bool> copied = m_output.copy(target, source);
            if (!copied)
                m_failure = copied.error();
            else if (copied.value()) {
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

    /// The thread page of an item that is part of a stored reply thread (writing it the first
    /// time): a reply, or an item with stored replies (`hasReplies`). Empty if there is none.
    QString threadPageFor(const Item &item, bool hasReplies)
    {
        if (const auto known = m_threadOfItem.constFind(item.id); known != m_threadOfItem.cend())
            return *known;
        if ((item.inReplyToId.isEmpty() && !hasReplies) || item.kind == ItemKind::Message)
            return {};
        // The page always shows the whole tree from its root, whichever item is met first: a
        // reply's own thread() holds only its ancestors and its own replies, not its siblings.
        const QList<Item> around = m_store.thread(m_options.accountId, item.platformId);
        QHash<QString, const Item *> byPlatformId;
        for (const Item &entry : around)
            byPlatformId.insert(entry.platformId, &entry);
        const Item *root = &item;
        QSet<QString> visited;
        while (!root->inReplyToId.isEmpty() && byPlatformId.contains(root->inReplyToId)
               && !visited.contains(root->platformId)) {
            visited.insert(root->platformId);
            root = byPlatformId.value(root->inReplyToId);
        }
        const QList<Item> thread = root == &item ? around : m_store.thread(m_options.accountId, root->platformId);
        if (thread.size() < 2) {
            m_threadOfItem.insert(item.id, QString());
            return {};
        }
        const QString page = u"threads/%1.html"_s.arg(storeIdOf(thread, root->platformId));
        QString body = u"<h1>Thread</h1>\n"_s;
        for (const Item &entry : thread) {
            m_threadOfItem.insert(entry.id, page);
            QString itemBody = renderItem(entry, u"../"_s);
            if (!entry.inReplyToId.isEmpty())
                itemBody.replace(u"<article class=\"item"_s, u"<article class=\"item reply"_s);
            body += itemBody;
        }
        if (auto written = writePage(page, u"Thread"_s, body); !written) {
            m_failure = written.error();
            return {};
        }
        return page;
    }

    /// The store id of the thread's root, which names its page.
    static qint64 storeIdOf(const QList<Item> &thread, const QString &platformId)
    {
        for (const Item &entry : thread) {
            if (entry.platformId == platformId)
                return entry.id;
        }
        return thread.first().id;
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
        if (auto written = writePage(page, title, body); !written) {
            m_failure = written.error();
            return {};
        }
        return page;
    }

    // --- Collections --------------------------------------------------------------------

    Result<QList<MonthEntry>> writeCollection(Collection collection)
    {
        const QString dir = collectionName(collection);
        // The search index grows while the month pages are written, and a ZIP takes one entry
        // at a time: it collects in a temporary file and goes into the archive at the end.
        QTemporaryFile index;
        if (!index.open())
            return makeError(Error::Code::Io, u"Cannot create a temporary file: %1"_s.arg(index.errorString()));
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
            return !failure.has_value() && !m_failure.has_value() && advance();
        });
        if (!m_cancelled)
            flush();
        if (!streamed)
            return streamed.error();
        if (m_cancelled)
            return cancelledError().error();
        if (failure)
            return *failure;
        if (m_failure)
            return *m_failure;
        index.write("[]);\n");
        if (!index.flush() || !index.seek(0))
            return makeError(Error::Code::Io, u"Cannot write a temporary file: %1"_s.arg(index.errorString()));
        if (auto written = m_output.writeFrom(u"assets/index-%1.js"_s.arg(dir), &index, index.size()); !written)
            return written.error();

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
                            QIODevice *index)
    {
        const QString dir = collectionName(collection);
        const QString page = dir + u"/"_s + month + u".html"_s;
        QString body = u"<h1>"_s + esc(collectionTitle(collection)) + u" · "_s + esc(monthTitle(month))
                       + u"</h1>\n<p><a href=\"index.html\">All months</a></p>\n"_s;
        // Every item that is part of a stored thread links to it: replies, and items that
        // have stored replies (in this month or any other).
        QSet<QString> replied;
        if (collection != Collection::Messages) {
            QStringList ids;
            for (const Item &item : items)
                ids.append(item.platformId);
            replied = m_store.repliedTo(m_options.accountId, ids);
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
                const QString thread = threadPageFor(item, replied.contains(item.platformId));
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
        if (m_failure)
            return *m_failure;
        for (const QJsonValue &entry : std::as_const(entries)) {
            index->write(QJsonDocument(entry.toArray()).toJson(QJsonDocument::Compact));
            index->write(",\n");
        }
        return writePage(page, collectionTitle(collection) + u" · "_s + monthTitle(month), body);
    }

    // --- Followers and following -------------------------------------------------------------

    /// Writes <collection>/index.html: everyone of the list, active relations first, with the
    /// date Holdfast first saw the relation and when it noticed it ended.
    Result<ContactCounts> writeContacts(Collection collection)
    {
        ContactFilter filter;
        filter.accountId = m_options.accountId;
        filter.direction = collection == Collection::Followers ? FollowDirection::Follower : FollowDirection::Following;
        filter.since = m_options.since;
        filter.until = m_options.until;
        ContactCounts counts;
        QString active;
        QString ended;
        auto streamed = m_store.forEachContact(filter, [&](const Contact &contact) {
            const Person &person = contact.person;
            const QUrl url(person.url);
            const QString name = esc(person.displayName.isEmpty() ? person.handle : person.displayName);
            QString row = u"<tr><td>"_s;
            row += url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
                       ? u"<a href=\""_s + esc(url.toString(QUrl::FullyEncoded))
                             + u"\" rel=\"noopener noreferrer nofollow\">"_s + name + u"</a>"_s
                       : name;
            row += u"</td><td class=\"handle\">@"_s + esc(person.handle) + u"</td><td>"_s
                   + displayTime(contact.firstSeen) + u"</td><td>"_s
                   + (contact.unfollowedAt.isValid() ? displayTime(contact.unfollowedAt) : QString())
                   + u"</td></tr>\n"_s;
            if (contact.unfollowedAt.isValid()) {
                ended += row;
                ++counts.ended;
            } else {
                active += row;
                ++counts.active;
            }
            ++m_summary.people;
            return advance();
        });
        if (!streamed)
            return streamed.error();
        if (m_cancelled)
            return cancelledError().error();
        const QString title = collectionTitle(collection);
        QString body = u"<h1>"_s + esc(title) + u"</h1>\n<p><a href=\"../index.html\">Archive index</a></p>\n"_s;
        body += u"<p class=\"note\">“Since” is when Holdfast first saw the relation (platforms do not say "
                "when a follow happened); “Ended” is when it noticed the relation was gone.</p>\n"_s;
        if (counts.active + counts.ended == 0) {
            body += u"<p class=\"empty\">Nobody archived in this list.</p>\n"_s;
        } else {
            const QString head = u"<table class=\"people\"><thead><tr><th>Name</th><th>Handle</th><th>Since</th>"
                                 "<th>Ended</th></tr></thead><tbody>\n"_s;
            body += u"<h2>Now <span class=\"count\">%1</span></h2>\n"_s.arg(counts.active) + head + active
                    + u"</tbody></table>\n"_s;
            if (counts.ended > 0)
                body += u"<h2>Ended <span class=\"count\">%1</span></h2>\n"_s.arg(counts.ended) + head + ended
                        + u"</tbody></table>\n"_s;
        }
        if (auto written = writePage(collectionName(collection) + u"/index.html"_s, title, body); !written)
            return written.error();
        return counts;
    }

    // --- Index and search -------------------------------------------------------------------

    Result<void> writeIndex(const QMap<Collection, QList<MonthEntry>> &months,
                            const QMap<Collection, ContactCounts> &people)
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
        for (auto it = people.cbegin(); it != people.cend(); ++it) {
            const QString dir = collectionName(it.key());
            body += u"<section class=\"collection people\"><h2><a href=\""_s + esc(dir) + u"/index.html\">"_s
                    + esc(collectionTitle(it.key())) + u"</a> <span class=\"count\">"_s
                    + QString::number(it->active) + u"</span></h2>\n<p>"_s + QString::number(it->active)
                    + u" now, "_s + QString::number(it->ended) + u" ended</p></section>\n"_s;
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
    ArchiveOutput &m_output;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
    std::optional<Error> m_failure;              ///< a write that failed deep inside a page
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
    const QFileInfo target(outputDir);
    const bool empty = QDir(outputDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (target.exists() && (!target.isDir() || !empty))
        return makeError(Error::Code::InvalidInput,
                         u"%1 already exists and is not an empty folder; choose a new folder"_s.arg(outputDir));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(Error::Code::Io, u"Cannot create %1"_s.arg(parent));
    // Written under a hidden name beside the target and renamed when complete: a failed or
    // cancelled export leaves nothing at the destination (the temporary folder is removed).
    QTemporaryDir staging(QDir(parent).filePath(u"."_s + target.fileName() + u".partial-XXXXXX"_s));
    if (!staging.isValid())
        return makeError(Error::Code::Io, u"Cannot create a folder in %1: %2"_s.arg(parent, staging.errorString()));
    FolderOutput output(staging.path());
    auto summary = ArchiveWriter(store, options, output).run();
    if (!summary)
        return summary;
    if (!QFile::permissions(staging.path()).testFlag(QFileDevice::ExeOther)) // mkdtemp makes it 0700
        QFile::setPermissions(staging.path(), QFile::permissions(staging.path()) | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther);
    if (target.exists())
        QDir().rmdir(outputDir);
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return makeError(Error::Code::Io, u"Cannot rename %1 to %2"_s.arg(staging.path(), outputDir));
    staging.setAutoRemove(false);
    return summary;
}

Result<HtmlArchiveSummary> exportHtmlArchiveZip(const Store &store, const HtmlArchiveOptions &options,
                                                const QString &zipPath)
{
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, file.errorString()));
    ZipWriter zip(&file);
    if (!zip.isOpen())
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, zip.error()));
    ZipOutput output(zip, QFileInfo(zipPath).completeBaseName());
    auto summary = ArchiveWriter(store, options, output).run();
    if (!summary)
        return summary; // QSaveFile drops the temporary file
    if (!zip.close() || !file.commit())
        return makeError(Error::Code::Io, u"Cannot write %1: %2"_s.arg(zipPath, zip.error()));
    return summary;
}

} // namespace holdfast
