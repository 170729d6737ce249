// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pending work rebased onto newer server versions of its row: what the cache shows once it is settled.

#include "syncdesk.h"

#include <server/mutationprocessor.h>
#include <sync/engine/syncstore.h>

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;

namespace {

QString cachedStatus(Workstation &station, const QUuid &ticketId)
{
    QSqlQuery query(station.store->readDatabase());
    REQUIRE(query.prepare(QStringLiteral("SELECT status FROM tickets WHERE id = ?")));
    query.addBindValue(ticketId.toString(QUuid::WithoutBraces));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

}  // namespace

TEST_CASE("A change the server applied before a colleague's newer one does not come back over it after a reconnect",
          "[e2e][sync]")
{
    SyncDesk desk(2);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));
    const QUuid ticket = desk.billingTickets[1].id;

    // Alice puts the ticket on hold; it reaches the server and is applied, but the connection drops before the ack.
    alice.client->setWorkOffline(true);
    alice.client->submit(P::SetStatus{ticket, Models::TicketStatus::OnHold});
    REQUIRE(waitFor([&] { return alice.client->pendingCount() == 1; }));
    auto outbox = Sync::SyncStore::pending(alice.store->readDatabase());
    REQUIRE(outbox.ok());
    REQUIRE(outbox->size() == 1);
    Server::MutationProcessor server(*desk.db);
    auto onHold = server.apply(DeskFixture::actor(desk.alice), outbox->front());
    REQUIRE(onHold.ok());
    REQUIRE(onHold->result == P::AckResult::Applied);
    // Then Bob solves it: the server's latest version.
    auto solved = server.apply(DeskFixture::actor(desk.bob),
                               P::Mutate{QUuid::createUuid(), {}, P::SetStatus{ticket, Models::TicketStatus::Solved}});
    REQUIRE(solved.ok());
    REQUIRE(solved->result == P::AckResult::Applied);

    // Alice reconnects: the catch-up brings both changes while hers is still pending, and the re-sent one is a
    // duplicate. Her change is older than Bob's on the server, so the cache must end as the server: solved.
    int duplicates = 0;
    QObject::connect(
        alice.client.get(), &Sync::SyncClient::mutationSettled, alice.client.get(),
        [&duplicates](const QUuid &, P::AckResult result) { duplicates += result == P::AckResult::Duplicate ? 1 : 0; });
    alice.client->setWorkOffline(false);
    REQUIRE(waitForQuiet(desk, {&alice}));
    CHECK(duplicates == 1);
    CHECK(cachedStatus(alice, ticket).toStdString() == "solved");
    const QStringList cache = cacheView(alice.store->readDatabase(), desk.billing.id);
    const QStringList view = serverView(*desk.db, desk.billing.id);
    INFO(differences(cache, view));
    CHECK((cache == view));
}
