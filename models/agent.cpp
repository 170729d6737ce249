// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agent.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

// JSON numbers are doubles, which hold integers exactly only up to 2^53.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;

}  // namespace

QJsonObject Agent::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"username"_s, username},
        {u"name"_s, name},
        {u"email"_s, email},
        {u"role"_s, toString(role)},
        {u"presence"_s, toString(presence)},
        {u"queueIds"_s, idsToJson(queueIds)},
        {u"rev"_s, rev},
    };
}

Result<Agent> Agent::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"agent"_s);
    Agent agent;
    agent.id = reader.id(u"id");
    agent.username = reader.nonEmptyText(u"username", MaxUsernameLength);
    agent.name = reader.nonEmptyText(u"name", MaxNameLength);
    agent.email = reader.optionalText(u"email", MaxEmailLength);
    agent.role = reader.enumValue<AgentRole>(u"role");
    agent.presence = reader.enumValue<Presence>(u"presence");
    agent.queueIds = reader.idList(u"queueIds", MaxQueues);
    agent.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return reader.error();
    }
    return agent;
}

}  // namespace Frontline::Models
