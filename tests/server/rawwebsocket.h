// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

#include <optional>

namespace Frontline::Tests {

/*!
    A deliberately minimal WebSocket client (RFC 6455) over a QTcpSocket, for sending what a
    QWebSocket never would: text frames that are not UTF-8, fragmented messages, frames of any
    opcode and length. It performs the opening handshake, masks every frame it sends, and keeps
    the text frames and the close code the server sends back. Every wait is bounded.
*/
class RawWebSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawWebSocket)

public:
    enum Opcode : quint8
    {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };

    /*! Connects to \a url (ws:// only) and completes the opening handshake, waiting at most \a timeoutMs. */
    explicit RawWebSocket(const QUrl &url, int timeoutMs = 5000, QObject *parent = nullptr);
    ~RawWebSocket() override;

    /*! The handshake succeeded and the server has not closed the connection. */
    bool isOpen() const;

    /*! Sends one masked frame; \a fin false leaves the message open for continuation frames. */
    void sendFrame(Opcode opcode, QByteArrayView payload, bool fin = true);
    /*! One text frame holding exactly these bytes, UTF-8 or not. */
    void sendText(QByteArrayView bytes) { sendFrame(Text, bytes); }

    /*! The payload of the next text message the server sent, or nothing within \a timeoutMs. */
    std::optional<QByteArray> nextText(int timeoutMs = 5000);
    /*!
        Waits until the server closes the connection: the code of its close frame, 1006 when the
        connection dropped without one, or nothing on timeout.
    */
    std::optional<int> waitForClose(int timeoutMs = 5000);

private:
    bool handshake(const QUrl &url, int timeoutMs);
    void onReadyRead();
    void onDisconnected();
    /*! Runs the event loop until \a done or \a timeoutMs pass; returns done(). */
    template<typename Predicate>
    bool waitUntil(Predicate done, int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_key;
    QByteArray m_buffer;
    QByteArray m_fragments;  // the text message being assembled from continuation frames
    QList<QByteArray> m_texts;
    std::optional<int> m_closeCode;
    bool m_handshakeDone = false;
};

}  // namespace Frontline::Tests
