// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mutationprocessor.h"

#include "entitystore.h"
#include "serverdatabase.h"
#include "sla.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace Frontline::Server {

using namespace Models;
using Protocol::AckResult;
using Protocol::RejectReason;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.mutations")

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// In a ticket's field_revs, "<field>.by" names who made the change recorded under "<field>".
const QString byKey = QStringLiteral(".by");

/*! What a handler decided; rejected outcomes wrote nothing. */
struct Outcome
{
    AckResult result = AckResult::Applied;
    RejectReason reason = RejectReason::Unknown;
    QString message;
    std::optional<Protocol::Entity> current;
    std::optional<qint64> seq;

    static Outcome applied(std::optional<qint64> seq = std::nullopt) { return {AckResult::Applied, {}, {}, {}, seq}; }
    static Outcome rejected(RejectReason reason, QString message, std::optional<Protocol::Entity> current = {})
    {
        return {AckResult::Rejected, reason, std::move(message), std::move(current), std::nullopt};
    }
};

/*! One mutation's run inside its transaction. Each handler returns an Outcome or a database Error. */
class Run final
{
public:
    Run(ServerDatabase &db, const Actor &actor, QDateTime now, std::optional<qint64> baseRev,
        MutationProcessor::Known &known, const MutationProcessor::Policy &policy)
        : m_db(db)
        , m_store(db)
        , m_feed(db)
        , m_actor(actor)
        , m_now(std::move(now))
        , m_baseRev(baseRev)
        , m_storedMessages(known.messages)
        , m_readTickets(known.tickets)
        , m_policy(policy)
    {}

    /*! The message this run stored, with its ticket, if it stored one. */
    const std::optional<std::pair<QUuid, QUuid>> &addedMessage() const { return m_addedMessage; }

    Result<Outcome> operator()(const Protocol::ClaimTicket &claim);
    Result<Outcome> operator()(const Protocol::TakeNext &take);
    Result<Outcome> operator()(const Protocol::AssignTicket &assign);
    Result<Outcome> operator()(const Protocol::SetStatus &set);
    Result<Outcome> operator()(const Protocol::SetPriority &set);
    Result<Outcome> operator()(const Protocol::SetTags &set);
    Result<Outcome> operator()(const Protocol::TransferTicket &transfer);
    Result<Outcome> operator()(const Protocol::AddReply &reply);
    Result<Outcome> operator()(const Protocol::AddNote &note);
    Result<Outcome> operator()(const Protocol::LogCall &call);
    Result<Outcome> operator()(const Protocol::CreateTicket &create);
    Result<Outcome> operator()(const Protocol::UpdateCustomerNotes &update);
    Result<Outcome> operator()(const Protocol::SetPresence &set);
    Result<Outcome> operator()(const Protocol::RecordCsat &record);
    Result<Outcome> operator()(const Protocol::RevealContact &reveal);

private:
    // A ticket the actor may act on; anything else is "not found", so other queues stay invisible.
    Result<std::optional<Ticket>> visibleTicket(const QUuid &id);
    Result<Outcome> notFound(const char *what) const;
    // A customer the actor may see (one of their tickets is in the actor's queues), else none.
    Result<std::optional<Customer>> visibleCustomer(const QUuid &id);
    // Runs \a act on the ticket if the actor may see it; otherwise the mutation is "not found".
    Result<Outcome> withVisibleTicket(const QUuid &id, const std::function<Result<Outcome>(const Ticket &)> &act);
    // Saves a ticket whose \a fields changed; with a base revision, a field changed by someone else
    // since that revision is a conflict and nothing is saved.
    Result<Outcome> saveFields(Ticket ticket, const QStringList &fields);
    Result<Outcome> assignTo(Ticket ticket, const Agent &assignee, const QStringList &extraFields = {});
    Result<Outcome> addMessage(const QUuid &ticketId, Message message, bool publicReply);
    Result<qint64> republishTicketContext(const Ticket &ticket);
    Status audit(const QString &action, const QString &target, const QJsonObject &details);
    Result<qint64> latestSeq();
    // Whether the actor, a lead or admin, may change \a target's presence (someone else's); a rejection says why.
    std::optional<Outcome> refusePresenceOf(const Agent &target) const;

    ServerDatabase &m_db;
    EntityStore m_store;
    ChangeFeed m_feed;
    const Actor &m_actor;
    QDateTime m_now;
    std::optional<qint64> m_baseRev;
    const QHash<QUuid, QUuid> &m_storedMessages;  // message id → ticket, of the batch's message ids
    QHash<QUuid, Ticket> &m_readTickets;          // the batch's tickets read ahead, each taken once
    std::optional<std::pair<QUuid, QUuid>> m_addedMessage;
    const MutationProcessor::Policy &m_policy;
};

Result<std::optional<Ticket>> Run::visibleTicket(const QUuid &id)
{
    // Every handler that changes a ticket reads it here first, so a ticket read ahead for the batch
    // is used once, before any mutation of the batch could have changed it.
    Result<std::optional<Ticket>> ticket = std::optional<Ticket>();
    if (auto ahead = m_readTickets.find(id); ahead != m_readTickets.end()) {
        ticket = std::optional<Ticket>(std::move(*ahead));
        m_readTickets.erase(ahead);
    } else {
        ticket = m_store.ticket(id);
    }
    if (!ticket || !*ticket) {
        return ticket;
    }
    return m_actor.canSeeQueue((*ticket)->queueId) ? ticket : Result<std::optional<Ticket>>(std::optional<Ticket>());
}

Result<Outcome> Run::withVisibleTicket(const QUuid &id, const std::function<Result<Outcome>(const Ticket &)> &act)
{
    auto ticket = visibleTicket(id);
    if (!ticket) {
        return ticket.error();
    }
    if (!*ticket) {
        return notFound("ticket");
    }
    return act(**ticket);
}

Result<Outcome> Run::notFound(const char *what) const
{
    return Outcome::rejected(RejectReason::NotFound, QStringLiteral("no such %1").arg(QLatin1StringView(what)));
}

Result<qint64> Run::latestSeq()
{
    return m_feed.latestSeq();
}

Result<Outcome> Run::saveFields(Ticket ticket, const QStringList &fields)
{
    auto revisions = m_store.fieldRevisions(ticket.id);
    if (!revisions) {
        return revisions.error();
    }
    const QString me = idText(m_actor.userId);
    if (m_baseRev) {
        for (const QString &field : fields) {
            // The actor's own later change is not a conflict: two quick changes of one field by the same
            // agent both carry the revision the agent saw before the first.
            if (revisions->value(field).toInteger() > *m_baseRev && revisions->value(field + byKey).toString() != me) {
                return Outcome::rejected(
                    RejectReason::Conflict,
                    QStringLiteral("%1 was changed by someone else since revision %2").arg(field).arg(*m_baseRev),
                    Protocol::Entity(ticket));
            }
        }
    }
    ticket.updatedAt = m_now;
    auto saved = m_store.save(ticket);
    if (!saved) {
        return saved.error();
    }
    for (const QString &field : fields) {
        (*revisions)[field] = saved->rev;
        (*revisions)[field + byKey] = me;
    }
    if (Status status = m_store.setFieldRevisions(ticket.id, *revisions); !status) {
        return status.error();
    }
    auto seq = latestSeq();
    if (!seq) {
        return seq.error();
    }
    return Outcome::applied(*seq);
}

Result<Outcome> Run::assignTo(Ticket ticket, const Agent &assignee, const QStringList &extraFields)
{
    ticket.assigneeId = assignee.id;
    QStringList fields = extraFields;
    fields.append(QStringLiteral("assignee"));
    if (ticket.status == TicketStatus::New) {
        ticket.status = TicketStatus::Open;
        fields.append(QStringLiteral("status"));
    }
    return saveFields(std::move(ticket), fields);
}

Result<Outcome> Run::operator()(const Protocol::ClaimTicket &claim)
{
    return withVisibleTicket(claim.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        if (ticket.assigneeId == m_actor.userId) {
            return Outcome::applied();  // already theirs: nothing to change
        }
        if (!ticket.assigneeId.isNull()) {
            return Outcome::rejected(RejectReason::AlreadyAssigned, QStringLiteral("the ticket is already assigned"),
                                     Protocol::Entity(ticket));
        }
        auto me = m_store.agent(m_actor.userId);
        if (!me) {
            return me.error();
        }
        return assignTo(ticket, **me);
    });
}

Result<Outcome> Run::operator()(const Protocol::TakeNext &take)
{
    QVariantList queues;
    for (const QUuid &queueId : take.queueIds.isEmpty() ? m_actor.queueIds : take.queueIds) {
        if (m_actor.canSeeQueue(queueId)) {
            queues.append(idText(queueId));
        }
    }
    if (queues.isEmpty()) {
        return Outcome::rejected(RejectReason::NothingWaiting, QStringLiteral("no queue to take from"));
    }
    // The most urgent first: the nearest deadline (first response, else resolution), then the oldest.
    auto next = m_db.exec(QStringLiteral("SELECT id FROM tickets WHERE assignee_id IS NULL AND queue_id IN (%1) "
                                         "AND status IN ('new', 'open', 'pending', 'on_hold') "
                                         "ORDER BY COALESCE(first_response_due, resolution_due, 9223372036854775807), "
                                         "created_at, id LIMIT 1")
                              .arg(sqlPlaceholders(queues.size())),
                          queues);
    if (!next) {
        return next.error();
    }
    if (!next->next()) {
        return Outcome::rejected(RejectReason::NothingWaiting, QStringLiteral("no unassigned ticket is waiting"));
    }
    const QUuid taken = QUuid::fromString(next->value(0).toString());
    auto outcome = (*this)(Protocol::ClaimTicket{taken});
    if (outcome && outcome->result == AckResult::Applied) {
        // The agent did not choose the ticket: the ack says which one they now have.
        auto ticket = m_store.ticket(taken);
        if (!ticket) {
            return ticket.error();
        }
        if (*ticket) {
            outcome->current = Protocol::Entity(**ticket);
        }
    }
    return outcome;
}

Result<Outcome> Run::operator()(const Protocol::AssignTicket &assign)
{
    if (!m_actor.isLeadOrAdmin()) {
        return Outcome::rejected(RejectReason::Forbidden, QStringLiteral("only team leads may assign tickets"));
    }
    return withVisibleTicket(assign.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        auto assignee = m_store.agent(assign.assigneeId);
        if (!assignee) {
            return assignee.error();
        }
        auto disabled = m_store.isDisabled(assign.assigneeId);
        if (!disabled) {
            return disabled.error();
        }
        if (!*assignee || *disabled || !(*assignee)->queueIds.contains(ticket.queueId)) {
            return Outcome::rejected(RejectReason::Invalid,
                                     QStringLiteral("the assignee is not an active member of the "
                                                    "ticket's queue"));
        }
        const QUuid previous = ticket.assigneeId;
        auto outcome = assignTo(ticket, **assignee);
        if (outcome && outcome->result == AckResult::Applied) {
            const QJsonObject details{
                {QStringLiteral("from"), previous.isNull() ? QJsonValue() : QJsonValue(idText(previous))},
                {QStringLiteral("to"), idText(assign.assigneeId)}};
            if (Status audited = audit(QStringLiteral("reassign"), idText(assign.ticketId), details); !audited) {
                return audited.error();
            }
        }
        return outcome;
    });
}

Result<Outcome> Run::operator()(const Protocol::SetStatus &set)
{
    return withVisibleTicket(set.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        Ticket changed = ticket;
        changed.status = set.status;
        return saveFields(changed, {QStringLiteral("status")});
    });
}

Result<Outcome> Run::operator()(const Protocol::SetPriority &set)
{
    return withVisibleTicket(set.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        auto queue = m_store.queue(ticket.queueId);
        if (!queue) {
            return queue.error();
        }
        Ticket changed = ticket;
        changed.priority = set.priority;
        if (*queue) {
            applySla(changed, (*queue)->sla);  // deadlines follow the new priority's targets
        }
        return saveFields(changed, {QStringLiteral("priority")});
    });
}

Result<Outcome> Run::operator()(const Protocol::SetTags &set)
{
    return withVisibleTicket(set.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        Ticket changed = ticket;
        changed.tags = set.tags;
        return saveFields(changed, {QStringLiteral("tags")});
    });
}

Result<qint64> Run::republishTicketContext(const Ticket &ticket)
{
    // Readers of the ticket's (new) queue have passed the older changes of its customer and messages:
    // append them again, scoped so those readers receive them.
    auto customer = m_store.customer(ticket.customerId);
    if (!customer) {
        return customer.error();
    }
    if (*customer) {
        Change change{0,
                      QStringLiteral("customer"),
                      ticket.customerId,
                      QStringLiteral("upsert"),
                      (*customer)->rev,
                      {},
                      {},
                      (*customer)->toJson(),
                      0};
        if (auto appended = m_feed.append(change); !appended) {
            return appended.error();
        }
    }
    auto messages = m_store.messages(ticket.id);
    if (!messages) {
        return messages.error();
    }
    for (const Message &message : *messages) {
        Change change{0,  QStringLiteral("message"), message.id, QStringLiteral("upsert"), 1, ticket.queueId,
                      {}, message.toJson(),          0};
        if (auto appended = m_feed.append(change); !appended) {
            return appended.error();
        }
    }
    return latestSeq();
}

Result<Outcome> Run::operator()(const Protocol::TransferTicket &transfer)
{
    return withVisibleTicket(transfer.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        auto target = m_store.queue(transfer.queueId);
        if (!target) {
            return target.error();
        }
        if (!*target) {
            return notFound("queue");
        }
        if (ticket.queueId == transfer.queueId) {
            return Outcome::applied();
        }
        auto source = m_store.queue(ticket.queueId);
        if (!source) {
            return source.error();
        }
        Ticket moved = ticket;
        moved.queueId = transfer.queueId;
        moved.assigneeId = QUuid();
        applySla(moved, (*target)->sla);
        auto outcome = saveFields(moved, {QStringLiteral("queue"), QStringLiteral("assignee")});
        if (!outcome || outcome->result != AckResult::Applied) {
            return outcome;
        }
        if (Status revoked = m_store.revokeTicket(moved, ticket.queueId); !revoked) {
            return revoked.error();
        }
        // Its rating, if any, now counts for the new queue (TeamMetrics reads ratings by queue).
        if (auto rated = m_db.exec(QStringLiteral("UPDATE csat_ratings SET queue_id = ? WHERE ticket_id = ?"),
                                   {idText(moved.queueId), idText(moved.id)});
            !rated) {
            return rated.error();
        }
        Message note;
        note.id = QUuid::createUuid();
        note.ticketId = moved.id;
        note.authorKind = AuthorKind::System;
        note.authorName = m_actor.name;
        note.visibility = MessageVisibility::Internal;
        note.body = transfer.reason.isEmpty()
                        ? QStringLiteral("Transferred from %1 to %2")
                              .arg((*source) ? (*source)->name : QString(), (*target)->name)
                        : QStringLiteral("Transferred from %1 to %2: %3")
                              .arg((*source) ? (*source)->name : QString(), (*target)->name, transfer.reason);
        note.createdAt = m_now;
        if (auto saved = m_store.save(note); !saved) {
            return saved.error();
        }
        auto seq = republishTicketContext(moved);
        if (!seq) {
            return seq.error();
        }
        return Outcome::applied(*seq);
    });
}

Result<Outcome> Run::addMessage(const QUuid &ticketId, Message message, bool publicReply)
{
    return withVisibleTicket(ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        if (const auto stored = m_storedMessages.constFind(message.id); stored != m_storedMessages.cend()) {
            // The same message id again (the client re-sent it under a new mutation id): already stored.
            return *stored == ticketId
                       ? Outcome::applied()
                       : Outcome::rejected(RejectReason::Invalid, QStringLiteral("the message id is taken"));
        }
        message.ticketId = ticketId;
        message.authorKind = AuthorKind::Agent;
        message.authorId = m_actor.userId;
        message.authorName = m_actor.name;
        message.createdAt = m_now;
        if (Status saved = m_store.insertNew(message, ticket); !saved) {
            return saved.error();
        }
        m_addedMessage = std::pair(message.id, ticketId);
        if (!publicReply) {
            auto seq = latestSeq();
            return seq ? Result<Outcome>(Outcome::applied(*seq)) : Result<Outcome>(seq.error());
        }
        // A reply is never lost: one to a ticket solved meanwhile reopens it.
        Ticket changed = ticket;
        QStringList fields;
        if (!isActive(changed.status) || changed.status == TicketStatus::New) {
            changed.status = TicketStatus::Open;
            fields.append(QStringLiteral("status"));
        }
        if (!changed.firstRespondedAt.isValid()) {
            changed.firstRespondedAt = m_now;
        }
        m_baseRev.reset();  // messages never conflict
        return saveFields(changed, fields);
    });
}

// An agent's message as the client sent it; addMessage() fills in the author and the time.
Message agentMessage(const QUuid &id, MessageVisibility visibility, const QString &body, const QString &richBody)
{
    Message message;
    message.id = id;
    message.visibility = visibility;
    message.body = body;
    message.richBody = richBody;
    return message;
}

Result<Outcome> Run::operator()(const Protocol::AddReply &reply)
{
    return addMessage(reply.ticketId,
                      agentMessage(reply.messageId, MessageVisibility::Public, reply.body, reply.richBody), true);
}

Result<Outcome> Run::operator()(const Protocol::AddNote &note)
{
    return addMessage(note.ticketId,
                      agentMessage(note.messageId, MessageVisibility::Internal, note.body, note.richBody), false);
}

Result<Outcome> Run::operator()(const Protocol::LogCall &call)
{
    return addMessage(call.ticketId, agentMessage(call.messageId, MessageVisibility::Internal, call.messageBody(), {}),
                      false);
}

Result<Outcome> Run::operator()(const Protocol::CreateTicket &create)
{
    if (!m_actor.canSeeQueue(create.queueId)) {
        return notFound("queue");
    }
    auto existing = m_store.ticket(create.ticketId);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return (*existing)->customerId == create.customerId
                   ? Outcome::applied()
                   : Outcome::rejected(RejectReason::Invalid, QStringLiteral("the ticket id is taken"));
    }
    auto queue = m_store.queue(create.queueId);
    auto customer = m_store.customer(create.customerId);
    if (!queue || !customer) {
        return !queue ? queue.error() : customer.error();
    }
    if (!*queue) {
        return notFound("queue");
    }
    if (!*customer) {
        return notFound("customer");
    }
    auto number = m_store.nextTicketNumber();
    if (!number) {
        return number.error();
    }
    Ticket ticket;
    ticket.id = create.ticketId;
    ticket.number = *number;
    ticket.subject = create.subject;
    ticket.customerId = create.customerId;
    ticket.queueId = create.queueId;
    ticket.channel = create.channel;
    ticket.priority = create.priority;
    ticket.status = TicketStatus::Open;
    ticket.assigneeId = m_actor.userId;
    ticket.createdAt = m_now;
    ticket.updatedAt = m_now;
    applySla(ticket, (*queue)->sla);
    if (auto saved = m_store.save(ticket); !saved) {
        return saved.error();
    }
    Message first;
    first.id = create.messageId;
    first.ticketId = ticket.id;
    first.authorKind = AuthorKind::Agent;
    first.authorId = m_actor.userId;
    first.authorName = m_actor.name;
    first.visibility = MessageVisibility::Public;
    first.body = create.body;
    first.createdAt = m_now;
    if (auto saved = m_store.save(first); !saved) {
        return saved.error();
    }
    auto seq = republishTicketContext(ticket);  // the customer may be new to this queue's readers
    if (!seq) {
        return seq.error();
    }
    return Outcome::applied(*seq);
}

Result<std::optional<Customer>> Run::visibleCustomer(const QUuid &id)
{
    // A customer is visible through a ticket in one of the actor's queues.
    QVariantList values{idText(id)};
    QString visible = QStringLiteral("SELECT 1 FROM tickets WHERE customer_id = ?");
    if (!m_actor.isAdmin()) {
        for (const QUuid &queueId : m_actor.queueIds) {
            values.append(idText(queueId));
        }
        visible += QStringLiteral(" AND queue_id IN (%1)")
                       .arg(m_actor.queueIds.isEmpty() ? QStringLiteral("NULL") : sqlPlaceholders(values.size() - 1));
    }
    auto seen = m_db.exec(visible + QStringLiteral(" LIMIT 1"), values);
    if (!seen) {
        return seen.error();
    }
    if (!seen->next()) {
        return std::optional<Customer>();
    }
    return m_store.customer(id);
}

Result<Outcome> Run::operator()(const Protocol::UpdateCustomerNotes &update)
{
    auto customer = visibleCustomer(update.customerId);
    if (!customer) {
        return customer.error();
    }
    if (!*customer) {
        return notFound("customer");
    }
    Customer changed = **customer;
    changed.notes = update.notes;
    if (auto saved = m_store.save(changed); !saved) {
        return saved.error();
    }
    auto seq = latestSeq();
    return seq ? Result<Outcome>(Outcome::applied(*seq)) : Result<Outcome>(seq.error());
}

Result<Outcome> Run::operator()(const Protocol::RevealContact &reveal)
{
    auto customer = visibleCustomer(reveal.customerId);
    if (!customer) {
        return customer.error();
    }
    if (!*customer) {
        return notFound("customer");
    }
    // The log keeps when the agent saw it (possibly offline, before this reached the server) and when
    // the server learnt of it (the entry's own time).
    const QJsonObject details{{QStringLiteral("point"), toString(reveal.point)},
                              {QStringLiteral("revealed_at"), reveal.revealedAt.toMSecsSinceEpoch()}};
    if (Status logged = audit(QStringLiteral("reveal_contact"), idText(reveal.customerId), details); !logged) {
        return logged.error();
    }
    return Outcome::applied();
}

std::optional<Outcome> Run::refusePresenceOf(const Agent &target) const
{
    if (m_actor.isAdmin()) {
        return std::nullopt;
    }
    const bool shared = std::any_of(target.queueIds.cbegin(), target.queueIds.cend(),
                                    [this](const QUuid &queueId) { return m_actor.queueIds.contains(queueId); });
    if (!shared) {
        return Outcome::rejected(RejectReason::Forbidden, QStringLiteral("the agent is in none of the lead's queues"));
    }
    return std::nullopt;
}

Result<Outcome> Run::operator()(const Protocol::SetPresence &set)
{
    const QUuid targetId = set.targetOr(m_actor.userId);
    const bool someoneElse = targetId != m_actor.userId;
    // Refused before any lookup: nothing is learnt about who exists.
    if (someoneElse && !m_actor.isLeadOrAdmin()) {
        return Outcome::rejected(RejectReason::Forbidden, QStringLiteral("agents set only their own presence"));
    }
    if (someoneElse && !m_policy.leadsMaySetPresence) {
        // "forbidden" rather than a reason of its own: clients of this version know what it means.
        return Outcome::rejected(RejectReason::Forbidden,
                                 QStringLiteral("the server's policy does not let leads change another agent's "
                                                "presence (--no-lead-presence)"));
    }
    auto target = m_store.agent(targetId);
    if (!target) {
        return target.error();
    }
    if (!*target) {
        return notFound("agent");
    }
    if (someoneElse) {
        if (std::optional<Outcome> refused = refusePresenceOf(**target)) {
            return *refused;
        }
        auto disabled = m_store.isDisabled(targetId);
        if (!disabled) {
            return disabled.error();
        }
        if (*disabled) {
            return Outcome::rejected(RejectReason::Invalid, QStringLiteral("the agent's account is disabled"));
        }
    }
    const Presence previous = (*target)->presence;
    if (previous == set.presence) {
        return Outcome::applied();
    }
    Agent changed = **target;
    changed.presence = set.presence;
    if (auto saved = m_store.save(changed); !saved) {
        return saved.error();
    }
    auto since = m_db.exec(QStringLiteral("UPDATE users SET presence_since = ? WHERE id = ?"),
                           {m_now.toMSecsSinceEpoch(), idText(targetId)});
    if (!since) {
        return since.error();
    }
    if (someoneElse) {
        // Who changed whose status, from what to what: the actor and the time are the entry's own.
        const QJsonObject details{{QStringLiteral("from"), toString(previous)},
                                  {QStringLiteral("to"), toString(set.presence)}};
        if (Status audited = audit(QStringLiteral("set_presence"), idText(targetId), details); !audited) {
            return audited.error();
        }
    }
    auto seq = latestSeq();
    return seq ? Result<Outcome>(Outcome::applied(*seq)) : Result<Outcome>(seq.error());
}

Result<Outcome> Run::operator()(const Protocol::RecordCsat &record)
{
    return withVisibleTicket(record.ticketId, [&](const Ticket &ticket) -> Result<Outcome> {
        if (isActive(ticket.status)) {
            return Outcome::rejected(RejectReason::Invalid, QStringLiteral("ratings are for solved tickets"),
                                     Protocol::Entity(ticket));
        }
        auto stored = m_db.exec(
            QStringLiteral("INSERT INTO csat_ratings (ticket_id, customer_id, agent_id, queue_id, score, comment, "
                           "rated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                           "score = excluded.score, comment = excluded.comment, rated_at = excluded.rated_at, "
                           "agent_id = excluded.agent_id, queue_id = excluded.queue_id"),
            {idText(record.ticketId), idText(ticket.customerId), nullableId(ticket.assigneeId), idText(ticket.queueId),
             record.score, record.comment, m_now.toMSecsSinceEpoch()});
        if (!stored) {
            return stored.error();
        }
        Protocol::CsatRecord rating;
        rating.id = record.ticketId;  // one rating per ticket
        rating.ticketId = record.ticketId;
        rating.customerId = ticket.customerId;
        rating.agentId = ticket.assigneeId;
        rating.score = record.score;
        rating.comment = record.comment;
        rating.ratedAt = m_now;
        Change change{0,  QStringLiteral("csat"), rating.id, QStringLiteral("upsert"), 1, ticket.queueId,
                      {}, rating.toJson(),        0};
        if (auto appended = m_feed.append(change); !appended) {
            return appended.error();
        }
        auto customer = m_store.customer(ticket.customerId);
        if (!customer) {
            return customer.error();
        }
        if (*customer) {
            if (auto saved = m_store.save(**customer); !saved) {  // the customer's history shows the rating
                return saved.error();
            }
        }
        auto seq = latestSeq();
        return seq ? Result<Outcome>(Outcome::applied(*seq)) : Result<Outcome>(seq.error());
    });
}

Status Run::audit(const QString &action, const QString &target, const QJsonObject &details)
{
    auto logged = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, actor_id, action, target, details) VALUES (?, ?, ?, ?, ?)"),
        {m_now.toMSecsSinceEpoch(), idText(m_actor.userId), action, target,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    return logged ? Status(Ok{}) : Status(logged.error());
}

Protocol::Ack ackFrom(const QUuid &mutationId, const Outcome &outcome)
{
    Protocol::Ack ack;
    ack.mutationId = mutationId;
    ack.result = outcome.result;
    ack.reason = outcome.result == AckResult::Rejected ? outcome.reason : RejectReason::Unknown;
    ack.message = outcome.message;
    ack.current = outcome.current;
    ack.seq = outcome.seq;
    return ack;
}

}  // namespace

MutationProcessor::MutationProcessor(ServerDatabase &db, Clock clock, Policy policy)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_policy(policy)
{}

namespace {

/*! The existing ticket a mutation acts on, if it names one (a created ticket is new). */
std::optional<QUuid> ticketIdOf(const Protocol::Mutate &mutation)
{
    return std::visit(
        [](const auto &payload) -> std::optional<QUuid> {
            using Payload = std::decay_t<decltype(payload)>;
            if constexpr (requires { payload.ticketId; } && !std::is_same_v<Payload, Protocol::CreateTicket>) {
                return payload.ticketId;
            } else {
                return std::nullopt;
            }
        },
        mutation.payload);
}

/*! The message a mutation adds, if it adds one. */
std::optional<QUuid> messageIdOf(const Protocol::Mutate &mutation)
{
    return std::visit(
        [](const auto &payload) -> std::optional<QUuid> {
            using Payload = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<Payload, Protocol::AddReply> || std::is_same_v<Payload, Protocol::AddNote> ||
                          std::is_same_v<Payload, Protocol::LogCall>) {
                return payload.messageId;
            } else {
                return std::nullopt;
            }
        },
        mutation.payload);
}

}  // namespace

Result<MutationProcessor::Known> MutationProcessor::known(const std::vector<Request> &requests)
{
    QVariantList mutationIds;
    QVariantList messageIds;
    QList<QUuid> ticketIds;
    mutationIds.reserve(static_cast<qsizetype>(requests.size()));
    for (const Request &request : requests) {
        mutationIds.append(idText(request.mutation.mutationId));
        if (const std::optional<QUuid> messageId = messageIdOf(request.mutation)) {
            messageIds.append(idText(*messageId));
        }
        if (const std::optional<QUuid> ticketId = ticketIdOf(request.mutation)) {  // a repeat in IN () is harmless
            ticketIds.append(*ticketId);
        }
    }
    Known found;
    if (mutationIds.isEmpty()) {
        return found;
    }
    // One round trip for the whole batch: on PostgreSQL each one costs more than the lookups themselves.
    QString sql = QStringLiteral("SELECT 'ack', mutation_id, result FROM applied_mutations WHERE mutation_id IN (%1)")
                      .arg(sqlPlaceholders(mutationIds.size()));
    QVariantList values = mutationIds;
    if (!messageIds.isEmpty()) {
        sql += QStringLiteral(" UNION ALL SELECT 'message', id, ticket_id FROM messages WHERE id IN (%1)")
                   .arg(sqlPlaceholders(messageIds.size()));
        values += messageIds;
    }
    // Planned each time: both tables grow with every batch, and a plan made while they were small scans them.
    auto stored = m_db.exec(sql, values, ServerDatabase::Plan::EachTime);
    if (!stored) {
        return stored.error();
    }
    while (stored->next()) {
        const QUuid id = QUuid::fromString(stored->value(1).toString());
        if (stored->value(0).toString() == u"ack") {
            found.acks.insert(id, stored->value(2).toString());
        } else {
            found.messages.insert(id, QUuid::fromString(stored->value(2).toString()));
        }
    }
    // The tickets too, in a second round trip for the batch instead of one per mutation.
    auto tickets = EntityStore(m_db).tickets(ticketIds);
    if (!tickets) {
        return tickets.error();
    }
    for (Ticket &ticket : *tickets) {
        found.tickets.insert(ticket.id, std::move(ticket));
    }
    return found;
}

Result<Protocol::Ack> MutationProcessor::applyInTransaction(const Actor &actor, const Protocol::Mutate &mutation,
                                                            Known &known)
{
    if (const auto stored = known.acks.constFind(mutation.mutationId); stored != known.acks.cend()) {
        // Seen before: the same answer again, and nothing is done twice.
        auto ack = Protocol::Ack::fromFrame(Protocol::Frame{QStringLiteral("ack"), QStringLiteral("stored"),
                                                            QJsonDocument::fromJson(stored->toUtf8()).object()});
        Protocol::Ack again = ack ? *ack : Protocol::Ack{};
        again.mutationId = mutation.mutationId;
        if (again.result == AckResult::Applied) {
            again.result = AckResult::Duplicate;
        }
        return again;
    }
    Run run(m_db, actor, m_clock(), mutation.baseRev, known, m_policy);
    auto outcome = std::visit(run, mutation.payload);
    if (!outcome) {
        return outcome.error();
    }
    Protocol::Ack ack = ackFrom(mutation.mutationId, *outcome);
    const QString result = QString::fromUtf8(QJsonDocument(ack.toJson()).toJson(QJsonDocument::Compact));
    // Nobody reads its result, so on PostgreSQL it travels with the next statement (or the COMMIT).
    Status recorded =
        m_db.execLater(QStringLiteral("INSERT INTO applied_mutations (mutation_id, user_id, kind, result, "
                                      "applied_at) VALUES (?, ?, ?, ?, ?)"),
                       {idText(mutation.mutationId), idText(actor.userId), Protocol::toString(mutation.kind()), result,
                        m_clock().toMSecsSinceEpoch()});
    if (!recorded) {
        return recorded.error();
    }
    known.acks.insert(mutation.mutationId, result);  // the same id again in this batch is a duplicate
    if (const auto &added = run.addedMessage()) {
        known.messages.insert(added->first, added->second);  // and so is the same message id
    }
    return ack;
}

Result<Protocol::Ack> MutationProcessor::apply(const Actor &actor, const Protocol::Mutate &mutation)
{
    std::vector<Result<Protocol::Ack>> acks = applyAll({{actor, mutation}});
    return acks.front();
}

std::vector<Result<Protocol::Ack>> MutationProcessor::applyAll(const std::vector<Request> &requests)
{
    auto together = applyTogether(requests);
    if (together) {
        return std::move(together).value();
    }
    if (requests.size() == 1) {
        // Alone in its batch: a savepoint would undo what the rollback did.
        qCWarning(lc) << "mutation" << requests.front().mutation.mutationId << "failed:" << together.error().message;
        return {Result<Protocol::Ack>(together.error())};
    }
    qCDebug(lc) << "a batch of" << requests.size() << "mutations failed as a whole (" << together.error().message
                << "); applying each alone";
    return applyEachAlone(requests);
}

Status MutationProcessor::inBatchTransaction(const std::vector<Request> &requests,
                                             const std::function<Status(Known &)> &apply)
{
    return m_db.transaction([&]() -> Status {
        if (Status turn = m_db.serializeChangeFeed(); !turn) {
            return turn;
        }
        auto stored = known(requests);
        if (!stored) {
            return stored.error();
        }
        return apply(*stored);
    });
}

Result<std::vector<Result<Protocol::Ack>>> MutationProcessor::applyTogether(const std::vector<Request> &requests)
{
    std::vector<Result<Protocol::Ack>> acks;
    acks.reserve(requests.size());
    const Status status = inBatchTransaction(requests, [&](Known &stored) -> Status {
        for (const Request &request : requests) {
            Result<Protocol::Ack> ack = applyInTransaction(request.actor, request.mutation, stored);
            if (!ack) {
                return ack.error();  // rolled back: the batch is applied again, each mutation alone
            }
            acks.push_back(std::move(ack));
        }
        return Ok{};
    });
    if (!status) {
        return status.error();
    }
    return acks;
}

std::vector<Result<Protocol::Ack>> MutationProcessor::applyEachAlone(const std::vector<Request> &requests)
{
    std::vector<Result<Protocol::Ack>> acks;
    acks.reserve(requests.size());
    // One transaction, one durable commit for the whole batch; each mutation in its own savepoint, so
    // one that fails on the database is undone alone.
    const Status status = inBatchTransaction(requests, [&](Known &stored) -> Status {
        for (const Request &request : requests) {
            if (Status saved = m_db.execLater(QStringLiteral("SAVEPOINT mutation")); !saved) {
                return saved;
            }
            Result<Protocol::Ack> ack = applyInTransaction(request.actor, request.mutation, stored);
            const QString end =
                ack ? QStringLiteral("RELEASE SAVEPOINT mutation") : QStringLiteral("ROLLBACK TO SAVEPOINT mutation");
            if (!ack) {
                qCWarning(lc) << "mutation" << request.mutation.mutationId << "failed:" << ack.error().message;
            }
            if (ack) {
                if (Status ended = m_db.execLater(end); !ended) {
                    return ended;
                }
            } else {
                if (auto ended = m_db.exec(end); !ended) {
                    return ended.error();
                }
                if (Status released = m_db.execLater(QStringLiteral("RELEASE SAVEPOINT mutation")); !released) {
                    return released;
                }
            }
            acks.push_back(std::move(ack));
        }
        return Ok{};
    });
    if (!status) {
        // Nothing of the batch was committed: every mutation is to be sent again.
        qCWarning(lc) << "a batch of" << requests.size() << "mutations failed:" << status.error().message;
        acks.assign(requests.size(), Result<Protocol::Ack>(status.error()));
    }
    return acks;
}

}  // namespace Frontline::Server
