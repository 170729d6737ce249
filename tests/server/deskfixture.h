// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storagebackends.h"

#include <models/agent.h>
#include <models/customer.h>
#include <models/queue.h>
#include <models/ticket.h>
#include <server/changefeed.h>
#include <server/serverdatabase.h>

namespace Frontline::Tests {

/*!
    A small help desk stored in a fresh server database: two queues, four people and two
    customers, each with one waiting ticket.

      Billing:   alice (agent), bob (agent), lena (lead)   — billingTicket of customer
      Technical: carol (agent), lena (lead)               — technicalTicket of otherCustomer

    Everyone's password is their username followed by "-password".
*/
struct DeskFixture
{
    explicit DeskFixture(StorageBackend::Kind kind);

    static QString passwordOf(const Models::Agent &agent) { return agent.username + QStringLiteral("-password"); }
    static Server::Actor actor(const Models::Agent &agent)
    {
        return Server::Actor{agent.id, agent.role, agent.queueIds, agent.name};
    }

    /*! Stores one more user (with the usual password) beside the desk's; throws when that fails. */
    Models::Agent addAgent(const QString &username, const QString &name, Models::AgentRole role, QList<QUuid> queueIds);

    std::unique_ptr<StorageBackend> backend;
    std::unique_ptr<Server::ServerDatabase> db;
    Models::Queue billing;
    Models::Queue technical;
    Models::Agent alice;
    Models::Agent bob;
    Models::Agent carol;
    Models::Agent lena;
    Models::Customer customer;
    Models::Customer otherCustomer;
    Models::Ticket billingTicket;
    Models::Ticket technicalTicket;
};

}  // namespace Frontline::Tests
