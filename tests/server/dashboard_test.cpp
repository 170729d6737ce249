// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskfixture.h"
#include "testclient.h"

#include <server/dashboardhub.h>
#include <server/entitystore.h>
#include <server/frontlineserver.h>
#include <server/passwordhasher.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <functional>
#include <numeric>

using namespace Frontline;
using namespace Frontline::Models;
using namespace Qt::StringLiterals;
using Frontline::Tests::TestClient;
namespace P = Frontline::Protocol;

namespace {

Server::FrontlineServer::Tuning testTuning()
{
    Server::FrontlineServer::Tuning tuning;
    tuning.passwordCost = Server::PasswordHasher::Cost::minimumForTests();
    tuning.dashboardIntervalMs = 1000;  // the production value: the tests below wait for quiet beyond it
    return tuning;
}

Tests::StorageBackend::Kind anyBackend()
{
    return GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres);
}

/*! The desk plus mia, who leads billing only, served by a real frontline-server on 127.0.0.1. */
struct DashboardDesk : Tests::DeskFixture
{
    Agent mia;
    Server::FrontlineServer::Tuning tuning;
    std::unique_ptr<Server::FrontlineServer> server;

    explicit DashboardDesk(Tests::StorageBackend::Kind kind,
                           Server::FrontlineServer::Tuning serverTuning = testTuning())
        : DeskFixture(kind)
        , tuning(serverTuning)
    {
        mia = addAgent(u"mia"_s, u"Mia Chen"_s, AgentRole::Lead, {billing.id});
        Server::ServerConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        server = std::make_unique<Server::FrontlineServer>(config, backend->location(), tuning);
        const Status started = server->start();
        INFO((started ? std::string() : started.error().message.toStdString()));
        REQUIRE(started.ok());
    }

    std::unique_ptr<TestClient> signIn(const Agent &agent)
    {
        auto client = std::make_unique<TestClient>(server->url());
        REQUIRE(client->isConnected());
        REQUIRE(client->login(agent.username, passwordOf(agent)).has_value());
        client->syncAll();
        return client;
    }

    int subscriptions() const { return server->dashboard()->subscriptionCount(); }
};

std::optional<P::DashboardMetrics> nextMetrics(TestClient &client, int timeoutMs)
{
    const auto frame = client.next(P::DashboardMetrics::Type.toString(), timeoutMs);
    if (!frame) {
        return std::nullopt;
    }
    auto metrics = P::DashboardMetrics::fromFrame(*frame);
    INFO((metrics ? std::string() : metrics.error().message.toStdString()));
    REQUIRE(metrics.ok());
    return std::move(metrics).value();
}

std::optional<P::ErrorMessage> nextError(TestClient &client, int timeoutMs = 5000)
{
    const auto frame = client.next(u"error"_s, timeoutMs);
    if (!frame) {
        return std::nullopt;
    }
    auto error = P::ErrorMessage::fromFrame(*frame);
    REQUIRE(error.ok());
    return std::move(error).value();
}

/*! Skips snapshots until one counts every change up to \a seq; nothing within \a timeoutMs. */
std::optional<P::DashboardMetrics> metricsCovering(TestClient &client, qint64 seq, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        auto metrics = nextMetrics(client, static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        if (metrics && metrics->cursor >= seq) {
            return metrics;
        }
    }
    return std::nullopt;
}

const QueueMetrics *queueIn(const TeamSnapshot &snapshot, const QUuid &id)
{
    for (const QueueMetrics &queue : snapshot.queues) {
        if (queue.queueId == id) {
            return &queue;
        }
    }
    return nullptr;
}

const AgentMetrics *agentIn(const TeamSnapshot &snapshot, const QUuid &id)
{
    for (const AgentMetrics &agent : snapshot.agents) {
        if (agent.agentId == id) {
            return &agent;
        }
    }
    return nullptr;
}

QSet<QUuid> agentsIn(const TeamSnapshot &snapshot)
{
    QSet<QUuid> ids;
    for (const AgentMetrics &agent : snapshot.agents) {
        ids.insert(agent.agentId);
    }
    return ids;
}

P::Frame subscribeFrame(const QString &id, const QList<QUuid> &queues, const QString &zone = {})
{
    return P::DashboardSubscribe{queues, zone}.toFrame(id);
}

P::CreateTicket newTicket(const Tests::DeskFixture &desk, const QString &subject)
{
    return P::CreateTicket{QUuid::createUuid(), desk.customer.id, desk.billing.id,     subject,
                           Channel::Phone,      Priority::Normal, QUuid::createUuid(), u"客户来电：发票抬头错误"_s};
}

/*! Pumps events until \a done, at most \a timeoutMs. */
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

}  // namespace

TEST_CASE("A lead subscribing receives their queues' numbers at once and never another queue's",
          "[server][live][dashboard]")
{
    DashboardDesk desk(anyBackend());
    auto mia = desk.signIn(desk.mia);

    // Asking for a queue she does not lead gets her own only.
    mia->send(subscribeFrame(u"d1"_s, {desk.billing.id, desk.technical.id}));
    const auto first = nextMetrics(*mia, 5000);
    REQUIRE(first.has_value());
    CHECK(first->timeZoneId == u"UTC"_s);
    REQUIRE(first->snapshot.queues.size() == 1);
    const QueueMetrics &billing = first->snapshot.queues.first();
    CHECK(billing.queueId == desk.billing.id);
    CHECK(billing.name == desk.billing.name);
    CHECK(billing.waiting == 1);
    CHECK(billing.open == 1);
    // The members of billing, never carol of technical; nothing of technical's ticket anywhere.
    CHECK(agentsIn(first->snapshot) == QSet<QUuid>{desk.alice.id, desk.bob.id, desk.lena.id, desk.mia.id});
    const TeamSnapshot &snapshot = first->snapshot;
    CHECK(std::accumulate(snapshot.hourly.created.begin(), snapshot.hourly.created.end(), 0) == 0);
    CHECK(snapshot.day == DayWindow::containing(QDateTime::fromMSecsSinceEpoch(snapshot.computedAt, QTimeZone::utc()),
                                                QTimeZone::utc()));

    // Only a queue she does not lead: refused, and her subscription stays as it was.
    mia->send(subscribeFrame(u"d2"_s, {desk.technical.id}));
    const auto refused = nextError(*mia);
    REQUIRE(refused.has_value());
    CHECK(refused->code == P::DashboardErrors::Forbidden.toString());
    CHECK(refused->field == u"queueIds"_s);
    CHECK_FALSE(nextMetrics(*mia, 300).has_value());

    // Work in technical is no news for billing's lead.
    auto carol = desk.signIn(desk.carol);
    const auto claimed = carol->mutate(P::ClaimTicket{desk.technicalTicket.id});
    REQUIRE(claimed.has_value());
    REQUIRE(claimed->result == P::AckResult::Applied);
    CHECK_FALSE(nextMetrics(*mia, 1500).has_value());

    // Lena leads both queues: she sees both, technical's claim included, in her own time zone.
    auto lena = desk.signIn(desk.lena);
    lena->send(subscribeFrame(u"d3"_s, {}, u"Asia/Shanghai"_s));
    const auto both = nextMetrics(*lena, 5000);
    REQUIRE(both.has_value());
    CHECK(both->timeZoneId == u"Asia/Shanghai"_s);
    CHECK(both->cursor >= *claimed->seq);
    CHECK(both->snapshot.queues.size() == 2);
    const QueueMetrics *technical = queueIn(both->snapshot, desk.technical.id);
    REQUIRE(technical != nullptr);
    CHECK(technical->waiting == 0);
    CHECK(technical->open == 1);
    const AgentMetrics *carolFigures = agentIn(both->snapshot, desk.carol.id);
    REQUIRE(carolFigures != nullptr);
    CHECK(carolFigures->openAssigned == 1);
    const QTimeZone shanghai("Asia/Shanghai");
    CHECK(both->snapshot.day ==
          DayWindow::containing(QDateTime::fromMSecsSinceEpoch(both->snapshot.computedAt, QTimeZone::utc()), shanghai));
    CHECK(both->snapshot.day.endMs - both->snapshot.day.startMs == 24 * DayWindow::HourMs);  // no DST there
}

TEST_CASE("An agent cannot subscribe to the dashboard", "[server][live][dashboard]")
{
    DashboardDesk desk(anyBackend());
    auto alice = desk.signIn(desk.alice);
    alice->send(subscribeFrame(u"d1"_s, {desk.billing.id}));
    const auto refused = nextError(*alice);
    REQUIRE(refused.has_value());
    CHECK(refused->code == P::DashboardErrors::Forbidden.toString());
    CHECK(refused->message.contains(u"lead"_s));
    CHECK(desk.subscriptions() == 0);

    // Nothing follows, not even after a change in her own queue; and the refusal cost her nothing.
    const auto claimed = alice->mutate(P::ClaimTicket{desk.billingTicket.id});
    REQUIRE(claimed.has_value());
    CHECK(claimed->result == P::AckResult::Applied);
    CHECK_FALSE(alice->next(P::DashboardMetrics::Type.toString(), 1500).has_value());
    CHECK(alice->isConnected());
}

TEST_CASE("A subscription in a time zone the server does not know is refused", "[server][live][dashboard]")
{
    DashboardDesk desk(Tests::StorageBackend::Sqlite);
    auto lena = desk.signIn(desk.lena);
    lena->send(subscribeFrame(u"d1"_s, {}, u"Mars/Olympus_Mons"_s));
    const auto refused = nextError(*lena);
    REQUIRE(refused.has_value());
    CHECK(refused->code == P::DashboardErrors::UnknownTimeZone.toString());
    CHECK(refused->field == u"timeZoneId"_s);
    CHECK_FALSE(nextMetrics(*lena, 500).has_value());
    CHECK(desk.subscriptions() == 0);

    lena->send(subscribeFrame(u"d2"_s, {}, u"Asia/Shang hai"_s));  // not even spelled like one
    const auto malformed = nextError(*lena);
    REQUIRE(malformed.has_value());
    CHECK(malformed->code == u"invalid_value"_s);
    CHECK(malformed->field == u"timeZoneId"_s);

    lena->send(subscribeFrame(u"d3"_s, {}, u"America/New_York"_s));
    const auto metrics = nextMetrics(*lena, 5000);
    REQUIRE(metrics.has_value());
    CHECK(metrics->timeZoneId == u"America/New_York"_s);
}

TEST_CASE("A ticket created and claimed on the server reaches the subscribed lead's next snapshot",
          "[server][live][dashboard]")
{
    DashboardDesk desk(anyBackend());
    auto lena = desk.signIn(desk.lena);
    auto alice = desk.signIn(desk.alice);
    lena->send(subscribeFrame(u"d1"_s, {}));
    const auto before = nextMetrics(*lena, 5000);
    REQUIRE(before.has_value());
    const QueueMetrics *billingBefore = queueIn(before->snapshot, desk.billing.id);
    REQUIRE(billingBefore != nullptr);
    CHECK(billingBefore->open == 1);
    CHECK(billingBefore->createdToday == 0);  // the desk's tickets are from an earlier day

    // Alice takes a call: the ticket she creates is hers. Bob claims the desk's waiting one.
    const P::CreateTicket created = newTicket(desk, u"电话：退款进度"_s);
    const auto createdAck = alice->mutate(created);
    REQUIRE(createdAck.has_value());
    REQUIRE(createdAck->result == P::AckResult::Applied);
    auto bob = desk.signIn(desk.bob);
    const auto claimedAck = bob->mutate(P::ClaimTicket{desk.billingTicket.id});
    REQUIRE(claimedAck.has_value());
    REQUIRE(claimedAck->result == P::AckResult::Applied);

    const auto after = metricsCovering(*lena, std::max(*createdAck->seq, *claimedAck->seq));
    REQUIRE(after.has_value());
    const QueueMetrics *billing = queueIn(after->snapshot, desk.billing.id);
    REQUIRE(billing != nullptr);
    CHECK(billing->open == 2);
    CHECK(billing->waiting == 0);
    CHECK(billing->createdToday == 1);
    CHECK(billing->openCreatedToday == 1);
    CHECK_FALSE(billing->oldestWaitingCreatedAt.has_value());
    const AgentMetrics *alicesFigures = agentIn(after->snapshot, desk.alice.id);
    const AgentMetrics *bobsFigures = agentIn(after->snapshot, desk.bob.id);
    REQUIRE(alicesFigures != nullptr);
    REQUIRE(bobsFigures != nullptr);
    CHECK(alicesFigures->openAssigned == 1);
    CHECK(bobsFigures->openAssigned == 1);
    const auto &hourly = after->snapshot.hourly.created;
    CHECK(std::accumulate(hourly.begin(), hourly.end(), 0) == 1);
    CHECK(after->snapshot.computedAt >= before->snapshot.computedAt);
}

TEST_CASE("A burst of 1,000 changes is pushed to the lead as a few coalesced snapshots, not a thousand",
          "[server][live][dashboard]")
{
    DashboardDesk desk(anyBackend());
    const int interval = desk.tuning.dashboardIntervalMs;
    auto lena = desk.signIn(desk.lena);
    auto alice = desk.signIn(desk.alice);
    lena->send(subscribeFrame(u"d1"_s, {desk.billing.id}));
    REQUIRE(nextMetrics(*lena, 5000).has_value());
    const int computedBefore = desk.server->dashboard()->computationCount();

    constexpr int Burst = 1000;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < Burst; ++i) {
        alice->send(P::Mutate{QUuid::createUuid(), std::nullopt, newTicket(desk, u"来电 %1"_s.arg(i))}.toFrame(
            u"m%1"_s.arg(i)));
    }
    qint64 lastSeq = 0;
    for (int i = 0; i < Burst; ++i) {
        const auto frame = alice->next(u"ack"_s, 30000);
        REQUIRE(frame.has_value());
        const auto ack = P::Ack::fromFrame(*frame);
        REQUIRE(ack.ok());
        REQUIRE(ack->result == P::AckResult::Applied);
        lastSeq = std::max(lastSeq, ack->seq.value_or(0));
    }

    // Every snapshot pushed during the burst, up to the one that counts all of it, then quiet.
    int pushes = 0;
    std::optional<P::DashboardMetrics> last;
    while (!last || last->cursor < lastSeq) {
        last = nextMetrics(*lena, 15000);
        REQUIRE(last.has_value());
        ++pushes;
    }
    const qint64 spanMs = elapsed.elapsed();
    CHECK_FALSE(nextMetrics(*lena, interval + interval / 2).has_value());  // nothing relevant since

    // At most one push per interval, plus the one a change right after the subscription's push waits for.
    INFO(pushes << " snapshots in " << spanMs << " ms at one per " << interval << " ms");
    CHECK(pushes >= 1);
    CHECK(pushes <= spanMs / interval + 2);
    CHECK(desk.server->dashboard()->computationCount() - computedBefore <= pushes);
    const QueueMetrics *billing = queueIn(last->snapshot, desk.billing.id);
    REQUIRE(billing != nullptr);
    CHECK(billing->createdToday == Burst);
    CHECK(billing->open == Burst + 1);  // created tickets are their creator's: the desk's one still waits
    CHECK(billing->waiting == 1);
    const AgentMetrics *alicesFigures = agentIn(last->snapshot, desk.alice.id);
    REQUIRE(alicesFigures != nullptr);
    CHECK(alicesFigures->openAssigned == Burst);
}

TEST_CASE("Unsubscribing stops the pushes", "[server][live][dashboard]")
{
    DashboardDesk desk(anyBackend());
    const int interval = desk.tuning.dashboardIntervalMs;
    auto lena = desk.signIn(desk.lena);
    auto alice = desk.signIn(desk.alice);
    lena->send(subscribeFrame(u"d1"_s, {}));
    REQUIRE(nextMetrics(*lena, 5000).has_value());

    SECTION("all of it")
    {
        lena->send(P::DashboardUnsubscribe{{}}.toFrame(u"d2"_s));
        REQUIRE(waitUntil([&] { return desk.subscriptions() == 0; }));
        REQUIRE(alice->mutate(P::ClaimTicket{desk.billingTicket.id})->result == P::AckResult::Applied);
        CHECK_FALSE(nextMetrics(*lena, 2 * interval + 500).has_value());
        CHECK_FALSE(lena->next(u"error"_s, 0).has_value());  // no answer to a plain unsubscribe
    }
    SECTION("one queue of two")
    {
        lena->send(P::DashboardUnsubscribe{{desk.technical.id}}.toFrame(u"d2"_s));
        const auto narrowed = nextMetrics(*lena, 5000);
        REQUIRE(narrowed.has_value());
        REQUIRE(narrowed->snapshot.queues.size() == 1);
        CHECK(narrowed->snapshot.queues.first().queueId == desk.billing.id);
        auto carol = desk.signIn(desk.carol);
        REQUIRE(carol->mutate(P::ClaimTicket{desk.technicalTicket.id})->result == P::AckResult::Applied);
        CHECK_FALSE(nextMetrics(*lena, interval + 500).has_value());  // technical is no longer hers to watch
    }
    SECTION("by disconnecting")
    {
        CHECK(desk.subscriptions() == 1);
        lena.reset();
        CHECK(waitUntil([&] { return desk.subscriptions() == 0; }));
    }
}
