// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace Frontline::Models {

/*!
    \brief One entry in a ticket's conversation: a public reply or an internal note. Append-only.
*/
struct Message
{
    static constexpr qsizetype MaxAuthorNameLength = 200;
    static constexpr qsizetype MaxBodyLength = 100000;

    QUuid id;
    QUuid ticketId;
    AuthorKind authorKind = AuthorKind::Customer;
    QUuid authorId;  // the agent or customer; null for bot and system messages
    QString authorName;
    MessageVisibility visibility = MessageVisibility::Public;
    QString body;      // plain text, always present
    QString richBody;  // optional HTML rendering of the same text
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Message> fromJson(const QJsonObject &json);
    bool operator==(const Message &) const = default;
};

}  // namespace Frontline::Models
