// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskfixture.h"
#include "storagebackends.h"

#include <server/entitystore.h>
#include <server/mutationprocessor.h>
#include <server/serverdatabase.h>
#include <server/serverschema.h>
#include <server/teammetrics.h>

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>

using namespace Frontline;
using namespace Qt::StringLiterals;
using namespace Frontline::Server;
using namespace Frontline::Models;
namespace P = Frontline::Protocol;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

/*! One ticket row as the metrics read it; times in ms since the epoch. */
struct Row
{
    Row(const QUuid &queueId, qint64 createdAt)
        : queue(queueId)
        , created(createdAt)
    {}

    Row &withStatus(const QString &name)
    {
        status = name;
        return *this;
    }
    Row &assignedTo(const QUuid &id)
    {
        assignee = id;
        return *this;
    }
    Row &firstResponseDueAt(qint64 at)
    {
        firstResponseDue = at;
        return *this;
    }
    Row &resolutionDueAt(qint64 at)
    {
        resolutionDue = at;
        return *this;
    }
    Row &respondedAt(qint64 at)
    {
        firstResponded = at;
        return *this;
    }
    // solved_at is set exactly while a ticket is solved or closed, as EntityStore keeps it.
    Row &solvedAt(qint64 at)
    {
        solved = at;
        return withStatus(QStringLiteral("solved"));
    }
    Row &closedAt(qint64 solvedAt)
    {
        solved = solvedAt;
        return withStatus(QStringLiteral("closed"));
    }

    QUuid queue;
    qint64 created = 0;
    QString status = QStringLiteral("open");
    QUuid assignee;
    std::optional<qint64> firstResponseDue;
    std::optional<qint64> resolutionDue;
    std::optional<qint64> firstResponded;
    std::optional<qint64> solved;
};

/*!
    The shared desk on one engine with its two sample tickets removed, so that each case counts
    exactly the tickets it stores. "Today" is 2026-11-23 in Shanghai (UTC+8, no DST), and the clock
    stands at 15:00 there unless a case moves it.

      Billing:   alice (agent), bob (agent, 王芳), lena (lead)
      Technical: carol (agent), lena (lead)
*/
struct Team : Tests::DeskFixture
{
    DayWindow day;
    qint64 now = 0;

    explicit Team(Tests::StorageBackend::Kind kind)
        : DeskFixture(kind)
    {
        day = DayWindow::containing(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone("Asia/Shanghai")),
                                    QTimeZone("Asia/Shanghai"));
        now = local(15);
        REQUIRE(db->exec(QStringLiteral("DELETE FROM tickets")).ok());
    }

    /*! \a hour:\a minute of the lead's day (negative hours are yesterday). */
    qint64 local(qint64 hour, qint64 minute = 0) const { return day.startMs + hour * Hour + minute * Minute; }

    QUuid insert(const Row &row)
    {
        const QUuid id = QUuid::createUuid();
        const auto inserted = db->exec(
            QStringLiteral("INSERT INTO tickets (id, subject, customer_id, queue_id, channel, status, priority, "
                           "assignee_id, created_at, updated_at, first_response_due, resolution_due, "
                           "first_responded_at, solved_at) VALUES (?, 'subject', ?, ?, 'email', ?, 'normal', ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {idText(id), idText(customer.id), idText(row.queue), row.status, nullableId(row.assignee), row.created,
             row.created, optionalTime(row.firstResponseDue), optionalTime(row.resolutionDue),
             optionalTime(row.firstResponded), optionalTime(row.solved)});
        REQUIRE(inserted.ok());
        return id;
    }

    void rate(const QUuid &ticketId, const QUuid &agentId, int score, qint64 ratedAt)
    {
        // As the server stores a rating: with its ticket's queue.
        const auto rated =
            db->exec(QStringLiteral("INSERT INTO csat_ratings (ticket_id, customer_id, agent_id, queue_id, "
                                    "score, rated_at) SELECT id, ?, ?, queue_id, ?, ? FROM tickets "
                                    "WHERE id = ?"),
                     {idText(customer.id), nullableId(agentId), score, ratedAt, idText(ticketId)});
        REQUIRE(rated.ok());
    }

    TeamSnapshot compute(const QList<QUuid> &queues, qint64 dueSoonMs = TeamMetrics::DefaultDueSoonMs)
    {
        TeamMetrics metrics(*db, [this] { return QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()); });
        auto snapshot = metrics.compute(queues, day, dueSoonMs);
        REQUIRE(snapshot.ok());
        return *snapshot;
    }

    TeamSnapshot computeAll() { return compute({billing.id, technical.id}); }
};

const QueueMetrics &queueIn(const TeamSnapshot &snapshot, const QUuid &id)
{
    const auto found = std::find_if(snapshot.queues.cbegin(), snapshot.queues.cend(),
                                    [&id](const QueueMetrics &queue) { return queue.queueId == id; });
    REQUIRE(found != snapshot.queues.cend());
    return *found;
}

const AgentMetrics &agentIn(const TeamSnapshot &snapshot, const Agent &agent)
{
    const auto found = std::find_if(snapshot.agents.cbegin(), snapshot.agents.cend(),
                                    [&agent](const AgentMetrics &metrics) { return metrics.agentId == agent.id; });
    REQUIRE(found != snapshot.agents.cend());
    return *found;
}

QStringList agentNames(const TeamSnapshot &snapshot)
{
    QStringList names;
    for (const AgentMetrics &agent : snapshot.agents) {
        names.append(agent.name);
    }
    return names;
}

int total(const QList<int> &counts)
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

Tests::StorageBackend::Kind anyBackend()
{
    return GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres);
}

}  // namespace

TEST_CASE("With no tickets every count is zero and the medians and rates are absent", "[server][metrics]")
{
    Team team(anyBackend());
    const TeamSnapshot snapshot = team.computeAll();

    CHECK(snapshot.computedAt == team.now);
    CHECK(snapshot.day == team.day);
    CHECK(snapshot.dueSoonMs == 15 * Minute);
    REQUIRE(snapshot.queues.size() == 2);
    CHECK(snapshot.queues[0].name == QStringLiteral("Billing"));
    CHECK(snapshot.queues[1].name == QStringLiteral("Technical"));
    for (const QueueMetrics &queue : snapshot.queues) {
        QueueMetrics empty;
        empty.queueId = queue.queueId;
        empty.name = queue.name;
        CHECK(queue == empty);
        CHECK_FALSE(queue.medianFirstResponseMs.has_value());
        CHECK_FALSE(queue.resolutionRate().has_value());
        CHECK_FALSE(queue.resolutionSlaRate().has_value());
        CHECK_FALSE(queue.csatAverage().has_value());
    }
    CHECK(agentNames(snapshot) == QStringList{QStringLiteral("Alice Wang"), QStringLiteral("Carol Lee"),
                                              QStringLiteral("Lena Zhou"), QStringLiteral("王芳")});
    for (const AgentMetrics &agent : snapshot.agents) {
        CHECK(agent.openAssigned == 0);
        CHECK(agent.handledToday == 0);
        CHECK_FALSE(agent.medianFirstResponseMs.has_value());
        CHECK_FALSE(agent.csatAverage().has_value());
    }
    CHECK(snapshot.hourly.created == QList<int>(24, 0));
    CHECK(snapshot.hourly.solved == QList<int>(24, 0));
    CHECK(snapshot.hourly.breaches == QList<int>(24, 0));
    CHECK(snapshot.hourly.csatCount == QList<int>(24, 0));
    CHECK(snapshot.hourly.csatSum == QList<int>(24, 0));

    const TeamSnapshot nothing = team.compute({});
    CHECK(nothing.queues.isEmpty());
    CHECK(nothing.agents.isEmpty());
    CHECK(nothing.hourly.created == QList<int>(24, 0));
}

TEST_CASE("Waiting counts unassigned active tickets, open every active one, and the oldest wait is the oldest "
          "unassigned",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;
    team.insert(Row(billing, team.local(9)).withStatus(u"new"_s));
    team.insert(Row(billing, team.local(-2)).withStatus(u"pending"_s));  // yesterday 22:00
    team.insert(Row(billing, team.local(-30)).assignedTo(team.alice.id).withStatus(u"on_hold"_s));
    team.insert(Row(billing, team.local(10)).assignedTo(team.alice.id).withStatus(u"open"_s));
    team.insert(Row(billing, team.local(-40)).solvedAt(team.local(-20)));  // unassigned but solved: not waiting
    team.insert(Row(billing, team.local(-40)).assignedTo(team.bob.id).closedAt(team.local(-20)));

    const TeamSnapshot snapshot = team.computeAll();
    const QueueMetrics &queue = queueIn(snapshot, billing);
    CHECK(queue.waiting == 2);
    CHECK(queue.open == 4);
    CHECK(queue.oldestWaitingCreatedAt == team.local(-2));
    CHECK(queue.oldestWaitMs == 17 * Hour);
    CHECK(queue.openCreatedToday == 2);
    CHECK(agentIn(snapshot, team.alice).openAssigned == 2);
    CHECK(agentIn(snapshot, team.bob).openAssigned == 0);
    CHECK(queueIn(snapshot, team.technical.id).open == 0);
}

TEST_CASE("Deadlines are due soon within the threshold and breached once passed, for active tickets only",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;
    const qint64 now = team.now;
    team.insert(Row(billing, team.local(8)).firstResponseDueAt(now + 10 * Minute));
    team.insert(Row(billing, team.local(8)).firstResponseDueAt(now + 20 * Minute));
    team.insert(Row(billing, team.local(8)).firstResponseDueAt(now - 5 * Minute));
    team.insert(Row(billing, team.local(8))
                    .firstResponseDueAt(now - 5 * Minute)
                    .respondedAt(now - 10 * Minute));  // answered in time: nothing owed
    team.insert(Row(billing, team.local(8)).resolutionDueAt(now + 5 * Minute));
    team.insert(Row(billing, team.local(8)).resolutionDueAt(now - Minute));
    team.insert(Row(billing, team.local(8))
                    .firstResponseDueAt(now - Hour)
                    .resolutionDueAt(now - Hour)
                    .solvedAt(now - 2 * Hour));  // its clocks stopped when it was solved

    const QueueMetrics queue = queueIn(team.computeAll(), billing);
    CHECK(queue.firstResponseDueSoon == 1);
    CHECK(queue.firstResponseBreached == 1);
    CHECK(queue.resolutionDueSoon == 1);
    CHECK(queue.resolutionBreached == 1);

    const TeamSnapshot wider = team.compute({billing}, 30 * Minute);
    CHECK(wider.dueSoonMs == 30 * Minute);
    CHECK(queueIn(wider, billing).firstResponseDueSoon == 2);
    CHECK(queueIn(wider, billing).firstResponseBreached == 1);
}

TEST_CASE("A ticket created before midnight and solved after counts as solved today but not created today",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;
    team.insert(Row(billing, team.local(-1)).assignedTo(team.alice.id).solvedAt(team.local(1, 30)));
    team.insert(Row(billing, team.local(-3))
                    .assignedTo(team.alice.id)
                    .solvedAt(team.local(0) - 1));  // the last millisecond of yesterday

    const TeamSnapshot snapshot = team.computeAll();
    const QueueMetrics &queue = queueIn(snapshot, billing);
    CHECK(queue.createdToday == 0);
    CHECK(queue.solvedToday == 1);
    CHECK(queue.openCreatedToday == 0);
    CHECK(queue.resolutionRate() == 1.0);
    CHECK(agentIn(snapshot, team.alice).handledToday == 1);
    CHECK(total(snapshot.hourly.created) == 0);
    CHECK(snapshot.hourly.solved[1] == 1);
    CHECK(total(snapshot.hourly.solved) == 1);
}

TEST_CASE("A reopened ticket is open again and counts as solved today only once it is solved again",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid ticketId = team.insert(Row(team.billing.id, team.local(8)).assignedTo(team.alice.id));
    qint64 clock = 0;
    const auto apply = [&](qint64 at, P::MutationPayload payload) {
        clock = at;
        MutationProcessor processor(*team.db,
                                    [&clock] { return QDateTime::fromMSecsSinceEpoch(clock, QTimeZone::utc()); });
        auto ack = processor.apply(Tests::DeskFixture::actor(team.alice),
                                   P::Mutate{QUuid::createUuid(), std::nullopt, std::move(payload)});
        REQUIRE(ack.ok());
        REQUIRE(ack->result == P::AckResult::Applied);
    };
    const auto solvedAt = [&]() -> QVariant {
        auto query = team.db->exec(QStringLiteral("SELECT solved_at FROM tickets WHERE id = ?"), {idText(ticketId)});
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0);
    };

    apply(team.local(9), P::SetStatus{ticketId, TicketStatus::Solved});
    CHECK(solvedAt().toLongLong() == team.local(9));
    TeamSnapshot snapshot = team.computeAll();
    CHECK(queueIn(snapshot, team.billing.id).solvedToday == 1);
    CHECK(queueIn(snapshot, team.billing.id).open == 0);
    CHECK(snapshot.hourly.solved[9] == 1);

    // The customer writes back; the agent's reply reopens the ticket.
    apply(team.local(10), P::AddReply{ticketId, QUuid::createUuid(), QStringLiteral("还有一个问题"), {}});
    CHECK(solvedAt().isNull());
    snapshot = team.computeAll();
    CHECK(queueIn(snapshot, team.billing.id).solvedToday == 0);
    CHECK(queueIn(snapshot, team.billing.id).open == 1);
    CHECK(queueIn(snapshot, team.billing.id).openCreatedToday == 1);
    CHECK(queueIn(snapshot, team.billing.id).resolutionRate() == 0.0);
    CHECK(agentIn(snapshot, team.alice).handledToday == 0);
    CHECK(agentIn(snapshot, team.alice).openAssigned == 1);
    CHECK(total(snapshot.hourly.solved) == 0);

    apply(team.local(11), P::SetStatus{ticketId, TicketStatus::Solved});
    apply(team.local(12), P::SetStatus{ticketId, TicketStatus::Closed});  // closing keeps the solve time
    CHECK(solvedAt().toLongLong() == team.local(11));
    snapshot = team.computeAll();
    CHECK(queueIn(snapshot, team.billing.id).solvedToday == 1);
    CHECK(agentIn(snapshot, team.alice).handledToday == 1);
    CHECK(snapshot.hourly.solved[11] == 1);
    CHECK(total(snapshot.hourly.solved) == 1);
}

TEST_CASE("A ticket breached and then solved counts as a breach in its hour and as late for the SLA, not as "
          "breached now",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;
    team.insert(Row(billing, team.local(8))
                    .firstResponseDueAt(team.local(9))
                    .resolutionDueAt(team.local(11))
                    .respondedAt(team.local(9, 30))
                    .solvedAt(team.local(12)));
    team.insert(Row(billing, team.local(8))
                    .firstResponseDueAt(team.local(9))
                    .resolutionDueAt(team.local(14))
                    .respondedAt(team.local(9))  // exactly at the deadline: met
                    .closedAt(team.local(13)));
    team.insert(Row(billing, team.local(8))
                    .firstResponseDueAt(team.local(10))
                    .solvedAt(team.local(9)));  // solved before a reply was due: no reply owed
    team.insert(Row(billing, team.local(8)).firstResponseDueAt(team.local(14, 30)));
    team.insert(Row(billing, team.local(8)).firstResponseDueAt(team.local(16)));  // still ahead

    const TeamSnapshot snapshot = team.computeAll();
    const QueueMetrics &queue = queueIn(snapshot, billing);
    CHECK(queue.firstResponseBreached == 1);
    CHECK(queue.resolutionBreached == 0);
    CHECK(queue.solvedToday == 3);
    CHECK(queue.solvedTodayLate == 1);
    CHECK(queue.solvedTodayWithinSla == 1);
    CHECK(queue.resolutionSlaRate() == 0.5);
    QList<int> breaches(24, 0);
    breaches[9] = 1;   // the late first response
    breaches[11] = 1;  // the late solve
    breaches[14] = 1;  // the reply still missing
    CHECK(snapshot.hourly.breaches == breaches);
}

TEST_CASE("The median first-response time is the middle of today's first responses, per queue and per agent",
          "[server][metrics]")
{
    Team team(anyBackend());
    const auto responded = [&team](const QUuid &queue, const Agent &agent, qint64 created, qint64 waitMinutes) {
        team.insert(Row(queue, created).assignedTo(agent.id).respondedAt(created + waitMinutes * Minute));
    };
    responded(team.billing.id, team.alice, team.local(9), 10);
    responded(team.billing.id, team.bob, team.local(10), 20);
    responded(team.billing.id, team.alice, team.local(0) - 20 * Minute, 40);  // asked before midnight
    responded(team.billing.id, team.alice, team.local(-5), 1);                // answered yesterday
    for (const qint64 wait : {5, 7, 9, 100}) {
        responded(team.technical.id, team.carol, team.local(11), wait);
    }
    team.insert(Row(team.technical.id, team.local(12)).assignedTo(team.lena.id));  // no reply yet

    const TeamSnapshot snapshot = team.computeAll();
    CHECK(queueIn(snapshot, team.billing.id).firstResponsesToday == 3);
    CHECK(queueIn(snapshot, team.billing.id).medianFirstResponseMs == 20 * Minute);
    CHECK(queueIn(snapshot, team.technical.id).firstResponsesToday == 4);
    CHECK(queueIn(snapshot, team.technical.id).medianFirstResponseMs == 8 * Minute);  // (7 + 9) / 2
    CHECK(agentIn(snapshot, team.alice).firstResponsesToday == 2);
    CHECK(agentIn(snapshot, team.alice).medianFirstResponseMs == 25 * Minute);
    CHECK(agentIn(snapshot, team.bob).medianFirstResponseMs == 20 * Minute);
    CHECK(agentIn(snapshot, team.carol).medianFirstResponseMs == 8 * Minute);
    CHECK(agentIn(snapshot, team.lena).firstResponsesToday == 0);
    CHECK_FALSE(agentIn(snapshot, team.lena).medianFirstResponseMs.has_value());
}

TEST_CASE("The resolution rate is today's solved tickets over those plus today's tickets still open",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;
    for (const qint64 created : {team.local(-2), team.local(8), team.local(9)}) {
        team.insert(Row(billing, created).solvedAt(team.local(13)));
    }
    team.insert(Row(billing, team.local(14)));
    for (int i = 0; i < 5; ++i) {
        team.insert(Row(billing, team.local(-10)));  // yesterday's backlog: not today's work
    }
    team.insert(Row(team.technical.id, team.local(9)));
    team.insert(Row(team.technical.id, team.local(10)));

    const TeamSnapshot snapshot = team.computeAll();
    CHECK(queueIn(snapshot, billing).solvedToday == 3);
    CHECK(queueIn(snapshot, billing).openCreatedToday == 1);
    CHECK(queueIn(snapshot, billing).createdToday == 3);
    CHECK(queueIn(snapshot, billing).resolutionRate() == 0.75);
    CHECK(queueIn(snapshot, team.technical.id).resolutionRate() == 0.0);
}

TEST_CASE("CSAT averages today's ratings by the ticket's queue and by the agent each rating names", "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;
    const auto solvedTicket = [&team](const QUuid &queue, const QUuid &assignee) {
        return team.insert(Row(queue, team.local(-30)).assignedTo(assignee).solvedAt(team.local(-28)));
    };
    team.rate(solvedTicket(billing, team.alice.id), team.alice.id, 5, team.local(9));
    team.rate(solvedTicket(billing, team.alice.id), team.alice.id, 3, team.local(10));
    team.rate(solvedTicket(billing, team.bob.id), team.bob.id, 4, team.local(11));
    team.rate(solvedTicket(billing, team.bob.id), team.bob.id, 1, team.local(0) - 1);  // yesterday
    team.rate(solvedTicket(billing, {}), {}, 2, team.local(12));                       // nobody's
    team.rate(solvedTicket(team.technical.id, team.carol.id), team.carol.id, 5, team.local(13));

    const TeamSnapshot snapshot = team.computeAll();
    CHECK(queueIn(snapshot, billing).csatCount == 4);
    CHECK(queueIn(snapshot, billing).csatAverage() == 3.5);
    CHECK(queueIn(snapshot, team.technical.id).csatAverage() == 5.0);
    CHECK(agentIn(snapshot, team.alice).csatCount == 2);
    CHECK(agentIn(snapshot, team.alice).csatAverage() == 4.0);
    CHECK(agentIn(snapshot, team.bob).csatCount == 1);
    CHECK(agentIn(snapshot, team.bob).csatAverage() == 4.0);
    CHECK(agentIn(snapshot, team.lena).csatCount == 0);
    CHECK_FALSE(agentIn(snapshot, team.lena).csatAverage().has_value());

    // The hourly trend: each of today's ratings in the hour it was given, yesterday's in none.
    QList<int> counts(24, 0);
    QList<int> sums(24, 0);
    for (const auto &[hour, score] :
         {std::pair(9, 5), std::pair(10, 3), std::pair(11, 4), std::pair(12, 2), std::pair(13, 5)}) {
        counts[hour] = 1;
        sums[hour] = score;
    }
    CHECK(snapshot.hourly.csatCount == counts);
    CHECK(snapshot.hourly.csatSum == sums);
    CHECK(snapshot.hourly.csatAverage(11) == 4.0);
    CHECK_FALSE(snapshot.hourly.csatAverage(8).has_value());
    CHECK(total(team.compute({team.technical.id}).hourly.csatCount) == 1);

    // A rated ticket transferred to another queue takes its rating with it.
    const QUuid moved = solvedTicket(billing, team.alice.id);
    team.rate(moved, team.alice.id, 1, team.local(14));
    REQUIRE(queueIn(team.computeAll(), billing).csatCount == 5);
    auto transferred = MutationProcessor(*team.db).apply(
        Tests::DeskFixture::actor(team.alice),
        P::Mutate{QUuid::createUuid(), std::nullopt, P::TransferTicket{moved, team.technical.id, u"wrong team"_s}});
    REQUIRE(transferred.ok());
    REQUIRE(transferred->result == P::AckResult::Applied);
    const TeamSnapshot after = team.computeAll();
    CHECK(queueIn(after, billing).csatCount == 4);
    CHECK(queueIn(after, team.technical.id).csatCount == 2);
    CHECK(queueIn(after, team.technical.id).csatAverage() == 3.0);
    CHECK(agentIn(after, team.alice).csatCount == 3);  // still the agent it names
}

TEST_CASE("A queue the reader may not see is absent, and so are its agents, its tickets and its ratings",
          "[server][metrics]")
{
    Team team(anyBackend());
    team.insert(Row(team.billing.id, team.local(9)).assignedTo(team.lena.id));
    team.insert(Row(team.technical.id, team.local(9)).assignedTo(team.lena.id));
    team.insert(Row(team.technical.id, team.local(10)));
    const QUuid rated = team.insert(Row(team.technical.id, team.local(8))
                                        .assignedTo(team.lena.id)
                                        .respondedAt(team.local(8, 5))
                                        .solvedAt(team.local(11)));
    team.rate(rated, team.lena.id, 1, team.local(12));

    // An id that names no queue is ignored rather than reported, like a queue deleted meanwhile.
    const TeamSnapshot snapshot = team.compute({team.billing.id, QUuid::createUuid()});
    REQUIRE(snapshot.queues.size() == 1);
    CHECK(snapshot.queues[0].queueId == team.billing.id);
    CHECK(agentNames(snapshot) ==
          QStringList{QStringLiteral("Alice Wang"), QStringLiteral("Lena Zhou"), QStringLiteral("王芳")});
    const AgentMetrics &lena = agentIn(snapshot, team.lena);
    CHECK(lena.openAssigned == 1);
    CHECK(lena.handledToday == 0);
    CHECK(lena.firstResponsesToday == 0);
    CHECK(lena.csatCount == 0);
    CHECK(total(snapshot.hourly.created) == 1);
    CHECK(total(snapshot.hourly.solved) == 0);
}

TEST_CASE("Admins and disabled accounts are not listed among the agents, though their tickets count for the queue",
          "[server][metrics]")
{
    Team team(anyBackend());
    REQUIRE(EntityStore(*team.db).setDisabled(team.bob.id, true).ok());
    REQUIRE(
        team.db->exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE id = ?"), {idText(team.alice.id)}).ok());
    team.insert(Row(team.billing.id, team.local(9)).assignedTo(team.alice.id));

    const TeamSnapshot snapshot = team.compute({team.billing.id});
    CHECK(agentNames(snapshot) == QStringList{QStringLiteral("Lena Zhou")});
    CHECK(queueIn(snapshot, team.billing.id).open == 1);
    CHECK(queueIn(snapshot, team.billing.id).waiting == 0);
}

TEST_CASE("The hourly series buckets events by the hour of the lead's own day", "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid billing = team.billing.id;

    SECTION("in a zone half an hour off UTC")
    {
        const QTimeZone india(5 * 3600 + 1800);
        team.day = DayWindow::containing(QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc()), india);
        CHECK(team.day.startMs == QDateTime(QDate(2026, 11, 22), QTime(18, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        team.now = team.local(23, 59);
        team.insert(Row(billing, team.local(0)));
        team.insert(Row(billing, team.local(1) - 1));
        team.insert(Row(billing, team.local(1)));
        team.insert(Row(billing, team.local(23, 30)).firstResponseDueAt(team.local(23, 45)));
        team.insert(Row(billing, team.local(0) - 1));  // yesterday
        team.insert(Row(billing, team.local(-4)).resolutionDueAt(team.local(2, 59)).solvedAt(team.local(3, 10)));

        const TeamSnapshot snapshot = team.computeAll();
        QList<int> created(24, 0);
        created[0] = 2;
        created[1] = 1;
        created[23] = 1;
        CHECK(snapshot.hourly.created == created);
        CHECK(snapshot.hourly.solved[3] == 1);
        CHECK(snapshot.hourly.breaches[2] == 1);
        CHECK(snapshot.hourly.breaches[23] == 1);
        CHECK(total(snapshot.hourly.breaches) == 2);
    }

    SECTION("on the day daylight saving time ends, which has 25 hours")
    {
        const QTimeZone berlin("Europe/Berlin");
        team.day = DayWindow::containing(QDateTime(QDate(2026, 10, 25), QTime(12, 0), berlin), berlin);
        REQUIRE(team.day.hours() == 25);
        team.now = team.local(24, 30);  // 23:30 on the clock
        team.insert(Row(billing, team.local(24, 10)));
        team.insert(Row(billing, team.local(3, 30)));  // the second 02:30 of the night

        const TeamSnapshot snapshot = team.computeAll();
        REQUIRE(snapshot.hourly.created.size() == 25);
        CHECK(snapshot.hourly.created[24] == 1);
        CHECK(snapshot.hourly.created[3] == 1);
        CHECK(total(snapshot.hourly.created) == 2);
        CHECK(snapshot.hourly.solved.size() == 25);
        CHECK(snapshot.hourly.breaches.size() == 25);
    }
}

TEST_CASE("A day window must end after it starts and span at most two days", "[server][metrics]")
{
    Team team(anyBackend());
    TeamMetrics metrics(*team.db);
    CHECK_FALSE(metrics.compute({team.billing.id}, DayWindow{team.day.startMs, team.day.startMs}).ok());
    CHECK_FALSE(metrics.compute({team.billing.id}, DayWindow{team.day.startMs, team.day.startMs + 49 * Hour}).ok());
    CHECK_FALSE(metrics.compute({team.billing.id}, team.day, -1).ok());
    const QTimeZone berlin("Europe/Berlin");
    CHECK(DayWindow::containing(QDateTime(QDate(2026, 3, 29), QTime(12, 0), berlin), berlin).hours() == 23);
}

TEST_CASE("A snapshot read back from its JSON is the same snapshot, and malformed JSON is refused naming the field",
          "[server][metrics]")
{
    Team team(anyBackend());
    const QUuid ticket = team.insert(Row(team.billing.id, team.local(8))
                                         .assignedTo(team.alice.id)
                                         .respondedAt(team.local(8, 7))
                                         .solvedAt(team.local(9)));
    team.rate(ticket, team.alice.id, 4, team.local(10));
    team.insert(Row(team.technical.id, team.local(-3)));
    REQUIRE(team.db
                ->exec(QStringLiteral("UPDATE users SET presence = 'online', presence_since = ? WHERE id = ?"),
                       {team.local(7), idText(team.alice.id)})
                .ok());
    const TeamSnapshot snapshot = team.computeAll();
    CHECK(agentIn(snapshot, team.alice).presence == Presence::Online);
    CHECK(agentIn(snapshot, team.alice).presenceSince == team.local(7));

    const QJsonObject json = snapshot.toJson();
    const QJsonObject billing = json[u"queues"].toArray().at(0).toObject();
    CHECK(billing[u"queue_id"].toString() == idText(team.billing.id));
    CHECK(billing[u"median_first_response_ms"].toInteger() == 7 * Minute);
    CHECK(billing[u"csat_average"].toDouble() == 4.0);
    CHECK(billing[u"oldest_waiting_created_at"].isNull());
    CHECK(json[u"hourly"][u"solved"].toArray().size() == 24);
    CHECK(json[u"hourly"][u"csat_sum"].toArray().at(10).toInt() == 4);
    const auto readBack = TeamSnapshot::fromJson(json);
    REQUIRE(readBack.ok());
    CHECK(*readBack == snapshot);

    // A server from before the hourly CSAT sends no such arrays: they read as zeros, not as an error.
    QJsonObject older = json;
    QJsonObject olderHourly = older[u"hourly"].toObject();
    olderHourly.remove(u"csat_count");
    olderHourly.remove(u"csat_sum");
    older[u"hourly"] = olderHourly;
    const auto readOlder = TeamSnapshot::fromJson(older);
    REQUIRE(readOlder.ok());
    CHECK(readOlder->hourly.csatCount == QList<int>(24, 0));
    CHECK(readOlder->hourly.csatSum == QList<int>(24, 0));

    const auto refused = [&json](const QString &path, const QJsonValue &value) {
        QJsonObject broken = json;
        const QStringList keys = path.split(u'/');
        if (keys.size() == 1 && value.isUndefined()) {
            broken.remove(keys[0]);
        } else if (keys.size() == 1) {
            broken[keys[0]] = value;
        } else {
            QJsonArray queues = broken[u"queues"].toArray();
            QJsonObject first = queues.at(0).toObject();
            first[keys[1]] = value;
            queues[0] = first;
            broken[u"queues"] = queues;
        }
        const auto read = TeamSnapshot::fromJson(broken);
        REQUIRE_FALSE(read.ok());
        return read.error().field;
    };
    CHECK(refused(u"agents"_s, QJsonValue(QJsonValue::Undefined)) == u"team_snapshot.agents"_s);
    CHECK(refused(u"day_end"_s, json[u"day_start"]) == u"team_snapshot.day_end"_s);
    CHECK(refused(u"queues/waiting"_s, -1) == u"team_snapshot.queues[0].waiting"_s);
    CHECK(refused(u"queues/open"_s, 1.5) == u"team_snapshot.queues[0].open"_s);
    CHECK(refused(u"queues/queue_id"_s, u"not-a-uuid"_s) == u"team_snapshot.queues[0].queue_id"_s);
    QJsonObject hourly = json[u"hourly"].toObject();
    hourly[u"breaches"] = QJsonArray{1, 2};
    CHECK(refused(u"hourly"_s, hourly) == u"team_snapshot.hourly.breaches"_s);
    hourly = json[u"hourly"].toObject();
    QJsonArray sums = hourly[u"csat_sum"].toArray();
    sums[10] = 6;  // one rating of at most 5
    hourly[u"csat_sum"] = sums;
    CHECK(refused(u"hourly"_s, hourly) == u"team_snapshot.hourly.csat_sum"_s);
}

TEST_CASE("EntityStore keeps a ticket's solve time through closing and clears it when the ticket reopens",
          "[server][metrics][storage]")
{
    Team team(anyBackend());
    EntityStore store(*team.db);
    Ticket ticket = team.billingTicket;
    const auto saveAt = [&](TicketStatus status, qint64 at) {
        ticket.status = status;
        ticket.updatedAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        const Status saved = team.db->transaction([&]() -> Status {
            if (Status turn = team.db->serializeChangeFeed(); !turn) {
                return turn;
            }
            auto done = store.save(ticket);
            return done ? Status(Ok{}) : Status(done.error());
        });
        REQUIRE(saved.ok());
        auto query = team.db->exec(QStringLiteral("SELECT solved_at FROM tickets WHERE id = ?"), {idText(ticket.id)});
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0);
    };
    CHECK(saveAt(TicketStatus::Solved, team.local(9)).toLongLong() == team.local(9));
    CHECK(saveAt(TicketStatus::Closed, team.local(10)).toLongLong() == team.local(9));
    CHECK(saveAt(TicketStatus::Open, team.local(11)).isNull());
    CHECK(saveAt(TicketStatus::Solved, team.local(12)).toLongLong() == team.local(12));
}

TEST_CASE("A version 1 server database is upgraded with the metrics' indexes and keeps its data",
          "[server][metrics][storage]")
{
    Team team(anyBackend());
    ServerDatabase &db = *team.db;
    const QStringList indexes{u"tickets_active"_s,
                              u"tickets_by_queue_created"_s,
                              u"tickets_by_queue_solved"_s,
                              u"tickets_by_queue_first_response"_s,
                              u"tickets_by_queue_first_response_due"_s,
                              u"tickets_by_queue_resolution_due"_s,
                              u"csat_ratings_by_queue_time"_s};
    const auto countIndexes = [&db, &indexes] {
        QStringList marks;
        marks.fill(u"?"_s, indexes.size());
        const QString sql = db.dialect() == Dialect::Sqlite
                                ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (%1)"_s
                                : u"SELECT count(*) FROM pg_indexes WHERE indexname IN (%1)"_s;
        auto query = db.exec(sql.arg(marks.join(u", ")), QVariantList(indexes.cbegin(), indexes.cend()));
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0).toInt();
    };
    const QUuid kept = team.insert(Row(team.billing.id, team.local(9)));
    const QUuid rated = team.insert(Row(team.billing.id, team.local(-30)).solvedAt(team.local(-28)));
    team.rate(rated, team.alice.id, 4, team.local(9));
    // Back to version 1: the same tables without step 2's indexes and step 3's column.
    for (const QString &index : indexes) {
        REQUIRE(db.exec(u"DROP INDEX "_s + index).ok());
    }
    REQUIRE(db.exec(u"ALTER TABLE csat_ratings DROP COLUMN queue_id"_s).ok());
    REQUIRE(db.exec(u"UPDATE server_info SET value = '1' WHERE key = 'schema_version'"_s).ok());
    REQUIRE(countIndexes() == 0);

    REQUIRE(db.migrate().ok());
    CHECK(db.schemaVersion().value() == ServerSchema::CurrentVersion);
    CHECK(countIndexes() == indexes.size());
    auto query = db.exec(u"SELECT count(*) FROM tickets WHERE id = ?"_s, {idText(kept)});
    REQUIRE(query.ok());
    REQUIRE(query->next());
    CHECK(query->value(0).toInt() == 1);
    CHECK(queueIn(team.computeAll(), team.billing.id).waiting == 1);
    CHECK(queueIn(team.computeAll(), team.billing.id).csatCount == 1);  // the rating found its ticket's queue
}
