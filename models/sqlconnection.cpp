// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlconnection.h"

#include "searchtext.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace Frontline::Models {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("frontline-%1").arg(counter.fetchAndAddRelaxed(1));
}
}  // namespace

Result<std::unique_ptr<SqlConnection>> SqlConnection::open(const QString &path, Mode mode)
{
    const QString name = nextConnectionName();
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        switch (mode) {
        case Mode::ReadOnly:
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            break;
        case Mode::ReadWrite:
            database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            break;
        case Mode::Inspect:
            // Even a read-only reader of a WAL file creates -wal and -shm files. With no -wal there is
            // nothing uncheckpointed to read, so the file can be read as immutable: no side files at all.
            if (!QFile::exists(path + QStringLiteral("-wal"))) {
                QUrl uri = QUrl::fromLocalFile(path);
                uri.setQuery(QStringLiteral("immutable=1"));
                database.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            } else {
                database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            }
            break;
        }
        if (database.open()) {
            // The search index's tokenizer lives in this process: every connection needs it before it
            // reads or writes a table indexed with it (a trigger on articles writes the index).
            QString tokenizerError;
            if (SearchText::registerTokenizer(sqliteHandle(database), &tokenizerError)) {
                return std::unique_ptr<SqlConnection>(new SqlConnection(database, path));
            }
            error = QStringLiteral("the search tokenizer could not be registered: %1").arg(tokenizerError);
            database.close();
        } else {
            error = database.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return Error{Error::Code::Io, QStringLiteral("cannot open %1: %2").arg(path, error), {}};
}

SqlConnection::SqlConnection(QSqlDatabase database, QString path)
    : m_database(std::move(database))
    , m_path(std::move(path))
{}

SqlConnection::~SqlConnection()
{
    const QString name = m_database.connectionName();
    m_database.close();
    m_database = QSqlDatabase();  // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(name);
}

sqlite3 *SqlConnection::handle() const
{
    return sqliteHandle(m_database);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen()) {
        return nullptr;
    }
    const QVariant value = db.driver()->handle();
    if (qstrcmp(value.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(value.data());
}

Status SqlConnection::exec(const QString &sql) const
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        return sqlError(sql, query.lastError());
    }
    return Ok{};
}

Result<QVariant> SqlConnection::scalar(const QString &sql) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return sqlError(sql, query.lastError());
    }
    return query.next() ? query.value(0) : QVariant();
}

Error sqlError(const QString &what, const QString &driverText)
{
    return Error{Error::Code::Database, QStringLiteral("%1 failed: %2").arg(what, driverText), {}};
}

Error sqlError(const QString &what, const QSqlError &error)
{
    Error result = sqlError(what, error.text());
    bool isNumber = false;
    const int resultCode = error.nativeErrorCode().toInt(&isNumber);
    if (isNumber) {
        result.code = errorCodeForSqlite(resultCode);
    }
    return result;
}

Error::Code errorCodeForSqlite(int resultCode)
{
    switch (resultCode & 0xff) {  // the primary code of an extended one
    case SQLITE_FULL:
        return Error::Code::DiskFull;
    case SQLITE_READONLY:
        return Error::Code::ReadOnly;
    default:
        return Error::Code::Database;
    }
}

}  // namespace Frontline::Models
