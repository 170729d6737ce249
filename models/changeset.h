// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QSet>
#include <QUuid>

namespace Frontline::Models {

/*!
    \brief The ids a committed write transaction touched, per entity kind.

    Sent from the store's writer to the GUI thread after every commit, so views refresh only what
    changed. \c everything marks bulk writes (an import, a full resync) after which a reload is cheaper
    than a list of ids.
*/
struct ChangeSet
{
    QSet<QUuid> tickets;
    QSet<QUuid> customers;
    QSet<QUuid> messages;
    QSet<QUuid> queues;
    QSet<QUuid> agents;
    QSet<QUuid> articles;
    QSet<QUuid> cannedReplies;
    bool outbox = false;
    bool syncState = false;
    bool everything = false;

    bool isEmpty() const
    {
        return !everything && !outbox && !syncState && tickets.isEmpty() && customers.isEmpty() && messages.isEmpty() &&
               queues.isEmpty() && agents.isEmpty() && articles.isEmpty() && cannedReplies.isEmpty();
    }

    void merge(const ChangeSet &other)
    {
        tickets.unite(other.tickets);
        customers.unite(other.customers);
        messages.unite(other.messages);
        queues.unite(other.queues);
        agents.unite(other.agents);
        articles.unite(other.articles);
        cannedReplies.unite(other.cannedReplies);
        outbox = outbox || other.outbox;
        syncState = syncState || other.syncState;
        everything = everything || other.everything;
    }
};

}  // namespace Frontline::Models

Q_DECLARE_METATYPE(Frontline::Models::ChangeSet)
