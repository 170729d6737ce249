// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/postgrescluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <string>
#include <unistd.h>

using Frontline::Tests::PostgresCluster;
using namespace Qt::StringLiterals;

namespace {

// An open QPSQL connection that is removed again when the test ends.
class Connection final
{
public:
    Connection(PostgresCluster &cluster, const QString &name, const QString &database)
        : m_name(name)
        , m_db(cluster.open(name, database))
    {}
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql) && query.next();
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.value(0);
}

std::string text(QSqlDatabase &db, const QString &sql)
{
    return scalar(db, sql).toString().toStdString();
}

// A zombie counts as gone: it has exited, and whoever adopted it may be slow to reap it.
bool processAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName > 0 && line.mid(afterName + 2, 1) != "Z";
}

constexpr char CrashHelperVariable[] = "FRONTLINE_PG_CRASH_HELPER";

}  // namespace

TEST_CASE("PostgresCluster starts a PostgreSQL 15 server", "[server][postgres]")
{
    PostgresCluster &cluster = PostgresCluster::shared();
    REQUIRE(cluster.isRunning());
    CHECK(cluster.port() > 0);
    CHECK(QFileInfo(cluster.dataDirectory()).isDir());

    const QString url = cluster.createDatabase();
    CHECK(url.startsWith(u"postgresql://postgres@127.0.0.1:%1/"_s.arg(cluster.port())));

    Connection connection(cluster, u"version"_s, url);
    CHECK_THAT(text(connection.db(), u"SELECT version()"_s), Catch::Contains("PostgreSQL 15"));
    CHECK(text(connection.db(), u"SELECT current_database()"_s) == PostgresCluster::databaseName(url).toStdString());
    CHECK(text(connection.db(), u"SHOW server_encoding"_s) == "UTF8");
    CHECK(text(connection.db(), u"SHOW fsync"_s) == "off");
    CHECK(text(connection.db(), u"SHOW full_page_writes"_s) == "off");
    CHECK(scalar(connection.db(), u"SHOW max_connections"_s).toInt() >= 100);
}

TEST_CASE("Databases from PostgresCluster::createDatabase() are independent", "[server][postgres]")
{
    PostgresCluster &cluster = PostgresCluster::shared();
    const QString first = cluster.createDatabase();
    const QString second = cluster.createDatabase();
    REQUIRE(first != second);

    Connection a(cluster, u"first"_s, first);
    Connection b(cluster, u"second"_s, second);
    for (QSqlDatabase *db : {&a.db(), &b.db()}) {
        exec(*db, u"CREATE TABLE tickets (id integer PRIMARY KEY, subject text NOT NULL)"_s);
    }
    exec(a.db(), u"INSERT INTO tickets VALUES (1, '發票問題'), (2, 'Refund')"_s);
    exec(b.db(), u"INSERT INTO tickets VALUES (1, 'Login')"_s);
    exec(a.db(), u"CREATE TABLE only_in_first (id integer)"_s);

    CHECK(scalar(a.db(), u"SELECT count(*) FROM tickets"_s).toInt() == 2);
    CHECK(scalar(b.db(), u"SELECT count(*) FROM tickets"_s).toInt() == 1);
    CHECK(text(a.db(), u"SELECT subject FROM tickets WHERE id = 1"_s) == "發票問題");
    CHECK(text(b.db(), u"SELECT subject FROM tickets WHERE id = 1"_s) == "Login");
    QSqlQuery missing(b.db());
    CHECK_FALSE(missing.exec(u"SELECT * FROM only_in_first"_s));
}

TEST_CASE("PostgresCluster listens only on 127.0.0.1", "[server][postgres]")
{
    PostgresCluster &cluster = PostgresCluster::shared();
    Connection connection(cluster, u"listen"_s, cluster.createDatabase());
    CHECK(text(connection.db(), u"SHOW listen_addresses"_s) == "127.0.0.1");
    CHECK(scalar(connection.db(), u"SHOW port"_s).toInt() == cluster.port());
    CHECK(text(connection.db(), u"SELECT host(inet_server_addr())"_s) == "127.0.0.1");
    // Local clients go through a socket in the cluster's own directory, never the system's /var/run/postgresql.
    CHECK(text(connection.db(), u"SHOW unix_socket_directories"_s) == cluster.socketDirectory().toStdString());
}

TEST_CASE("LISTEN/NOTIFY reaches another connection through QSqlDriver", "[server][postgres]")
{
    PostgresCluster &cluster = PostgresCluster::shared();
    const QString url = cluster.createDatabase();
    Connection listener(cluster, u"listener"_s, url);
    Connection notifier(cluster, u"notifier"_s, url);

    QSqlDriver *driver = listener.db().driver();
    REQUIRE(driver->hasFeature(QSqlDriver::EventNotifications));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    REQUIRE(spy.isValid());
    REQUIRE(driver->subscribeToNotification(u"ticket_changed"_s));
    CHECK(driver->subscribedToNotifications().contains(u"ticket_changed"_s));

    exec(notifier.db(), u"NOTIFY other_channel, 'ignored'"_s);
    exec(notifier.db(), u"SELECT pg_notify('ticket_changed', '工單 42')"_s);
    REQUIRE(spy.wait(5'000));
    REQUIRE(spy.count() == 1);
    const QList<QVariant> arguments = spy.takeFirst();
    CHECK(arguments.at(0).toString() == u"ticket_changed"_s);
    CHECK(arguments.at(1).value<QSqlDriver::NotificationSource>() == QSqlDriver::OtherSource);
    CHECK(arguments.at(2).toString() == u"工單 42"_s);

    CHECK(driver->unsubscribeFromNotification(u"ticket_changed"_s));
}

TEST_CASE("A stopped PostgresCluster leaves neither a server nor its directory", "[server][postgres]")
{
    PostgresCluster cluster;
    cluster.start();
    const QString directory = cluster.directory();
    QFile pidFile(QDir(cluster.dataDirectory()).filePath(u"postmaster.pid"_s));
    REQUIRE(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    pidFile.close();
    REQUIRE(pid > 0);
    REQUIRE(processAlive(pid));

    cluster.stop();
    CHECK_FALSE(cluster.isRunning());
    CHECK_FALSE(processAlive(pid));
    CHECK_FALSE(QFileInfo::exists(directory));
}

// Run by the next test in a child process, which dies by SIGKILL with its cluster running: no destructor,
// no post routine. Hidden ("[.]"), so neither a plain run nor CTest runs it by itself.
TEST_CASE("PostgresCluster crash helper", "[.][postgres-crash-helper]")
{
    if (qEnvironmentVariableIsEmpty(CrashHelperVariable)) {
        return;
    }
    PostgresCluster &cluster = PostgresCluster::shared();
    QFile pidFile(QDir(cluster.dataDirectory()).filePath(u"postmaster.pid"_s));
    REQUIRE(pidFile.open(QIODevice::ReadOnly));
    const QByteArray pid = pidFile.readLine().trimmed();
    std::printf("DIRECTORY=%s\nPID=%s\n", QFile::encodeName(cluster.directory()).constData(), pid.constData());
    std::fflush(stdout);
    ::kill(::getpid(), SIGKILL);
}

TEST_CASE("A crashed test process leaves no PostgreSQL server behind", "[server][postgres]")
{
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(CrashHelperVariable), u"1"_s);
    helper.setProcessEnvironment(environment);
    helper.start(QCoreApplication::applicationFilePath(), {u"PostgresCluster crash helper"_s});
    REQUIRE(helper.waitForFinished(60'000));
    const QString output = QString::fromLocal8Bit(helper.readAllStandardOutput());
    INFO("helper output: " << output.toStdString()
                           << QString::fromLocal8Bit(helper.readAllStandardError()).toStdString());
    REQUIRE(helper.exitStatus() == QProcess::CrashExit);

    QString directory;
    qint64 pid = 0;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"DIRECTORY="_s)) {
            directory = line.mid(10).trimmed();
        } else if (line.startsWith(u"PID="_s)) {
            pid = line.mid(4).trimmed().toLongLong();
        }
    }
    REQUIRE(!directory.isEmpty());
    REQUIRE(pid > 0);

    // The watchdog reacts as soon as the kernel releases the dead process's lock.
    QDeadlineTimer deadline(20'000);
    while ((processAlive(pid) || QFileInfo::exists(directory)) && !deadline.hasExpired()) {
        QThread::msleep(50);
    }
    CHECK_FALSE(processAlive(pid));
    CHECK_FALSE(QFileInfo::exists(directory));
}
