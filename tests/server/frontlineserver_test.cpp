// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskfixture.h"
#include "testclient.h"

#include <models/demodata.h>
#include <server/admincommands.h>
#include <server/entitystore.h>
#include <server/frontlineserver.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Models;
using Frontline::Tests::TestClient;
namespace P = Frontline::Protocol;

namespace {

Server::FrontlineServer::Tuning testTuning()
{
    Server::FrontlineServer::Tuning tuning;
    tuning.passwordCost = Server::PasswordHasher::Cost::minimumForTests();
    return tuning;
}

Server::ServerConfig loopback()
{
    Server::ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;  // any free port
    return config;
}

/*! The desk, served by a real frontline-server instance on 127.0.0.1. */
struct LiveDesk : Tests::DeskFixture
{
    std::unique_ptr<Server::FrontlineServer> server;

    explicit LiveDesk(Tests::StorageBackend::Kind kind, Server::FrontlineServer::Tuning tuning = testTuning())
        : DeskFixture(kind)
    {
        server = startServer(tuning);
    }

    std::unique_ptr<Server::FrontlineServer> startServer(Server::FrontlineServer::Tuning tuning = testTuning()) const
    {
        auto instance = std::make_unique<Server::FrontlineServer>(loopback(), backend->location(), tuning);
        const Status started = instance->start();
        INFO((started ? std::string() : started.error().message.toStdString()));
        REQUIRE(started.ok());
        return instance;
    }

    std::unique_ptr<TestClient> signIn(const Agent &agent, Server::FrontlineServer *instance = nullptr)
    {
        auto client = std::make_unique<TestClient>((instance ? instance : server.get())->url());
        REQUIRE(client->isConnected());
        REQUIRE(client->login(agent.username, passwordOf(agent)).has_value());
        client->syncAll();
        return client;
    }
};

QSet<QUuid> idsOf(const QList<P::Change> &changes, P::EntityKind kind)
{
    QSet<QUuid> ids;
    for (const P::Change &change : changes) {
        if (change.kind == kind && change.op == P::ChangeOp::Upsert) {
            ids.insert(change.id);
        }
    }
    return ids;
}

Tests::StorageBackend::Kind anyBackend()
{
    return GENERATE(Tests::StorageBackend::Sqlite, Tests::StorageBackend::Postgres);
}

}  // namespace

TEST_CASE("An agent signs in, receives only what their queues hold, and resumes with the token", "[server][live]")
{
    LiveDesk desk(anyBackend());
    TestClient client(desk.server->url());
    const auto welcome = client.login(QStringLiteral("ALICE"), Tests::DeskFixture::passwordOf(desk.alice));
    REQUIRE(welcome.has_value());
    CHECK(welcome->agent.id == desk.alice.id);
    CHECK_FALSE(welcome->sessionToken.isEmpty());
    CHECK_FALSE(welcome->serverId.isNull());

    const QList<P::Change> changes = client.syncAll();
    CHECK(idsOf(changes, P::EntityKind::Ticket) == QSet<QUuid>{desk.billingTicket.id});
    CHECK(idsOf(changes, P::EntityKind::Customer) == QSet<QUuid>{desk.customer.id});
    CHECK(idsOf(changes, P::EntityKind::Queue).size() == 2);  // every queue's name, for transfers
    CHECK(client.cursor() > 0);

    TestClient again(desk.server->url());
    REQUIRE(again.resume(welcome->sessionToken, client.cursor()).has_value());
    CHECK(again.syncAll().isEmpty());  // nothing new since that cursor
}

TEST_CASE("A wrong password is refused and repeated failures lock the user out", "[server][live][auth]")
{
    LiveDesk desk(Tests::StorageBackend::Sqlite);
    for (int attempt = 0; attempt < 5; ++attempt) {
        TestClient client(desk.server->url());
        CHECK_FALSE(client.login(desk.bob.username, QStringLiteral("guess-%1").arg(attempt)).has_value());
        REQUIRE(client.lastAuthFailure().has_value());
        CHECK(client.lastAuthFailure()->reason == P::AuthFailure::InvalidCredentials);
        CHECK(client.waitForClose().has_value());
    }
    TestClient locked(desk.server->url());
    CHECK_FALSE(locked.login(desk.bob.username, Tests::DeskFixture::passwordOf(desk.bob)).has_value());
    REQUIRE(locked.lastAuthFailure().has_value());
    CHECK(locked.lastAuthFailure()->reason == P::AuthFailure::RateLimited);
    CHECK(locked.lastAuthFailure()->retryAfterSeconds.value_or(0) > 0);

    TestClient unknown(desk.server->url());
    CHECK_FALSE(unknown.login(QStringLiteral("nobody"), QStringLiteral("x")).has_value());
    CHECK(unknown.lastAuthFailure()->reason == P::AuthFailure::InvalidCredentials);  // no hint it does not exist
    CHECK(desk.signIn(desk.alice) != nullptr);                                       // other users are not locked out
}

TEST_CASE("A signed-out, revoked or expired session token is refused", "[server][live][auth]")
{
    LiveDesk desk(Tests::StorageBackend::Sqlite);
    QString token;
    {
        TestClient client(desk.server->url());
        const auto welcome = client.login(desk.alice.username, Tests::DeskFixture::passwordOf(desk.alice));
        REQUIRE(welcome.has_value());
        token = welcome->sessionToken;
        client.syncAll();
        client.send(P::Logout{}.toFrame(QStringLiteral("bye")));
        CHECK(client.waitForClose() == int(QWebSocketProtocol::CloseCodeNormal));
    }
    TestClient afterLogout(desk.server->url());
    CHECK_FALSE(afterLogout.resume(token).has_value());
    CHECK(afterLogout.lastAuthFailure()->reason == P::AuthFailure::TokenInvalid);

    TestClient second(desk.server->url());
    const auto welcome = second.login(desk.alice.username, Tests::DeskFixture::passwordOf(desk.alice));
    REQUIRE(welcome.has_value());
    REQUIRE(desk.db->exec(QStringLiteral("UPDATE sessions SET expires_at = 1 WHERE revoked = 0")).ok());
    TestClient expired(desk.server->url());
    CHECK_FALSE(expired.resume(welcome->sessionToken).has_value());
    CHECK(expired.lastAuthFailure()->reason == P::AuthFailure::TokenExpired);

    TestClient garbage(desk.server->url());
    CHECK_FALSE(garbage.resume(QStringLiteral("'; DELETE FROM sessions; --xxxxxxxxxxxxxxxxx")).has_value());
    CHECK(garbage.lastErrorCode() == u"invalid_value");  // refused before it reaches any query
    TestClient wellFormedButUnknown(desk.server->url());
    CHECK_FALSE(wellFormedButUnknown.resume(QString(43, u'A')).has_value());
    REQUIRE(wellFormedButUnknown.lastAuthFailure().has_value());
    CHECK(wellFormedButUnknown.lastAuthFailure()->reason == P::AuthFailure::TokenInvalid);
}

TEST_CASE("A commit reaches every session that may see it within milliseconds, and no one else", "[server][live]")
{
    LiveDesk desk(anyBackend());
    auto alice = desk.signIn(desk.alice);
    auto bob = desk.signIn(desk.bob);
    auto carol = desk.signIn(desk.carol);

    QElapsedTimer timer;
    timer.start();
    const auto ack =
        alice->mutate(P::AddNote{desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("已联系物流"), {}});
    REQUIRE(ack.has_value());
    CHECK(ack->result == P::AckResult::Applied);
    const QList<P::Change> toBob = bob->pushed(5000, 1);
    const qint64 latencyMs = timer.elapsed();
    REQUIRE_FALSE(toBob.isEmpty());
    CHECK(toBob.first().kind == P::EntityKind::Message);
    CHECK(latencyMs < 5000);
    CHECK(carol->pushed(300).isEmpty());            // another queue's note never reaches carol
    CHECK_FALSE(alice->pushed(2000, 1).isEmpty());  // the author's other windows learn of it too
}

TEST_CASE("A lone commit is pushed at once; commits right after it share the next push", "[server][live]")
{
    auto tuning = testTuning();
    tuning.pushIntervalMs = 1500;  // long enough that the two later commits certainly fall inside it
    LiveDesk desk(Tests::StorageBackend::Sqlite, tuning);
    auto alice = desk.signIn(desk.alice);
    auto bob = desk.signIn(desk.bob);
    const auto note = [&](const QString &body) {
        const auto ack = alice->mutate(P::AddNote{desk.billingTicket.id, QUuid::createUuid(), body, {}});
        REQUIRE(ack.has_value());
        REQUIRE(ack->result == P::AckResult::Applied);
    };
    const auto changesIn = [](const P::Frame &frame) {
        const auto page = P::Changes::fromFrame(frame);
        REQUIRE(page.ok());
        return page->changes.size();
    };

    note(QStringLiteral("first"));
    const auto first = bob->next(QStringLiteral("changes"), 1000);  // well before the interval ends
    REQUIRE(first.has_value());
    CHECK(changesIn(*first) == 1);

    note(QStringLiteral("second"));
    note(QStringLiteral("third"));
    const auto together = bob->next(QStringLiteral("changes"), 5000);
    REQUIRE(together.has_value());
    CHECK(changesIn(*together) == 2);  // one frame for both: the round waited for the interval
    CHECK_FALSE(bob->next(QStringLiteral("changes"), 300).has_value());
}

TEST_CASE("A push round handed out a session at a time reaches every session once, also when one leaves during it",
          "[server][live]")
{
    auto tuning = testTuning();
    tuning.pushSliceSessions = 1;  // every session in a turn of its own: commits and closes land mid-round
    tuning.pushIntervalMs = 0;
    LiveDesk desk(anyBackend(), tuning);
    auto alice = desk.signIn(desk.alice);
    std::vector<std::unique_ptr<TestClient>> bobs;
    for (int i = 0; i < 6; ++i) {
        bobs.push_back(desk.signIn(desk.bob));
    }
    constexpr int notes = 8;
    for (int n = 0; n < notes; ++n) {
        alice->sendText(QString::fromUtf8(
            P::Mutate{QUuid::createUuid(), std::nullopt,
                      P::AddNote{desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("note %1").arg(n), {}}}
                .toFrame(QStringLiteral("m%1").arg(n))
                .toJson()));
        if (n == 2) {
            bobs.back().reset();  // gone while the rounds of the first notes are still being handed out
        }
    }
    bobs.pop_back();
    for (std::size_t i = 0; i < bobs.size(); ++i) {
        CAPTURE(i);
        const QList<P::Change> pushed = bobs[i]->pushed(10000, notes);
        QSet<QUuid> messages;
        for (const P::Change &change : pushed) {
            if (change.kind == P::EntityKind::Message) {
                messages.insert(change.id);
            }
        }
        CHECK(pushed.size() == notes);  // each note once, and nothing else
        CHECK(messages.size() == notes);
        CHECK(bobs[i]->pushed(300).isEmpty());  // nothing twice
    }
    // The server is still serving: a newcomer signs in and syncs every note.
    auto late = desk.signIn(desk.bob);
    CHECK(late->isConnected());
}

TEST_CASE("The change stream resumes from the client's cursor with nothing missing or repeated", "[server][live]")
{
    LiveDesk desk(anyBackend());
    QString token;
    qint64 cursor = 0;
    {
        TestClient first(desk.server->url());
        const auto welcome = first.login(desk.bob.username, Tests::DeskFixture::passwordOf(desk.bob));
        REQUIRE(welcome.has_value());
        token = welcome->sessionToken;
        first.syncAll();
        cursor = first.cursor();
    }
    auto alice = desk.signIn(desk.alice);
    QSet<QUuid> written;
    for (int i = 0; i < 25; ++i) {
        const QUuid messageId = QUuid::createUuid();
        written.insert(messageId);
        REQUIRE(
            alice->mutate(P::AddNote{desk.billingTicket.id, messageId, QStringLiteral("note %1").arg(i), {}})->result ==
            P::AckResult::Applied);
    }
    TestClient resumed(desk.server->url());
    REQUIRE(resumed.resume(token, cursor).has_value());
    const QList<P::Change> missed = resumed.syncAll();
    QList<QUuid> messages;
    for (const P::Change &change : missed) {
        if (change.kind == P::EntityKind::Message) {
            messages.append(change.id);
        }
    }
    CHECK(messages.size() == 25);
    CHECK(QSet<QUuid>(messages.begin(), messages.end()) == written);
}

TEST_CASE("A client that has not taken its pages is sent no more than its page window until it reports them",
          "[server][live]")
{
    Server::FrontlineServer::Tuning tuning = testTuning();
    tuning.changesPageBytes = 1;  // one change a page
    LiveDesk desk(anyBackend(), tuning);
    TestClient streamed(desk.server->url());
    REQUIRE(streamed.login(desk.bob.username, Tests::DeskFixture::passwordOf(desk.bob)).has_value());
    const QList<P::Change> expected = streamed.syncAll();
    REQUIRE(expected.size() > 4);

    TestClient paced(desk.server->url());
    paced.setPageWindow(2);
    REQUIRE(paced.login(desk.bob.username, Tests::DeskFixture::passwordOf(desk.bob)).has_value());
    QList<P::Change> received;
    bool more = true;
    const auto takePage = [&](int timeoutMs) -> std::optional<qint64> {
        const auto frame = paced.next(QStringLiteral("changes"), timeoutMs);
        if (!frame) {
            return std::nullopt;
        }
        const auto page = P::Changes::fromFrame(*frame);
        REQUIRE(page.ok());
        received += page->changes;
        more = page->more;
        return page->cursor;
    };
    const auto first = takePage(5000);
    const auto second = takePage(5000);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK_FALSE(takePage(300).has_value());  // two pages sent, none taken: the server waits

    paced.reportPagesTaken(*first);
    auto latest = takePage(5000);
    REQUIRE(latest.has_value());
    CHECK_FALSE(takePage(300).has_value());

    // Reporting each page as it comes lets the catch-up run to its end, with every change once.
    while (more && latest) {
        paced.reportPagesTaken(*latest);
        latest = takePage(5000);
    }
    CHECK_FALSE(more);
    CHECK(paced.next(QStringLiteral("synced"), 5000).has_value());
    CHECK(received == expected);
}

TEST_CASE("A customer's history is fetched only from the agent's own queues", "[server][live][authorization]")
{
    LiveDesk desk(anyBackend());
    auto alice = desk.signIn(desk.alice);
    P::Fetch own;
    own.what = P::FetchWhat::CustomerHistory;
    own.entityId = desk.customer.id;
    alice->send(own.toFrame(QStringLiteral("f1")));
    auto result = alice->next(QStringLiteral("fetch_result"));
    REQUIRE(result.has_value());
    CHECK(P::FetchResult::fromFrame(*result)->status == P::FetchStatus::Ok);

    P::Fetch theirs = own;
    theirs.entityId = desk.otherCustomer.id;  // a customer of technical only
    alice->send(theirs.toFrame(QStringLiteral("f2")));
    result = alice->next(QStringLiteral("fetch_result"));
    REQUIRE(result.has_value());
    const auto refused = P::FetchResult::fromFrame(*result);
    CHECK(refused->status == P::FetchStatus::NotFound);
    CHECK(refused->items.isEmpty());
}

TEST_CASE("Two server instances on one PostgreSQL push each other's commits to their clients",
          "[server][live][postgres]")
{
    LiveDesk desk(Tests::StorageBackend::Postgres);
    auto second = desk.startServer();
    auto alice = desk.signIn(desk.alice);            // on the first instance
    auto bob = desk.signIn(desk.bob, second.get());  // on the second
    REQUIRE(alice->mutate(P::ClaimTicket{desk.billingTicket.id})->result == P::AckResult::Applied);
    const QList<P::Change> toBob = bob->pushed(5000, 1);
    REQUIRE_FALSE(toBob.isEmpty());
    CHECK(toBob.first().id == desk.billingTicket.id);
    REQUIRE(toBob.first().data.has_value());
    CHECK(std::get<Ticket>(*toBob.first().data).assigneeId == desk.alice.id);

    REQUIRE(
        bob->mutate(P::AddNote{desk.billingTicket.id, QUuid::createUuid(), QStringLiteral("from the other side"), {}})
            ->result == P::AckResult::Applied);
    CHECK_FALSE(alice->pushed(5000, 1).isEmpty());
}

TEST_CASE("With a certificate the server speaks wss:// and clients sign in over TLS", "[server][live][tls]")
{
    Tests::DeskFixture desk(Tests::StorageBackend::Sqlite);
    QTemporaryDir dir;
    const QString certificate = dir.filePath(QStringLiteral("server.crt"));
    const QString key = dir.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), certificate});
    REQUIRE(openssl.waitForFinished(30000));
    REQUIRE(openssl.exitCode() == 0);

    Server::ServerConfig config = loopback();
    config.certificateFile = certificate;
    config.keyFile = key;
    Server::FrontlineServer server(config, desk.backend->location(), testTuning());
    REQUIRE(server.start().ok());
    CHECK(server.url().scheme() == u"wss");

    // The test trusts this one self-signed certificate, as a client configured with it would.
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslCertificate::fromPath(certificate));
    trust.setPeerVerifyMode(QSslSocket::VerifyPeer);
    TestClient client(server.url(), trust);
    REQUIRE(client.isConnected());
    CHECK(client.login(desk.alice.username, Tests::DeskFixture::passwordOf(desk.alice)).has_value());
}

TEST_CASE("An agent whose connection vanishes is shown offline to the team", "[server][live][presence]")
{
    LiveDesk desk(Tests::StorageBackend::Sqlite);
    auto bob = desk.signIn(desk.bob);
    {
        auto alice = desk.signIn(desk.alice);
        REQUIRE(alice->mutate(P::SetPresence{Presence::Online})->result == P::AckResult::Applied);
        bob->pushed(2000, 1);
    }  // alice's socket is aborted without a goodbye
    bool offline = false;
    for (const P::Change &change : bob->pushed(5000, 1)) {
        if (change.kind == P::EntityKind::Agent && change.id == desk.alice.id && change.data) {
            offline = std::get<Agent>(*change.data).presence == Presence::Offline;
        }
    }
    CHECK(offline);
}

TEST_CASE("Which ticket an agent has open is told only to those who may see it", "[server][live][presence]")
{
    LiveDesk desk(Tests::StorageBackend::Sqlite);
    auto bob = desk.signIn(desk.bob);      // Billing, like Alice
    auto carol = desk.signIn(desk.carol);  // Technical only
    auto alice = desk.signIn(desk.alice);
    alice->send(P::PresenceUpdate{Presence::Online, desk.billingTicket.id, {}}.toFrame(QStringLiteral("p-1")));

    const auto received = [](TestClient &client) {
        auto frame = client.next(QStringLiteral("presence"));
        REQUIRE(frame.has_value());
        auto update = P::PresenceUpdate::fromFrame(*frame);
        REQUIRE(update.ok());
        return *update;
    };
    const P::PresenceUpdate toBob = received(*bob);
    CHECK(toBob.agentId == desk.alice.id);
    CHECK(toBob.viewingTicketId == desk.billingTicket.id);
    const P::PresenceUpdate toCarol = received(*carol);
    CHECK(toCarol.agentId == desk.alice.id);
    CHECK(toCarol.presence == Presence::Online);
    CHECK(toCarol.viewingTicketId.isNull());  // another queue's ticket is not named to her
}

TEST_CASE("Any signed-in agent fetches a published article's body, never an unpublished one", "[server][live]")
{
    LiveDesk desk(Tests::StorageBackend::Sqlite);
    Article published;
    published.id = QUuid::createUuid();
    published.title = QStringLiteral("如何处理退款");
    published.body = QStringLiteral("# 如何处理退款\n\n1. 核对订单。\n2. 在后台发起退款。");
    published.language = QStringLiteral("zh_CN");
    Article draft = published;
    draft.id = QUuid::createUuid();
    draft.published = false;
    REQUIRE(desk.db
                ->transaction([&]() -> Status {
                    Server::EntityStore store(*desk.db);
                    Status status = desk.db->serializeChangeFeed();
                    for (const Article &article : {published, draft}) {
                        if (status) {
                            auto saved = store.save(article);
                            status = saved ? status : Status(saved.error());
                        }
                    }
                    return status;
                })
                .ok());
    auto carol = desk.signIn(desk.carol);
    for (const auto &[id, expected] :
         {std::pair{published.id, P::FetchStatus::Ok}, std::pair{draft.id, P::FetchStatus::NotFound}}) {
        P::Fetch fetch;
        fetch.what = P::FetchWhat::ArticleBody;
        fetch.entityId = id;
        carol->send(fetch.toFrame(QStringLiteral("article")));
        const auto frame = carol->next(QStringLiteral("fetch_result"));
        REQUIRE(frame.has_value());
        const auto result = P::FetchResult::fromFrame(*frame);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
        CHECK(result->status == expected);
        if (expected == P::FetchStatus::Ok) {
            REQUIRE(result->items.size() == 1);
            CHECK(std::get<Article>(result->items.first()).body == published.body);
        }
    }
}

TEST_CASE("Everything the server streams from demo data passes the client's validation", "[server][live]")
{
    auto backend = Tests::StorageBackend::make(Tests::StorageBackend::Sqlite);
    {
        auto db = backend->open();
        Server::AdminCommands admin(*db, Server::PasswordHasher::Cost::minimumForTests());
        REQUIRE(admin.init().ok());
        Models::DemoDataOptions options;
        options.tickets = 300;
        const auto loaded = admin.loadDemoData(options, u"frontline-demo");
        INFO((loaded ? std::string() : loaded.error().message.toStdString()));
        REQUIRE(loaded.ok());
    }
    Server::FrontlineServer server(loopback(), backend->location(), testTuning());
    REQUIRE(server.start().ok());
    TestClient client(server.url());
    REQUIRE(client.login(QStringLiteral("admin"), QStringLiteral("frontline-demo")).has_value());
    const QList<P::Change> changes = client.syncAll(60000);
    INFO(client.lastInvalidPage().toStdString());
    CHECK(client.invalidPages() == 0);
    CHECK(idsOf(changes, P::EntityKind::Ticket).size() == 300);
    CHECK(idsOf(changes, P::EntityKind::Article).size() >= 12);
    CHECK(idsOf(changes, P::EntityKind::CannedReply).size() >= 15);
}
