// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transport.h"

#include <QAbstractSocket>

class QUrl;
class QWebSocket;

namespace Frontline::Protocol {

/*!
    \brief A Transport over a QWebSocket: text messages only, with a size limit on what it receives.

    On the server it adopts a socket from QWebSocketServer::nextPendingConnection(); on the client it
    makes its own socket and open() connects it. Either way it owns the socket. A binary message closes
    the connection (CloseCode::UnsupportedData): the protocol is JSON text frames. A message over the
    size limit closes it with CloseCode::TooBig before any of it is handed on.
*/
class WebSocketTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTransport)

public:
    /*! A client transport with a socket of its own; call open(). */
    explicit WebSocketTransport(QObject *parent = nullptr);
    /*! Adopts \a socket (reparented to this transport); a socket that is not connected any more
        reports disconnected() at once (asynchronously). */
    explicit WebSocketTransport(QWebSocket *socket, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    /*! Connects the transport's socket to \a url (ws:// or wss://); connected() or disconnected() follows. */
    void open(const QUrl &url);

    /*!
        The most UTF-8 bytes a received message (and each of its WebSocket frames) may have; more closes
        the connection with CloseCode::TooBig. Defaults to FrameLimits::maxFrameBytes.
    */
    void setMaxIncomingMessageBytes(qint64 bytes);
    qint64 maxIncomingMessageBytes() const;

    /*! For TLS configuration and WebSocket pings; the transport stays its owner. */
    QWebSocket *socket() const;

    bool isOpen() const override;
    void sendTextMessage(const QString &message) override;
    void close(CloseCode code = CloseCode::Normal, const QString &reason = {}) override;
    CloseCode closeCode() const override;
    QString closeReason() const override;
    QString peerName() const override;

signals:
    /*! The client socket completed its handshake; messages can be sent. */
    void connected();

private:
    void adopt(QWebSocket *socket);
    void onBinaryMessageReceived();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void onDisconnected();
    void finish();

    QWebSocket *m_socket = nullptr;
    qint64 m_maxIncomingBytes = 0;
    bool m_finished = false;
    bool m_closedByUs = false;
    bool m_connectionFailed = false;
    bool m_closeHandshake = false;
};

}  // namespace Frontline::Protocol
