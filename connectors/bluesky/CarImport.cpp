#include "connectors/bluesky/CarImport.h"

#include "connectors/bluesky/BlueskyMapper.h"
#include "connectors/bluesky/BlueskySignIn.h"
#include "connectors/bluesky/CarReader.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSaveFile>

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::CarImport)
};

constexpr int kPageSize = 200;
constexpr auto kOfflineServer = "https://bsky.social";

QJsonObject asListed(const QString &did, const RepoRecord &record)
{
    // The shape com.atproto.repo.listRecords uses, so backups and imports map identically.
    return QJsonObject{{QStringLiteral("uri"), QStringLiteral("at://%1/%2/%3").arg(did, record.collection, record.rkey)},
                       {QStringLiteral("cid"), record.cid},
                       {QStringLiteral("value"), record.value}};
}

Result<Account> importAccount(Store &store, const QString &did, const QString &reference, bool &created)
{
    created = false;
    if (!reference.isEmpty()) {
        const auto account = store.findAccount(reference);
        if (!account)
            return makeError(Error::Code::NotFound, Tr::tr("There is no account %1.").arg(reference));
        if (account->platform != u"bluesky" || account->platformUserId != did)
            return makeError(Error::Code::InvalidInput,
                             Tr::tr("The CAR file is the repository of %1, not of account %2 (%3).")
                                 .arg(did, reference, account->platformUserId));
        return *account;
    }
    for (const Account &account : store.accounts())
        if (account.platform == u"bluesky" && account.platformUserId == did)
            return account;
    Account offline;
    offline.platform = QStringLiteral("bluesky");
    // The PDS is not in the file; the store needs a server, and bsky.social is where most
    // accounts live. Media of an offline account stay unlinked (see importRepositoryCar).
    offline.server = QString::fromLatin1(kOfflineServer);
    offline.platformUserId = did;
    offline.handle = did;
    offline.profileUrl = QStringLiteral("https://bsky.app/profile/%1").arg(did);
    offline.addedAt = QDateTime::currentDateTimeUtc();
    created = true;
    return store.saveAccount(offline);
}
} // namespace

QStringList CarImportResult::lines() const
{
    QStringList out;
    out << Tr::tr("Imported the Bluesky repository of %1 (revision %2) into account %3: %4%5")
               .arg(did, rev)
               .arg(account.id)
               .arg(account.handle, accountCreated ? Tr::tr(" (new offline account)") : QString());
    for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it)
        out << Tr::tr("%1: %2 read, %3 new").arg(collectionName(it.key())).arg(it->fetched).arg(it->added);
    out << Tr::tr("%1 records in all; %2 in other collections kept in %3")
               .arg(records).arg(otherRecords).arg(QFileInfo(snapshotPath).path());
    return out;
}

Result<CarImportResult> importRepositoryCar(Store &store, const QString &carPath, const QString &accountReference)
{
    QFile file(carPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("Could not read %1: %2").arg(carPath, file.errorString()));
    const QByteArray data = file.readAll();
    auto contents = readRepository(data);
    if (!contents)
        return makeError(contents.error().code, Tr::tr("%1: %2").arg(QFileInfo(carPath).fileName(), contents.error().message));

    CarImportResult result;
    result.did = contents->did;
    result.rev = contents->rev;
    result.records = int(contents->records.size());
    auto account = importAccount(store, contents->did, accountReference, result.accountCreated);
    if (!account)
        return account.error();
    result.account = account.value();
    const qint64 accountId = result.account.id;

    // The records by URI, for likes of the account's own posts and for the profile.
    QHash<QString, QJsonObject> byUri;
    for (const RepoRecord &record : std::as_const(contents->records))
        byUri.insert(asListed(contents->did, record).value(QLatin1String("uri")).toString(), asListed(contents->did, record));
    const QJsonObject profile = byUri.value(QStringLiteral("at://%1/app.bsky.actor.profile/self").arg(contents->did));
    Account updated = result.account;
    // An account made by an import has no known PDS (signed-in accounts name theirs, from the
    // DID document, never the entryway), so no blob URLs for it.
    const bool offline = result.account.server == QLatin1String(kOfflineServer);
    if (!profile.isEmpty()) {
        applyProfileRecord(updated, profile.value(QLatin1String("value")).toObject());
        if (offline)
            updated.avatarUrl.clear();
    }
    Person self;
    self.platformId = updated.platformUserId;
    self.handle = updated.handle;
    self.displayName = updated.displayName;
    self.avatarUrl = updated.avatarUrl;
    BlueskyMapper mapper(QUrl(updated.server), self);

    QList<Item> posts, likes;
    QList<Person> following;
    QByteArray otherLines;
    for (const RepoRecord &record : std::as_const(contents->records)) {
        const QJsonObject listed = asListed(contents->did, record);
        if (record.collection == u"app.bsky.feed.post") {
            posts.append(mapper.post(listed));
        } else if (record.collection == u"app.bsky.feed.repost") {
            posts.append(mapper.repost(listed));
        } else if (record.collection == u"app.bsky.feed.like") {
            const QString subject = record.value.toObject().value(QLatin1String("subject")).toObject()
                                        .value(QLatin1String("uri")).toString();
            const auto found = byUri.constFind(subject);
            likes.append(mapper.likedPost(listed, found == byUri.cend() ? std::nullopt
                                                                        : std::optional<QJsonObject>(*found)));
        } else if (record.collection == u"app.bsky.graph.follow") {
            following.append(mapper.followed(listed));
        } else {
            otherLines += BlueskyMapper::compactJson(listed) + '\n';
            ++result.otherRecords;
        }
    }
    if (offline) {
        // Blob URLs would point at a server that may not hold them.
        for (Item &item : posts)
            item.media.clear();
        for (Item &item : likes)
            item.media.clear();
    }

    // Snapshot first: even if the store write fails, the user's file is kept beside the archive.
    const QString dirName = QStringLiteral("snapshots/") + QString(contents->did).replace(u':', u'_');
    const QDir dataDir(store.dataDirectory());
    if (!dataDir.mkpath(dirName))
        return makeError(Error::Code::Io, Tr::tr("Could not create %1.").arg(dataDir.filePath(dirName)));
    result.snapshotPath = dirName + u'/' + contents->rev + QStringLiteral(".car");
    if (!QFile::exists(dataDir.filePath(result.snapshotPath))) {
        QSaveFile records(dataDir.filePath(dirName + u'/' + contents->rev + QStringLiteral(".records.jsonl")));
        QSaveFile car(dataDir.filePath(result.snapshotPath));
        if (!records.open(QIODevice::WriteOnly) || records.write(otherLines) != otherLines.size() || !records.commit()
            || !car.open(QIODevice::WriteOnly) || car.write(data) != data.size() || !car.commit())
            return makeError(Error::Code::Io, Tr::tr("Could not keep the snapshot in %1.").arg(dataDir.filePath(dirName)));
    }

    if (auto saved = store.saveAccount(updated); !saved)
        return saved.error();
    result.account = updated;
    auto runId = store.beginRun(accountId, false);
    if (!runId)
        return runId.error();
    BackupRun &run = result.run;
    run.id = runId.value();
    run.accountId = accountId;
    run.startedAt = QDateTime::currentDateTimeUtc();
    const auto write = [&](Collection collection, const QList<Item> &items) -> Result<void> {
        for (qsizetype start = 0; start < items.size(); start += kPageSize) {
            const QList<Item> page = items.mid(start, kPageSize);
            auto written = store.storeItemPage(accountId, collection, run.id, page, {},
                                               store.syncState(accountId, collection));
            if (!written)
                return written.error();
            CollectionCounts &counts = run.counts[collection];
            ++counts.pages;
            counts.fetched += int(page.size());
            counts.added += written->added;
            counts.edited += written->edited;
        }
        return {};
    };
    Result<void> outcome = write(Collection::Posts, posts);
    if (outcome)
        outcome = write(Collection::Favourites, likes);
    if (outcome) {
        for (qsizetype start = 0; start < following.size() && outcome; start += kPageSize) {
            const QList<Person> page = following.mid(start, kPageSize);
            auto written = store.storeContactPage(accountId, Collection::Following, run.id, page,
                                                  store.syncState(accountId, Collection::Following));
            if (!written) {
                outcome = written.error();
                break;
            }
            CollectionCounts &counts = run.counts[Collection::Following];
            ++counts.pages;
            counts.fetched += int(page.size());
            counts.added += written->added;
        }
    }
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.outcome = outcome ? QStringLiteral("succeeded") : QStringLiteral("failed");
    run.error = outcome ? QString() : outcome.error().message;
    if (auto finished = store.finishRun(run); !finished && outcome)
        outcome = finished.error();
    if (!outcome)
        return outcome.error();
    return result;
}

} // namespace holdfast::bluesky
