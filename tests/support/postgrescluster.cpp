// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <fcntl.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Frontline::Tests {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.tests.postgres")

constexpr int StartAttempts = 5;
constexpr int ToolTimeoutMs = 60'000;

PostgresCluster *s_shared = nullptr;

void stopSharedCluster()
{
    if (s_shared) {
        s_shared->stop();
    }
}

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

// initdb and pg_ctl refuse to run as root; there they run as the "postgres" user through runuser.
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString binDirectory()
{
    const QString overridden = qEnvironmentVariable("FRONTLINE_PG_BINDIR");
    return overridden.isEmpty() ? u"/usr/lib/postgresql/15/bin"_s : overridden;
}

QString findExecutable(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
    }
    return path;
}

// The command line that runs a PostgreSQL tool, as the "postgres" user when we are root.
QStringList toolCommand(const QString &tool, const QStringList &arguments)
{
    QStringList command{binDirectory() + u'/' + tool};
    command += arguments;
    if (runningAsRoot()) {
        const QString runuser = findExecutable(u"runuser"_s);
        if (runuser.isEmpty()) {
            fail(u"PostgreSQL test cluster: running as root needs runuser (util-linux) to drop to the postgres user"_s);
        }
        command = QStringList{runuser, u"-u"_s, u"postgres"_s, u"--"_s} + command;
    }
    return command;
}

// PG* variables of the caller's environment (PGDATA, PGPORT, PGOPTIONS…) must not leak into our cluster, and
// English messages keep the server log readable and its errors recognisable.
QProcessEnvironment toolEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"PG"_s)) {
            environment.remove(key);
        }
    }
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

struct ToolOutcome
{
    bool succeeded = false;
    QString output;
};

ToolOutcome runTool(const QString &tool, const QStringList &arguments, const QString &workingDirectory,
                    int timeoutMs = ToolTimeoutMs)
{
    const QStringList command = toolCommand(tool, arguments);
    QProcess process;
    process.setProgram(command.first());
    process.setArguments(command.mid(1));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(toolEnvironment());
    process.start();
    if (!process.waitForStarted(10'000)) {
        return {false, u"cannot run %1: %2"_s.arg(command.join(u' '), process.errorString())};
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        return {false, QString::fromLocal8Bit(process.readAll()) +
                           u"\n%1 did not finish within %2 s"_s.arg(tool).arg(timeoutMs / 1000)};
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    const bool succeeded = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return {succeeded, succeeded ? output : u"%1 (exit code %2)"_s.arg(output).arg(process.exitCode())};
}

// Binding to port 0 lets the kernel pick a free port. Another process may take it before the server
// binds it; start() then retries with another one.
quint16 pickFreePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        fail(u"PostgreSQL test cluster: cannot find a free TCP port on 127.0.0.1: "_s + server.errorString());
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString quotedConfigValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString fileTail(const QString &path, qint64 from, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return u"(no server log at %1)"_s.arg(path);
    }
    file.seek(qMin(from, file.size()));
    QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (all.size() > lines) {
        all = all.mid(all.size() - lines);
    }
    return all.join(u'\n');
}

}  // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stop();
    if (s_shared == this) {
        s_shared = nullptr;
    }
}

PostgresCluster &PostgresCluster::shared()
{
    // A function-local static: its destructor stops the server at static destruction. The post routine
    // stops it earlier, while the application object (and the QPSQL plugin) still exist.
    static PostgresCluster cluster;
    if (!s_shared) {
        s_shared = &cluster;
        qAddPostRoutine(stopSharedCluster);
    }
    cluster.start();
    return cluster;
}

QString PostgresCluster::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresCluster::dataDirectory() const
{
    return m_dir ? m_dir->filePath(u"data"_s) : QString();
}

QString PostgresCluster::logFilePath() const
{
    return m_dir ? m_dir->filePath(u"server.log"_s) : QString();
}

void PostgresCluster::start()
{
    if (m_running) {
        return;
    }
    // One failed start is enough: every test of the process would otherwise wait for it again.
    if (!m_startFailure.isEmpty()) {
        fail(m_startFailure);
    }

    QElapsedTimer timer;
    timer.start();
    try {
        prepareDirectory();
        startWatchdog();
        initdb();
        writeConfiguration();

        QString failures;
        for (int attempt = 1; attempt <= StartAttempts && !m_running; ++attempt) {
            const quint16 port = pickFreePort();
            QString failure;
            if (startServer(port, &failure)) {
                m_port = port;
                m_running = true;
            } else if (failure.contains(u"could not bind"_s) || failure.contains(u"already in use"_s) ||
                       failure.contains(u"could not create any TCP/IP sockets"_s)) {
                qCDebug(lc) << "port" << port << "was taken, trying another one";
                failures += u"\n--- attempt %1 on port %2:\n%3"_s.arg(attempt).arg(port).arg(failure);
            } else {
                fail(u"PostgreSQL test cluster: the server did not start on port %1:\n%2"_s.arg(port).arg(failure));
            }
        }
        if (!m_running) {
            fail(u"PostgreSQL test cluster: no free port after %1 attempts:%2"_s.arg(StartAttempts).arg(failures));
        }
    } catch (const std::exception &error) {
        m_startFailure = QString::fromStdString(error.what());
        stop();
        throw;
    }
    m_startupMilliseconds = timer.elapsed();
    qCDebug(lc) << "PostgreSQL test cluster in" << directory() << "listens on 127.0.0.1 port" << m_port << "after"
                << m_startupMilliseconds << "ms";
}

void PostgresCluster::prepareDirectory()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/frontline-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        fail(u"PostgreSQL test cluster: cannot create a temporary directory: "_s + m_dir->errorString());
    }
    // The unix socket lives in this directory; sun_path holds at most 107 bytes.
    if (QFile::encodeName(directory()).size() + int(sizeof("/.s.PGSQL.65535.lock")) > 107) {
        fail(u"PostgreSQL test cluster: the temporary directory path %1 is too long for a unix socket; "
             "set TMPDIR to a shorter path"_s.arg(directory()));
    }
    if (runningAsRoot()) {
        // The equivalent of `install -d -o postgres -g postgres -m 700`: the server owns its whole directory.
        const passwd *user = ::getpwnam("postgres");
        if (!user) {
            fail(u"PostgreSQL test cluster: running as root needs a \"postgres\" user (from the postgresql package)"_s);
        }
        const QByteArray path = QFile::encodeName(directory());
        if (::chown(path.constData(), user->pw_uid, user->pw_gid) != 0 || ::chmod(path.constData(), 0700) != 0) {
            fail(u"PostgreSQL test cluster: cannot hand %1 to the postgres user"_s.arg(directory()));
        }
    }
}

void PostgresCluster::startWatchdog()
{
    // The watchdog waits for an flock() that this process holds for the cluster's lifetime; the kernel
    // releases it when the process dies, however it dies. The watchdog then stops the server and removes
    // the directory. It is detached (a new session, not our child) so that a terminal's Ctrl-C or a test
    // runner killing our process tree does not take it along.
    const QString lockPath = m_dir->filePath(u"watchdog.lock"_s);
    m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        fail(u"PostgreSQL test cluster: cannot lock "_s + lockPath);
    }

    const QString flock = findExecutable(u"flock"_s);
    if (flock.isEmpty()) {
        qCWarning(lc) << "flock (util-linux) not found: a crashed test may leave a PostgreSQL server running"
                      << "until it notices its deleted directory";
        return;
    }
    // A clean stop() removes the lock file first, so the watchdog only acts when the process died.
    const QString script = uR"(lock=$1; dir=$2; shift 2
[ -e "$lock" ] || exit 0
"$@"
rm -rf -- "$dir")"_s;
    QStringList arguments{lockPath, u"/bin/sh"_s, u"-c"_s, script, u"frontline-pg-watchdog"_s, lockPath, directory()};
    arguments += toolCommand(u"pg_ctl"_s,
                             {u"-D"_s, dataDirectory(), u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s, u"10"_s, u"stop"_s});

    QProcess watchdog;
    watchdog.setProgram(flock);
    watchdog.setArguments(arguments);
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.setWorkingDirectory(u"/"_s);
    watchdog.setProcessEnvironment(toolEnvironment());
    if (!watchdog.startDetached()) {
        qCWarning(lc) << "cannot start the PostgreSQL watchdog:" << watchdog.errorString();
    }
}

void PostgresCluster::initdb()
{
    const ToolOutcome outcome = runTool(u"initdb"_s,
                                        {u"-D"_s, dataDirectory(), u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s,
                                         u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s, u"--no-instructions"_s},
                                        directory());
    if (!outcome.succeeded) {
        fail(u"PostgreSQL test cluster: initdb failed:\n"_s + outcome.output);
    }
}

void PostgresCluster::writeConfiguration()
{
    // Appended settings override initdb's. Durability is pointless for a cluster that is thrown away.
    const QString settings = u"\n# Frontline test cluster\n"
                             "listen_addresses = '127.0.0.1'\n"
                             "unix_socket_directories = %1\n"
                             "max_connections = 100\n"
                             "shared_buffers = 32MB\n"
                             "fsync = off\n"
                             "full_page_writes = off\n"
                             "synchronous_commit = off\n"_s.arg(quotedConfigValue(directory())) +
                             m_extraSettings;
    QFile config(QDir(dataDirectory()).filePath(u"postgresql.conf"_s));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Append) || config.write(settings.toUtf8()) < 0) {
        fail(u"PostgreSQL test cluster: cannot write "_s + config.fileName());
    }
}

bool PostgresCluster::startServer(quint16 port, QString *failure)
{
    const qint64 logOffset = QFileInfo(logFilePath()).size();
    const ToolOutcome outcome = runTool(u"pg_ctl"_s,
                                        {u"-D"_s, dataDirectory(), u"-l"_s, logFilePath(), u"-w"_s, u"-t"_s, u"30"_s,
                                         u"-o"_s, u"-p %1"_s.arg(port), u"start"_s},
                                        directory());
    if (outcome.succeeded) {
        return true;
    }
    *failure = outcome.output + u"\nserver log (%1):\n"_s.arg(logFilePath()) + fileTail(logFilePath(), logOffset, 40);
    // A server that came up too slowly must not stay behind while we try another port.
    if (QFileInfo::exists(QDir(dataDirectory()).filePath(u"postmaster.pid"_s))) {
        runTool(u"pg_ctl"_s, {u"-D"_s, dataDirectory(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, directory());
    }
    return false;
}

void PostgresCluster::stop()
{
    if (m_running) {
        ToolOutcome outcome =
            runTool(u"pg_ctl"_s, {u"-D"_s, dataDirectory(), u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"20"_s, u"stop"_s},
                    directory());
        if (!outcome.succeeded) {
            qCWarning(lc).noquote() << "PostgreSQL test cluster did not stop cleanly:" << outcome.output;
            outcome = runTool(u"pg_ctl"_s, {u"-D"_s, dataDirectory(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
                              directory());
            if (!outcome.succeeded) {
                qCWarning(lc).noquote() << "PostgreSQL test cluster: immediate stop failed too:" << outcome.output;
            }
        }
        m_running = false;
    }
    releaseWatchdog();
    m_dir.reset();
}

void PostgresCluster::releaseWatchdog()
{
    if (m_lockFd < 0) {
        return;
    }
    // Without the lock file the watchdog, woken by the released lock, has nothing to do.
    ::unlink(QFile::encodeName(m_dir->filePath(u"watchdog.lock"_s)).constData());
    ::close(m_lockFd);
    m_lockFd = -1;
}

QString PostgresCluster::createDatabase()
{
    if (!m_running) {
        fail(u"PostgreSQL test cluster: createDatabase() needs a running cluster"_s);
    }
    const QString name = u"frontline_test_%1"_s.arg(++m_databaseCount);
    const QString connectionName = u"frontline-postgres-cluster-admin"_s;
    bool created = false;
    QString error;
    {
        QSqlDatabase admin = open(connectionName, u"postgres"_s);
        {
            QSqlQuery query(admin);
            created = query.exec(u"CREATE DATABASE "_s + name);
            error = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!created) {
        fail(u"PostgreSQL test cluster: cannot create database %1: %2\nserver log:\n%3"_s.arg(name, error,
                                                                                              serverLogTail()));
    }
    return u"postgresql://postgres@%1:%2/%3"_s.arg(host()).arg(m_port).arg(name);
}

QSqlDatabase PostgresCluster::open(const QString &connectionName, const QString &database) const
{
    if (!m_running) {
        fail(u"PostgreSQL test cluster: open() needs a running cluster"_s);
    }
    if (QSqlDatabase::contains(connectionName)) {
        fail(u"PostgreSQL test cluster: a connection named %1 already exists"_s.arg(connectionName));
    }
    const QString name = databaseName(database);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        if (!db.isValid()) {
            error = u"the QPSQL driver is not available (Debian: libqt6sql6-psql)"_s;
        } else {
            db.setHostName(host());
            db.setPort(m_port);
            db.setUserName(u"postgres"_s);
            db.setDatabaseName(name);
            db.setConnectOptions(u"connect_timeout=10"_s);
            if (db.open()) {
                return db;
            }
            error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    fail(
        u"PostgreSQL test cluster: cannot open database %1 on port %2: %3\nserver log:\n%4"_s.arg(name).arg(m_port).arg(
            error, serverLogTail()));
}

QString PostgresCluster::databaseName(const QString &urlOrName)
{
    if (urlOrName.startsWith(u"postgresql://"_s) || urlOrName.startsWith(u"postgres://"_s)) {
        return QUrl(urlOrName).path().mid(1);
    }
    return urlOrName;
}

QString PostgresCluster::serverLogTail(int lines) const
{
    return fileTail(logFilePath(), 0, lines);
}

}  // namespace Frontline::Tests
