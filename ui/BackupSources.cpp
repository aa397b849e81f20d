#include "ui/BackupSources.h"

#include "connectors/common/HttpClient.h"
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
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("holdfast::ui::BackupSources",
                                                     "Backing up %1 accounts is not supported yet.")
                             .arg(account.platform));
    };
}

} // namespace holdfast::ui
