// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QUuid>

#include <vector>

class QSqlDatabase;

namespace Frontline::Models {

struct ChangeSet;

/*! A colleague with a ticket open on their screen, as their last presence frame said. */
struct TicketViewer
{
    QUuid agentId;
    QString name;  // from the cache's agents table; empty when the cache does not know them
    QUuid ticketId;
    Presence presence = Presence::Online;

    bool operator==(const TicketViewer &) const = default;
};

/*!
    \brief Who else has which ticket open: one row per colleague viewing a ticket, in the order they opened it.

    Fed with colleagues' presence frames (update()); a colleague leaves the list when they open another ticket
    (they move to the end under the new one), close theirs, or go offline — by their own frame or, when their
    connection vanished, by the server marking them offline in the agents table (refresh()). Names come from the
    store's agents table through the read connection and follow renames. The signed-in agent is never listed.
*/
class TicketViewers final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketViewers)

public:
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1,
        TicketIdRole,
        PresenceRole,
    };

    explicit TicketViewers(QObject *parent = nullptr);
    ~TicketViewers() override;

    /*! The agent the cache belongs to: their own frames (another window of theirs) are not "someone else". */
    void setOwnAgent(const QUuid &agentId);
    /*!
        \a agentId has \a ticketId open (null: none) with \a presence (Offline: gone). The name is read from \a db;
        a failed read still lists them, under a neutral name, and is returned.
    */
    Status update(const QSqlDatabase &db, const QUuid &agentId, Presence presence, const QUuid &ticketId);
    /*! After a commit: listed agents' names again, and those the cache now says are offline leave. */
    Status refresh(const QSqlDatabase &db, const ChangeSet &changes);
    /*! Forgets everyone. */
    void clear();

    /*! The colleagues viewing \a ticketId, in the order they opened it (names as the cache has them). */
    std::vector<TicketViewer> viewersOf(const QUuid &ticketId) const;
    /*! Their names, in the same order; "Another agent" (translated) for one the cache does not know. */
    QStringList namesOf(const QUuid &ticketId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /*! Who views \a ticketId changed: someone came, left, or was renamed. */
    void viewersChanged(const QUuid &ticketId);

private:
    int rowOf(const QUuid &agentId) const;
    void dropRow(int row);
    QString fallbackName() const;

    std::vector<TicketViewer> m_rows;
    QUuid m_ownAgent;
};

}  // namespace Frontline::Models
