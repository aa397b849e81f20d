#pragma once

#include <QDateTime>
#include <QString>

namespace holdfast {

/// An account on a platform that Holdfast backs up. Never holds a token or secret:
/// those live in the OS keychain under keys derived from `id` (see SecretStore).
struct Account
{
    qint64 id = 0;              ///< store id; what `holdfast ... ACCOUNT` accepts
    QString platform;           ///< "mastodon", "bluesky", ...
    QString server;             ///< instance base URL, e.g. "https://social.example" (no trailing slash)
    QString platformUserId;     ///< the platform's id for this user (opaque string)
    QString handle;             ///< "alice@social.example"
    QString displayName;
    QString avatarUrl;
    QString profileUrl;
    QDateTime addedAt;
    QDateTime lastBackupAt;     ///< end of the last successful backup; invalid if none
    QString lastBackupOutcome;  ///< "", "succeeded", "failed", "cancelled"
    QString lastBackupError;
};

/// The client registration of Holdfast at one server (Mastodon registers per instance).
/// The client secret is not here: it lives in the keychain.
struct AppRegistration
{
    QString platform;
    QString server;
    QString clientId;
    QString redirectUri;
    QString scopes;
};

} // namespace holdfast
