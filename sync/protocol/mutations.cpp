// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mutations.h"

#include <models/customer.h>
#include <models/enumnames.h>
#include <models/jsonreader.h>
#include <models/message.h>
#include <models/ticket.h>

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Frontline::Protocol {

namespace {

using Models::idToString;
using Models::JsonReader;

template<typename E, std::size_t N>
using NameTable = Models::EnumNames<E, N>;
using Models::nameOf;
using Models::valueOf;

// The wire names; see mutations.h.
constexpr NameTable<MutationKind, 15> KindNames{{
    {MutationKind::ClaimTicket, u"claim_ticket"},
    {MutationKind::TakeNext, u"take_next"},
    {MutationKind::AssignTicket, u"assign_ticket"},
    {MutationKind::SetStatus, u"set_status"},
    {MutationKind::SetPriority, u"set_priority"},
    {MutationKind::SetTags, u"set_tags"},
    {MutationKind::TransferTicket, u"transfer_ticket"},
    {MutationKind::AddReply, u"add_reply"},
    {MutationKind::AddNote, u"add_note"},
    {MutationKind::LogCall, u"log_call"},
    {MutationKind::CreateTicket, u"create_ticket"},
    {MutationKind::UpdateCustomerNotes, u"update_customer_notes"},
    {MutationKind::SetPresence, u"set_presence"},
    {MutationKind::RecordCsat, u"record_csat"},
    {MutationKind::RevealContact, u"reveal_contact"},
}};

constexpr NameTable<CallDirection, 2> DirectionNames{{
    {CallDirection::In, u"in"},
    {CallDirection::Out, u"out"},
}};

constexpr NameTable<RejectReason, 7> ReasonNames{{
    {RejectReason::AlreadyAssigned, u"already_assigned"},
    {RejectReason::NotFound, u"not_found"},
    {RejectReason::Forbidden, u"forbidden"},
    {RejectReason::Conflict, u"conflict"},
    {RejectReason::Invalid, u"invalid"},
    {RejectReason::NothingWaiting, u"nothing_waiting"},
    {RejectReason::Unknown, u"unknown"},
}};

template<typename T>
Models::Result<T> finish(const JsonReader &reader, T value)
{
    if (!reader.ok()) {
        return reader.error();
    }
    return value;
}

// Reply and note share their fields and rules.
template<typename T>
QJsonObject messageToJson(const T &message)
{
    QJsonObject json{
        {u"ticketId"_s, idToString(message.ticketId)},
        {u"messageId"_s, idToString(message.messageId)},
        {u"body"_s, message.body},
    };
    if (!message.richBody.isEmpty()) {
        json.insert(u"richBody"_s, message.richBody);
    }
    return json;
}

template<typename T>
Models::Result<T> messageFromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    T message;
    message.ticketId = reader.id(u"ticketId");
    message.messageId = reader.id(u"messageId");
    message.body = reader.nonEmptyText(u"body", Models::Message::MaxBodyLength);
    message.richBody = reader.optionalText(u"richBody", Models::Message::MaxBodyLength);
    return finish(reader, std::move(message));
}

template<std::size_t... I>
constexpr bool alternativesFollowKinds(std::index_sequence<I...>)
{
    return ((std::variant_alternative_t<I, MutationPayload>::Kind == static_cast<MutationKind>(I)) && ...);
}
static_assert(alternativesFollowKinds(std::make_index_sequence<std::variant_size_v<MutationPayload>>()),
              "MutationPayload's alternatives must be in MutationKind order");
static_assert(std::variant_size_v<MutationPayload> == KindNames.size(), "every MutationKind needs a payload");

template<std::size_t I = 0>
Models::Result<MutationPayload> payloadFromJson(std::size_t index, const QJsonObject &json, const QString &entity)
{
    if constexpr (I < std::variant_size_v<MutationPayload>) {
        if (index == I) {
            using Payload = std::variant_alternative_t<I, MutationPayload>;
            Models::Result<Payload> payload = Payload::fromJson(json, entity);
            if (!payload) {
                return payload.error();
            }
            return MutationPayload(std::in_place_index<I>, std::move(payload).value());
        }
        return payloadFromJson<I + 1>(index, json, entity);
    } else {
        return Models::Error{Models::Error::Code::InvalidValue, entity + u": unknown mutation kind"_s, entity};
    }
}

}  // namespace

QString toString(MutationKind kind)
{
    return nameOf(KindNames, kind);
}

QString toString(CallDirection direction)
{
    return nameOf(DirectionNames, direction);
}

QString toString(RejectReason reason)
{
    return nameOf(ReasonNames, reason);
}

RejectReason rejectReasonFromString(QStringView name)
{
    return valueOf(ReasonNames, name).value_or(RejectReason::Unknown);
}

QJsonObject ClaimTicket::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}};
}

Models::Result<ClaimTicket> ClaimTicket::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    ClaimTicket claim;
    claim.ticketId = reader.id(u"ticketId");
    return finish(reader, std::move(claim));
}

QJsonObject TakeNext::toJson() const
{
    return queueIds.isEmpty() ? QJsonObject() : QJsonObject{{u"queueIds"_s, Models::idsToJson(queueIds)}};
}

Models::Result<TakeNext> TakeNext::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    TakeNext take;
    if (json.contains(u"queueIds") && !json.value(u"queueIds").isNull()) {
        take.queueIds = reader.idList(u"queueIds", MutationLimits::MaxTakeNextQueues);
    }
    return finish(reader, std::move(take));
}

QJsonObject AssignTicket::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}, {u"assigneeId"_s, idToString(assigneeId)}};
}

Models::Result<AssignTicket> AssignTicket::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    AssignTicket assign;
    assign.ticketId = reader.id(u"ticketId");
    assign.assigneeId = reader.id(u"assigneeId");
    return finish(reader, std::move(assign));
}

QJsonObject SetStatus::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}, {u"status"_s, Models::toString(status)}};
}

Models::Result<SetStatus> SetStatus::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    SetStatus set;
    set.ticketId = reader.id(u"ticketId");
    set.status = reader.enumValue<Models::TicketStatus>(u"status");
    return finish(reader, std::move(set));
}

QJsonObject SetPriority::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}, {u"priority"_s, Models::toString(priority)}};
}

Models::Result<SetPriority> SetPriority::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    SetPriority set;
    set.ticketId = reader.id(u"ticketId");
    set.priority = reader.enumValue<Models::Priority>(u"priority");
    return finish(reader, std::move(set));
}

QJsonObject SetTags::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}, {u"tags"_s, QJsonArray::fromStringList(tags)}};
}

Models::Result<SetTags> SetTags::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    SetTags set;
    set.ticketId = reader.id(u"ticketId");
    set.tags = reader.textList(u"tags", Models::Ticket::MaxTags, Models::Ticket::MaxTagLength);
    if (reader.ok() &&
        std::any_of(set.tags.cbegin(), set.tags.cend(), [](const QString &tag) { return tag.trimmed().isEmpty(); })) {
        reader.fail(Models::Error::Code::InvalidValue, u"tags", u"a tag must not be empty"_s);
    }
    return finish(reader, std::move(set));
}

QJsonObject TransferTicket::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}, {u"queueId"_s, idToString(queueId)}, {u"reason"_s, reason}};
}

Models::Result<TransferTicket> TransferTicket::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    TransferTicket transfer;
    transfer.ticketId = reader.id(u"ticketId");
    transfer.queueId = reader.id(u"queueId");
    transfer.reason = reader.optionalText(u"reason", MutationLimits::MaxTransferReasonLength);
    return finish(reader, std::move(transfer));
}

QJsonObject AddReply::toJson() const
{
    return messageToJson(*this);
}

Models::Result<AddReply> AddReply::fromJson(const QJsonObject &json, const QString &entity)
{
    return messageFromJson<AddReply>(json, entity);
}

QJsonObject AddNote::toJson() const
{
    return messageToJson(*this);
}

Models::Result<AddNote> AddNote::fromJson(const QJsonObject &json, const QString &entity)
{
    return messageFromJson<AddNote>(json, entity);
}

QString LogCall::messageBody() const
{
    const QString header =
        QStringLiteral("%1 call, %2:%3")
            .arg(direction == CallDirection::In ? QStringLiteral("Incoming") : QStringLiteral("Outgoing"))
            .arg(durationSeconds / 60)
            .arg(durationSeconds % 60, 2, 10, QLatin1Char('0'));
    return summary.isEmpty() ? header : header + QStringLiteral("\n\n") + summary;
}

QJsonObject LogCall::toJson() const
{
    return {
        {u"ticketId"_s, idToString(ticketId)},
        {u"messageId"_s, idToString(messageId)},
        {u"direction"_s, toString(direction)},
        {u"durationSeconds"_s, durationSeconds},
        {u"summary"_s, summary},
    };
}

Models::Result<LogCall> LogCall::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    LogCall call;
    call.ticketId = reader.id(u"ticketId");
    call.messageId = reader.id(u"messageId");
    call.direction = reader.enumValue<CallDirection>(u"direction");
    call.durationSeconds = reader.integer(u"durationSeconds", 0, MutationLimits::MaxCallDurationSeconds);
    call.summary = reader.optionalText(u"summary", MutationLimits::MaxCallSummaryLength);
    return finish(reader, std::move(call));
}

QJsonObject CreateTicket::toJson() const
{
    return {
        {u"ticketId"_s, idToString(ticketId)},     {u"customerId"_s, idToString(customerId)},
        {u"queueId"_s, idToString(queueId)},       {u"subject"_s, subject},
        {u"channel"_s, Models::toString(channel)}, {u"priority"_s, Models::toString(priority)},
        {u"messageId"_s, idToString(messageId)},   {u"body"_s, body},
    };
}

Models::Result<CreateTicket> CreateTicket::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    CreateTicket create;
    create.ticketId = reader.id(u"ticketId");
    create.customerId = reader.id(u"customerId");
    create.queueId = reader.id(u"queueId");
    create.subject = reader.nonEmptyText(u"subject", Models::Ticket::MaxSubjectLength);
    create.channel = reader.enumValue<Models::Channel>(u"channel");
    create.priority = reader.enumValue<Models::Priority>(u"priority");
    create.messageId = reader.id(u"messageId");
    create.body = reader.nonEmptyText(u"body", Models::Message::MaxBodyLength);
    return finish(reader, std::move(create));
}

QJsonObject UpdateCustomerNotes::toJson() const
{
    return {{u"customerId"_s, idToString(customerId)}, {u"notes"_s, notes}};
}

Models::Result<UpdateCustomerNotes> UpdateCustomerNotes::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    UpdateCustomerNotes update;
    update.customerId = reader.id(u"customerId");
    // Required, but may be empty: an empty text clears the notes.
    update.notes = reader.text(u"notes", Models::Customer::MaxNotesLength);
    return finish(reader, std::move(update));
}

QJsonObject SetPresence::toJson() const
{
    QJsonObject json{{u"presence"_s, Models::toString(presence)}};
    if (!agentId.isNull()) {
        // Left out for one's own presence, so what older clients and servers exchange is unchanged.
        json.insert(u"agentId"_s, idToString(agentId));
    }
    return json;
}

Models::Result<SetPresence> SetPresence::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    SetPresence set;
    set.presence = reader.enumValue<Models::Presence>(u"presence");
    set.agentId = reader.optionalId(u"agentId");
    return finish(reader, std::move(set));
}

QJsonObject RecordCsat::toJson() const
{
    return {{u"ticketId"_s, idToString(ticketId)}, {u"score"_s, score}, {u"comment"_s, comment}};
}

Models::Result<RecordCsat> RecordCsat::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    RecordCsat record;
    record.ticketId = reader.id(u"ticketId");
    record.score = static_cast<int>(reader.integer(u"score", 1, 5));
    record.comment = reader.optionalText(u"comment", MutationLimits::MaxCsatCommentLength);
    return finish(reader, std::move(record));
}

QJsonObject RevealContact::toJson() const
{
    return {{u"customerId"_s, idToString(customerId)},
            {u"point"_s, Models::toString(point)},
            {u"revealedAt"_s, Models::timestampToJson(revealedAt)}};
}

Models::Result<RevealContact> RevealContact::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    RevealContact reveal;
    reveal.customerId = reader.id(u"customerId");
    reveal.point = reader.enumValue<Models::ContactPoint>(u"point");
    reveal.revealedAt = reader.timestamp(u"revealedAt");
    return finish(reader, std::move(reveal));
}

MutationKind kindOf(const MutationPayload &payload)
{
    return static_cast<MutationKind>(payload.index());
}

QJsonObject toJson(const MutationPayload &payload)
{
    return std::visit([](const auto &value) { return value.toJson(); }, payload);
}

Models::Result<MutationPayload> mutationPayloadFromJson(MutationKind kind, const QJsonObject &json,
                                                        const QString &entity)
{
    return payloadFromJson(static_cast<std::size_t>(kind), json, entity);
}

}  // namespace Frontline::Protocol

namespace Frontline::Models {

template<>
std::optional<Protocol::MutationKind> enumFromString<Protocol::MutationKind>(QStringView text)
{
    return Models::valueOf(Protocol::KindNames, text);
}

template<>
std::optional<Protocol::CallDirection> enumFromString<Protocol::CallDirection>(QStringView text)
{
    return Models::valueOf(Protocol::DirectionNames, text);
}

}  // namespace Frontline::Models
