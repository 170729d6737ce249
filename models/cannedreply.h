// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace Frontline::Models {

/*!
    \brief A reusable answer with placeholders such as {{customer.first_name}}.

    A reply is personal when it has an owner; otherwise it is shared, with one team (teamQueueId)
    or with everyone (no team).
*/
struct CannedReply
{
    static constexpr qsizetype MaxTitleLength = 200;
    static constexpr qsizetype MaxShortcutLength = 32;
    static constexpr qsizetype MaxBodyLength = 20000;
    static constexpr qsizetype MaxCategoryLength = 100;

    QUuid id;
    QString title;
    QString shortcut;  // without the # or / prefix the agent types
    QString body;
    QString category;
    QString language;
    QUuid ownerId;      // personal reply of this agent; null when shared
    QUuid teamQueueId;  // shared with this queue's members; null for everyone
    qint64 usageCount = 0;
    QDateTime updatedAt;
    qint64 rev = 0;

    bool isPersonal() const { return !ownerId.isNull(); }

    QJsonObject toJson() const;
    static Result<CannedReply> fromJson(const QJsonObject &json);
    bool operator==(const CannedReply &) const = default;
};

}  // namespace Frontline::Models
