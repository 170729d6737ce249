// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cannedreply.h"

#include "jsonreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

// JSON numbers are doubles, which hold integers exactly only up to 2^53.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;

QJsonValue optionalIdToJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(idToString(id));
}

// The agent types "#shortcut" or "/shortcut" and the word ends at whitespace, so a shortcut holding
// either could never be typed; a stored prefix would be typed twice.
QString readShortcut(JsonReader &reader)
{
    const QString shortcut = reader.text(u"shortcut", CannedReply::MaxShortcutLength);
    if (!reader.ok()) {
        return {};
    }
    if (shortcut.isEmpty()) {
        reader.fail(Error::Code::InvalidValue, u"shortcut", u"must not be empty"_s);
    } else if (shortcut.startsWith(u'#') || shortcut.startsWith(u'/')) {
        reader.fail(Error::Code::InvalidValue, u"shortcut", u"must not start with # or /"_s);
    } else if (std::any_of(shortcut.cbegin(), shortcut.cend(), [](QChar c) { return c.isSpace(); })) {
        reader.fail(Error::Code::InvalidValue, u"shortcut", u"must not contain spaces"_s);
    }
    return reader.ok() ? shortcut : QString();
}

}  // namespace

QJsonObject CannedReply::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"title"_s, title},
        {u"shortcut"_s, shortcut},
        {u"body"_s, body},
        {u"category"_s, category},
        {u"language"_s, language},
        {u"ownerId"_s, optionalIdToJson(ownerId)},
        {u"teamQueueId"_s, optionalIdToJson(teamQueueId)},
        {u"usageCount"_s, usageCount},
        {u"updatedAt"_s, timestampToJson(updatedAt)},
        {u"rev"_s, rev},
    };
}

Result<CannedReply> CannedReply::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"cannedReply"_s);
    CannedReply reply;
    reply.id = reader.id(u"id");
    reply.title = reader.nonEmptyText(u"title", MaxTitleLength);
    reply.shortcut = readShortcut(reader);
    reply.body = reader.nonEmptyText(u"body", MaxBodyLength);
    reply.category = reader.optionalText(u"category", MaxCategoryLength);
    reply.language = reader.language(u"language");
    reply.ownerId = reader.optionalId(u"ownerId");
    reply.teamQueueId = reader.optionalId(u"teamQueueId");
    reply.usageCount = reader.integer(u"usageCount", 0, MaxSafeInteger);
    reply.updatedAt = reader.timestamp(u"updatedAt");
    reply.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return reader.error();
    }
    return reply;
}

}  // namespace Frontline::Models
