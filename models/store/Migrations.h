#pragma once

#include "models/domain/Result.h"

class QSqlDatabase;

namespace holdfast {

/// The schema version this build writes.
constexpr int kCurrentSchemaVersion = 5;

/// Brings the database from its stored version (PRAGMA user_version) to
/// kCurrentSchemaVersion, one numbered step at a time, each step in a transaction.
/// Refuses a database newer than this build.
Result<void> migrateDatabase(QSqlDatabase &db);

} // namespace holdfast
