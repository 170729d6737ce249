// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changefeed.h"

#include <models/result.h>
#include <protocol/messages.h>

#include <functional>
#include <vector>

namespace Frontline::Server {

class EntityStore;
class ServerDatabase;

/*!
    \brief Applies clients' mutations: intents checked against the rules, applied exactly once.

    Each mutation runs in one transaction that also records its id, so a re-sent mutation is answered
    "duplicate" (or, if it was rejected, with the same rejection) and never applied twice. The rules:
    an agent acts only on tickets of their queues (others are "not_found"); claiming is first come;
    ticket fields merge per field against the mutation's base revision (the same field changed since
    is a "conflict"); a reply to a ticket solved meanwhile is kept and reopens it; reassigning is for
    leads and is audited.

    An Error (rather than a rejected Ack) means the database failed: nothing was applied or recorded,
    and the client should send the mutation again later.
*/
class MutationProcessor final
{
public:
    using Clock = std::function<QDateTime()>;

    explicit MutationProcessor(ServerDatabase &db, Clock clock = {});

    Models::Result<Protocol::Ack> apply(const Actor &actor, const Protocol::Mutate &mutation);

    struct Request
    {
        Actor actor;
        Protocol::Mutate mutation;
    };
    /*!
        Applies several mutations in one transaction (one durable commit), each in its own savepoint.
        The answers are in the same order; an Error for one mutation means the database failed for it
        alone, an Error for all means the transaction could not commit.
    */
    std::vector<Models::Result<Protocol::Ack>> applyAll(const std::vector<Request> &requests);

private:
    /*! The stored acks of the mutation ids among \a requests that were applied before, by id. */
    Models::Result<QHash<QUuid, QString>> previousAcks(const std::vector<Request> &requests);
    /*! \a previous: what previousAcks() found; this mutation's own ack is added to it. */
    Models::Result<Protocol::Ack> applyInTransaction(const Actor &actor, const Protocol::Mutate &mutation,
                                                     QHash<QUuid, QString> &previous);

    ServerDatabase &m_db;
    Clock m_clock;
};

}  // namespace Frontline::Server
