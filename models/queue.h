// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <array>

namespace Frontline::Models {

/*! Response and resolution targets for one priority, in minutes; 0 means no target. */
struct SlaTarget
{
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;

    bool operator==(const SlaTarget &) const = default;
};

/*! The SLA targets of a queue, one per priority. */
struct SlaPolicy
{
    std::array<SlaTarget, 4> targets{};  // indexed by Priority

    const SlaTarget &target(Priority priority) const { return targets[static_cast<std::size_t>(priority)]; }
    SlaTarget &target(Priority priority) { return targets[static_cast<std::size_t>(priority)]; }

    QJsonObject toJson() const;
    static Result<SlaPolicy> fromJson(const QJsonObject &json);
    bool operator==(const SlaPolicy &) const = default;
};

/*! A team's work queue: its members and its SLA policy. */
struct Queue
{
    static constexpr qsizetype MaxNameLength = 100;
    static constexpr qsizetype MaxDescriptionLength = 1000;
    static constexpr qsizetype MaxMembers = 5000;

    QUuid id;
    QString name;
    QString description;
    QList<QUuid> memberIds;
    SlaPolicy sla;
    qint64 rev = 0;

    QJsonObject toJson() const;
    static Result<Queue> fromJson(const QJsonObject &json);
    bool operator==(const Queue &) const = default;
};

}  // namespace Frontline::Models
