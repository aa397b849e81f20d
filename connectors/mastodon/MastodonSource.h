#pragma once

#include "connectors/engine/BackupSource.h"
#include "connectors/mastodon/MastodonMapper.h"

#include <QJsonObject>
#include <QUrl>

namespace holdfast {
class HttpClient;
}

namespace holdfast::mastodon {

/**
 * Backs up one Mastodon account through the client REST API: own statuses, favourites,
 * bookmarks, mentions, DM conversations (each thread via /statuses/:id/context), followers
 * and following. Pages follow the Link header (its ids are not the payload's ids).
 */
class MastodonSource final : public BackupSource
{
public:
    /// `http` must already carry the account's bearer token.
    MastodonSource(QUrl instance, QString ownAccountId, HttpClient &http);

    Result<SourceProfile> fetchProfile() override;
    QList<Collection> collections() const override;
    Result<SourcePage> fetchPage(Collection collection, const QString &cursor,
                                 const std::function<bool(const QString &)> &isStored) override;

private:
    QUrl api(const QString &path, const QString &query = {}) const;
    QUrl firstPage(Collection collection) const;
    Result<QList<Item>> conversationThread(const QJsonObject &lastStatus, const QString &conversationId);

    QUrl m_instance;
    QString m_accountId;
    HttpClient &m_http;
    MastodonMapper m_mapper;
};

} // namespace holdfast::mastodon
