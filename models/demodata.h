// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "agent.h"
#include "article.h"
#include "cannedreply.h"
#include "customer.h"
#include "message.h"
#include "queue.h"
#include "ticket.h"

#include <QDateTime>
#include <QList>

namespace Frontline::Models {

/*! What to generate. The same options always give the same data. */
struct DemoDataOptions
{
    quint64 seed = 20261123;
    int tickets = 600;          // the demo size; scales to 100,000 and beyond
    int customers = 0;          // 0: derived from the ticket count
    int agents = 12;            // agents and leads together (at least 3)
    int messagesPerTicket = 0;  // 0: a realistic mix around four; otherwise exactly this many
    QDateTime now;              // the reference time tickets are placed around; invalid: current time
};

/*! A complete, consistent set of demo entities: every id a ticket or message refers to exists. */
struct DemoDataset
{
    QList<Queue> queues;
    QList<Agent> agents;
    QList<Customer> customers;
    QList<Ticket> tickets;
    QList<Message> messages;
    QList<Article> articles;
    QList<CannedReply> cannedReplies;
    QUuid demoAgentId;  // the agent a demo session is logged in as ("demo")
    QUuid demoLeadId;   // a team lead of the demo queues ("lead")
};

/*!
    \brief Generates realistic, multilingual (English, Simplified and Traditional Chinese) demo data.

    Deterministic: ids, names, texts and times all derive from the seed and the reference time.
    Used by the client's demo mode, the benchmarks and, later, to seed the server.
*/
class DemoDataGenerator final
{
public:
    explicit DemoDataGenerator(DemoDataOptions options);

    DemoDataset generate() const;

private:
    DemoDataOptions m_options;
};

}  // namespace Frontline::Models
