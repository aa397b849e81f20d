// Store: whole-repository snapshots (Bluesky CAR files) kept per backup run, and the
// account's own files (repository blobs no item references).

#include "models/store/Store.h"

#include "models/store/StoreLogging.h"
#include "models/store/StorePrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdfast {

using namespace storedetail;
using schema::kAccountMedia;
using schema::kMedia;
using schema::kRepoSnapshots;

namespace {
/// The absolute path of `relativePath` when it stays inside `dataDir`, else empty.
QString insideDataDir(const QString &dataDir, const QString &relativePath)
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath))
        return {};
    const QString path = QDir::cleanPath(dataDir + u'/' + relativePath);
    return path.startsWith(dataDir + u'/') ? path : QString();
}
} // namespace

namespace storedetail {

QStringList repoSnapshotPaths(SqlConnection &db, qint64 accountId)
{
    static const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
        kRepoSnapshots.localPath, kRepoSnapshots.table, kRepoSnapshots.accountId);
    QStringList paths;
    Cursor cursor = db.exec(sql, {accountId}, "list repository snapshots");
    while (cursor.next())
        paths.append(cursor.text(0));
    return paths;
}

void deleteRepoSnapshotFiles(const QString &dataDir, const QStringList &relativePaths)
{
    for (const QString &relative : relativePaths) {
        const QString path = insideDataDir(dataDir, relative);
        if (path.isEmpty()) {
            qCWarning(lcDb) << "not deleting a snapshot outside the data directory:" << relative;
            continue;
        }
        const QFileInfo info(path);
        QDir dir = info.dir();
        // Companions (e.g. `<rev>.records.jsonl`) share the snapshot's base name.
        const QString base = info.fileName().section(u'.', 0, 0);
        const QStringList names = base.isEmpty()
            ? QStringList{info.fileName()}
            : dir.entryList({base + u".*"_s}, QDir::Files);
        for (const QString &name : names)
            if (dir.exists(name) && !dir.remove(name))
                qCWarning(lcDb) << "could not delete snapshot file" << dir.filePath(name);
        if (dir.isEmpty())
            (void)dir.rmdir(dir.absolutePath());
    }
}

} // namespace storedetail

Result<qint64> Store::recordRepoSnapshot(const RepoSnapshot &snapshot)
{
    static const QString existing = u"SELECT %1 FROM %2 WHERE %3 = ? AND %4 = ?"_s.arg(
        kRepoSnapshots.id, kRepoSnapshots.table, kRepoSnapshots.accountId,
        kRepoSnapshots.localPath);
    static const QString insert = insertStatement(
        kRepoSnapshots.table,
        {kRepoSnapshots.accountId, kRepoSnapshots.runId, kRepoSnapshots.revision,
         kRepoSnapshots.localPath, kRepoSnapshots.sha256, kRepoSnapshots.size,
         kRepoSnapshots.capturedAt});

    if (snapshot.revision.isEmpty() || snapshot.sha256.isEmpty()
        || insideDataDir(d->dataDir, snapshot.localPath).isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("A repository snapshot needs a revision, a checksum and a path inside "
                            "the data directory (got \"%1\").")
                             .arg(snapshot.localPath));
    qint64 id = 0;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, snapshot.accountId);
        {
            Cursor cursor = d->exec(existing, {snapshot.accountId, snapshot.localPath},
                                    "look up repository snapshot");
            if (cursor.next())
                id = cursor.int64(0);
        }
        if (id == 0) {
            const QDateTime captured = snapshot.capturedAt.isValid()
                ? snapshot.capturedAt : QDateTime::currentDateTimeUtc();
            id = d->exec(insert,
                         {snapshot.accountId,
                          snapshot.runId != 0 ? QVariant(snapshot.runId) : QVariant(),
                          snapshot.revision, snapshot.localPath, snapshot.sha256, snapshot.size,
                          dateValue(captured)},
                         "insert repository snapshot")
                     .lastInsertId();
        }
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(
            tr("Could not record the repository snapshot of account %1").arg(snapshot.accountId));
    }
    return id;
}

QList<RepoSnapshot> Store::repoSnapshots(qint64 accountId) const
{
    static const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4 DESC, %5 DESC"_s.arg(
        columnList({kRepoSnapshots.id, kRepoSnapshots.runId, kRepoSnapshots.revision,
                    kRepoSnapshots.localPath, kRepoSnapshots.sha256, kRepoSnapshots.size,
                    kRepoSnapshots.capturedAt}),
        kRepoSnapshots.table, kRepoSnapshots.accountId, kRepoSnapshots.capturedAt,
        kRepoSnapshots.id);
    QList<RepoSnapshot> snapshots;
    try {
        Cursor cursor = d->exec(sql, {accountId}, "list repository snapshots");
        while (cursor.next()) {
            RepoSnapshot snapshot;
            snapshot.id = cursor.int64(0);
            snapshot.accountId = accountId;
            snapshot.runId = cursor.isNull(1) ? 0 : cursor.int64(1);
            snapshot.revision = cursor.text(2);
            snapshot.localPath = cursor.text(3);
            snapshot.sha256 = cursor.text(4);
            snapshot.size = cursor.int64(5);
            snapshot.capturedAt = cursor.date(6);
            snapshots.append(snapshot);
        }
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not list repository snapshots:" << failure.error.message;
    }
    return snapshots;
}

Result<int> Store::addAccountMedia(qint64 accountId, const QStringList &remoteUrls)
{
    static const QString link = u"INSERT OR IGNORE INTO %1 (%2, %3) VALUES (?, ?)"_s.arg(
        kAccountMedia.table, kAccountMedia.accountId, kAccountMedia.mediaId);
    for (const QString &url : remoteUrls) {
        const QUrl parsed(url);
        if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
            return makeError(Error::Code::InvalidInput,
                             tr("Not a downloadable URL: \"%1\".").arg(url.left(200)));
    }
    int added = 0;
    try {
        SqlConnection::Transaction transaction(*d);
        ensureAccountExists(*d, accountId);
        for (const QString &url : remoteUrls) {
            bool created = false;
            const qint64 mediaId = ensureMediaRow(*d, url, &created);
            d->exec(link, {accountId, mediaId}, "link media to account");
            added += created;
        }
        transaction.commit();
    } catch (const Failure &failure) {
        return failure.withContext(tr("Could not record the files of account %1").arg(accountId));
    }
    return added;
}

QList<MediaFile> Store::accountMedia(qint64 accountId) const
{
    static const QString sql =
        u"SELECT %1 FROM %2 m JOIN %3 am ON am.%4 = m.%5 WHERE am.%6 = ? ORDER BY m.%7"_s.arg(
            mediaFileColumns(),
            kMedia.table, kAccountMedia.table, kAccountMedia.mediaId, kMedia.id,
            kAccountMedia.accountId, kMedia.remoteUrl);
    QList<MediaFile> files;
    try {
        Cursor cursor = d->exec(sql, {accountId}, "list account media");
        while (cursor.next())
            files.append(readMediaFile(cursor));
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "could not list account media:" << failure.error.message;
    }
    return files;
}

} // namespace holdfast
