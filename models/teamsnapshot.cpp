// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teamsnapshot.h"

#include "agent.h"
#include "jsonreader.h"
#include "queue.h"

#include <QJsonArray>

#include <cmath>
#include <utility>

namespace Frontline::Models {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxSafeInteger = qint64(1) << 53;
constexpr qint64 MaxCount = 100'000'000;

std::optional<double> ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(static_cast<double>(part) / static_cast<double>(whole)) : std::nullopt;
}

// --- JSON -----------------------------------------------------------------------------------------

QJsonValue optionalToJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalToJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

int countFrom(JsonReader &reader, QStringView key)
{
    return static_cast<int>(reader.integer(key, 0, MaxCount));
}

std::optional<qint64> optionalTimeFrom(JsonReader &reader, QStringView key)
{
    return reader.optionalInteger(key, 0, MaxSafeInteger);
}

QList<int> countsFrom(JsonReader &reader, QStringView key, qsizetype expected, qint64 max = MaxCount)
{
    const QJsonArray items = reader.array(key, expected);
    QList<int> counts;
    for (const QJsonValue &item : items) {
        const double number = item.toDouble(-1);
        if (!item.isDouble() || number < 0 || number > static_cast<double>(max) || number != std::trunc(number)) {
            reader.fail(Error::Code::InvalidValue, key, u"expected whole numbers from 0 to %1"_s.arg(max));
            return {};
        }
        counts.append(static_cast<int>(number));
    }
    if (reader.ok() && counts.size() != expected) {
        reader.fail(Error::Code::InvalidValue, key, u"expected %1 hours, not %2"_s.arg(expected).arg(counts.size()));
    }
    return counts;
}

template<typename T>
Result<QList<T>> listFromJson(const QJsonArray &items, const QString &field)
{
    QList<T> list;
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            return Error{Error::Code::WrongType, u"%1[%2]: expected an object"_s.arg(field).arg(i),
                         u"%1[%2]"_s.arg(field).arg(i)};
        }
        Result<T> item = T::fromJson(items.at(i).toObject(), u"%1[%2]"_s.arg(field).arg(i));
        if (!item) {
            return item.error();
        }
        list.append(std::move(item).value());
    }
    return list;
}

template<typename T>
QJsonArray listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(item.toJson());
    }
    return array;
}

}  // namespace

// --- DayWindow ------------------------------------------------------------------------------------

DayWindow DayWindow::containing(const QDateTime &moment, const QTimeZone &zone)
{
    const QDate date = moment.toTimeZone(zone).date();
    // startOfDay() copes with a day whose midnight falls into a DST gap.
    return {date.startOfDay(zone).toMSecsSinceEpoch(), date.addDays(1).startOfDay(zone).toMSecsSinceEpoch()};
}

// --- QueueMetrics ---------------------------------------------------------------------------------

std::optional<double> QueueMetrics::resolutionRate() const
{
    return ratio(solvedToday, qint64(solvedToday) + openCreatedToday);
}

std::optional<double> QueueMetrics::resolutionSlaRate() const
{
    return ratio(solvedTodayWithinSla, qint64(solvedTodayWithinSla) + solvedTodayLate);
}

std::optional<double> QueueMetrics::csatAverage() const
{
    return ratio(csatScoreSum, csatCount);
}

QJsonObject QueueMetrics::toJson() const
{
    return {
        {u"queue_id"_s, idToString(queueId)},
        {u"name"_s, name},
        {u"waiting"_s, waiting},
        {u"open"_s, open},
        {u"oldest_waiting_created_at"_s, optionalToJson(oldestWaitingCreatedAt)},
        {u"oldest_wait_ms"_s, optionalToJson(oldestWaitMs)},
        {u"first_response_due_soon"_s, firstResponseDueSoon},
        {u"first_response_breached"_s, firstResponseBreached},
        {u"resolution_due_soon"_s, resolutionDueSoon},
        {u"resolution_breached"_s, resolutionBreached},
        {u"created_today"_s, createdToday},
        {u"open_created_today"_s, openCreatedToday},
        {u"solved_today"_s, solvedToday},
        {u"solved_today_within_sla"_s, solvedTodayWithinSla},
        {u"solved_today_late"_s, solvedTodayLate},
        {u"first_responses_today"_s, firstResponsesToday},
        {u"median_first_response_ms"_s, optionalToJson(medianFirstResponseMs)},
        {u"csat_count"_s, csatCount},
        {u"csat_score_sum"_s, csatScoreSum},
        // Derived from the counts above, for readers without this struct; fromJson() recomputes them.
        {u"resolution_rate"_s, optionalToJson(resolutionRate())},
        {u"resolution_sla_rate"_s, optionalToJson(resolutionSlaRate())},
        {u"csat_average"_s, optionalToJson(csatAverage())},
    };
}

Result<QueueMetrics> QueueMetrics::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    QueueMetrics metrics;
    metrics.queueId = reader.id(u"queue_id");
    metrics.name = reader.nonEmptyText(u"name", Queue::MaxNameLength);
    metrics.waiting = countFrom(reader, u"waiting");
    metrics.open = countFrom(reader, u"open");
    metrics.oldestWaitingCreatedAt = optionalTimeFrom(reader, u"oldest_waiting_created_at");
    metrics.oldestWaitMs = optionalTimeFrom(reader, u"oldest_wait_ms");
    metrics.firstResponseDueSoon = countFrom(reader, u"first_response_due_soon");
    metrics.firstResponseBreached = countFrom(reader, u"first_response_breached");
    metrics.resolutionDueSoon = countFrom(reader, u"resolution_due_soon");
    metrics.resolutionBreached = countFrom(reader, u"resolution_breached");
    metrics.createdToday = countFrom(reader, u"created_today");
    metrics.openCreatedToday = countFrom(reader, u"open_created_today");
    metrics.solvedToday = countFrom(reader, u"solved_today");
    metrics.solvedTodayWithinSla = countFrom(reader, u"solved_today_within_sla");
    metrics.solvedTodayLate = countFrom(reader, u"solved_today_late");
    metrics.firstResponsesToday = countFrom(reader, u"first_responses_today");
    metrics.medianFirstResponseMs =
        reader.optionalInteger(u"median_first_response_ms", -MaxSafeInteger, MaxSafeInteger);
    metrics.csatCount = countFrom(reader, u"csat_count");
    metrics.csatScoreSum = reader.integer(u"csat_score_sum", 0, 5 * MaxCount);
    if (reader.ok() && metrics.waiting > metrics.open) {
        reader.fail(Error::Code::InvalidValue, u"waiting", u"more tickets waiting than open"_s);
    }
    if (!reader.ok()) {
        return reader.error();
    }
    return metrics;
}

// --- AgentMetrics ---------------------------------------------------------------------------------

std::optional<double> AgentMetrics::csatAverage() const
{
    return ratio(csatScoreSum, csatCount);
}

QJsonObject AgentMetrics::toJson() const
{
    return {
        {u"agent_id"_s, idToString(agentId)},
        {u"name"_s, name},
        {u"role"_s, toString(role)},
        {u"presence"_s, toString(presence)},
        {u"presence_since"_s, optionalToJson(presenceSince)},
        {u"open_assigned"_s, openAssigned},
        {u"handled_today"_s, handledToday},
        {u"first_responses_today"_s, firstResponsesToday},
        {u"median_first_response_ms"_s, optionalToJson(medianFirstResponseMs)},
        {u"csat_count"_s, csatCount},
        {u"csat_score_sum"_s, csatScoreSum},
        {u"csat_average"_s, optionalToJson(csatAverage())},  // derived, as in QueueMetrics
    };
}

Result<AgentMetrics> AgentMetrics::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    AgentMetrics metrics;
    metrics.agentId = reader.id(u"agent_id");
    metrics.name = reader.nonEmptyText(u"name", Agent::MaxNameLength);
    metrics.role = reader.enumValue<AgentRole>(u"role");
    metrics.presence = reader.enumValue<Presence>(u"presence");
    metrics.presenceSince = optionalTimeFrom(reader, u"presence_since");
    metrics.openAssigned = countFrom(reader, u"open_assigned");
    metrics.handledToday = countFrom(reader, u"handled_today");
    metrics.firstResponsesToday = countFrom(reader, u"first_responses_today");
    metrics.medianFirstResponseMs =
        reader.optionalInteger(u"median_first_response_ms", -MaxSafeInteger, MaxSafeInteger);
    metrics.csatCount = countFrom(reader, u"csat_count");
    metrics.csatScoreSum = reader.integer(u"csat_score_sum", 0, 5 * MaxCount);
    if (!reader.ok()) {
        return reader.error();
    }
    return metrics;
}

// --- HourlySeries ---------------------------------------------------------------------------------

QJsonObject HourlySeries::toJson() const
{
    const auto array = [](const QList<int> &counts) {
        QJsonArray items;
        for (const int count : counts) {
            items.append(count);
        }
        return items;
    };
    return {{u"created"_s, array(created)},
            {u"solved"_s, array(solved)},
            {u"breaches"_s, array(breaches)},
            {u"csat_count"_s, array(csatCount)},
            {u"csat_sum"_s, array(csatSum)}};
}

std::optional<double> HourlySeries::csatAverage(qsizetype hour) const
{
    if (hour < 0 || hour >= csatCount.size() || hour >= csatSum.size()) {
        return std::nullopt;
    }
    return ratio(csatSum.at(hour), csatCount.at(hour));
}

Result<HourlySeries> HourlySeries::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    HourlySeries series;
    const qsizetype hours = json.value(u"created").toArray().size();
    constexpr qsizetype maxHours = DayWindow::MaxLengthMs / DayWindow::HourMs;
    series.created = countsFrom(reader, u"created", std::min(hours, maxHours));
    series.solved = countsFrom(reader, u"solved", series.created.size());
    series.breaches = countsFrom(reader, u"breaches", series.created.size());
    // Hourly CSAT came later: a server that does not send it rated nothing as far as the chart knows.
    const auto csat = [&](QStringView key, qint64 max) {
        return json.contains(key) ? countsFrom(reader, key, series.created.size(), max)
                                  : QList<int>(series.created.size(), 0);
    };
    series.csatCount = csat(u"csat_count", MaxCount);
    series.csatSum = csat(u"csat_sum", 5 * MaxCount);
    for (qsizetype hour = 0; reader.ok() && hour < series.csatCount.size(); ++hour) {
        const qint64 count = series.csatCount.at(hour);
        const qint64 sum = series.csatSum.at(hour);
        if (sum < count || sum > 5 * count) {
            reader.fail(Error::Code::InvalidValue, u"csat_sum",
                        u"hour %1: %2 ratings cannot add up to %3"_s.arg(hour).arg(count).arg(sum));
        }
    }
    if (!reader.ok()) {
        return reader.error();
    }
    return series;
}

// --- TeamSnapshot ---------------------------------------------------------------------------------

QJsonObject TeamSnapshot::toJson() const
{
    return {
        {u"computed_at"_s, computedAt}, {u"day_start"_s, day.startMs},     {u"day_end"_s, day.endMs},
        {u"due_soon_ms"_s, dueSoonMs},  {u"queues"_s, listToJson(queues)}, {u"agents"_s, listToJson(agents)},
        {u"hourly"_s, hourly.toJson()},
    };
}

Result<TeamSnapshot> TeamSnapshot::fromJson(const QJsonObject &json, const QString &entity)
{
    JsonReader reader(json, entity);
    TeamSnapshot snapshot;
    snapshot.computedAt = reader.integer(u"computed_at", 0, MaxSafeInteger);
    snapshot.day.startMs = reader.integer(u"day_start", 0, MaxSafeInteger);
    snapshot.day.endMs = reader.integer(u"day_end", 0, MaxSafeInteger);
    snapshot.dueSoonMs = reader.integer(u"due_soon_ms", 0, DayWindow::MaxLengthMs);
    const QJsonArray queues = reader.array(u"queues", MaxQueues);
    const QJsonArray agents = reader.array(u"agents", MaxAgents);
    const QJsonObject hourly = reader.object(u"hourly");
    if (reader.ok() && !snapshot.day.isValid()) {
        reader.fail(Error::Code::InvalidValue, u"day_end", u"the day must end after it starts, within 48 hours"_s);
    }
    if (!reader.ok()) {
        return reader.error();
    }
    auto queueList = listFromJson<QueueMetrics>(queues, entity + u".queues"_s);
    if (!queueList) {
        return queueList.error();
    }
    auto agentList = listFromJson<AgentMetrics>(agents, entity + u".agents"_s);
    if (!agentList) {
        return agentList.error();
    }
    auto series = HourlySeries::fromJson(hourly, entity + u".hourly"_s);
    if (!series) {
        return series.error();
    }
    if (series->created.size() != snapshot.day.hours()) {
        return Error{Error::Code::InvalidValue,
                     u"%1.hourly: expected %2 hours for the day, not %3"_s.arg(entity)
                         .arg(snapshot.day.hours())
                         .arg(series->created.size()),
                     entity + u".hourly"_s};
    }
    snapshot.queues = std::move(queueList).value();
    snapshot.agents = std::move(agentList).value();
    snapshot.hourly = std::move(series).value();
    return snapshot;
}

}  // namespace Frontline::Models
