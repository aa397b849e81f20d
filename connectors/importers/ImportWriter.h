#pragma once

#include "connectors/common/CancellationToken.h"
#include "connectors/importers/ImportSummary.h"
#include "models/domain/Account.h"
#include "models/domain/Collection.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

namespace holdfast {
class Store;
}

namespace holdfast::importers {

class ArchiveEntry;

/**
 * Where importers put what they read: buffers items and contacts per collection and writes
 * them through Store in page-sized transactions (bounded memory), counts everything into the
 * summary and the run, and copies media files into the data directory by content hash.
 *
 * Items the store already has (an earlier import, an API backup) keep their stored content:
 * the archive only adds the membership, so importing twice or over an API backup creates no
 * duplicates and no spurious "edits". Importers never touch the store themselves.
 */
class ImportWriter final
{
public:
    ImportWriter(Store &store, Account account, qint64 runId, QString dataDir, int pageSize,
                 ImportSummary &summary, const CancellationToken *cancellation,
                 std::function<void(const ImportProgress &)> progress);

    const Account &account() const { return m_account; }
    bool isCancelled() const { return m_cancellation && m_cancellation->isCancelled(); }

    /// Queues an item as a member of `collection`; writes a page when the buffer is full.
    /// `related` items (a boosted original) are stored with it without joining the collection.
    Result<void> addItem(Collection collection, Item item, QList<Item> related = {});
    /// Queues a follower/following.
    Result<void> addContact(Collection collection, Person person);
    /// Marks an item (added before or already stored) deleted at `when`; applied by finish().
    void markDeleted(const QString &platformId, const QDateTime &when);
    /// The platform ids under which the store already has items known by these URIs (API
    /// items carry the ActivityPub URI that exports use for remote statuses).
    QHash<QString, QString> storedIdsByUri(const QStringList &uris) const;
    /// Counts an entry that was not imported, with a reason for the summary.
    void skip(const QString &countName, const QString &reason);
    /// Counts an entry that was read but has no place in the store (e.g. Mastodon lists).
    void countNotStored(const QString &countName);
    /// A data file that could not be read to its end: `error` says where. With entries
    /// already imported from it (`importedBefore` > 0) the import is incomplete, which
    /// incomplete() reports so the run is not recorded as a success; otherwise the file was
    /// skipped whole and the rest of the archive imports as usual.
    void fileFailed(const QString &countName, const Error &error, int importedBefore);
    /// Why the import is incomplete (files cut short); empty if it is not.
    const QStringList &incomplete() const { return m_incomplete; }
    /// A note for the summary that is not about one entry (e.g. a manifest mismatch).
    void note(const QString &line);
    /// Writes everything queued. Importers call it before their media pass.
    Result<void> flush();

    /// Copies `entry` into media/<aa>/<sha256>.<ext> and links it to the media row with
    /// `remoteUrl` (the URL the items reference). A file no item references is not kept.
    Result<void> importMedia(const QString &remoteUrl, ArchiveEntry &entry);

private:
    Result<void> flushItems(Collection collection);
    Result<void> flushContacts(Collection collection);
    void reportProgress();

    Store &m_store;
    Account m_account;
    qint64 m_runId;
    QString m_dataDir;
    int m_pageSize;
    ImportSummary &m_summary;
    const CancellationToken *m_cancellation;
    std::function<void(const ImportProgress &)> m_progress;
    QMap<Collection, QList<Item>> m_items;
    QMap<Collection, QList<Item>> m_related;
    QMap<Collection, QList<Person>> m_contacts;
    QList<std::pair<QString, QDateTime>> m_deletions;
    /// Statuses that imported items reply to or boost by URI; relinked to stored ids by flush().
    QSet<QString> m_uriReferences;
    qint64 m_written = 0;
    QStringList m_incomplete;
};

} // namespace holdfast::importers
