// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"
#include "teamsnapshot.h"

#include <QFuture>

#include <optional>

class QSqlDatabase;

namespace Frontline::Models {

class LocalStore;

/*! The lead's last dashboard figures as kept in the cache, with when this computer received them. */
struct SavedTeamSnapshot
{
    TeamSnapshot snapshot;
    qint64 receivedAt = 0;  // by this computer's clock: the dashboard measures their age with it
};

/*!
    \brief Keeps the team dashboard's last figures in the local cache, so a lead who starts Frontline
    while the server is out of reach still reads them, marked with their age.

    One snapshot, in sync_state (a cache rebuilt for another server forgets it with the rest).
*/
class TeamSnapshotCache final
{
public:
    explicit TeamSnapshotCache(LocalStore &store);

    QFuture<Status> save(const SavedTeamSnapshot &saved);
    /*! The saved figures; none when nothing was saved or what was saved cannot be read. */
    static std::optional<SavedTeamSnapshot> load(const QSqlDatabase &db);

private:
    LocalStore &m_store;
};

}  // namespace Frontline::Models
