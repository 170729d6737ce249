// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"
#include "teamsnapshot.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace Frontline::Models {

/*! A member of a queue as the local cache knows them, for choosing whom to give a ticket. */
struct TeamMember
{
    QUuid id;
    QString name;
    AgentRole role = AgentRole::Agent;
    Presence presence = Presence::Offline;

    bool operator==(const TeamMember &) const = default;
};

/*!
    \brief The agents and leads of a team snapshot, one row each: presence and since when, their open
    tickets (their load), what they handled today, their median first response and their CSAT.

    Display text is translated; SortRole gives each cell's raw value (counts, milliseconds, averages;
    absent values as an invalid QVariant, which QSortFilterProxyModel puts last), so the table sorts by
    number. A new snapshot with the same people updates the rows in place.
*/
class TeamAgentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamAgentModel)

public:
    enum Column
    {
        NameColumn,
        PresenceColumn,
        PresenceSinceColumn,
        LoadColumn,  // open tickets assigned to them
        HandledTodayColumn,
        MedianFirstResponseColumn,
        CsatAverageColumn,
        CsatCountColumn,
        ColumnCount
    };
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1,
        SortRole,      // the cell's raw value
        PresenceRole,  // a Presence
    };

    explicit TeamAgentModel(QObject *parent = nullptr);
    ~TeamAgentModel() override;

    void setSnapshot(const TeamSnapshot &snapshot);
    const QList<AgentMetrics> &agents() const { return m_agents; }
    const AgentMetrics *agentAt(int row) const;
    int rowOf(const QUuid &agentId) const;

    /*! Green, amber, red and grey: the dot before a presence. */
    static QColor presenceColor(Presence presence);

    /*! Who of the cache's agents and leads belongs to every queue in \a queueIds, by name. */
    static Result<QList<TeamMember>> membersOf(const QSqlDatabase &db, const QSet<QUuid> &queueIds);
    /*! The role of \a agentId in the cache; none when the cache does not know them. */
    static Result<std::optional<AgentRole>> roleOf(const QSqlDatabase &db, const QUuid &agentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /*! The interface language changed: headers and cells are drawn again. */
    void retranslate();

private:
    QVariant displayText(const AgentMetrics &agent, int column) const;
    QVariant sortValue(const AgentMetrics &agent, int column) const;
    QString sinceText(qint64 since) const;

    QList<AgentMetrics> m_agents;
    DayWindow m_day;  // a presence since today shows the time only
};

}  // namespace Frontline::Models
