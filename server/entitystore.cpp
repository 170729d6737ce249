// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entitystore.h"

#include "serverdatabase.h"

#include <models/jsonreader.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Frontline::Server {

using namespace Models;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid idAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

QDateTime timeAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString listText(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList listAt(const QSqlQuery &query, int column)
{
    QStringList items;
    for (const QJsonValue &item : QJsonDocument::fromJson(query.value(column).toString().toUtf8()).array()) {
        items.append(item.toString());
    }
    return items;
}

template<typename E>
E enumAt(const QSqlQuery &query, int column, E fallback)
{
    return enumFromString<E>(query.value(column).toString()).value_or(fallback);
}

// Runs \a sql expecting at most one row and converts it with \a convert.
template<typename T, typename Convert>
Result<std::optional<T>> one(ServerDatabase &db, const QString &sql, const QVariantList &values, Convert convert)
{
    auto query = db.exec(sql, values);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<T>();
    }
    return std::optional<T>(convert(*query));
}

constexpr const char *ticketColumns =
    "id, number, subject, customer_id, queue_id, channel, status, priority, assignee_id, tags, created_at, "
    "updated_at, first_response_due, resolution_due, first_responded_at, rev";

Ticket ticketFrom(const QSqlQuery &query)
{
    Ticket ticket;
    ticket.id = idAt(query, 0);
    if (!query.value(1).isNull()) {
        ticket.number = query.value(1).toLongLong();
    }
    ticket.subject = query.value(2).toString();
    ticket.customerId = idAt(query, 3);
    ticket.queueId = idAt(query, 4);
    ticket.channel = enumAt(query, 5, Channel::Email);
    ticket.status = enumAt(query, 6, TicketStatus::Open);
    ticket.priority = enumAt(query, 7, Priority::Normal);
    ticket.assigneeId = idAt(query, 8);
    ticket.tags = listAt(query, 9);
    ticket.createdAt = timeAt(query, 10);
    ticket.updatedAt = timeAt(query, 11);
    ticket.firstResponseDue = timeAt(query, 12);
    ticket.resolutionDue = timeAt(query, 13);
    ticket.firstRespondedAt = timeAt(query, 14);
    ticket.rev = query.value(15).toLongLong();
    return ticket;
}

constexpr const char *customerColumns =
    "id, name, email, phone, language, tier, vip, tags, notes, lifetime_value_cents, rev, updated_at";

Customer customerFrom(const QSqlQuery &query)
{
    Customer customer;
    customer.id = idAt(query, 0);
    customer.name = query.value(1).toString();
    customer.email = query.value(2).toString();
    customer.phone = query.value(3).toString();
    customer.language = query.value(4).toString();
    customer.tier = enumAt(query, 5, CustomerTier::Standard);
    customer.vip = query.value(6).toInt() != 0;
    customer.tags = listAt(query, 7);
    customer.notes = query.value(8).toString();
    customer.lifetimeValueCents = query.value(9).toLongLong();
    customer.rev = query.value(10).toLongLong();
    customer.updatedAt = timeAt(query, 11);
    return customer;
}

constexpr const char *agentColumns = "id, username, name, email, role, presence, rev";

Agent agentFrom(const QSqlQuery &query)
{
    Agent agent;
    agent.id = idAt(query, 0);
    agent.username = query.value(1).toString();
    agent.name = query.value(2).toString();
    agent.email = query.value(3).toString();
    agent.role = enumAt(query, 4, AgentRole::Agent);
    agent.presence = enumAt(query, 5, Presence::Offline);
    agent.rev = query.value(6).toLongLong();
    return agent;
}

Queue queueFrom(const QSqlQuery &query)
{
    Queue queue;
    queue.id = idAt(query, 0);
    queue.name = query.value(1).toString();
    queue.description = query.value(2).toString();
    if (auto sla = SlaPolicy::fromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object())) {
        queue.sla = *sla;
    }
    queue.rev = query.value(4).toLongLong();
    return queue;
}

Message messageFrom(const QSqlQuery &query)
{
    Message message;
    message.id = idAt(query, 0);
    message.ticketId = idAt(query, 1);
    message.authorKind = enumAt(query, 2, AuthorKind::System);
    message.authorId = idAt(query, 3);
    message.authorName = query.value(4).toString();
    message.visibility = enumAt(query, 5, MessageVisibility::Internal);
    message.body = query.value(6).toString();
    message.richBody = query.value(7).toString();
    message.createdAt = timeAt(query, 8);
    return message;
}

Status statusOf(const Result<QSqlQuery> &result)
{
    return result ? Status(Ok{}) : Status(result.error());
}

}  // namespace

EntityStore::EntityStore(ServerDatabase &db)
    : m_db(db)
    , m_feed(db)
{}

Result<qint64> EntityStore::storedRev(const char *table, const QUuid &id)
{
    auto query =
        m_db.exec(QStringLiteral("SELECT rev FROM %1 WHERE id = ?").arg(QLatin1StringView(table)), {idText(id)});
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

Status EntityStore::record(const char *kind, const QUuid &id, qint64 rev, const QJsonObject &data,
                           const QUuid &scopeQueueId, const QUuid &ownerId)
{
    Change change;
    change.kind = QString::fromLatin1(kind);
    change.entityId = id;
    change.op = QStringLiteral("upsert");
    change.rev = rev;
    change.scopeQueueId = scopeQueueId;
    change.ownerId = ownerId;
    change.data = data;
    auto appended = m_feed.append(change);
    return appended ? Status(Ok{}) : Status(appended.error());
}

Status EntityStore::revokeTicket(const Ticket &ticket, const QUuid &queueId)
{
    Change change;
    change.kind = QStringLiteral("ticket");
    change.entityId = ticket.id;
    change.op = QStringLiteral("delete");
    change.rev = ticket.rev;
    change.scopeQueueId = queueId;
    auto appended = m_feed.append(change);
    return appended ? Status(Ok{}) : Status(appended.error());
}

Status EntityStore::saveMemberships(const char *column, const QUuid &id, const QList<QUuid> &others)
{
    const QLatin1StringView own(column);
    const bool byQueue = own == QLatin1StringView("queue_id");
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM queue_members WHERE %1 = ?").arg(own), {idText(id)});
        !cleared) {
        return cleared.error();
    }
    // Only links whose other side exists: queues and agents may be created in either order.
    for (const QUuid &other : others) {
        const QUuid queueId = byQueue ? id : other;
        const QUuid userId = byQueue ? other : id;
        auto added = m_db.exec(QStringLiteral("INSERT INTO queue_members (queue_id, user_id) SELECT q.id, u.id "
                                              "FROM queues q, users u WHERE q.id = ? AND u.id = ? "
                                              "ON CONFLICT DO NOTHING"),
                               {idText(queueId), idText(userId)});
        if (!added) {
            return added.error();
        }
    }
    return Ok{};
}

Result<QList<QUuid>> EntityStore::memberships(const char *select, const QUuid &id)
{
    auto query = m_db.exec(QString::fromLatin1(select), {idText(id)});
    if (!query) {
        return query.error();
    }
    QList<QUuid> ids;
    while (query->next()) {
        ids.append(idAt(*query, 0));
    }
    return ids;
}

Result<Queue> EntityStore::save(Queue queue)
{
    auto rev = storedRev("queues", queue.id);
    if (!rev) {
        return rev.error();
    }
    queue.rev = *rev + 1;
    const QString sla = QString::fromUtf8(QJsonDocument(queue.sla.toJson()).toJson(QJsonDocument::Compact));
    Status status =
        statusOf(m_db.exec(QStringLiteral("INSERT INTO queues (id, name, description, sla, rev) VALUES (?, ?, ?, ?, ?) "
                                          "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                          "description = excluded.description, sla = excluded.sla, rev = excluded.rev"),
                           {idText(queue.id), queue.name, queue.description, sla, queue.rev}));
    status = status ? saveMemberships("queue_id", queue.id, queue.memberIds) : status;
    if (!status) {
        return status.error();
    }
    auto members = memberships("SELECT user_id FROM queue_members WHERE queue_id = ? ORDER BY user_id", queue.id);
    if (!members) {
        return members.error();
    }
    queue.memberIds = *members;
    if (Status recorded = record("queue", queue.id, queue.rev, queue.toJson(), queue.id); !recorded) {
        return recorded.error();
    }
    return queue;
}

Result<Agent> EntityStore::save(Agent agent)
{
    auto rev = storedRev("users", agent.id);
    if (!rev) {
        return rev.error();
    }
    agent.rev = *rev + 1;
    Status status = statusOf(
        m_db.exec(QStringLiteral(
                      "INSERT INTO users (id, username, name, email, role, presence, rev) VALUES (?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET username = excluded.username, name = excluded.name, "
                      "email = excluded.email, role = excluded.role, presence = excluded.presence, rev = excluded.rev"),
                  {idText(agent.id), agent.username.toLower(), agent.name, agent.email, toString(agent.role),
                   toString(agent.presence), agent.rev}));
    status = status ? saveMemberships("user_id", agent.id, agent.queueIds) : status;
    if (!status) {
        return status.error();
    }
    auto queues = memberships("SELECT queue_id FROM queue_members WHERE user_id = ? ORDER BY queue_id", agent.id);
    if (!queues) {
        return queues.error();
    }
    agent.queueIds = *queues;
    agent.username = agent.username.toLower();
    if (Status recorded = record("agent", agent.id, agent.rev, agent.toJson()); !recorded) {
        return recorded.error();
    }
    return agent;
}

Result<Customer> EntityStore::save(Customer customer)
{
    auto rev = storedRev("customers", customer.id);
    if (!rev) {
        return rev.error();
    }
    customer.rev = *rev + 1;
    customer.updatedAt = QDateTime::currentDateTimeUtc();
    Status status = statusOf(m_db.exec(
        QStringLiteral(
            "INSERT INTO customers (id, name, email, phone, language, tier, vip, tags, notes, "
            "lifetime_value_cents, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, "
            "phone = excluded.phone, language = excluded.language, tier = excluded.tier, vip = excluded.vip, "
            "tags = excluded.tags, notes = excluded.notes, lifetime_value_cents = excluded.lifetime_value_cents, "
            "rev = excluded.rev, updated_at = excluded.updated_at"),
        {idText(customer.id), customer.name, customer.email, customer.phone, customer.language, toString(customer.tier),
         customer.vip ? 1 : 0, listText(customer.tags), customer.notes, customer.lifetimeValueCents, customer.rev,
         customer.updatedAt.toMSecsSinceEpoch()}));
    for (const CsatRating &rating : customer.csat) {
        if (!status) {
            break;
        }
        // Ratings belong to existing tickets; ones for tickets not stored (yet) are left out.
        status = statusOf(m_db.exec(
            QStringLiteral("INSERT INTO csat_ratings (ticket_id, customer_id, queue_id, score, comment, rated_at) "
                           "SELECT id, ?, queue_id, ?, ?, ? FROM tickets WHERE id = ? "
                           "ON CONFLICT (ticket_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, "
                           "rated_at = excluded.rated_at, queue_id = excluded.queue_id"),
            {idText(customer.id), rating.score, rating.comment, rating.ratedAt.toMSecsSinceEpoch(),
             idText(rating.ticketId)}));
    }
    if (!status) {
        return status.error();
    }
    auto stored = this->customer(customer.id);
    if (!stored) {
        return stored.error();
    }
    customer.csat = (*stored)->csat;
    if (Status recorded = record("customer", customer.id, customer.rev, customer.toJson()); !recorded) {
        return recorded.error();
    }
    return customer;
}

Result<Ticket> EntityStore::save(Ticket ticket)
{
    auto rev = storedRev("tickets", ticket.id);
    if (!rev) {
        return rev.error();
    }
    ticket.rev = *rev + 1;
    // The save's own time, the mutation's clock: an imported solved ticket was solved when it was last
    // updated, not on the day it was imported.
    const qint64 now =
        ticket.updatedAt.isValid() ? ticket.updatedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const bool solved = ticket.status == TicketStatus::Solved || ticket.status == TicketStatus::Closed;
    const QVariant number = ticket.number ? QVariant(*ticket.number) : QVariant(QMetaType::fromType<qint64>());
    // solved_at keeps the first time a ticket was solved until it is reopened (for the metrics).
    const auto saved = m_db.exec(
        QStringLiteral("INSERT INTO tickets (id, number, subject, customer_id, queue_id, channel, status, priority, "
                       "assignee_id, tags, created_at, updated_at, first_response_due, resolution_due, "
                       "first_responded_at, solved_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET number = excluded.number, subject = excluded.subject, "
                       "customer_id = excluded.customer_id, queue_id = excluded.queue_id, channel = excluded.channel, "
                       "status = excluded.status, priority = excluded.priority, assignee_id = excluded.assignee_id, "
                       "tags = excluded.tags, updated_at = excluded.updated_at, "
                       "first_response_due = excluded.first_response_due, resolution_due = excluded.resolution_due, "
                       "first_responded_at = excluded.first_responded_at, "
                       "solved_at = CASE WHEN excluded.solved_at IS NULL THEN NULL "
                       "ELSE COALESCE(tickets.solved_at, excluded.solved_at) END, rev = excluded.rev"),
        {idText(ticket.id), number, ticket.subject, idText(ticket.customerId), idText(ticket.queueId),
         toString(ticket.channel), toString(ticket.status), toString(ticket.priority), nullableId(ticket.assigneeId),
         listText(ticket.tags), ticket.createdAt.toMSecsSinceEpoch(), ticket.updatedAt.toMSecsSinceEpoch(),
         nullableTime(ticket.firstResponseDue), nullableTime(ticket.resolutionDue),
         nullableTime(ticket.firstRespondedAt), solved ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()),
         ticket.rev});
    if (!saved) {
        return saved.error();
    }
    if (ticket.number) {
        // Imported tickets bring their numbers: new ones must continue after them, never collide.
        auto counter = m_db.exec(QStringLiteral("UPDATE server_info SET value = CAST(? AS TEXT) "
                                                "WHERE key = 'next_ticket_number' AND CAST(value AS BIGINT) <= ?"),
                                 {*ticket.number + 1, *ticket.number});
        if (!counter) {
            return counter.error();
        }
    }
    if (Status recorded = record("ticket", ticket.id, ticket.rev, ticket.toJson(), ticket.queueId); !recorded) {
        return recorded.error();
    }
    return ticket;
}

Result<Message> EntityStore::save(const Message &message)
{
    auto owner = ticket(message.ticketId);
    if (!owner) {
        return owner.error();
    }
    if (!*owner) {
        return Error{Error::Code::InvalidValue, tr("The ticket of this message does not exist."),
                     QStringLiteral("ticketId")};
    }
    return save(message, **owner);
}

namespace {
const QString insertMessageSql =
    QStringLiteral("INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, visibility, body, "
                   "rich_body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");

QVariantList messageValues(const Message &message)
{
    return {idText(message.id),
            idText(message.ticketId),
            toString(message.authorKind),
            nullableId(message.authorId),
            message.authorName,
            toString(message.visibility),
            message.body,
            message.richBody,
            message.createdAt.toMSecsSinceEpoch()};
}
}  // namespace

Status EntityStore::insertNew(const Message &message, const Ticket &owner)
{
    if (Status inserted = m_db.execLater(insertMessageSql, messageValues(message)); !inserted) {
        return inserted;
    }
    return record("message", message.id, 1, message.toJson(), owner.queueId);
}

Result<Message> EntityStore::save(const Message &message, const Ticket &owner)
{
    // Messages are append-only: storing one again changes nothing and records nothing.
    auto inserted = m_db.execAffected(insertMessageSql, messageValues(message));
    if (!inserted) {
        return inserted.error();
    }
    if (*inserted > 0) {
        if (Status recorded = record("message", message.id, 1, message.toJson(), owner.queueId); !recorded) {
            return recorded.error();
        }
    }
    return message;
}

Result<Article> EntityStore::save(Article article)
{
    auto rev = storedRev("articles", article.id);
    if (!rev) {
        return rev.error();
    }
    article.rev = *rev + 1;
    if (!article.updatedAt.isValid()) {
        article.updatedAt = QDateTime::currentDateTimeUtc();  // clients order and show articles by it
    }
    const auto saved = m_db.exec(
        QStringLiteral("INSERT INTO articles (id, title, body, category, language, tags, published, updated_at, rev) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                       "body = excluded.body, category = excluded.category, language = excluded.language, "
                       "tags = excluded.tags, published = excluded.published, updated_at = excluded.updated_at, "
                       "rev = excluded.rev"),
        {idText(article.id), article.title, article.body, article.category, article.language, listText(article.tags),
         article.published ? 1 : 0, nullableTime(article.updatedAt), article.rev});
    if (!saved) {
        return saved.error();
    }
    if (Status recorded = record("article", article.id, article.rev, article.toJson()); !recorded) {
        return recorded.error();
    }
    return article;
}

Result<CannedReply> EntityStore::save(CannedReply reply)
{
    auto rev = storedRev("canned_replies", reply.id);
    if (!rev) {
        return rev.error();
    }
    reply.rev = *rev + 1;
    if (!reply.updatedAt.isValid()) {
        reply.updatedAt = QDateTime::currentDateTimeUtc();
    }
    const auto saved = m_db.exec(
        QStringLiteral("INSERT INTO canned_replies (id, title, shortcut, body, category, language, owner_id, "
                       "team_queue_id, usage_count, updated_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, "
                       "body = excluded.body, category = excluded.category, language = excluded.language, "
                       "owner_id = excluded.owner_id, team_queue_id = excluded.team_queue_id, "
                       "usage_count = excluded.usage_count, updated_at = excluded.updated_at, rev = excluded.rev"),
        {idText(reply.id), reply.title, reply.shortcut, reply.body, reply.category, reply.language,
         nullableId(reply.ownerId), nullableId(reply.teamQueueId), reply.usageCount, nullableTime(reply.updatedAt),
         reply.rev});
    if (!saved) {
        return saved.error();
    }
    if (Status recorded = record("canned_reply", reply.id, reply.rev, reply.toJson(), reply.teamQueueId, reply.ownerId);
        !recorded) {
        return recorded.error();
    }
    return reply;
}

Result<QJsonObject> EntityStore::fieldRevisions(const QUuid &ticketId)
{
    auto query = m_db.exec(QStringLiteral("SELECT field_revs FROM tickets WHERE id = ?"), {idText(ticketId)});
    if (!query) {
        return query.error();
    }
    return query->next() ? QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object() : QJsonObject();
}

Status EntityStore::setFieldRevisions(const QUuid &ticketId, const QJsonObject &revisions)
{
    return statusOf(
        m_db.exec(QStringLiteral("UPDATE tickets SET field_revs = ? WHERE id = ?"),
                  {QString::fromUtf8(QJsonDocument(revisions).toJson(QJsonDocument::Compact)), idText(ticketId)}));
}

Status EntityStore::setPasswordHash(const QUuid &userId, const QString &hash)
{
    return statusOf(
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, idText(userId)}));
}

Status EntityStore::setDisabled(const QUuid &userId, bool disabled)
{
    return statusOf(
        m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, idText(userId)}));
}

Result<std::optional<Ticket>> EntityStore::ticket(const QUuid &id)
{
    return one<Ticket>(m_db,
                       QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1StringView(ticketColumns)),
                       {idText(id)}, ticketFrom);
}

Result<std::vector<Ticket>> EntityStore::tickets(const QList<QUuid> &ids)
{
    std::vector<Ticket> found;
    if (ids.isEmpty()) {
        return found;
    }
    QVariantList values;
    values.reserve(ids.size());
    for (const QUuid &id : ids) {
        values.append(idText(id));
    }
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id IN (%2)")
                               .arg(QLatin1StringView(ticketColumns), sqlPlaceholders(values.size())),
                           values, ServerDatabase::Plan::EachTime);  // the table grows: see Plan
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        found.push_back(ticketFrom(*query));
    }
    return found;
}

Result<std::optional<Customer>> EntityStore::customer(const QUuid &id)
{
    auto found = one<Customer>(
        m_db, QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(QLatin1StringView(customerColumns)),
        {idText(id)}, customerFrom);
    if (!found || !*found) {
        return found;
    }
    auto ratings = m_db.exec(QStringLiteral("SELECT ticket_id, score, comment, rated_at FROM csat_ratings "
                                            "WHERE customer_id = ? ORDER BY rated_at, ticket_id"),
                             {idText(id)});
    if (!ratings) {
        return ratings.error();
    }
    while (ratings->next()) {
        (*found)->csat.append(CsatRating{idAt(*ratings, 0), ratings->value(1).toInt(), ratings->value(2).toString(),
                                         timeAt(*ratings, 3)});
    }
    return found;
}

Result<std::optional<Queue>> EntityStore::queue(const QUuid &id)
{
    auto found = one<Queue>(m_db, QStringLiteral("SELECT id, name, description, sla, rev FROM queues WHERE id = ?"),
                            {idText(id)}, queueFrom);
    if (found && *found) {
        auto members = memberships("SELECT user_id FROM queue_members WHERE queue_id = ? ORDER BY user_id", id);
        if (!members) {
            return members.error();
        }
        (*found)->memberIds = *members;
    }
    return found;
}

Result<std::optional<Queue>> EntityStore::queueByName(const QString &name)
{
    auto found =
        one<Queue>(m_db, QStringLiteral("SELECT id FROM queues WHERE name = ?"), {name}, [](const QSqlQuery &q) {
            Queue queue;
            queue.id = idAt(q, 0);
            return queue;
        });
    if (!found || !*found) {
        return found;
    }
    return queue((*found)->id);
}

Result<std::optional<Agent>> EntityStore::agent(const QUuid &id)
{
    auto found =
        one<Agent>(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1StringView(agentColumns)),
                   {idText(id)}, agentFrom);
    if (found && *found) {
        auto queues = memberships("SELECT queue_id FROM queue_members WHERE user_id = ? ORDER BY queue_id", id);
        if (!queues) {
            return queues.error();
        }
        (*found)->queueIds = *queues;
    }
    return found;
}

Result<std::optional<Agent>> EntityStore::agentByUsername(const QString &username)
{
    auto found = one<QUuid>(m_db, QStringLiteral("SELECT id FROM users WHERE username = ?"), {username.toLower()},
                            [](const QSqlQuery &q) { return idAt(q, 0); });
    if (!found || !*found) {
        return std::optional<Agent>();
    }
    return agent(**found);
}

Result<QString> EntityStore::passwordHash(const QUuid &userId)
{
    auto query = m_db.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {idText(userId)});
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toString() : QString();
}

Result<bool> EntityStore::isDisabled(const QUuid &userId)
{
    auto query = m_db.exec(QStringLiteral("SELECT disabled FROM users WHERE id = ?"), {idText(userId)});
    if (!query) {
        return query.error();
    }
    return !query->next() || query->value(0).toInt() != 0;
}

Result<QList<Message>> EntityStore::messages(const QUuid &ticketId)
{
    auto query =
        m_db.exec(QStringLiteral("SELECT id, ticket_id, author_kind, author_id, author_name, visibility, body, "
                                 "rich_body, created_at FROM messages WHERE ticket_id = ? ORDER BY created_at, id"),
                  {idText(ticketId)});
    if (!query) {
        return query.error();
    }
    QList<Message> messages;
    while (query->next()) {
        messages.append(messageFrom(*query));
    }
    return messages;
}

Result<qint64> EntityStore::nextTicketNumber()
{
    auto query = m_db.exec(QStringLiteral("UPDATE server_info SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) "
                                          "WHERE key = 'next_ticket_number' RETURNING CAST(value AS BIGINT) - 1"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{Error::Code::Database, QStringLiteral("the ticket number counter is missing"), {}};
    }
    return query->value(0).toLongLong();
}

}  // namespace Frontline::Server
