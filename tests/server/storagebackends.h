// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <server/serverdatabase.h>

#include <QTemporaryDir>

#include <memory>

namespace Frontline::Tests {

/*!
    One fresh server database on either engine, so storage tests run unchanged on the embedded
    SQLite file and on a real PostgreSQL 15 (the test process's throwaway cluster).
*/
class StorageBackend final
{
public:
    enum Kind
    {
        Sqlite,
        Postgres
    };

    static std::unique_ptr<StorageBackend> make(Kind kind);

    Kind kind() const { return m_kind; }
    const Server::ServerDatabase::Location &location() const { return m_location; }

    /*! A new connection to this backend's database; fails the test if it cannot open. */
    std::unique_ptr<Server::ServerDatabase> open() const;

private:
    explicit StorageBackend(Kind kind);

    Kind m_kind;
    QTemporaryDir m_dir;
    Server::ServerDatabase::Location m_location;
};

}  // namespace Frontline::Tests
