// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/agent.h>
#include <models/article.h>
#include <models/cannedreply.h>
#include <models/customer.h>
#include <models/jsonreader.h>
#include <models/message.h>
#include <models/queue.h>
#include <models/ticket.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using namespace Frontline::Models;
using namespace Qt::StringLiterals;
using Code = Error::Code;

namespace {

// Fixed ids and times keep failures reproducible.
QUuid uuid(uint n)
{
    return QUuid(0x6ba7b810 + n, 0x9dad, 0x11d1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8);
}

QDateTime utc(int day, int hour, int minute, int ms)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, 7, ms), Qt::UTC);
}

Customer sampleCustomer()
{
    Customer customer;
    customer.id = uuid(1);
    customer.name = u"王小明 (Wang Xiaoming)"_s;
    customer.email = u"xiaoming.wang@example.com"_s;
    customer.phone = u"+86 138 0013 8000"_s;
    customer.language = u"zh_CN"_s;
    customer.tier = CustomerTier::Gold;
    customer.vip = true;
    customer.tags = {u"billing"_s, u"大客户"_s};
    customer.notes = u"Prefers chat.\nCall only after 18:00 CST."_s;
    customer.lifetimeValueCents = 1'234'567;
    customer.csat = {
        {uuid(100), 5, u"Quick and friendly 👍"_s, utc(20, 10, 5, 1)},
        {uuid(101), 2, QString(), utc(22, 23, 59, 999)},
    };
    customer.rev = 42;
    customer.updatedAt = utc(23, 18, 40, 123);
    return customer;
}

Ticket sampleTicket()
{
    Ticket ticket;
    ticket.id = uuid(2);
    ticket.number = 1042;
    ticket.subject = u"Refund for order #8841 not received"_s;
    ticket.customerId = uuid(1);
    ticket.queueId = uuid(4);
    ticket.channel = Channel::WebForm;
    ticket.status = TicketStatus::OnHold;
    ticket.priority = Priority::Urgent;
    ticket.assigneeId = uuid(5);
    ticket.tags = {u"refund"_s, u"order"_s};
    ticket.createdAt = utc(21, 8, 15, 123);
    ticket.updatedAt = utc(22, 9, 0, 456);
    ticket.firstResponseDue = utc(21, 8, 30, 123);
    ticket.resolutionDue = utc(21, 12, 15, 123);
    ticket.firstRespondedAt = utc(21, 8, 29, 7);
    ticket.rev = 17;
    return ticket;
}

// Created offline: no number yet, nobody assigned, no SLA, no reply.
Ticket pendingTicket()
{
    Ticket ticket = sampleTicket();
    ticket.id = uuid(3);
    ticket.number.reset();
    ticket.status = TicketStatus::New;
    ticket.assigneeId = QUuid();
    ticket.tags.clear();
    ticket.firstResponseDue = QDateTime();
    ticket.resolutionDue = QDateTime();
    ticket.firstRespondedAt = QDateTime();
    ticket.rev = 0;
    return ticket;
}

Message sampleMessage()
{
    Message message;
    message.id = uuid(6);
    message.ticketId = uuid(2);
    message.authorKind = AuthorKind::Customer;
    message.authorId = uuid(1);
    message.authorName = u"王小明"_s;
    message.visibility = MessageVisibility::Public;
    message.body = u"我的退款还没有到账。\nOrder #8841."_s;
    message.createdAt = utc(21, 8, 15, 123);
    return message;
}

Message internalNote()
{
    Message note = sampleMessage();
    note.id = uuid(7);
    note.authorKind = AuthorKind::Agent;
    note.authorId = uuid(5);
    note.authorName = u"陳美玲"_s;
    note.visibility = MessageVisibility::Internal;
    note.body = u"Checked with billing: refund issued on 21 Nov.\nTracking: <none> & waiting"_s;
    note.richBody = u"<p>Checked with <b>billing</b>: refund issued on&nbsp;21&nbsp;Nov.</p>"
                    u"<p>Tracking: &lt;none&gt; &amp; waiting 😀</p>"_s;
    note.createdAt = utc(21, 9, 2, 500);
    return note;
}

Message systemMessage()
{
    Message message = sampleMessage();
    message.id = uuid(8);
    message.authorKind = AuthorKind::System;
    message.authorId = QUuid();
    message.authorName.clear();
    message.body = u"Ticket reassigned to Billing."_s;
    return message;
}

Queue sampleQueue()
{
    Queue queue;
    queue.id = uuid(4);
    queue.name = u"Billing"_s;
    queue.description = u"Refunds, invoices and payment problems"_s;
    queue.memberIds = {uuid(5), uuid(9)};
    queue.sla.target(Priority::Low) = {480, 4320};
    queue.sla.target(Priority::Normal) = {240, 2880};
    queue.sla.target(Priority::High) = {60, 1440};
    queue.sla.target(Priority::Urgent) = {15, 240};
    queue.rev = 7;
    return queue;
}

Agent sampleAgent()
{
    Agent agent;
    agent.id = uuid(5);
    agent.username = u"mchen"_s;
    agent.name = u"陳美玲 (Mei-ling Chen)"_s;
    agent.email = u"mchen@frontline.example"_s;
    agent.role = AgentRole::Lead;
    agent.presence = Presence::Away;
    agent.queueIds = {uuid(4), uuid(10)};
    agent.rev = 3;
    return agent;
}

Article sampleArticle()
{
    Article article;
    article.id = uuid(11);
    article.title = u"How to reset your password"_s;
    article.body = u"# Reset your password\n\n1. Open **Settings**.\n2. Choose *Security*.\n"_s;
    article.category = u"Account"_s;
    article.language = u"en"_s;
    article.tags = {u"password"_s, u"login"_s};
    article.published = false;
    article.updatedAt = utc(19, 14, 0, 250);
    article.rev = 12;
    return article;
}

CannedReply personalReply()
{
    CannedReply reply;
    reply.id = uuid(12);
    reply.title = u"Refund status"_s;
    reply.shortcut = u"refund-status"_s;
    reply.body = u"Hi {{customer.first_name}}, your refund for {{ticket.subject}} is on its way."_s;
    reply.category = u"Billing"_s;
    reply.language = u"en"_s;
    reply.ownerId = uuid(5);
    reply.usageCount = 31;
    reply.updatedAt = utc(18, 11, 11, 11);
    reply.rev = 2;
    return reply;
}

CannedReply teamReply()
{
    CannedReply reply = personalReply();
    reply.id = uuid(13);
    reply.shortcut = u"退款"_s;
    reply.body = u"{{customer.name}}您好，退款已處理。"_s;
    reply.language = u"zh_TW"_s;
    reply.ownerId = QUuid();
    reply.teamQueueId = uuid(4);
    return reply;
}

CannedReply everyoneReply()
{
    CannedReply reply = teamReply();
    reply.id = uuid(14);
    reply.shortcut = u"thanks"_s;
    reply.teamQueueId = QUuid();
    reply.category.clear();
    reply.usageCount = 0;
    return reply;
}

template<typename T>
QList<T> samples();
template<>
QList<Customer> samples<Customer>()
{
    Customer withoutHistory = sampleCustomer();
    withoutHistory.id = uuid(15);
    withoutHistory.csat.clear();
    withoutHistory.tags.clear();
    withoutHistory.email.clear();
    return {sampleCustomer(), withoutHistory};
}
template<>
QList<Ticket> samples<Ticket>()
{
    return {sampleTicket(), pendingTicket()};
}
template<>
QList<Message> samples<Message>()
{
    return {sampleMessage(), internalNote(), systemMessage()};
}
template<>
QList<Queue> samples<Queue>()
{
    Queue empty;
    empty.id = uuid(16);
    empty.name = u"Triage"_s;
    return {sampleQueue(), empty};
}
template<>
QList<Agent> samples<Agent>()
{
    return {sampleAgent()};
}
template<>
QList<Article> samples<Article>()
{
    return {sampleArticle()};
}
template<>
QList<CannedReply> samples<CannedReply>()
{
    return {personalReply(), teamReply(), everyoneReply()};
}

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

template<typename T>
std::string describe(const Result<T> &result)
{
    return result.ok() ? std::string("ok") : describe(result.error());
}

// The way objects really travel: written out as UTF-8 bytes and parsed back.
template<typename T>
Result<T> throughBytes(const QJsonObject &json)
{
    const Result<QJsonObject> parsed = parseJsonObject(QJsonDocument(json).toJson(QJsonDocument::Compact));
    INFO(describe(parsed));
    REQUIRE(parsed.ok());
    return T::fromJson(*parsed);
}

std::string codeName(Code code)
{
    switch (code) {
    case Code::InvalidJson:
        return "InvalidJson";
    case Code::MissingField:
        return "MissingField";
    case Code::WrongType:
        return "WrongType";
    case Code::InvalidValue:
        return "InvalidValue";
    case Code::TooLong:
        return "TooLong";
    default:
        return "code " + std::to_string(static_cast<int>(code));
    }
}

// One broken field: the sample's JSON with key set to value must fail with code, naming field.
struct Rejection
{
    const char *what;
    QString key;
    QJsonValue value;  // Undefined: the key is removed
    Code code;
    QString field;
};

const QJsonValue Missing(QJsonValue::Undefined);
const QJsonValue Null(QJsonValue::Null);
const QString BadUuid = u"6ba7b810-9dad-11d1-80b4-00c04fd430cg"_s;
const QString LoneSurrogate = u"Refund "_s + QChar(char16_t(0xD800));

QString repeated(qsizetype length)
{
    return QString(length, u'x');
}

QJsonArray repeatedTags(qsizetype count)
{
    QJsonArray tags;
    for (qsizetype i = 0; i < count; ++i) {
        tags.append(u"tag%1"_s.arg(i));
    }
    return tags;
}

template<typename T>
void checkRejected(const T &sample, const Rejection &rejection)
{
    INFO(rejection.what);
    QJsonObject json = sample.toJson();
    json.insert(rejection.key, rejection.value);  // inserting Undefined removes the key
    const Result<T> result = T::fromJson(json);
    REQUIRE_FALSE(result.ok());
    INFO(describe(result));
    CHECK(codeName(result.error().code) == codeName(rejection.code));
    CHECK(result.error().field.toStdString() == rejection.field.toStdString());
    CHECK(result.error().message.startsWith(rejection.field + u':'));
}

QJsonArray ratingsWith(QStringView key, const QJsonValue &value)
{
    QJsonArray ratings = sampleCustomer().toJson().value(u"csat").toArray();
    QJsonObject last = ratings.last().toObject();
    last.insert(key, value);
    ratings.replace(ratings.size() - 1, last);
    return ratings;
}

// An empty key replaces the whole target of that priority.
QJsonObject slaWith(QStringView priority, QStringView key, const QJsonValue &value)
{
    QJsonObject sla = sampleQueue().sla.toJson();
    if (key.isEmpty()) {
        sla.insert(priority, value);
        return sla;
    }
    QJsonObject target = sla.value(priority).toObject();
    target.insert(key, value);
    sla.insert(priority, target);
    return sla;
}

}  // namespace

TEMPLATE_TEST_CASE("A domain object survives a round trip through JSON bytes unchanged", "[models][json]", Customer,
                   Ticket, Message, Queue, Agent, Article, CannedReply)
{
    const QList<TestType> all = samples<TestType>();
    for (qsizetype i = 0; i < all.size(); ++i) {
        INFO("sample " << i);
        const Result<TestType> copy = throughBytes<TestType>(all.at(i).toJson());
        INFO(describe(copy));
        REQUIRE(copy.ok());
        CHECK(*copy == all.at(i));
        CHECK(copy->toJson() == all.at(i).toJson());
    }
}

TEST_CASE("JSON uses camelCase keys, brace-less UUIDs, wire enum names and UTC millisecond times", "[models][json]")
{
    const QJsonObject ticket = sampleTicket().toJson();
    CHECK(ticket.value(u"customerId").toString() == u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s);
    CHECK(ticket.value(u"channel").toString() == u"web_form"_s);
    CHECK(ticket.value(u"status").toString() == u"on_hold"_s);
    CHECK(ticket.value(u"createdAt").toString() == u"2026-11-21T08:15:07.123Z"_s);
    CHECK(ticket.value(u"firstResponseDue").toString() == u"2026-11-21T08:30:07.123Z"_s);
    CHECK(ticket.value(u"number").toInteger() == 1042);

    const QJsonObject customer = sampleCustomer().toJson();
    CHECK(customer.value(u"lifetimeValueCents").toInteger() == 1'234'567);
    CHECK(customer.value(u"csat")[0][u"score"].toInteger() == 5);

    const QJsonObject reply = teamReply().toJson();
    CHECK(reply.value(u"teamQueueId").toString() == u"6ba7b814-9dad-11d1-80b4-00c04fd430c8"_s);
    CHECK(reply.value(u"usageCount").toInteger() == 31);
}

TEST_CASE("A pending, unassigned ticket is written with null number, assignee and times", "[models][json]")
{
    const QJsonObject json = pendingTicket().toJson();
    for (const QStringView key :
         {u"number", u"assigneeId", u"firstResponseDue", u"resolutionDue", u"firstRespondedAt"}) {
        INFO(key.toString().toStdString());
        CHECK(json.contains(key));
        CHECK(json.value(key).isNull());
    }
    const Result<Ticket> ticket = Ticket::fromJson(json);
    REQUIRE(ticket.ok());
    CHECK_FALSE(ticket->number.has_value());
    CHECK(ticket->assigneeId.isNull());
    CHECK_FALSE(ticket->firstRespondedAt.isValid());
}

TEST_CASE("Optional fields may be left out of the JSON altogether", "[models][json]")
{
    SECTION("ticket")
    {
        QJsonObject json = pendingTicket().toJson();
        for (const QStringView key :
             {u"number", u"assigneeId", u"firstResponseDue", u"resolutionDue", u"firstRespondedAt"}) {
            json.remove(key);
        }
        const Result<Ticket> ticket = Ticket::fromJson(json);
        INFO(describe(ticket));
        REQUIRE(ticket.ok());
        CHECK(*ticket == pendingTicket());
    }
    SECTION("customer")
    {
        QJsonObject json = sampleCustomer().toJson();
        json.remove(u"email");
        json.remove(u"phone");
        json.remove(u"notes");
        const Result<Customer> customer = Customer::fromJson(json);
        INFO(describe(customer));
        REQUIRE(customer.ok());
        CHECK(customer->email.isEmpty());
        CHECK(customer->phone.isEmpty());
    }
    SECTION("system message")
    {
        QJsonObject json = systemMessage().toJson();
        json.remove(u"authorId");
        json.remove(u"authorName");
        json.remove(u"richBody");
        const Result<Message> message = Message::fromJson(json);
        INFO(describe(message));
        REQUIRE(message.ok());
        CHECK(*message == systemMessage());
    }
    SECTION("shared canned reply")
    {
        QJsonObject json = everyoneReply().toJson();
        json.remove(u"ownerId");
        json.remove(u"teamQueueId");
        json.remove(u"category");
        const Result<CannedReply> reply = CannedReply::fromJson(json);
        INFO(describe(reply));
        REQUIRE(reply.ok());
        CHECK_FALSE(reply->isPersonal());
        CHECK(*reply == everyoneReply());
    }
}

TEST_CASE("A queue's SLA is an object keyed by priority name", "[models][json]")
{
    const QJsonObject sla = sampleQueue().toJson().value(u"sla").toObject();
    CHECK(sla.keys() == QStringList{u"high"_s, u"low"_s, u"normal"_s, u"urgent"_s});
    CHECK(sla.value(u"urgent")[u"firstResponseMinutes"].toInteger() == 15);
    CHECK(sla.value(u"low")[u"resolutionMinutes"].toInteger() == 4320);

    const Result<SlaPolicy> policy = SlaPolicy::fromJson(sla);
    REQUIRE(policy.ok());
    CHECK(*policy == sampleQueue().sla);

    QJsonObject withoutUrgent = sla;
    withoutUrgent.remove(u"urgent");
    const Result<SlaPolicy> incomplete = SlaPolicy::fromJson(withoutUrgent);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().code == Code::MissingField);
    CHECK(incomplete.error().field == u"sla.urgent"_s);
}

TEST_CASE("A customer with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing name", u"name"_s, Missing, Code::MissingField, u"customer.name"_s},
        {"null name", u"name"_s, Null, Code::MissingField, u"customer.name"_s},
        {"missing updatedAt", u"updatedAt"_s, Missing, Code::MissingField, u"customer.updatedAt"_s},
        {"name not a string", u"name"_s, 42, Code::WrongType, u"customer.name"_s},
        {"vip as a string", u"vip"_s, u"yes"_s, Code::WrongType, u"customer.vip"_s},
        {"tags as a string", u"tags"_s, u"billing"_s, Code::WrongType, u"customer.tags"_s},
        {"tag not a string", u"tags"_s, QJsonArray{1}, Code::WrongType, u"customer.tags"_s},
        {"csat as an object", u"csat"_s, QJsonObject(), Code::WrongType, u"customer.csat"_s},
        {"unknown tier", u"tier"_s, u"diamond"_s, Code::InvalidValue, u"customer.tier"_s},
        {"name too long", u"name"_s, repeated(Customer::MaxNameLength + 1), Code::TooLong, u"customer.name"_s},
        {"notes too long", u"notes"_s, repeated(Customer::MaxNotesLength + 1), Code::TooLong, u"customer.notes"_s},
        {"tag too long", u"tags"_s, QJsonArray{repeated(Customer::MaxTagLength + 1)}, Code::TooLong,
         u"customer.tags"_s},
        {"too many tags", u"tags"_s, repeatedTags(Customer::MaxTags + 1), Code::TooLong, u"customer.tags"_s},
        {"malformed id", u"id"_s, BadUuid, Code::InvalidValue, u"customer.id"_s},
        {"time without zone", u"updatedAt"_s, u"2026-11-23T18:40:00.000"_s, Code::InvalidValue,
         u"customer.updatedAt"_s},
        {"name with NUL", u"name"_s, u"Wang\0Xiaoming"_s, Code::InvalidValue, u"customer.name"_s},
        {"notes with lone surrogate", u"notes"_s, LoneSurrogate, Code::InvalidValue, u"customer.notes"_s},
        {"blank name", u"name"_s, u" \t\n"_s, Code::InvalidValue, u"customer.name"_s},
        {"language name", u"language"_s, u"Chinese"_s, Code::InvalidValue, u"customer.language"_s},
        {"negative lifetime value", u"lifetimeValueCents"_s, -1, Code::InvalidValue, u"customer.lifetimeValueCents"_s},
        {"fractional cents", u"lifetimeValueCents"_s, 99.5, Code::WrongType, u"customer.lifetimeValueCents"_s},
        {"negative rev", u"rev"_s, -1, Code::InvalidValue, u"customer.rev"_s},
        {"csat score 6", u"csat"_s, ratingsWith(u"score", 6), Code::InvalidValue, u"customer.csat[1].score"_s},
        {"csat score 0", u"csat"_s, ratingsWith(u"score", 0), Code::InvalidValue, u"customer.csat[1].score"_s},
        {"csat score 4.5", u"csat"_s, ratingsWith(u"score", 4.5), Code::WrongType, u"customer.csat[1].score"_s},
        {"csat comment too long", u"csat"_s, ratingsWith(u"comment", repeated(2001)), Code::TooLong,
         u"customer.csat[1].comment"_s},
        {"csat without time", u"csat"_s, ratingsWith(u"ratedAt", Missing), Code::MissingField,
         u"customer.csat[1].ratedAt"_s},
        {"csat with bad ticket", u"csat"_s, ratingsWith(u"ticketId", u"8841"_s), Code::InvalidValue,
         u"customer.csat[1].ticketId"_s},
        {"csat entry not an object", u"csat"_s, QJsonArray{5}, Code::WrongType, u"customer.csat[0]"_s},
    }));
    checkRejected(sampleCustomer(), rejection);
}

TEST_CASE("A ticket with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing subject", u"subject"_s, Missing, Code::MissingField, u"ticket.subject"_s},
        {"null customer", u"customerId"_s, Null, Code::MissingField, u"ticket.customerId"_s},
        {"missing createdAt", u"createdAt"_s, Missing, Code::MissingField, u"ticket.createdAt"_s},
        {"number as a string", u"number"_s, u"1042"_s, Code::WrongType, u"ticket.number"_s},
        {"priority as a number", u"priority"_s, 3, Code::WrongType, u"ticket.priority"_s},
        {"due time as a number", u"firstResponseDue"_s, 1763716207, Code::WrongType, u"ticket.firstResponseDue"_s},
        {"unknown status", u"status"_s, u"on-hold"_s, Code::InvalidValue, u"ticket.status"_s},
        {"unknown channel", u"channel"_s, u"fax"_s, Code::InvalidValue, u"ticket.channel"_s},
        {"subject too long", u"subject"_s, repeated(Ticket::MaxSubjectLength + 1), Code::TooLong, u"ticket.subject"_s},
        {"too many tags", u"tags"_s, repeatedTags(Ticket::MaxTags + 1), Code::TooLong, u"ticket.tags"_s},
        {"malformed id", u"id"_s, u"not-a-uuid"_s, Code::InvalidValue, u"ticket.id"_s},
        {"id with trailing junk", u"id"_s, u"6ba7b812-9dad-11d1-80b4-00c04fd430c8xy"_s, Code::InvalidValue,
         u"ticket.id"_s},
        {"malformed assignee", u"assigneeId"_s, BadUuid, Code::InvalidValue, u"ticket.assigneeId"_s},
        {"nil queue", u"queueId"_s, u"00000000-0000-0000-0000-000000000000"_s, Code::InvalidValue, u"ticket.queueId"_s},
        {"date that does not exist", u"createdAt"_s, u"2026-02-30T10:00:00.000Z"_s, Code::InvalidValue,
         u"ticket.createdAt"_s},
        {"time with an offset", u"updatedAt"_s, u"2026-11-21T09:15:07.123+01:00"_s, Code::InvalidValue,
         u"ticket.updatedAt"_s},
        {"subject with NUL", u"subject"_s, u"Refund\0"_s, Code::InvalidValue, u"ticket.subject"_s},
        {"subject with lone surrogate", u"subject"_s, LoneSurrogate, Code::InvalidValue, u"ticket.subject"_s},
        {"blank subject", u"subject"_s, u"   "_s, Code::InvalidValue, u"ticket.subject"_s},
        {"number 0", u"number"_s, 0, Code::InvalidValue, u"ticket.number"_s},
        {"number beyond 2^53", u"number"_s, 9007199254740994.0, Code::InvalidValue, u"ticket.number"_s},
        {"number 1e300", u"number"_s, 1e300, Code::InvalidValue, u"ticket.number"_s},
        {"fractional number", u"number"_s, 1042.5, Code::WrongType, u"ticket.number"_s},
        {"negative rev", u"rev"_s, -1, Code::InvalidValue, u"ticket.rev"_s},
        {"fractional rev", u"rev"_s, 0.25, Code::WrongType, u"ticket.rev"_s},
    }));
    checkRejected(sampleTicket(), rejection);
}

TEST_CASE("A message with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing body", u"body"_s, Missing, Code::MissingField, u"message.body"_s},
        {"missing ticket", u"ticketId"_s, Missing, Code::MissingField, u"message.ticketId"_s},
        {"null visibility", u"visibility"_s, Null, Code::MissingField, u"message.visibility"_s},
        {"rich body as an object", u"richBody"_s, QJsonObject(), Code::WrongType, u"message.richBody"_s},
        {"author kind as a bool", u"authorKind"_s, true, Code::WrongType, u"message.authorKind"_s},
        {"unknown author kind", u"authorKind"_s, u"robot"_s, Code::InvalidValue, u"message.authorKind"_s},
        {"unknown visibility", u"visibility"_s, u"private"_s, Code::InvalidValue, u"message.visibility"_s},
        {"body too long", u"body"_s, repeated(Message::MaxBodyLength + 1), Code::TooLong, u"message.body"_s},
        {"author name too long", u"authorName"_s, repeated(Message::MaxAuthorNameLength + 1), Code::TooLong,
         u"message.authorName"_s},
        {"malformed author", u"authorId"_s, u"{6ba7b811-9dad-11d1-80b4}"_s, Code::InvalidValue, u"message.authorId"_s},
        {"time without milliseconds or zone", u"createdAt"_s, u"21/11/2026 08:15"_s, Code::InvalidValue,
         u"message.createdAt"_s},
        {"body with NUL", u"body"_s, u"\0"_s, Code::InvalidValue, u"message.body"_s},
        {"rich body with lone surrogate", u"richBody"_s, LoneSurrogate, Code::InvalidValue, u"message.richBody"_s},
        {"empty body", u"body"_s, u""_s, Code::InvalidValue, u"message.body"_s},
        {"blank body", u"body"_s, u"\n\n"_s, Code::InvalidValue, u"message.body"_s},
    }));
    checkRejected(internalNote(), rejection);
}

TEST_CASE("A queue with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing name", u"name"_s, Missing, Code::MissingField, u"queue.name"_s},
        {"missing sla", u"sla"_s, Missing, Code::MissingField, u"queue.sla"_s},
        {"sla without a priority", u"sla"_s, slaWith(u"high", {}, Missing), Code::MissingField, u"queue.sla.high"_s},
        {"sla target missing", u"sla"_s, slaWith(u"low", u"resolutionMinutes", Missing), Code::MissingField,
         u"queue.sla.low.resolutionMinutes"_s},
        {"sla as an array", u"sla"_s, QJsonArray(), Code::WrongType, u"queue.sla"_s},
        {"sla target as a number", u"sla"_s, slaWith(u"normal", {}, 60), Code::WrongType, u"queue.sla.normal"_s},
        {"members as a string", u"memberIds"_s, u"everyone"_s, Code::WrongType, u"queue.memberIds"_s},
        {"name too long", u"name"_s, repeated(Queue::MaxNameLength + 1), Code::TooLong, u"queue.name"_s},
        {"description too long", u"description"_s, repeated(Queue::MaxDescriptionLength + 1), Code::TooLong,
         u"queue.description"_s},
        {"malformed id", u"id"_s, BadUuid, Code::InvalidValue, u"queue.id"_s},
        {"malformed member", u"memberIds"_s, QJsonArray{u"6ba7b815-9dad-11d1-80b4-00c04fd430c8"_s, BadUuid},
         Code::InvalidValue, u"queue.memberIds"_s},
        {"member as a number", u"memberIds"_s, QJsonArray{5}, Code::InvalidValue, u"queue.memberIds"_s},
        {"name with NUL", u"name"_s, u"Bill\0ing"_s, Code::InvalidValue, u"queue.name"_s},
        {"description with lone surrogate", u"description"_s, LoneSurrogate, Code::InvalidValue,
         u"queue.description"_s},
        {"blank name", u"name"_s, u"\u3000"_s, Code::InvalidValue, u"queue.name"_s},
        {"response target over a year", u"sla"_s, slaWith(u"urgent", u"firstResponseMinutes", 525601),
         Code::InvalidValue, u"queue.sla.urgent.firstResponseMinutes"_s},
        {"negative resolution target", u"sla"_s, slaWith(u"high", u"resolutionMinutes", -15), Code::InvalidValue,
         u"queue.sla.high.resolutionMinutes"_s},
        {"fractional target", u"sla"_s, slaWith(u"low", u"firstResponseMinutes", 7.5), Code::WrongType,
         u"queue.sla.low.firstResponseMinutes"_s},
        {"negative rev", u"rev"_s, -3, Code::InvalidValue, u"queue.rev"_s},
    }));
    checkRejected(sampleQueue(), rejection);
}

TEST_CASE("An agent with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing username", u"username"_s, Missing, Code::MissingField, u"agent.username"_s},
        {"null role", u"role"_s, Null, Code::MissingField, u"agent.role"_s},
        {"queues as an object", u"queueIds"_s, QJsonObject(), Code::WrongType, u"agent.queueIds"_s},
        {"name as an array", u"name"_s, QJsonArray{u"Mei-ling"_s}, Code::WrongType, u"agent.name"_s},
        {"unknown role", u"role"_s, u"owner"_s, Code::InvalidValue, u"agent.role"_s},
        {"unknown presence", u"presence"_s, u"dnd"_s, Code::InvalidValue, u"agent.presence"_s},
        {"username too long", u"username"_s, repeated(Agent::MaxUsernameLength + 1), Code::TooLong,
         u"agent.username"_s},
        {"email too long", u"email"_s, repeated(Agent::MaxEmailLength + 1), Code::TooLong, u"agent.email"_s},
        {"malformed id", u"id"_s, u"6ba7b815-9dad-11d1-80b4"_s, Code::InvalidValue, u"agent.id"_s},
        {"malformed queue", u"queueIds"_s, QJsonArray{BadUuid}, Code::InvalidValue, u"agent.queueIds"_s},
        {"name with NUL", u"name"_s, u"\0"_s, Code::InvalidValue, u"agent.name"_s},
        {"username with lone surrogate", u"username"_s, LoneSurrogate, Code::InvalidValue, u"agent.username"_s},
        {"blank username", u"username"_s, u" "_s, Code::InvalidValue, u"agent.username"_s},
        {"negative rev", u"rev"_s, -1, Code::InvalidValue, u"agent.rev"_s},
        {"fractional rev", u"rev"_s, 1.5, Code::WrongType, u"agent.rev"_s},
    }));
    checkRejected(sampleAgent(), rejection);
}

TEST_CASE("An article with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing title", u"title"_s, Missing, Code::MissingField, u"article.title"_s},
        {"missing body", u"body"_s, Missing, Code::MissingField, u"article.body"_s},
        {"null language", u"language"_s, Null, Code::MissingField, u"article.language"_s},
        {"published as a string", u"published"_s, u"true"_s, Code::WrongType, u"article.published"_s},
        {"body as a number", u"body"_s, 0, Code::WrongType, u"article.body"_s},
        {"unknown language", u"language"_s, u"english"_s, Code::InvalidValue, u"article.language"_s},
        {"title too long", u"title"_s, repeated(Article::MaxTitleLength + 1), Code::TooLong, u"article.title"_s},
        {"body too long", u"body"_s, repeated(Article::MaxBodyLength + 1), Code::TooLong, u"article.body"_s},
        {"too many tags", u"tags"_s, repeatedTags(Article::MaxTags + 1), Code::TooLong, u"article.tags"_s},
        {"malformed id", u"id"_s, u""_s, Code::InvalidValue, u"article.id"_s},
        {"invalid time", u"updatedAt"_s, u"2026-11-19T25:00:00.000Z"_s, Code::InvalidValue, u"article.updatedAt"_s},
        {"body with NUL", u"body"_s, u"# Title\0"_s, Code::InvalidValue, u"article.body"_s},
        {"tag with lone surrogate", u"tags"_s, QJsonArray{LoneSurrogate}, Code::InvalidValue, u"article.tags"_s},
        {"blank title", u"title"_s, u""_s, Code::InvalidValue, u"article.title"_s},
        {"negative rev", u"rev"_s, -1, Code::InvalidValue, u"article.rev"_s},
        {"fractional rev", u"rev"_s, 12.01, Code::WrongType, u"article.rev"_s},
    }));
    checkRejected(sampleArticle(), rejection);
}

TEST_CASE("A canned reply with a bad field is rejected with an error naming the field", "[models][json]")
{
    const Rejection rejection = GENERATE(values<Rejection>({
        {"missing shortcut", u"shortcut"_s, Missing, Code::MissingField, u"cannedReply.shortcut"_s},
        {"missing body", u"body"_s, Missing, Code::MissingField, u"cannedReply.body"_s},
        {"null usage count", u"usageCount"_s, Null, Code::MissingField, u"cannedReply.usageCount"_s},
        {"shortcut as a number", u"shortcut"_s, 7, Code::WrongType, u"cannedReply.shortcut"_s},
        {"owner as a number", u"ownerId"_s, 5, Code::WrongType, u"cannedReply.ownerId"_s},
        {"title too long", u"title"_s, repeated(CannedReply::MaxTitleLength + 1), Code::TooLong,
         u"cannedReply.title"_s},
        {"shortcut too long", u"shortcut"_s, repeated(CannedReply::MaxShortcutLength + 1), Code::TooLong,
         u"cannedReply.shortcut"_s},
        {"body too long", u"body"_s, repeated(CannedReply::MaxBodyLength + 1), Code::TooLong, u"cannedReply.body"_s},
        {"malformed owner", u"ownerId"_s, BadUuid, Code::InvalidValue, u"cannedReply.ownerId"_s},
        {"malformed team", u"teamQueueId"_s, u"billing"_s, Code::InvalidValue, u"cannedReply.teamQueueId"_s},
        {"invalid time", u"updatedAt"_s, u"yesterday"_s, Code::InvalidValue, u"cannedReply.updatedAt"_s},
        {"body with NUL", u"body"_s, u"Hi\0"_s, Code::InvalidValue, u"cannedReply.body"_s},
        {"title with lone surrogate", u"title"_s, LoneSurrogate, Code::InvalidValue, u"cannedReply.title"_s},
        {"blank title", u"title"_s, u"\t"_s, Code::InvalidValue, u"cannedReply.title"_s},
        {"blank body", u"body"_s, u" "_s, Code::InvalidValue, u"cannedReply.body"_s},
        {"empty shortcut", u"shortcut"_s, u""_s, Code::InvalidValue, u"cannedReply.shortcut"_s},
        {"shortcut with # prefix", u"shortcut"_s, u"#refund"_s, Code::InvalidValue, u"cannedReply.shortcut"_s},
        {"shortcut with / prefix", u"shortcut"_s, u"/refund"_s, Code::InvalidValue, u"cannedReply.shortcut"_s},
        {"shortcut with a space", u"shortcut"_s, u"refund status"_s, Code::InvalidValue, u"cannedReply.shortcut"_s},
        {"shortcut with a tab", u"shortcut"_s, u"refund\t"_s, Code::InvalidValue, u"cannedReply.shortcut"_s},
        {"shortcut with an ideographic space", u"shortcut"_s, u"退\u3000款"_s, Code::InvalidValue,
         u"cannedReply.shortcut"_s},
        {"negative usage count", u"usageCount"_s, -1, Code::InvalidValue, u"cannedReply.usageCount"_s},
        {"fractional usage count", u"usageCount"_s, 2.5, Code::WrongType, u"cannedReply.usageCount"_s},
        {"negative rev", u"rev"_s, -1, Code::InvalidValue, u"cannedReply.rev"_s},
    }));
    checkRejected(personalReply(), rejection);
}

TEST_CASE("A shortcut may hold any text but whitespace and a leading # or /", "[models][json]")
{
    const QString shortcut = GENERATE(values<QString>({u"x"_s, u"refund-status"_s, u"a#b"_s, u"a/b"_s, u"退款"_s,
                                                       u"{{name}}"_s, repeated(CannedReply::MaxShortcutLength)}));
    CannedReply reply = personalReply();
    reply.shortcut = shortcut;
    const Result<CannedReply> copy = throughBytes<CannedReply>(reply.toJson());
    INFO(describe(copy));
    REQUIRE(copy.ok());
    CHECK(copy->shortcut == shortcut);
}

TEST_CASE("Escaped NUL characters and lone surrogates in JSON bytes are rejected as invalid text", "[models][json]")
{
    const auto [escaped, accepted] = GENERATE(table<const char *, bool>({
        {R"(x\u0000y)", false},
        {R"(\ud800)", false},
        {R"(refund \udc00 now)", false},
        {R"(\ud800\u0041)", false},
        {R"(\ude00\ud83d)", false},
        {R"(smile \ud83d\ude00)", true},
    }));
    INFO(escaped);
    Ticket ticket = sampleTicket();
    ticket.subject = u"@SUBJECT@"_s;
    QByteArray bytes = QJsonDocument(ticket.toJson()).toJson(QJsonDocument::Compact);
    bytes.replace("@SUBJECT@", escaped);
    const Result<QJsonObject> json = parseJsonObject(bytes);
    REQUIRE(json.ok());
    const Result<Ticket> result = Ticket::fromJson(*json);
    INFO(describe(result));
    REQUIRE(result.ok() == accepted);
    if (accepted) {
        CHECK(result->subject == u"smile 😀"_s);
    } else {
        CHECK(result.error().code == Code::InvalidValue);
        CHECK(result.error().field == u"ticket.subject"_s);
    }
}

TEST_CASE("Numbers in JSON bytes must be whole and in range where an integer is expected", "[models][json]")
{
    const auto [number, expected] = GENERATE(table<const char *, std::optional<Code>>({
        {"0", std::nullopt},
        {"17", std::nullopt},
        {"17.0", std::nullopt},
        {"1.7e1", std::nullopt},
        {"9007199254740992", std::nullopt},
        {"-1", Code::InvalidValue},
        {"9007199254740994", Code::InvalidValue},
        {"1e19", Code::InvalidValue},
        {"-1e300", Code::InvalidValue},
        {"17.5", Code::WrongType},
        {"1e-3", Code::WrongType},
        {"\"17\"", Code::WrongType},
    }));
    INFO(number);
    QByteArray bytes = QJsonDocument(sampleAgent().toJson()).toJson(QJsonDocument::Compact);
    REQUIRE(bytes.contains("\"rev\":3"));
    bytes.replace("\"rev\":3", QByteArray("\"rev\":") + number);
    const Result<QJsonObject> json = parseJsonObject(bytes);
    REQUIRE(json.ok());
    const Result<Agent> agent = Agent::fromJson(*json);
    INFO(describe(agent));
    REQUIRE(agent.ok() == !expected.has_value());
    if (expected) {
        CHECK(codeName(agent.error().code) == codeName(*expected));
        CHECK(agent.error().field == u"agent.rev"_s);
    }
}

TEST_CASE("parseJsonObject reads one UTF-8 JSON object", "[models][json]")
{
    const Result<QJsonObject> json = parseJsonObject("{\"name\":\"\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e\",\"n\":1}");
    INFO(describe(json));
    REQUIRE(json.ok());
    CHECK(json->value(u"name").toString() == u"王小明"_s);
    CHECK(json->value(u"n").toInteger() == 1);
}

TEST_CASE("parseJsonObject rejects bytes that are not valid UTF-8", "[models][json]")
{
    const QByteArray bytes = GENERATE(values<QByteArray>({
        QByteArray("{\"name\":\"\xff\"}"),
        QByteArray("{\"name\":\"\xc0\xaf\"}"),          // overlong "/"
        QByteArray("{\"name\":\"\xed\xa0\x80\"}"),      // an encoded surrogate
        QByteArray("{\"name\":\"\xe7\x8e\"}"),          // a truncated sequence
        QByteArray("{\"name\":\"\x80\"}"),              // a stray continuation byte
        QByteArray("{\"name\":\"\xf4\x90\x80\x80\"}"),  // beyond U+10FFFF
    }));
    INFO(bytes.toHex(' ').toStdString());
    const Result<QJsonObject> json = parseJsonObject(bytes);
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().code == Code::InvalidJson);
}

TEST_CASE("parseJsonObject rejects JSON that is not an object", "[models][json]")
{
    const QByteArray bytes = GENERATE(values<QByteArray>({"[]", "[{\"id\":1}]", "\"text\"", "42", "true", "null"}));
    INFO(bytes.toStdString());
    const Result<QJsonObject> json = parseJsonObject(bytes);
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().code == Code::InvalidJson);
}

TEST_CASE("parseJsonObject rejects syntax errors", "[models][json]")
{
    const QByteArray bytes =
        GENERATE(values<QByteArray>({"", " ", "{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{a:1}", "{\"a\":1,}",
                                     "{\"a\":tru}", "{} {}", "{\"a\":\"unterminated}", "{\"a\":NaN}"}));
    INFO(bytes.toStdString());
    const Result<QJsonObject> json = parseJsonObject(bytes);
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().code == Code::InvalidJson);
    CHECK_FALSE(json.error().message.isEmpty());
}
