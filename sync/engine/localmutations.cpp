// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localmutations.h"

#include <models/changeset.h>
#include <models/enums.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Frontline::Sync {

using Models::Error;
using Models::Ok;
using Models::Result;
using Models::Status;
namespace P = Protocol;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant nullableId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id));
}

// Qt binds a null QString as SQL NULL; these columns hold text, empty when there is none.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString tagsText(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

// The ticket columns mutations may change; snapshot() and restore() carry exactly these.
constexpr const char *ticketFields[] = {"status", "priority", "assignee_id", "tags", "queue_id", "first_responded_at"};

}  // namespace

LocalMutations::LocalMutations(QSqlDatabase db, Models::ChangeSet *changes)
    : m_db(std::move(db))
    , m_changes(changes)
{}

std::optional<MutationTarget> LocalMutations::targetOf(const P::MutationPayload &payload, const LocalAgent &me)
{
    return std::visit(
        [&me](const auto &p) -> std::optional<MutationTarget> {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, P::TakeNext> || std::is_same_v<T, P::RevealContact>) {
                return std::nullopt;  // the server picks the ticket; a reveal changes no row
            } else if constexpr (std::is_same_v<T, P::UpdateCustomerNotes>) {
                return MutationTarget{P::EntityKind::Customer, p.customerId};
            } else if constexpr (std::is_same_v<T, P::SetPresence>) {
                return MutationTarget{P::EntityKind::Agent, p.targetOr(me.id)};  // a lead may name a colleague
            } else {
                return MutationTarget{P::EntityKind::Ticket, p.ticketId};
            }
        },
        payload);
}

Status LocalMutations::exec(const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        return Error{
            Error::Code::Database, QStringLiteral("%1: %2").arg(QLatin1StringView(what), query.lastError().text()), {}};
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error{
            Error::Code::Database, QStringLiteral("%1: %2").arg(QLatin1StringView(what), query.lastError().text()), {}};
    }
    return Ok{};
}

Status LocalMutations::updateTicket(const QUuid &ticketId, const QString &assignments, QVariantList values,
                                    const QDateTime &now)
{
    values.append(now.toMSecsSinceEpoch());
    values.append(idText(ticketId));
    m_changes->tickets.insert(ticketId);
    return exec(QStringLiteral("UPDATE tickets SET %1, updated_at = ? WHERE id = ?").arg(assignments), values,
                "showing a change to a ticket");
}

Status LocalMutations::insertMessage(const QUuid &ticketId, const QUuid &messageId, bool publicReply,
                                     const QString &body, const QString &richBody, const LocalAgent &me,
                                     const QDateTime &now)
{
    m_changes->messages.insert(messageId);
    m_changes->tickets.insert(ticketId);
    return exec(QStringLiteral("INSERT OR IGNORE INTO messages (id, ticket_id, author_kind, author_id, author_name, "
                               "visibility, body, rich_body, created_at) "
                               "SELECT ?, id, 'agent', ?, ?, ?, ?, ?, ? FROM tickets WHERE id = ?"),
                {idText(messageId), nullableId(me.id), notNull(me.name),
                 toString(publicReply ? Models::MessageVisibility::Public : Models::MessageVisibility::Internal),
                 notNull(body), notNull(richBody), now.toMSecsSinceEpoch(), idText(ticketId)},
                "showing a new message");
}

Status LocalMutations::apply(const P::Mutate &mutation, const LocalAgent &me, const QDateTime &now)
{
    using Models::TicketStatus;
    return std::visit(
        [&](const auto &p) -> Status {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, P::ClaimTicket>) {
                // First come on the server; locally the agent sees it taken until the answer comes.
                return updateTicket(p.ticketId, QStringLiteral("assignee_id = COALESCE(assignee_id, ?)"),
                                    {idText(me.id)}, now);
            } else if constexpr (std::is_same_v<T, P::TakeNext>) {
                return Ok{};  // only the server knows which ticket is next
            } else if constexpr (std::is_same_v<T, P::AssignTicket>) {
                return updateTicket(p.ticketId, QStringLiteral("assignee_id = ?"), {idText(p.assigneeId)}, now);
            } else if constexpr (std::is_same_v<T, P::SetStatus>) {
                return updateTicket(p.ticketId, QStringLiteral("status = ?"), {toString(p.status)}, now);
            } else if constexpr (std::is_same_v<T, P::SetPriority>) {
                return updateTicket(p.ticketId, QStringLiteral("priority = ?"), {toString(p.priority)}, now);
            } else if constexpr (std::is_same_v<T, P::SetTags>) {
                return updateTicket(p.ticketId, QStringLiteral("tags = ?"), {tagsText(p.tags)}, now);
            } else if constexpr (std::is_same_v<T, P::TransferTicket>) {
                return updateTicket(p.ticketId, QStringLiteral("queue_id = ?, assignee_id = NULL"), {idText(p.queueId)},
                                    now);
            } else if constexpr (std::is_same_v<T, P::AddReply>) {
                if (Status added = insertMessage(p.ticketId, p.messageId, true, p.body, p.richBody, me, now); !added) {
                    return added;
                }
                // As on the server: a reply to a new, solved or closed ticket reopens it.
                return updateTicket(p.ticketId,
                                    QStringLiteral("status = CASE WHEN status IN ('open', 'pending', 'on_hold') "
                                                   "THEN status ELSE 'open' END, "
                                                   "first_responded_at = COALESCE(first_responded_at, ?)"),
                                    {now.toMSecsSinceEpoch()}, now);
            } else if constexpr (std::is_same_v<T, P::AddNote>) {
                return insertMessage(p.ticketId, p.messageId, false, p.body, p.richBody, me, now);
            } else if constexpr (std::is_same_v<T, P::LogCall>) {
                return insertMessage(p.ticketId, p.messageId, false, p.messageBody(), QString(), me, now);
            } else if constexpr (std::is_same_v<T, P::CreateTicket>) {
                m_changes->tickets.insert(p.ticketId);
                // No number until the server gives one: the ticket shows as pending.
                if (Status created = exec(
                        QStringLiteral("INSERT OR IGNORE INTO tickets (id, number, subject, customer_id, queue_id, "
                                       "channel, status, priority, assignee_id, tags, created_at, updated_at, rev) "
                                       "VALUES (?, NULL, ?, ?, ?, ?, 'open', ?, ?, '[]', ?, ?, 0)"),
                        {idText(p.ticketId), p.subject, idText(p.customerId), idText(p.queueId), toString(p.channel),
                         toString(p.priority), nullableId(me.id), now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()},
                        "showing a new ticket");
                    !created) {
                    return created;
                }
                // As the server stores it: the ticket's first message, public, by the agent who took it.
                return insertMessage(p.ticketId, p.messageId, true, p.body, QString(), me, now);
            } else if constexpr (std::is_same_v<T, P::UpdateCustomerNotes>) {
                m_changes->customers.insert(p.customerId);
                return exec(QStringLiteral("UPDATE customers SET notes = ? WHERE id = ?"),
                            {notNull(p.notes), idText(p.customerId)}, "showing new customer notes");
            } else if constexpr (std::is_same_v<T, P::SetPresence>) {
                // The agent's own, or (a lead's change) a colleague's row: rolled back like any other if refused.
                const QUuid agentId = p.targetOr(me.id);
                m_changes->agents.insert(agentId);
                return exec(QStringLiteral("UPDATE agents SET presence = ? WHERE id = ?"),
                            {toString(p.presence), idText(agentId)}, "showing the new presence");
            } else if constexpr (std::is_same_v<T, P::RecordCsat>) {
                return Ok{};  // shown with the customer once the server has it
            } else {
                static_assert(std::is_same_v<T, P::RevealContact>);
                return Ok{};  // only the audit log on the server changes
            }
        },
        mutation.payload);
}

Result<std::optional<QJsonObject>> LocalMutations::snapshot(const MutationTarget &target)
{
    QString sql;
    QStringList names;
    switch (target.kind) {
    case P::EntityKind::Ticket:
        for (const char *field : ticketFields) {
            names.append(QString::fromLatin1(field));
        }
        sql = QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(names.join(u", "));
        break;
    case P::EntityKind::Customer:
        names = {QStringLiteral("notes")};
        sql = QStringLiteral("SELECT notes FROM customers WHERE id = ?");
        break;
    case P::EntityKind::Agent:
        names = {QStringLiteral("presence")};
        sql = QStringLiteral("SELECT presence FROM agents WHERE id = ?");
        break;
    default:
        return std::optional<QJsonObject>();
    }
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(idText(target.id));
    if (!query.exec()) {
        return Error{
            Error::Code::Database, QStringLiteral("reading a row to rebase: %1").arg(query.lastError().text()), {}};
    }
    if (!query.next()) {
        return std::optional<QJsonObject>();
    }
    QJsonObject fields;
    for (int i = 0; i < names.size(); ++i) {
        // SQL NULL (no assignee, no first response yet) must come back as NULL, not as an empty text.
        fields.insert(names[i],
                      query.isNull(i) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(query.value(i)));
    }
    return std::optional<QJsonObject>(fields);
}

Status LocalMutations::restore(const MutationTarget &target, const QJsonObject &fields)
{
    const char *table = target.kind == P::EntityKind::Ticket     ? "tickets"
                        : target.kind == P::EntityKind::Customer ? "customers"
                        : target.kind == P::EntityKind::Agent    ? "agents"
                                                                 : nullptr;
    if (!table || fields.isEmpty()) {
        return Ok{};
    }
    QStringList assignments;
    QVariantList values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        values.append(it.value().isNull() ? QVariant(QMetaType::fromType<QString>()) : it.value().toVariant());
    }
    values.append(idText(target.id));
    switch (target.kind) {
    case P::EntityKind::Ticket:
        m_changes->tickets.insert(target.id);
        break;
    case P::EntityKind::Customer:
        m_changes->customers.insert(target.id);
        break;
    default:
        m_changes->agents.insert(target.id);
        break;
    }
    return exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(QLatin1StringView(table), assignments.join(u", ")),
                values, "rebuilding a row");
}

Status LocalMutations::discardCreated(const P::Mutate &mutation)
{
    return std::visit(
        [&](const auto &p) -> Status {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, P::AddReply> || std::is_same_v<T, P::AddNote> ||
                          std::is_same_v<T, P::LogCall>) {
                m_changes->messages.insert(p.messageId);
                m_changes->tickets.insert(p.ticketId);
                return exec(QStringLiteral("DELETE FROM messages WHERE id = ?"), {idText(p.messageId)},
                            "removing a refused message");
            } else if constexpr (std::is_same_v<T, P::CreateTicket>) {
                m_changes->tickets.insert(p.ticketId);
                m_changes->messages.insert(p.messageId);
                return exec(QStringLiteral("DELETE FROM tickets WHERE id = ? AND number IS NULL"), {idText(p.ticketId)},
                            "removing a refused ticket");
            } else {
                return Ok{};
            }
        },
        mutation.payload);
}

}  // namespace Frontline::Sync
