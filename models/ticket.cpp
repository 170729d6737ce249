// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticket.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

// JSON numbers are doubles, which hold integers exactly only up to 2^53.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;

QJsonValue optionalIdToJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(idToString(id));
}

}  // namespace

QJsonObject Ticket::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"number"_s, number ? QJsonValue(*number) : QJsonValue()},
        {u"subject"_s, subject},
        {u"customerId"_s, idToString(customerId)},
        {u"queueId"_s, idToString(queueId)},
        {u"channel"_s, toString(channel)},
        {u"status"_s, toString(status)},
        {u"priority"_s, toString(priority)},
        {u"assigneeId"_s, optionalIdToJson(assigneeId)},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"createdAt"_s, timestampToJson(createdAt)},
        {u"updatedAt"_s, timestampToJson(updatedAt)},
        {u"firstResponseDue"_s, timestampToJson(firstResponseDue)},
        {u"resolutionDue"_s, timestampToJson(resolutionDue)},
        {u"firstRespondedAt"_s, timestampToJson(firstRespondedAt)},
        {u"rev"_s, rev},
    };
}

Result<Ticket> Ticket::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"ticket"_s);
    Ticket ticket;
    ticket.id = reader.id(u"id");
    // A ticket created offline has no number until the server assigns one.
    ticket.number = reader.optionalInteger(u"number", 1, MaxSafeInteger);
    ticket.subject = reader.nonEmptyText(u"subject", MaxSubjectLength);
    ticket.customerId = reader.id(u"customerId");
    ticket.queueId = reader.id(u"queueId");
    ticket.channel = reader.enumValue<Channel>(u"channel");
    ticket.status = reader.enumValue<TicketStatus>(u"status");
    ticket.priority = reader.enumValue<Priority>(u"priority");
    ticket.assigneeId = reader.optionalId(u"assigneeId");
    ticket.tags = reader.textList(u"tags", MaxTags, MaxTagLength);
    ticket.createdAt = reader.timestamp(u"createdAt");
    ticket.updatedAt = reader.timestamp(u"updatedAt");
    ticket.firstResponseDue = reader.optionalTimestamp(u"firstResponseDue");
    ticket.resolutionDue = reader.optionalTimestamp(u"resolutionDue");
    ticket.firstRespondedAt = reader.optionalTimestamp(u"firstRespondedAt");
    ticket.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return reader.error();
    }
    return ticket;
}

}  // namespace Frontline::Models
