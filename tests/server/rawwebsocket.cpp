// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rawwebsocket.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace Frontline::Tests {

namespace {

// RFC 6455, section 1.3: the server proves it read the key by hashing it with this GUID.
constexpr QByteArrayView HandshakeGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr int AbnormalClosure = 1006;
constexpr int NoStatusReceived = 1005;

QByteArray frameHeader(quint8 opcode, quint64 length, bool fin)
{
    QByteArray header;
    header.append(static_cast<char>((fin ? 0x80 : 0x00) | (opcode & 0x0f)));
    if (length < 126) {
        header.append(static_cast<char>(0x80 | length));
    } else if (length <= 0xffff) {
        header.append(static_cast<char>(0x80 | 126));
        std::array<char, 2> bytes{};
        qToBigEndian(static_cast<quint16>(length), bytes.data());
        header.append(bytes.data(), bytes.size());
    } else {
        header.append(static_cast<char>(0x80 | 127));
        std::array<char, 8> bytes{};
        qToBigEndian(length, bytes.data());
        header.append(bytes.data(), bytes.size());
    }
    return header;
}

}  // namespace

RawWebSocket::RawWebSocket(const QUrl &url, int timeoutMs, QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawWebSocket::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RawWebSocket::onDisconnected);
    handshake(url, timeoutMs);
}

RawWebSocket::~RawWebSocket()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

bool RawWebSocket::isOpen() const
{
    return m_handshakeDone && !m_closeCode && m_socket.state() == QAbstractSocket::ConnectedState;
}

template<typename Predicate>
bool RawWebSocket::waitUntil(Predicate done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        connect(&m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

bool RawWebSocket::handshake(const QUrl &url, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    m_socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs)) {
        return false;
    }
    std::array<quint32, 4> nonce{};
    QRandomGenerator::global()->fillRange(nonce.data(), nonce.size());
    m_key = QByteArray(reinterpret_cast<const char *>(nonce.data()), sizeof nonce).toBase64();
    const QByteArray path = url.path().isEmpty() ? QByteArray("/") : url.path().toUtf8();
    QByteArray request = "GET " + path + " HTTP/1.1\r\n";
    request += "Host: " + url.host().toLatin1() + ':' + QByteArray::number(url.port()) + "\r\n";
    request += "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    request += "Sec-WebSocket-Key: " + m_key + "\r\n";
    request += "Sec-WebSocket-Version: 13\r\n\r\n";
    m_socket.write(request);
    return waitUntil([this] { return m_handshakeDone || m_closeCode.has_value(); },
                     static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))) &&
           m_handshakeDone;
}

void RawWebSocket::sendFrame(Opcode opcode, QByteArrayView payload, bool fin)
{
    const quint32 mask = QRandomGenerator::global()->generate();
    std::array<char, 4> maskBytes{};
    qToBigEndian(mask, maskBytes.data());
    QByteArray frame = frameHeader(opcode, static_cast<quint64>(payload.size()), fin);
    frame.append(maskBytes.data(), maskBytes.size());
    const qsizetype start = frame.size();
    frame.append(payload.data(), payload.size());
    for (qsizetype i = 0; i < payload.size(); ++i) {
        frame[start + i] = static_cast<char>(frame[start + i] ^ maskBytes[static_cast<std::size_t>(i % 4)]);
    }
    m_socket.write(frame);
}

std::optional<QByteArray> RawWebSocket::nextText(int timeoutMs)
{
    if (!waitUntil([this] { return !m_texts.isEmpty() || m_closeCode.has_value(); }, timeoutMs) || m_texts.isEmpty()) {
        return std::nullopt;
    }
    return m_texts.takeFirst();
}

std::optional<int> RawWebSocket::waitForClose(int timeoutMs)
{
    waitUntil([this] { return m_closeCode.has_value(); }, timeoutMs);
    return m_closeCode;
}

void RawWebSocket::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_handshakeDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        const QByteArray expected =
            QCryptographicHash::hash(m_key + HandshakeGuid.toByteArray(), QCryptographicHash::Sha1).toBase64();
        const bool switched = head.startsWith("HTTP/1.1 101");
        bool accepted = false;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "sec-websocket-accept") {
                accepted = line.mid(colon + 1).trimmed() == expected;
            }
        }
        if (!switched || !accepted) {
            m_closeCode = AbnormalClosure;
            m_socket.abort();
            return;
        }
        m_handshakeDone = true;
    }
    // Server frames are never masked (RFC 6455, section 5.1); a mask is skipped all the same.
    while (m_buffer.size() >= 2) {
        const auto first = static_cast<quint8>(m_buffer[0]);
        const auto second = static_cast<quint8>(m_buffer[1]);
        const bool fin = (first & 0x80) != 0;
        const quint8 opcode = first & 0x0f;
        const bool masked = (second & 0x80) != 0;
        quint64 length = second & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4) {
                return;
            }
            length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10) {
                return;
            }
            length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            offset = 10;
        }
        std::array<char, 4> mask{};
        if (masked) {
            if (m_buffer.size() < offset + 4) {
                return;
            }
            std::copy_n(m_buffer.constData() + offset, 4, mask.begin());
            offset += 4;
        }
        if (static_cast<quint64>(m_buffer.size() - offset) < length) {
            return;
        }
        QByteArray payload = m_buffer.mid(offset, static_cast<qsizetype>(length));
        m_buffer.remove(0, offset + static_cast<qsizetype>(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                payload[i] = static_cast<char>(payload[i] ^ mask[static_cast<std::size_t>(i % 4)]);
            }
        }
        switch (opcode) {
        case Text:
        case Continuation:
            m_fragments += payload;
            if (fin) {
                m_texts.append(m_fragments);
                m_fragments.clear();
            }
            break;
        case Close:
            if (!m_closeCode) {
                m_closeCode = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : NoStatusReceived;
                sendFrame(Close, payload.left(2));  // complete the closing handshake
            }
            break;
        case Ping:
            sendFrame(Pong, payload);
            break;
        default:
            break;
        }
    }
}

void RawWebSocket::onDisconnected()
{
    if (!m_closeCode) {
        m_closeCode = AbnormalClosure;
    }
}

}  // namespace Frontline::Tests
