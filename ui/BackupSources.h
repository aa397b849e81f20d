#pragma once

#include "connectors/engine/BackupJob.h"

namespace holdfast::ui {

class KeychainThread;

/**
 * The GUI's way to give a BackupJob its platform source. The engine's createBackupSource()
 * reads the token from the keychain on the job's own thread, which a GUI process cannot allow
 * (see KeychainThread); here the token is read beforehand on the keychain thread and the job
 * gets a factory that only sets it.
 */
class BackupSources final
{
public:
    /// A factory for BackupJob that uses `accessToken` instead of asking the keychain.
    static BackupSourceFactory withToken(QString accessToken);
};

} // namespace holdfast::ui
