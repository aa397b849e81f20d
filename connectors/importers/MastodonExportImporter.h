#pragma once

#include "connectors/importers/Importer.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace holdfast {
class Store;
}

namespace holdfast::importers {

/**
 * Imports a Mastodon account archive (.tar.gz): outbox.json Create activities become posts,
 * replies and (direct audience) messages, Announce activities boosts; likes.json and
 * bookmarks.json (status URIs only) become favourites and bookmarks holding what is known;
 * actor.json names the account; media files are copied in by content hash. Statuses of the
 * account's own server are stored under their numeric id (the last part of the URI), which is
 * the id the API gives them, so an archive over an API backup adds no duplicates.
 */
class MastodonExportImporter final : public Importer
{
public:
    explicit MastodonExportImporter(QString root) : m_root(std::move(root)) {}

    Result<ArchiveIdentity> identity(ArchiveReader &reader) override;
    Result<void> import(ArchiveReader &reader, ImportWriter &writer) override;

    /// An outbox activity as an item (nullopt for other activity types). `server` is the
    /// account's base URL; `mediaFiles` receives archive path -> media URL. For fuzzing/tests.
    static std::optional<Item> activityItem(const QJsonObject &activity, const Person &author,
                                            const QString &server,
                                            QHash<QString, QString> *mediaFiles);
    /// The API id for a status URI of `server` ("https://s.example/users/a/statuses/1" -> "1");
    /// other URIs are kept whole.
    static QString statusId(const QString &uri, const QString &server);

private:
    QString m_root;
    QString m_server;
};

/**
 * Imports one of Mastodon's CSV exports given as a separate file: following_accounts.csv
 * becomes followed contacts (matched by handle to people already stored), bookmarks.csv
 * bookmarks; lists, blocks and mutes are read and reported, since Holdfast has no collection
 * for them. A CSV names no owner, so it goes to the account chosen with --account (or the
 * only Mastodon account).
 */
class MastodonCsvImporter final : public Importer
{
public:
    MastodonCsvImporter(QString kind, Store &store) : m_kind(std::move(kind)), m_store(store) {}

    Result<ArchiveIdentity> identity(ArchiveReader &reader) override;
    Result<void> import(ArchiveReader &reader, ImportWriter &writer) override;

    /// Splits one CSV line (quotes, doubled quotes). Exposed for fuzzing.
    static QStringList csvFields(const QString &line);

private:
    QString m_kind;
    Store &m_store;
};

} // namespace holdfast::importers
