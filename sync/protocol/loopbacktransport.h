// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transport.h"

#include <memory>
#include <utility>

namespace Frontline::Protocol {

/*!
    \brief One end of an in-process connection, for tests that need a client and a server without
    sockets.

    Behaves like a socket: messages are delivered through the receiver's event loop, in order;
    close() on one end disconnects both (the peer sees the code and reason); destroying an end
    disconnects the other with CloseCode::Abnormal. The two ends may live in different threads.
*/
class LoopbackTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackTransport)

public:
    using Pair = std::pair<std::unique_ptr<LoopbackTransport>, std::unique_ptr<LoopbackTransport>>;

    /*! Two connected ends; each end's peerName() is the other's name. */
    static Pair createPair(const QString &firstName = QStringLiteral("loopback-client"),
                           const QString &secondName = QStringLiteral("loopback-server"));
    ~LoopbackTransport() override;

    /*!
        Like QWebSocket::setMaxAllowedIncomingMessageSize(): a received message of more UTF-8 bytes
        closes the connection with CloseCode::TooBig instead of being delivered. 0 means no limit.
    */
    void setMaxIncomingMessageBytes(qint64 bytes);

    bool isOpen() const override;
    void sendTextMessage(const QString &message) override;
    void close(CloseCode code = CloseCode::Normal, const QString &reason = {}) override;
    CloseCode closeCode() const override;
    QString closeReason() const override;
    QString peerName() const override;

private:
    struct Link;

    LoopbackTransport(std::shared_ptr<Link> link, int side, QString peerName);

    LoopbackTransport *peerLocked() const;
    void deliver(const QString &message);
    void onPeerClosed(CloseCode code, const QString &reason);

    std::shared_ptr<Link> m_link;
    int m_side = 0;
    QString m_peerName;
    qint64 m_maxIncomingBytes = 0;
    bool m_open = true;
    CloseCode m_closeCode = CloseCode::Normal;
    QString m_closeReason;
};

}  // namespace Frontline::Protocol
