// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticketviewers.h"

#include "changeset.h"
#include "jsonreader.h"
#include "labels.h"
#include "sqlread.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace Frontline::Models {

namespace {

struct StoredAgent
{
    QString name;
    Presence presence = Presence::Offline;
};

/*! The agent's name and presence as the cache has them; nothing when the cache does not know them. */
Result<std::optional<StoredAgent>> readAgent(const QSqlDatabase &db, const QUuid &agentId)
{
    auto query =
        selectRows(db, QStringLiteral("SELECT name, presence FROM agents WHERE id = ?"), {idToString(agentId)});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<StoredAgent>();
    }
    return std::optional<StoredAgent>(StoredAgent{
        query->value(0).toString(),
        enumFromString<Presence>(query->value(1).toString()).value_or(Presence::Offline),
    });
}

}  // namespace

TicketViewers::TicketViewers(QObject *parent)
    : QAbstractListModel(parent)
{}

TicketViewers::~TicketViewers() = default;

void TicketViewers::setOwnAgent(const QUuid &agentId)
{
    m_ownAgent = agentId;
    if (const int row = rowOf(agentId); !agentId.isNull() && row >= 0) {
        dropRow(row);
    }
}

Status TicketViewers::update(const QSqlDatabase &db, const QUuid &agentId, Presence presence, const QUuid &ticketId)
{
    if (agentId.isNull() || agentId == m_ownAgent) {
        return Ok{};
    }
    const int row = rowOf(agentId);
    const bool viewing = presence != Presence::Offline && !ticketId.isNull();
    if (row >= 0) {
        TicketViewer &viewer = m_rows[static_cast<std::size_t>(row)];
        if (viewing && viewer.ticketId == ticketId) {
            // Same ticket, another status (away, busy): still viewing it, in the same place.
            if (viewer.presence != presence) {
                viewer.presence = presence;
                const QModelIndex changed = index(row);
                emit dataChanged(changed, changed, {PresenceRole});
            }
            return Ok{};
        }
        dropRow(row);  // opened another ticket, closed theirs, or left
    }
    if (!viewing) {
        return Ok{};
    }
    Status status = Ok{};
    TicketViewer viewer{agentId, QString(), ticketId, presence};
    auto stored = readAgent(db, agentId);
    if (!stored) {
        status = stored.error();
    } else if (*stored && !(*stored)->name.isEmpty()) {
        viewer.name = (*stored)->name;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(viewer));
    endInsertRows();
    emit viewersChanged(ticketId);
    return status;
}

Status TicketViewers::refresh(const QSqlDatabase &db, const ChangeSet &changes)
{
    if (!changes.everything && changes.agents.isEmpty()) {
        return Ok{};
    }
    Status status = Ok{};
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        const TicketViewer &viewer = m_rows[static_cast<std::size_t>(row)];
        if (!changes.everything && !changes.agents.contains(viewer.agentId)) {
            continue;
        }
        auto stored = readAgent(db, viewer.agentId);
        if (!stored) {
            status = stored.error();
            continue;
        }
        if (*stored && (*stored)->presence == Presence::Offline) {
            // Their last connection went away without a word (the server marks them offline): not viewing anything.
            dropRow(row);
            continue;
        }
        const QString name = *stored && !(*stored)->name.isEmpty() ? (*stored)->name : viewer.name;
        if (name != viewer.name) {
            m_rows[static_cast<std::size_t>(row)].name = name;
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed, {Qt::DisplayRole});
            emit viewersChanged(viewer.ticketId);
        }
    }
    return status;
}

void TicketViewers::clear()
{
    if (m_rows.empty()) {
        return;
    }
    QSet<QUuid> tickets;
    for (const TicketViewer &viewer : m_rows) {
        tickets.insert(viewer.ticketId);
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    for (const QUuid &ticketId : std::as_const(tickets)) {
        emit viewersChanged(ticketId);
    }
}

std::vector<TicketViewer> TicketViewers::viewersOf(const QUuid &ticketId) const
{
    std::vector<TicketViewer> viewers;
    if (ticketId.isNull()) {
        return viewers;
    }
    std::copy_if(m_rows.begin(), m_rows.end(), std::back_inserter(viewers),
                 [&ticketId](const TicketViewer &viewer) { return viewer.ticketId == ticketId; });
    return viewers;
}

QStringList TicketViewers::namesOf(const QUuid &ticketId) const
{
    QStringList names;
    for (const TicketViewer &viewer : viewersOf(ticketId)) {
        names.append(viewer.name.isEmpty() ? fallbackName() : viewer.name);
    }
    return names;
}

int TicketViewers::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TicketViewers::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TicketViewer &viewer = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return viewer.name.isEmpty() ? fallbackName() : viewer.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(viewer.name.isEmpty() ? fallbackName() : viewer.name,
                                 Labels::presence(viewer.presence));
    case AgentIdRole:
        return viewer.agentId;
    case TicketIdRole:
        return viewer.ticketId;
    case PresenceRole:
        return QVariant::fromValue(viewer.presence);
    default:
        return {};
    }
}

int TicketViewers::rowOf(const QUuid &agentId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [&agentId](const TicketViewer &viewer) { return viewer.agentId == agentId; });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

void TicketViewers::dropRow(int row)
{
    const QUuid ticketId = m_rows[static_cast<std::size_t>(row)].ticketId;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit viewersChanged(ticketId);
}

QString TicketViewers::fallbackName() const
{
    return tr("Another agent");
}

}  // namespace Frontline::Models
