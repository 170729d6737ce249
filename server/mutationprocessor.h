// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changefeed.h"

#include <models/result.h>
#include <models/ticket.h>
#include <protocol/messages.h>

#include <functional>
#include <vector>

namespace Frontline::Server {

class EntityStore;
class ServerDatabase;

/*! What the server's operator decided (ServerConfig), as far as mutations are concerned. */
struct MutationPolicy
{
    bool leadsMaySetPresence = true;  // a lead or admin may change another agent's presence
};

/*!
    \brief Applies clients' mutations: intents checked against the rules, applied exactly once.

    Each mutation runs in one transaction that also records its id, so a re-sent mutation is answered
    "duplicate" (or, if it was rejected, with the same rejection) and never applied twice. The rules:
    an agent acts only on tickets of their queues (others are "not_found"); claiming is first come;
    ticket fields merge per field against the mutation's base revision (the same field changed since
    is a "conflict"); a reply to a ticket solved meanwhile is kept and reopens it; reassigning is for
    leads and is audited. An agent sets only their own presence; a lead sets that of anyone who shares one
    of their queues, an admin anyone's, when the Policy allows it, and that is audited too.

    An Error (rather than a rejected Ack) means the database failed: nothing was applied or recorded,
    and the client should send the mutation again later.
*/
class MutationProcessor final
{
public:
    using Clock = std::function<QDateTime()>;

    using Policy = MutationPolicy;

    explicit MutationProcessor(ServerDatabase &db, Clock clock = {}, Policy policy = {});

    Models::Result<Protocol::Ack> apply(const Actor &actor, const Protocol::Mutate &mutation);

    struct Request
    {
        Actor actor;
        Protocol::Mutate mutation;
    };
    /*!
        Applies several mutations in one transaction (one durable commit). The answers are in the same
        order; an Error for one mutation means the database failed for it alone, an Error for all means
        the transaction could not commit.

        The batch is first applied as a whole, with no savepoints; if anything in it fails, nothing of it
        is kept and it is applied again with each mutation in its own savepoint, so that the one the
        database refuses is undone alone. A savepoint is two statements and, on PostgreSQL, a
        subtransaction per mutation, for a failure that hardly ever comes.
    */
    std::vector<Models::Result<Protocol::Ack>> applyAll(const std::vector<Request> &requests);

    /*!
        What a batch knows of what is stored, read once for all its mutations (one round trip each
        instead of one per mutation) and kept up to date by the batch's own mutations.
    */
    struct Known
    {
        QHash<QUuid, QString> acks;    // mutation id → its stored ack
        QHash<QUuid, QUuid> messages;  // message id → its ticket, for the messages the batch adds
        // The tickets the batch's mutations name, as stored when it began. The first mutation that
        // reads one takes it out, so later ones read it again with whatever the batch changed.
        QHash<QUuid, Models::Ticket> tickets;
    };

private:
    /*! What is stored of the mutation, message and ticket ids among \a requests. */
    Models::Result<Known> known(const std::vector<Request> &requests);
    /*! Runs \a apply in one transaction that holds the change feed's turn, with what is stored of the batch. */
    Models::Status inBatchTransaction(const std::vector<Request> &requests,
                                      const std::function<Models::Status(Known &)> &apply);
    /*! The whole batch with no savepoints, or what failed in it (and nothing of it kept). */
    Models::Result<std::vector<Models::Result<Protocol::Ack>>> applyTogether(const std::vector<Request> &requests);
    /*! The batch with each mutation in its own savepoint: one that fails is undone alone. */
    std::vector<Models::Result<Protocol::Ack>> applyEachAlone(const std::vector<Request> &requests);
    /*! \a known: what known() found; this mutation's own ack and message are added to it. */
    Models::Result<Protocol::Ack> applyInTransaction(const Actor &actor, const Protocol::Mutate &mutation,
                                                     Known &known);

    ServerDatabase &m_db;
    Clock m_clock;
    Policy m_policy;
};

}  // namespace Frontline::Server
