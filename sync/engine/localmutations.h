// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>
#include <protocol/messages.h>

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace Frontline::Models {
struct ChangeSet;
}

namespace Frontline::Sync {

/*! Who acts on this workstation: the signed-in agent, as the server's welcome named them. */
struct LocalAgent final
{
    QUuid id;
    QString name;
};

/*! The row a mutation changes in the local cache, for rebasing. Messages are append-only and have none. */
struct MutationTarget final
{
    Protocol::EntityKind kind = Protocol::EntityKind::Ticket;
    QUuid id;

    bool operator==(const MutationTarget &) const = default;
};

/*!
    \brief What a mutation does to the local cache before the server confirms it (optimistic apply),
    and the fields it may change, so a row can be rebuilt as confirmed state + pending mutations.

    The rules mirror the server's where the outcome is certain (a reply reopens a solved ticket, a
    claim assigns the ticket to the agent); where only the server can decide (take next), nothing is
    shown until its answer arrives. Works on the local store's writer connection inside a write job.
*/
class LocalMutations final
{
public:
    LocalMutations(QSqlDatabase db, Models::ChangeSet *changes);

    /*! The row \a payload changes, if any (created tickets count as their ticket). */
    static std::optional<MutationTarget> targetOf(const Protocol::MutationPayload &payload, const LocalAgent &me);

    /*! Shows \a mutation's effect in the local tables. */
    Models::Status apply(const Protocol::Mutate &mutation, const LocalAgent &me, const QDateTime &now);

    /*!
        The fields of \a target that mutations may change, as they are now (JSON); nothing when the row
        does not exist locally.
    */
    Models::Result<std::optional<QJsonObject>> snapshot(const MutationTarget &target);
    /*! Writes \a fields (from snapshot()) back into the row. */
    Models::Status restore(const MutationTarget &target, const QJsonObject &fields);

    /*!
        Undoes what apply() added that the server never got: the local message of a refused reply,
        note or call, the local ticket of a refused create_ticket.
    */
    Models::Status discardCreated(const Protocol::Mutate &mutation);

private:
    Models::Status exec(const QString &sql, const QVariantList &values, const char *what);
    Models::Status updateTicket(const QUuid &ticketId, const QString &assignments, QVariantList values,
                                const QDateTime &now);
    Models::Status insertMessage(const QUuid &ticketId, const QUuid &messageId, bool publicReply, const QString &body,
                                 const QString &richBody, const LocalAgent &me, const QDateTime &now);

    QSqlDatabase m_db;
    Models::ChangeSet *m_changes;
};

}  // namespace Frontline::Sync
