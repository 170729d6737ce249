// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QFuture>
#include <QUuid>

namespace Frontline::Models {

class LocalStore;

/*!
    \brief Remembers which tickets the agent has read, in the local store.

    A ticket is unread while its newest customer message is newer than both the last one the agent saw
    and the newest public answer (see QueueRow::unread). The marks live only in this cache: they say what
    this agent on this machine has looked at.
*/
class TicketReadMarks final
{
public:
    explicit TicketReadMarks(LocalStore &store);

    /*! The agent has \a ticketId open: what the customer wrote so far is read. */
    QFuture<Status> markRead(const QUuid &ticketId);

private:
    LocalStore &m_store;
};

}  // namespace Frontline::Models
