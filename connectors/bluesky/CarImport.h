#pragma once

#include "models/domain/Account.h"
#include "models/domain/BackupRun.h"
#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

namespace holdfast {
class Store;
}

namespace holdfast::bluesky {

/// What importing one repository CAR did.
struct CarImportResult
{
    Account account;
    bool accountCreated = false;   ///< no Bluesky account with the CAR's DID existed
    QString did;
    QString rev;
    int records = 0;               ///< records in the repository
    int otherRecords = 0;          ///< records of collections kept only in records.jsonl
    QString snapshotPath;          ///< relative to the data directory
    BackupRun run;                 ///< as recorded in the store

    QStringList lines() const;     ///< a summary for people
};

/**
 * Imports a repository export (`com.atproto.sync.getRepo` CAR, or the file bsky.app's
 * "Export my data" produces) into the store: posts and reposts into posts, likes into
 * favourites, follows into following, mapped exactly as a backup maps listRecords; the CAR
 * is kept as a snapshot under `snapshots/<did>/<rev>.car` with the records of other
 * collections beside it (`<rev>.records.jsonl`).
 *
 * The account is `accountReference` if given (it must be the CAR's DID), else the Bluesky
 * account with the CAR's DID, else a new offline account (no server known: media stay links).
 * Liked posts that are not in the CAR are kept as stubs with their URI. An import never marks
 * anything as deleted and leaves the backup walk state alone.
 */
Result<CarImportResult> importRepositoryCar(Store &store, const QString &carPath,
                                            const QString &accountReference = {});

} // namespace holdfast::bluesky
