#include "ui/BackupSources.h"

#include "connectors/common/HttpClient.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/mastodon/MastodonSource.h"
#include "models/domain/Account.h"

#include <QCoreApplication>

namespace holdfast::ui {

BackupSourceFactory BackupSources::withToken(QString accessToken)
{
    return [token = std::move(accessToken)](const Account &account,
                                            HttpClient &http) -> Result<std::unique_ptr<BackupSource>> {
        if (account.platform == u"mastodon") {
            http.setBearerToken(token);
            return std::unique_ptr<BackupSource>(
                new mastodon::MastodonSource(QUrl(account.server), account.platformUserId, http));
        }
        // Other platforms read their own credentials (SecretStore funnels the keychain
        // through one thread, so this is safe from the job's thread).
        return createBackupSource(account, http);
    };
}

} // namespace holdfast::ui
