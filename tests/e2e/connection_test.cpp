// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncdesk.h"

#include <protocol/frame.h>

#include <QWebSocket>
#include <QWebSocketServer>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Sync::SyncClient;

namespace {

Sync::SyncClient::Options fastOptions(const QUrl &url)
{
    Sync::SyncClient::Options options;
    options.url = url;
    options.backoff = Sync::BackoffPolicy{20, 100, 0.5};
    options.connectTimeoutMs = 2000;
    return options;
}

}  // namespace

TEST_CASE("A wrong password stops at a clear message instead of retrying", "[e2e][sync][connection]")
{
    SyncDesk desk;
    TempDir dir;
    auto store = Models::LocalStore::open(dir.filePath(QStringLiteral("cache.sqlite")));
    REQUIRE(store.ok());
    SyncClient client(**store, fastOptions(desk.url()));
    client.signIn(desk.alice.username, QStringLiteral("not-her-password"));
    REQUIRE(waitFor([&] { return client.state() == SyncClient::State::SignedOut; }));
    CHECK(client.statusText() == u"The user name or password is not right.");

    // No retry loop: the client does not even try to connect again.
    int attempts = 0;
    QObject::connect(&client, &SyncClient::stateChanged, &client, [&attempts](SyncClient::State state) {
        attempts += state == SyncClient::State::Connecting ? 1 : 0;
    });
    waitFor([] { return false; }, 1500);
    CHECK(attempts == 0);
    CHECK(client.state() == SyncClient::State::SignedOut);

    // The right password signs in.
    client.signIn(desk.alice.username, DeskFixture::passwordOf(desk.alice));
    REQUIRE(waitFor([&] { return client.state() == SyncClient::State::Online; }));
}

TEST_CASE("A server speaking another protocol version stops the client with a request to update",
          "[e2e][sync][connection]")
{
    // A stand-in for a newer server: it answers every hello with unsupported_version, as protocol v1 says.
    QWebSocketServer newer(QStringLiteral("newer"), QWebSocketServer::NonSecureMode);
    REQUIRE(newer.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    QObject::connect(&newer, &QWebSocketServer::newConnection, &newer, [&] {
        QWebSocket *socket = newer.nextPendingConnection();
        ++connections;
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &) {
            socket->sendTextMessage(
                QString::fromUtf8(P::makeError(QStringLiteral("hello"), P::ErrorCode::UnsupportedVersion,
                                               QStringLiteral("this server speaks protocol 2"))
                                      .toJson()));
            socket->close();
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    });
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(newer.serverPort());

    TempDir dir;
    auto store = Models::LocalStore::open(dir.filePath(QStringLiteral("cache.sqlite")));
    REQUIRE(store.ok());
    SyncClient client(**store, fastOptions(url));
    client.signIn(QStringLiteral("alice"), QStringLiteral("alice-password"));
    REQUIRE(waitFor([&] { return client.state() == SyncClient::State::Incompatible; }));
    CHECK(client.statusText().contains(QStringLiteral("Please update Frontline")));
    waitFor([] { return false; }, 1000);
    CHECK(connections == 1);
    CHECK(client.state() == SyncClient::State::Incompatible);
}
