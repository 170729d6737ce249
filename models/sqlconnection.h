// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;
struct sqlite3;

namespace Frontline::Models {

/*!
    \brief Owns one named Qt SQL connection to a SQLite file and removes it when destroyed.

    Qt's connections are global by name and bound to the thread that opened them; this class keeps
    that bookkeeping in one place. Read-only connections are opened with SQLITE_OPEN_READONLY, so
    inspecting a file can never change it.
*/
class SqlConnection final
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Inspect,  // read-only, and creates no -wal or -shm file beside a file that has none
    };

    static Result<std::unique_ptr<SqlConnection>> open(const QString &path, Mode mode);
    ~SqlConnection();

    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QSqlDatabase database() const { return m_database; }
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }

    /*! Runs one statement that returns no rows. */
    Status exec(const QString &sql) const;
    /*! Runs a statement and returns the first column of its first row (invalid when no row). */
    Result<QVariant> scalar(const QString &sql) const;

private:
    SqlConnection(QSqlDatabase database, QString path);

    QSqlDatabase m_database;
    QString m_path;
};

/*! SQLite's own handle behind a Qt connection, for the few places where the C API is much faster. */
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/*! A database Error from a failed query or transaction, keeping SQLite's own message. */
Error sqlError(const QString &what, const QString &driverText);
/*!
    The same from Qt's error, with the code told apart by SQLite's result code: Error::Code::DiskFull for
    SQLITE_FULL, Error::Code::ReadOnly for SQLITE_READONLY, Error::Code::Database for the rest.
*/
Error sqlError(const QString &what, const QSqlError &error);
/*! The Error::Code for an SQLite (primary or extended) result code, as sqlError() chooses it. */
Error::Code errorCodeForSqlite(int resultCode);

}  // namespace Frontline::Models
