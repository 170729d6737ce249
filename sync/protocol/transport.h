// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace Frontline::Protocol {

/*!
    \brief A WebSocket close code (RFC 6455, section 7.4). Peers may send any value from 1000 to 4999;
    these are the ones Frontline uses.
*/
enum class CloseCode : quint16
{
    Normal = 1000,           // logout, shutdown of one side
    GoingAway = 1001,        // the server stops or the client quits
    ProtocolError = 1002,    // not WebSocket, or a binary frame
    UnsupportedData = 1003,  // a binary message: Frontline speaks text frames only
    Abnormal = 1006,         // the connection dropped without a close frame (never sent, only reported)
    InvalidPayload = 1007,   // a text frame that is not UTF-8
    PolicyViolation = 1008,  // a peer that keeps sending bad frames, or too many
    TooBig = 1009,           // a message over the receiver's size limit
    InternalError = 1011,    // the receiver failed
};

/*!
    \brief Carries protocol frames as text messages between two peers, whatever the medium.

    The protocol code (client sync engine, server sessions) talks to this interface only; the
    WebSocket implementation is used in production, the loopback one in fast tests. A transport is
    used from the thread it lives in. Messages arrive in the order they were sent and are delivered
    asynchronously (never from inside sendTextMessage()). disconnected() is emitted once, after which
    nothing more is received or sent.
*/
class Transport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    /*! Whether messages can be sent and received now. */
    virtual bool isOpen() const = 0;
    /*! Queues \a message for the peer; does nothing when the transport is not open. */
    virtual void sendTextMessage(const QString &message) = 0;
    /*! Closes the connection with \a code; disconnected() follows, here and at the peer. */
    virtual void close(CloseCode code = CloseCode::Normal, const QString &reason = {}) = 0;

    /*! After disconnected(): the close code the connection ended with (ours or the peer's). */
    virtual CloseCode closeCode() const = 0;
    virtual QString closeReason() const = 0;
    /*! For logs: the peer's address, or a name. */
    virtual QString peerName() const = 0;

signals:
    void messageReceived(const QString &message);
    void disconnected();
};

}  // namespace Frontline::Protocol
