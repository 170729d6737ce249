// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/samples.h"

#include <protocol/frame.h>
#include <protocol/messages.h>
#include <protocol/mutations.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QUuid>

#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

using namespace Frontline;
using namespace Frontline::Protocol;
using namespace Qt::StringLiterals;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

namespace {

const QString RequestId = u"req-9"_s;

// The frame as a peer receives it: serialized, parsed by the envelope, then by the message type.
Frame overTheWire(const Frame &frame)
{
    ProtocolResult<Frame> parsed = Frame::parse(frame.toJson());
    if (!parsed) {
        FAIL("envelope refused: " << parsed.error().message.toStdString());
    }
    return std::move(parsed).value();
}

template<typename T>
T roundTrip(const T &message)
{
    // The envelope's fields would overwrite payload fields of the same name.
    CHECK_FALSE(message.toJson().contains(u"id"));
    CHECK_FALSE(message.toJson().contains(u"type"));
    const Frame frame = overTheWire(message.toFrame(RequestId));
    CHECK(frame.type == T::Type);
    CHECK(frame.id == RequestId);
    ProtocolResult<T> parsed = T::fromFrame(frame);
    if (!parsed) {
        FAIL("refused: " << parsed.error().message.toStdString());
    }
    return std::move(parsed).value();
}

// Parses \a payload as a frame of T's type and expects a refusal that answers the request.
template<typename T>
ProtocolError refusal(const QJsonObject &payload)
{
    const Frame frame = overTheWire(Frame{T::Type.toString(), RequestId, payload});
    const ProtocolResult<T> parsed = T::fromFrame(frame);
    INFO("payload: " << QJsonDocument(payload).toJson(QJsonDocument::Compact).left(300).toStdString());
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().requestId == RequestId);
    CHECK_FALSE(parsed.error().message.isEmpty());
    return parsed.error();
}

template<typename T>
void checkRefused(const QJsonObject &payload, ErrorCode code, const QString &field)
{
    const ProtocolError error = refusal<T>(payload);
    CHECK(toString(error.code) == toString(code));
    CHECK(error.field == field);
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        json.remove(key);
    } else {
        json.insert(key, value);
    }
    return json;
}

QJsonObject without(QJsonObject json, const QString &key)
{
    json.remove(key);
    return json;
}

// Fixed entities, one of each kind.
struct World
{
    Models::Queue queue = Tests::sampleQueue();
    Models::Agent agent = Tests::sampleAgent(queue.id);
    Models::Customer customer = Tests::sampleCustomer();
    Models::Ticket ticket = Tests::sampleTicket(queue, customer, 1042, u"退款申请：订单 88231"_s);
    Models::Message message = Tests::sampleMessage(ticket, u"您好，我的订单还没有到。"_s);

    World()
    {
        agent.rev = 3;
        agent.role = Models::AgentRole::Lead;
        agent.presence = Models::Presence::Online;
        customer.rev = 5;
        customer.csat = {Models::CsatRating{ticket.id, 4, u"很好"_s, Tests::fixedTime(30)}};
        ticket.rev = 7;
        ticket.assigneeId = agent.id;
        ticket.tags = {u"billing"_s, u"vip"_s};
        queue.rev = 2;
    }

    Models::Article article() const
    {
        Models::Article article;
        article.id = QUuid::createUuid();
        article.title = u"如何申请退款"_s;
        article.body = u"# 退款\n\n1. 打开订单页面"_s;
        article.category = u"Billing"_s;
        article.language = u"zh_CN"_s;
        article.tags = {u"refund"_s};
        article.updatedAt = Tests::fixedTime(5);
        article.rev = 11;
        return article;
    }

    Models::CannedReply cannedReply() const
    {
        Models::CannedReply reply;
        reply.id = QUuid::createUuid();
        reply.title = u"Greeting"_s;
        reply.shortcut = u"hi"_s;
        reply.body = u"Hello {{customer.first_name}}, this is {{agent.name}}."_s;
        reply.language = u"en"_s;
        reply.ownerId = agent.id;
        reply.updatedAt = Tests::fixedTime(6);
        reply.rev = 4;
        return reply;
    }

    CsatRecord csat() const
    {
        return CsatRecord{QUuid::createUuid(), ticket.id, customer.id, agent.id, 5, u"谢谢！"_s, Tests::fixedTime(40)};
    }

    Changes page() const
    {
        Changes page;
        page.changes = {
            Change::upsert(10, queue),
            Change::upsert(11, agent),
            Change::upsert(12, customer),
            Change::upsert(13, ticket),
            Change::upsert(14, message),
            Change::upsert(15, article()),
            Change::upsert(16, cannedReply()),
            Change::upsert(17, csat()),
            Change::remove(19, EntityKind::Ticket, QUuid::createUuid(), 9),
        };
        page.cursor = 21;
        page.more = true;
        page.estimatedTotal = 1200;
        return page;
    }
};

Hello passwordHello()
{
    Hello hello;
    hello.clientName = u"frontline"_s;
    hello.clientVersion = u"0.1.0"_s;
    hello.username = u"wang.fang"_s;
    hello.password = u"correct horse battery staple"_s;
    return hello;
}

}  // namespace

// A lead's figures as the server would send them: two queues' worth, one agent, a day in Shanghai.
Models::TeamSnapshot sampleSnapshot(const World &world)
{
    Models::TeamSnapshot snapshot;
    snapshot.computedAt = Tests::fixedTime(90).toMSecsSinceEpoch();
    snapshot.day = Models::DayWindow::containing(Tests::fixedTime(90), QTimeZone("Asia/Shanghai"));
    snapshot.dueSoonMs = 15 * 60 * 1000;
    Models::QueueMetrics queue;
    queue.queueId = world.queue.id;
    queue.name = world.queue.name;
    queue.waiting = 3;
    queue.open = 7;
    queue.oldestWaitingCreatedAt = Tests::fixedTime().toMSecsSinceEpoch();
    queue.oldestWaitMs = 90 * 60 * 1000;
    queue.firstResponseBreached = 1;
    queue.createdToday = 4;
    queue.openCreatedToday = 2;
    queue.solvedToday = 2;
    queue.solvedTodayWithinSla = 1;
    queue.solvedTodayLate = 1;
    queue.firstResponsesToday = 3;
    queue.medianFirstResponseMs = 12 * 60 * 1000;
    queue.csatCount = 2;
    queue.csatScoreSum = 9;
    Models::QueueMetrics quiet;
    quiet.queueId = QUuid::createUuidV5(world.queue.id, u"technical"_s);  // the same in every call
    quiet.name = u"技术支持"_s;
    snapshot.queues = {queue, quiet};
    Models::AgentMetrics agent;
    agent.agentId = world.agent.id;
    agent.name = world.agent.name;
    agent.role = Models::AgentRole::Lead;
    agent.presence = Models::Presence::Busy;
    agent.presenceSince = Tests::fixedTime(10).toMSecsSinceEpoch();
    agent.openAssigned = 4;
    agent.handledToday = 2;
    agent.csatCount = 1;
    agent.csatScoreSum = 5;
    snapshot.agents = {agent};
    const int hours = snapshot.day.hours();
    snapshot.hourly.created.fill(0, hours);
    snapshot.hourly.solved.fill(0, hours);
    snapshot.hourly.breaches.fill(0, hours);
    snapshot.hourly.csatCount.fill(0, hours);
    snapshot.hourly.csatSum.fill(0, hours);
    snapshot.hourly.created[9] = 4;
    snapshot.hourly.csatCount[11] = 1;
    snapshot.hourly.csatSum[11] = 5;
    snapshot.hourly.solved[10] = 2;
    snapshot.hourly.breaches[11] = 1;
    return snapshot;
}

TEST_CASE("Every message survives a round trip through the wire unchanged", "[sync][protocol]")
{
    const World world;

    SECTION("hello with a password")
    {
        Hello hello = passwordHello();
        hello.cursor = 0;
        hello.clientId = QUuid::createUuid();
        hello.pageWindow = 8;
        CHECK(roundTrip(hello) == hello);
        CHECK_FALSE(roundTrip(hello).usesToken());
    }
    SECTION("hello with a session token and no cursor")
    {
        Hello hello;
        hello.clientName = u"frontline"_s;
        hello.clientVersion = u"0.1.0"_s;
        hello.sessionToken = u"dGhpcyBpcyBhIHNlc3Npb24gdG9rZW4_-"_s;
        const Hello copy = roundTrip(hello);
        CHECK(copy == hello);
        CHECK(copy.usesToken());
        CHECK_FALSE(copy.cursor.has_value());
        CHECK_FALSE(hello.toJson().contains(u"password"));
    }
    SECTION("welcome")
    {
        Welcome welcome;
        welcome.sessionToken = u"0123456789abcdef0123456789abcdef"_s;
        welcome.tokenExpiresAt = Tests::fixedTime(60 * 24 * 30);
        welcome.agent = world.agent;
        welcome.serverId = QUuid::createUuid();
        welcome.epoch = 3;
        CHECK(roundTrip(welcome) == welcome);

        welcome.sessionToken.clear();  // after a token login
        CHECK(roundTrip(welcome) == welcome);

        // A lead on a server that lets leads change their agents' presence; absent means no.
        CHECK_FALSE(welcome.toJson().contains(u"mayChangeOthersPresence"_s));
        welcome.mayChangeOthersPresence = true;
        CHECK(roundTrip(welcome) == welcome);
    }
    SECTION("auth_failed")
    {
        const AuthFailed failed{AuthFailure::RateLimited, u"too many attempts"_s, 60};
        CHECK(roundTrip(failed) == failed);
        const AuthFailed plain{AuthFailure::InvalidCredentials, {}, std::nullopt};
        CHECK(roundTrip(plain) == plain);
    }
    SECTION("changes with every entity kind and a delete")
    {
        const Changes page = world.page();
        const Changes copy = roundTrip(page);
        CHECK(copy == page);
        REQUIRE(copy.changes.size() == 9);
        const QList<EntityKind> kinds{EntityKind::Queue,       EntityKind::Agent,   EntityKind::Customer,
                                      EntityKind::Ticket,      EntityKind::Message, EntityKind::Article,
                                      EntityKind::CannedReply, EntityKind::Csat};
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            CHECK(copy.changes.at(i).kind == kinds.at(i));
            REQUIRE(copy.changes.at(i).data.has_value());
            CHECK(kindOf(*copy.changes.at(i).data) == copy.changes.at(i).kind);
        }
        CHECK(std::get<Models::Ticket>(*copy.changes.at(3).data) == world.ticket);
        CHECK(copy.changes.at(3).rev == 7);
        CHECK(copy.changes.at(8).op == ChangeOp::Delete);
        CHECK_FALSE(copy.changes.at(8).data.has_value());
    }
    SECTION("an empty last page")
    {
        const Changes empty{{}, 0, false, 0};
        CHECK(roundTrip(empty) == empty);
    }
    SECTION("synced")
    {
        CHECK(roundTrip(Synced{123456}).cursor == 123456);
    }
    SECTION("changes_received")
    {
        CHECK(roundTrip(ChangesReceived{98765}) == ChangesReceived{98765});
    }
    SECTION("mutate")
    {
        const Mutate mutate{QUuid::createUuid(), 7, SetStatus{world.ticket.id, Models::TicketStatus::Solved}};
        const Mutate copy = roundTrip(mutate);
        CHECK(copy == mutate);
        CHECK(copy.kind() == MutationKind::SetStatus);

        const Mutate noBase{QUuid::createUuid(), std::nullopt, TakeNext{}};
        CHECK(roundTrip(noBase) == noBase);
    }
    SECTION("ack: applied, duplicate, rejected with the current row")
    {
        const Ack applied{QUuid::createUuid(), AckResult::Applied, RejectReason::Unknown, {}, std::nullopt, 5001};
        CHECK(roundTrip(applied) == applied);
        const Ack duplicate{QUuid::createUuid(), AckResult::Duplicate, RejectReason::Unknown, {},
                            std::nullopt,        std::nullopt};
        CHECK(roundTrip(duplicate) == duplicate);
        const Ack rejected{QUuid::createUuid(), AckResult::Rejected,  RejectReason::AlreadyAssigned,
                           u"taken by 王芳"_s,  Entity(world.ticket), std::nullopt};
        const Ack copy = roundTrip(rejected);
        CHECK(copy == rejected);
        REQUIRE(copy.current.has_value());
        CHECK(std::get<Models::Ticket>(*copy.current).assigneeId == world.agent.id);
    }
    SECTION("fetch and fetch_result")
    {
        const Fetch fetch{FetchWhat::CustomerHistory, world.customer.id, u"cursor:2026-11-01"_s, 50};
        CHECK(roundTrip(fetch) == fetch);
        const Fetch article{FetchWhat::ArticleBody, QUuid::createUuid(), {}, std::nullopt};
        CHECK(roundTrip(article) == article);

        const FetchResult result{FetchWhat::CustomerHistory,
                                 world.customer.id,
                                 FetchStatus::Ok,
                                 {Entity(world.ticket), Entity(world.message)},
                                 true,
                                 u"cursor:2026-10-01"_s};
        CHECK(roundTrip(result) == result);
        const FetchResult missing{FetchWhat::ArticleBody, QUuid::createUuid(), FetchStatus::NotFound, {}, false, {}};
        CHECK(roundTrip(missing) == missing);
    }
    SECTION("presence, dashboard subscriptions, logout, error")
    {
        const PresenceUpdate presence{Models::Presence::Busy, world.ticket.id, world.agent.id};
        CHECK(roundTrip(presence) == presence);
        const DashboardSubscribe subscribe{{world.queue.id, QUuid::createUuid()}, u"Asia/Shanghai"_s};
        CHECK(roundTrip(subscribe) == subscribe);
        const DashboardSubscribe everything{{}, {}};
        CHECK(roundTrip(everything) == everything);
        CHECK_FALSE(everything.toJson().contains(u"timeZoneId"));  // absent: UTC
        const DashboardUnsubscribe unsubscribe{{}};
        CHECK(roundTrip(unsubscribe) == unsubscribe);
        const DashboardMetrics metrics{42, u"Asia/Shanghai"_s, sampleSnapshot(world)};
        CHECK(roundTrip(metrics) == metrics);
        CHECK(roundTrip(metrics).snapshot.queues.first().csatAverage() == 4.5);
        CHECK(roundTrip(Logout{}) == Logout{});
        const ErrorMessage error{u"missing_field"_s, u"hello.clientName: required field is missing"_s, u"clientName"_s};
        CHECK(roundTrip(error) == error);
        CHECK(roundTrip(error).knownCode() == ErrorCode::MissingField);
    }
}

TEST_CASE("Client and server messages are told apart by their type", "[sync][protocol]")
{
    const World world;
    const std::vector<ClientMessage> fromClient{
        passwordHello(),
        ChangesReceived{42},
        Mutate{QUuid::createUuid(), std::nullopt, ClaimTicket{world.ticket.id}},
        Fetch{FetchWhat::ArticleBody, QUuid::createUuid(), {}, std::nullopt},
        PresenceUpdate{Models::Presence::Away, {}, {}},
        DashboardSubscribe{{world.queue.id}, u"Europe/Berlin"_s},
        DashboardUnsubscribe{{world.queue.id}},
        Logout{},
    };
    for (const ClientMessage &message : fromClient) {
        const Frame frame = overTheWire(toFrame(message, RequestId));
        INFO("type: " << frame.type.toStdString());
        const ProtocolResult<ClientMessage> parsed = parseClientMessage(frame);
        REQUIRE(parsed.ok());
        CHECK(parsed->index() == message.index());
        CHECK(*parsed == message);
        if (frame.type != PresenceUpdate::Type) {  // presence goes both ways
            const ProtocolResult<ServerMessage> wrongWay = parseServerMessage(frame);
            REQUIRE_FALSE(wrongWay.ok());
            CHECK(wrongWay.error().code == ErrorCode::UnknownType);
            CHECK(wrongWay.error().field == u"type"_s);
            CHECK(wrongWay.error().requestId == RequestId);
        }
    }

    const std::vector<ServerMessage> fromServer{
        Welcome{ProtocolVersion, {}, Tests::fixedTime(), world.agent, QUuid::createUuid(), 1},
        AuthFailed{AuthFailure::TokenExpired, {}, std::nullopt},
        world.page(),
        Synced{21},
        Ack{QUuid::createUuid(), AckResult::Applied, RejectReason::Unknown, {}, std::nullopt, 22},
        FetchResult{FetchWhat::ArticleBody, QUuid::createUuid(), FetchStatus::Forbidden, {}, false, {}},
        PresenceUpdate{Models::Presence::Online, world.ticket.id, world.agent.id},
        DashboardMetrics{7, u"UTC"_s, sampleSnapshot(world)},
        ErrorMessage{u"invalid_json"_s, u"not JSON"_s, {}},
    };
    for (const ServerMessage &message : fromServer) {
        const Frame frame = overTheWire(toFrame(message, RequestId));
        INFO("type: " << frame.type.toStdString());
        const ProtocolResult<ServerMessage> parsed = parseServerMessage(frame);
        REQUIRE(parsed.ok());
        CHECK(*parsed == message);
        if (frame.type != PresenceUpdate::Type) {
            CHECK(parseClientMessage(frame).error().code == ErrorCode::UnknownType);
        }
    }

    SECTION("a type nobody knows")
    {
        const ProtocolResult<ClientMessage> parsed = parseClientMessage(Frame{u"ping"_s, RequestId, {}});
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::UnknownType);
    }
    SECTION("a message refused by its own parser keeps its code")
    {
        const ProtocolResult<ClientMessage> parsed =
            parseClientMessage(Frame{u"hello"_s, RequestId, without(passwordHello().toJson(), u"clientName"_s)});
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::MissingField);
        CHECK(parsed.error().field == u"clientName"_s);
    }
    SECTION("fromFrame() of the wrong type refuses instead of misreading")
    {
        const ProtocolResult<Synced> parsed = Synced::fromFrame(Frame{u"changes"_s, RequestId, {{u"cursor"_s, 1}}});
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().field == u"type"_s);
    }
}

TEST_CASE("Fields a peer adds that this build does not know are ignored", "[sync][protocol]")
{
    QJsonObject json = passwordHello().toJson();
    json.insert(u"compression"_s, u"zstd"_s);
    json.insert(u"capabilities"_s, QJsonArray{u"dashboard"_s});
    const ProtocolResult<Hello> hello = Hello::fromFrame(overTheWire(Frame{u"hello"_s, RequestId, json}));
    REQUIRE(hello.ok());
    CHECK(*hello == passwordHello());
}

TEST_CASE("A hello with a bad field is refused, naming the field", "[sync][protocol]")
{
    const QJsonObject good = passwordHello().toJson();
    const QJsonObject token =
        Hello{ProtocolVersion, u"frontline"_s, u"0.1"_s, {}, {}, QString(32, u'a'), std::nullopt, {}, std::nullopt}
            .toJson();
    REQUIRE(Hello::fromFrame(Frame{u"hello"_s, RequestId, token}).ok());

    const auto [name, payload, code, field] = GENERATE_REF(table<const char *, QJsonObject, ErrorCode, QString>({
        {"no version", without(good, u"protocolVersion"_s), ErrorCode::MissingField, u"protocolVersion"_s},
        {"another version", with(good, u"protocolVersion"_s, 2), ErrorCode::UnsupportedVersion, u"protocolVersion"_s},
        {"another version with other fields", QJsonObject{{u"protocolVersion"_s, 2}, {u"auth"_s, QJsonObject()}},
         ErrorCode::UnsupportedVersion, u"protocolVersion"_s},
        {"version as text", with(good, u"protocolVersion"_s, u"1"_s), ErrorCode::WrongType, u"protocolVersion"_s},
        {"version 0", with(good, u"protocolVersion"_s, 0), ErrorCode::InvalidValue, u"protocolVersion"_s},
        {"no client name", without(good, u"clientName"_s), ErrorCode::MissingField, u"clientName"_s},
        {"null client name", with(good, u"clientName"_s, QJsonValue::Null), ErrorCode::MissingField, u"clientName"_s},
        {"client name as number", with(good, u"clientName"_s, 7), ErrorCode::WrongType, u"clientName"_s},
        {"client name too long", with(good, u"clientName"_s, QString(65, u'x')), ErrorCode::TooLong, u"clientName"_s},
        {"blank client version", with(good, u"clientVersion"_s, u"  "_s), ErrorCode::InvalidValue, u"clientVersion"_s},
        {"neither password nor token", without(without(good, u"username"_s), u"password"_s), ErrorCode::MissingField,
         u"username"_s},
        {"username without password", without(good, u"password"_s), ErrorCode::MissingField, u"password"_s},
        {"empty password", with(good, u"password"_s, u""_s), ErrorCode::InvalidValue, u"password"_s},
        {"password too long", with(good, u"password"_s, QString(1025, u'p')), ErrorCode::TooLong, u"password"_s},
        {"username too long", with(good, u"username"_s, QString(65, u'u')), ErrorCode::TooLong, u"username"_s},
        {"username with NUL", with(good, u"username"_s, u"wang\u0000fang"_s), ErrorCode::InvalidValue, u"username"_s},
        {"password and token", with(good, u"sessionToken"_s, QString(32, u'a')), ErrorCode::InvalidValue,
         u"sessionToken"_s},
        {"token too short", with(token, u"sessionToken"_s, u"abc"_s), ErrorCode::InvalidValue, u"sessionToken"_s},
        {"token with a quote", with(token, u"sessionToken"_s, QString(20, u'a') + u"'--"_s), ErrorCode::InvalidValue,
         u"sessionToken"_s},
        {"token too long", with(token, u"sessionToken"_s, QString(513, u'a')), ErrorCode::TooLong, u"sessionToken"_s},
        {"token as array", with(token, u"sessionToken"_s, QJsonArray{u"x"_s}), ErrorCode::WrongType, u"sessionToken"_s},
        {"negative cursor", with(good, u"cursor"_s, -1), ErrorCode::InvalidValue, u"cursor"_s},
        {"fractional cursor", with(good, u"cursor"_s, 1.5), ErrorCode::WrongType, u"cursor"_s},
        {"cursor as text", with(good, u"cursor"_s, u"10"_s), ErrorCode::WrongType, u"cursor"_s},
        {"cursor beyond 2^53", with(good, u"cursor"_s, 1e300), ErrorCode::InvalidValue, u"cursor"_s},
        {"client id not a UUID", with(good, u"clientId"_s, u"not-a-uuid"_s), ErrorCode::InvalidValue, u"clientId"_s},
        {"client id with trailing junk", with(good, u"clientId"_s, QUuid::createUuid().toString() + u"x"_s),
         ErrorCode::InvalidValue, u"clientId"_s},
        {"page window 0", with(good, u"pageWindow"_s, 0), ErrorCode::InvalidValue, u"pageWindow"_s},
        {"page window too large", with(good, u"pageWindow"_s, 1025), ErrorCode::InvalidValue, u"pageWindow"_s},
        {"page window as text", with(good, u"pageWindow"_s, u"8"_s), ErrorCode::WrongType, u"pageWindow"_s},
    }));
    INFO(name);
    checkRefused<Hello>(payload, code, field);
}

TEST_CASE("A welcome or auth_failed with a bad field is refused", "[sync][protocol]")
{
    const World world;
    const QJsonObject good =
        Welcome{ProtocolVersion, QString(32, u'a'), Tests::fixedTime(), world.agent, QUuid::createUuid(), 1}.toJson();
    QJsonObject badAgent = world.agent.toJson();
    badAgent.insert(u"role"_s, u"owner"_s);
    QJsonObject longName = world.agent.toJson();
    longName.insert(u"name"_s, QString(201, u'名'));

    checkRefused<Welcome>(with(good, u"protocolVersion"_s, 2), ErrorCode::UnsupportedVersion, u"protocolVersion"_s);
    checkRefused<Welcome>(without(good, u"agent"_s), ErrorCode::MissingField, u"agent"_s);
    checkRefused<Welcome>(with(good, u"agent"_s, badAgent), ErrorCode::InvalidValue, u"agent.role"_s);
    checkRefused<Welcome>(with(good, u"agent"_s, longName), ErrorCode::TooLong, u"agent.name"_s);
    checkRefused<Welcome>(with(good, u"serverId"_s, u"{}"_s), ErrorCode::InvalidValue, u"serverId"_s);
    checkRefused<Welcome>(with(good, u"tokenExpiresAt"_s, u"tomorrow"_s), ErrorCode::InvalidValue, u"tokenExpiresAt"_s);
    checkRefused<Welcome>(with(good, u"epoch"_s, -1), ErrorCode::InvalidValue, u"epoch"_s);
    checkRefused<Welcome>(with(good, u"mayChangeOthersPresence"_s, u"yes"_s), ErrorCode::WrongType,
                          u"mayChangeOthersPresence"_s);

    const QJsonObject failed = AuthFailed{AuthFailure::RateLimited, {}, 30}.toJson();
    checkRefused<AuthFailed>(with(failed, u"reason"_s, u"bad_luck"_s), ErrorCode::InvalidValue, u"reason"_s);
    checkRefused<AuthFailed>(without(failed, u"reason"_s), ErrorCode::MissingField, u"reason"_s);
    checkRefused<AuthFailed>(with(failed, u"retryAfterSeconds"_s, -5), ErrorCode::InvalidValue, u"retryAfterSeconds"_s);
}

TEST_CASE("A changes page with a bad change is refused, naming the change and field", "[sync][protocol]")
{
    const World world;
    const QJsonObject good = world.page().toJson();
    // Edits change \a index of the page through \a edit.
    const auto editChange = [&good](qsizetype index, const std::function<void(QJsonObject &)> &edit) {
        QJsonArray changes = good.value(u"changes").toArray();
        QJsonObject change = changes.at(index).toObject();
        edit(change);
        changes.replace(index, change);
        return with(good, u"changes"_s, changes);
    };
    const auto editData = [&editChange](qsizetype index, const QString &key, const QJsonValue &value) {
        return editChange(index, [&](QJsonObject &change) {
            change.insert(u"data"_s, with(change.value(u"data").toObject(), key, value));
        });
    };

    SECTION("envelope fields of a change")
    {
        checkRefused<Changes>(editChange(0, [](QJsonObject &c) { c.insert(u"kind"_s, u"invoice"_s); }),
                              ErrorCode::InvalidValue, u"changes[0].kind"_s);
        checkRefused<Changes>(editChange(1, [](QJsonObject &c) { c.insert(u"op"_s, u"merge"_s); }),
                              ErrorCode::InvalidValue, u"changes[1].op"_s);
        checkRefused<Changes>(editChange(2, [](QJsonObject &c) { c.remove(u"seq"_s); }), ErrorCode::MissingField,
                              u"changes[2].seq"_s);
        checkRefused<Changes>(editChange(2, [](QJsonObject &c) { c.insert(u"seq"_s, u"12"_s); }), ErrorCode::WrongType,
                              u"changes[2].seq"_s);
        checkRefused<Changes>(editChange(3, [](QJsonObject &c) { c.insert(u"id"_s, u"1042"_s); }),
                              ErrorCode::InvalidValue, u"changes[3].id"_s);
        checkRefused<Changes>(editChange(3, [](QJsonObject &c) { c.remove(u"data"_s); }), ErrorCode::MissingField,
                              u"changes[3].data"_s);
        checkRefused<Changes>(editChange(3, [](QJsonObject &c) { c.insert(u"data"_s, u"{}"_s); }), ErrorCode::WrongType,
                              u"changes[3].data"_s);
        checkRefused<Changes>(editChange(3, [](QJsonObject &c) { c.insert(u"rev"_s, -1); }), ErrorCode::InvalidValue,
                              u"changes[3].rev"_s);
    }
    SECTION("a change that is not an object")
    {
        QJsonArray changes = good.value(u"changes").toArray();
        changes.replace(4, 42);
        checkRefused<Changes>(with(good, u"changes"_s, changes), ErrorCode::WrongType, u"changes[4]"_s);
    }
    SECTION("the entity is validated with its domain type")
    {
        checkRefused<Changes>(editData(3, u"subject"_s, QString(501, u's')), ErrorCode::TooLong,
                              u"changes[3].data.subject"_s);
        checkRefused<Changes>(editData(3, u"status"_s, u"done"_s), ErrorCode::InvalidValue,
                              u"changes[3].data.status"_s);
        checkRefused<Changes>(editData(3, u"customerId"_s, u"c-1"_s), ErrorCode::InvalidValue,
                              u"changes[3].data.customerId"_s);
        checkRefused<Changes>(editData(4, u"body"_s, QJsonValue::Null), ErrorCode::MissingField,
                              u"changes[4].data.body"_s);
        checkRefused<Changes>(editData(2, u"csat"_s, QJsonArray{QJsonObject{{u"score"_s, 9}}}), ErrorCode::MissingField,
                              u"changes[2].data.csat[0].ticketId"_s);
        checkRefused<Changes>(editData(7, u"score"_s, 0), ErrorCode::InvalidValue, u"changes[7].data.score"_s);
        checkRefused<Changes>(editData(6, u"shortcut"_s, u"/hi"_s), ErrorCode::InvalidValue,
                              u"changes[6].data.shortcut"_s);
    }
    SECTION("the entity must be the one the change names")
    {
        checkRefused<Changes>(editData(3, u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)),
                              ErrorCode::InvalidValue, u"changes[3].data.id"_s);
        checkRefused<Changes>(editData(3, u"rev"_s, 8), ErrorCode::InvalidValue, u"changes[3].data.rev"_s);
        // A customer's data under kind "ticket" is not a ticket.
        checkRefused<Changes>(editChange(2, [](QJsonObject &c) { c.insert(u"kind"_s, u"ticket"_s); }),
                              ErrorCode::MissingField, u"changes[2].data.subject"_s);
    }
    SECTION("seqs go up within the page and the cursor covers them")
    {
        checkRefused<Changes>(editChange(1, [](QJsonObject &c) { c.insert(u"seq"_s, 10); }), ErrorCode::InvalidValue,
                              u"changes[1].seq"_s);
        checkRefused<Changes>(with(good, u"cursor"_s, 18), ErrorCode::InvalidValue, u"cursor"_s);
        checkRefused<Changes>(editChange(0, [](QJsonObject &c) { c.insert(u"seq"_s, 0); }), ErrorCode::InvalidValue,
                              u"changes[0].seq"_s);
    }
    SECTION("page fields")
    {
        checkRefused<Changes>(without(good, u"changes"_s), ErrorCode::MissingField, u"changes"_s);
        checkRefused<Changes>(with(good, u"changes"_s, QJsonObject()), ErrorCode::WrongType, u"changes"_s);
        checkRefused<Changes>(with(good, u"more"_s, 1), ErrorCode::WrongType, u"more"_s);
        checkRefused<Changes>(without(good, u"estimatedTotal"_s), ErrorCode::MissingField, u"estimatedTotal"_s);
        checkRefused<Synced>(QJsonObject{{u"cursor"_s, -3}}, ErrorCode::InvalidValue, u"cursor"_s);
        checkRefused<Synced>(QJsonObject{}, ErrorCode::MissingField, u"cursor"_s);
        checkRefused<ChangesReceived>(QJsonObject{{u"cursor"_s, -1}}, ErrorCode::InvalidValue, u"cursor"_s);
        checkRefused<ChangesReceived>(QJsonObject{{u"cursor"_s, u"7"_s}}, ErrorCode::WrongType, u"cursor"_s);
    }
    SECTION("more changes than a page may hold")
    {
        QJsonArray changes;
        for (int i = 1; i <= Changes::MaxChanges + 1; ++i) {
            changes.append(Change::remove(i, EntityKind::Message, QUuid::createUuid(), 0).toJson());
        }
        const QJsonObject full = with(good, u"cursor"_s, Changes::MaxChanges + 1);
        checkRefused<Changes>(with(full, u"changes"_s, changes), ErrorCode::TooLong, u"changes"_s);
        changes.removeLast();
        CHECK(Changes::fromFrame(Frame{u"changes"_s, RequestId, with(full, u"changes"_s, changes)}).ok());
    }
    SECTION("a delete needs no data")
    {
        const Changes page =
            roundTrip(Changes{{Change::remove(5, EntityKind::Customer, world.customer.id, 6)}, 5, false, 1});
        CHECK(page.changes.at(0).op == ChangeOp::Delete);
        CHECK(page.changes.at(0).id == world.customer.id);
    }
}

TEST_CASE("A mutate frame with a bad field is refused, naming the field", "[sync][protocol]")
{
    const QUuid ticketId = QUuid::createUuid();
    const QJsonObject good =
        Mutate{QUuid::createUuid(), 3, AddReply{ticketId, QUuid::createUuid(), u"您好"_s, {}}}.toJson();
    const QJsonObject payload = good.value(u"payload").toObject();

    checkRefused<Mutate>(without(good, u"mutationId"_s), ErrorCode::MissingField, u"mutationId"_s);
    checkRefused<Mutate>(with(good, u"mutationId"_s, u"m-1"_s), ErrorCode::InvalidValue, u"mutationId"_s);
    checkRefused<Mutate>(with(good, u"kind"_s, u"delete_ticket"_s), ErrorCode::InvalidValue, u"kind"_s);
    checkRefused<Mutate>(with(good, u"kind"_s, u"CLAIM_TICKET"_s), ErrorCode::InvalidValue, u"kind"_s);
    checkRefused<Mutate>(with(good, u"kind"_s, 3), ErrorCode::WrongType, u"kind"_s);
    checkRefused<Mutate>(with(good, u"baseRev"_s, u"7"_s), ErrorCode::WrongType, u"baseRev"_s);
    checkRefused<Mutate>(without(good, u"payload"_s), ErrorCode::MissingField, u"payload"_s);
    checkRefused<Mutate>(with(good, u"payload"_s, QJsonArray()), ErrorCode::WrongType, u"payload"_s);
    checkRefused<Mutate>(with(good, u"payload"_s, without(payload, u"body"_s)), ErrorCode::MissingField,
                         u"payload.body"_s);
    checkRefused<Mutate>(with(good, u"payload"_s, with(payload, u"body"_s, QString(100'001, u'长'))),
                         ErrorCode::TooLong, u"payload.body"_s);
    checkRefused<Mutate>(with(good, u"payload"_s, with(payload, u"ticketId"_s, 1042)), ErrorCode::WrongType,
                         u"payload.ticketId"_s);
    // The kind decides how the payload is read: a reply's payload is not a status change.
    checkRefused<Mutate>(with(good, u"kind"_s, u"set_status"_s), ErrorCode::MissingField, u"payload.status"_s);
}

TEST_CASE("An ack with a bad field is refused; an unknown reject reason is taken", "[sync][protocol]")
{
    const World world;
    const QJsonObject good = Ack{QUuid::createUuid(), AckResult::Rejected,  RejectReason::Conflict,
                                 u"status changed"_s, Entity(world.ticket), std::nullopt}
                                 .toJson();
    QJsonObject badCurrent = good.value(u"current").toObject();
    badCurrent.insert(u"kind"_s, u"invoice"_s);
    QJsonObject badRow = good.value(u"current").toObject();
    badRow.insert(u"data"_s, with(badRow.value(u"data").toObject(), u"priority"_s, u"whenever"_s));

    checkRefused<Ack>(with(good, u"result"_s, u"maybe"_s), ErrorCode::InvalidValue, u"result"_s);
    checkRefused<Ack>(without(good, u"reason"_s), ErrorCode::MissingField, u"reason"_s);
    checkRefused<Ack>(with(good, u"reason"_s, u"Not Found!"_s), ErrorCode::InvalidValue, u"reason"_s);
    checkRefused<Ack>(with(good, u"reason"_s, QString(65, u'x')), ErrorCode::TooLong, u"reason"_s);
    checkRefused<Ack>(with(good, u"message"_s, QString(2001, u'm')), ErrorCode::TooLong, u"message"_s);
    checkRefused<Ack>(with(good, u"current"_s, u"ticket"_s), ErrorCode::WrongType, u"current"_s);
    checkRefused<Ack>(with(good, u"current"_s, badCurrent), ErrorCode::InvalidValue, u"current.kind"_s);
    checkRefused<Ack>(with(good, u"current"_s, badRow), ErrorCode::InvalidValue, u"current.data.priority"_s);
    checkRefused<Ack>(with(good, u"seq"_s, 0), ErrorCode::InvalidValue, u"seq"_s);

    // A newer server may give reasons this build does not know; the rejection must still be taken.
    const ProtocolResult<Ack> newer =
        Ack::fromFrame(overTheWire(Frame{u"ack"_s, RequestId, with(good, u"reason"_s, u"ticket_archived"_s)}));
    REQUIRE(newer.ok());
    CHECK(newer->result == AckResult::Rejected);
    CHECK(newer->reason == RejectReason::Unknown);
    // An applied ack needs no reason.
    CHECK(Ack::fromFrame(Frame{u"ack"_s, RequestId, without(with(good, u"result"_s, u"applied"_s), u"reason"_s)}).ok());
}

TEST_CASE("Fetch, presence, dashboard and error frames with a bad field are refused", "[sync][protocol]")
{
    const World world;
    const QJsonObject fetch = Fetch{FetchWhat::CustomerHistory, world.customer.id, {}, 20}.toJson();
    checkRefused<Fetch>(with(fetch, u"what"_s, u"everything"_s), ErrorCode::InvalidValue, u"what"_s);
    checkRefused<Fetch>(without(fetch, u"entityId"_s), ErrorCode::MissingField, u"entityId"_s);
    checkRefused<Fetch>(with(fetch, u"entityId"_s, u"1 OR 1=1"_s), ErrorCode::InvalidValue, u"entityId"_s);
    checkRefused<Fetch>(with(fetch, u"limit"_s, 0), ErrorCode::InvalidValue, u"limit"_s);
    checkRefused<Fetch>(with(fetch, u"limit"_s, 201), ErrorCode::InvalidValue, u"limit"_s);
    checkRefused<Fetch>(with(fetch, u"before"_s, QString(257, u'b')), ErrorCode::TooLong, u"before"_s);

    const QJsonObject result = FetchResult{
        FetchWhat::CustomerHistory,
        world.customer.id,
        FetchStatus::Ok,
        {Entity(world.ticket), Entity(world.message)},
        false,
        {}}.toJson();
    QJsonArray items = result.value(u"items").toArray();
    QJsonObject message = items.at(1).toObject();
    message.insert(u"data"_s, with(message.value(u"data").toObject(), u"visibility"_s, u"secret"_s));
    items.replace(1, message);
    checkRefused<FetchResult>(with(result, u"items"_s, items), ErrorCode::InvalidValue, u"items[1].data.visibility"_s);
    checkRefused<FetchResult>(with(result, u"status"_s, u"maybe"_s), ErrorCode::InvalidValue, u"status"_s);
    checkRefused<FetchResult>(without(result, u"more"_s), ErrorCode::MissingField, u"more"_s);

    checkRefused<PresenceUpdate>(QJsonObject{{u"presence"_s, u"sleeping"_s}}, ErrorCode::InvalidValue, u"presence"_s);
    checkRefused<PresenceUpdate>(QJsonObject{{u"presence"_s, u"online"_s}, {u"viewingTicketId"_s, 5}},
                                 ErrorCode::WrongType, u"viewingTicketId"_s);

    checkRefused<DashboardSubscribe>(QJsonObject{{u"queueIds"_s, QJsonArray{u"billing"_s}}}, ErrorCode::InvalidValue,
                                     u"queueIds"_s);
    checkRefused<DashboardSubscribe>(QJsonObject{{u"queueIds"_s, u"all"_s}}, ErrorCode::WrongType, u"queueIds"_s);
    QJsonArray tooMany;
    for (int i = 0; i <= Models::Agent::MaxQueues; ++i) {
        tooMany.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    checkRefused<DashboardUnsubscribe>(QJsonObject{{u"queueIds"_s, tooMany}}, ErrorCode::TooLong, u"queueIds"_s);
    CHECK(DashboardSubscribe::fromFrame(Frame{u"dashboard.subscribe"_s, RequestId, {}})->queueIds.isEmpty());

    checkRefused<ErrorMessage>(QJsonObject{{u"code"_s, u"Bad Code"_s}}, ErrorCode::InvalidValue, u"code"_s);
    checkRefused<ErrorMessage>(QJsonObject{{u"message"_s, u"no code"_s}}, ErrorCode::MissingField, u"code"_s);
}

TEST_CASE("A dashboard subscription's time zone is spelled like one; an unknown one is the server's to refuse",
          "[sync][protocol][dashboard]")
{
    const World world;
    const QJsonObject subscribe = DashboardSubscribe{{world.queue.id}, u"Asia/Shanghai"_s}.toJson();
    for (const QString &zone :
         {u"America/Argentina/Buenos_Aires"_s, u"Etc/GMT+8"_s, u"UTC+08:00"_s, u"UTC"_s, u"Mars/Olympus_Mons"_s}) {
        INFO(zone.toStdString());
        const auto parsed = DashboardSubscribe::fromFrame(
            overTheWire(Frame{DashboardSubscribe::Type.toString(), RequestId, with(subscribe, u"timeZoneId"_s, zone)}));
        REQUIRE(parsed.ok());
        CHECK(parsed->timeZoneId == zone);  // well spelled; whether it exists is not the frame's business
    }
    CHECK(DashboardSubscribe::fromFrame(
              Frame{DashboardSubscribe::Type.toString(), RequestId, with(subscribe, u"timeZoneId"_s, QJsonValue::Null)})
              ->timeZoneId.isEmpty());
    for (const QString &zone : {QString(), u" "_s, u"Asia/Shang hai"_s, u"Asia/Shanghai;DROP"_s, u"亚洲/上海"_s,
                                u"../../etc/passwd"_s, u"/etc/localtime"_s, u"Asia//Shanghai"_s, u"Asia/"_s}) {
        INFO(zone.toStdString());
        checkRefused<DashboardSubscribe>(with(subscribe, u"timeZoneId"_s, zone), ErrorCode::InvalidValue,
                                         u"timeZoneId"_s);
    }
    checkRefused<DashboardSubscribe>(with(subscribe, u"timeZoneId"_s, QString(65, u'A')), ErrorCode::TooLong,
                                     u"timeZoneId"_s);
    checkRefused<DashboardSubscribe>(with(subscribe, u"timeZoneId"_s, 8), ErrorCode::WrongType, u"timeZoneId"_s);
}

TEST_CASE("Dashboard figures with a bad field are refused, naming the field inside the snapshot",
          "[sync][protocol][dashboard]")
{
    const World world;
    const QJsonObject good = DashboardMetrics{42, u"Asia/Shanghai"_s, sampleSnapshot(world)}.toJson();
    const QJsonObject snapshot = good.value(u"snapshot").toObject();
    const auto withSnapshot = [&](const QJsonObject &changed) {
        return with(good, u"snapshot"_s, changed);
    };
    const auto withQueue = [&](const QString &key, const QJsonValue &value) {
        QJsonArray queues = snapshot.value(u"queues").toArray();
        queues.replace(0, with(queues.at(0).toObject(), key, value));
        return withSnapshot(with(snapshot, u"queues"_s, queues));
    };

    checkRefused<DashboardMetrics>(without(good, u"snapshot"_s), ErrorCode::MissingField, u"snapshot"_s);
    checkRefused<DashboardMetrics>(with(good, u"snapshot"_s, u"{}"_s), ErrorCode::WrongType, u"snapshot"_s);
    checkRefused<DashboardMetrics>(without(good, u"cursor"_s), ErrorCode::MissingField, u"cursor"_s);
    checkRefused<DashboardMetrics>(with(good, u"cursor"_s, -1), ErrorCode::InvalidValue, u"cursor"_s);
    checkRefused<DashboardMetrics>(without(good, u"timeZoneId"_s), ErrorCode::MissingField, u"timeZoneId"_s);
    checkRefused<DashboardMetrics>(with(good, u"timeZoneId"_s, u"Asia/Shang hai"_s), ErrorCode::InvalidValue,
                                   u"timeZoneId"_s);
    checkRefused<DashboardMetrics>(withQueue(u"waiting"_s, -1), ErrorCode::InvalidValue,
                                   u"snapshot.queues[0].waiting"_s);
    checkRefused<DashboardMetrics>(withQueue(u"waiting"_s, 8), ErrorCode::InvalidValue,
                                   u"snapshot.queues[0].waiting"_s);  // more waiting than open
    checkRefused<DashboardMetrics>(withQueue(u"queue_id"_s, u"billing"_s), ErrorCode::InvalidValue,
                                   u"snapshot.queues[0].queue_id"_s);
    checkRefused<DashboardMetrics>(withQueue(u"name"_s, QJsonValue::Null), ErrorCode::MissingField,
                                   u"snapshot.queues[0].name"_s);
    checkRefused<DashboardMetrics>(withSnapshot(with(snapshot, u"day_end"_s, snapshot.value(u"day_start"))),
                                   ErrorCode::InvalidValue, u"snapshot.day_end"_s);
    // A day an hour longer than the hourly series.
    const qint64 dayEnd = static_cast<qint64>(snapshot.value(u"day_end").toDouble());
    checkRefused<DashboardMetrics>(withSnapshot(with(snapshot, u"day_end"_s, dayEnd + Models::DayWindow::HourMs)),
                                   ErrorCode::InvalidValue, u"snapshot.hourly"_s);

    // Fields a newer server adds are ignored, at the top and inside the snapshot.
    const auto newer = DashboardMetrics::fromFrame(overTheWire(
        Frame{DashboardMetrics::Type.toString(), RequestId,
              with(withSnapshot(with(snapshot, u"forecast"_s, QJsonArray{1, 2})), u"shift"_s, u"early"_s)}));
    REQUIRE(newer.ok());
    CHECK(newer->snapshot == sampleSnapshot(world));
}

TEST_CASE("A refused message becomes an error frame the peer can read", "[sync][protocol]")
{
    const ProtocolError error = refusal<Hello>(with(passwordHello().toJson(), u"cursor"_s, -1));
    const Frame frame = makeError(error);
    CHECK(frame.id == RequestId);

    const ProtocolResult<ServerMessage> parsed = parseServerMessage(overTheWire(frame));
    REQUIRE(parsed.ok());
    const auto &received = std::get<ErrorMessage>(*parsed);
    CHECK(received.knownCode() == ErrorCode::InvalidValue);
    CHECK(received.field == u"cursor"_s);
    CHECK(received.message.contains(u"cursor"));
}

TEST_CASE("SQL metacharacters and 10,000-character Chinese text in messages survive unchanged", "[sync][protocol]")
{
    const QString sql = u"'; DROP TABLE tickets; -- \" OR 1=1 /* */ %_ \\"_s;
    const QString chinese(10'000, u'汉');
    World world;
    world.customer.notes = chinese;
    world.customer.name = sql;
    world.message.body = sql + chinese;
    world.ticket.subject = sql;

    const Changes page{
        {Change::upsert(1, world.customer), Change::upsert(2, world.message), Change::upsert(3, world.ticket)},
        3,
        false,
        3};
    const Changes copy = roundTrip(page);
    CHECK(copy == page);
    CHECK(std::get<Models::Customer>(*copy.changes.at(0).data).notes == chinese);
    CHECK(std::get<Models::Customer>(*copy.changes.at(0).data).name == sql);
    CHECK(std::get<Models::Message>(*copy.changes.at(1).data).body == sql + chinese);

    Hello hello = passwordHello();
    hello.password = sql;
    hello.username = u"王芳'--"_s;
    CHECK(roundTrip(hello) == hello);

    const Ack ack{QUuid::createUuid(), AckResult::Rejected, RejectReason::Invalid, sql, std::nullopt, std::nullopt};
    CHECK(roundTrip(ack).message == sql);
}

TEST_CASE("Protocol enums have stable snake_case wire names", "[sync][protocol]")
{
    CHECK(toString(EntityKind::Ticket) == u"ticket"_s);
    CHECK(toString(EntityKind::CannedReply) == u"canned_reply"_s);
    CHECK(toString(EntityKind::Csat) == u"csat"_s);
    CHECK(toString(ChangeOp::Upsert) == u"upsert"_s);
    CHECK(toString(ChangeOp::Delete) == u"delete"_s);
    CHECK(toString(AckResult::Applied) == u"applied"_s);
    CHECK(toString(AckResult::Duplicate) == u"duplicate"_s);
    CHECK(toString(AckResult::Rejected) == u"rejected"_s);
    CHECK(toString(AuthFailure::InvalidCredentials) == u"invalid_credentials"_s);
    CHECK(toString(AuthFailure::NotAuthenticated) == u"not_authenticated"_s);
    CHECK(toString(FetchWhat::CustomerHistory) == u"customer_history"_s);
    CHECK(toString(FetchWhat::ArticleBody) == u"article_body"_s);
    CHECK(toString(FetchStatus::NotFound) == u"not_found"_s);
    for (int i = 0; i <= static_cast<int>(EntityKind::Csat); ++i) {
        const auto kind = static_cast<EntityKind>(i);
        CHECK(Models::enumFromString<EntityKind>(toString(kind)) == kind);
    }
    CHECK_FALSE(Models::enumFromString<EntityKind>(u"Ticket").has_value());
}
