// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storagebackends.h"

#include <stdexcept>
#include <support/postgrescluster.h>

namespace Frontline::Tests {

StorageBackend::StorageBackend(Kind kind)
    : m_kind(kind)
{
    if (kind == Sqlite) {
        m_location = Server::ServerDatabase::Location::sqlite(m_dir.filePath(QStringLiteral("server.sqlite")));
    } else {
        m_location = Server::ServerDatabase::Location::postgres(QUrl(PostgresCluster::shared().createDatabase()));
    }
}

std::unique_ptr<StorageBackend> StorageBackend::make(Kind kind)
{
    return std::unique_ptr<StorageBackend>(new StorageBackend(kind));
}

std::unique_ptr<Server::ServerDatabase> StorageBackend::open() const
{
    auto db = Server::ServerDatabase::open(m_location);
    if (!db) {
        throw std::runtime_error("cannot open the test database: " + db.error().message.toStdString());
    }
    return std::move(db).value();
}

}  // namespace Frontline::Tests
