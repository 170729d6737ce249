// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuerow.h"

#include "jsonreader.h"
#include "sqlconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Frontline::Models {

namespace {

const QString selectRows = QStringLiteral(
    "SELECT t.id, t.queue_id, t.customer_id, t.assignee_id, t.number, t.subject, c.name, q.name, a.name, "
    "t.channel, t.status, t.priority, t.created_at, t.updated_at, t.first_response_due, t.resolution_due, "
    "t.first_responded_at "
    "FROM tickets t "
    "JOIN customers c ON c.id = t.customer_id "
    "JOIN queues q ON q.id = t.queue_id "
    "LEFT JOIN agents a ON a.id = t.assignee_id");

QUuid uuidAt(const QSqlQuery &query, int column)
{
    return QUuid::fromString(query.value(column).toString());
}

template<typename E>
E enumAt(const QSqlQuery &query, int column, E fallback)
{
    return enumFromString<E>(query.value(column).toString()).value_or(fallback);
}

QueueRow rowFrom(const QSqlQuery &query)
{
    QueueRow row;
    row.id = uuidAt(query, 0);
    row.queueId = uuidAt(query, 1);
    row.customerId = uuidAt(query, 2);
    row.assigneeId = uuidAt(query, 3);
    row.number = query.value(4).toLongLong();
    row.subject = query.value(5).toString();
    row.customerName = query.value(6).toString();
    row.queueName = query.value(7).toString();
    row.assigneeName = query.value(8).toString();
    row.channel = enumAt(query, 9, Channel::Email);
    row.status = enumAt(query, 10, TicketStatus::Open);
    row.priority = enumAt(query, 11, Priority::Normal);
    row.createdAt = query.value(12).toLongLong();
    row.updatedAt = query.value(13).toLongLong();
    row.firstResponseDue = query.value(14).toLongLong();
    row.resolutionDue = query.value(15).toLongLong();
    row.firstRespondedAt = query.value(16).toLongLong();
    return row;
}

}  // namespace

qint64 QueueRow::slaDue() const
{
    if (!isActive(status)) {
        return 0;
    }
    return firstRespondedAt == 0 && firstResponseDue != 0 ? firstResponseDue : resolutionDue;
}

QueueRowReader::QueueRowReader(const QSqlDatabase &db)
    : m_db(db)
{}

Result<std::vector<QueueRow>> QueueRowReader::all() const
{
    return select(QString(), {});
}

Result<std::vector<QueueRow>> QueueRowReader::byIds(const QSet<QUuid> &ids) const
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const QUuid &id : ids) {
        texts.append(idToString(id));
    }
    // json_each() passes any number of ids as one bound value, so the statement is always the same.
    return select(QStringLiteral(" WHERE t.id IN (SELECT value FROM json_each(?))"), texts);
}

Result<std::vector<QueueRow>> QueueRowReader::select(const QString &where, const QStringList &ids) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(selectRows + where)) {
        return sqlError(QStringLiteral("preparing the queue query"), query.lastError().text());
    }
    if (!where.isEmpty()) {
        query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    }
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading the queue"), query.lastError().text());
    }
    std::vector<QueueRow> rows;
    while (query.next()) {
        rows.push_back(rowFrom(query));
    }
    return rows;
}

}  // namespace Frontline::Models
