// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changefeed.h"

#include <models/agent.h>
#include <models/article.h>
#include <models/cannedreply.h>
#include <models/customer.h>
#include <models/message.h>
#include <models/queue.h>
#include <models/result.h>
#include <models/ticket.h>

#include <QCoreApplication>

#include <optional>

namespace Frontline::Server {

class ServerDatabase;

/*!
    \brief The server's synced entities: reads them, and writes them together with their change.

    Every save runs inside the caller's transaction, after ServerDatabase::serializeChangeFeed():
    the row, its new revision and its entry in the change feed commit together or not at all.
    Revisions are the server's: a save stores the entity with the stored revision plus one.
*/
class EntityStore final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::EntityStore)

public:
    explicit EntityStore(ServerDatabase &db);

    // Writes. Each returns the saved entity (with its new revision) and appends its change.
    Models::Result<Models::Queue> save(Models::Queue queue);
    Models::Result<Models::Agent> save(Models::Agent agent);
    Models::Result<Models::Customer> save(Models::Customer customer);
    Models::Result<Models::Ticket> save(Models::Ticket ticket);
    Models::Result<Models::Message> save(const Models::Message &message);
    /*! The same, for a caller that has just read the message's ticket. */
    Models::Result<Models::Message> save(const Models::Message &message, const Models::Ticket &owner);
    /*!
        Stores a message whose id the caller found unused in this transaction (after
        ServerDatabase::serializeChangeFeed(), so nobody else can take it meanwhile). On PostgreSQL the
        insert travels with the change-feed append in one round trip.
    */
    Models::Status insertNew(const Models::Message &message, const Models::Ticket &owner);
    Models::Result<Models::Article> save(Models::Article article);
    Models::Result<Models::CannedReply> save(Models::CannedReply reply);

    /*! Tells the readers of \a queueId that a ticket left their sight (moved to another queue). */
    Models::Status revokeTicket(const Models::Ticket &ticket, const QUuid &queueId);

    /*!
        The revision at which each ticket field last changed ({"status": 7, "tags": 5}); mutations
        with a base revision merge per field against it.
    */
    Models::Result<QJsonObject> fieldRevisions(const QUuid &ticketId);
    Models::Status setFieldRevisions(const QUuid &ticketId, const QJsonObject &revisions);

    Models::Status setPasswordHash(const QUuid &userId, const QString &hash);
    Models::Status setDisabled(const QUuid &userId, bool disabled);

    // Reads.
    Models::Result<std::optional<Models::Ticket>> ticket(const QUuid &id);
    /*! The stored ones of \a ids, in one query. */
    Models::Result<std::vector<Models::Ticket>> tickets(const QList<QUuid> &ids);
    Models::Result<std::optional<Models::Customer>> customer(const QUuid &id);
    Models::Result<std::optional<Models::Queue>> queue(const QUuid &id);
    Models::Result<std::optional<Models::Queue>> queueByName(const QString &name);
    Models::Result<std::optional<Models::Agent>> agent(const QUuid &id);
    Models::Result<std::optional<Models::Agent>> agentByUsername(const QString &username);
    Models::Result<QString> passwordHash(const QUuid &userId);
    Models::Result<bool> isDisabled(const QUuid &userId);
    Models::Result<QList<Models::Message>> messages(const QUuid &ticketId);

    /*! The next human-friendly ticket number (1001, 1002, …); inside the caller's transaction. */
    Models::Result<qint64> nextTicketNumber();

private:
    Models::Result<qint64> storedRev(const char *table, const QUuid &id);
    Models::Status saveMemberships(const char *column, const QUuid &id, const QList<QUuid> &others);
    Models::Result<QList<QUuid>> memberships(const char *select, const QUuid &id);
    Models::Status record(const char *kind, const QUuid &id, qint64 rev, const QJsonObject &data,
                          const QUuid &scopeQueueId = {}, const QUuid &ownerId = {});

    ServerDatabase &m_db;
    ChangeFeed m_feed;
};

}  // namespace Frontline::Server
