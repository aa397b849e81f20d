#pragma once

#include "models/domain/Account.h"
#include "models/domain/Result.h"

#include <QString>

namespace holdfast::importers {

class ArchiveReader;
class ImportWriter;

/// How an importer found out whose archive it is.
struct ArchiveIdentity
{
    Account account;              ///< platform, server, platformUserId, handle, names, URLs
    /// Alternative ids that also identify the account (Mastodon: the actor URI and profile
    /// URL, since an API-backed-up account is stored under its numeric id).
    QStringList aliases;
    bool known = true;            ///< false: the data names no owner (a lone CSV file)
};

/**
 * One data-export format. identity() reads only the small identity files so the account can
 * be chosen before anything is written; import() then streams the data into the writer.
 * Implementations keep memory bounded: one data file at a time.
 */
class Importer
{
public:
    virtual ~Importer() = default;
    virtual Result<ArchiveIdentity> identity(ArchiveReader &reader) = 0;
    /// `account` is the stored account the data goes to (ids are final).
    virtual Result<void> import(ArchiveReader &reader, ImportWriter &writer) = 0;
};

} // namespace holdfast::importers
