#include "ForwardingProxy.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>

namespace holdfast::testing {

ForwardingProxy::ForwardingProxy(QUrl upstream, Inspector inspector, QObject *parent)
    : QObject(parent), m_upstream(std::move(upstream)), m_inspector(std::move(inspector))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool ForwardingProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ForwardingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ForwardingProxy::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QNetworkRequest request;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            else if (name.compare("host", Qt::CaseInsensitive) != 0 && name.compare("connection", Qt::CaseInsensitive) != 0
                     && name.compare("accept-encoding", Qt::CaseInsensitive) != 0)
                request.setRawHeader(name, value);
        }
        if (buffer->size() < headerEnd + 4 + length)
            return; // the body is still coming
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        if (!m_inspector(method, target))
            return;
        QUrl url = m_upstream.resolved(QUrl::fromEncoded(target));
        request.setUrl(url);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer->mid(headerEnd + 4, length));
        connect(reply, &QNetworkReply::finished, socket, [socket, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            QByteArray head = "HTTP/1.1 " + QByteArray::number(status ? status : 502) + " "
                + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray() + "\r\n";
            for (const auto &[name, value] : reply->rawHeaderPairs()) {
                const QByteArray lower = name.toLower();
                // QNetworkAccessManager has already decoded the body.
                if (lower != "content-length" && lower != "connection" && lower != "transfer-encoding"
                    && lower != "keep-alive" && lower != "content-encoding")
                    head += name + ": " + value + "\r\n";
            }
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
            socket->write(head + body);
            socket->disconnectFromHost();
        });
    });
}

} // namespace holdfast::testing
