#pragma once

#include "models/domain/Item.h"
#include "models/domain/Person.h"

#include <QJsonObject>
#include <QString>

namespace holdfast::mastodon {

/**
 * Turns Mastodon API entities into domain types. `instanceHost` makes local handles absolute
 * ("alice" -> "alice@social.example"). Raw JSON is kept verbatim on every result.
 */
class MastodonMapper final
{
public:
    explicit MastodonMapper(QString instanceHost) : m_host(std::move(instanceHost)) {}

    Person person(const QJsonObject &account) const;
    /// Kind: boost if it wraps a reblog, message if visibility is direct, reply if it answers
    /// something, else post. A boost's original is returned by boostedOriginal().
    Item item(const QJsonObject &status) const;
    /// The status inside a boost, or nullopt.
    std::optional<Item> boostedOriginal(const QJsonObject &status) const;
    QString absoluteHandle(const QString &acct) const;

private:
    QString m_host;
};

} // namespace holdfast::mastodon
