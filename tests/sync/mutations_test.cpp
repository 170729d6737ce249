// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/customer.h>
#include <models/message.h>
#include <models/ticket.h>
#include <protocol/frame.h>
#include <protocol/messages.h>
#include <protocol/mutations.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <catch2/catch.hpp>
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

const QString PayloadEntity = u"payload"_s;

QUuid newId()
{
    return QUuid::createUuid();
}

// One valid payload of every kind, with the fields that must be present.
struct Sample
{
    MutationPayload payload;
    QStringList required;
};

std::vector<Sample> samples()
{
    const QUuid ticket = newId();
    return {
        {ClaimTicket{ticket}, {u"ticketId"_s}},
        {TakeNext{{newId(), newId()}}, {}},
        {AssignTicket{ticket, newId()}, {u"ticketId"_s, u"assigneeId"_s}},
        {SetStatus{ticket, Models::TicketStatus::OnHold}, {u"ticketId"_s, u"status"_s}},
        {SetPriority{ticket, Models::Priority::Urgent}, {u"ticketId"_s, u"priority"_s}},
        {SetTags{ticket, {u"billing"_s, u"退款"_s}}, {u"ticketId"_s, u"tags"_s}},
        {TransferTicket{ticket, newId(), u"客户要求英文服务"_s}, {u"ticketId"_s, u"queueId"_s}},
        {AddReply{ticket, newId(), u"您好，已为您办理退款。"_s, u"<p>您好</p>"_s},
         {u"ticketId"_s, u"messageId"_s, u"body"_s}},
        {AddNote{ticket, newId(), u"Customer called twice."_s, {}}, {u"ticketId"_s, u"messageId"_s, u"body"_s}},
        {LogCall{ticket, newId(), CallDirection::Out, 320, u"Explained the refund."_s},
         {u"ticketId"_s, u"messageId"_s, u"direction"_s, u"durationSeconds"_s}},
        {CreateTicket{newId(), newId(), newId(), u"订单未到"_s, Models::Channel::Phone, Models::Priority::High, newId(),
                      u"客户来电：订单 88231 未到。"_s},
         {u"ticketId"_s, u"customerId"_s, u"queueId"_s, u"subject"_s, u"channel"_s, u"priority"_s, u"messageId"_s,
          u"body"_s}},
        {UpdateCustomerNotes{newId(), u"VIP since 2019."_s}, {u"customerId"_s, u"notes"_s}},
        {SetPresence{Models::Presence::Away}, {u"presence"_s}},
        {SetPresence{Models::Presence::Busy, newId()}, {u"presence"_s}},  // a lead setting a colleague's
        {RecordCsat{ticket, 4, u"很满意"_s}, {u"ticketId"_s, u"score"_s}},
        {RevealContact{newId(), Models::ContactPoint::Phone, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC)},
         {u"customerId"_s, u"point"_s, u"revealedAt"_s}},
    };
}

Models::Result<MutationPayload> parse(MutationKind kind, const QJsonObject &json)
{
    return mutationPayloadFromJson(kind, json, PayloadEntity);
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

// The payload sent inside a mutate frame, through the wire, as the server reads it.
ProtocolResult<Mutate> throughMutateFrame(const MutationPayload &payload)
{
    const Mutate mutate{newId(), 4, payload};
    const ProtocolResult<Frame> frame = Frame::parse(QString::fromUtf8(mutate.toFrame(u"m-1"_s).toJson()));
    REQUIRE(frame.ok());
    return Mutate::fromFrame(*frame);
}

}  // namespace

TEST_CASE("Mutation kinds have stable snake_case wire names", "[sync][protocol]")
{
    const auto [kind, name] = GENERATE(table<MutationKind, QString>({
        {MutationKind::ClaimTicket, u"claim_ticket"_s},
        {MutationKind::TakeNext, u"take_next"_s},
        {MutationKind::AssignTicket, u"assign_ticket"_s},
        {MutationKind::SetStatus, u"set_status"_s},
        {MutationKind::SetPriority, u"set_priority"_s},
        {MutationKind::SetTags, u"set_tags"_s},
        {MutationKind::TransferTicket, u"transfer_ticket"_s},
        {MutationKind::AddReply, u"add_reply"_s},
        {MutationKind::AddNote, u"add_note"_s},
        {MutationKind::LogCall, u"log_call"_s},
        {MutationKind::CreateTicket, u"create_ticket"_s},
        {MutationKind::UpdateCustomerNotes, u"update_customer_notes"_s},
        {MutationKind::SetPresence, u"set_presence"_s},
        {MutationKind::RecordCsat, u"record_csat"_s},
        {MutationKind::RevealContact, u"reveal_contact"_s},
    }));
    CHECK(toString(kind) == name);
    CHECK(Models::enumFromString<MutationKind>(name) == kind);
    CHECK_FALSE(Models::enumFromString<MutationKind>(name.toUpper()).has_value());
}

TEST_CASE("Reject reasons have wire names, and unknown ones are kept as Unknown", "[sync][protocol]")
{
    const auto [reason, name] = GENERATE(table<RejectReason, QString>({
        {RejectReason::AlreadyAssigned, u"already_assigned"_s},
        {RejectReason::NotFound, u"not_found"_s},
        {RejectReason::Forbidden, u"forbidden"_s},
        {RejectReason::Conflict, u"conflict"_s},
        {RejectReason::Invalid, u"invalid"_s},
        {RejectReason::NothingWaiting, u"nothing_waiting"_s},
        {RejectReason::Unknown, u"unknown"_s},
    }));
    CHECK(toString(reason) == name);
    CHECK(rejectReasonFromString(name) == reason);
    CHECK(rejectReasonFromString(u"quota_exceeded") == RejectReason::Unknown);
    CHECK(toString(CallDirection::In) == u"in"_s);
    CHECK(toString(CallDirection::Out) == u"out"_s);
}

TEST_CASE("Every mutation payload survives a round trip unchanged", "[sync][protocol]")
{
    for (const Sample &sample : samples()) {
        const MutationKind kind = kindOf(sample.payload);
        INFO("kind: " << toString(kind).toStdString());
        CHECK(static_cast<std::size_t>(kind) == sample.payload.index());

        const Models::Result<MutationPayload> parsed = parse(kind, toJson(sample.payload));
        REQUIRE(parsed.ok());
        CHECK(*parsed == sample.payload);

        const ProtocolResult<Mutate> mutate = throughMutateFrame(sample.payload);
        REQUIRE(mutate.ok());
        CHECK(mutate->kind() == kind);
        CHECK(mutate->payload == sample.payload);
        CHECK(mutate->baseRev == 4);
    }
}

TEST_CASE("A payload without a required field is refused, naming it", "[sync][protocol]")
{
    for (const Sample &sample : samples()) {
        const MutationKind kind = kindOf(sample.payload);
        const QJsonObject json = toJson(sample.payload);
        for (const QString &key : sample.required) {
            INFO("kind: " << toString(kind).toStdString() << ", field: " << key.toStdString());
            QJsonObject missing = json;
            missing.remove(key);
            const Models::Result<MutationPayload> parsed = parse(kind, missing);
            REQUIRE_FALSE(parsed.ok());
            CHECK(parsed.error().code == Models::Error::Code::MissingField);
            CHECK(parsed.error().field == PayloadEntity + u'.' + key);

            const Models::Result<MutationPayload> nulled = parse(kind, with(json, key, QJsonValue::Null));
            REQUIRE_FALSE(nulled.ok());
            CHECK(nulled.error().code == Models::Error::Code::MissingField);
        }
    }
}

TEST_CASE("A payload field of the wrong JSON type is refused, naming it", "[sync][protocol]")
{
    for (const Sample &sample : samples()) {
        const MutationKind kind = kindOf(sample.payload);
        const QJsonObject json = toJson(sample.payload);
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            INFO("kind: " << toString(kind).toStdString() << ", field: " << it.key().toStdString());
            // No payload field is an object.
            const Models::Result<MutationPayload> parsed = parse(kind, with(json, it.key(), QJsonObject()));
            REQUIRE_FALSE(parsed.ok());
            CHECK(parsed.error().code == Models::Error::Code::WrongType);
            CHECK(parsed.error().field == PayloadEntity + u'.' + it.key());
        }
    }
}

TEST_CASE("Optional payload fields may be left out", "[sync][protocol]")
{
    const QUuid ticket = newId();
    const QUuid message = newId();
    const auto [kind, json] = GENERATE_COPY(table<MutationKind, QJsonObject>({
        {MutationKind::TakeNext, QJsonObject()},
        {MutationKind::TransferTicket,
         QJsonObject{{u"ticketId"_s, ticket.toString()}, {u"queueId"_s, newId().toString()}}},
        {MutationKind::AddReply,
         QJsonObject{{u"ticketId"_s, ticket.toString()}, {u"messageId"_s, message.toString()}, {u"body"_s, u"x"_s}}},
        {MutationKind::LogCall, QJsonObject{{u"ticketId"_s, ticket.toString()},
                                            {u"messageId"_s, message.toString()},
                                            {u"direction"_s, u"in"_s},
                                            {u"durationSeconds"_s, 0}}},
        {MutationKind::RecordCsat, QJsonObject{{u"ticketId"_s, ticket.toString()}, {u"score"_s, 1}}},
        {MutationKind::UpdateCustomerNotes, QJsonObject{{u"customerId"_s, newId().toString()}, {u"notes"_s, u""_s}}},
    }));
    INFO("kind: " << toString(kind).toStdString());
    const Models::Result<MutationPayload> parsed = parse(kind, json);
    REQUIRE(parsed.ok());
    CHECK(kindOf(*parsed) == kind);
}

TEST_CASE("Payload values out of range, too long or unknown are refused", "[sync][protocol]")
{
    const QUuid ticket = newId();
    const QJsonObject reply = AddReply{ticket, newId(), u"body"_s, {}}.toJson();
    const QJsonObject call = LogCall{ticket, newId(), CallDirection::In, 60, {}}.toJson();
    const QJsonObject create =
        CreateTicket{newId(), newId(),  newId(), u"Subject"_s, Models::Channel::Email, Models::Priority::Normal,
                     newId(), u"Body"_s}
            .toJson();
    const QJsonObject tags = SetTags{ticket, {u"a"_s}}.toJson();
    const QJsonObject csat = RecordCsat{ticket, 3, {}}.toJson();
    const QJsonObject reveal =
        RevealContact{newId(), Models::ContactPoint::Email, QDateTime::currentDateTimeUtc()}.toJson();
    QJsonArray tooManyTags;
    for (int i = 0; i <= Models::Ticket::MaxTags; ++i) {
        tooManyTags.append(u"tag%1"_s.arg(i));
    }

    using Code = Models::Error::Code;
    const auto [name, kind, json, code,
                field] = GENERATE_REF(table<const char *, MutationKind, QJsonObject, Code, QString>({
        {"empty body", MutationKind::AddReply, with(reply, u"body"_s, u""_s), Code::InvalidValue, u"body"_s},
        {"blank body", MutationKind::AddNote, with(reply, u"body"_s, u" \n\t "_s), Code::InvalidValue, u"body"_s},
        {"body over 100,000", MutationKind::AddReply,
         with(reply, u"body"_s, QString(Models::Message::MaxBodyLength + 1, u'a')), Code::TooLong, u"body"_s},
        {"rich body over 100,000", MutationKind::AddNote,
         with(reply, u"richBody"_s, QString(Models::Message::MaxBodyLength + 1, u'a')), Code::TooLong, u"richBody"_s},
        {"body with NUL", MutationKind::AddReply, with(reply, u"body"_s, u"a\u0000b"_s), Code::InvalidValue, u"body"_s},
        {"message id not a UUID", MutationKind::AddReply, with(reply, u"messageId"_s, u"msg-1"_s), Code::InvalidValue,
         u"messageId"_s},
        {"ticket id with SQL", MutationKind::ClaimTicket, QJsonObject{{u"ticketId"_s, u"1'; DROP TABLE tickets; --"_s}},
         Code::InvalidValue, u"ticketId"_s},
        {"unknown status", MutationKind::SetStatus,
         QJsonObject{{u"ticketId"_s, ticket.toString()}, {u"status"_s, u"done"_s}}, Code::InvalidValue, u"status"_s},
        {"status in capitals", MutationKind::SetStatus,
         QJsonObject{{u"ticketId"_s, ticket.toString()}, {u"status"_s, u"SOLVED"_s}}, Code::InvalidValue, u"status"_s},
        {"unknown priority", MutationKind::SetPriority,
         QJsonObject{{u"ticketId"_s, ticket.toString()}, {u"priority"_s, u"asap"_s}}, Code::InvalidValue,
         u"priority"_s},
        {"unknown presence", MutationKind::SetPresence, QJsonObject{{u"presence"_s, u"lunch"_s}}, Code::InvalidValue,
         u"presence"_s},
        {"presence for an agent id that is no UUID", MutationKind::SetPresence,
         QJsonObject{{u"presence"_s, u"busy"_s}, {u"agentId"_s, u"wang.fang"_s}}, Code::InvalidValue, u"agentId"_s},
        {"presence for the nil agent id", MutationKind::SetPresence,
         QJsonObject{{u"presence"_s, u"busy"_s}, {u"agentId"_s, QUuid().toString()}}, Code::InvalidValue, u"agentId"_s},
        {"unknown direction", MutationKind::LogCall, with(call, u"direction"_s, u"sideways"_s), Code::InvalidValue,
         u"direction"_s},
        {"negative duration", MutationKind::LogCall, with(call, u"durationSeconds"_s, -1), Code::InvalidValue,
         u"durationSeconds"_s},
        {"duration over a day", MutationKind::LogCall,
         with(call, u"durationSeconds"_s, MutationLimits::MaxCallDurationSeconds + 1), Code::InvalidValue,
         u"durationSeconds"_s},
        {"fractional duration", MutationKind::LogCall, with(call, u"durationSeconds"_s, 1.5), Code::WrongType,
         u"durationSeconds"_s},
        {"summary over 10,000", MutationKind::LogCall,
         with(call, u"summary"_s, QString(MutationLimits::MaxCallSummaryLength + 1, u's')), Code::TooLong,
         u"summary"_s},
        {"transfer reason over 1,000", MutationKind::TransferTicket,
         QJsonObject{{u"ticketId"_s, ticket.toString()},
                     {u"queueId"_s, newId().toString()},
                     {u"reason"_s, QString(1001, u'因')}},
         Code::TooLong, u"reason"_s},
        {"empty subject", MutationKind::CreateTicket, with(create, u"subject"_s, u""_s), Code::InvalidValue,
         u"subject"_s},
        {"subject over 500", MutationKind::CreateTicket, with(create, u"subject"_s, QString(501, u's')), Code::TooLong,
         u"subject"_s},
        {"unknown channel", MutationKind::CreateTicket, with(create, u"channel"_s, u"fax"_s), Code::InvalidValue,
         u"channel"_s},
        {"empty first message", MutationKind::CreateTicket, with(create, u"body"_s, u""_s), Code::InvalidValue,
         u"body"_s},
        {"notes over 10,000", MutationKind::UpdateCustomerNotes,
         QJsonObject{{u"customerId"_s, newId().toString()},
                     {u"notes"_s, QString(Models::Customer::MaxNotesLength + 1, u'注')}},
         Code::TooLong, u"notes"_s},
        {"too many tags", MutationKind::SetTags, with(tags, u"tags"_s, tooManyTags), Code::TooLong, u"tags"_s},
        {"tag too long", MutationKind::SetTags, with(tags, u"tags"_s, QJsonArray{QString(65, u't')}), Code::TooLong,
         u"tags"_s},
        {"empty tag", MutationKind::SetTags, with(tags, u"tags"_s, QJsonArray{u"ok"_s, u" "_s}), Code::InvalidValue,
         u"tags"_s},
        {"tag not a string", MutationKind::SetTags, with(tags, u"tags"_s, QJsonArray{1}), Code::WrongType, u"tags"_s},
        {"score 0", MutationKind::RecordCsat, with(csat, u"score"_s, 0), Code::InvalidValue, u"score"_s},
        {"score 6", MutationKind::RecordCsat, with(csat, u"score"_s, 6), Code::InvalidValue, u"score"_s},
        {"comment over 2,000", MutationKind::RecordCsat, with(csat, u"comment"_s, QString(2001, u'c')), Code::TooLong,
         u"comment"_s},
        {"unknown contact point", MutationKind::RevealContact, with(reveal, u"point"_s, u"id_number"_s),
         Code::InvalidValue, u"point"_s},
        {"reveal time not a time", MutationKind::RevealContact, with(reveal, u"revealedAt"_s, u"yesterday"_s),
         Code::InvalidValue, u"revealedAt"_s},
        {"queue ids with a bad id", MutationKind::TakeNext,
         QJsonObject{{u"queueIds"_s, QJsonArray{newId().toString(), u"billing"_s}}}, Code::InvalidValue, u"queueIds"_s},
    }));
    INFO(name);
    const Models::Result<MutationPayload> parsed = parse(kind, json);
    REQUIRE_FALSE(parsed.ok());
    CHECK(static_cast<int>(parsed.error().code) == static_cast<int>(code));
    CHECK(parsed.error().field == PayloadEntity + u'.' + field);

    // Inside a mutate frame the protocol code and the field path inside the frame come out.
    const Frame frame{
        u"mutate"_s, u"m-7"_s,
        QJsonObject{{u"mutationId"_s, newId().toString()}, {u"kind"_s, toString(kind)}, {u"payload"_s, json}}};
    const ProtocolResult<Mutate> mutate = Mutate::fromFrame(frame);
    REQUIRE_FALSE(mutate.ok());
    CHECK(mutate.error().code == errorCodeFor(code));
    CHECK(mutate.error().field == u"payload."_s + field);
    CHECK(mutate.error().requestId == u"m-7"_s);
}

TEST_CASE("Values at the limits are accepted", "[sync][protocol]")
{
    const QUuid ticket = newId();
    CHECK(parse(MutationKind::AddReply,
                AddReply{ticket, newId(), QString(Models::Message::MaxBodyLength, u'长'), {}}.toJson())
              .ok());
    CHECK(parse(MutationKind::LogCall,
                LogCall{ticket, newId(), CallDirection::In, MutationLimits::MaxCallDurationSeconds, {}}.toJson())
              .ok());
    CHECK(parse(MutationKind::TransferTicket, TransferTicket{ticket, newId(), QString(1000, u'因')}.toJson()).ok());
    CHECK(parse(MutationKind::RecordCsat, RecordCsat{ticket, 1, QString(2000, u'c')}.toJson()).ok());
    CHECK(parse(MutationKind::RecordCsat, RecordCsat{ticket, 5, {}}.toJson()).ok());
    QStringList tags;
    for (int i = 0; i < Models::Ticket::MaxTags; ++i) {
        tags.append(QString(Models::Ticket::MaxTagLength, QChar(u'a' + i % 26)));
    }
    CHECK(parse(MutationKind::SetTags, SetTags{ticket, tags}.toJson()).ok());
}

TEST_CASE("SQL metacharacters and 10,000-character Chinese text in payloads survive unchanged", "[sync][protocol]")
{
    const QString sql = u"Robert'); DROP TABLE customers; -- \" ` ; /* */ %_ \\x00"_s;
    const QString chinese(10'000, u'汉');
    const QUuid ticket = newId();
    const std::vector<MutationPayload> payloads{
        AddReply{ticket, newId(), chinese, sql},
        AddNote{ticket, newId(), sql + chinese, {}},
        LogCall{ticket, newId(), CallDirection::In, 5, chinese},
        UpdateCustomerNotes{newId(), chinese},
        CreateTicket{newId(), newId(), newId(), sql, Models::Channel::Chat, Models::Priority::Low, newId(), chinese},
        TransferTicket{ticket, newId(), sql},
        SetTags{ticket, {sql.left(64), u"退款"_s}},
        RecordCsat{ticket, 2, sql},
    };
    for (const MutationPayload &payload : payloads) {
        INFO("kind: " << toString(kindOf(payload)).toStdString());
        const ProtocolResult<Mutate> mutate = throughMutateFrame(payload);
        REQUIRE(mutate.ok());
        CHECK(mutate->payload == payload);
    }
    const ProtocolResult<Mutate> reply = throughMutateFrame(payloads.front());
    CHECK(std::get<AddReply>(reply->payload).body == chinese);
    CHECK(std::get<AddReply>(reply->payload).richBody == sql);
}

TEST_CASE("The same JSON read as another kind is judged by that kind's rules", "[sync][protocol]")
{
    const QJsonObject claim = ClaimTicket{newId()}.toJson();
    const Models::Result<MutationPayload> asStatus = parse(MutationKind::SetStatus, claim);
    REQUIRE_FALSE(asStatus.ok());
    CHECK(asStatus.error().field == u"payload.status"_s);

    // take_next has no required field, so any object passes, extra fields ignored.
    const Models::Result<MutationPayload> asTake = parse(MutationKind::TakeNext, claim);
    REQUIRE(asTake.ok());
    CHECK(std::get<TakeNext>(*asTake).queueIds.isEmpty());
}

TEST_CASE("One's own presence is sent without an agent id, a colleague's names them", "[sync][protocol]")
{
    const QJsonObject own = SetPresence{Models::Presence::Busy}.toJson();
    CHECK_FALSE(own.contains(u"agentId"_s));  // as older clients sent it, so older servers read it the same

    const QUuid colleague = newId();
    const SetPresence lead{Models::Presence::Away, colleague};
    CHECK(QUuid::fromString(lead.toJson().value(u"agentId"_s).toString()) == colleague);
    const QUuid me = newId();
    CHECK(lead.targetOr(me) == colleague);
    CHECK(SetPresence{Models::Presence::Away}.targetOr(me) == me);

    // An explicit null is the same as leaving it out.
    const auto parsed =
        parse(MutationKind::SetPresence, QJsonObject{{u"presence"_s, u"away"_s}, {u"agentId"_s, QJsonValue::Null}});
    REQUIRE(parsed.ok());
    CHECK(std::get<SetPresence>(*parsed).agentId.isNull());
}
