#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/Result.h"

#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

class QOAuthHttpServerReplyHandler;

namespace holdfast {

/**
 * The browser half of an OAuth authorization-code sign-in: listens on 127.0.0.1 with a random
 * port (never on other interfaces), hands the authorization URL to `openUrl` (print it, open a
 * browser, or drive one in tests), and waits for the redirect. The answer's `state` must match.
 * Blocking (a local event loop): call it from a worker thread or the CLI.
 */
class LoopbackRedirect final
{
public:
    /// `path` is the redirect path ("/callback"); `doneText` is shown in the browser afterwards.
    LoopbackRedirect(const QString &path, const QString &doneText);
    ~LoopbackRedirect();

    bool isListening() const;
    /// `http://127.0.0.1:<port>/<path>`.
    QString redirectUri() const;

    /// The redirect's query parameters; Cancelled, or Auth on timeout or a state mismatch.
    Result<QVariantMap> waitForRedirect(const QUrl &authorizeUrl, const QString &expectedState,
                                        const std::function<void(const QUrl &)> &openUrl,
                                        const CancellationToken *cancellation, int timeoutMs);

private:
    std::unique_ptr<QOAuthHttpServerReplyHandler> m_listener;
};

} // namespace holdfast
