#pragma once

#include "app/cli/Cli.h"
#include "models/domain/Account.h"
#include "models/store/Store.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <memory>
#include <optional>

namespace holdfast::cli {

/// Parses a sub-command's arguments; prints the reason and returns false on a usage error.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    CliContext &context);
/// Opens the store or prints why not.
std::unique_ptr<Store> openStore(CliContext &context);
/// Finds ACCOUNT (id or handle) or prints a clear error.
std::optional<Account> resolveAccount(const Store &store, const QString &reference, CliContext &context);
/// Resolves every reference (ids or handles) or prints the first that is unknown.
std::optional<QList<qint64>> resolveAccountIds(const Store &store, const QStringList &references,
                                               CliContext &context);
/// YYYY-MM-DD (start of that day, UTC) or ISO 8601; invalid on bad input.
QDateTime parseDateArgument(const QString &text);

} // namespace holdfast::cli
