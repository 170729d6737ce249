// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teamagentmodel.h"

#include "labels.h"
#include "snapshotrows.h"
#include "sqlread.h"
#include "teamqueuemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Frontline::Models {

TeamAgentModel::TeamAgentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TeamAgentModel::~TeamAgentModel() = default;

void TeamAgentModel::setSnapshot(const TeamSnapshot &snapshot)
{
    const bool samePeople = SnapshotRows::sameRows(m_agents, snapshot.agents, &AgentMetrics::agentId);
    m_day = snapshot.day;
    if (!samePeople) {
        beginResetModel();
        m_agents = snapshot.agents;
        endResetModel();
        return;
    }
    // In place: the lead's sort order and selection stay while the figures move.
    m_agents = snapshot.agents;
    if (!m_agents.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const AgentMetrics *TeamAgentModel::agentAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? &m_agents.at(row) : nullptr;
}

int TeamAgentModel::rowOf(const QUuid &agentId) const
{
    return SnapshotRows::indexOf(m_agents, agentId, &AgentMetrics::agentId);
}

QColor TeamAgentModel::presenceColor(Presence presence)
{
    switch (presence) {
    case Presence::Online:
        return QColor(0x2e, 0x7d, 0x32);
    case Presence::Away:
        return QColor(0xb2, 0x6a, 0x00);
    case Presence::Busy:
        return QColor(0xc6, 0x28, 0x28);
    case Presence::Offline:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

Result<QList<TeamMember>> TeamAgentModel::membersOf(const QSqlDatabase &db, const QSet<QUuid> &queueIds)
{
    QList<TeamMember> members;
    if (queueIds.isEmpty()) {
        return members;
    }
    QStringList marks;
    QVariantList values{toString(AgentRole::Agent), toString(AgentRole::Lead)};
    for (const QUuid &id : queueIds) {
        marks.append(QStringLiteral("?"));
        values.append(id.toString(QUuid::WithoutBraces));
    }
    values.append(queueIds.size());
    // A ticket can only go to a member of its queue (the server refuses anyone else).
    auto query =
        selectRows(db,
                   QStringLiteral("SELECT a.id, a.name, a.role, a.presence FROM agents a WHERE a.role IN (?, ?) "
                                  "AND (SELECT COUNT(*) FROM queue_members m WHERE m.agent_id = a.id "
                                  "AND m.queue_id IN (%1)) = ?")
                       .arg(marks.join(u", ")),
                   values);
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        TeamMember member;
        member.id = QUuid::fromString(query->value(0).toString());
        member.name = query->value(1).toString();
        member.role = enumFromString<AgentRole>(query->value(2).toString()).value_or(AgentRole::Agent);
        member.presence = enumFromString<Presence>(query->value(3).toString()).value_or(Presence::Offline);
        members.append(member);
    }
    // Code point order, as the server sorts the snapshot's agents.
    std::sort(members.begin(), members.end(), [](const TeamMember &a, const TeamMember &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return members;
}

Result<std::optional<AgentRole>> TeamAgentModel::roleOf(const QSqlDatabase &db, const QUuid &agentId)
{
    auto query = selectRows(db, QStringLiteral("SELECT role FROM agents WHERE id = ?"),
                            {agentId.toString(QUuid::WithoutBraces)});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<AgentRole>();
    }
    return enumFromString<AgentRole>(query->value(0).toString());
}

int TeamAgentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agents.size());
}

int TeamAgentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamAgentModel::data(const QModelIndex &index, int role) const
{
    const AgentMetrics *agent = checkIndex(index, CheckIndexOption::IndexIsValid) ? agentAt(index.row()) : nullptr;
    if (!agent) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*agent, index.column());
    case Qt::DecorationRole:
        return index.column() == PresenceColumn ? QVariant(presenceColor(agent->presence)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return Labels::role(agent->role);
        }
        if (index.column() == PresenceSinceColumn && agent->presenceSince) {
            return Labels::shortDateTime(QLocale(), QDateTime::fromMSecsSinceEpoch(*agent->presenceSince));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= LoadColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case AgentIdRole:
        return agent->agentId;
    case SortRole:
        return sortValue(*agent, index.column());
    case PresenceRole:
        return QVariant::fromValue(agent->presence);
    default:
        return {};
    }
}

QString TeamAgentModel::sinceText(qint64 since) const
{
    const QLocale locale;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(since);
    // Today's the time alone, earlier days with their date.
    if (since >= m_day.startMs && since < m_day.endMs) {
        return Labels::shortTime(locale, when.toLocalTime().time());
    }
    return Labels::shortDateTime(locale, when);
}

QVariant TeamAgentModel::displayText(const AgentMetrics &agent, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return agent.role == AgentRole::Agent ? agent.name : tr("%1 (%2)").arg(agent.name, Labels::role(agent.role));
    case PresenceColumn:
        return Labels::presence(agent.presence);
    case PresenceSinceColumn:
        return agent.presenceSince ? sinceText(*agent.presenceSince) : QStringLiteral("—");
    case LoadColumn:
        return locale.toString(agent.openAssigned);
    case HandledTodayColumn:
        return locale.toString(agent.handledToday);
    case MedianFirstResponseColumn:
        return TeamQueueModel::durationText(agent.medianFirstResponseMs);
    case CsatAverageColumn:
        return TeamQueueModel::csatText(agent.csatAverage());
    case CsatCountColumn:
        return locale.toString(agent.csatCount);
    default:
        return {};
    }
}

QVariant TeamAgentModel::sortValue(const AgentMetrics &agent, int column) const
{
    const auto optional = [](const auto &value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (column) {
    case NameColumn:
        return agent.name;
    case PresenceColumn:
        return static_cast<int>(agent.presence);  // online, away, busy, offline
    case PresenceSinceColumn:
        return optional(agent.presenceSince);
    case LoadColumn:
        return agent.openAssigned;
    case HandledTodayColumn:
        return agent.handledToday;
    case MedianFirstResponseColumn:
        return optional(agent.medianFirstResponseMs);
    case CsatAverageColumn:
        return optional(agent.csatAverage());
    case CsatCountColumn:
        return agent.csatCount;
    default:
        return {};
    }
}

QVariant TeamAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        // A first click on a figure puts the largest first (the busiest agent); names and presence go A to Z.
        const bool figure = section >= LoadColumn;
        return QVariant::fromValue(int(figure ? Qt::DescendingOrder : Qt::AscendingOrder));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case PresenceColumn:
        return tr("Presence");
    case PresenceSinceColumn:
        return tr("Since");
    case LoadColumn:
        return tr("Open assigned");
    case HandledTodayColumn:
        return tr("Handled today");
    case MedianFirstResponseColumn:
        return tr("Median first response");
    case CsatAverageColumn:
        return tr("CSAT");
    case CsatCountColumn:
        return tr("Ratings");
    default:
        return {};
    }
}

void TeamAgentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_agents.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

}  // namespace Frontline::Models
