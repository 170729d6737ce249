// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entitywriter.h"

#include "agent.h"
#include "article.h"
#include "cannedreply.h"
#include "changeset.h"
#include "customer.h"
#include "jsonreader.h"
#include "message.h"
#include "queue.h"
#include "sqlconnection.h"
#include "ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Frontline::Models {

namespace {

// Membership rows refer to both a queue and an agent; whichever of the two arrives second fills
// the link in, so the insert skips rows whose other side is not stored yet.
constexpr const char *statementTexts[] = {
    // QueueRow
    "INSERT INTO queues (id, name, description, sla, rev) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description, "
    "sla = excluded.sla, rev = excluded.rev",
    // AgentRow
    "INSERT INTO agents (id, username, name, email, role, presence, rev) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET username = excluded.username, name = excluded.name, email = excluded.email, "
    "role = excluded.role, presence = excluded.presence, rev = excluded.rev",
    // ClearQueueMembers
    "DELETE FROM queue_members WHERE queue_id = ?",
    // ClearAgentMemberships
    "DELETE FROM queue_members WHERE agent_id = ?",
    // AddMembership
    "INSERT OR IGNORE INTO queue_members (queue_id, agent_id) "
    "SELECT q.id, a.id FROM queues q, agents a WHERE q.id = ?1 AND a.id = ?2",
    // CustomerRow
    "INSERT INTO customers (id, name, email, phone, language, tier, vip, tags, notes, lifetime_value_cents, rev, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, phone = excluded.phone, "
    "language = excluded.language, tier = excluded.tier, vip = excluded.vip, tags = excluded.tags, "
    "notes = excluded.notes, lifetime_value_cents = excluded.lifetime_value_cents, rev = excluded.rev, "
    "updated_at = excluded.updated_at",
    // ClearRatings
    "DELETE FROM csat_ratings WHERE customer_id = ?",
    // AddRating
    "INSERT OR REPLACE INTO csat_ratings (customer_id, ticket_id, score, comment, rated_at) VALUES (?, ?, ?, ?, ?)",
    // TicketRow
    "INSERT INTO tickets (id, number, subject, customer_id, queue_id, channel, status, priority, assignee_id, tags, "
    "created_at, updated_at, first_response_due, resolution_due, first_responded_at, rev) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET number = excluded.number, subject = excluded.subject, "
    "customer_id = excluded.customer_id, queue_id = excluded.queue_id, channel = excluded.channel, "
    "status = excluded.status, priority = excluded.priority, assignee_id = excluded.assignee_id, "
    "tags = excluded.tags, created_at = excluded.created_at, updated_at = excluded.updated_at, "
    "first_response_due = excluded.first_response_due, resolution_due = excluded.resolution_due, "
    "first_responded_at = excluded.first_responded_at, rev = excluded.rev",
    // MessageRow: messages are append-only, so a message seen again is left as it is.
    "INSERT OR IGNORE INTO messages (id, ticket_id, author_kind, author_id, author_name, visibility, body, "
    "rich_body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // ArticleRow
    "INSERT INTO articles (id, title, body, category, language, tags, published, updated_at, rev) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET title = excluded.title, body = excluded.body, category = excluded.category, "
    "language = excluded.language, tags = excluded.tags, published = excluded.published, "
    "updated_at = excluded.updated_at, rev = excluded.rev",
    // CannedReplyRow
    "INSERT INTO canned_replies (id, title, shortcut, body, category, language, owner_id, team_queue_id, "
    "usage_count, updated_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, body = excluded.body, "
    "category = excluded.category, language = excluded.language, owner_id = excluded.owner_id, "
    "team_queue_id = excluded.team_queue_id, usage_count = excluded.usage_count, "
    "updated_at = excluded.updated_at, rev = excluded.rev",
};

// Qt binds a null QString as SQL NULL; these columns are NOT NULL and hold "" for "no text".
QString textValue(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant idValue(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idToString(id));
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString listValue(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QString objectValue(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

EntityWriter::EntityWriter(const QSqlDatabase &db, ChangeSet *changes)
    : m_db(db)
    , m_changes(changes)
{}

EntityWriter::~EntityWriter() = default;

QSqlQuery &EntityWriter::prepared(Statement statement)
{
    std::unique_ptr<QSqlQuery> &query = m_queries[statement];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        // A statement that fails to prepare reports its error when run, through run().
        query->prepare(QString::fromUtf8(statementTexts[statement]));
    }
    return *query;
}

Status EntityWriter::run(QSqlQuery &query, const char *what)
{
    if (!query.exec()) {
        return sqlError(QString::fromUtf8(what), query.lastError());
    }
    return Ok{};
}

Status EntityWriter::addMembership(const QUuid &queueId, const QUuid &agentId)
{
    QSqlQuery &query = prepared(AddMembership);
    query.bindValue(0, idToString(queueId));
    query.bindValue(1, idToString(agentId));
    return run(query, "storing a queue membership");
}

Status EntityWriter::upsert(const Queue &queue)
{
    QSqlQuery &row = prepared(QueueRow);
    row.bindValue(0, idToString(queue.id));
    row.bindValue(1, textValue(queue.name));
    row.bindValue(2, textValue(queue.description));
    row.bindValue(3, objectValue(queue.sla.toJson()));
    row.bindValue(4, queue.rev);
    if (Status status = run(row, "storing a queue"); !status) {
        return status;
    }
    QSqlQuery &clear = prepared(ClearQueueMembers);
    clear.bindValue(0, idToString(queue.id));
    if (Status status = run(clear, "updating queue members"); !status) {
        return status;
    }
    for (const QUuid &agentId : queue.memberIds) {
        if (Status status = addMembership(queue.id, agentId); !status) {
            return status;
        }
    }
    m_changes->queues.insert(queue.id);
    return Ok{};
}

Status EntityWriter::upsert(const Agent &agent)
{
    QSqlQuery &row = prepared(AgentRow);
    row.bindValue(0, idToString(agent.id));
    row.bindValue(1, textValue(agent.username));
    row.bindValue(2, textValue(agent.name));
    row.bindValue(3, textValue(agent.email));
    row.bindValue(4, toString(agent.role));
    row.bindValue(5, toString(agent.presence));
    row.bindValue(6, agent.rev);
    if (Status status = run(row, "storing an agent"); !status) {
        return status;
    }
    QSqlQuery &clear = prepared(ClearAgentMemberships);
    clear.bindValue(0, idToString(agent.id));
    if (Status status = run(clear, "updating an agent's queues"); !status) {
        return status;
    }
    for (const QUuid &queueId : agent.queueIds) {
        if (Status status = addMembership(queueId, agent.id); !status) {
            return status;
        }
    }
    m_changes->agents.insert(agent.id);
    return Ok{};
}

Status EntityWriter::upsert(const Customer &customer)
{
    QSqlQuery &row = prepared(CustomerRow);
    row.bindValue(0, idToString(customer.id));
    row.bindValue(1, textValue(customer.name));
    row.bindValue(2, textValue(customer.email));
    row.bindValue(3, textValue(customer.phone));
    row.bindValue(4, textValue(customer.language));
    row.bindValue(5, toString(customer.tier));
    row.bindValue(6, customer.vip ? 1 : 0);
    row.bindValue(7, listValue(customer.tags));
    row.bindValue(8, textValue(customer.notes));
    row.bindValue(9, customer.lifetimeValueCents);
    row.bindValue(10, customer.rev);
    row.bindValue(11, timeValue(customer.updatedAt));
    if (Status status = run(row, "storing a customer"); !status) {
        return status;
    }
    QSqlQuery &clear = prepared(ClearRatings);
    clear.bindValue(0, idToString(customer.id));
    if (Status status = run(clear, "updating CSAT ratings"); !status) {
        return status;
    }
    for (const CsatRating &rating : customer.csat) {
        QSqlQuery &add = prepared(AddRating);
        add.bindValue(0, idToString(customer.id));
        add.bindValue(1, idToString(rating.ticketId));
        add.bindValue(2, rating.score);
        add.bindValue(3, textValue(rating.comment));
        add.bindValue(4, timeValue(rating.ratedAt));
        if (Status status = run(add, "storing a CSAT rating"); !status) {
            return status;
        }
    }
    m_changes->customers.insert(customer.id);
    return Ok{};
}

Status EntityWriter::upsert(const Ticket &ticket)
{
    QSqlQuery &row = prepared(TicketRow);
    row.bindValue(0, idToString(ticket.id));
    row.bindValue(1, ticket.number ? QVariant(*ticket.number) : QVariant(QMetaType::fromType<qint64>()));
    row.bindValue(2, textValue(ticket.subject));
    row.bindValue(3, idToString(ticket.customerId));
    row.bindValue(4, idToString(ticket.queueId));
    row.bindValue(5, toString(ticket.channel));
    row.bindValue(6, toString(ticket.status));
    row.bindValue(7, toString(ticket.priority));
    row.bindValue(8, idValue(ticket.assigneeId));
    row.bindValue(9, listValue(ticket.tags));
    row.bindValue(10, ticket.createdAt.toMSecsSinceEpoch());
    row.bindValue(11, ticket.updatedAt.toMSecsSinceEpoch());
    row.bindValue(12, timeValue(ticket.firstResponseDue));
    row.bindValue(13, timeValue(ticket.resolutionDue));
    row.bindValue(14, timeValue(ticket.firstRespondedAt));
    row.bindValue(15, ticket.rev);
    if (Status status = run(row, "storing a ticket"); !status) {
        return status;
    }
    m_changes->tickets.insert(ticket.id);
    return Ok{};
}

Status EntityWriter::upsert(const Message &message)
{
    QSqlQuery &row = prepared(MessageRow);
    row.bindValue(0, idToString(message.id));
    row.bindValue(1, idToString(message.ticketId));
    row.bindValue(2, toString(message.authorKind));
    row.bindValue(3, idValue(message.authorId));
    row.bindValue(4, textValue(message.authorName));
    row.bindValue(5, toString(message.visibility));
    row.bindValue(6, textValue(message.body));
    row.bindValue(7, textValue(message.richBody));
    row.bindValue(8, message.createdAt.toMSecsSinceEpoch());
    if (Status status = run(row, "storing a message"); !status) {
        return status;
    }
    m_changes->messages.insert(message.id);
    m_changes->tickets.insert(message.ticketId);  // the thread of this ticket changed
    return Ok{};
}

Status EntityWriter::upsert(const Article &article)
{
    QSqlQuery &row = prepared(ArticleRow);
    row.bindValue(0, idToString(article.id));
    row.bindValue(1, textValue(article.title));
    row.bindValue(2, textValue(article.body));
    row.bindValue(3, textValue(article.category));
    row.bindValue(4, textValue(article.language));
    row.bindValue(5, listValue(article.tags));
    row.bindValue(6, article.published ? 1 : 0);
    row.bindValue(7, timeValue(article.updatedAt));
    row.bindValue(8, article.rev);
    if (Status status = run(row, "storing an article"); !status) {
        return status;
    }
    m_changes->articles.insert(article.id);
    return Ok{};
}

Status EntityWriter::upsert(const CannedReply &reply)
{
    QSqlQuery &row = prepared(CannedReplyRow);
    row.bindValue(0, idToString(reply.id));
    row.bindValue(1, textValue(reply.title));
    row.bindValue(2, textValue(reply.shortcut));
    row.bindValue(3, textValue(reply.body));
    row.bindValue(4, textValue(reply.category));
    row.bindValue(5, textValue(reply.language));
    row.bindValue(6, idValue(reply.ownerId));
    row.bindValue(7, idValue(reply.teamQueueId));
    row.bindValue(8, reply.usageCount);
    row.bindValue(9, timeValue(reply.updatedAt));
    row.bindValue(10, reply.rev);
    if (Status status = run(row, "storing a canned reply"); !status) {
        return status;
    }
    m_changes->cannedReplies.insert(reply.id);
    return Ok{};
}

}  // namespace Frontline::Models
