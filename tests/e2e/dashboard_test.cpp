// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync engine's side of the dashboard subscription (SyncClient::subscribeDashboard()) against a real
// server; the dashboard window's own end-to-end test is leaddashboard_test.cpp.

#include "syncdesk.h"

#include <models/teamsnapshot.h>
#include <server/dashboardhub.h>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
using Sync::SyncClient;

namespace {

/*! What a workstation's dashboard saw: every snapshot, and a refusal. */
struct DashboardWatch
{
    explicit DashboardWatch(SyncClient &client)
    {
        QObject::connect(&client, &SyncClient::dashboardMetricsReceived, &client,
                         [this](const Models::TeamSnapshot &snapshot) { snapshots.push_back(snapshot); });
        QObject::connect(&client, &SyncClient::dashboardSubscriptionRefused, &client,
                         [this](const QString &code, const QString &) { refusals.append(code); });
        QObject::connect(&client, &SyncClient::caughtUp, &client, [this] { ++catchUps; });
    }

    std::vector<Models::TeamSnapshot> snapshots;
    QStringList refusals;
    int catchUps = 0;  // one per connection
};

}  // namespace

TEST_CASE("SyncClient subscribes a lead's dashboard again after the server restarts", "[e2e][sync][dashboard]")
{
    SyncDesk desk;
    Workstation lena(desk, desk.lena);
    DashboardWatch watch(*lena.client);
    lena.client->subscribeDashboard({}, QStringLiteral("Asia/Shanghai"));  // before it is even connected
    REQUIRE(waitFor([&] { return !watch.snapshots.empty(); }));
    CHECK(watch.snapshots.back().queues.size() == 2);
    CHECK(lena.client->isDashboardSubscribed());

    desk.stopServer();
    REQUIRE(waitFor([&] { return lena.client->state() != SyncClient::State::Online; }));
    const std::size_t beforeRestart = watch.snapshots.size();
    desk.startServer();
    REQUIRE(waitFor([&] { return watch.snapshots.size() > beforeRestart; }, 30000));
    CHECK(watch.snapshots.back().queues.size() == 2);
    CHECK(desk.server->dashboard()->subscriptionCount() == 1);

    // Unsubscribed, it stays so after the next reconnect too.
    lena.client->unsubscribeDashboard();
    REQUIRE(waitFor([&] { return desk.server->dashboard()->subscriptionCount() == 0; }));
    const int connections = watch.catchUps;
    lena.client->interruptConnection();
    REQUIRE(waitFor([&] { return watch.catchUps > connections; }));
    const std::size_t unsubscribed = watch.snapshots.size();
    waitFor([] { return false; }, 1500);
    CHECK(watch.snapshots.size() == unsubscribed);
    CHECK(desk.server->dashboard()->subscriptionCount() == 0);
    CHECK(watch.refusals.isEmpty());
}

TEST_CASE("SyncClient reports an agent's dashboard subscription as refused and does not send it again",
          "[e2e][sync][dashboard]")
{
    SyncDesk desk;
    Workstation alice(desk, desk.alice);
    DashboardWatch watch(*alice.client);
    alice.client->subscribeDashboard({desk.billing.id}, {});
    REQUIRE(waitFor([&] { return !watch.refusals.isEmpty(); }));
    CHECK(watch.refusals == QStringList{QStringLiteral("forbidden")});
    CHECK_FALSE(alice.client->isDashboardSubscribed());
    const int connections = watch.catchUps;
    alice.client->interruptConnection();
    REQUIRE(waitFor([&] { return watch.catchUps > connections; }));
    waitFor([] { return false; }, 500);
    CHECK(watch.refusals.size() == 1);
    CHECK(watch.snapshots.empty());
}
