// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loopbacktransport.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <array>

using namespace Qt::StringLiterals;

namespace Frontline::Protocol {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.sync.loopbacktransport", QtInfoMsg)

// UTF-8 bytes of \a text without converting it: a lone surrogate counts as the 3 bytes of U+FFFD.
qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            bytes += 1;
        } else if (unit < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

}  // namespace

// Shared by both ends. Each end clears its slot when destroyed, under the mutex, so the other end
// never posts to a deleted object; events already posted to it are discarded by Qt on deletion.
struct LoopbackTransport::Link
{
    QMutex mutex;
    std::array<LoopbackTransport *, 2> ends{};
};

LoopbackTransport::Pair LoopbackTransport::createPair(const QString &firstName, const QString &secondName)
{
    auto link = std::make_shared<Link>();
    // The constructor is private; make_unique cannot reach it.
    std::unique_ptr<LoopbackTransport> first(new LoopbackTransport(link, 0, secondName));
    std::unique_ptr<LoopbackTransport> second(new LoopbackTransport(link, 1, firstName));
    const QMutexLocker locker(&link->mutex);
    link->ends = {first.get(), second.get()};
    return {std::move(first), std::move(second)};
}

LoopbackTransport::LoopbackTransport(std::shared_ptr<Link> link, int side, QString peerName)
    : m_link(std::move(link))
    , m_side(side)
    , m_peerName(std::move(peerName))
{}

LoopbackTransport::~LoopbackTransport()
{
    const QMutexLocker locker(&m_link->mutex);
    m_link->ends[static_cast<std::size_t>(m_side)] = nullptr;
    // Like a process that dies: the peer learns that the connection dropped without a close.
    if (m_open) {
        if (LoopbackTransport *peer = peerLocked()) {
            QMetaObject::invokeMethod(
                peer, [peer] { peer->onPeerClosed(CloseCode::Abnormal, {}); }, Qt::QueuedConnection);
        }
    }
}

void LoopbackTransport::setMaxIncomingMessageBytes(qint64 bytes)
{
    m_maxIncomingBytes = bytes;
}

bool LoopbackTransport::isOpen() const
{
    return m_open;
}

LoopbackTransport *LoopbackTransport::peerLocked() const
{
    return m_link->ends[static_cast<std::size_t>(1 - m_side)];
}

void LoopbackTransport::sendTextMessage(const QString &message)
{
    if (!m_open) {
        qCDebug(lc) << "not sending to" << m_peerName << "on a closed connection";
        return;
    }
    const QMutexLocker locker(&m_link->mutex);
    if (LoopbackTransport *peer = peerLocked()) {
        QMetaObject::invokeMethod(
            peer, [peer, message] { peer->deliver(message); }, Qt::QueuedConnection);
    }
}

void LoopbackTransport::close(CloseCode code, const QString &reason)
{
    if (!m_open) {
        return;
    }
    m_open = false;
    m_closeCode = code;
    m_closeReason = reason;
    qCDebug(lc) << "closing connection to" << m_peerName << "with code" << static_cast<int>(code) << reason;
    {
        const QMutexLocker locker(&m_link->mutex);
        if (LoopbackTransport *peer = peerLocked()) {
            QMetaObject::invokeMethod(
                peer, [peer, code, reason] { peer->onPeerClosed(code, reason); }, Qt::QueuedConnection);
        }
    }
    // Asynchronous, like a socket's close handshake: the caller may still be in a handler of ours.
    QMetaObject::invokeMethod(
        this, [this] { emit disconnected(); }, Qt::QueuedConnection);
}

CloseCode LoopbackTransport::closeCode() const
{
    return m_closeCode;
}

QString LoopbackTransport::closeReason() const
{
    return m_closeReason;
}

QString LoopbackTransport::peerName() const
{
    return m_peerName;
}

void LoopbackTransport::deliver(const QString &message)
{
    // After close() nothing more is received, even what was already on its way.
    if (!m_open) {
        return;
    }
    if (m_maxIncomingBytes > 0 && utf8Size(message) > m_maxIncomingBytes) {
        qCDebug(lc) << "message from" << m_peerName << "over" << m_maxIncomingBytes << "bytes";
        close(CloseCode::TooBig, u"message too big"_s);
        return;
    }
    emit messageReceived(message);
}

void LoopbackTransport::onPeerClosed(CloseCode code, const QString &reason)
{
    if (!m_open) {
        return;
    }
    m_open = false;
    m_closeCode = code;
    m_closeReason = reason;
    qCDebug(lc) << m_peerName << "closed the connection with code" << static_cast<int>(code) << reason;
    emit disconnected();
}

}  // namespace Frontline::Protocol
