// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <QUuid>

#include <optional>

// A team lead's metrics as the server computes them (Server::TeamMetrics) and the dashboard shows
// them: plain values with strict JSON, so both ends share one definition.
namespace Frontline::Models {

/*! "Today" for a team lead: [startMs, endMs) in UTC milliseconds, local midnight to local midnight. */
struct DayWindow
{
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 MaxLengthMs = 48 * HourMs;

    qint64 startMs = 0;
    qint64 endMs = 0;

    /*! The local day of \a zone that contains \a moment (23, 24 or 25 hours around DST changes). */
    static DayWindow containing(const QDateTime &moment, const QTimeZone &zone);
    bool isValid() const { return endMs > startMs && endMs - startMs <= MaxLengthMs; }
    /*! Hour buckets of the day; the last one is short when the day does not end on a whole hour. */
    int hours() const { return isValid() ? static_cast<int>((endMs - startMs + HourMs - 1) / HourMs) : 0; }
    bool operator==(const DayWindow &) const = default;
};

/*!
    One queue as a lead sees it. "Active" is isActive(): new, open, pending, on hold. Counts
    of deadlines look at active tickets only: a solved ticket's clocks have stopped.
*/
struct QueueMetrics
{
    QUuid queueId;
    QString name;
    int waiting = 0;  // active and unassigned: what take-next can hand out
    int open = 0;     // active, assigned or not
    std::optional<qint64> oldestWaitingCreatedAt;
    std::optional<qint64> oldestWaitMs;  // computedAt - oldestWaitingCreatedAt
    int firstResponseDueSoon = 0;        // no first response yet, due within the threshold from now
    int firstResponseBreached = 0;       // no first response yet, due before now
    int resolutionDueSoon = 0;
    int resolutionBreached = 0;
    int createdToday = 0;
    int openCreatedToday = 0;  // created today and still active
    int solvedToday = 0;       // solved or closed now, solved_at today
    int solvedTodayWithinSla = 0;
    int solvedTodayLate = 0;  // solved today after their resolution deadline
    int firstResponsesToday = 0;
    std::optional<qint64> medianFirstResponseMs;  // of the tickets first responded today
    int csatCount = 0;                            // ratings given today
    qint64 csatScoreSum = 0;

    /*! solvedToday / (solvedToday + openCreatedToday); absent when both are zero. */
    std::optional<double> resolutionRate() const;
    /*! Of today's solved tickets that had a resolution deadline, the share solved by it. */
    std::optional<double> resolutionSlaRate() const;
    std::optional<double> csatAverage() const;

    QJsonObject toJson() const;
    /*! \a entity names the object in errors ("queue_metrics.waiting"). */
    static Result<QueueMetrics> fromJson(const QJsonObject &json,
                                         const QString &entity = QStringLiteral("queue_metrics"));
    bool operator==(const QueueMetrics &) const = default;
};

/*! One agent or lead who is a member of a visible queue; ticket counts cover the visible queues only. */
struct AgentMetrics
{
    QUuid agentId;
    QString name;
    AgentRole role = AgentRole::Agent;
    Presence presence = Presence::Offline;
    std::optional<qint64> presenceSince;
    int openAssigned = 0;
    int handledToday = 0;  // assigned to them and solved today (the schema does not record who solved)
    int firstResponsesToday = 0;
    std::optional<qint64> medianFirstResponseMs;  // tickets assigned to them, first responded today
    int csatCount = 0;                            // ratings given today that name them
    qint64 csatScoreSum = 0;

    std::optional<double> csatAverage() const;

    QJsonObject toJson() const;
    /*! \a entity names the object in errors ("agent_metrics.waiting"). */
    static Result<AgentMetrics> fromJson(const QJsonObject &json,
                                         const QString &entity = QStringLiteral("agent_metrics"));
    bool operator==(const AgentMetrics &) const = default;
};

/*!
    Today hour by hour over the visible queues: bucket i is [day start + i h, day start + (i + 1) h).
    A breach is a first-response or resolution deadline in that hour that passed without being met;
    it stays a breach when the ticket is answered or solved later. CSAT: the ratings given in that hour
    and the sum of their scores (1 to 5 each); JSON without them (an older server) reads as zeros.
*/
struct HourlySeries
{
    QList<int> created;
    QList<int> solved;
    QList<int> breaches;
    QList<int> csatCount;
    QList<int> csatSum;

    /*! The average rating given in \a hour, absent when there was none. */
    std::optional<double> csatAverage(qsizetype hour) const;

    QJsonObject toJson() const;
    /*! \a entity names the object in errors ("hourly.waiting"). */
    static Result<HourlySeries> fromJson(const QJsonObject &json, const QString &entity = QStringLiteral("hourly"));
    bool operator==(const HourlySeries &) const = default;
};

/*! Everything a lead's dashboard shows, computed at one moment from one consistent read. */
struct TeamSnapshot
{
    static constexpr qsizetype MaxQueues = 500;
    static constexpr qsizetype MaxAgents = 10'000;

    qint64 computedAt = 0;
    DayWindow day;
    qint64 dueSoonMs = 0;
    QList<QueueMetrics> queues;  // by name
    QList<AgentMetrics> agents;  // by name
    HourlySeries hourly;

    QJsonObject toJson() const;
    /*! \a entity names the object in errors ("team_snapshot.waiting"). */
    static Result<TeamSnapshot> fromJson(const QJsonObject &json,
                                         const QString &entity = QStringLiteral("team_snapshot"));
    bool operator==(const TeamSnapshot &) const = default;
};

}  // namespace Frontline::Models
