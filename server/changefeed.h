// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>
#include <models/result.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <vector>

namespace Frontline::Server {

class ServerDatabase;

/*! One committed change to a synced entity, as the feed stores and streams it. */
struct Change
{
    qint64 seq = 0;  // given by the feed
    QString kind;    // "ticket", "customer", "message", "queue", "agent", "article", "canned_reply", "csat"
    QUuid entityId;
    QString op;  // "upsert" or "delete"
    qint64 rev = 0;
    QUuid scopeQueueId;      // tickets, messages, CSAT: the ticket's queue; team canned replies: the team
    QUuid ownerId;           // personal canned replies: their owner
    QJsonObject data;        // the entity as JSON (upsert), or {} (delete): what append() stores
    QByteArray storedData;   // read(): the entity's JSON text as stored, not parsed; data stays empty
    qint64 committedAt = 0;  // milliseconds since the epoch

    /*! The entity as JSON, from data or from storedData. */
    QJsonObject entity() const;
};

/*! A signed-in user as the server sees them: decides what they may read and change. */
struct Actor
{
    QUuid userId;
    Models::AgentRole role = Models::AgentRole::Agent;
    QList<QUuid> queueIds;  // the queues they are a member of (leads: the queues they lead)
    QString name;

    bool isAdmin() const { return role == Models::AgentRole::Admin; }
    bool isLeadOrAdmin() const { return role != Models::AgentRole::Agent; }
    bool canSeeQueue(const QUuid &queueId) const { return isAdmin() || queueIds.contains(queueId); }
};
using Reader = Actor;

/*!
    \brief The server's change feed: every committed change gets the next sequence number.

    append() runs inside the caller's write transaction, after ServerDatabase::serializeChangeFeed(),
    so a reader never sees seq N+1 before seq N has committed and a cursor never skips a change.
    read() applies authorization to every row: an agent receives tickets, messages and CSAT of their
    queues, the customers of those tickets, every published article, agents and queues, shared canned
    replies (all-hands or their teams') and their own personal ones. Administrators receive everything.
*/
class ChangeFeed final
{
public:
    explicit ChangeFeed(ServerDatabase &db);

    /*! Appends inside the current transaction; returns the new change's seq. */
    Models::Result<qint64> append(const Change &change);

    /*! The changes after \a cursor that \a reader may see, oldest first, at most \a limit. */
    Models::Result<std::vector<Change>> read(qint64 cursor, const Reader &reader, int limit);

    /*!
        Whether \a actor may receive \a change: the same rules as read(), for changes already in
        memory (live fan-out). \a customerQueues are the queues holding tickets of the change's
        customer (for customer changes only).
    */
    static bool visibleTo(const Change &change, const Actor &actor, const QSet<QUuid> &customerQueues);

    /*! The queues that hold tickets of \a customerId. */
    Models::Result<QSet<QUuid>> queuesOfCustomer(const QUuid &customerId);

    /*! The newest seq in the feed (0 for an empty feed). */
    Models::Result<qint64> latestSeq();

private:
    ServerDatabase &m_db;
};

}  // namespace Frontline::Server
