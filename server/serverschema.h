// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QCoreApplication>

namespace Frontline::Server {

class ServerDatabase;

/*!
    \brief The server's tables, the same on SQLite and PostgreSQL, and their step-by-step upgrades.

    The version lives in server_info ('schema_version'); PostgreSQL has no PRAGMA user_version.
    Every missing step runs in one transaction; an error leaves the database as it was.
*/
class ServerSchema final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::ServerSchema)

public:
    static constexpr int CurrentVersion = 3;

    static Models::Status migrate(ServerDatabase &db);
    static Models::Result<int> version(ServerDatabase &db);
};

}  // namespace Frontline::Server
