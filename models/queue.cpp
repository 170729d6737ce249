// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queue.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

// JSON numbers are doubles, which hold integers exactly only up to 2^53.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;
constexpr qint64 MaxSlaMinutes = 365 * 24 * 60;
constexpr std::array AllPriorities{Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};

Result<SlaTarget> targetFromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    SlaTarget target;
    target.firstResponseMinutes = static_cast<int>(reader.integer(u"firstResponseMinutes", 0, MaxSlaMinutes));
    target.resolutionMinutes = static_cast<int>(reader.integer(u"resolutionMinutes", 0, MaxSlaMinutes));
    if (!reader.ok()) {
        return reader.error();
    }
    return target;
}

// The entity is a parameter so that errors inside a queue name "queue.sla.high…", not "sla.high…".
Result<SlaPolicy> policyFromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    std::array<QJsonObject, AllPriorities.size()> objects;
    for (const Priority priority : AllPriorities) {
        objects[static_cast<std::size_t>(priority)] = reader.object(toString(priority));
    }
    if (!reader.ok()) {
        return reader.error();
    }
    SlaPolicy policy;
    for (const Priority priority : AllPriorities) {
        const Result<SlaTarget> target =
            targetFromJson(objects[static_cast<std::size_t>(priority)], entity + u'.' + toString(priority));
        if (!target) {
            return target.error();
        }
        policy.target(priority) = *target;
    }
    return policy;
}

}  // namespace

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject json;
    for (const Priority priority : AllPriorities) {
        const SlaTarget &minutes = target(priority);
        json.insert(toString(priority), QJsonObject{{u"firstResponseMinutes"_s, minutes.firstResponseMinutes},
                                                    {u"resolutionMinutes"_s, minutes.resolutionMinutes}});
    }
    return json;
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json)
{
    return policyFromJson(json, u"sla"_s);
}

QJsonObject Queue::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"memberIds"_s, idsToJson(memberIds)},
        {u"sla"_s, sla.toJson()},  // keyed by priority name, so a reader never depends on enum order
        {u"rev"_s, rev},
    };
}

Result<Queue> Queue::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"queue"_s);
    Queue queue;
    queue.id = reader.id(u"id");
    queue.name = reader.nonEmptyText(u"name", MaxNameLength);
    queue.description = reader.optionalText(u"description", MaxDescriptionLength);
    queue.memberIds = reader.idList(u"memberIds", MaxMembers);
    const QJsonObject slaJson = reader.object(u"sla");
    queue.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return reader.error();
    }
    Result<SlaPolicy> policy = policyFromJson(slaJson, u"queue.sla"_s);
    if (!policy) {
        return policy.error();
    }
    queue.sla = *policy;
    return queue;
}

}  // namespace Frontline::Models
