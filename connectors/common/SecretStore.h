#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace holdfast {

struct Account;

/**
 * Tokens and client secrets in the OS keychain (Secret Service on Linux, via QtKeychain).
 * Nothing secret is ever written to the database, settings or logs. Every call runs on one
 * process-wide keychain thread (the Secret Service backend breaks when used from several
 * threads) and blocks the caller until done, so call it from workers or the CLI, not the GUI.
 * There is no insecure fallback: without a keychain, storing fails with Error::Keychain.
 */
class SecretStore final
{
public:
    explicit SecretStore(QString serviceName = QStringLiteral("Holdfast"));

    Result<void> write(const QString &key, const QString &secret);
    /// NotFound error if there is no such entry.
    Result<QString> read(const QString &key);
    /// Succeeds when the entry is gone, including when it never existed.
    Result<void> remove(const QString &key);

    /// Key names, so every caller addresses the same entries.
    static QString accessTokenKey(const Account &account);
    static QString refreshTokenKey(const Account &account);
    static QString clientSecretKey(const QString &platform, const QString &server);
    /// An app password (Bluesky): kept so a session whose refresh token died can be renewed.
    static QString appPasswordKey(const Account &account);
    /// A Bluesky OAuth session (JSON with the DPoP private key the tokens are bound to).
    static QString oauthSessionKey(const Account &account);

private:
    // The same operations, run on the keychain thread.
    Result<void> writeHere(const QString &key, const QString &secret);
    Result<QString> readHere(const QString &key);
    Result<void> removeHere(const QString &key);

    QString m_service;
};

} // namespace holdfast
