#pragma once

#include "connectors/importers/ImportSummary.h"
#include "connectors/importers/Importer.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace holdfast::importers {

/**
 * Imports a Facebook or Instagram "Download Your Information" export in JSON format: posts,
 * comments (kind Comment), Messenger/Instagram inbox and group threads (messages with the
 * thread as conversation), friends and followers/following as contacts, and the profile as the
 * account's identity (a Facebook Page's archive as the Page). Files are found by name wherever
 * the export's year put them (2020-style `messages/inbox/...`, 2024-style
 * `your_facebook_activity/...`, `your_instagram_activity/...`, `connections/...`). Every string
 * gets the `\u00XX` mojibake repair. The exports carry no ids, so messages get stable ids
 * from their thread, time, sender and text (re-imports dedupe) and people are keyed by name.
 */
class DyiImporter final : public Importer
{
public:
    explicit DyiImporter(ArchiveFormat format) : m_instagram(format == ArchiveFormat::InstagramDyi) {}

    Result<ArchiveIdentity> identity(ArchiveReader &reader) override;
    Result<void> import(ArchiveReader &reader, ImportWriter &writer) override;

    /// What a file of the export holds ("posts", "comments", "messages", "friends",
    /// "followers", "following", "profile"), from its path; empty if not imported.
    static QString fileKind(const QString &path, bool instagram);
    /// Maps one (mojibake-repaired) data file to items/people (exposed for fuzzing and tests).
    struct Mapped
    {
        QList<std::pair<Collection, Item>> items;
        QList<std::pair<Collection, Person>> contacts;
        QStringList skipped;
    };
    Mapped map(const QString &kind, const QString &path, const QJsonValue &data) const;

private:
    Person personNamed(const QString &name) const;
    MediaRef mediaRef(const QString &uri, const QString &type) const;

    bool m_instagram;
    Account m_account;
    Person m_self;
    mutable QHash<QString, QString> m_mediaFiles; ///< uri in the export -> media URL
};

} // namespace holdfast::importers
