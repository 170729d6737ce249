// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace Frontline::Models {

/*! A person who works tickets: an agent, a team lead or an administrator. */
struct Agent
{
    static constexpr qsizetype MaxUsernameLength = 64;
    static constexpr qsizetype MaxNameLength = 200;
    static constexpr qsizetype MaxEmailLength = 254;
    static constexpr qsizetype MaxQueues = 500;

    QUuid id;
    QString username;
    QString name;
    QString email;
    AgentRole role = AgentRole::Agent;
    Presence presence = Presence::Offline;
    QList<QUuid> queueIds;
    qint64 rev = 0;

    QJsonObject toJson() const;
    static Result<Agent> fromJson(const QJsonObject &json);
    bool operator==(const Agent &) const = default;
};

}  // namespace Frontline::Models
