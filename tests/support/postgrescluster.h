// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

#include <memory>

class QTemporaryDir;

namespace Frontline::Tests {

/*!
    A throwaway PostgreSQL 15 cluster for tests: initdb into a fresh temporary directory, a server
    listening on 127.0.0.1 only, on a free port, with trust authentication for the user
    "postgres" and durability switched off. As root, initdb and pg_ctl run as the "postgres" user
    through runuser; as any other user they run directly.

    Most tests use shared(): one cluster per test process, started on first use and stopped when the
    application object is destroyed (or, failing that, at static destruction). A detached watchdog
    stops the server and removes its directory when the test process dies without cleaning up
    (crash, SIGKILL from a timeout), so no postmaster outlives its test process.

    Every failure throws std::runtime_error with a message that includes the server log's tail.
*/
class PostgresCluster final
{
public:
    PostgresCluster();
    ~PostgresCluster();
    Q_DISABLE_COPY_MOVE(PostgresCluster)

    /*! The cluster of this test process, started on first use. Throws when it cannot start. */
    static PostgresCluster &shared();

    void start();
    /*! Lines appended to postgresql.conf when start() makes the cluster (a benchmark's diagnostics). */
    void addSettings(const QString &settings) { m_extraSettings += settings; }
    /*! Stops the server and removes its directory; does nothing when it is not running. */
    void stop();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString directory() const;
    QString dataDirectory() const;
    QString socketDirectory() const { return directory(); }
    QString logFilePath() const;
    /*! Milliseconds from the start of initdb until the server accepted connections. */
    qint64 startupMilliseconds() const { return m_startupMilliseconds; }

    /*!
        Creates a fresh, uniquely named database and returns its connection URL,
        "postgresql://postgres@127.0.0.1:PORT/NAME".
    */
    QString createDatabase();

    /*!
        Adds and opens a QPSQL connection named \a connectionName to \a database, which is a
        database name or a URL from createDatabase(). The caller removes the connection
        (QSqlDatabase::removeDatabase) when done.
    */
    QSqlDatabase open(const QString &connectionName, const QString &database) const;

    /*! The database name in a URL from createDatabase(); a plain name is returned unchanged. */
    static QString databaseName(const QString &urlOrName);

    /*! The last \a lines lines of the server log, for failure messages. */
    QString serverLogTail(int lines = 40) const;

private:
    void prepareDirectory();
    void startWatchdog();
    void initdb();
    void writeConfiguration();
    bool startServer(quint16 port, QString *failure);
    void releaseWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_lockFd = -1;
    quint16 m_port = 0;
    bool m_running = false;
    int m_databaseCount = 0;
    qint64 m_startupMilliseconds = 0;
    QString m_startFailure;
    QString m_extraSettings;
};

}  // namespace Frontline::Tests
