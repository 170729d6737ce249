// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuesummary.h"

#include "queuemodel.h"
#include "queuerow.h"

namespace Frontline::Models {

QueueSummary QueueSummary::of(const QueueModel &queue, const QUuid &me, const QSet<QUuid> &myQueues, qint64 now)
{
    QueueSummary summary;
    for (int i = 0; i < queue.rowCount(); ++i) {
        const QueueRow &row = *queue.rowAt(i);
        if (!isActive(row.status) || (!myQueues.isEmpty() && !myQueues.contains(row.queueId))) {
            continue;
        }
        const bool unassigned = row.assigneeId.isNull();
        if (unassigned) {
            ++summary.waiting;
        }
        // Someone else's ticket is theirs to watch.
        if (!unassigned && (me.isNull() || row.assigneeId != me)) {
            continue;
        }
        const qint64 due = row.slaDue();
        if (due == 0) {
            continue;
        }
        summary.breached += due < now ? 1 : 0;
        if (summary.nearestDue == 0 || due < summary.nearestDue) {
            summary.nearestDue = due;
            summary.nearestTicket = row.id;
        }
    }
    return summary;
}

}  // namespace Frontline::Models
