// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskfixture.h"
#include "storagebackends.h"

#include <server/changefeed.h>
#include <server/entitystore.h>
#include <server/mutationprocessor.h>
#include <server/serverdatabase.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Server;
using namespace Frontline::Models;
namespace P = Frontline::Protocol;

namespace {

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs(minutes * 60LL);
}

/*! The shared desk, plus a clock and helpers to apply mutations and look at the result. */
struct Desk : Tests::DeskFixture
{
    int minute = 0;

    explicit Desk(Tests::StorageBackend::Kind kind)
        : DeskFixture(kind)
    {}

    static Actor actor(const Agent &a) { return DeskFixture::actor(a); }

    P::Ack apply(const Agent &who, P::MutationPayload payload, std::optional<qint64> baseRev = {},
                 QUuid mutationId = QUuid::createUuid())
    {
        MutationProcessor processor(*db, [this] { return at(++minute); });
        auto ack = processor.apply(actor(who), P::Mutate{mutationId, baseRev, std::move(payload)});
        REQUIRE(ack.ok());
        return *ack;
    }

    Ticket current(const QUuid &id)
    {
        auto found = EntityStore(*db).ticket(id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    }

    int count(const QString &sql)
    {
        auto query = db->exec(sql);
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0).toInt();
    }
};

Tests::StorageBackend::Kind anyBackend()
{
    return GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres);
}

}  // namespace

TEST_CASE("A re-sent mutation is acknowledged as a duplicate and applied once", "[server][mutations]")
{
    Desk desk(anyBackend());
    const QUuid mutationId = QUuid::createUuid();
    const P::AddReply reply{
        desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("您好，我们已经为您更正发票抬头。"), {}};

    const P::Ack first = desk.apply(desk.alice, reply, {}, mutationId);
    CHECK(first.result == P::AckResult::Applied);
    CHECK(first.seq.has_value());
    const P::Ack again = desk.apply(desk.alice, reply, {}, mutationId);
    CHECK(again.result == P::AckResult::Duplicate);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages")) == 1);
}

TEST_CASE("The same mutation twice in one batch is applied once", "[server][mutations]")
{
    Desk desk(anyBackend());
    const P::Mutate note{
        QUuid::createUuid(), std::nullopt,
        P::AddNote{desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("客户来电确认地址"), {}}};
    const P::Mutate other{QUuid::createUuid(), std::nullopt,
                          P::AddNote{desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("second"), {}}};
    const Actor alice = Desk::actor(desk.alice);
    const auto acks = MutationProcessor(*desk.db).applyAll({{alice, note}, {alice, other}, {alice, note}});
    REQUIRE(acks.size() == 3);
    REQUIRE(acks[0].ok());
    REQUIRE(acks[1].ok());
    REQUIRE(acks[2].ok());
    CHECK(acks[0]->result == P::AckResult::Applied);
    CHECK(acks[1]->result == P::AckResult::Applied);
    CHECK(acks[2]->result == P::AckResult::Duplicate);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages")) == 2);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM applied_mutations")) == 2);
}

TEST_CASE("A mutation the database refuses fails alone: the rest of its batch is stored once", "[server][mutations]")
{
    Desk desk(anyBackend());
    // The database itself refuses one note (as a constraint or a full disk would), after the rules passed it.
    if (desk.db->dialect() == Server::Dialect::Sqlite) {
        REQUIRE(desk.db
                    ->exec(QStringLiteral("CREATE TRIGGER refuse_note BEFORE INSERT ON messages "
                                          "WHEN new.body = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                    .ok());
    } else {
        REQUIRE(desk.db
                    ->exec(QStringLiteral("CREATE FUNCTION refuse_note() RETURNS trigger AS $$ BEGIN "
                                          "IF NEW.body = 'refused' THEN RAISE EXCEPTION 'refused'; END IF; "
                                          "RETURN NEW; END $$ LANGUAGE plpgsql"))
                    .ok());
        REQUIRE(desk.db
                    ->exec(QStringLiteral("CREATE TRIGGER refuse_note BEFORE INSERT ON messages "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse_note()"))
                    .ok());
    }
    const Actor alice = Desk::actor(desk.alice);
    const auto note = [&desk](const QString &body) {
        return P::Mutate{QUuid::createUuid(), std::nullopt,
                         P::AddNote{desk.billingTicket.id, QUuid::createUuid(), body, {}}};
    };
    const P::Mutate first = note(QStringLiteral("before"));
    const P::Mutate refused = note(QStringLiteral("refused"));
    const P::Mutate last = note(QStringLiteral("after"));

    const auto acks = MutationProcessor(*desk.db).applyAll({{alice, first}, {alice, refused}, {alice, last}});
    REQUIRE(acks.size() == 3);
    REQUIRE(acks[0].ok());
    CHECK(acks[0]->result == P::AckResult::Applied);
    CHECK_FALSE(acks[1].ok());  // an error, not an ack: the client sends it again later
    REQUIRE(acks[2].ok());
    CHECK(acks[2]->result == P::AckResult::Applied);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages WHERE body IN ('before', 'after')")) == 2);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages WHERE body = 'refused'")) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM applied_mutations")) == 2);

    // Sent again once the database takes it, it is applied, and the others are duplicates.
    REQUIRE(desk.db
                ->exec(QStringLiteral("DROP TRIGGER refuse_note") +
                       (desk.db->dialect() == Server::Dialect::Sqlite ? QString() : QStringLiteral(" ON messages")))
                .ok());
    const auto again = MutationProcessor(*desk.db).applyAll({{alice, first}, {alice, refused}});
    REQUIRE(again[0].ok());
    REQUIRE(again[1].ok());
    CHECK(again[0]->result == P::AckResult::Duplicate);
    CHECK(again[1]->result == P::AckResult::Applied);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages WHERE body = 'refused'")) == 1);
}

TEST_CASE("A message re-sent under a new mutation id is stored once, and its id cannot be reused elsewhere",
          "[server][mutations]")
{
    Desk desk(anyBackend());
    const QUuid messageId = QUuid::createUuid();
    const P::AddNote note{desk.billingTicket.id, messageId, QStringLiteral("客户来电确认地址"), {}};
    const Actor alice = Desk::actor(desk.alice);
    const Actor lena = Desk::actor(desk.lena);

    // The client lost the first ack and sends the same message again, in the same batch and later.
    const auto acks = MutationProcessor(*desk.db).applyAll(
        {{alice, {QUuid::createUuid(), std::nullopt, note}}, {alice, {QUuid::createUuid(), std::nullopt, note}}});
    REQUIRE(acks.size() == 2);
    REQUIRE(acks[0].ok());
    REQUIRE(acks[1].ok());
    CHECK(acks[0]->result == P::AckResult::Applied);
    CHECK(acks[1]->result == P::AckResult::Applied);
    CHECK(desk.apply(desk.alice, note).result == P::AckResult::Applied);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages")) == 1);

    // The same message id on another ticket is refused, in a later batch and within one batch.
    const P::AddNote elsewhere{desk.technicalTicket.id, messageId, QStringLiteral("other ticket"), {}};
    const P::Ack refused = desk.apply(desk.lena, elsewhere);
    CHECK(refused.result == P::AckResult::Rejected);
    CHECK(refused.reason == P::RejectReason::Invalid);
    const QUuid fresh = QUuid::createUuid();
    const auto batch = MutationProcessor(*desk.db).applyAll(
        {{lena, {QUuid::createUuid(), std::nullopt, P::AddNote{desk.billingTicket.id, fresh, QStringLiteral("a"), {}}}},
         {lena,
          {QUuid::createUuid(), std::nullopt, P::AddNote{desk.technicalTicket.id, fresh, QStringLiteral("b"), {}}}}});
    REQUIRE(batch.size() == 2);
    REQUIRE(batch[1].ok());
    CHECK(batch[0]->result == P::AckResult::Applied);
    CHECK(batch[1]->result == P::AckResult::Rejected);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages")) == 2);
}

TEST_CASE("Mutations of one ticket in one batch each see what the ones before them changed", "[server][mutations]")
{
    Desk desk(anyBackend());
    const QUuid ticketId = desk.billingTicket.id;
    const qint64 base = desk.current(ticketId).rev;
    const Actor alice = Desk::actor(desk.alice);
    const Actor bob = Desk::actor(desk.bob);
    auto mutate = [](P::MutationPayload payload, std::optional<qint64> baseRev = {}) {
        return P::Mutate{QUuid::createUuid(), baseRev, std::move(payload)};
    };

    const auto acks = MutationProcessor(*desk.db).applyAll({
        {alice, mutate(P::ClaimTicket{ticketId})},
        {bob, mutate(P::ClaimTicket{ticketId})},
        // Both saw the ticket as the claim left it.
        {alice, mutate(P::SetStatus{ticketId, TicketStatus::Pending}, base + 1)},
        {bob, mutate(P::SetStatus{ticketId, TicketStatus::OnHold}, base + 1)},
    });

    REQUIRE(acks.size() == 4);
    for (const auto &ack : acks) {
        REQUIRE(ack.ok());
    }
    CHECK(acks[0]->result == P::AckResult::Applied);
    REQUIRE(acks[1]->result == P::AckResult::Rejected);  // alice took it a moment before
    CHECK(acks[1]->reason == P::RejectReason::AlreadyAssigned);
    REQUIRE(acks[1]->current.has_value());
    CHECK(std::get<Ticket>(*acks[1]->current).assigneeId == desk.alice.id);
    CHECK(acks[2]->result == P::AckResult::Applied);
    CHECK(acks[3]->result == P::AckResult::Rejected);  // the status changed since bob's base revision
    CHECK(acks[3]->reason == P::RejectReason::Conflict);
    const Ticket stored = desk.current(ticketId);
    CHECK(stored.assigneeId == desk.alice.id);
    CHECK(stored.status == TicketStatus::Pending);
    CHECK(stored.rev == base + 2);
}

TEST_CASE("Two agents claiming one ticket: the first wins, the second learns who has it", "[server][mutations]")
{
    Desk desk(anyBackend());
    const P::Ack alice = desk.apply(desk.alice, P::ClaimTicket{desk.billingTicket.id});
    const P::Ack bob = desk.apply(desk.bob, P::ClaimTicket{desk.billingTicket.id});

    CHECK(alice.result == P::AckResult::Applied);
    REQUIRE(bob.result == P::AckResult::Rejected);
    CHECK(bob.reason == P::RejectReason::AlreadyAssigned);
    REQUIRE(bob.current.has_value());
    REQUIRE(std::holds_alternative<Ticket>(*bob.current));
    CHECK(std::get<Ticket>(*bob.current).assigneeId == desk.alice.id);
    CHECK(desk.current(desk.billingTicket.id).assigneeId == desk.alice.id);
    CHECK(desk.current(desk.billingTicket.id).status == TicketStatus::Open);
}

TEST_CASE("Take next gives the most urgent unassigned ticket of the agent's queues", "[server][mutations]")
{
    Desk desk(anyBackend());
    CHECK(desk.apply(desk.carol, P::TakeNext{}).result == P::AckResult::Applied);
    CHECK(desk.current(desk.technicalTicket.id).assigneeId == desk.carol.id);
    const P::Ack nothing = desk.apply(desk.carol, P::TakeNext{});
    CHECK(nothing.result == P::AckResult::Rejected);
    CHECK(nothing.reason == P::RejectReason::NothingWaiting);
}

TEST_CASE("Ticket fields merge per field against the base revision", "[server][mutations]")
{
    Desk desk(anyBackend());
    const qint64 seenRev = desk.billingTicket.rev;
    // Alice changes the priority; Bob, who saw the same revision, changes the status: both stand.
    CHECK(desk.apply(desk.alice, P::SetPriority{desk.billingTicket.id, Priority::Urgent}, seenRev).result ==
          P::AckResult::Applied);
    CHECK(desk.apply(desk.bob, P::SetStatus{desk.billingTicket.id, TicketStatus::Pending}, seenRev).result ==
          P::AckResult::Applied);
    const Ticket merged = desk.current(desk.billingTicket.id);
    CHECK(merged.priority == Priority::Urgent);
    CHECK(merged.status == TicketStatus::Pending);
    CHECK(merged.resolutionDue == merged.createdAt.addSecs(120 * 60));  // the urgent SLA now applies

    // Bob, still on the old revision, changes the priority Alice already changed: a conflict.
    const P::Ack conflict = desk.apply(desk.bob, P::SetPriority{desk.billingTicket.id, Priority::Low}, seenRev);
    CHECK(conflict.result == P::AckResult::Rejected);
    CHECK(conflict.reason == P::RejectReason::Conflict);
    CHECK(desk.current(desk.billingTicket.id).priority == Priority::Urgent);
}

TEST_CASE("An agent's second quick change of a field they just changed is not a conflict", "[server][mutations]")
{
    Desk desk(anyBackend());
    const qint64 seenRev = desk.billingTicket.rev;
    // Both sent before the first one's answer came back, so both name the revision Alice saw.
    CHECK(desk.apply(desk.alice, P::SetStatus{desk.billingTicket.id, TicketStatus::Pending}, seenRev).result ==
          P::AckResult::Applied);
    CHECK(desk.apply(desk.alice, P::SetStatus{desk.billingTicket.id, TicketStatus::Solved}, seenRev).result ==
          P::AckResult::Applied);
    CHECK(desk.current(desk.billingTicket.id).status == TicketStatus::Solved);

    // Bob saw the same old revision: Alice's change of the status since is a conflict for him.
    const P::Ack bob = desk.apply(desk.bob, P::SetStatus{desk.billingTicket.id, TicketStatus::Open}, seenRev);
    CHECK(bob.reason == P::RejectReason::Conflict);
    CHECK(desk.current(desk.billingTicket.id).status == TicketStatus::Solved);
}

TEST_CASE("A reply to a ticket solved meanwhile is kept and reopens it", "[server][mutations]")
{
    Desk desk(anyBackend());
    const qint64 seenRev = desk.billingTicket.rev;
    CHECK(desk.apply(desk.alice, P::SetStatus{desk.billingTicket.id, TicketStatus::Solved}).result ==
          P::AckResult::Applied);
    const P::AddReply reply{
        desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("One more thing: the refund?"), {}};
    CHECK(desk.apply(desk.bob, reply, seenRev).result == P::AckResult::Applied);

    const Ticket reopened = desk.current(desk.billingTicket.id);
    CHECK(reopened.status == TicketStatus::Open);
    CHECK(reopened.firstRespondedAt.isValid());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages WHERE visibility = 'public'")) == 1);
}

TEST_CASE("An agent can change nothing in another queue's ticket", "[server][mutations][authorization]")
{
    Desk desk(anyBackend());
    const QUuid theirs = desk.technicalTicket.id;  // alice works billing only
    const std::vector<P::MutationPayload> attempts{
        P::ClaimTicket{theirs},
        P::TakeNext{{desk.technical.id}},
        P::AssignTicket{theirs, desk.alice.id},
        P::SetStatus{theirs, TicketStatus::Closed},
        P::SetPriority{theirs, Priority::Low},
        P::SetTags{theirs, {QStringLiteral("hijacked")}},
        P::TransferTicket{theirs, desk.billing.id, QStringLiteral("mine now")},
        P::AddReply{theirs, QUuid::createUuid(), QStringLiteral("hello"), {}},
        P::AddNote{theirs, QUuid::createUuid(), QStringLiteral("note"), {}},
        P::LogCall{theirs, QUuid::createUuid(), P::CallDirection::Out, 60, QStringLiteral("call")},
        P::CreateTicket{QUuid::createUuid(), desk.customer.id, desk.technical.id, QStringLiteral("new"), Channel::Phone,
                        Priority::Normal, QUuid::createUuid(), QStringLiteral("body")},
        P::RecordCsat{theirs, 1, QStringLiteral("bad")},
    };
    const int changesBefore = desk.count(QStringLiteral("SELECT count(*) FROM changes"));
    for (const P::MutationPayload &attempt : attempts) {
        INFO(P::toString(P::kindOf(attempt)).toStdString());
        const P::Ack ack = desk.apply(desk.alice, attempt);
        CHECK(ack.result == P::AckResult::Rejected);
        CHECK_FALSE(ack.current.has_value());  // nothing about the ticket leaks either
    }
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM changes")) == changesBefore);
    const Ticket untouched = desk.current(theirs);
    CHECK(untouched == desk.technicalTicket);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM messages")) == 0);
}

TEST_CASE("Only a lead reassigns, only to a member of the queue, and it is audited", "[server][mutations]")
{
    Desk desk(anyBackend());
    const P::Ack byAgent = desk.apply(desk.alice, P::AssignTicket{desk.billingTicket.id, desk.bob.id});
    CHECK(byAgent.reason == P::RejectReason::Forbidden);
    const P::Ack outsider = desk.apply(desk.lena, P::AssignTicket{desk.billingTicket.id, desk.carol.id});
    CHECK(outsider.reason == P::RejectReason::Invalid);

    CHECK(desk.apply(desk.lena, P::AssignTicket{desk.billingTicket.id, desk.bob.id}).result == P::AckResult::Applied);
    CHECK(desk.current(desk.billingTicket.id).assigneeId == desk.bob.id);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reassign'")) == 1);
}

TEST_CASE("Revealing a customer's phone number is audited with who, when and what, and changes no data",
          "[server][mutations]")
{
    Desk desk(anyBackend());
    const int changesBefore = desk.count(QStringLiteral("SELECT count(*) FROM changes"));
    const QDateTime seen(QDate(2026, 11, 23), QTime(8, 55), Qt::UTC);  // offline, before the reconnect

    CHECK(desk.apply(desk.alice, P::RevealContact{desk.customer.id, ContactPoint::Phone, seen}).result ==
          P::AckResult::Applied);
    // Carol works another queue: that customer does not exist for her, and nothing is logged.
    const P::Ack outsider = desk.apply(desk.carol, P::RevealContact{desk.customer.id, ContactPoint::Email, seen});
    CHECK(outsider.result == P::AckResult::Rejected);
    CHECK(outsider.reason == P::RejectReason::NotFound);

    auto logged = desk.db->exec(QStringLiteral("SELECT actor_id, target, details FROM audit_log "
                                               "WHERE action = 'reveal_contact'"));
    REQUIRE(logged.ok());
    REQUIRE(logged->next());
    CHECK(QUuid::fromString(logged->value(0).toString()) == desk.alice.id);
    CHECK(QUuid::fromString(logged->value(1).toString()) == desk.customer.id);
    const QJsonObject details = QJsonDocument::fromJson(logged->value(2).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("point")).toString() == QStringLiteral("phone"));
    CHECK(details.value(QStringLiteral("revealed_at")).toInteger() == seen.toMSecsSinceEpoch());
    CHECK_FALSE(logged->next());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM changes")) == changesBefore);
}

TEST_CASE("A transferred ticket leaves the old queue's feed and reaches the new one with its history",
          "[server][mutations][changefeed]")
{
    Desk desk(anyBackend());
    CHECK(desk.apply(desk.alice, P::AddReply{desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("hi"), {}})
              .result == P::AckResult::Applied);
    ChangeFeed feed(*desk.db);
    const qint64 before = feed.latestSeq().value();
    CHECK(desk.apply(desk.alice, P::TransferTicket{desk.billingTicket.id, desk.technical.id, QStringLiteral("app bug")})
              .result == P::AckResult::Applied);

    bool aliceLostIt = false;
    for (const Change &change : feed.read(before, Desk::actor(desk.alice), 100).value()) {
        aliceLostIt |= change.kind == u"ticket" && change.op == u"delete" && change.entityId == desk.billingTicket.id;
    }
    CHECK(aliceLostIt);
    QSet<QString> carolGot;
    for (const Change &change : feed.read(before, Desk::actor(desk.carol), 100).value()) {
        carolGot.insert(change.kind + u':' + change.op);
    }
    CHECK(carolGot.contains(QStringLiteral("ticket:upsert")));
    CHECK(carolGot.contains(QStringLiteral("message:upsert")));
    CHECK(carolGot.contains(QStringLiteral("customer:upsert")));
    const Ticket moved = desk.current(desk.billingTicket.id);
    CHECK(moved.queueId == desk.technical.id);
    CHECK(moved.assigneeId.isNull());
}

TEST_CASE("A ticket created by an agent gets the number after the highest one and the queue's SLA",
          "[server][mutations]")
{
    Desk desk(anyBackend());
    const QUuid ticketId = QUuid::createUuid();
    const P::CreateTicket create{
        ticketId,       desk.customer.id, desk.billing.id,     QStringLiteral("电话咨询：退货流程"),
        Channel::Phone, Priority::Urgent, QUuid::createUuid(), QStringLiteral("客户来电询问退货。")};
    CHECK(desk.apply(desk.alice, create).result == P::AckResult::Applied);
    const Ticket created = desk.current(ticketId);
    CHECK(created.number == 1003);  // the desk's imported tickets are 1001 and 1002
    CHECK(created.assigneeId == desk.alice.id);
    CHECK(created.firstResponseDue == created.createdAt.addSecs(15 * 60));
    const P::CreateTicket second{QUuid::createUuid(), desk.customer.id, desk.billing.id,     QStringLiteral("again"),
                                 Channel::Email,      Priority::Normal, QUuid::createUuid(), QStringLiteral("body")};
    CHECK(desk.apply(desk.alice, second).result == P::AckResult::Applied);
    CHECK(desk.current(second.ticketId).number == 1004);
}
