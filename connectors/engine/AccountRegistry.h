#pragma once

#include "connectors/engine/BackupSource.h"
#include "models/domain/Account.h"
#include "models/domain/Result.h"

#include <memory>

namespace holdfast {

class HttpClient;
class SecretStore;
class Store;

/**
 * Adds and removes accounts so that the store row and the keychain secrets never disagree:
 * an account is only kept if its token reached the keychain, and removing it deletes both.
 */
class AccountRegistry final
{
public:
    AccountRegistry(Store &store, SecretStore &secrets) : m_store(store), m_secrets(secrets) {}

    /// Saves (or updates) the account and puts its token in the keychain.
    Result<Account> addSignedInAccount(const Account &account, const QString &accessToken);
    /// A Bluesky app-password sign-in: the account, its access and refresh JWT and the app
    /// password (which renews a session whose refresh JWT died), all in the keychain; if a
    /// secret cannot be stored, a newly added account is removed again.
    Result<Account> addBlueskyAccount(const Account &account, const QString &accessJwt,
                                      const QString &refreshJwt, const QString &appPassword);
    Result<void> removeAccount(const Account &account);

private:
    Store &m_store;
    SecretStore &m_secrets;
};

/// Saves a signed-in account. An account imported earlier from the same person's data export
/// (same platform and server, same handle or profile URL) but keyed by the export's id (a
/// Mastodon actor URL instead of the numeric id) becomes this account, with all its data,
/// instead of a second one.
Result<Account> saveSignedInAccount(Store &store, const Account &account);

/// Creates the platform's BackupSource for an account, with its token from the keychain
/// set on `http`. This is the factory BackupJob uses outside tests.
Result<std::unique_ptr<BackupSource>> createBackupSource(const Account &account, HttpClient &http);

} // namespace holdfast
