// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticketreadmarks.h"

#include "localstore.h"
#include "sqlconnection.h"
#include "storewriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Frontline::Models {

TicketReadMarks::TicketReadMarks(LocalStore &store)
    : m_store(store)
{}

QFuture<Status> TicketReadMarks::markRead(const QUuid &ticketId)
{
    return m_store.write(
        [ticketId](WriteContext &context) -> Status {
            QSqlQuery query(context.database);
            // The mark copies the message's own (server) time: a skewed local clock cannot hide a newer one.
            query.prepare(QStringLiteral("UPDATE ticket_marks SET seen_at = customer_wrote_at "
                                         "WHERE ticket_id = ? AND seen_at < customer_wrote_at"));
            query.addBindValue(ticketId.toString(QUuid::WithoutBraces));
            if (!query.exec()) {
                return sqlError(QStringLiteral("marking a ticket read"), query.lastError().text());
            }
            if (query.numRowsAffected() > 0) {
                context.changes.tickets.insert(ticketId);
            }
            return Ok{};
        },
        Durability::Normal);  // a lost mark only shows a ticket as unread once more
}

}  // namespace Frontline::Models
