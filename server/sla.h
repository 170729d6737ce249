// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/queue.h>
#include <models/ticket.h>

namespace Frontline::Server {

/*!
    Sets the ticket's first-response and resolution deadlines from \a policy for its priority,
    counted from its creation. A target of 0 means none. The first-response deadline is kept only
    while no agent has replied.
*/
inline void applySla(Models::Ticket &ticket, const Models::SlaPolicy &policy)
{
    const Models::SlaTarget &target = policy.target(ticket.priority);
    ticket.firstResponseDue = target.firstResponseMinutes > 0
                                  ? ticket.createdAt.addSecs(qint64(target.firstResponseMinutes) * 60)
                                  : QDateTime();
    ticket.resolutionDue =
        target.resolutionMinutes > 0 ? ticket.createdAt.addSecs(qint64(target.resolutionMinutes) * 60) : QDateTime();
}

}  // namespace Frontline::Server
