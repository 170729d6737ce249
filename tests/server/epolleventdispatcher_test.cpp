// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The server's epoll event dispatcher on a thread of its own, driven by real timers, real sockets on
// loopback and events posted from other threads; then the shipped executable, which serves on it.

#include "testclient.h"

#include <server/epolleventdispatcher.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <atomic>
#include <catch2/catch.hpp>
#include <support/tempdir.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Frontline;
using namespace Qt::StringLiterals;
namespace P = Frontline::Protocol;

namespace {

// A thread whose event loop runs on an EpollEventDispatcher, with a context object living on it.
class EpollThread final
{
public:
    EpollThread()
    {
        auto dispatcher = std::make_unique<Server::EpollEventDispatcher>();
        REQUIRE(dispatcher->isValid());
        m_thread.setEventDispatcher(dispatcher.release());
        m_thread.start();
        m_context = new QObject;  // deleted on the thread by the destructor
        m_context->moveToThread(&m_thread);
    }
    ~EpollThread()
    {
        if (m_thread.isRunning()) {
            run([this] { delete m_context; });
            m_thread.quit();
            m_thread.wait();
        } else {
            delete m_context;  // its thread has finished: nothing runs there any more
        }
    }
    Q_DISABLE_COPY_MOVE(EpollThread)

    QObject *context() const { return m_context; }
    QThread &thread() { return m_thread; }

    template<typename Work>
    void run(Work &&work)
    {
        QMetaObject::invokeMethod(m_context, std::forward<Work>(work), Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
};

}  // namespace

TEST_CASE("On the epoll dispatcher timers fire at their interval, a single shot once, a stopped one never",
          "[server][eventloop]")
{
    EpollThread worker;
    REQUIRE(QString::fromLatin1(worker.thread().eventDispatcher()->metaObject()->className()).contains(u"Epoll"_s));
    std::atomic<int> repeats{0};
    std::atomic<int> singleShots{0};
    std::atomic<int> stoppedFired{0};
    std::atomic<qint64> tenthAtMs{0};
    std::atomic<int> remainingOfLongMs{-2};
    QElapsedTimer clock;
    clock.start();
    worker.run([&] {
        auto *repeating = new QTimer(worker.context());
        repeating->setTimerType(Qt::PreciseTimer);
        repeating->setInterval(10);
        QObject::connect(repeating, &QTimer::timeout, repeating, [&, repeating] {
            if (++repeats == 10) {
                tenthAtMs = clock.elapsed();
                repeating->stop();
            }
        });
        repeating->start();
        QTimer::singleShot(30, worker.context(), [&] { ++singleShots; });
        auto *stopped = new QTimer(worker.context());
        stopped->setInterval(20);
        QObject::connect(stopped, &QTimer::timeout, stopped, [&] { ++stoppedFired; });
        stopped->start();
        stopped->stop();
        auto *longOne = new QTimer(worker.context());
        longOne->start(60'000);
        remainingOfLongMs = longOne->remainingTime();
    });

    REQUIRE(QTest::qWaitFor([&] { return repeats >= 10 && singleShots >= 1; }, 5000));
    QTest::qWait(100);
    CHECK(repeats == 10);
    CHECK(tenthAtMs >= 100);  // ten intervals of 10 ms, none early
    CHECK(singleShots == 1);
    CHECK(stoppedFired == 0);
    CHECK(remainingOfLongMs > 59'000);
    CHECK(remainingOfLongMs <= 60'000);
}

TEST_CASE("An idle epoll dispatcher wakes at once for an event posted from another thread, and quits when told",
          "[server][eventloop]")
{
    EpollThread worker;
    QTest::qWait(50);  // nothing to do: the thread blocks in epoll_wait without a timeout
    for (int i = 0; i < 20; ++i) {
        std::atomic<bool> ran{false};
        QMetaObject::invokeMethod(
            worker.context(), [&] { ran = true; }, Qt::QueuedConnection);
        REQUIRE(QTest::qWaitFor([&] { return ran.load(); }, 5000));
    }
    worker.thread().quit();
    CHECK(worker.thread().wait(5000));
}

TEST_CASE("No wake-up is lost when other threads post while the epoll dispatcher drains the last one",
          "[server][eventloop]")
{
    EpollThread worker;
    std::atomic<int> handled{0};
    std::atomic<bool> stop{false};
    // Two threads post as fast as they can, so that posts land while a wake-up is being drained.
    const auto flood = [&] {
        while (!stop) {
            QMetaObject::invokeMethod(
                worker.context(), [&] { ++handled; }, Qt::QueuedConnection);
            QThread::yieldCurrentThread();
        }
    };
    std::unique_ptr<QThread> floodA(QThread::create(flood));
    std::unique_ptr<QThread> floodB(QThread::create(flood));
    floodA->start();
    floodB->start();
    QTest::qWait(300);
    stop = true;
    floodA->wait();
    floodB->wait();
    // The worker has neither timers nor sockets: only a wake-up gets it out of epoll_wait. Each of these
    // posts must be handled although nothing else happens on the thread.
    for (int i = 0; i < 50; ++i) {
        std::atomic<bool> ran{false};
        QMetaObject::invokeMethod(
            worker.context(), [&] { ran = true; }, Qt::QueuedConnection);
        INFO("post " << i << " after " << handled.load() << " flooded ones");
        REQUIRE(QTest::qWaitFor([&] { return ran.load(); }, 5000));
    }
}

TEST_CASE("A notifier switched off by an earlier handler of the same turn is not activated", "[server][eventloop]")
{
    EpollThread worker;
    int first[2] = {-1, -1};
    int second[2] = {-1, -1};
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, first) == 0);
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, second) == 0);
    // Both are readable before the notifiers exist, so one epoll_wait reports both.
    REQUIRE(write(first[1], "x", 1) == 1);
    REQUIRE(write(second[1], "x", 1) == 1);
    std::atomic<int> activations{0};
    worker.run([&] {
        auto *a = new QSocketNotifier(first[0], QSocketNotifier::Read, worker.context());
        auto *b = new QSocketNotifier(second[0], QSocketNotifier::Read, worker.context());
        for (auto [self, other] : {std::pair{a, b}, std::pair{b, a}}) {
            QObject::connect(self, &QSocketNotifier::activated, self, [&, self = self, other = other] {
                ++activations;
                self->setEnabled(false);
                other->setEnabled(false);
            });
        }
    });
    QTest::qWait(200);
    CHECK(activations == 1);
    for (int fd : {first[0], first[1], second[0], second[1]}) {
        close(fd);
    }
}

TEST_CASE("A timer is not fired again by a nested event loop inside its own handler; other timers are",
          "[server][eventloop]")
{
    EpollThread worker;
    std::atomic<int> entries{0};
    std::atomic<bool> reentered{false};
    std::atomic<int> othersDuringNested{0};
    std::atomic<bool> done{false};
    worker.run([&] {
        auto *other = new QTimer(worker.context());
        other->setInterval(5);
        auto *nesting = new QTimer(worker.context());
        nesting->setInterval(5);
        auto inNested = std::make_shared<bool>(false);
        QObject::connect(other, &QTimer::timeout, other, [&, inNested] { othersDuringNested += *inNested ? 1 : 0; });
        QObject::connect(nesting, &QTimer::timeout, nesting, [&, nesting, inNested] {
            if (*inNested) {
                reentered = true;
                return;
            }
            if (++entries == 1) {
                *inNested = true;
                QEventLoop loop;
                QTimer::singleShot(80, &loop, &QEventLoop::quit);
                loop.exec();
                *inNested = false;
            } else if (entries == 3) {
                nesting->stop();
                done = true;
            }
        });
        other->start();
        nesting->start();
    });
    REQUIRE(QTest::qWaitFor([&] { return done.load(); }, 5000));
    CHECK_FALSE(reentered);
    CHECK(othersDuringNested >= 3);  // the nested loop ran the thread's other timers
}

TEST_CASE("A WebSocket server on the epoll dispatcher serves many clients, large and small frames alike",
          "[server][eventloop]")
{
    EpollThread worker;
    QWebSocketServer *server = nullptr;
    std::atomic<int> connected{0};
    std::atomic<int> disconnected{0};
    worker.run([&] {
        server = new QWebSocketServer(u"echo"_s, QWebSocketServer::NonSecureMode, worker.context());
        REQUIRE(server->listen(QHostAddress::LocalHost, 0));
        QObject::connect(server, &QWebSocketServer::newConnection, server, [&] {
            while (QWebSocket *peer = server->nextPendingConnection()) {
                peer->setParent(server);
                peer->setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());  // as ClientSession does
                ++connected;
                QObject::connect(peer, &QWebSocket::textMessageReceived, peer,
                                 [peer](const QString &text) { peer->sendTextMessage(text); });
                QObject::connect(peer, &QWebSocket::disconnected, peer, [&, peer] {
                    ++disconnected;
                    peer->deleteLater();
                });
            }
        });
    });
    const QUrl url(u"ws://127.0.0.1:%1"_s.arg(server->serverPort()));

    constexpr int clients = 40;
    constexpr int smallFrames = 25;
    const QString large = QString(u"大"_s).repeated(1 << 20);  // 3 MiB of UTF-8: many partial writes
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<int> echoes(clients, 0);
    std::vector<bool> largeBack(clients, false);
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        // Qt 6.4 would cut a character between frames and refuse its own message (as the product's sockets).
        socket->setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(), [&, i](const QString &text) {
            if (text.size() == large.size()) {
                largeBack[static_cast<size_t>(i)] = text == large;
            } else {
                ++echoes[static_cast<size_t>(i)];
            }
        });
        socket->open(url);
        sockets.push_back(std::move(socket));
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            return std::all_of(sockets.begin(), sockets.end(),
                               [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
        },
        10000));
    for (int i = 0; i < clients; ++i) {
        for (int k = 0; k < smallFrames; ++k) {
            sockets[static_cast<size_t>(i)]->sendTextMessage(u"client %1 frame %2"_s.arg(i).arg(k));
        }
        if (i % 8 == 0) {
            sockets[static_cast<size_t>(i)]->sendTextMessage(large);
        }
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < clients; ++i) {
                if (echoes[static_cast<size_t>(i)] < smallFrames ||
                    (i % 8 == 0 && !largeBack[static_cast<size_t>(i)])) {
                    return false;
                }
            }
            return true;
        },
        30000));
    CHECK(connected == clients);
    CHECK(std::all_of(echoes.begin(), echoes.end(), [](int n) { return n == smallFrames; }));

    for (auto &socket : sockets) {
        socket->close();
    }
    REQUIRE(QTest::qWaitFor([&] { return disconnected == clients; }, 10000));
    worker.run([&] { server->close(); });
}

// The shipped executable -----------------------------------------------------------------------------

namespace {

int runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FRONTLINE_SERVER_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    return process.exitCode();
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

}  // namespace

TEST_CASE("frontline-server signs in many clients, pushes every commit to each once, and stops on SIGTERM",
          "[server][eventloop][process]")
{
    Tests::TempDir dir;
    const QStringList at{u"--data-dir"_s, dir.filePath(u"data"_s)};
    REQUIRE(runToEnd(QStringList{u"init"_s} + at) == 0);
    REQUIRE(runToEnd(QStringList{u"demo-data"_s, u"--tickets"_s, u"40"_s} + at) == 0);

    QProcess server;
    const quint16 port = freePort();
    server.start(QStringLiteral(FRONTLINE_SERVER_EXECUTABLE),
                 QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port)} + at);
    REQUIRE(server.waitForStarted(10000));
    QByteArray output;
    REQUIRE(QTest::qWaitFor(
        [&] {
            output += server.readAllStandardOutput();
            return output.contains("Listening on");
        },
        30000));
    const QUrl url(u"ws://127.0.0.1:%1"_s.arg(port));

    // One agent at several desks: each session may see what the first one writes.
    constexpr int sessions = 12;
    std::vector<std::unique_ptr<Tests::TestClient>> clients;
    QUuid ticketId;
    for (int i = 0; i < sessions; ++i) {
        auto client = std::make_unique<Tests::TestClient>(url);
        REQUIRE(client->isConnected());
        REQUIRE(client->login(u"demo"_s, u"frontline-demo"_s).has_value());
        const QList<P::Change> changes = client->syncAll();
        for (const P::Change &change : changes) {
            if (ticketId.isNull() && change.kind == P::EntityKind::Ticket && change.op == P::ChangeOp::Upsert) {
                ticketId = change.id;
            }
        }
        clients.push_back(std::move(client));
    }
    REQUIRE_FALSE(ticketId.isNull());

    constexpr int notes = 5;
    for (int n = 0; n < notes; ++n) {
        const auto ack = clients.front()->mutate(P::AddNote{ticketId, QUuid::createUuid(), u"备注 %1"_s.arg(n), {}});
        REQUIRE(ack.has_value());
        CHECK(ack->result == P::AckResult::Applied);
    }
    for (std::size_t i = 1; i < clients.size(); ++i) {
        CAPTURE(i);
        const QList<P::Change> pushed = clients[i]->pushed(10000, notes);
        const auto messages = std::count_if(pushed.begin(), pushed.end(), [](const P::Change &change) {
            return change.kind == P::EntityKind::Message;
        });
        CHECK(messages == notes);
        CHECK(clients[i]->pushed(200).isEmpty());  // nothing twice
    }

    server.terminate();  // SIGTERM: the server's signal pipe is a socket notifier on this dispatcher
    REQUIRE(server.waitForFinished(10000));
    CHECK(server.exitStatus() == QProcess::NormalExit);
    CHECK(server.exitCode() == 0);
    for (auto &client : clients) {
        CHECK(client->waitForClose(5000).has_value());
    }
}
