#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace holdfast::testing {

/**
 * A tiny HTTP forwarder on 127.0.0.1 in front of a real server, for tests that must act at an
 * exact request (e.g. kill a client right when it asks for a certain page). One request per
 * connection (answers with `Connection: close`); lives on the test's event loop.
 */
class ForwardingProxy final : public QObject
{
    Q_OBJECT
public:
    /// Sees every request (method, path with query) before it is forwarded; returning false
    /// drops it unanswered.
    using Inspector = std::function<bool(const QByteArray &method, const QByteArray &target)>;

    ForwardingProxy(QUrl upstream, Inspector inspector, QObject *parent = nullptr);
    bool start();
    QUrl url() const;

private:
    void serve(QTcpSocket *socket);

    QUrl m_upstream;
    Inspector m_inspector;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
};

} // namespace holdfast::testing
