#pragma once

#include "connectors/importers/Importer.h"
#include "models/domain/Item.h"
#include "models/domain/Person.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace holdfast::importers {

/**
 * Imports an X/Twitter "Your archive" (ZIP or unpacked folder): posts (tweets.js, older
 * tweet.js, tweets-partN.js; with or without the {"tweet":{...}} wrapper) with long-post text
 * merged from note-tweet.js, deleted posts, likes, followers, following, one-to-one and group
 * direct messages, and account/profile identity. Media files from the archive's media folders
 * are copied in by content hash. The import is checked against manifest.js; mismatches are
 * reported in the summary. Each data file is parsed on its own and released.
 */
class XArchiveImporter final : public Importer
{
public:
    /// `dataRoot`: the archive folder holding the data files ("data/"), from FormatDetector.
    explicit XArchiveImporter(QString dataRoot) : m_root(std::move(dataRoot)) {}

    Result<ArchiveIdentity> identity(ArchiveReader &reader) override;
    Result<void> import(ArchiveReader &reader, ImportWriter &writer) override;

    /// What a data file holds, from its name ("tweets-part1.js" -> "tweets"); empty if the
    /// importer does not read it.
    static QString dataKind(const QString &fileName);
    /// A tweet object (wrapped or not) as an item by `author`; `mediaFiles` receives
    /// "<tweetId>-<file name>" -> media URL for every attachment. Exposed for fuzzing/tests.
    static Item tweetItem(const QJsonObject &record, const Person &author,
                          QHash<QString, QString> *mediaFiles);
    /// When `item` (from tweetItem()) is a retweet ("RT @handle: ..."), turns it into a boost
    /// and returns the retweeted post: its author from the prefix and the mention entities,
    /// its text, and its id from the media's source_status_id when the archive has one
    /// (otherwise "retweeted:<retweet id>", since the archive does not say).
    static std::optional<Item> retweetedOriginal(const QJsonObject &record, Item &item);
    /// Both date formats of the archive ("Wed Aug 09 16:19:22 +0000 2023" and ISO 8601).
    static QDateTime parseDate(const QString &text);
    /// The post's text as HTML with mentions, links and hashtags linked like API items;
    /// `indices` of entities count code points.
    static QString tweetHtml(const QString &text, const QJsonObject &entities);

private:
    Result<void> importFile(const QString &path, const QByteArray &data, ImportWriter &writer,
                            int *count);

    QString m_root;
    QJsonObject m_manifest;
    Person m_self;
    QHash<QString, QString> m_mediaFiles;       ///< "<id>-<name>" -> remote URL
    /// A long post's full text from note-tweet.js, until its post in tweets.js is found.
    struct NoteTweet
    {
        QString id;
        QDateTime createdAt;
        QString text;
        QJsonObject record;
        bool matched = false;
    };
    Result<void> importUnmatchedNotes(ImportWriter &writer);

    QList<NoteTweet> m_notes;
    QMultiHash<qint64, qsizetype> m_notesBySecond;  ///< creation second -> index in m_notes
};

} // namespace holdfast::importers
