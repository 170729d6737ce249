// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticketthreadmodel.h"

#include "changeset.h"
#include "enums.h"
#include "labels.h"
#include "sqlread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Frontline::Models {

namespace {

Result<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    return selectRows(db, sql, {id});
}

QStringList tagsFrom(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toUtf8()).array()) {
        tags.append(tag.toString());
    }
    return tags;
}

}  // namespace

TicketThreadModel::TicketThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{}

TicketThreadModel::~TicketThreadModel() = default;

Status TicketThreadModel::load(const QSqlDatabase &db, const QUuid &ticketId)
{
    const QString id = ticketId.toString(QUuid::WithoutBraces);
    auto ticket =
        select(db,
               QStringLiteral("SELECT t.number, t.subject, t.status, t.priority, t.channel, c.name, c.language, "
                              "c.email, c.phone, q.name, t.customer_id, t.queue_id, t.tags, t.rev FROM tickets t "
                              "LEFT JOIN customers c ON c.id = t.customer_id "
                              "LEFT JOIN queues q ON q.id = t.queue_id WHERE t.id = ?"),
               id);
    // A message is pending while a mutation that adds it waits in the outbox.
    auto messages = ticket
                        ? select(db,
                                 QStringLiteral("SELECT m.id, m.author_kind, m.author_name, m.visibility, m.body, "
                                                "m.created_at, EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = "
                                                "m.ticket_id AND json_extract(o.payload, '$.messageId') = m.id) "
                                                "FROM messages m WHERE m.ticket_id = ? ORDER BY m.created_at, m.rowid"),
                                 id)
                        : Result<QSqlQuery>(ticket.error());
    if (!messages) {
        return messages.error();
    }
    auto queues = selectRows(db, QStringLiteral("SELECT id, name FROM queues ORDER BY name, id"), {});
    if (!queues) {
        return queues.error();
    }
    std::optional<ThreadHeader> header;
    if (ticket->next()) {
        header = ThreadHeader{ticketId,
                              ticket->value(0).isNull() ? std::nullopt : std::optional<int>(ticket->value(0).toInt()),
                              ticket->value(1).toString(),
                              enumFromString<TicketStatus>(ticket->value(2).toString()).value_or(TicketStatus::Open),
                              enumFromString<Priority>(ticket->value(3).toString()).value_or(Priority::Normal),
                              enumFromString<Channel>(ticket->value(4).toString()).value_or(Channel::Email),
                              ticket->value(5).toString(),
                              ticket->value(6).toString(),
                              ticket->value(7).toString(),
                              ticket->value(8).toString(),
                              ticket->value(9).toString(),
                              QUuid::fromString(ticket->value(10).toString()),
                              QUuid::fromString(ticket->value(11).toString()),
                              tagsFrom(ticket->value(12).toString()),
                              ticket->value(13).toLongLong()};
    }
    std::vector<ThreadMessage> rows;
    while (header && messages->next()) {
        ThreadMessage message;
        message.id = QUuid::fromString(messages->value(0).toString());
        message.authorKind = enumFromString<AuthorKind>(messages->value(1).toString()).value_or(AuthorKind::System);
        message.authorName = messages->value(2).toString();
        message.visibility =
            enumFromString<MessageVisibility>(messages->value(3).toString()).value_or(MessageVisibility::Internal);
        message.body = messages->value(4).toString();
        message.createdAt = QDateTime::fromMSecsSinceEpoch(messages->value(5).toLongLong(), Qt::UTC);
        message.pending = messages->value(6).toBool();
        rows.push_back(std::move(message));
    }
    std::vector<QueueChoice> choices;
    while (queues->next()) {
        choices.push_back({QUuid::fromString(queues->value(0).toString()), queues->value(1).toString()});
    }
    beginResetModel();
    m_header = std::move(header);
    m_messages = std::move(rows);
    m_queues = std::move(choices);
    endResetModel();
    emit loaded();
    return Ok{};
}

void TicketThreadModel::clear()
{
    beginResetModel();
    m_header.reset();
    m_messages.clear();
    m_queues.clear();
    endResetModel();
    emit loaded();
}

bool TicketThreadModel::isAffectedBy(const ChangeSet &changes) const
{
    if (!m_header) {
        return false;
    }
    // A new message's id is not known before it arrives; its ticket is in the set with it. The queues are
    // offered for transfers and new tickets.
    return changes.everything || changes.outbox || changes.tickets.contains(m_header->ticketId) ||
           !changes.messages.isEmpty() || !changes.queues.isEmpty();
}

TemplateContext ThreadHeader::templateContext(const QString &agentName) const
{
    TemplateContext context;
    context.customerName = customerName;
    context.customerEmail = customerEmail;
    context.customerPhone = customerPhone;
    context.agentName = agentName;
    if (number) {
        context.ticketNumber = *number;
    }
    context.ticketSubject = subject;
    context.ticketStatus = Labels::status(status);
    context.ticketPriority = Labels::priority(priority);
    context.queueName = queueName;
    // The reply is read by the customer, so the date is written their way.
    if (!customerLanguage.isEmpty()) {
        context.locale = QLocale(customerLanguage);
    }
    return context;
}

int TicketThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant TicketThreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const ThreadMessage &message = m_messages[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return message.body;
    case AuthorKindRole:
        return static_cast<int>(message.authorKind);
    case AuthorNameRole:
        return message.authorName;
    case VisibilityRole:
        return static_cast<int>(message.visibility);
    case CreatedAtRole:
        return message.createdAt;
    case PendingRole:
        return message.pending;
    default:
        return {};
    }
}

}  // namespace Frontline::Models
