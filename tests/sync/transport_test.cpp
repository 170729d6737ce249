// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <protocol/frame.h>
#include <protocol/loopbacktransport.h>
#include <protocol/transport.h>
#include <protocol/websockettransport.h>

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace Frontline::Protocol;
using namespace Qt::StringLiterals;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.left(80).toStdString() + '"'; }
};
}  // namespace Catch

namespace {

constexpr int TimeoutMs = 10'000;

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = TimeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(2);
    }
    return true;
}

// Records what a transport reports, in order: "message text" or "<disconnected>".
struct Probe
{
    explicit Probe(Transport &transport)
    {
        QObject::connect(&transport, &Transport::messageReceived, &transport, [this](const QString &message) {
            messages.append(message);
            events.append(message);
        });
        QObject::connect(&transport, &Transport::disconnected, &transport, [this] {
            ++disconnects;
            events.append(u"<disconnected>"_s);
        });
    }

    QStringList messages;
    QStringList events;
    int disconnects = 0;
};

QStringList numbered(const QString &prefix, int count)
{
    QStringList messages;
    for (int i = 0; i < count; ++i) {
        messages.append(u"%1 %2 {\"seq\":%2} 王芳"_s.arg(prefix).arg(i));
    }
    return messages;
}

// A text of exactly \a bytes UTF-8 bytes.
QString textOfBytes(qsizetype bytes)
{
    return QString(bytes, u'x');
}

// A QWebSocketServer on 127.0.0.1 and an ephemeral port; every accepted socket becomes a transport.
class WebSocketFixture final
{
public:
    WebSocketFixture()
        : m_server(u"frontline-test"_s, QWebSocketServer::NonSecureMode)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                auto transport = std::make_unique<WebSocketTransport>(socket);
                // Before the event loop runs again, so that no message is read under another limit.
                if (m_serverLimit > 0) {
                    transport->setMaxIncomingMessageBytes(m_serverLimit);
                }
                serverProbes.push_back(std::make_unique<Probe>(*transport));
                serverEnds.push_back(std::move(transport));
            }
        });
    }

    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    void setServerLimit(qint64 bytes) { m_serverLimit = bytes; }

    std::unique_ptr<WebSocketTransport> connectClient()
    {
        auto client = std::make_unique<WebSocketTransport>();
        bool connected = false;
        QObject::connect(client.get(), &WebSocketTransport::connected, client.get(),
                         [&connected] { connected = true; });
        const std::size_t before = serverEnds.size();
        client->open(url());
        REQUIRE(waitUntil([&] { return connected && serverEnds.size() > before; }));
        REQUIRE(client->isOpen());
        return client;
    }

    WebSocketTransport &server(std::size_t index = 0) { return *serverEnds.at(index); }
    Probe &serverProbe(std::size_t index = 0) { return *serverProbes.at(index); }

    // Probes first, so that they outlive the transports they watch.
    std::vector<std::unique_ptr<Probe>> serverProbes;
    std::vector<std::unique_ptr<WebSocketTransport>> serverEnds;

private:
    QWebSocketServer m_server;
    qint64 m_serverLimit = 0;
};

}  // namespace

TEST_CASE("A loopback pair delivers messages in order, asynchronously, both ways", "[sync][transport]")
{
    auto [client, server] = LoopbackTransport::createPair();
    Probe clientProbe(*client);
    Probe serverProbe(*server);
    CHECK(client->isOpen());
    CHECK(server->isOpen());
    CHECK(client->peerName() == u"loopback-server"_s);
    CHECK(server->peerName() == u"loopback-client"_s);

    const QStringList up = numbered(u"up"_s, 500);
    const QStringList down = numbered(u"down"_s, 500);
    for (qsizetype i = 0; i < up.size(); ++i) {
        client->sendTextMessage(up.at(i));
        server->sendTextMessage(down.at(i));
    }
    // Like a socket: nothing arrives from inside sendTextMessage().
    CHECK(serverProbe.messages.isEmpty());
    CHECK(clientProbe.messages.isEmpty());

    REQUIRE(waitUntil([&] { return serverProbe.messages.size() == 500 && clientProbe.messages.size() == 500; }));
    CHECK(serverProbe.messages == up);
    CHECK(clientProbe.messages == down);
    CHECK(clientProbe.disconnects == 0);
}

TEST_CASE("Closing one loopback end disconnects both, after what was already sent", "[sync][transport]")
{
    auto [client, server] = LoopbackTransport::createPair();
    Probe clientProbe(*client);
    Probe serverProbe(*server);

    client->sendTextMessage(u"last words"_s);
    client->close(CloseCode::PolicyViolation, u"too many bad frames"_s);
    CHECK_FALSE(client->isOpen());
    client->sendTextMessage(u"after close"_s);  // ignored
    server->sendTextMessage(u"too late"_s);     // never received: the client end is closed

    REQUIRE(waitUntil([&] { return clientProbe.disconnects == 1 && serverProbe.disconnects == 1; }));
    CHECK(serverProbe.events == QStringList{u"last words"_s, u"<disconnected>"_s});
    CHECK(clientProbe.events == QStringList{u"<disconnected>"_s});
    CHECK_FALSE(server->isOpen());
    CHECK(server->closeCode() == CloseCode::PolicyViolation);
    CHECK(server->closeReason() == u"too many bad frames"_s);
    CHECK(client->closeCode() == CloseCode::PolicyViolation);

    // disconnected() comes once, whatever follows.
    client->close();
    server->close();
    QTest::qWait(20);
    CHECK(clientProbe.disconnects == 1);
    CHECK(serverProbe.disconnects == 1);
}

TEST_CASE("Destroying one loopback end disconnects the other abnormally", "[sync][transport]")
{
    auto [client, server] = LoopbackTransport::createPair();
    Probe serverProbe(*server);
    client->sendTextMessage(u"one"_s);
    client.reset();

    REQUIRE(waitUntil([&] { return serverProbe.disconnects == 1; }));
    CHECK(serverProbe.events == QStringList{u"one"_s, u"<disconnected>"_s});
    CHECK(server->closeCode() == CloseCode::Abnormal);
    server->sendTextMessage(u"to nobody"_s);  // must not crash
}

TEST_CASE("A loopback message over the receiver's limit closes the connection as too big", "[sync][transport]")
{
    auto [client, server] = LoopbackTransport::createPair();
    server->setMaxIncomingMessageBytes(12);
    Probe clientProbe(*client);
    Probe serverProbe(*server);

    client->sendTextMessage(textOfBytes(12));
    client->sendTextMessage(u"汉汉汉汉x"_s);  // 5 characters, 13 UTF-8 bytes
    client->sendTextMessage(u"never"_s);

    REQUIRE(waitUntil([&] { return clientProbe.disconnects == 1 && serverProbe.disconnects == 1; }));
    CHECK(serverProbe.messages == QStringList{textOfBytes(12)});
    CHECK(server->closeCode() == CloseCode::TooBig);
    CHECK(client->closeCode() == CloseCode::TooBig);
}

TEST_CASE("Loopback ends may live in different threads", "[sync][transport]")
{
    auto [client, server] = LoopbackTransport::createPair();
    Probe clientProbe(*client);

    QThread thread;
    LoopbackTransport *serverEnd = server.release();
    serverEnd->moveToThread(&thread);
    bool onWorkerThread = true;
    QObject::connect(serverEnd, &Transport::messageReceived, serverEnd,
                     [serverEnd, &thread, &onWorkerThread](const QString &m) {
                         onWorkerThread = onWorkerThread && QThread::currentThread() == &thread;
                         serverEnd->sendTextMessage(u"echo "_s + m);
                     });
    QObject::connect(&thread, &QThread::finished, serverEnd, &QObject::deleteLater);
    thread.start();

    const QStringList messages = numbered(u"ping"_s, 200);
    for (const QString &message : messages) {
        client->sendTextMessage(message);
    }
    REQUIRE(waitUntil([&] { return clientProbe.messages.size() == 200; }));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        CHECK(clientProbe.messages.at(i) == u"echo "_s + messages.at(i));
    }
    CHECK(onWorkerThread);

    thread.quit();
    REQUIRE(thread.wait(TimeoutMs));
    REQUIRE(waitUntil([&] { return clientProbe.disconnects == 1; }));
    CHECK(client->closeCode() == CloseCode::Abnormal);
}

TEST_CASE("The WebSocket transport carries text messages in order over a real socket", "[sync][transport]")
{
    WebSocketFixture fixture;
    const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
    Probe clientProbe(*client);
    CHECK(fixture.server().isOpen());
    CHECK(fixture.server().peerName().startsWith(u"127.0.0.1:"));

    const QStringList up = numbered(u"up"_s, 200);
    const QStringList down = numbered(u"down"_s, 200);
    for (qsizetype i = 0; i < up.size(); ++i) {
        client->sendTextMessage(up.at(i));
        fixture.server().sendTextMessage(down.at(i));
    }
    REQUIRE(
        waitUntil([&] { return fixture.serverProbe().messages.size() == 200 && clientProbe.messages.size() == 200; }));
    CHECK(fixture.serverProbe().messages == up);
    CHECK(clientProbe.messages == down);

    SECTION("a frame of Chinese text and SQL metacharacters arrives unchanged")
    {
        const Frame frame{u"mutate"_s, u"m-1"_s,
                          QJsonObject{{u"body"_s, QString(10'000, u'汉') + u"'; DROP TABLE tickets; --"_s}}};
        client->sendTextMessage(QString::fromUtf8(frame.toJson()));
        REQUIRE(waitUntil([&] { return fixture.serverProbe().messages.size() == 201; }));
        const ProtocolResult<Frame> parsed = Frame::parse(fixture.serverProbe().messages.constLast());
        REQUIRE(parsed.ok());
        CHECK(parsed->payload == frame.payload);
    }
    SECTION("closing with a code reaches the other side")
    {
        client->close(CloseCode::GoingAway, u"client quits"_s);
        REQUIRE(waitUntil([&] { return fixture.serverProbe().disconnects == 1 && clientProbe.disconnects == 1; }));
        CHECK(fixture.server().closeCode() == CloseCode::GoingAway);
        CHECK(fixture.server().closeReason() == u"client quits"_s);
        CHECK_FALSE(client->isOpen());
        CHECK_FALSE(fixture.server().isOpen());
    }
    SECTION("the server closes and the client learns why")
    {
        fixture.server().close(CloseCode::PolicyViolation, u"flood"_s);
        REQUIRE(waitUntil([&] { return fixture.serverProbe().disconnects == 1 && clientProbe.disconnects == 1; }));
        CHECK(client->closeCode() == CloseCode::PolicyViolation);
        CHECK(client->closeReason() == u"flood"_s);
    }
}

TEST_CASE("A WebSocket message over the server's limit closes the connection with 1009", "[sync][transport]")
{
    WebSocketFixture fixture;

    SECTION("a small configured limit")
    {
        fixture.setServerLimit(1024);
        const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
        Probe clientProbe(*client);
        client->sendTextMessage(textOfBytes(1024));
        REQUIRE(waitUntil([&] { return fixture.serverProbe().messages.size() == 1; }));

        client->sendTextMessage(textOfBytes(1025));
        client->sendTextMessage(u"after"_s);
        REQUIRE(waitUntil([&] { return fixture.serverProbe().disconnects == 1 && clientProbe.disconnects == 1; }));
        CHECK(fixture.serverProbe().messages.size() == 1);
        CHECK(client->closeCode() == CloseCode::TooBig);
    }
    SECTION("the default limit is the frame limit")
    {
        const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
        Probe clientProbe(*client);
        const qsizetype limit = FrameLimits().maxFrameBytes;
        CHECK(fixture.server().maxIncomingMessageBytes() == limit);

        client->sendTextMessage(textOfBytes(limit));
        REQUIRE(waitUntil([&] { return fixture.serverProbe().messages.size() == 1; }));
        // Chinese text: fewer characters than the limit, more bytes.
        client->sendTextMessage(QString(limit / 3 + 1, u'汉'));
        REQUIRE(waitUntil([&] { return fixture.serverProbe().disconnects == 1 && clientProbe.disconnects == 1; }));
        CHECK(fixture.serverProbe().messages.size() == 1);
        CHECK(client->closeCode() == CloseCode::TooBig);
    }
}

TEST_CASE("A binary WebSocket message closes the connection", "[sync][transport]")
{
    WebSocketFixture fixture;
    const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
    Probe clientProbe(*client);

    client->socket()->sendBinaryMessage(QByteArrayLiteral("\x00\x01binary"));
    REQUIRE(waitUntil([&] { return fixture.serverProbe().disconnects == 1 && clientProbe.disconnects == 1; }));
    CHECK(fixture.serverProbe().messages.isEmpty());
    CHECK(client->closeCode() == CloseCode::UnsupportedData);
}

TEST_CASE("A WebSocket connection that fails or drops reports disconnected", "[sync][transport]")
{
    SECTION("nobody listens")
    {
        QUrl url;
        {
            WebSocketFixture closed;
            url = closed.url();
        }
        WebSocketTransport client;
        Probe probe(client);
        client.open(url);
        REQUIRE(waitUntil([&] { return probe.disconnects == 1; }));
        CHECK_FALSE(client.isOpen());
        CHECK(client.closeCode() == CloseCode::Abnormal);
        client.sendTextMessage(u"nobody"_s);  // ignored
        QTest::qWait(20);
        CHECK(probe.disconnects == 1);
    }
    SECTION("the client gives up while connecting")
    {
        WebSocketFixture fixture;
        WebSocketTransport client;
        Probe probe(client);
        client.open(fixture.url());
        client.close(CloseCode::GoingAway);
        CHECK(probe.disconnects == 0);  // not from inside close()
        REQUIRE(waitUntil([&] { return probe.disconnects == 1; }));
        QTest::qWait(50);
        CHECK(probe.disconnects == 1);
        CHECK_FALSE(client.isOpen());
    }
    SECTION("the server's socket is gone")
    {
        WebSocketFixture fixture;
        const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
        Probe clientProbe(*client);
        fixture.server().socket()->abort();
        REQUIRE(waitUntil([&] { return clientProbe.disconnects == 1 && fixture.serverProbe().disconnects == 1; }));
        CHECK_FALSE(client->isOpen());
        // No close frame came: the connection dropped.
        CHECK(client->closeCode() == CloseCode::Abnormal);
    }
    SECTION("the server's transport is destroyed")
    {
        WebSocketFixture fixture;
        const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
        Probe clientProbe(*client);
        fixture.serverEnds.clear();
        fixture.serverProbes.clear();
        REQUIRE(waitUntil([&] { return clientProbe.disconnects == 1; }));
        CHECK_FALSE(client->isOpen());
        // QWebSocket says goodbye when it is destroyed.
        CHECK(client->closeCode() == CloseCode::GoingAway);
    }
}

TEST_CASE("A Chinese message larger than Qt's default WebSocket frame arrives whole", "[sync][transport]")
{
    // Qt fragments messages over 512 KiB by default, cutting UTF-8 sequences apart, and Qt 6.4 then
    // refuses the message as invalid UTF-8 (1007). 300,000 Chinese characters are 900,000 bytes.
    WebSocketFixture fixture;
    const std::unique_ptr<WebSocketTransport> client = fixture.connectClient();
    Probe clientProbe(*client);
    const QString up(300'000, u'汉');
    const QString down = QString(299'999, u'漢') + u"😀"_s;
    client->sendTextMessage(up);
    fixture.server().sendTextMessage(down);
    REQUIRE(waitUntil([&] {
        return (fixture.serverProbe().messages.size() == 1 && clientProbe.messages.size() == 1) ||
               clientProbe.disconnects > 0;
    }));
    CHECK(clientProbe.disconnects == 0);
    REQUIRE(fixture.serverProbe().messages.size() == 1);
    CHECK(fixture.serverProbe().messages.at(0) == up);
    REQUIRE(clientProbe.messages.size() == 1);
    CHECK(clientProbe.messages.at(0) == down);
}
