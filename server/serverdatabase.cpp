// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverdatabase.h"

#include "serverschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUrlQuery>
#include <QUuid>

namespace Frontline::Server {

using Models::Error;
using Models::Ok;
using Models::Result;
using Models::Status;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.database")

// Any constant shared by every server instance on one PostgreSQL database: the lock that orders
// change-feed sequence numbers.
constexpr qint64 changeFeedLockKey = 0x46524f4e544c4e;  // "FRONTLN"

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("frontline-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error databaseError(const QString &what, const QSqlError &error)
{
    return Error{Error::Code::Database, QStringLiteral("%1: %2").arg(what, error.text()), {}};
}

QString describe(const ServerDatabase::Location &location)
{
    if (!location.sqliteFile.isEmpty()) {
        return QDir::toNativeSeparators(location.sqliteFile);
    }
    // Never echo a password from the URL.
    return location.postgresUrl.toString(QUrl::RemovePassword);
}

}  // namespace

ServerDatabase::ServerDatabase(QSqlDatabase db, Dialect dialect, Location location)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_location(std::move(location))
{}

ServerDatabase::~ServerDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const Location &location)
{
    const bool sqlite = !location.sqliteFile.isEmpty();
    const QString name = nextConnectionName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (sqlite) {
            QDir().mkpath(QFileInfo(location.sqliteFile).absolutePath());
            db.setDatabaseName(location.sqliteFile);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            const QUrl &url = location.postgresUrl;
            db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            db.setConnectOptions(QStringLiteral("application_name=frontline-server;connect_timeout=10"));
        }
        if (db.open()) {
            auto database = std::unique_ptr<ServerDatabase>(
                new ServerDatabase(db, sqlite ? Dialect::Sqlite : Dialect::Postgres, location));
            const QStringList setup = sqlite ? QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                                           QStringLiteral("PRAGMA synchronous = FULL"),
                                                           QStringLiteral("PRAGMA foreign_keys = ON")}
                                             : QStringList{QStringLiteral("SET TIME ZONE 'UTC'"),
                                                           QStringLiteral("SET client_min_messages = warning")};
            for (const QString &statement : setup) {
                if (auto done = database->exec(statement); !done) {
                    return done.error();
                }
            }
            return database;
        }
        failure = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return Error{Error::Code::Io, tr("Cannot open the server database %1: %2").arg(describe(location), failure), {}};
}

Result<QSqlQuery> ServerDatabase::exec(const QString &sql, const QVariantList &values, Plan plan)
{
    QSqlQuery query(m_db);
    // On PostgreSQL a forward-only query streams row by row, and a second query before the first was
    // read to its end discards the rest; statements here are small, so fetch results whole there.
    query.setForwardOnly(m_dialect == Dialect::Sqlite);
    if (m_dialect == Dialect::Postgres) {
        // Qt's PostgreSQL driver prepares, runs and deallocates a server-side statement for every
        // query: three round trips. Here a statement with values is prepared once per connection (SQL
        // PREPARE, sent along with its first use) and run with EXECUTE and the values as literals in the
        // driver's own quoting (formatValue(); standard_conforming_strings is on): one round trip, and
        // PostgreSQL parses and plans it once. Statements queued by execLater() go in the same round
        // trip; the query's result is the last statement's.
        QString text = values.isEmpty()         ? sql
                       : plan == Plan::EachTime ? inlineValues(sql, values)
                                                : preparedCall(sql, values);
        const int earlier = m_pendingCount;
        if (earlier > 0) {
            text.prepend(m_pending);
            m_pending.clear();
            m_pendingCount = 0;
        }
        bool ran = query.exec(text);
        // The driver keeps every statement's result, the first current: step to this statement's,
        // seeing each earlier one succeed (PostgreSQL stops at the first that fails).
        for (int i = 0; ran && i < earlier; ++i) {
            ran = query.nextResult();
        }
        if (!ran) {
            forgetUnsentPrepares();
            return databaseError(QStringLiteral("running \"%1\"").arg(text.simplified().left(160)), query.lastError());
        }
        m_preparing.clear();  // every PREPARE of this round trip ran
        return query;
    }
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            return databaseError(QStringLiteral("running \"%1\"").arg(sql.simplified().left(120)), query.lastError());
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return databaseError(QStringLiteral("preparing \"%1\"").arg(sql.simplified().left(120)), query.lastError());
    }
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL. An empty text is a value here; SQL NULL is asked for
        // explicitly with a null QVariant (see nullable()).
        const bool emptyText =
            !value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull();
        query.addBindValue(emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        return databaseError(QStringLiteral("running \"%1\"").arg(sql.simplified().left(120)), query.lastError());
    }
    return query;
}

QString ServerDatabase::inlineValues(const QString &sql, const QVariantList &values) const
{
    QString out;
    out.reserve(sql.size() + values.size() * 16);
    qsizetype next = 0;
    bool inLiteral = false;
    QSqlDriver *driver = m_db.driver();
    for (const QChar c : sql) {
        if (c == u'\'') {
            inLiteral = !inLiteral;
        }
        if (c != u'?' || inLiteral || next >= values.size()) {
            out.append(c);
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        out.append(driver->formatValue(field));
    }
    return out;
}

QString ServerDatabase::preparedCall(const QString &sql, const QVariantList &values)
{
    auto name = m_prepared.constFind(sql);
    if (name == m_prepared.constEnd()) {
        if (m_prepared.size() >= MaxPreparedStatements) {
            return inlineValues(sql, values);  // an unusual statement: not worth a slot
        }
        // A new name every time: a PREPARE of a failed round trip may or may not have run.
        name = m_prepared.insert(sql, QStringLiteral("frontline_%1").arg(++m_nextPrepared));
        m_preparing.append(sql);
        QString body;
        body.reserve(sql.size() + values.size() * 2);
        int parameter = 0;
        bool inLiteral = false;
        for (const QChar c : sql) {
            if (c == u'\'') {
                inLiteral = !inLiteral;
            }
            if (c == u'?' && !inLiteral) {
                body += u'$' + QString::number(++parameter);
            } else {
                body += c;
            }
        }
        m_pending += QStringLiteral("PREPARE %1 AS %2;").arg(*name, body);
        ++m_pendingCount;
    }
    QString call = QStringLiteral("EXECUTE %1(").arg(*name);
    QSqlDriver *driver = m_db.driver();
    for (qsizetype i = 0; i < values.size(); ++i) {
        QSqlField field(QString(), values[i].metaType());
        field.setValue(values[i]);
        if (i > 0) {
            call += QStringLiteral(", ");
        }
        call += driver->formatValue(field);
    }
    call += u')';
    return call;
}

void ServerDatabase::forgetUnsentPrepares()
{
    for (const QString &sql : std::as_const(m_preparing)) {
        m_prepared.remove(sql);
    }
    m_preparing.clear();
}

Status ServerDatabase::execLater(const QString &sql, const QVariantList &values)
{
    if (m_dialect == Dialect::Sqlite) {
        auto done = exec(sql, values);
        return done ? Status(Ok{}) : Status(done.error());
    }
    m_pending += values.isEmpty() ? sql : preparedCall(sql, values);
    m_pending += u';';
    ++m_pendingCount;
    return Ok{};
}

Result<int> ServerDatabase::execAffected(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    if (!query) {
        return query.error();
    }
    return query->numRowsAffected();
}

Status ServerDatabase::transaction(const std::function<Status()> &work)
{
    // SQLite: IMMEDIATE takes the write lock now, so two writers never both hold read locks and
    // then deadlock on upgrading them. PostgreSQL: a plain transaction; the change feed lock orders it.
    const QString begin = m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    m_appendedSeq.reset();
    if (auto begun = exec(begin); !begun) {
        return begun.error();
    }
    Status result = work();
    const bool appended = m_appendedSeq.has_value();
    m_appendedSeq.reset();
    if (result && appended && !m_notifyStatement.isEmpty()) {
        result = execLater(m_notifyStatement);
    }
    if (result) {
        if (auto committed = exec(QStringLiteral("COMMIT")); !committed) {
            result = committed.error();
        } else {
            return result;
        }
    }
    m_pending.clear();  // nothing of a failed transaction is to run
    m_pendingCount = 0;
    forgetUnsentPrepares();
    if (auto rolledBack = exec(QStringLiteral("ROLLBACK")); !rolledBack) {
        qCWarning(lc) << "rollback failed:" << rolledBack.error().message;
    }
    return result;
}

void ServerDatabase::notifyOnCommit(const QString &channel, const QString &payload)
{
    if (m_dialect == Dialect::Postgres) {
        m_notifyStatement = QStringLiteral("NOTIFY %1, '%2'").arg(channel, payload);
    }
}

Status ServerDatabase::serializeChangeFeed()
{
    if (m_dialect == Dialect::Sqlite) {
        return Ok{};  // BEGIN IMMEDIATE already made this the only writer
    }
    auto locked = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {changeFeedLockKey});
    if (!locked) {
        return locked.error();
    }
    return Ok{};
}

Status ServerDatabase::migrate()
{
    return ServerSchema::migrate(*this);
}

Result<int> ServerDatabase::schemaVersion()
{
    return ServerSchema::version(*this);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id.toString(QUuid::WithoutBraces));
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString sqlPlaceholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u", ");
}

}  // namespace Frontline::Server
