// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>
#include <models/teamsnapshot.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <QUuid>

#include <functional>
#include <optional>

namespace Frontline::Server {

class ServerDatabase;

using Models::AgentMetrics;
using Models::DayWindow;
using Models::HourlySeries;
using Models::QueueMetrics;
using Models::TeamSnapshot;

/*!
    \brief Computes a team lead's metrics from the stored tickets, ratings and presence.

    A handful of grouped queries over indexed columns, read in one snapshot transaction so every
    figure describes the same moment; nothing is counted in memory between refreshes, so nothing
    can drift from the data. Run it on a connection that has no transaction open.
*/
class TeamMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::TeamMetrics)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 DefaultDueSoonMs = 15 * 60 * 1000;

    explicit TeamMetrics(ServerDatabase &db, Clock clock = {});

    /*!
        The metrics of the queues in \a visibleQueues (ids that name no queue are ignored) for
        \a day; a deadline counts as due soon within \a dueSoonMs from now.
    */
    Models::Result<TeamSnapshot> compute(const QList<QUuid> &visibleQueues, const DayWindow &day,
                                         qint64 dueSoonMs = DefaultDueSoonMs);

private:
    ServerDatabase &m_db;
    Clock m_clock;
};

}  // namespace Frontline::Server
