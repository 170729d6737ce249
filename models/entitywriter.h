// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QUuid>

#include <array>
#include <memory>

class QSqlQuery;

namespace Frontline::Models {

struct Agent;
struct Article;
struct CannedReply;
struct ChangeSet;
struct Customer;
struct Message;
struct Queue;
struct Ticket;

/*!
    \brief Writes domain entities into the local store's tables and records which ids changed.

    Used inside a writer job (see StoreWriter). Upserts update rows in place rather than replacing
    them, so a ticket's messages survive an update of the ticket. Statements are prepared once per
    writer and reused, which keeps bulk imports fast.
*/
class EntityWriter final
{
public:
    EntityWriter(const QSqlDatabase &db, ChangeSet *changes);
    ~EntityWriter();

    EntityWriter(const EntityWriter &) = delete;
    EntityWriter &operator=(const EntityWriter &) = delete;

    Status upsert(const Queue &queue);
    Status upsert(const Agent &agent);
    Status upsert(const Customer &customer);
    Status upsert(const Ticket &ticket);
    Status upsert(const Message &message);
    Status upsert(const Article &article);
    Status upsert(const CannedReply &reply);

private:
    enum Statement
    {
        QueueRow,
        AgentRow,
        ClearQueueMembers,
        ClearAgentMemberships,
        AddMembership,
        CustomerRow,
        ClearRatings,
        AddRating,
        TicketRow,
        MessageRow,
        ArticleRow,
        CannedReplyRow,
        StatementCount
    };

    QSqlQuery &prepared(Statement statement);
    Status run(QSqlQuery &query, const char *what);
    Status addMembership(const QUuid &queueId, const QUuid &agentId);

    QSqlDatabase m_db;
    ChangeSet *m_changes;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_queries;
};

}  // namespace Frontline::Models
