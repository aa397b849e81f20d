#include "connectors/common/LoopbackRedirect.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>

namespace holdfast {

namespace {
constexpr int kFlushMs = 200;

/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::LoopbackRedirect)
};
} // namespace

LoopbackRedirect::LoopbackRedirect(const QString &path, const QString &doneText)
    // Qt 6.4's handler listens on all interfaces unless told otherwise; only loopback will do.
    : m_listener(std::make_unique<QOAuthHttpServerReplyHandler>(QHostAddress(QHostAddress::LocalHost), 0, nullptr))
{
    m_listener->setCallbackPath(path.startsWith(u'/') ? path.mid(1) : path);
    m_listener->setCallbackText(doneText);
}

LoopbackRedirect::~LoopbackRedirect()
{
    m_listener->close();
}

bool LoopbackRedirect::isListening() const
{
    return m_listener->isListening();
}

QString LoopbackRedirect::redirectUri() const
{
    return m_listener->callback();
}

Result<QVariantMap> LoopbackRedirect::waitForRedirect(const QUrl &authorizeUrl, const QString &expectedState,
                                                      const std::function<void(const QUrl &)> &openUrl,
                                                      const CancellationToken *cancellation, int timeoutMs)
{
    if (!isListening())
        return makeError(Error::Code::Network, Tr::tr("Could not listen on 127.0.0.1 for the sign-in redirect."));
    QVariantMap answer;
    bool received = false;
    QEventLoop loop;
    QObject::connect(m_listener.get(), &QAbstractOAuthReplyHandler::callbackReceived, &loop,
                     [&](const QVariantMap &values) {
                         // Qt 6.4 hands over the query values still percent-encoded.
                         for (auto it = values.cbegin(); it != values.cend(); ++it)
                             answer.insert(it.key(), QUrl::fromPercentEncoding(it.value().toString().toUtf8()));
                         received = true;
                         loop.quit();
                     });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancellation && cancellation->isCancelled())
            loop.quit();
    });
    timeout.start(timeoutMs);
    cancelPoll.start(100);
    openUrl(authorizeUrl);
    loop.exec();
    if (received) {
        // The handler writes the "you can close this tab" page after telling us; let it reach
        // the browser before the listener goes away (and, on an error, the process ends).
        QEventLoop flush;
        QTimer::singleShot(kFlushMs, &flush, &QEventLoop::quit);
        flush.exec();
    }
    m_listener->close();

    if (cancellation && cancellation->isCancelled())
        return makeError(Error::Code::Cancelled, Tr::tr("Sign-in cancelled."));
    if (!received)
        return makeError(Error::Code::Auth, Tr::tr("No answer from the browser within %1 minutes; sign-in abandoned.")
                                                .arg(timeoutMs / 60000));
    if (answer.value(QStringLiteral("state")).toString() != expectedState)
        return makeError(Error::Code::Auth, Tr::tr("The sign-in answer did not match this request (state mismatch); "
                                               "it was ignored. Please try again."));
    return answer;
}

} // namespace holdfast
