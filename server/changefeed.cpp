// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changefeed.h"

#include "serverdatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Frontline::Server {

using Models::Error;
using Models::Result;

namespace {

QUuid uuidOf(const QVariant &value)
{
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

}  // namespace

ChangeFeed::ChangeFeed(ServerDatabase &db)
    : m_db(db)
{}

Result<qint64> ChangeFeed::append(const Change &change)
{
    const qint64 committedAt = change.committedAt > 0 ? change.committedAt : QDateTime::currentMSecsSinceEpoch();
    auto query = m_db.exec(
        QStringLiteral("INSERT INTO changes (kind, entity_id, op, rev, scope_queue_id, owner_id, data, committed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        {change.kind, change.entityId.toString(QUuid::WithoutBraces), change.op, change.rev,
         nullableId(change.scopeQueueId), nullableId(change.ownerId),
         QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)), committedAt});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{Error::Code::Database, QStringLiteral("appending to the change feed returned no seq"), {}};
    }
    const qint64 seq = query->value(0).toLongLong();
    m_db.setAppendedSeq(seq);
    return seq;
}

Result<std::vector<Change>> ChangeFeed::read(qint64 cursor, const Reader &reader, int limit)
{
    QString sql = QStringLiteral("SELECT seq, kind, entity_id, op, rev, scope_queue_id, owner_id, data, committed_at "
                                 "FROM changes WHERE seq > ?");
    QVariantList values{cursor};
    if (reader.role != Models::AgentRole::Admin) {
        QVariantList queues;
        for (const QUuid &queueId : reader.queueIds) {
            queues.append(queueId.toString(QUuid::WithoutBraces));
        }
        // An empty IN () is not valid SQL; a member of no queue matches no queue.
        const QString inQueues =
            queues.isEmpty() ? QStringLiteral("(NULL)") : u'(' + sqlPlaceholders(queues.size()) + u')';
        sql += QStringLiteral(" AND (kind IN ('article', 'agent', 'queue')"
                              " OR (kind IN ('ticket', 'message', 'csat') AND scope_queue_id IN %1)"
                              " OR (kind = 'canned_reply' AND ((owner_id IS NULL AND (scope_queue_id IS NULL"
                              "      OR scope_queue_id IN %1)) OR owner_id = ?))"
                              " OR (kind = 'customer' AND EXISTS (SELECT 1 FROM tickets t"
                              "      WHERE t.customer_id = changes.entity_id AND t.queue_id IN %1)))")
                   .arg(inQueues);
        if (m_db.dialect() == Dialect::Sqlite) {
            // Walk the feed in seq order and filter, stopping at the page's limit. Without this SQLite
            // plans the OR over several indexes and sorts the whole feed for every page (1.8 s a page
            // at 550,000 changes); the rowid range on seq is still used.
            sql.replace(QStringLiteral("FROM changes WHERE"), QStringLiteral("FROM changes NOT INDEXED WHERE"));
        }
        values += queues;
        values += queues;
        values.append(reader.userId.toString(QUuid::WithoutBraces));
        values += queues;
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    values.append(limit);

    auto query = m_db.exec(sql, values);
    if (!query) {
        return query.error();
    }
    std::vector<Change> changes;
    while (query->next()) {
        Change change;
        change.seq = query->value(0).toLongLong();
        change.kind = query->value(1).toString();
        change.entityId = uuidOf(query->value(2));
        change.op = query->value(3).toString();
        change.rev = query->value(4).toLongLong();
        change.scopeQueueId = uuidOf(query->value(5));
        change.ownerId = uuidOf(query->value(6));
        change.storedData = query->value(7).toString().toUtf8();
        change.committedAt = query->value(8).toLongLong();
        changes.push_back(std::move(change));
    }
    return changes;
}

bool ChangeFeed::visibleTo(const Change &change, const Actor &actor, const QSet<QUuid> &customerQueues)
{
    if (actor.isAdmin()) {
        return true;
    }
    const QString &kind = change.kind;
    if (kind == u"article" || kind == u"agent" || kind == u"queue") {
        return true;
    }
    if (kind == u"ticket" || kind == u"message" || kind == u"csat") {
        return actor.queueIds.contains(change.scopeQueueId);
    }
    if (kind == u"canned_reply") {
        if (!change.ownerId.isNull()) {
            return change.ownerId == actor.userId;
        }
        return change.scopeQueueId.isNull() || actor.queueIds.contains(change.scopeQueueId);
    }
    if (kind == u"customer") {
        for (const QUuid &queueId : actor.queueIds) {
            if (customerQueues.contains(queueId)) {
                return true;
            }
        }
    }
    return false;
}

Result<QSet<QUuid>> ChangeFeed::queuesOfCustomer(const QUuid &customerId)
{
    auto query = m_db.exec(QStringLiteral("SELECT DISTINCT queue_id FROM tickets WHERE customer_id = ?"),
                           {customerId.toString(QUuid::WithoutBraces)});
    if (!query) {
        return query.error();
    }
    QSet<QUuid> queues;
    while (query->next()) {
        queues.insert(uuidOf(query->value(0)));
    }
    return queues;
}

QJsonObject Change::entity() const
{
    return storedData.isEmpty() ? data : QJsonDocument::fromJson(storedData).object();
}

Result<qint64> ChangeFeed::latestSeq()
{
    if (const auto appended = m_db.appendedSeq()) {
        return *appended;  // this transaction holds the feed's turn: nothing newer exists
    }
    auto query = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

}  // namespace Frontline::Server
