// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "websockettransport.h"

#include "frame.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QUrl>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Frontline::Protocol {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.sync.websockettransport", QtInfoMsg)

}  // namespace

WebSocketTransport::WebSocketTransport(QObject *parent)
    : Transport(parent)
{
    adopt(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this));
}

WebSocketTransport::WebSocketTransport(QWebSocket *socket, QObject *parent)
    : Transport(parent)
{
    Q_ASSERT(socket);
    adopt(socket);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        // The peer may have gone between the handshake and now; report it like any disconnection.
        QMetaObject::invokeMethod(this, &WebSocketTransport::finish, Qt::QueuedConnection);
    }
}

WebSocketTransport::~WebSocketTransport()
{
    // The socket dies with us; our handlers must not run for its last signals.
    m_socket->disconnect(this);
}

void WebSocketTransport::adopt(QWebSocket *socket)
{
    m_socket = socket;
    m_socket->setParent(this);
    setMaxIncomingMessageBytes(FrameLimits().maxFrameBytes);
    // One frame per message. Qt fragments larger messages (512 KiB by default) at byte boundaries,
    // splitting UTF-8 sequences, and Qt 6.4's receiver then refuses the message as invalid UTF-8
    // (close code 1007): a page of Chinese text would never arrive.
    m_socket->setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());

    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::connected);
    // Sent or received, a close frame goes through aboutToClose(); a dropped TCP connection does not.
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] { m_closeHandshake = true; });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        if (!m_finished) {
            emit messageReceived(message);
        }
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketTransport::onBinaryMessageReceived);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketTransport::onErrorOccurred);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
}

void WebSocketTransport::open(const QUrl &url)
{
    m_finished = false;
    m_closedByUs = false;
    m_connectionFailed = false;
    m_closeHandshake = false;
    m_socket->open(url);
}

void WebSocketTransport::setMaxIncomingMessageBytes(qint64 bytes)
{
    m_maxIncomingBytes = bytes;
    const auto limit = static_cast<quint64>(bytes);
    // A message may come in several frames; each frame and the whole are limited alike.
    m_socket->setMaxAllowedIncomingFrameSize(limit);
    m_socket->setMaxAllowedIncomingMessageSize(limit);
}

qint64 WebSocketTransport::maxIncomingMessageBytes() const
{
    return m_maxIncomingBytes;
}

QWebSocket *WebSocketTransport::socket() const
{
    return m_socket;
}

bool WebSocketTransport::isOpen() const
{
    return !m_finished && m_socket->state() == QAbstractSocket::ConnectedState;
}

void WebSocketTransport::sendTextMessage(const QString &message)
{
    if (!isOpen()) {
        qCDebug(lc) << "not sending to" << peerName() << "on a closed connection";
        return;
    }
    m_socket->sendTextMessage(message);
}

void WebSocketTransport::close(CloseCode code, const QString &reason)
{
    if (m_finished) {
        return;
    }
    qCDebug(lc) << "closing connection to" << peerName() << "with code" << static_cast<int>(code) << reason;
    m_closedByUs = true;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Still connecting, or already gone: there is no close handshake to wait for.
        m_socket->abort();
        QMetaObject::invokeMethod(this, &WebSocketTransport::finish, Qt::QueuedConnection);
        return;
    }
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

CloseCode WebSocketTransport::closeCode() const
{
    if (m_connectionFailed || (m_finished && !m_closeHandshake)) {
        return CloseCode::Abnormal;
    }
    return static_cast<CloseCode>(m_socket->closeCode());
}

QString WebSocketTransport::closeReason() const
{
    return m_connectionFailed || (m_finished && !m_closeHandshake) ? m_socket->errorString() : m_socket->closeReason();
}

QString WebSocketTransport::peerName() const
{
    if (m_socket->peerAddress().isNull()) {
        return m_socket->requestUrl().toString();
    }
    return u"%1:%2"_s.arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

void WebSocketTransport::onBinaryMessageReceived()
{
    qCDebug(lc) << "binary message from" << peerName() << "- closing";
    close(CloseCode::UnsupportedData, u"text frames only"_s);
}

void WebSocketTransport::onErrorOccurred(QAbstractSocket::SocketError error)
{
    qCDebug(lc) << "socket error with" << peerName() << error << m_socket->errorString();
    // A connection that never came up emits no disconnected(); report it as one.
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_connectionFailed = !m_closedByUs;
        QMetaObject::invokeMethod(this, &WebSocketTransport::finish, Qt::QueuedConnection);
    }
}

void WebSocketTransport::onDisconnected()
{
    // Queued: abort() and close() can emit disconnected() from inside our own close().
    QMetaObject::invokeMethod(this, &WebSocketTransport::finish, Qt::QueuedConnection);
}

void WebSocketTransport::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    qCDebug(lc) << "disconnected from" << peerName() << "with code" << static_cast<int>(closeCode()) << closeReason();
    emit disconnected();
}

}  // namespace Frontline::Protocol
