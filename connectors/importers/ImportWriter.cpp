#include "connectors/importers/ImportWriter.h"

#include "connectors/importers/ArchiveReader.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QTemporaryFile>

namespace holdfast::importers {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ArchiveImport)
};
} // namespace

QString archiveFormatName(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::XArchive: return Tr::tr("X archive");
    case ArchiveFormat::MastodonExport: return Tr::tr("Mastodon export");
    case ArchiveFormat::MastodonCsv: return Tr::tr("Mastodon CSV export");
    case ArchiveFormat::FacebookDyi: return Tr::tr("Facebook data download");
    case ArchiveFormat::InstagramDyi: return Tr::tr("Instagram data download");
    case ArchiveFormat::BlueskyCar: return Tr::tr("Bluesky repository (CAR)");
    case ArchiveFormat::Unknown: break;
    }
    return Tr::tr("unknown format");
}

QStringList ImportSummary::lines() const
{
    QStringList out;
    out.append(Tr::tr("%1 (%2) into account %3%4")
                   .arg(archive, archiveFormatName(format), account,
                        accountCreated ? Tr::tr(" (new offline account)") : QString()));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.append(Tr::tr("  %1: %2 read, %3 new, %4 skipped")
                       .arg(it.key())
                       .arg(it->read)
                       .arg(it->added)
                       .arg(it->skipped));
    for (const QString &line : skipped)
        out.append(QStringLiteral("  - ") + line);
    return out;
}

int ImportSummary::addedTotal() const
{
    int total = 0;
    for (const ImportCount &count : counts)
        total += count.added;
    return total;
}

int ImportSummary::skippedTotal() const
{
    int total = 0;
    for (const ImportCount &count : counts)
        total += count.skipped;
    return total;
}

ImportWriter::ImportWriter(Store &store, Account account, qint64 runId, QString dataDir,
                           int pageSize, ImportSummary &summary,
                           const CancellationToken *cancellation,
                           std::function<void(const ImportProgress &)> progress)
    : m_store(store), m_account(std::move(account)), m_runId(runId),
      m_dataDir(std::move(dataDir)), m_pageSize(std::max(pageSize, 1)), m_summary(summary),
      m_cancellation(cancellation), m_progress(std::move(progress))
{
}

Result<void> ImportWriter::addItem(Collection collection, Item item, QList<Item> related)
{
    if (isCancelled())
        return makeError(Error::Code::Cancelled, Tr::tr("Cancelled."));
    if (item.platformId.isEmpty()) {
        skip(collectionName(collection), Tr::tr("%1: an entry without an id").arg(collectionName(collection)));
        return {};
    }
    ++m_summary.counts[collectionName(collection)].read;
    for (const QString *reference : {&item.inReplyToId, &item.boostOfId}) {
        if (reference->startsWith(QLatin1String("https://")) || reference->startsWith(QLatin1String("http://")))
            m_uriReferences.insert(*reference);
    }
    QList<Item> &buffer = m_items[collection];
    buffer.append(std::move(item));
    m_related[collection].append(std::move(related));
    if (buffer.size() >= m_pageSize)
        return flushItems(collection);
    return {};
}

Result<void> ImportWriter::addContact(Collection collection, Person person)
{
    if (isCancelled())
        return makeError(Error::Code::Cancelled, Tr::tr("Cancelled."));
    if (person.platformId.isEmpty()) {
        skip(collectionName(collection), Tr::tr("%1: an entry without an id").arg(collectionName(collection)));
        return {};
    }
    ++m_summary.counts[collectionName(collection)].read;
    QList<Person> &buffer = m_contacts[collection];
    buffer.append(std::move(person));
    if (buffer.size() >= m_pageSize)
        return flushContacts(collection);
    return {};
}

void ImportWriter::markDeleted(const QString &platformId, const QDateTime &when)
{
    ++m_summary.counts[Tr::tr("deleted")].read;
    m_deletions.append({platformId, when});
}

QHash<QString, QString> ImportWriter::storedIdsByUri(const QStringList &uris) const
{
    return m_store.itemIdsByUri(m_account.id, QSet<QString>(uris.cbegin(), uris.cend()));
}

void ImportWriter::skip(const QString &countName, const QString &reason)
{
    ++m_summary.counts[countName].skipped;
    if (reason.isEmpty())
        return;
    // A broken archive could produce millions of identical lines; keep the summary readable.
    constexpr int kMaxLines = 200;
    if (m_summary.skipped.size() < kMaxLines)
        m_summary.skipped.append(reason);
    else if (m_summary.skipped.size() == kMaxLines)
        m_summary.skipped.append(Tr::tr("(more skipped entries not listed)"));
}

void ImportWriter::countNotStored(const QString &countName)
{
    ++m_summary.counts[countName].read;
    ++m_summary.counts[countName].skipped;
}

void ImportWriter::fileFailed(const QString &countName, const Error &error, int importedBefore)
{
    if (importedBefore <= 0) {
        skip(countName, error.message);
        return;
    }
    const QString line = Tr::tr("%1; entries imported from that file before it: %2, the rest of it was not "
                            "imported")
                             .arg(error.message)
                             .arg(importedBefore);
    skip(countName, line);
    m_incomplete.append(line);
}

void ImportWriter::note(const QString &line)
{
    m_summary.skipped.append(line);
}

Result<void> ImportWriter::flush()
{
    for (const Collection collection : m_items.keys()) {
        if (auto done = flushItems(collection); !done)
            return done;
    }
    for (const Collection collection : m_contacts.keys()) {
        if (auto done = flushContacts(collection); !done)
            return done;
    }
    if (!m_deletions.isEmpty()) {
        auto marked = m_store.markItemsDeletedAt(m_account.id, m_deletions);
        if (!marked)
            return marked.error();
        m_summary.counts[Tr::tr("deleted")].added += marked.value();
        m_deletions.clear();
    }
    if (!m_uriReferences.isEmpty()) {
        // An API backup may hold those statuses under the platform's own ids.
        auto relinked = m_store.relinkReferencesByUri(
            m_account.id, m_store.itemIdsByUri(m_account.id, std::exchange(m_uriReferences, {})));
        if (!relinked)
            return relinked.error();
    }
    return {};
}

Result<void> ImportWriter::flushItems(Collection collection)
{
    QList<Item> buffer = std::exchange(m_items[collection], {});
    QList<Item> relatedBuffer = std::exchange(m_related[collection], {});
    if (buffer.isEmpty())
        return {};
    // What the store already has, for the whole page in one query (one lookup per item was
    // 13% of an import's CPU time).
    QStringList platformIds;
    platformIds.reserve(buffer.size() + relatedBuffer.size());
    for (const Item &item : std::as_const(buffer))
        platformIds.append(item.platformId);
    for (const Item &item : std::as_const(relatedBuffer))
        platformIds.append(item.platformId);
    QHash<QString, Item> storedById;
    for (Item &stored : m_store.itemsByPlatformIds(m_account.id, platformIds)) {
        const QString platformId = stored.platformId;
        storedById.insert(platformId, std::move(stored));
    }
    QList<Item> related;
    for (Item &item : relatedBuffer) {
        // Stored content wins here too.
        if (!storedById.contains(item.platformId))
            related.append(std::move(item));
    }
    QList<Item> members;
    QList<std::pair<QString, QDateTime>> keepDeleted;
    QSet<QString> seen;
    members.reserve(buffer.size());
    for (Item &item : buffer) {
        if (seen.contains(item.platformId))
            continue;
        seen.insert(item.platformId);
        // What the store has wins: rewriting it unchanged only adds the membership.
        if (auto stored = storedById.constFind(item.platformId); stored != storedById.cend()) {
            if (stored->deletedAt.isValid())
                keepDeleted.append({stored->platformId, stored->deletedAt});
            members.append(*stored);
        } else {
            members.append(std::move(item));
        }
    }
    buffer.clear();
    // The API walk's resume state is not ours to change: write it back as it is.
    const SyncState state = m_store.syncState(m_account.id, collection);
    auto written = m_store.storeItemPage(m_account.id, collection, m_runId, members, related, state);
    if (!written)
        return written.error();
    if (!keepDeleted.isEmpty()) {
        if (auto kept = m_store.markItemsDeletedAt(m_account.id, keepDeleted); !kept)
            return kept.error();
    }
    CollectionCounts &counts = m_summary.run.counts[collection];
    ++counts.pages;
    counts.fetched += int(members.size());
    counts.added += written->added;
    m_summary.counts[collectionName(collection)].added += written->added;
    m_written += members.size();
    reportProgress();
    return {};
}

Result<void> ImportWriter::flushContacts(Collection collection)
{
    QList<Person> buffer = std::exchange(m_contacts[collection], {});
    if (buffer.isEmpty())
        return {};
    const SyncState state = m_store.syncState(m_account.id, collection);
    auto written = m_store.storeContactPage(m_account.id, collection, m_runId, buffer, state);
    if (!written)
        return written.error();
    CollectionCounts &counts = m_summary.run.counts[collection];
    ++counts.pages;
    counts.fetched += int(buffer.size());
    counts.added += written->added;
    m_summary.counts[collectionName(collection)].added += written->added;
    m_written += buffer.size();
    reportProgress();
    return {};
}

void ImportWriter::reportProgress()
{
    if (!m_progress)
        return;
    ImportProgress progress;
    progress.phase = ImportProgress::Phase::Importing;
    progress.done = m_written;
    progress.message = Tr::tr("Imported %1 entries").arg(m_written);
    m_progress(progress);
}

Result<void> ImportWriter::importMedia(const QString &remoteUrl, ArchiveEntry &entry)
{
    const QString name = Tr::tr("media");
    ++m_summary.counts[name].read;
    const QDir mediaDir(QDir(m_dataDir).filePath(QStringLiteral("media")));
    if (!QDir().mkpath(mediaDir.path()))
        return makeError(Error::Code::Io, Tr::tr("Cannot create %1").arg(mediaDir.path()));
    // Written under a temporary name inside media/ and renamed once its hash is known.
    QTemporaryFile temporary(mediaDir.filePath(QStringLiteral("import-XXXXXX")));
    if (!temporary.open())
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot write into %1: %2").arg(mediaDir.path(), temporary.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    QByteArray start;
    qint64 size = 0;
    for (;;) {
        auto got = entry.read(buffer.data(), buffer.size());
        if (!got)
            return got.error();
        if (got.value() == 0)
            break;
        const QByteArrayView chunk(buffer.constData(), got.value());
        hash.addData(chunk);
        if (start.size() < 4096)
            start.append(chunk.first(std::min<qsizetype>(chunk.size(), 4096 - start.size())));
        if (temporary.write(chunk.data(), chunk.size()) != chunk.size())
            return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2")
                                                  .arg(temporary.fileName(), temporary.errorString()));
        size += got.value();
    }
    if (!temporary.flush())
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2")
                                              .arg(temporary.fileName(), temporary.errorString()));
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QMimeDatabase mimeDb;
    const QMimeType mime = mimeDb.mimeTypeForFileNameAndData(QFileInfo(entry.path()).fileName(), start);
    QString suffix = mime.preferredSuffix();
    if (suffix.isEmpty())
        suffix = QFileInfo(entry.path()).suffix().left(8);
    const QString relative = QStringLiteral("media/%1/%2%3")
                                 .arg(sha.left(2), sha, suffix.isEmpty() ? QString() : u'.' + suffix);
    const QString absolute = QDir(m_dataDir).filePath(relative);
    bool created = false;
    if (!QFileInfo::exists(absolute)) {
        QDir().mkpath(QFileInfo(absolute).absolutePath());
        if (!temporary.rename(absolute))
            return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(absolute, temporary.errorString()));
        temporary.setAutoRemove(false);
        created = true;
    }
    auto recorded = m_store.recordImportedMedia(remoteUrl, sha, relative, mime.name(), size);
    if (!recorded)
        return recorded.error();
    if (recorded.value()) {
        ++m_summary.counts[name].added;
    } else if (created) {
        // Already stored (or referenced by nothing): do not leave an unreferenced copy.
        QFile::remove(absolute);
    }
    return {};
}

} // namespace holdfast::importers
