// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuerow.h"

#include "jsonreader.h"
#include "sqlconnection.h"
#include "sqlread.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <sqlite3.h>

namespace Frontline::Models {

namespace {

// The queue is read with SQLite's C API rather than QSqlQuery: for 100,000 rows the QVariant per
// value and the QString round trips of ids and enum names cost more than the query itself.
constexpr const char *ticketColumns =
    "SELECT t.id, t.queue_id, t.customer_id, t.assignee_id, t.number, t.subject, t.channel, t.status, t.priority, "
    "t.created_at, t.updated_at, t.first_response_due, t.resolution_due, t.first_responded_at, t.tags, t.unread, "
    "t.rowid";

// All tickets: a plain scan, with names looked up in memory. Joining 100,000 rows on text keys
// costs more than reading the few thousand names once.
constexpr const char *allTickets = " FROM tickets t";

// A few tickets; their names come from what the caller knows, the rest in one query per kind. Those whose
// rowid the caller knows are read by it: one lookup in the table instead of one in the id's index and
// one in the table, and in the table's order when the rowids are sorted.
constexpr const char *someTickets = " FROM tickets t WHERE t.id IN (SELECT value FROM json_each(?1))";
constexpr const char *someStoreRows = " FROM tickets t WHERE t.rowid IN (SELECT value FROM json_each(?1))";
constexpr const char *idsParameter = " WHERE id IN (SELECT value FROM json_each(?1))";

class Statement final
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

QByteArrayView bytesAt(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, column)) : QByteArrayView();
}

QUuid uuidAt(sqlite3_stmt *stmt, int column)
{
    const QByteArrayView bytes = bytesAt(stmt, column);
    return bytes.isEmpty() ? QUuid() : QUuid::fromString(QLatin1StringView(bytes));
}

QString textAt(sqlite3_stmt *stmt, int column)
{
    const QByteArrayView bytes = bytesAt(stmt, column);
    return QString::fromUtf8(bytes);
}

using NameMap = QHash<QUuid, QString>;

// json_each() passes any number of ids as one bound value, so a statement is always the same.
QByteArray jsonIdList(const QSet<QUuid> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const QUuid &id : ids) {
        texts.append(id.toString(QUuid::WithoutBraces));
    }
    return QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact);
}

QByteArray jsonNumberList(const std::vector<qint64> &numbers)
{
    QByteArray list = "[";
    for (const qint64 number : numbers) {
        if (list.size() > 1) {
            list += ',';
        }
        list += QByteArray::number(number);
    }
    return list + ']';
}

// Reads "SELECT id, name FROM …" (of the ids in idList, when given) into a map; each name is one shared
// QString however many rows show it.
bool loadNames(sqlite3 *db, const QByteArray &sql, NameMap &names, const QByteArray &idList = {})
{
    const Statement statement(db, sql);
    if (!statement.prepared()) {
        return false;
    }
    if (!idList.isNull()) {
        sqlite3_bind_text(statement.get(), 1, idList.constData(), static_cast<int>(idList.size()), SQLITE_STATIC);
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        names.insert(uuidAt(statement.get(), 0), textAt(statement.get(), 1));
    }
    return rc == SQLITE_DONE;
}

// Enum columns hold the wire names; matching the raw bytes avoids a QString per value.
template<typename E, int Count>
E enumAt(sqlite3_stmt *stmt, int column, E fallback)
{
    static const std::array<QByteArray, Count> names = [] {
        std::array<QByteArray, Count> result;
        for (int i = 0; i < Count; ++i) {
            result[static_cast<std::size_t>(i)] = toString(static_cast<E>(i)).toUtf8();
        }
        return result;
    }();
    const QByteArrayView bytes = bytesAt(stmt, column);
    for (int i = 0; i < Count; ++i) {
        if (bytes == names[static_cast<std::size_t>(i)]) {
            return static_cast<E>(i);
        }
    }
    return fallback;
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

Result<QSet<QUuid>> QueueRowReader::queuesOf(const QUuid &agentId) const
{
    auto members = selectRows(m_db, QStringLiteral("SELECT queue_id FROM queue_members WHERE agent_id = ?"),
                              {agentId.toString(QUuid::WithoutBraces)});
    if (!members) {
        return members.error();
    }
    QSet<QUuid> queues;
    while (members->next()) {
        queues.insert(QUuid::fromString(members->value(0).toString()));
    }
    return queues;
}

Result<std::vector<QueueRow>> QueueRowReader::all() const
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        return sqlError(QStringLiteral("reading the queue"), QStringLiteral("the cache is not open"));
    }
    NameMap customers;
    NameMap queues;
    NameMap agents;
    if (!loadNames(db, "SELECT id, name FROM customers", customers) ||
        !loadNames(db, "SELECT id, name FROM queues", queues) ||
        !loadNames(db, "SELECT id, name FROM agents", agents)) {
        return sqlError(QStringLiteral("reading names for the queue"), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    auto rows = select(QByteArray(ticketColumns) + allTickets, {}, [&](QueueRow &row, sqlite3_stmt *) {
        row.customerName = customers.value(row.customerId);
        row.queueName = queues.value(row.queueId);
        row.assigneeName = agents.value(row.assigneeId);
    });
    if (rows) {
        if (Status marked = markPending(*rows); !marked) {
            return marked.error();
        }
    }
    return rows;
}

Result<std::vector<QueueRow>> QueueRowReader::byIds(const QSet<QUuid> &ids, const Known &known) const
{
    // Two lookups per joined name and row (a text key's index, then the row) were most of refreshing a
    // thousand tickets; the names the caller already shows are still right unless it is told otherwise.
    QSet<QUuid> customerIds;
    QSet<QUuid> queueIds;
    QSet<QUuid> agentIds;
    const auto name = [](const NameMap &names, const QUuid &id, QString &into, QSet<QUuid> &missing) {
        if (id.isNull()) {
            return;
        }
        if (const auto it = names.constFind(id); it != names.cend()) {
            into = *it;
        } else {
            missing.insert(id);
        }
    };
    const auto names = [&](QueueRow &row, sqlite3_stmt *) {
        name(known.customers, row.customerId, row.customerName, customerIds);
        name(known.queues, row.queueId, row.queueName, queueIds);
        name(known.agents, row.assigneeId, row.assigneeName, agentIds);
    };
    std::vector<qint64> storeRows;
    for (const QUuid &id : ids) {
        if (const auto stored = known.storeRows.constFind(id); stored != known.storeRows.cend() && *stored > 0) {
            storeRows.push_back(*stored);
        }
    }
    std::sort(storeRows.begin(), storeRows.end());
    QSet<QUuid> notFound = ids;
    Result<std::vector<QueueRow>> rows = std::vector<QueueRow>();
    if (!storeRows.empty()) {
        rows = select(QByteArray(ticketColumns) + someStoreRows, jsonNumberList(storeRows), names);
        if (rows) {
            // A rowid freed by a deleted ticket may hold another one now: only the tickets asked for count.
            std::erase_if(*rows, [&notFound](const QueueRow &row) { return !notFound.remove(row.id); });
        }
    }
    if (rows && !notFound.isEmpty()) {
        auto byId = select(QByteArray(ticketColumns) + someTickets, jsonIdList(notFound), names);
        if (!byId) {
            return byId.error();
        }
        std::move(byId->begin(), byId->end(), std::back_inserter(*rows));
    }
    if (!rows) {
        return rows;
    }
    // One look at the outbox for every row, however many queries read them.
    if (Status marked = markPending(*rows); !marked) {
        return marked.error();
    }
    if (customerIds.isEmpty() && queueIds.isEmpty() && agentIds.isEmpty()) {
        return rows;
    }
    sqlite3 *db = sqliteHandle(m_db);
    NameMap customers;
    NameMap queues;
    NameMap agents;
    const auto load = [&](const char *table, const QSet<QUuid> &wanted, NameMap &into) {
        return wanted.isEmpty() ||
               loadNames(db, QByteArray("SELECT id, name FROM ") + table + idsParameter, into, jsonIdList(wanted));
    };
    if (!load("customers", customerIds, customers) || !load("queues", queueIds, queues) ||
        !load("agents", agentIds, agents)) {
        return sqlError(QStringLiteral("reading names for the queue"), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    for (QueueRow &row : *rows) {
        if (customerIds.contains(row.customerId)) {
            row.customerName = customers.value(row.customerId);
        }
        if (queueIds.contains(row.queueId)) {
            row.queueName = queues.value(row.queueId);
        }
        if (agentIds.contains(row.assigneeId)) {
            row.assigneeName = agents.value(row.assigneeId);
        }
    }
    return rows;
}

Result<std::vector<QueueRow>> QueueRowReader::select(const QByteArray &sql, const QByteArray &idList,
                                                     const std::function<void(QueueRow &, sqlite3_stmt *)> &names) const
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        return sqlError(QStringLiteral("reading the queue"), QStringLiteral("the cache is not open"));
    }
    const Statement statement(db, sql);
    if (!statement.prepared()) {
        return sqlError(QStringLiteral("preparing the queue query"), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_stmt *stmt = statement.get();
    if (!idList.isNull()) {
        sqlite3_bind_text(stmt, 1, idList.constData(), static_cast<int>(idList.size()), SQLITE_STATIC);
    }

    std::vector<QueueRow> rows;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QueueRow &row = rows.emplace_back();
        row.id = uuidAt(stmt, 0);
        row.queueId = uuidAt(stmt, 1);
        row.customerId = uuidAt(stmt, 2);
        row.assigneeId = uuidAt(stmt, 3);
        row.number = sqlite3_column_int64(stmt, 4);
        row.subject = textAt(stmt, 5);
        row.channel = enumAt<Channel, 6>(stmt, 6, Channel::Email);
        row.status = enumAt<TicketStatus, 6>(stmt, 7, TicketStatus::Open);
        row.priority = enumAt<Priority, 4>(stmt, 8, Priority::Normal);
        row.createdAt = sqlite3_column_int64(stmt, 9);
        row.updatedAt = sqlite3_column_int64(stmt, 10);
        row.firstResponseDue = sqlite3_column_int64(stmt, 11);
        row.resolutionDue = sqlite3_column_int64(stmt, 12);
        row.firstRespondedAt = sqlite3_column_int64(stmt, 13);
        if (sqlite3_column_bytes(stmt, 14) > 2) {  // "[]" is no tags: no string to keep
            row.tags = textAt(stmt, 14);
        }
        // A solved or closed ticket asks nothing of the agent, whatever the customer wrote last.
        row.unread = sqlite3_column_int(stmt, 15) != 0 && isActive(row.status);
        row.storeRow = sqlite3_column_int64(stmt, 16);
        names(row, stmt);
    }
    if (rc != SQLITE_DONE) {
        return sqlError(QStringLiteral("reading the queue"), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return rows;
}

Status QueueRowReader::markPending(std::vector<QueueRow> &rows) const
{
    // The outbox holds a handful of entries: one look at it beats a lookup per ticket.
    auto pending =
        selectRows(m_db, QStringLiteral("SELECT DISTINCT entity_id FROM outbox WHERE entity_id IS NOT NULL"), {});
    if (!pending) {
        return pending.error();
    }
    QSet<QUuid> ids;
    while (pending->next()) {
        ids.insert(QUuid::fromString(pending->value(0).toString()));
    }
    if (ids.isEmpty()) {
        return Ok{};
    }
    for (QueueRow &row : rows) {
        row.pendingSync = ids.contains(row.id);
    }
    return Ok{};
}

}  // namespace Frontline::Models
