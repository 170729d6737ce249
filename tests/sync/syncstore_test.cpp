// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/localstore.h>
#include <models/queuemodel.h>
#include <sync/engine/backoff.h>
#include <sync/engine/syncstore.h>

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Sync;
namespace P = Frontline::Protocol;

namespace {

/*! A cache holding one ticket as the server sent it, and the agent it belongs to. */
struct Cache
{
    Tests::TempDir dir;
    std::unique_ptr<Models::LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Models::Queue queue = Tests::sampleQueue();
    Models::Agent me = Tests::sampleAgent(queue.id, QStringLiteral("王芳"));
    Models::Agent other = Tests::sampleAgent(queue.id, QStringLiteral("李娜"));
    Models::Customer customer = Tests::sampleCustomer();
    Models::Ticket ticket = Tests::sampleTicket(queue, customer, 1042, QStringLiteral("发票抬头错误"));
    LocalAgent agent{me.id, me.name};
    qint64 seq = 0;

    Cache()
    {
        ticket.assigneeId = QUuid();
        ticket.status = Models::TicketStatus::Open;
        ticket.rev = 3;
        P::Changes page;
        for (const P::Entity &entity :
             {P::Entity(queue), P::Entity(me), P::Entity(other), P::Entity(customer), P::Entity(ticket)}) {
            page.changes.append(P::Change::upsert(++seq, entity));
        }
        page.cursor = seq;
        apply(page);
    }

    void apply(const P::Changes &page)
    {
        Tests::writeAndWait(
            *store, [&](Models::WriteContext &context) { return SyncStore(context).applyChanges(page, agent); });
    }

    void serverChanged(const Models::Ticket &changed)
    {
        P::Changes page;
        page.changes.append(P::Change::upsert(++seq, changed));
        page.cursor = seq;
        apply(page);
    }

    P::Mutate record(P::MutationPayload payload)
    {
        const P::Mutate mutation{QUuid::createUuid(), ticket.rev, std::move(payload)};
        Tests::writeAndWait(*store, [&](Models::WriteContext &context) {
            return SyncStore(context).record(mutation, agent, Tests::fixedTime(5));
        });
        return mutation;
    }

    std::optional<Notice> settle(const P::Mutate &mutation, const P::Ack &ack)
    {
        std::optional<Notice> notice;
        Tests::writeAndWait(*store, [&](Models::WriteContext &context) -> Models::Status {
            auto settled = SyncStore(context).settle(mutation, ack, agent);
            if (!settled) {
                return settled.error();
            }
            notice = *settled;
            return Models::Ok{};
        });
        return notice;
    }

    QString field(const QString &column)
    {
        QSqlQuery query(store->readDatabase());
        REQUIRE(query.exec(QStringLiteral("SELECT COALESCE(%1, '') FROM tickets WHERE id = '%2'")
                               .arg(column, ticket.id.toString(QUuid::WithoutBraces))));
        REQUIRE(query.next());
        return query.value(0).toString();
    }
};

P::Ack rejected(const P::Mutate &mutation, P::RejectReason reason, std::optional<P::Entity> current = {})
{
    P::Ack ack;
    ack.mutationId = mutation.mutationId;
    ack.result = P::AckResult::Rejected;
    ack.reason = reason;
    ack.current = std::move(current);
    return ack;
}

}  // namespace

TEST_CASE("A local change shows at once and is waiting in the outbox", "[sync][outbox]")
{
    Cache cache;
    cache.record(P::SetStatus{cache.ticket.id, Models::TicketStatus::Pending});
    CHECK(cache.field(QStringLiteral("status")) == u"pending");
    CHECK(SyncStore::pendingCount(cache.store->readDatabase()).value() == 1);
    auto pending = SyncStore::pending(cache.store->readDatabase());
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(std::get<P::SetStatus>(pending->front().payload).status == Models::TicketStatus::Pending);
}

TEST_CASE("A server change to a row with a pending change keeps both: server fields plus the pending one",
          "[sync][rebase]")
{
    Cache cache;
    const P::Mutate mine = cache.record(P::SetStatus{cache.ticket.id, Models::TicketStatus::Pending});

    Models::Ticket changed = cache.ticket;
    changed.priority = Models::Priority::Urgent;  // a colleague raised it meanwhile
    changed.status = Models::TicketStatus::Open;
    changed.rev = 4;
    cache.serverChanged(changed);
    CHECK(cache.field(QStringLiteral("priority")) == u"urgent");
    CHECK(cache.field(QStringLiteral("status")) == u"pending");  // still shown: not yet confirmed

    // The server refuses it: the row is the server's again, and the agent is told.
    const auto notice = cache.settle(mine, rejected(mine, P::RejectReason::Conflict));
    CHECK(cache.field(QStringLiteral("status")) == u"open");
    CHECK(cache.field(QStringLiteral("priority")) == u"urgent");
    REQUIRE(notice.has_value());
    CHECK(notice->text.contains(QStringLiteral("Ticket 1042")));
    CHECK(SyncStore::pendingCount(cache.store->readDatabase()).value() == 0);
}

TEST_CASE("A lost claim names who has the ticket and shows their name on it", "[sync][rebase]")
{
    Cache cache;
    const P::Mutate claim = cache.record(P::ClaimTicket{cache.ticket.id});
    CHECK(cache.field(QStringLiteral("assignee_id")) == cache.me.id.toString(QUuid::WithoutBraces));

    Models::Ticket theirs = cache.ticket;
    theirs.assigneeId = cache.other.id;
    theirs.rev = 4;
    const auto notice = cache.settle(claim, rejected(claim, P::RejectReason::AlreadyAssigned, P::Entity(theirs)));
    CHECK(cache.field(QStringLiteral("assignee_id")) == cache.other.id.toString(QUuid::WithoutBraces));
    REQUIRE(notice.has_value());
    CHECK(notice->text == u"Ticket 1042 was already taken by 李娜.");
    CHECK(notice->kind == u"already_assigned");
}

TEST_CASE("A refused reply is removed from the thread but its text is kept in the notice", "[sync][rebase]")
{
    Cache cache;
    const QString text = QStringLiteral("您好，退款已于今日处理，请留意账户。");
    const P::Mutate reply = cache.record(P::AddReply{cache.ticket.id, QUuid::createUuid(), text, {}});
    CHECK(Tests::countRows(*cache.store, QStringLiteral("messages")) == 1);

    const auto notice = cache.settle(reply, rejected(reply, P::RejectReason::Forbidden));
    CHECK(Tests::countRows(*cache.store, QStringLiteral("messages")) == 0);
    REQUIRE(notice.has_value());
    CHECK(notice->recoveredBody == text);
    auto unseen = SyncStore::unseenNotices(cache.store->readDatabase());
    REQUIRE(unseen.ok());
    REQUIRE(unseen->size() == 1);
    CHECK(unseen->front().recoveredBody == text);
}

TEST_CASE("Two pending changes to one row survive a server update and the refusal of the first", "[sync][rebase]")
{
    Cache cache;
    const P::Mutate first = cache.record(P::SetPriority{cache.ticket.id, Models::Priority::High});
    cache.record(P::SetTags{cache.ticket.id, {QStringLiteral("退款")}});
    CHECK(cache.field(QStringLiteral("priority")) == u"high");

    cache.settle(first, rejected(first, P::RejectReason::Conflict));
    CHECK(cache.field(QStringLiteral("priority")) == u"normal");
    CHECK(cache.field(QStringLiteral("tags")) == u"[\"退款\"]");  // the second is still shown
}

TEST_CASE("An applied change stays shown until the server's copy arrives", "[sync][rebase]")
{
    Cache cache;
    const P::Mutate mine = cache.record(P::SetStatus{cache.ticket.id, Models::TicketStatus::Solved});
    P::Ack ack;
    ack.mutationId = mine.mutationId;
    ack.result = P::AckResult::Applied;
    cache.settle(mine, ack);
    CHECK(cache.field(QStringLiteral("status")) == u"solved");
    CHECK(SyncStore::pendingCount(cache.store->readDatabase()).value() == 0);
    CHECK(Tests::countRows(*cache.store, QStringLiteral("confirmed_rows")) == 0);
}

TEST_CASE("Reconnect delays grow, stay under the cap and are spread out", "[sync][backoff]")
{
    Backoff backoff(BackoffPolicy{500, 30000, 0.5}, 42);
    int previousCeiling = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const int ceiling = std::min(30000, 500 << attempt);
        const int delay = backoff.nextDelayMs();
        CHECK(delay >= ceiling / 2);
        CHECK(delay <= ceiling);
        CHECK(ceiling >= previousCeiling);
        previousCeiling = ceiling;
    }
    // Many clients that lost the server together do not come back together.
    QSet<int> delays;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        Backoff client(BackoffPolicy{500, 30000, 0.5}, seed);
        client.nextDelayMs();
        delays.insert(client.nextDelayMs());
    }
    CHECK(delays.size() > 15);
    backoff.reset();
    CHECK(backoff.nextDelayMs() <= 500);
}

TEST_CASE("Clearing a customer's notes offline shows them empty", "[sync][outbox]")
{
    Cache cache;
    cache.record(P::UpdateCustomerNotes{cache.customer.id, QString()});
    QSqlQuery query(cache.store->readDatabase());
    REQUIRE(query.exec(QStringLiteral("SELECT notes FROM customers")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().isEmpty());
    CHECK(SyncStore::pendingCount(cache.store->readDatabase()).value() == 1);
}

TEST_CASE("A lead's change of a colleague's status shows on the colleague's row at once and goes back when refused",
          "[sync][rebase][presence]")
{
    Cache cache;
    const auto presenceOf = [&cache](const Models::Agent &agent) {
        QSqlQuery query(cache.store->readDatabase());
        query.prepare(QStringLiteral("SELECT presence FROM agents WHERE id = ?"));
        query.addBindValue(agent.id.toString(QUuid::WithoutBraces));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    const QString mine = presenceOf(cache.me);
    const QString theirs = presenceOf(cache.other);
    REQUIRE(theirs != u"busy");

    const P::Mutate change = cache.record(P::SetPresence{Models::Presence::Busy, cache.other.id});
    CHECK(presenceOf(cache.other) == u"busy");
    CHECK(presenceOf(cache.me) == mine);  // not the lead's own

    const auto notice = cache.settle(change, rejected(change, P::RejectReason::Forbidden));
    REQUIRE(notice);
    CHECK(notice->text == u"You may not change 李娜's status.");
    CHECK(presenceOf(cache.other) == theirs);
    CHECK(presenceOf(cache.me) == mine);
    CHECK(SyncStore::pendingCount(cache.store->readDatabase()).value() == 0);
}

TEST_CASE("A ticket's waiting-to-be-sent marker shows while its change is in the outbox and goes once acknowledged",
          "[sync][outbox][pending]")
{
    Cache cache;
    Models::QueueModel queue;
    REQUIRE(queue.reload(cache.store->readDatabase()).ok());
    QObject::connect(cache.store.get(), &Models::LocalStore::changed, &queue, [&](const Models::ChangeSet &changes) {
        CHECK(queue.refresh(cache.store->readDatabase(), changes).ok());
    });
    const auto pending = [&] {
        return queue.index(queue.rowOf(cache.ticket.id), 0).data(Models::QueueModel::PendingSyncRole).toBool();
    };
    CHECK_FALSE(pending());

    QSignalSpy recorded(cache.store.get(), &Models::LocalStore::changed);
    const P::Mutate reply =
        cache.record(P::AddReply{cache.ticket.id, QUuid::createUuid(), QStringLiteral("已處理。"), {}});
    REQUIRE((recorded.count() > 0 || recorded.wait(5000)));
    CHECK(pending());

    P::Ack ack;
    ack.mutationId = reply.mutationId;
    ack.result = P::AckResult::Applied;
    QSignalSpy settled(cache.store.get(), &Models::LocalStore::changed);
    cache.settle(reply, ack);
    REQUIRE((settled.count() > 0 || settled.wait(5000)));
    CHECK_FALSE(pending());
}
