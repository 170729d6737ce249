// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

struct sqlite3_stmt;

namespace Frontline::Models {

/*!
    \brief One ticket as a queue list shows it: compact, with the names it displays already joined in.

    Times are milliseconds since the epoch; 0 means "none". A number of 0 means the server has not
    assigned one yet (a ticket created offline).
*/
struct QueueRow
{
    QUuid id;
    QUuid queueId;
    QUuid customerId;
    QUuid assigneeId;
    qint64 number = 0;
    QString subject;
    QString customerName;
    QString queueName;
    QString assigneeName;
    Channel channel = Channel::Email;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 firstResponseDue = 0;
    qint64 resolutionDue = 0;
    qint64 firstRespondedAt = 0;
    QString tags;              // as stored: a JSON array of strings, read only when the queue is filtered by tag
    bool unread = false;       // the customer wrote since the agent last had it open, and nobody has answered
    bool pendingSync = false;  // a change of the agent's to it waits in the outbox for the server
    qint64 storeRow = 0;       // where the cache keeps it (SQLite's rowid): read again without its id's index

    /*! The SLA deadline that matters now: first response until answered, then resolution. */
    qint64 slaDue() const;

    bool operator==(const QueueRow &) const = default;
};

/*! Reads QueueRows from the local store's read connection. */
class QueueRowReader final
{
public:
    explicit QueueRowReader(const QSqlDatabase &db);

    /*! Every ticket in the cache. */
    Result<std::vector<QueueRow>> all() const;
    /*! What the caller already has of the rows it asks for again. */
    struct Known
    {
        // Customer, queue and agent names it knows to be current, by their ids.
        QHash<QUuid, QString> customers;
        QHash<QUuid, QString> queues;
        QHash<QUuid, QString> agents;
        QHash<QUuid, qint64> storeRows;  // where tickets were stored when it read them (QueueRow::storeRow)
    };

    /*! The tickets among \a ids that still exist (missing ids were deleted), named from \a known where it
        has the name and from the cache otherwise. */
    Result<std::vector<QueueRow>> byIds(const QSet<QUuid> &ids, const Known &known = {}) const;
    /*! The queues \a agentId works in, as the cache knows them ("My queues"). */
    Result<QSet<QUuid>> queuesOf(const QUuid &agentId) const;

private:
    Result<std::vector<QueueRow>> select(const QByteArray &sql, const QByteArray &idList,
                                         const std::function<void(QueueRow &, sqlite3_stmt *)> &names) const;
    /*! Flags the rows that have changes waiting in the outbox. */
    Status markPending(std::vector<QueueRow> &rows) const;

    QSqlDatabase m_db;
};

}  // namespace Frontline::Models
