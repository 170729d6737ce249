// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "message.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

QJsonValue optionalIdToJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(idToString(id));
}

}  // namespace

QJsonObject Message::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"ticketId"_s, idToString(ticketId)},
        {u"authorKind"_s, toString(authorKind)},
        {u"authorId"_s, optionalIdToJson(authorId)},
        {u"authorName"_s, authorName},
        {u"visibility"_s, toString(visibility)},
        {u"body"_s, body},
        {u"richBody"_s, richBody},
        {u"createdAt"_s, timestampToJson(createdAt)},
    };
}

Result<Message> Message::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"message"_s);
    Message message;
    message.id = reader.id(u"id");
    message.ticketId = reader.id(u"ticketId");
    message.authorKind = reader.enumValue<AuthorKind>(u"authorKind");
    message.authorId = reader.optionalId(u"authorId");
    message.authorName = reader.optionalText(u"authorName", MaxAuthorNameLength);
    message.visibility = reader.enumValue<MessageVisibility>(u"visibility");
    // The plain body is what search, previews and notifications use, so it must always be there.
    message.body = reader.nonEmptyText(u"body", MaxBodyLength);
    message.richBody = reader.optionalText(u"richBody", MaxBodyLength);
    message.createdAt = reader.timestamp(u"createdAt");
    if (!reader.ok()) {
        return reader.error();
    }
    return message;
}

}  // namespace Frontline::Models
