// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace Frontline::Tests {

namespace P = Frontline::Protocol;

TestClient::TestClient(const QUrl &url, QObject *parent)
    : QObject(parent)
{
    open(url);
}

TestClient::TestClient(const QUrl &url, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
{
    m_socket.setSslConfiguration(tls);
    open(url);
}

void TestClient::open(const QUrl &url)
{
    m_socket.setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (auto frame = P::Frame::parse(text, P::FrameLimits{64 * 1024 * 1024, 64, 10'000'000})) {
            m_inbox.append(*frame);
        }
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closeCode = m_socket.closeCode(); });
    QEventLoop loop;
    connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    m_socket.open(url);
    loop.exec();
}

TestClient::~TestClient()
{
    m_socket.abort();
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::send(const P::Frame &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame.toJson()));
}

void TestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

std::optional<P::Frame> TestClient::next(const QString &type, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (m_inbox[i].type == type) {
                P::Frame frame = m_inbox.takeAt(i);
                m_inbox.remove(0, i);  // frames before it were skipped
                return frame;
            }
        }
        if (deadline.hasExpired() || (m_closeCode && m_inbox.isEmpty())) {
            return std::nullopt;
        }
        QEventLoop loop;
        connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
}

std::optional<int> TestClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closeCode && !deadline.hasExpired()) {
        QEventLoop loop;
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_closeCode;
}

std::optional<P::Welcome> TestClient::login(const QString &username, const QString &password,
                                            std::optional<qint64> cursor)
{
    P::Hello hello;
    hello.clientName = QStringLiteral("frontline-tests");
    hello.clientVersion = QStringLiteral("1");
    hello.username = username;
    hello.password = password;
    hello.cursor = cursor;
    hello.pageWindow = m_pageWindow;
    send(hello.toFrame(QString::number(m_nextId++)));
    return awaitWelcome();
}

void TestClient::reportPagesTaken(qint64 cursor)
{
    send(P::ChangesReceived{cursor}.toFrame(QString::number(m_nextId++)));
}

std::optional<P::Welcome> TestClient::awaitWelcome()
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (auto welcome = next(QStringLiteral("welcome"), 20)) {
            return P::Welcome::fromFrame(*welcome).value_or(P::Welcome{});
        }
        for (const P::Frame &frame : std::as_const(m_inbox)) {
            if (frame.type == u"auth_failed") {
                m_lastAuthFailure = P::AuthFailed::fromFrame(frame).value_or(P::AuthFailed{});
                return std::nullopt;
            }
            if (frame.type == u"error") {
                m_lastErrorCode = frame.payload.value(u"code").toString();
                return std::nullopt;
            }
        }
        if (m_closeCode) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<P::Welcome> TestClient::resume(const QString &token, std::optional<qint64> cursor)
{
    P::Hello hello;
    hello.clientName = QStringLiteral("frontline-tests");
    hello.clientVersion = QStringLiteral("1");
    hello.sessionToken = token;
    hello.cursor = cursor;
    send(hello.toFrame(QString::number(m_nextId++)));
    return awaitWelcome();
}

QList<P::Change> TestClient::syncAll(int timeoutMs)
{
    QList<P::Change> all;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_inbox.isEmpty() && m_inbox.first().type == u"synced") {
            m_cursor = P::Synced::fromFrame(m_inbox.takeFirst()).value_or(P::Synced{}).cursor;
            return all;
        }
        if (!m_inbox.isEmpty() && m_inbox.first().type == u"changes") {
            const auto page = P::Changes::fromFrame(m_inbox.takeFirst());
            if (page) {
                all += page->changes;
                m_cursor = page->cursor;
            } else {
                ++m_invalidPages;
                m_lastInvalidPage = page.error().message;
            }
            continue;
        }
        if (!m_inbox.isEmpty()) {
            m_inbox.removeFirst();
            continue;
        }
        if (m_closeCode) {
            break;
        }
        QEventLoop loop;
        connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return all;
}

std::optional<P::Ack> TestClient::mutate(P::MutationPayload payload, std::optional<qint64> baseRev)
{
    const P::Mutate mutate{QUuid::createUuid(), baseRev, std::move(payload)};
    send(mutate.toFrame(QString::number(m_nextId++)));
    auto ack = next(QStringLiteral("ack"), 10000);
    if (!ack) {
        return std::nullopt;
    }
    auto parsed = P::Ack::fromFrame(*ack);
    return parsed ? std::optional<P::Ack>(*parsed) : std::nullopt;
}

QList<P::Change> TestClient::pushed(int timeoutMs, int expected)
{
    QList<P::Change> changes;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && (expected < 0 || changes.size() < expected)) {
        auto frame = next(QStringLiteral("changes"), static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        if (!frame) {
            break;
        }
        if (auto page = P::Changes::fromFrame(*frame)) {
            changes += page->changes;
            m_cursor = page->cursor;
        }
    }
    return changes;
}

}  // namespace Frontline::Tests
