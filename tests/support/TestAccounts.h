#pragma once
// Accounts that store-level tests fill their archives under.

#include "models/domain/Account.h"

#include <QString>

namespace holdfast::testdata {

/// A Mastodon account on https://social.example (not saved yet).
inline Account mastodonAccount(const QString &handle = QStringLiteral("alice@social.example"),
                               const QString &userId = QStringLiteral("1"),
                               const QString &displayName = {})
{
    Account account;
    account.platform = QStringLiteral("mastodon");
    account.server = QStringLiteral("https://social.example");
    account.platformUserId = userId;
    account.handle = handle;
    account.displayName = displayName;
    return account;
}

} // namespace holdfast::testdata
