// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncdesk.h"

#include <server/changefeed.h>
#include <server/entitystore.h>
#include <server/mutationprocessor.h>
#include <sync/engine/syncstore.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <support/samples.h>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Sync::SyncClient;

namespace {

int serverCount(SyncDesk &desk, const QString &sql)
{
    auto query = desk.db->exec(sql);
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return query->value(0).toInt();
}

/*! A mix of what an agent does in a working hour, on the billing tickets; claims compete. */
P::MutationPayload workItem(const SyncDesk &desk, int i, int agentSalt, QList<QUuid> &createdTickets)
{
    const auto &tickets = desk.billingTickets;
    const QUuid ticket = tickets[static_cast<std::size_t>((i * 7 + agentSalt) % static_cast<int>(tickets.size()))].id;
    switch (i % 8) {
    case 0:
        return P::AddReply{ticket, QUuid::createUuid(), QStringLiteral("您好，第 %1 条回复：已为您处理。").arg(i), {}};
    case 1:
        return P::AddNote{ticket, QUuid::createUuid(), QStringLiteral("內部備註 %1 — 客戶已來電").arg(i), {}};
    case 2:
        return P::SetStatus{ticket, i % 3 == 0 ? Models::TicketStatus::Solved : Models::TicketStatus::Pending};
    case 3:
        // Both agents claim the same tickets: first come on the server.
        return P::ClaimTicket{tickets[static_cast<std::size_t>((i / 8) % static_cast<int>(tickets.size()))].id};
    case 4: {
        const QUuid id = QUuid::createUuid();
        createdTickets.append(id);
        return P::CreateTicket{id,
                               desk.customer.id,
                               desk.billing.id,
                               QStringLiteral("电话来访 %1").arg(i),
                               Models::Channel::Phone,
                               Models::Priority::Normal,
                               QUuid::createUuid(),
                               QStringLiteral("客户来电询问退款进度 %1").arg(i)};
    }
    case 5:
        return P::SetPriority{ticket, i % 2 ? Models::Priority::High : Models::Priority::Low};
    case 6:
        return P::SetTags{ticket, {QStringLiteral("refund"), QStringLiteral("标签%1").arg(i % 4)}};
    default:
        return P::LogCall{ticket, QUuid::createUuid(), P::CallDirection::In, 60 + i, QStringLiteral("通话 %1").arg(i)};
    }
}

}  // namespace

TEST_CASE("A fresh workstation catches up with everything its agent may see, and nothing else", "[e2e][sync]")
{
    SyncDesk desk(30);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));

    CHECK(alice.client->state() == SyncClient::State::Online);
    CHECK(alice.client->agent().id == desk.alice.id);
    const QStringList billing = cacheView(alice.store->readDatabase(), desk.billing.id);
    CHECK(billing == serverView(*desk.db, desk.billing.id));
    CHECK(billing.size() > 30);
    CHECK(cacheView(alice.store->readDatabase(), desk.technical.id).isEmpty());
}

TEST_CASE("Work done while the server is down reaches it exactly once, and every cache agrees with it",
          "[e2e][sync][offline]")
{
    SyncDesk desk(20);
    Workstation alice(desk, desk.alice);
    Workstation bob(desk, desk.bob);
    REQUIRE(waitForQuiet(desk, {&alice, &bob}));

    desk.stopServer();
    REQUIRE(waitFor([&] {
        return alice.client->state() == SyncClient::State::Offline && bob.client->state() == SyncClient::State::Offline;
    }));

    constexpr int perAgent = 100;
    QList<QUuid> created;
    int messages = 0;
    for (int i = 0; i < perAgent; ++i) {
        for (Workstation *station : {&alice, &bob}) {
            const P::MutationPayload work = workItem(desk, i, station == &alice ? 0 : 3, created);
            messages += std::holds_alternative<P::AddReply>(work) || std::holds_alternative<P::AddNote>(work) ||
                                std::holds_alternative<P::LogCall>(work) ||
                                std::holds_alternative<P::CreateTicket>(work)
                            ? 1
                            : 0;
            station->client->submit(work);
        }
    }
    REQUIRE(
        waitFor([&] { return alice.client->pendingCount() == perAgent && bob.client->pendingCount() == perAgent; }));
    // Offline, the agents see their own work at once.
    CHECK(alice.client->statusText().contains(QString::number(perAgent)));
    {
        QSqlQuery shown(alice.store->readDatabase());
        REQUIRE(shown.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE number IS NULL")));
        REQUIRE(shown.next());
        CHECK(shown.value(0).toInt() == perAgent / 8 + (perAgent % 8 > 4 ? 1 : 0));
    }

    desk.startServer();
    REQUIRE(waitForQuiet(desk, {&alice, &bob}, 60000));

    // Every mutation reached the server once: one record each, one message each.
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations")) == 2 * perAgent);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM messages WHERE author_kind = 'agent'")) == messages);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM tickets WHERE number IS NULL")) == 0);
    int createdOnServer = 0;
    for (const QUuid &id : created) {
        auto found = desk.db->exec(QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                                   {id.toString(QUuid::WithoutBraces)});
        REQUIRE(found.ok());
        createdOnServer += found->next() && !found->value(0).isNull() ? 1 : 0;
    }
    CHECK(createdOnServer == created.size());

    // Both caches show exactly what the server has.
    const QStringList server = serverView(*desk.db, desk.billing.id);
    const QStringList aliceSees = cacheView(alice.store->readDatabase(), desk.billing.id);
    const QStringList bobSees = cacheView(bob.store->readDatabase(), desk.billing.id);
    INFO(differences(aliceSees, server));
    CHECK(aliceSees == server);
    INFO(differences(bobSees, server));
    CHECK(bobSees == server);

    // Lost races are told plainly, once per refused mutation.
    const int rejected =
        serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations WHERE result LIKE '%\"rejected\"%'"));
    CHECK(rejected > 0);
    CHECK(static_cast<int>(alice.notices.size() + bob.notices.size()) == rejected);
    bool toldWhoHasIt = false;
    for (const auto *notices : {&alice.notices, &bob.notices}) {
        for (const Sync::Notice &notice : *notices) {
            toldWhoHasIt =
                toldWhoHasIt || notice.text.contains(QStringLiteral("was already taken by ")) &&
                                    (notice.text.contains(desk.alice.name) || notice.text.contains(desk.bob.name));
        }
    }
    CHECK(toldWhoHasIt);
}

TEST_CASE("Mutations the server applied but never acknowledged come back as duplicates and are applied once",
          "[e2e][sync]")
{
    SyncDesk desk(4);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));

    alice.client->setWorkOffline(true);
    for (int i = 0; i < 30; ++i) {
        alice.client->submit(P::AddNote{desk.billingTickets[static_cast<std::size_t>(i % 4)].id,
                                        QUuid::createUuid(),
                                        QStringLiteral("note %1").arg(i),
                                        {}});
    }
    REQUIRE(waitFor([&] { return alice.client->pendingCount() == 30; }));

    // The first half reached the server and was applied, and then the connection dropped before the acks came.
    auto outbox = Sync::SyncStore::pending(alice.store->readDatabase());
    REQUIRE(outbox.ok());
    REQUIRE(outbox->size() == 30);
    std::vector<Server::MutationProcessor::Request> firstHalf;
    for (std::size_t i = 0; i < 15; ++i) {
        firstHalf.push_back({DeskFixture::actor(desk.alice), (*outbox)[i]});
    }
    for (const auto &ack : Server::MutationProcessor(*desk.db).applyAll(firstHalf)) {
        REQUIRE(ack.ok());
        REQUIRE(ack->result == P::AckResult::Applied);
    }

    int duplicates = 0;
    QObject::connect(
        alice.client.get(), &SyncClient::mutationSettled, alice.client.get(),
        [&duplicates](const QUuid &, P::AckResult result) { duplicates += result == P::AckResult::Duplicate ? 1 : 0; });
    alice.client->setWorkOffline(false);
    REQUIRE(waitForQuiet(desk, {&alice}));
    CHECK(duplicates == 15);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM messages WHERE author_kind = 'agent'")) == 30);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations")) == 30);
    CHECK(cacheView(alice.store->readDatabase(), desk.billing.id) == serverView(*desk.db, desk.billing.id));
}

TEST_CASE("A connection cut while acks are in flight loses nothing and applies nothing twice", "[e2e][sync]")
{
    SyncDesk desk(4);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));

    constexpr int total = 150;
    for (int i = 0; i < total; ++i) {
        alice.client->submit(P::AddNote{desk.billingTickets[static_cast<std::size_t>(i % 4)].id,
                                        QUuid::createUuid(),
                                        QStringLiteral("备注 %1").arg(i),
                                        {}});
        if (i % 25 == 24) {
            waitFor([] { return false; }, 5);  // let some go out
            alice.client->interruptConnection();
        }
    }
    REQUIRE(waitForQuiet(desk, {&alice}, 60000));
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM messages WHERE author_kind = 'agent'")) == total);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations")) == total);
    CHECK(cacheView(alice.store->readDatabase(), desk.billing.id) == serverView(*desk.db, desk.billing.id));
}

TEST_CASE("A server restored from an older backup is detected: the cache is rebuilt and pending work is kept",
          "[e2e][sync]")
{
    SyncDesk desk(3);
    const QString databaseFile = desk.backend->location().sqliteFile;
    const QString backupFile = databaseFile + QStringLiteral(".backup");

    // A backup as an operator makes it: the server stopped, the database file copied whole.
    desk.stopServer();
    REQUIRE(desk.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(QFile::copy(databaseFile, backupFile));
    desk.startServer();

    // After the backup: the agent works on, and the cache holds changes the backup does not have.
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));
    QList<QUuid> created;
    for (int i = 0; i < 4; ++i) {
        alice.client->submit(workItem(desk, 4, 0, created));  // new tickets
    }
    REQUIRE(waitForQuiet(desk, {&alice}));
    const qint64 cursorBefore = alice.client->cursor();

    // The server is restored from the backup, while the agent keeps working offline.
    desk.stopServer();
    REQUIRE(waitFor([&] { return alice.client->state() == SyncClient::State::Offline; }));
    const QUuid note = QUuid::createUuid();
    alice.client->submit(P::AddNote{desk.billingTicket.id, note, QStringLiteral("离线时写的备注"), {}});
    REQUIRE(waitFor([&] { return alice.client->pendingCount() == 1; }));
    desk.db.reset();
    REQUIRE(QFile::remove(databaseFile));
    QFile::remove(databaseFile + QStringLiteral("-wal"));
    QFile::remove(databaseFile + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(backupFile, databaseFile));
    desk.db = desk.backend->open();
    bool rebuilt = false;
    QObject::connect(alice.client.get(), &SyncClient::cacheRebuilt, alice.client.get(), [&rebuilt] { rebuilt = true; });
    desk.startServer();

    // The session began after the backup, so the restored server does not know it: sign in again.
    REQUIRE(waitFor([&] { return alice.client->state() == SyncClient::State::SignedOut; }));
    CHECK(alice.client->statusText().contains(QStringLiteral("sign in again")));
    CHECK(alice.client->pendingCount() == 1);
    alice.client->signIn(desk.alice.username, DeskFixture::passwordOf(desk.alice));
    REQUIRE(waitForQuiet(desk, {&alice}));
    CHECK(rebuilt);
    CHECK(alice.client->cursor() < cursorBefore);
    // The tickets the restored server never had are gone from the cache; the offline note was kept and sent.
    CHECK(cacheView(alice.store->readDatabase(), desk.billing.id) == serverView(*desk.db, desk.billing.id));
    auto sent =
        desk.db->exec(QStringLiteral("SELECT body FROM messages WHERE id = ?"), {note.toString(QUuid::WithoutBraces)});
    REQUIRE(sent.ok());
    REQUIRE(sent->next());
    CHECK(sent->value(0).toString() == u"离线时写的备注");
}

TEST_CASE("A different server at the same address is detected: the cache is rebuilt from it", "[e2e][sync]")
{
    SyncDesk first(2);
    Workstation alice(first, first.alice);
    REQUIRE(waitForQuiet(first, {&alice}));
    const quint16 port = first.port;
    first.stopServer();
    REQUIRE(waitFor([&] { return alice.client->state() == SyncClient::State::Offline; }));
    // Work on a ticket of the old server, which the new one does not know.
    alice.client->submit(P::SetStatus{first.billingTicket.id, Models::TicketStatus::Solved});
    REQUIRE(waitFor([&] { return alice.client->pendingCount() == 1; }));

    // A new server with its own data and the same people (same user names and passwords, new ids).
    SyncDesk second(1);
    second.stopServer();
    second.port = port;
    bool rebuilt = false;
    QObject::connect(alice.client.get(), &SyncClient::cacheRebuilt, alice.client.get(), [&rebuilt] { rebuilt = true; });
    second.startServer();

    // The old session means nothing to the new server: the agent signs in again.
    REQUIRE(waitFor([&] { return alice.client->state() == SyncClient::State::SignedOut; }));
    alice.client->signIn(second.alice.username, DeskFixture::passwordOf(second.alice));
    REQUIRE(waitForQuiet(second, {&alice}));
    CHECK(rebuilt);
    CHECK(cacheView(alice.store->readDatabase(), first.billing.id).isEmpty());
    CHECK(cacheView(alice.store->readDatabase(), second.billing.id) == serverView(*second.db, second.billing.id));
    // The change to a ticket the new server does not have was refused and said so.
    REQUIRE(alice.notices.size() == 1);
    CHECK(alice.notices.front().kind == u"not_found");
}

TEST_CASE("A customer's older tickets, fetched once, stay readable offline with the time they were fetched",
          "[e2e][sync][history]")
{
    SyncDesk desk(5);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));
    const QString customer = desk.customer.id.toString(QUuid::WithoutBraces);
    const auto ticketsOfCustomer = [&] {
        QSqlQuery query(alice.store->readDatabase());
        query.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"));
        query.addBindValue(customer);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    // As for history older than what the feed keeps on a workstation: not in the cache yet.
    const int onServer =
        serverCount(desk, QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = '%1'").arg(customer));
    REQUIRE(onServer == 6);
    Tests::writeAndWait(*alice.store, [&](Models::WriteContext &context) -> Models::Status {
        QSqlQuery drop(context.database);
        drop.prepare(QStringLiteral("DELETE FROM tickets WHERE customer_id = ?"));
        drop.addBindValue(customer);
        return drop.exec() ? Models::Status(Models::Ok{})
                           : Models::Status(Models::Error{Models::Error::Code::Database, drop.lastError().text(), {}});
    });
    REQUIRE(ticketsOfCustomer() == 0);
    CHECK_FALSE(Sync::SyncStore::cachedHistory(alice.store->readDatabase(), desk.customer.id).value().has_value());

    bool fetched = false;
    bool ok = false;
    QObject::connect(alice.client.get(), &SyncClient::historyFetched, alice.client.get(),
                     [&](const QUuid &id, bool succeeded, bool) {
                         fetched = id == desk.customer.id;
                         ok = succeeded;
                     });
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    alice.client->fetchCustomerHistory(desk.customer.id);
    REQUIRE(waitFor([&] { return fetched; }));
    CHECK(ok);
    CHECK(ticketsOfCustomer() == onServer);

    desk.stopServer();
    REQUIRE(waitFor([&] { return alice.client->state() == SyncClient::State::Offline; }));
    CHECK(ticketsOfCustomer() == onServer);
    const auto cached = Sync::SyncStore::cachedHistory(alice.store->readDatabase(), desk.customer.id);
    REQUIRE(cached.ok());
    REQUIRE(cached->has_value());
    CHECK((*cached)->complete);
    CHECK((*cached)->fetchedAt >= asked.addSecs(-1));

    // Offline, asking again says so at once, and the cache keeps what it has.
    fetched = false;
    alice.client->fetchCustomerHistory(desk.customer.id);
    REQUIRE(waitFor([&] { return fetched; }, 2000));
    CHECK_FALSE(ok);
    CHECK(ticketsOfCustomer() == onServer);
}

TEST_CASE("A server that dies during the first sync is resumed from the cursor, with no gap and nothing twice",
          "[e2e][sync]")
{
    SyncDesk desk(1500);
    desk.tuning.changesPageBytes = 8 * 1024;  // many small pages, so the server can die in the middle
    desk.stopServer();
    desk.startServer();

    const qint64 visible = [&] {
        auto changes = Server::ChangeFeed(*desk.db).read(0, DeskFixture::actor(desk.alice), 100000);
        REQUIRE(changes.ok());
        return static_cast<qint64>(changes->size());
    }();
    REQUIRE(visible > 1500);

    Workstation alice(desk, desk.alice, {}, 40);  // small write jobs, so that some are in the cache when it dies
    qint64 applied = 0;
    bool killed = false;
    QObject::connect(alice.client.get(), &SyncClient::changesApplied, alice.client.get(), [&](qint64, int count) {
        applied += count;
        if (!std::exchange(killed, true)) {
            // At the first commit, when the page window and the writer's queue bound what the client holds.
            desk.stopServer();
        }
    });
    REQUIRE(waitFor([&] { return killed && alice.client->state() == SyncClient::State::Offline; }));
    const qint64 cursorAtCrash = alice.client->cursor();
    waitFor([] { return false; }, 300);  // let the pages already received reach the cache
    const qint64 appliedBeforeRestart = applied;
    CHECK(cursorAtCrash > 0);
    CHECK(appliedBeforeRestart < visible);  // the server really died mid-sync

    desk.startServer();
    REQUIRE(waitForQuiet(desk, {&alice}));
    // Every change the agent may see was applied exactly once over the two connections.
    CHECK(applied == visible);
    const QStringList cache = cacheView(alice.store->readDatabase(), desk.billing.id);
    const QStringList server = serverView(*desk.db, desk.billing.id);
    INFO(differences(cache, server));
    CHECK(cache == server);
}

TEST_CASE("Take next gives the agent a waiting ticket of their queues and says which one", "[e2e][sync]")
{
    SyncDesk desk(3);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&alice}));

    QUuid taken;
    qint64 number = 0;
    QObject::connect(alice.client.get(), &SyncClient::ticketTaken, alice.client.get(),
                     [&](const QUuid &ticketId, qint64 ticketNumber) {
                         taken = ticketId;
                         number = ticketNumber;
                     });
    alice.client->submit(Protocol::TakeNext{});
    REQUIRE(waitFor([&] { return !taken.isNull(); }));
    REQUIRE(waitForQuiet(desk, {&alice}));

    auto onServer = Server::EntityStore(*desk.db).ticket(taken);
    REQUIRE(onServer.ok());
    REQUIRE(onServer->has_value());
    CHECK((*onServer)->assigneeId == desk.alice.id);
    CHECK((*onServer)->queueId == desk.billing.id);
    CHECK(number == (*onServer)->number.value_or(-1));
    // The cache shows it as hers too, from the server's push.
    CHECK(cacheView(alice.store->readDatabase(), desk.billing.id) == serverView(*desk.db, desk.billing.id));
}
