// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storagebackends.h"

#include <server/changefeed.h>
#include <server/serverdatabase.h>
#include <server/serverschema.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Server;
using Models::Status;

namespace {

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

Change ticketChange(const QUuid &queueId, int n = 0)
{
    Change change;
    change.kind = QStringLiteral("ticket");
    change.entityId = QUuid::createUuid();
    change.op = QStringLiteral("upsert");
    change.rev = 1;
    change.scopeQueueId = queueId;
    change.data =
        QJsonObject{{QStringLiteral("subject"), QStringLiteral("订单 %1 未收到'; DROP TABLE changes; --").arg(n)}};
    return change;
}

qint64 appendInTransaction(ServerDatabase &db, const Change &change)
{
    qint64 seq = 0;
    ChangeFeed feed(db);
    const Status status = db.transaction([&]() -> Status {
        if (Status turn = db.serializeChangeFeed(); !turn) {
            return turn;
        }
        auto appended = feed.append(change);
        if (!appended) {
            return appended.error();
        }
        seq = *appended;
        return Models::Ok{};
    });
    REQUIRE(status.ok());
    return seq;
}

// Minimal rows the authorization filter joins against (customer visibility follows tickets).
void insertTicketRow(ServerDatabase &db, const QUuid &ticketId, const QUuid &customerId, const QUuid &queueId)
{
    const auto queue = db.exec(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, ?, '{}') "
                                              "ON CONFLICT (id) DO NOTHING"),
                               {id(queueId), id(queueId)});
    REQUIRE(queue.ok());
    const auto customer = db.exec(QStringLiteral("INSERT INTO customers (id, name, language, tier) VALUES (?, ?, 'en', "
                                                 "'standard') ON CONFLICT (id) DO NOTHING"),
                                  {id(customerId), QStringLiteral("Ava Smith")});
    REQUIRE(customer.ok());
    const auto ticket =
        db.exec(QStringLiteral("INSERT INTO tickets (id, subject, customer_id, queue_id, channel, status, "
                               "priority, created_at, updated_at) VALUES (?, 's', ?, ?, 'email', 'open', "
                               "'normal', 0, 0)"),
                {id(ticketId), id(customerId), id(queueId)});
    REQUIRE(ticket.ok());
}

}  // namespace

TEST_CASE("A new server database gets its schema and a lasting identity", "[server][storage]")
{
    auto backend =
        Tests::StorageBackend::make(GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres));
    auto db = backend->open();
    REQUIRE(db->migrate().ok());
    CHECK(db->schemaVersion().value() == ServerSchema::CurrentVersion);

    auto identity = db->exec(QStringLiteral("SELECT value FROM server_info WHERE key = 'server_id'"));
    REQUIRE(identity.ok());
    REQUIRE(identity->next());
    const QString serverId = identity->value(0).toString();
    CHECK_FALSE(QUuid::fromString(serverId).isNull());

    // Upgrading again changes nothing, from this connection or another.
    REQUIRE(db->migrate().ok());
    auto second = backend->open();
    REQUIRE(second->migrate().ok());
    auto again = second->exec(QStringLiteral("SELECT value FROM server_info WHERE key = 'server_id'"));
    REQUIRE(again.ok());
    REQUIRE(again->next());
    CHECK(again->value(0).toString() == serverId);
}

TEST_CASE("The change feed resumes from a cursor with nothing missing or repeated", "[server][storage][changefeed]")
{
    auto backend =
        Tests::StorageBackend::make(GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres));
    auto db = backend->open();
    REQUIRE(db->migrate().ok());
    const QUuid queueId = QUuid::createUuid();
    std::vector<QUuid> written;
    for (int i = 0; i < 50; ++i) {
        const Change change = ticketChange(queueId, i);
        written.push_back(change.entityId);
        appendInTransaction(*db, change);
    }

    ChangeFeed feed(*db);
    const Actor admin{QUuid::createUuid(), Models::AgentRole::Admin, {}, {}};
    std::vector<QUuid> read;
    qint64 cursor = 0;
    for (;;) {
        auto page = feed.read(cursor, admin, 7);
        REQUIRE(page.ok());
        if (page->empty()) {
            break;
        }
        for (const Change &change : *page) {
            CHECK(change.seq > cursor);
            cursor = change.seq;
            read.push_back(change.entityId);
        }
    }
    CHECK(read == written);
    CHECK(feed.latestSeq().value() == cursor);

    auto first = feed.read(0, admin, 1);
    REQUIRE(first.ok());
    CHECK((*first)[0].entity().value(u"subject").toString() == u"订单 0 未收到'; DROP TABLE changes; --");
}

TEST_CASE("A rolled-back write leaves no change in the feed", "[server][storage][changefeed]")
{
    auto backend =
        Tests::StorageBackend::make(GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres));
    auto db = backend->open();
    REQUIRE(db->migrate().ok());
    ChangeFeed feed(*db);
    const Status failed = db->transaction([&]() -> Status {
        REQUIRE(db->serializeChangeFeed().ok());
        REQUIRE(feed.append(ticketChange(QUuid::createUuid())).ok());
        return Models::Error{Models::Error::Code::InvalidValue, QStringLiteral("refused"), {}};
    });
    CHECK_FALSE(failed.ok());
    const Actor admin{QUuid::createUuid(), Models::AgentRole::Admin, {}, {}};
    CHECK(feed.read(0, admin, 10).value().empty());
}

TEST_CASE("Statements sent later run in order, and a failing one fails the write", "[server][storage]")
{
    auto backend =
        Tests::StorageBackend::make(GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres));
    auto db = backend->open();
    REQUIRE(db->migrate().ok());
    const auto countQueues = [&db] {
        auto query = db->exec(QStringLiteral("SELECT count(*) FROM queues"));
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0).toInt();
    };

    // Their effects are there for the statement that follows, whose own result comes back.
    const Status written = db->transaction([&]() -> Status {
        REQUIRE(db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, ?, '{}')"),
                              {id(QUuid::createUuid()), QStringLiteral("账单 'billing'; --")})
                    .ok());
        REQUIRE(db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, ?, '{}')"),
                              {id(QUuid::createUuid()), QStringLiteral("技術支援")})
                    .ok());
        auto names = db->exec(QStringLiteral("SELECT name FROM queues ORDER BY name"));
        REQUIRE(names.ok());
        REQUIRE(names->next());
        CHECK(names->value(0).toString() == u"技術支援");
        REQUIRE(names->next());
        CHECK(names->value(0).toString() == u"账单 'billing'; --");
        CHECK_FALSE(names->next());
        return Models::Ok{};
    });
    REQUIRE(written.ok());
    CHECK(countQueues() == 2);

    // A statement sent later that fails is reported by the one it travels with: nothing is kept.
    const QString taken = id(QUuid::createUuid());
    const Status failed = db->transaction([&]() -> Status {
        REQUIRE(
            db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, 'a', '{}')"), {taken}).ok());
        if (Status again =
                db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, 'b', '{}')"), {taken});
            !again) {
            return again;  // SQLite runs it at once
        }
        auto next = db->exec(QStringLiteral("SELECT count(*) FROM queues"));
        return next ? Status(Models::Ok{}) : Status(next.error());
    });
    CHECK_FALSE(failed.ok());
    CHECK(countQueues() == 2);

    // One still waiting when the transaction commits is committed with it, and its failure fails the commit.
    const Status atCommit = db->transaction([&]() -> Status {
        return db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, 'c', '{}')"),
                             {id(QUuid::createUuid())});
    });
    CHECK(atCommit.ok());
    CHECK(countQueues() == 3);
    const Status failedAtCommit = db->transaction([&]() -> Status {
        if (Status first =
                db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, 'd', '{}')"), {taken});
            !first) {
            return first;
        }
        return db->execLater(QStringLiteral("INSERT INTO queues (id, name, sla) VALUES (?, 'e', '{}')"), {taken});
    });
    CHECK_FALSE(failedAtCommit.ok());
    CHECK(countQueues() == 3);
}

TEST_CASE("An agent's feed holds only what the agent may see", "[server][storage][changefeed]")
{
    auto backend =
        Tests::StorageBackend::make(GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres));
    auto db = backend->open();
    REQUIRE(db->migrate().ok());
    const QUuid billing = QUuid::createUuid();
    const QUuid technical = QUuid::createUuid();
    const QUuid agentId = QUuid::createUuid();
    const QUuid otherAgent = QUuid::createUuid();

    const QUuid billingCustomer = QUuid::createUuid();
    const QUuid technicalCustomer = QUuid::createUuid();
    insertTicketRow(*db, QUuid::createUuid(), billingCustomer, billing);
    insertTicketRow(*db, QUuid::createUuid(), technicalCustomer, technical);

    auto make = [](const char *kind, const QUuid &scope = {}, const QUuid &owner = {}) {
        Change change;
        change.kind = QString::fromLatin1(kind);
        change.entityId = QUuid::createUuid();
        change.op = QStringLiteral("upsert");
        change.scopeQueueId = scope;
        change.ownerId = owner;
        return change;
    };
    Change billingCustomerChange = make("customer");
    billingCustomerChange.entityId = billingCustomer;
    Change technicalCustomerChange = make("customer");
    technicalCustomerChange.entityId = technicalCustomer;
    const std::vector<std::pair<Change, bool>> cases{
        {make("ticket", billing), true},
        {make("ticket", technical), false},
        {make("message", billing), true},
        {make("message", technical), false},
        {make("csat", technical), false},
        {billingCustomerChange, true},
        {technicalCustomerChange, false},
        {make("article"), true},
        {make("agent"), true},
        {make("queue", technical), true},
        {make("canned_reply"), true},                   // shared with everyone
        {make("canned_reply", billing), true},          // shared with the agent's team
        {make("canned_reply", technical), false},       // another team's
        {make("canned_reply", {}, agentId), true},      // the agent's own
        {make("canned_reply", {}, otherAgent), false},  // someone else's personal reply
    };
    for (const auto &[change, visible] : cases) {
        appendInTransaction(*db, change);
    }

    ChangeFeed feed(*db);
    const Actor agent{agentId, Models::AgentRole::Agent, {billing}, {}};
    auto seen = feed.read(0, agent, 1000);
    REQUIRE(seen.ok());
    QSet<QUuid> seenIds;
    for (const Change &change : *seen) {
        seenIds.insert(change.entityId);
    }
    for (const auto &[change, visible] : cases) {
        INFO(change.kind.toStdString() << " scoped to " << (change.scopeQueueId == billing ? "billing" : "other"));
        CHECK(seenIds.contains(change.entityId) == visible);
    }

    const Actor nobody{QUuid::createUuid(), Models::AgentRole::Agent, {}, {}};
    for (const Change &change : feed.read(0, nobody, 1000).value()) {
        CHECK((change.kind == u"article" || change.kind == u"agent" || change.kind == u"queue" ||
               (change.kind == u"canned_reply" && change.scopeQueueId.isNull() && change.ownerId.isNull())));
    }
}

TEST_CASE("Sequence numbers become visible in order under concurrent writers", "[server][storage][changefeed]")
{
    auto backend =
        Tests::StorageBackend::make(GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres));
    {
        auto setup = backend->open();
        REQUIRE(setup->migrate().ok());
    }
    constexpr int writers = 3;
    constexpr int perWriter = 60;
    std::atomic<int> failures{0};
    std::atomic<int> running{writers};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back(QThread::create([&backend, &failures, &running, w] {
            auto db = backend->open();
            const QUuid queueId = QUuid::createUuid();
            ChangeFeed feed(*db);
            for (int i = 0; i < perWriter; ++i) {
                const Status status = db->transaction([&]() -> Status {
                    if (Status turn = db->serializeChangeFeed(); !turn) {
                        return turn;
                    }
                    auto appended = feed.append(ticketChange(queueId, w * 1000 + i));
                    // Hold the transaction open a little, so commits and seq order could diverge.
                    QThread::usleep(static_cast<unsigned long>((i * 37 + w * 11) % 500));
                    return appended ? Status(Models::Ok{}) : Status(appended.error());
                });
                if (!status) {
                    ++failures;
                }
            }
            --running;
        }));
        threads.back()->start();
    }

    // A reader polls with a cursor, as a syncing client would: it must never find a seq at or below
    // its cursor appear later, or that change would be skipped forever.
    auto reader = backend->open();
    qint64 cursor = 0;
    QSet<qint64> seen;
    int lateArrivals = 0;
    QElapsedTimer deadline;
    deadline.start();
    while ((running > 0 || seen.size() < writers * perWriter) && deadline.elapsed() < 60000) {
        // One statement sees one snapshot: everything visible now. A seq at or below the highest one
        // an earlier snapshot showed must never turn up later, or a client's cursor would skip it.
        auto snapshot = reader->exec(QStringLiteral("SELECT seq FROM changes ORDER BY seq"));
        REQUIRE(snapshot.ok());
        qint64 highest = cursor;
        while (snapshot->next()) {
            const qint64 seq = snapshot->value(0).toLongLong();
            if (!seen.contains(seq) && seq <= cursor) {
                ++lateArrivals;
            }
            seen.insert(seq);
            highest = std::max(highest, seq);
        }
        cursor = highest;
    }
    for (auto &thread : threads) {
        thread->wait();
    }
    CHECK(failures == 0);
    CHECK(seen.size() == writers * perWriter);
    CHECK(lateArrivals == 0);
}
