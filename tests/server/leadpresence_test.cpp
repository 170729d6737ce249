// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A team lead changing an agent's presence (set_presence naming the agent), against a real frontline-server on
// 127.0.0.1, on both storage engines.

#include "deskfixture.h"
#include "testclient.h"

#include <server/entitystore.h>
#include <server/frontlineserver.h>
#include <server/mutationprocessor.h>
#include <server/passwordhasher.h>
#include <server/serverconfig.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Models;
using namespace Qt::StringLiterals;
using Frontline::Tests::TestClient;
namespace P = Frontline::Protocol;

namespace {

Tests::StorageBackend::Kind anyBackend()
{
    return GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres);
}

/*!
    The desk plus mia, who leads billing only, served by a real frontline-server; \a extraArguments are the
    server's command-line options (--no-lead-presence).
*/
struct PresenceDesk : Tests::DeskFixture
{
    Agent mia;
    std::unique_ptr<Server::FrontlineServer> server;

    explicit PresenceDesk(Tests::StorageBackend::Kind kind, const QStringList &extraArguments = {})
        : DeskFixture(kind)
    {
        mia = addAgent(u"mia"_s, u"Mia Chen"_s, AgentRole::Lead, {billing.id});
        auto config = Server::ServerConfig::fromArguments(QStringList{u"frontline-server"_s} + extraArguments);
        REQUIRE(config.ok());
        config->address = QHostAddress::LocalHost;
        config->port = 0;
        Server::FrontlineServer::Tuning tuning;
        tuning.passwordCost = Server::PasswordHasher::Cost::minimumForTests();
        server = std::make_unique<Server::FrontlineServer>(*config, backend->location(), tuning);
        const Status started = server->start();
        INFO((started ? std::string() : started.error().message.toStdString()));
        REQUIRE(started.ok());
    }

    struct Session
    {
        std::unique_ptr<TestClient> client;
        P::Welcome welcome;
    };

    Session signIn(const Agent &agent)
    {
        Session session{std::make_unique<TestClient>(server->url()), {}};
        REQUIRE(session.client->isConnected());
        auto welcome = session.client->login(agent.username, passwordOf(agent));
        REQUIRE(welcome.has_value());
        session.welcome = *welcome;
        session.client->syncAll();
        return session;
    }

    Presence storedPresence(const Agent &agent)
    {
        auto stored = Server::EntityStore(*db).agent(agent.id);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        return (*stored)->presence;
    }

    int count(const QString &sql)
    {
        auto query = db->exec(sql);
        REQUIRE(query.ok());
        REQUIRE(query->next());
        return query->value(0).toInt();
    }

    int presenceAudits() { return count(u"SELECT count(*) FROM audit_log WHERE action = 'set_presence'"_s); }
    int feedLength() { return count(u"SELECT count(*) FROM changes"_s); }
};

/*! The pushed agent change that shows \a agentId with \a presence, within \a timeoutMs. */
std::optional<Agent> pushedAgent(TestClient &client, const QUuid &agentId, Presence presence, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (const P::Change &change : client.pushed(int(std::max<qint64>(1, deadline.remainingTime())), 1)) {
            if (change.kind == P::EntityKind::Agent && change.id == agentId && change.data) {
                const Agent agent = std::get<Agent>(*change.data);
                if (agent.presence == presence) {
                    return agent;
                }
            }
        }
    }
    return std::nullopt;
}

P::SetPresence presenceOf(const Agent &agent, Presence presence)
{
    return P::SetPresence{presence, agent.id};
}

}  // namespace

TEST_CASE("A lead sets a team agent's status: it is stored, audited and everyone signed in sees it",
          "[server][live][presence]")
{
    PresenceDesk desk(anyBackend());
    auto mia = desk.signIn(desk.mia);
    auto alice = desk.signIn(desk.alice);
    auto carol = desk.signIn(desk.carol);  // another queue's agent: agents are everyone's to see
    CHECK(mia.welcome.mayChangeOthersPresence);
    CHECK_FALSE(alice.welcome.mayChangeOthersPresence);  // an agent is never offered it
    const Presence before = desk.storedPresence(desk.alice);
    REQUIRE(before != Presence::Busy);

    const auto ack = mia.client->mutate(presenceOf(desk.alice, Presence::Busy));
    REQUIRE(ack.has_value());
    CHECK(ack->result == P::AckResult::Applied);
    CHECK(ack->seq.has_value());
    CHECK(desk.storedPresence(desk.alice) == Presence::Busy);
    CHECK(desk.storedPresence(desk.mia) != Presence::Busy);  // not the lead's own

    // Alice's own window and her colleagues hear of it like of any change of an agent.
    CHECK(pushedAgent(*alice.client, desk.alice.id, Presence::Busy).has_value());
    CHECK(pushedAgent(*carol.client, desk.alice.id, Presence::Busy).has_value());

    // The audit log says who changed whose status, from what to what.
    auto logged = desk.db->exec(u"SELECT actor_id, target, details FROM audit_log WHERE action = 'set_presence'"_s);
    REQUIRE(logged.ok());
    REQUIRE(logged->next());
    CHECK(QUuid::fromString(logged->value(0).toString()) == desk.mia.id);
    CHECK(QUuid::fromString(logged->value(1).toString()) == desk.alice.id);
    const QJsonObject details = QJsonDocument::fromJson(logged->value(2).toString().toUtf8()).object();
    CHECK(details.value(u"from"_s).toString() == toString(before));
    CHECK(details.value(u"to"_s).toString() == u"busy"_s);
    CHECK_FALSE(logged->next());

    // An agent's own change is not a lead's intervention: stored, not audited.
    const auto own = alice.client->mutate(P::SetPresence{Presence::Away});
    REQUIRE(own.has_value());
    CHECK(own->result == P::AckResult::Applied);
    CHECK(desk.storedPresence(desk.alice) == Presence::Away);
    CHECK(desk.presenceAudits() == 1);
}

TEST_CASE("A lead cannot change the status of an agent outside their queues", "[server][live][presence]")
{
    PresenceDesk desk(anyBackend());
    auto mia = desk.signIn(desk.mia);  // billing's lead; carol works technical only
    const Presence before = desk.storedPresence(desk.carol);
    const Presence other = before == Presence::Away ? Presence::Busy : Presence::Away;
    const int feed = desk.feedLength();

    const auto ack = mia.client->mutate(presenceOf(desk.carol, other));
    REQUIRE(ack.has_value());
    CHECK(ack->result == P::AckResult::Rejected);
    CHECK(ack->reason == P::RejectReason::Forbidden);
    CHECK(ack->message.contains(u"queues"_s));
    CHECK(desk.storedPresence(desk.carol) == before);
    CHECK(desk.feedLength() == feed);
    CHECK(desk.presenceAudits() == 0);

    // Nobody by that id either: not found, nothing changed.
    const auto nobody = mia.client->mutate(P::SetPresence{other, QUuid::createUuid()});
    REQUIRE(nobody.has_value());
    CHECK(nobody->reason == P::RejectReason::NotFound);
    CHECK(desk.feedLength() == feed);

    // Lena leads technical too: for her it works.
    auto lena = desk.signIn(desk.lena);
    const auto allowed = lena.client->mutate(presenceOf(desk.carol, other));
    REQUIRE(allowed.has_value());
    CHECK(allowed->result == P::AckResult::Applied);
    CHECK(desk.storedPresence(desk.carol) == other);
}

TEST_CASE("An agent cannot change a colleague's status", "[server][live][presence]")
{
    PresenceDesk desk(anyBackend());
    auto alice = desk.signIn(desk.alice);
    const Presence before = desk.storedPresence(desk.bob);
    const Presence other = before == Presence::Busy ? Presence::Away : Presence::Busy;
    const int feed = desk.feedLength();

    const auto ack = alice.client->mutate(presenceOf(desk.bob, other));  // bob shares her queue
    REQUIRE(ack.has_value());
    CHECK(ack->result == P::AckResult::Rejected);
    CHECK(ack->reason == P::RejectReason::Forbidden);
    CHECK(desk.storedPresence(desk.bob) == before);
    CHECK(desk.feedLength() == feed);
    CHECK(desk.presenceAudits() == 0);

    // Naming herself is the same as naming nobody.
    const auto own = alice.client->mutate(presenceOf(desk.alice, Presence::Busy));
    REQUIRE(own.has_value());
    CHECK(own->result == P::AckResult::Applied);
    CHECK(desk.storedPresence(desk.alice) == Presence::Busy);
}

TEST_CASE("On a server run with --no-lead-presence a lead's change of an agent's status is refused and changes nothing",
          "[server][live][presence]")
{
    PresenceDesk desk(anyBackend(), {u"--no-lead-presence"_s});
    auto mia = desk.signIn(desk.mia);
    auto alice = desk.signIn(desk.alice);
    CHECK_FALSE(mia.welcome.mayChangeOthersPresence);  // so her dashboard does not offer it
    const Presence before = desk.storedPresence(desk.alice);
    const Presence other = before == Presence::Busy ? Presence::Away : Presence::Busy;
    const int feed = desk.feedLength();

    const auto ack = mia.client->mutate(presenceOf(desk.alice, other));
    REQUIRE(ack.has_value());
    CHECK(ack->result == P::AckResult::Rejected);
    CHECK(ack->reason == P::RejectReason::Forbidden);
    CHECK(ack->message.contains(u"policy"_s));
    CHECK(desk.storedPresence(desk.alice) == before);
    CHECK(desk.feedLength() == feed);
    CHECK(desk.presenceAudits() == 0);
    CHECK_FALSE(pushedAgent(*alice.client, desk.alice.id, other, 500).has_value());

    // Everyone still sets their own.
    const auto own = mia.client->mutate(P::SetPresence{Presence::Busy});
    REQUIRE(own.has_value());
    CHECK(own->result == P::AckResult::Applied);
    CHECK(desk.storedPresence(desk.mia) == Presence::Busy);
}

TEST_CASE("An admin may change anyone's status, in any queue", "[server][mutations][presence]")
{
    Tests::DeskFixture desk(anyBackend());
    const Server::Actor admin{QUuid::createUuid(), AgentRole::Admin, {}, u"Ops"_s};
    Server::MutationProcessor processor(*desk.db);
    auto ack =
        processor.apply(admin, P::Mutate{QUuid::createUuid(), std::nullopt, presenceOf(desk.carol, Presence::Away)});
    REQUIRE(ack.ok());
    CHECK(ack->result == P::AckResult::Applied);
    auto stored = Server::EntityStore(*desk.db).agent(desk.carol.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->presence == Presence::Away);

    // With the policy off, not even an admin.
    Server::MutationProcessor::Policy off;
    off.leadsMaySetPresence = false;
    Server::MutationProcessor strict(*desk.db, {}, off);
    auto refused =
        strict.apply(admin, P::Mutate{QUuid::createUuid(), std::nullopt, presenceOf(desk.carol, Presence::Busy)});
    REQUIRE(refused.ok());
    CHECK(refused->result == P::AckResult::Rejected);
    CHECK(refused->reason == P::RejectReason::Forbidden);
    stored = Server::EntityStore(*desk.db).agent(desk.carol.id);
    REQUIRE(stored.ok());
    CHECK((*stored)->presence == Presence::Away);
}
