// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QUuid>

namespace Frontline::Models {

class QueueModel;

/*!
    \brief What the tray badge says: tickets waiting in the agent's queues (unassigned and not yet
    solved), and the nearest SLA deadline among the tickets that are theirs to work or still waiting.
*/
struct QueueSummary
{
    int waiting = 0;
    int breached = 0;       // of those the agent works or that wait, how many are past their SLA
    qint64 nearestDue = 0;  // ms since the epoch; 0: no deadline
    QUuid nearestTicket;

    /*! \a myQueues: the agent's queues (empty: every queue in the cache); \a now: ms since the epoch. */
    static QueueSummary of(const QueueModel &queue, const QUuid &me, const QSet<QUuid> &myQueues, qint64 now);
    bool operator==(const QueueSummary &) const = default;
};

}  // namespace Frontline::Models
