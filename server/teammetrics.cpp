// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teammetrics.h"

#include "serverdatabase.h"

#include <models/agent.h>
#include <models/jsonreader.h>
#include <models/queue.h>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Frontline::Server {

using namespace Qt::StringLiterals;
using Models::Error;
using Models::JsonReader;
using Models::Ok;
using Models::Result;
using Models::Status;

namespace {
// Debug (per-statement times of each refresh) is off unless asked for: leads refresh often.
Q_LOGGING_CATEGORY(lc, "frontline.server.teammetrics", QtInfoMsg)

constexpr qint64 MaxSafeInteger = qint64(1) << 53;
constexpr qint64 MaxCount = 100'000'000;

// --- SQL ------------------------------------------------------------------------------------------

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The active statuses as SQL literals, from the model's own definition, so the metrics and take-next
// never disagree about which tickets still need work.
QString activeStatusLiterals()
{
    QStringList names;
    for (const auto status :
         {Models::TicketStatus::New, Models::TicketStatus::Open, Models::TicketStatus::Pending,
          Models::TicketStatus::OnHold, Models::TicketStatus::Solved, Models::TicketStatus::Closed}) {
        if (Models::isActive(status)) {
            names.append(u'\'' + Models::toString(status) + u'\'');
        }
    }
    return names.join(u", ");
}

// Every statement below is written once for both engines. The hour of an event is
// (time - day start) / 3600000: the operands are BIGINT in PostgreSQL and INTEGER in SQLite, and both
// divide integers by truncating, which for the non-negative offsets of today's window is the floor.
// "{queues}" stands for the ? marks of the visible queue ids, which follow each branch's own values.
// Each statement is covered by one of schema step 2's indexes, on both engines.
QString withQueues(QString sql, qsizetype queueCount)
{
    QStringList marks;
    marks.fill(u"?"_s, queueCount);
    return sql.replace(u"{active}"_s, activeStatusLiterals()).replace(u"{queues}"_s, marks.join(u", "));
}

const QString queuesSql = u"SELECT id, name FROM queues WHERE id IN ({queues})"_s;

const QString agentsSql = u"SELECT u.id, u.name, u.role, u.presence, u.presence_since FROM users u "
                          "WHERE u.role IN (?, ?) AND u.disabled = 0 AND EXISTS (SELECT 1 FROM queue_members m "
                          "WHERE m.user_id = u.id AND m.queue_id IN ({queues}))"_s;

// One pass over the active tickets, per queue and assignee, in the order of the partial index
// tickets_active (so no sort): the null assignee's group is the queue's waiting tickets. The engines
// use that index only while "{active}" is, word for word, the IN list of its WHERE clause.
const QString activeSql =
    u"SELECT queue_id, assignee_id, COUNT(*), MIN(created_at), "
    "SUM(CASE WHEN first_responded_at IS NULL AND first_response_due < ? THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN first_responded_at IS NULL AND first_response_due >= ? AND first_response_due < ? "
    "THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN resolution_due < ? THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN resolution_due >= ? AND resolution_due < ? THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN created_at >= ? AND created_at < ? THEN 1 ELSE 0 END) "
    "FROM tickets WHERE status IN ({active}) AND queue_id IN ({queues}) GROUP BY queue_id, assignee_id"_s;

enum class Event
{
    Created,
    Solved,
    FirstResponseBreach,
    ResolutionBreach
};

// Per queue and hour. A deadline is met when the answer or the solve came at or before it; a ticket
// solved before its first-response deadline without a reply owes no reply.
const QString hourlySql =
    u"SELECT 0, queue_id, (created_at - ?) / 3600000, COUNT(*) FROM tickets "
    "WHERE created_at >= ? AND created_at < ? AND queue_id IN ({queues}) GROUP BY queue_id, 3 "
    "UNION ALL "
    "SELECT 1, queue_id, (solved_at - ?) / 3600000, COUNT(*) FROM tickets "
    "WHERE solved_at >= ? AND solved_at < ? AND queue_id IN ({queues}) GROUP BY queue_id, 3 "
    "UNION ALL "
    "SELECT 2, queue_id, (first_response_due - ?) / 3600000, COUNT(*) FROM tickets "
    "WHERE first_response_due >= ? AND first_response_due < ? "
    "AND (first_responded_at IS NULL OR first_responded_at > first_response_due) "
    "AND (solved_at IS NULL OR solved_at > first_response_due) AND queue_id IN ({queues}) GROUP BY queue_id, 3 "
    "UNION ALL "
    "SELECT 3, queue_id, (resolution_due - ?) / 3600000, COUNT(*) FROM tickets "
    "WHERE resolution_due >= ? AND resolution_due < ? AND (solved_at IS NULL OR solved_at > resolution_due) "
    "AND queue_id IN ({queues}) GROUP BY queue_id, 3"_s;

// Solved today. EntityStore keeps solved_at set exactly while a ticket is solved or closed (a reopened
// ticket has none), so no status test is needed, and without one SQLite cannot pick tickets_by_queue
// over tickets_by_queue_solved.
const QString solvedSql = u"SELECT queue_id, assignee_id, COUNT(*), "
                          "SUM(CASE WHEN solved_at <= resolution_due THEN 1 ELSE 0 END), "
                          "SUM(CASE WHEN solved_at > resolution_due THEN 1 ELSE 0 END) "
                          "FROM tickets WHERE solved_at >= ? AND solved_at < ? AND queue_id IN ({queues}) "
                          "GROUP BY queue_id, assignee_id"_s;

// Today's first responses, each with its wait. The medians are taken in C++ (std::nth_element):
// SQLite has no percentile function, and the portable ROW_NUMBER()/COUNT() windows cost it two sorts
// of every row (about 40 ms each for 20,000 responses), while handing the rows over costs less than
// one. tickets_by_queue_first_response covers the query.
const QString firstResponsesSql =
    u"SELECT queue_id, assignee_id, first_responded_at - created_at FROM tickets "
    "WHERE first_responded_at >= ? AND first_responded_at < ? AND queue_id IN ({queues})"_s;

// A rating belongs to the queue its ticket is in now: csat_ratings.queue_id, kept by every write of a
// rating and by transfers (schema step 3). Grouped by the hour of the rating too, for the hourly CSAT
// trend; csat_ratings_by_queue_time covers the statement.
const QString ratingsSql =
    u"SELECT queue_id, agent_id, (rated_at - ?) / 3600000, COUNT(*), SUM(score) FROM csat_ratings "
    "WHERE rated_at >= ? AND rated_at < ? AND queue_id IN ({queues}) GROUP BY queue_id, agent_id, 3"_s;

std::optional<qint64> optionalAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

int countAt(const QSqlQuery &query, int column)
{
    return query.value(column).toInt();  // SUM() over no rows is NULL, which reads as 0
}

/*! The middle of \a values (the mean of the two middle ones, rounded down, for an even count). */
std::optional<qint64> medianOf(std::vector<qint64> &values)
{
    if (values.empty()) {
        return std::nullopt;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1) {
        return *middle;
    }
    const qint64 below = *std::max_element(values.begin(), middle);
    return below + (*middle - below) / 2;
}

/*!
    Reads in one snapshot: without it a ticket solved between two statements could be counted both
    open and solved. SQLite (WAL): a deferred transaction reads one snapshot and never blocks the
    writer. PostgreSQL: REPEATABLE READ gives every statement the transaction's first snapshot.
*/
Status readConsistently(ServerDatabase &db, const std::function<Status()> &reads)
{
    const QString begin =
        db.dialect() == Dialect::Sqlite ? u"BEGIN DEFERRED"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    if (auto begun = db.exec(begin); !begun) {
        return begun.error();
    }
    Status result = reads();
    auto ended = db.exec(result ? u"COMMIT"_s : u"ROLLBACK"_s);
    if (!ended) {
        qCWarning(lc) << "ending the read transaction failed:" << ended.error().message;
        if (result) {
            result = ended.error();
        }
    }
    return result;
}

/*! One refresh: runs the queries and folds their grouped rows into the snapshot. */
class Computation final
{
public:
    Computation(ServerDatabase &db, const QList<QUuid> &visibleQueues, const DayWindow &day, qint64 now,
                qint64 dueSoonMs)
        : m_db(db)
        , m_now(now)
    {
        for (const QUuid &id : visibleQueues) {
            if (!id.isNull() && !m_queueValues.contains(idText(id))) {
                m_queueValues.append(idText(id));
            }
        }
        m_snapshot.computedAt = now;
        m_snapshot.day = day;
        m_snapshot.dueSoonMs = dueSoonMs;
        const int hours = day.hours();
        m_snapshot.hourly.created.fill(0, hours);
        m_snapshot.hourly.solved.fill(0, hours);
        m_snapshot.hourly.breaches.fill(0, hours);
        m_snapshot.hourly.csatCount.fill(0, hours);
        m_snapshot.hourly.csatSum.fill(0, hours);
    }

    Status run()
    {
        if (m_queueValues.isEmpty()) {
            return Ok{};  // sees nothing: "IN ()" is no SQL either engine accepts
        }
        QElapsedTimer timer;
        timer.start();
        QStringList spent;  // where a slow refresh spends its time, for the debug log
        for (const auto &[name, step] :
             {std::pair("queues", &Computation::readQueues), std::pair("agents", &Computation::readAgents),
              std::pair("active", &Computation::readActive), std::pair("hourly", &Computation::readHourly),
              std::pair("solved", &Computation::readSolved),
              std::pair("first responses", &Computation::readFirstResponses),
              std::pair("ratings", &Computation::readRatings)}) {
            if (Status status = (this->*step)(); !status) {
                return status;
            }
            spent.append(u"%1 %2 ms"_s.arg(QLatin1StringView(name)).arg(timer.restart()));
        }
        qCDebug(lc).noquote() << "team metrics of" << m_queueValues.size() << "queues:" << spent.join(u", ");
        return Ok{};
    }

    TeamSnapshot take()
    {
        // Sorted here, not in SQL: the engines' collations differ, code point order does not.
        std::sort(m_snapshot.queues.begin(), m_snapshot.queues.end(), [](const auto &a, const auto &b) {
            return a.name != b.name ? a.name < b.name : a.queueId < b.queueId;
        });
        std::sort(m_snapshot.agents.begin(), m_snapshot.agents.end(), [](const auto &a, const auto &b) {
            return a.name != b.name ? a.name < b.name : a.agentId < b.agentId;
        });
        return std::move(m_snapshot);
    }

private:
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values)
    {
        return m_db.exec(withQueues(sql, m_queueValues.size()), values);
    }

    // \a head followed by the visible queue ids: the values of one "… AND queue_id IN ({queues})".
    QVariantList branch(QVariantList head) const
    {
        head.append(m_queueValues);
        return head;
    }

    const DayWindow &day() const { return m_snapshot.day; }

    QueueMetrics *queue(const QVariant &id)
    {
        const auto found = m_queueIndex.constFind(id.toString());
        return found == m_queueIndex.cend() ? nullptr : &m_snapshot.queues[*found];
    }

    // Tickets of someone who is not listed (an admin, a former member) count for their queue only.
    AgentMetrics *agent(const QVariant &id)
    {
        if (id.isNull()) {
            return nullptr;
        }
        const auto found = m_agentIndex.constFind(id.toString());
        return found == m_agentIndex.cend() ? nullptr : &m_snapshot.agents[*found];
    }

    Status readQueues()
    {
        auto query = exec(queuesSql, m_queueValues);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            QueueMetrics metrics;
            metrics.queueId = QUuid::fromString(query->value(0).toString());
            metrics.name = query->value(1).toString();
            m_queueIndex.insert(query->value(0).toString(), m_snapshot.queues.size());
            m_snapshot.queues.append(metrics);
        }
        return Ok{};
    }

    Status readAgents()
    {
        auto query = exec(
            agentsSql, branch({Models::toString(Models::AgentRole::Agent), Models::toString(Models::AgentRole::Lead)}));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            AgentMetrics metrics;
            metrics.agentId = QUuid::fromString(query->value(0).toString());
            metrics.name = query->value(1).toString();
            metrics.role = Models::enumFromString<Models::AgentRole>(query->value(2).toString())
                               .value_or(Models::AgentRole::Agent);
            metrics.presence = Models::enumFromString<Models::Presence>(query->value(3).toString())
                                   .value_or(Models::Presence::Offline);
            metrics.presenceSince = optionalAt(*query, 4);
            m_agentIndex.insert(query->value(0).toString(), m_snapshot.agents.size());
            m_snapshot.agents.append(metrics);
        }
        return Ok{};
    }

    Status readActive()
    {
        const qint64 soon = m_now + m_snapshot.dueSoonMs;
        auto query = exec(activeSql, branch({m_now, m_now, soon, m_now, m_now, soon, day().startMs, day().endMs}));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            QueueMetrics *queue = this->queue(query->value(0));
            if (!queue) {
                continue;
            }
            const int count = countAt(*query, 2);
            queue->open += count;
            queue->firstResponseBreached += countAt(*query, 4);
            queue->firstResponseDueSoon += countAt(*query, 5);
            queue->resolutionBreached += countAt(*query, 6);
            queue->resolutionDueSoon += countAt(*query, 7);
            queue->openCreatedToday += countAt(*query, 8);
            if (query->value(1).isNull()) {
                queue->waiting = count;
                queue->oldestWaitingCreatedAt = optionalAt(*query, 3);
                if (queue->oldestWaitingCreatedAt) {
                    queue->oldestWaitMs = std::max<qint64>(0, m_now - *queue->oldestWaitingCreatedAt);
                }
            } else if (AgentMetrics *agent = this->agent(query->value(1))) {
                agent->openAssigned += count;
            }
        }
        return Ok{};
    }

    Status readHourly()
    {
        const qint64 start = day().startMs;
        // Deadlines still ahead have not been missed yet.
        const qint64 passed = std::clamp(m_now, start, day().endMs);
        QVariantList values = branch({start, start, day().endMs});
        values += branch({start, start, day().endMs});
        values += branch({start, start, passed});
        values += branch({start, start, passed});
        auto query = exec(hourlySql, values);
        if (!query) {
            return query.error();
        }
        HourlySeries &hourly = m_snapshot.hourly;
        while (query->next()) {
            QueueMetrics *queue = this->queue(query->value(1));
            const qint64 hour = query->value(2).toLongLong();
            if (!queue || hour < 0 || hour >= hourly.created.size()) {
                continue;
            }
            const auto at = static_cast<qsizetype>(hour);
            const int count = countAt(*query, 3);
            switch (static_cast<Event>(query->value(0).toInt())) {
            case Event::Created:
                hourly.created[at] += count;
                queue->createdToday += count;
                break;
            case Event::Solved:
                hourly.solved[at] += count;
                break;
            case Event::FirstResponseBreach:
            case Event::ResolutionBreach:
                hourly.breaches[at] += count;
                break;
            }
        }
        return Ok{};
    }

    Status readSolved()
    {
        auto query = exec(solvedSql, branch({day().startMs, day().endMs}));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            QueueMetrics *queue = this->queue(query->value(0));
            if (!queue) {
                continue;
            }
            const int count = countAt(*query, 2);
            queue->solvedToday += count;
            queue->solvedTodayWithinSla += countAt(*query, 3);
            queue->solvedTodayLate += countAt(*query, 4);
            if (AgentMetrics *agent = this->agent(query->value(1))) {
                agent->handledToday += count;
            }
        }
        return Ok{};
    }

    Status readFirstResponses()
    {
        auto query = exec(firstResponsesSql, branch({day().startMs, day().endMs}));
        if (!query) {
            return query.error();
        }
        std::vector<std::vector<qint64>> queueWaits(static_cast<size_t>(m_snapshot.queues.size()));
        std::vector<std::vector<qint64>> agentWaits(static_cast<size_t>(m_snapshot.agents.size()));
        while (query->next()) {
            const auto queue = m_queueIndex.constFind(query->value(0).toString());
            if (queue == m_queueIndex.cend()) {
                continue;
            }
            const qint64 wait = query->value(2).toLongLong();
            queueWaits[static_cast<size_t>(*queue)].push_back(wait);
            if (const QVariant assignee = query->value(1); !assignee.isNull()) {
                if (const auto agent = m_agentIndex.constFind(assignee.toString()); agent != m_agentIndex.cend()) {
                    agentWaits[static_cast<size_t>(*agent)].push_back(wait);
                }
            }
        }
        for (qsizetype i = 0; i < m_snapshot.queues.size(); ++i) {
            std::vector<qint64> &waits = queueWaits[static_cast<size_t>(i)];
            m_snapshot.queues[i].firstResponsesToday = static_cast<int>(waits.size());
            m_snapshot.queues[i].medianFirstResponseMs = medianOf(waits);
        }
        for (qsizetype i = 0; i < m_snapshot.agents.size(); ++i) {
            std::vector<qint64> &waits = agentWaits[static_cast<size_t>(i)];
            m_snapshot.agents[i].firstResponsesToday = static_cast<int>(waits.size());
            m_snapshot.agents[i].medianFirstResponseMs = medianOf(waits);
        }
        return Ok{};
    }

    Status readRatings()
    {
        auto query = exec(ratingsSql, branch({day().startMs, day().startMs, day().endMs}));
        if (!query) {
            return query.error();
        }
        HourlySeries &hourly = m_snapshot.hourly;
        while (query->next()) {
            QueueMetrics *queue = this->queue(query->value(0));
            if (!queue) {
                continue;
            }
            const int count = countAt(*query, 3);
            const qint64 sum = query->value(4).toLongLong();
            if (const qint64 hour = query->value(2).toLongLong(); hour >= 0 && hour < hourly.csatCount.size()) {
                hourly.csatCount[static_cast<qsizetype>(hour)] += count;
                hourly.csatSum[static_cast<qsizetype>(hour)] += static_cast<int>(sum);
            }
            queue->csatCount += count;
            queue->csatScoreSum += sum;
            if (AgentMetrics *agent = this->agent(query->value(1))) {
                agent->csatCount += count;
                agent->csatScoreSum += sum;
            }
        }
        return Ok{};
    }

    ServerDatabase &m_db;
    qint64 m_now;
    QVariantList m_queueValues;
    QHash<QString, qsizetype> m_queueIndex;  // id text → index in m_snapshot.queues
    QHash<QString, qsizetype> m_agentIndex;
    TeamSnapshot m_snapshot;
};

}  // namespace

// --- TeamMetrics ----------------------------------------------------------------------------------

TeamMetrics::TeamMetrics(ServerDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

Result<TeamSnapshot> TeamMetrics::compute(const QList<QUuid> &visibleQueues, const DayWindow &day, qint64 dueSoonMs)
{
    if (!day.isValid()) {
        return Error{Error::Code::InvalidValue,
                     tr("The day for the team's metrics must end after it starts, within 48 hours."),
                     {}};
    }
    if (dueSoonMs < 0 || dueSoonMs > DayWindow::MaxLengthMs) {
        return Error{Error::Code::InvalidValue, tr("The \"due soon\" threshold must be between 0 and 48 hours."), {}};
    }
    Computation computation(m_db, visibleQueues, day, m_clock().toMSecsSinceEpoch(), std::max<qint64>(0, dueSoonMs));
    if (Status read = readConsistently(m_db, [&computation] { return computation.run(); }); !read) {
        qCWarning(lc) << "computing the team's metrics failed:" << read.error().message;
        return read.error();
    }
    return computation.take();
}

}  // namespace Frontline::Server
