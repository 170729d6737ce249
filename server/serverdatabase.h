// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace Frontline::Server {

/*! The SQL engines the server stores its data in; the schema and queries are shared. */
enum class Dialect
{
    Sqlite,
    Postgres
};

/*!
    \brief One connection to the server's database, SQLite (embedded default) or PostgreSQL.

    Every statement the server runs is written once, in the SQL both engines understand; the few
    differences (auto-increment columns, serializing the change feed) are handled here. Several
    connections — one per thread, or one per server instance sharing a PostgreSQL — may be open on
    the same database at once.
*/
class ServerDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::ServerDatabase)

public:
    /*! Where the data lives: a SQLite file path, or a postgresql:// URL. */
    struct Location
    {
        QString sqliteFile;
        QUrl postgresUrl;

        static Location sqlite(const QString &file) { return {file, {}}; }
        static Location postgres(const QUrl &url) { return {{}, url}; }
    };

    static Models::Result<std::unique_ptr<ServerDatabase>> open(const Location &location);
    ~ServerDatabase();

    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    Dialect dialect() const { return m_dialect; }
    const Location &location() const { return m_location; }
    QSqlDatabase connection() const { return m_db; }

    /*! Creates or upgrades the schema (one transaction; an error rolls everything back). */
    Models::Status migrate();
    Models::Result<int> schemaVersion();

    /*!
        Runs \a work in one transaction: committed when it returns success, rolled back when it
        returns an error. On SQLite the write lock is taken at BEGIN, so writers never deadlock.
    */
    Models::Status transaction(const std::function<Models::Status()> &work);

    /*! How PostgreSQL plans a statement that has values. */
    enum class Plan
    {
        Cached,    // prepared once per connection, then executed with the values: planned once
        EachTime,  // the values inline, planned for them every time
    };

    /*!
        Prepares and runs \a sql with positional \a values; the query is ready for next(). Plan::EachTime is
        for lookups of a list of keys in a table that grows: a plan cached while the table was small (a
        sequential scan) would stay until the next ANALYZE, and the table keeps growing meanwhile.
    */
    Models::Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}, Plan plan = Plan::Cached);

    /*! Runs a statement that must affect rows; returns how many it did. */
    Models::Result<int> execAffected(const QString &sql, const QVariantList &values = {});

    /*!
        Runs \a sql, whose result nobody reads, before the next statement. On PostgreSQL it is sent
        together with that statement in one round trip, so a failure is reported by that statement;
        on SQLite, which has no round trips, it runs at once. A rolled-back transaction discards it.
    */
    Models::Status execLater(const QString &sql, const QVariantList &values = {});

    /*!
        The change-feed seq last appended in the open transaction. While a transaction holds the
        change feed's turn (serializeChangeFeed()) nobody else appends, so it is the feed's latest.
    */
    std::optional<qint64> appendedSeq() const { return m_appendedSeq; }
    void setAppendedSeq(qint64 seq) { m_appendedSeq = seq; }

    /*!
        PostgreSQL: from now on every transaction on this connection that appended to the change feed
        also sends NOTIFY \a channel with \a payload, as part of its commit (so the notice goes out
        exactly when the changes become visible, in the same round trip). \a payload must be plain
        letters, digits and dashes. No effect on SQLite, where one process owns the database.
    */
    void notifyOnCommit(const QString &channel, const QString &payload);

    /*!
        Inside a transaction: waits until no other transaction is appending to the change feed and
        holds that turn until commit. Sequence numbers then become visible in the order they were
        given out (on PostgreSQL an advisory transaction lock; SQLite has one writer anyway).
    */
    Models::Status serializeChangeFeed();

private:
    ServerDatabase(QSqlDatabase db, Dialect dialect, Location location);
    /*! \a sql with each ? replaced by the driver's literal for the next of \a values. */
    QString inlineValues(const QString &sql, const QVariantList &values) const;
    /*! PostgreSQL: the statement to send for \a sql, an EXECUTE of a statement prepared on this connection. */
    QString preparedCall(const QString &sql, const QVariantList &values);
    void forgetUnsentPrepares();
    static constexpr int MaxPreparedStatements = 512;

    QSqlDatabase m_db;
    Dialect m_dialect;
    Location m_location;
    QString m_pending;  // PostgreSQL: statements from execLater(), sent with the next one
    int m_pendingCount = 0;
    QHash<QString, QString> m_prepared;  // PostgreSQL: SQL text → name of its prepared statement
    QStringList m_preparing;             // prepared in the round trip being built: forgotten if it fails
    int m_nextPrepared = 0;
    QString m_notifyStatement;  // see notifyOnCommit()
    std::optional<qint64> m_appendedSeq;
};

/*! Null for an empty QString, the string otherwise: SQL NULL where a value is absent. */
QVariant nullable(const QString &text);
/*! A column value bound for a nullable id. */
QVariant nullableId(const QUuid &id);
/*! A timestamp in milliseconds since the epoch, or SQL NULL for an invalid one. */
QVariant nullableTime(const QDateTime &time);
/*! "?, ?, ?": \a count placeholders for an IN list (at least one). */
QString sqlPlaceholders(qsizetype count);

}  // namespace Frontline::Server
