// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Frontline::Models {

/*!
    \brief A customer's request, worked in a queue. The number is assigned by the server; a ticket
    created offline has none yet and shows as pending.
*/
struct Ticket
{
    static constexpr qsizetype MaxSubjectLength = 500;
    static constexpr qsizetype MaxTags = 50;
    static constexpr qsizetype MaxTagLength = 64;

    QUuid id;
    std::optional<qint64> number;
    QString subject;
    QUuid customerId;
    QUuid queueId;
    Channel channel = Channel::Email;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    QUuid assigneeId;  // null when unassigned
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseDue;  // invalid when the queue has no SLA for it
    QDateTime resolutionDue;
    QDateTime firstRespondedAt;  // invalid until an agent first replies publicly
    qint64 rev = 0;

    QJsonObject toJson() const;
    static Result<Ticket> fromJson(const QJsonObject &json);
    bool operator==(const Ticket &) const = default;
};

}  // namespace Frontline::Models
