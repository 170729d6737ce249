// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs a frontline-server instance on its own thread and drives it over loopback WebSockets with N
// clients in this process (all agents of one queue). Phase 1 signs every client in and syncs it, then
// makes one change at a time and times its arrival at every other client. Phase 2 has C of the clients
// send M notes each time (a window of outstanding mutations per client) and times the acks while every
// client receives every note as a push: 2a offers them at a fixed rate (the budget's 1,000/s, for the
// latency at that rate), 2b as fast as the windows allow (for the capacity). Prints figures; asserts
// nothing.
//
//   build/release/bench/bench_server_fanout [--clients 500] [--mutations 5000] [--database sqlite|postgres]
//                                           [--concurrency 8] [--window 16] [--rate 1000] [--seconds 300]
//
// --database postgres starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 (the tests' cluster, with
// fsync and synchronous commit switched back on so that both engines commit durably, and its WAL warmed
// up as a running server's is: --cold-wal leaves it new).
// The server thread and the clients' thread wait with the server's epoll dispatcher, as frontline-server
// does; FRONTLINE_EVENT_DISPATCHER=qt gives Qt's own. --ack-trace FILE writes every phase-2 ack.
// --nodelay server|all is a diagnostic: TCP_NODELAY on the server's session sockets (or on every socket)
// after sign-in, to show what Nagle's algorithm adds to ack latency. See docs/PERFORMANCE.md.

#include <protocol/frame.h>
#include <protocol/messages.h>
#include <protocol/mutations.h>
#include <server/entitystore.h>
#include <server/frontlineserver.h>
#include <server/passwordhasher.h>
#include <server/serverdatabase.h>

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <arpa/inet.h>
#include <cmath>
#include <cstdio>
#include <exception>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdexcept>
#include <support/postgrescluster.h>
#include <support/serverthread.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace Frontline::Models;
namespace P = Frontline::Protocol;
namespace S = Frontline::Server;

namespace {

constexpr int LoginWindow = 16;         // hellos in flight; the server allows 30 unsettled logins per address
constexpr int RoundTimeoutMs = 10'000;  // phase 1: a change not at every client by then counts as missing
constexpr int DrainTimeoutMs = 30'000;  // after the last ack: time for the pushes still on their way
const QString Password = QStringLiteral("bench-password");

struct Options
{
    int clients = 500;
    int mutations = 5000;
    bool postgres = false;
    int concurrency = 8;
    int window = 16;
    int rate = 1000;
    int rounds = 20;
    int tickets = 10;
    int seconds = 300;
    int pushIntervalMs = Frontline::Server::FrontlineServer::Tuning{}.pushIntervalMs;
    int pushSliceSessions = Frontline::Server::FrontlineServer::Tuning{}.pushSliceSessions;
    QString noDelay;            // diagnostic: "server" or "all"
    bool coldWal = false;       // diagnostic: no PostgreSQL WAL warm-up
    bool pgStatements = false;  // diagnostic: pg_stat_statements of phase 2a
    QString ackTrace;           // diagnostic: a file for every ack's send time and latency
};

// --- clocks, memory, statistics -------------------------------------------------------------------

QElapsedTimer s_clock;

qint64 nowNs()
{
    return s_clock.nsecsElapsed();
}

double msOf(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

double cpuSeconds(clockid_t clock)
{
    timespec spec{};
    if (clock_gettime(clock, &spec) != 0) {
        return 0;
    }
    return static_cast<double>(spec.tv_sec) + static_cast<double>(spec.tv_nsec) / 1e9;
}

double threadCpuSeconds(pthread_t thread)
{
    clockid_t clock{};
    return pthread_getcpuclockid(thread, &clock) == 0 ? cpuSeconds(clock) : 0;
}

// user + system time of another process, from /proc/PID/stat (fields 14 and 15, in clock ticks).
double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = file.readAll();
    // The command name (field 2) may contain spaces; the fields after it follow its closing parenthesis.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    return static_cast<double>(fields[11].toLongLong() + fields[12].toLongLong()) /
           static_cast<double>(sysconf(_SC_CLK_TCK));
}

// A "VmRSS:     123456 kB" line of /proc/self/status, in KiB.
qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

qsizetype openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size();
}

// Diagnostic: TCP_NODELAY on the TCP sockets of the process (both ends of every connection live here):
// those of the server's sessions (local port \a serverPort), or every one (\a serverPort 0).
// Neither QWebSocket nor the server sets QAbstractSocket::LowDelayOption.
int setNoDelay(quint16 serverPort)
{
    int count = 0;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &name : fds) {
        const int fd = name.toInt();
        int type = 0;
        socklen_t length = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM) {
            continue;
        }
        sockaddr_in local{};
        socklen_t localLength = sizeof local;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0 || local.sin_family != AF_INET) {
            continue;
        }
        if (serverPort != 0 && ntohs(local.sin_port) != serverPort) {
            continue;
        }
        const int on = 1;
        count += setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0 ? 1 : 0;
    }
    return count;
}

struct Spread
{
    qsizetype count = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

Spread spreadOf(std::vector<qint64> samples)
{
    Spread spread;
    spread.count = static_cast<qsizetype>(samples.size());
    if (samples.empty()) {
        return spread;
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double fraction) {
        const auto rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(samples.size())));
        return msOf(samples[std::clamp<size_t>(rank, 1, samples.size()) - 1]);
    };
    spread.p50Ms = at(0.50);
    spread.p99Ms = at(0.99);
    spread.maxMs = msOf(samples.back());
    return spread;
}

void row(const char *what, const QString &figures, const QString &budget = {})
{
    std::printf("%-40s %s%s\n", what, qPrintable(figures),
                budget.isEmpty() ? "" : qPrintable(QStringLiteral("   [budget %1]").arg(budget)));
}

QString spreadText(const Spread &spread)
{
    return QStringLiteral("p50 %1 ms  p99 %2 ms  max %3 ms")
        .arg(spread.p50Ms, 0, 'f', 1)
        .arg(spread.p99Ms, 0, 'f', 1)
        .arg(spread.maxMs, 0, 'f', 1);
}

QString verdict(const char *budget, bool met)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(budget),
                                        met ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

// --- the server, on its own thread ----------------------------------------------------------------

struct Seeded
{
    QString engineVersion;
    QStringList usernames;
    QList<QUuid> ticketIds;
    qint64 elapsedNs = 0;
};

Status seed(S::ServerDatabase &db, const Options &options, Seeded &seeded)
{
    const qint64 started = nowNs();
    const S::PasswordHasher hasher(S::PasswordHasher::Cost::minimumForTests());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status status = db.transaction([&]() -> Status {
        if (Status turn = db.serializeChangeFeed(); !turn) {
            return turn;
        }
        S::EntityStore store(db);
        Queue queue;
        queue.id = QUuid::createUuid();
        queue.name = QStringLiteral("Support");
        queue.sla.target(Priority::Normal) = {60, 480};
        queue.sla.target(Priority::Urgent) = {15, 120};
        if (auto saved = store.save(queue); !saved) {
            return saved.error();
        }
        for (int i = 0; i < options.clients; ++i) {
            Agent agent;
            agent.id = QUuid::createUuid();
            agent.username = QStringLiteral("agent%1").arg(i, 4, 10, QLatin1Char('0'));
            agent.name = QStringLiteral("Agent %1").arg(i);
            agent.role = AgentRole::Agent;
            agent.queueIds = {queue.id};
            if (auto saved = store.save(agent); !saved) {
                return saved.error();
            }
            auto hash = hasher.hash(Password);
            if (!hash) {
                return hash.error();
            }
            if (Status stored = store.setPasswordHash(agent.id, *hash); !stored) {
                return stored;
            }
            seeded.usernames.append(agent.username);
        }
        for (int i = 0; i < options.tickets; ++i) {
            Customer customer;
            customer.id = QUuid::createUuid();
            customer.name = QStringLiteral("Customer %1").arg(i);
            customer.language = QStringLiteral("en");
            if (auto saved = store.save(customer); !saved) {
                return saved.error();
            }
            Ticket ticket;
            ticket.id = QUuid::createUuid();
            ticket.number = 1001 + i;
            ticket.subject = QStringLiteral("Benchmark ticket %1").arg(i);
            ticket.customerId = customer.id;
            ticket.queueId = queue.id;
            ticket.createdAt = now;
            ticket.updatedAt = now;
            if (auto saved = store.save(ticket); !saved) {
                return saved.error();
            }
            seeded.ticketIds.append(ticket.id);
        }
        return Ok{};
    });
    seeded.elapsedNs = nowNs() - started;
    auto version = db.exec(db.dialect() == S::Dialect::Sqlite ? QStringLiteral("SELECT sqlite_version()")
                                                              : QStringLiteral("SHOW server_version"));
    if (version && version->next()) {
        seeded.engineVersion = version->value(0).toString();
    }
    return status;
}

// The server on its own thread (bench/support/serverthread.h), with the CPU time of that thread.
class ServerHost final
{
public:
    Status start(const S::ServerDatabase::Location &location, const S::FrontlineServer::Tuning &tuning,
                 const Options &options, Seeded &seeded)
    {
        S::ServerConfig config;
        // Logins are paced below the per-address limit; connections may still queue briefly.
        config.maxPendingConnections = 4 * LoginWindow;
        return m_thread.start(config, location, tuning,
                              [&](S::FrontlineServer &server) { return seed(server.database(), options, seeded); });
    }

    template<typename Work>
    void run(Work &&work)
    {
        m_thread.run(std::forward<Work>(work));
    }

    int sessionCount() { return m_thread.sessionCount(); }
    double cpuSeconds() const { return m_thread.isRunning() ? threadCpuSeconds(m_thread.handle()) : 0; }
    QUrl url() const { return m_thread.url(); }
    void stop() { m_thread.stop(); }

private:
    Frontline::Bench::ServerThread m_thread;
};

// --- PostgreSQL -----------------------------------------------------------------------------------

class Postgres final
{
public:
    Postgres() = default;
    ~Postgres()
    {
        if (m_admin.isValid()) {
            m_admin.close();
            m_admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        }
    }
    Q_DISABLE_COPY_MOVE(Postgres)

    /*! Starts the cluster with durable commits; returns the new database's URL. Throws on failure. */
    QUrl start(bool warmUp, bool statements)
    {
        if (statements) {
            m_cluster.addSettings(QStringLiteral("shared_preload_libraries = 'pg_stat_statements'\n"
                                                 "pg_stat_statements.track_planning = on\n"));
        }
        m_cluster.start();
        const QUrl url(m_cluster.createDatabase());
        m_admin = m_cluster.open(QStringLiteral("bench-admin"), QStringLiteral("postgres"));
        // The test cluster turns durability off; a benchmark of the server must pay for its commits
        // as production does (SQLite runs with synchronous = FULL).
        QSqlQuery query(m_admin);
        for (const char *statement : {"ALTER SYSTEM SET fsync = on", "ALTER SYSTEM SET full_page_writes = on",
                                      "ALTER SYSTEM SET synchronous_commit = on", "SELECT pg_reload_conf()"}) {
            if (!query.exec(QString::fromLatin1(statement))) {
                throw std::runtime_error("cannot configure the PostgreSQL cluster");
            }
        }
        QThread::msleep(200);  // pg_reload_conf() only signals the postmaster
        if (warmUp) {
            warmUpWriteAheadLog(query);
        }
        if (statements && !query.exec(QStringLiteral("CREATE EXTENSION pg_stat_statements"))) {
            throw std::runtime_error("cannot create pg_stat_statements");
        }
        return url;
    }

    /*! Diagnostic (--pg-statements): forgets what pg_stat_statements counted so far. */
    void resetStatements()
    {
        QSqlQuery query(m_admin);
        query.exec(QStringLiteral("SELECT pg_stat_statements_reset()"));
    }

    /*! Diagnostic (--pg-statements): the statements that took longest since resetStatements(). */
    void printStatements(int top)
    {
        QSqlQuery query(m_admin);
        if (!query.exec(QStringLiteral("SELECT calls, total_exec_time, total_plan_time, rows, query FROM "
                                       "pg_stat_statements WHERE query NOT LIKE '%pg_stat%' "
                                       "ORDER BY total_exec_time + total_plan_time DESC LIMIT %1")
                            .arg(top))) {
            std::printf("  pg_stat_statements: %s\n", qPrintable(query.lastError().text()));
            return;
        }
        std::printf("  PostgreSQL statements (pg_stat_statements: calls, execution ms, planning ms, rows, text):\n");
        while (query.next()) {
            std::printf("  %7lld %9.1f %8.1f %8lld  %s\n", query.value(0).toLongLong(), query.value(1).toDouble(),
                        query.value(2).toDouble(), query.value(3).toLongLong(),
                        qPrintable(query.value(4).toString().simplified().left(110)));
        }
    }

    /*!
        A server that has run for a while writes its WAL into segment files recycled at checkpoints; a new
        cluster creates and zero-fills a 16 MiB file each time it needs the next one, and the backend that
        commits at that moment waits for it (about 70 ms here, seen as the one spike of a run). Writing
        80 MiB of WAL and checkpointing leaves recycled segments for the phases, as in production.
    */
    static void warmUpWriteAheadLog(QSqlQuery &query)
    {
        for (const char *statement :
             {"CREATE TABLE wal_warm_up (filler text)",
              "INSERT INTO wal_warm_up SELECT repeat(md5(g::text), 32) FROM generate_series(1, 80000) g",
              "DROP TABLE wal_warm_up", "CHECKPOINT"}) {
            if (!query.exec(QString::fromLatin1(statement))) {
                throw std::runtime_error("cannot warm up the PostgreSQL cluster's write-ahead log");
            }
        }
    }

    QString setting(const QString &name)
    {
        QSqlQuery query(m_admin);
        return query.exec(QStringLiteral("SHOW ") + name) && query.next() ? query.value(0).toString() : QString();
    }

    QString version()
    {
        QSqlQuery query(m_admin);
        return query.exec(QStringLiteral("SHOW server_version")) && query.next() ? query.value(0).toString()
                                                                                 : QString();
    }

    /*! Bytes of write-ahead log the cluster has written since it was made. */
    qint64 walBytes()
    {
        QSqlQuery query(m_admin);
        return query.exec(QStringLiteral("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint")) && query.next()
                   ? query.value(0).toLongLong()
                   : 0;
    }

    /*! CPU time of every PostgreSQL process but our own admin connection's (backends, WAL writer…). */
    double cpuSeconds()
    {
        QSqlQuery query(m_admin);
        if (!query.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()"))) {
            return 0;
        }
        double total = 0;
        while (query.next()) {
            total += processCpuSeconds(query.value(0).toLongLong());
        }
        return total;
    }

private:
    Frontline::Tests::PostgresCluster m_cluster;
    QSqlDatabase m_admin;
};

// --- the clients ----------------------------------------------------------------------------------

enum class State
{
    Idle,
    Connecting,
    Authenticating,
    Syncing,
    Live,
    Closed
};

struct Client
{
    int index = 0;
    QString username;
    std::unique_ptr<QWebSocket> socket;
    State state = State::Idle;
    qint64 connectStartNs = 0;
    qint64 syncedNs = 0;
    int nextRequest = 0;
    QHash<QString, qint64> inFlight;  // mutate frame id → when it was sent
    int probeRound = -1;              // phase 1: the last round whose change reached this client
    qint64 pushedMessages = 0;        // phase 2: message changes received as pushes
    qint64 pushCursor = 0;
    bool cursorRepeated = false;  // a push whose cursor did not move forward
};

struct CpuSnapshot
{
    qint64 wallNs = 0;
    double server = 0;
    double clients = 0;
    double process = 0;
    double postgres = 0;
    qint64 walBytes = 0;
};

class Bench final
{
public:
    Bench(const Options &options, ServerHost &host, Postgres *postgres, const Seeded &seeded)
        : m_options(options)
        , m_host(host)
        , m_postgres(postgres)
        , m_tickets(seeded.ticketIds)
        , m_deadlineNs(nowNs() + qint64(options.seconds) * 1'000'000'000)
    {
        for (int i = 0; i < options.clients; ++i) {
            auto client = std::make_unique<Client>();
            client->index = i;
            client->username = seeded.usernames.value(i);
            client->socket = std::make_unique<QWebSocket>();
            QWebSocket *socket = client->socket.get();
            Client *c = client.get();
            QObject::connect(socket, &QWebSocket::connected, socket, [this, c] { onConnected(*c); });
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [this, c](const QString &text) { onText(*c, text); });
            QObject::connect(socket, &QWebSocket::stateChanged, socket, [this, c](QAbstractSocket::SocketState state) {
                if (state == QAbstractSocket::UnconnectedState) {
                    onClosed(*c);
                }
            });
            m_clients.push_back(std::move(client));
        }
    }

    ~Bench()
    {
        m_stopping = true;
        for (const auto &client : m_clients) {
            client->socket->abort();
            QObject::disconnect(client->socket.get(), nullptr, nullptr, nullptr);
        }
    }

    Q_DISABLE_COPY_MOVE(Bench)

    bool signIn();
    void fanOut();
    /*! Sends M mutations offered at \a rate per second (0: as fast as the windows allow). */
    void mutations(int rate);

private:
    CpuSnapshot cpu();
    void printCpu(const char *what, const CpuSnapshot &from, const CpuSnapshot &to);
    qint64 remainingMs() const { return std::max<qint64>(0, (m_deadlineNs - nowNs()) / 1'000'000); }
    template<typename Done>
    bool runUntil(Done done, qint64 timeoutMs);
    int liveClients() const;

    void startLogins();
    void onConnected(Client &c);
    void onClosed(Client &c);
    void onText(Client &c, const QString &text);
    void onPush(Client &c, const QString &text, qint64 now);
    void onAck(Client &c, const QString &text, qint64 now);
    void sendNote(Client &c, const QUuid &ticketId, const QUuid &messageId);
    void pump();
    Client *nextSender();
    void writeAckTrace(int rate) const;

    const Options &m_options;
    ServerHost &m_host;
    Postgres *m_postgres;
    QList<QUuid> m_tickets;
    std::vector<std::unique_ptr<Client>> m_clients;
    qint64 m_deadlineNs;
    bool m_stopping = false;
    int m_unexpected = 0;
    int m_closedUnexpectedly = 0;

    // sign-in
    size_t m_nextToConnect = 0;
    int m_loginsInFlight = 0;
    int m_live = 0;

    // phase 1: the change being traced
    struct
    {
        bool active = false;
        int round = -1;
        int writer = 0;
        QString messageId;
        qint64 sentNs = 0;
        int received = 0;
        qint64 lastNs = 0;
        std::vector<qint64> latencies;
    } m_probe;

    // acks, both phases
    std::vector<qint64> *m_ackSink = nullptr;
    std::vector<std::pair<qint64, qint64>> m_ackTrace;  // --ack-trace: (sent, acked) of the phase
    qint64 m_acked = 0;
    qint64 m_applied = 0;
    qint64 m_rejected = 0;
    qint64 m_lastAckNs = 0;

    // phase 2
    bool m_sending = false;
    bool m_counting = false;
    int m_rate = 0;
    qint64 m_sent = 0;
    qint64 m_maxLateNs = 0;  // paced: how far behind its schedule a mutation was sent, at most
    qint64 m_phaseStartNs = 0;
    int m_nextSender = 0;
};

template<typename Done>
bool Bench::runUntil(Done done, qint64 timeoutMs)
{
    if (done()) {
        return true;
    }
    const qint64 until = nowNs() + timeoutMs * 1'000'000;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || nowNs() >= until) {
            loop.quit();
        }
    });
    check.start(1);
    loop.exec();
    return done();
}

int Bench::liveClients() const
{
    return static_cast<int>(
        std::count_if(m_clients.begin(), m_clients.end(), [](const auto &c) { return c->state == State::Live; }));
}

CpuSnapshot Bench::cpu()
{
    CpuSnapshot snapshot;
    snapshot.wallNs = nowNs();
    snapshot.server = m_host.cpuSeconds();
    snapshot.clients = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    snapshot.process = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    snapshot.postgres = m_postgres ? m_postgres->cpuSeconds() : 0;
    snapshot.walBytes = m_postgres ? m_postgres->walBytes() : 0;
    return snapshot;
}

void Bench::printCpu(const char *what, const CpuSnapshot &from, const CpuSnapshot &to)
{
    QString figures = QStringLiteral("wall %1 s: server thread %2 s, clients %3 s, all threads %4 s")
                          .arg(msOf(to.wallNs - from.wallNs) / 1000, 0, 'f', 2)
                          .arg(to.server - from.server, 0, 'f', 2)
                          .arg(to.clients - from.clients, 0, 'f', 2)
                          .arg(to.process - from.process, 0, 'f', 2);
    if (m_postgres) {
        figures += QStringLiteral(", PostgreSQL %1 s, WAL %2 MiB")
                       .arg(to.postgres - from.postgres, 0, 'f', 2)
                       .arg(static_cast<double>(to.walBytes - from.walBytes) / (1024 * 1024), 0, 'f', 1);
    }
    row(what, figures);
}

// --- sign-in and sync -----------------------------------------------------------------------------

void Bench::startLogins()
{
    while (!m_stopping && m_loginsInFlight < LoginWindow && m_nextToConnect < m_clients.size()) {
        Client &c = *m_clients[m_nextToConnect++];
        c.state = State::Connecting;
        c.connectStartNs = nowNs();
        ++m_loginsInFlight;
        c.socket->open(m_host.url());
    }
}

void Bench::onConnected(Client &c)
{
    P::Hello hello;
    hello.clientName = QStringLiteral("frontline-bench");
    hello.clientVersion = QStringLiteral("1");
    hello.username = c.username;
    hello.password = Password;
    c.state = State::Authenticating;
    c.socket->sendTextMessage(QString::fromUtf8(hello.toFrame(QStringLiteral("hello")).toJson()));
}

void Bench::onClosed(Client &c)
{
    if (c.state == State::Closed || c.state == State::Idle) {
        return;
    }
    if (c.state == State::Connecting || c.state == State::Authenticating) {
        --m_loginsInFlight;
    }
    if (c.state == State::Live) {
        --m_live;
    }
    c.state = State::Closed;
    if (!m_stopping) {
        if (++m_closedUnexpectedly <= 5) {
            std::fprintf(stderr, "client %d: connection closed (%d %s)\n", c.index, c.socket->closeCode(),
                         qPrintable(c.socket->closeReason()));
        }
        startLogins();
    }
}

// The frame's type without parsing the frame. QJsonObject writes keys in sorted order, so the envelope's
// "type" comes after the payload's nested objects ("changes", "agent", "current"); a quote inside a
// string value is escaped and cannot fake the pattern. Parsing 250,000 pushed frames per second on the
// clients' thread would otherwise cost more than the server's work we are measuring.
QStringView frameType(const QString &text)
{
    static const QString key = QStringLiteral("\"type\":\"");
    const qsizetype at = text.lastIndexOf(key);
    if (at < 0) {
        return {};
    }
    const qsizetype from = at + key.size();
    const qsizetype end = text.indexOf(u'"', from);
    return end < 0 ? QStringView() : QStringView(text).mid(from, end - from);
}

qint64 cursorOf(const QString &text)
{
    static const QString key = QStringLiteral("\"cursor\":");
    const qsizetype at = text.lastIndexOf(key);
    if (at < 0) {
        return 0;
    }
    qsizetype end = at + key.size();
    while (end < text.size() && text.at(end).isDigit()) {
        ++end;
    }
    return QStringView(text).mid(at + key.size(), end - at - key.size()).toLongLong();
}

void Bench::onText(Client &c, const QString &text)
{
    const qint64 now = nowNs();
    const QStringView type = frameType(text);
    if (type == u"changes") {
        if (c.state == State::Live) {
            onPush(c, text, now);
        }
        return;  // while syncing: a page of the catch-up
    }
    if (type == u"ack") {
        onAck(c, text, now);
        return;
    }
    if (type == u"synced") {
        if (c.state == State::Syncing) {
            c.state = State::Live;
            c.syncedNs = now;
            ++m_live;
        }
        return;
    }
    if (type == u"welcome") {
        if (c.state == State::Authenticating) {
            c.state = State::Syncing;
            --m_loginsInFlight;
            startLogins();
        }
        return;
    }
    if (type == u"presence") {
        return;
    }
    if (++m_unexpected <= 5) {
        std::fprintf(stderr, "client %d: unexpected frame: %s\n", c.index, qPrintable(text.left(300)));
    }
}

bool Bench::signIn()
{
    const qint64 rssBefore = statusKiB("VmRSS");
    const qsizetype fdsBefore = openDescriptors();
    const CpuSnapshot from = cpu();
    const qint64 started = nowNs();
    startLogins();
    const int n = m_options.clients;
    // Done when every client is live, or when none is still on its way (some were refused or dropped).
    runUntil(
        [&] {
            return m_live == n || std::all_of(m_clients.begin(), m_clients.end(), [](const auto &c) {
                       return c->state == State::Live || c->state == State::Closed;
                   });
        },
        remainingMs());
    const qint64 finished = nowNs();
    const CpuSnapshot to = cpu();

    std::vector<qint64> perClient;
    for (const auto &c : m_clients) {
        if (c->state == State::Live) {
            perClient.push_back(c->syncedNs - c->connectStartNs);
        }
    }
    const Spread spread = spreadOf(perClient);
    row("all clients signed in and synced", QStringLiteral("%1 of %2 in %3 s (%4 hellos in flight)")
                                                .arg(m_live)
                                                .arg(n)
                                                .arg(msOf(finished - started) / 1000, 0, 'f', 2)
                                                .arg(LoginWindow));
    row("  one client, connect to synced", spreadText(spread));
    printCpu("  CPU", from, to);

    const qint64 rssAfter = statusKiB("VmRSS");
    const int sessions = m_host.sessionCount();
    row("idle connections held by the instance",
        QStringLiteral("%1 sessions; %2 open descriptors in the process (%3 before)")
            .arg(sessions)
            .arg(openDescriptors())
            .arg(fdsBefore));
    row("  process RSS (both ends in this process)",
        QStringLiteral("%1 MiB before, %2 MiB after: %3 KiB per connection")
            .arg(static_cast<double>(rssBefore) / 1024, 0, 'f', 1)
            .arg(static_cast<double>(rssAfter) / 1024, 0, 'f', 1)
            .arg(m_live > 0 ? static_cast<double>(rssAfter - rssBefore) / m_live : 0.0, 0, 'f', 1));
    return m_live == n;
}

// --- phase 1: one change, every client --------------------------------------------------------------

void Bench::onPush(Client &c, const QString &text, qint64 now)
{
    if (m_probe.active && c.index != m_probe.writer && c.probeRound != m_probe.round &&
        text.contains(m_probe.messageId)) {
        c.probeRound = m_probe.round;
        m_probe.latencies.push_back(now - m_probe.sentNs);
        ++m_probe.received;
        m_probe.lastNs = now;
    }
    if (m_counting) {
        static const QString messageKind = QStringLiteral("\"kind\":\"message\"");
        c.pushedMessages += text.count(messageKind);
        const qint64 cursor = cursorOf(text);
        if (cursor <= c.pushCursor) {
            c.cursorRepeated = true;
        }
        c.pushCursor = cursor;
    }
}

void Bench::sendNote(Client &c, const QUuid &ticketId, const QUuid &messageId)
{
    P::AddNote note;
    note.ticketId = ticketId;
    note.messageId = messageId;
    note.body = QStringLiteral("Benchmark note %1 from %2: customer called back, waiting for the refund.")
                    .arg(c.nextRequest)
                    .arg(c.username);
    const P::Mutate mutate{QUuid::createUuid(), std::nullopt, note};
    const QString id = QStringLiteral("m%1").arg(++c.nextRequest);
    const QString text = QString::fromUtf8(mutate.toFrame(id).toJson());
    c.inFlight.insert(id, nowNs());
    c.socket->sendTextMessage(text);
}

void Bench::onAck(Client &c, const QString &text, qint64 now)
{
    const auto frame = P::Frame::parse(text);
    const auto ack = frame ? P::Ack::fromFrame(*frame) : P::ProtocolResult<P::Ack>(frame.error());
    if (!ack) {
        if (++m_unexpected <= 5) {
            std::fprintf(stderr, "client %d: bad ack: %s\n", c.index, qPrintable(ack.error().message));
        }
        return;
    }
    const qint64 sent = c.inFlight.take(frame->id);
    if (sent > 0 && m_ackSink) {
        m_ackSink->push_back(now - sent);
        if (!m_options.ackTrace.isEmpty()) {
            m_ackTrace.push_back({sent, now});
        }
    }
    ++m_acked;
    m_lastAckNs = now;
    if (ack->result == P::AckResult::Rejected) {
        if (++m_rejected <= 5) {
            std::fprintf(stderr, "client %d: mutation rejected (%s): %s\n", c.index,
                         qPrintable(P::toString(ack->reason)), qPrintable(ack->message));
        }
    } else {
        ++m_applied;
    }
    if (m_sending) {
        pump();
    }
}

void Bench::fanOut()
{
    std::vector<qint64> acks;
    std::vector<qint64> lastArrivals;
    m_ackSink = &acks;
    int incomplete = 0;
    int rounds = 0;
    const CpuSnapshot from = cpu();
    for (int round = 0; round < m_options.rounds && remainingMs() > 0; ++round) {
        Client &writer = *m_clients[static_cast<size_t>(m_probe.writer)];
        if (writer.state != State::Live) {
            break;
        }
        const int expected = liveClients() - 1;
        const QUuid messageId = QUuid::createUuid();
        m_probe.round = round;
        m_probe.messageId = messageId.toString(QUuid::WithoutBraces);
        m_probe.received = 0;
        m_probe.active = true;
        m_probe.sentNs = nowNs();
        sendNote(writer, m_tickets.value(round % m_tickets.size()), messageId);
        const bool complete =
            runUntil([&] { return m_probe.received >= expected; }, std::min<qint64>(RoundTimeoutMs, remainingMs()));
        m_probe.active = false;
        ++rounds;
        if (complete) {
            lastArrivals.push_back(m_probe.lastNs - m_probe.sentNs);
        } else {
            ++incomplete;
        }
        // Let the acks and the writer's own push settle, so that rounds do not overlap.
        runUntil([&] { return writer.inFlight.isEmpty(); }, 2000);
        const qint64 pause = nowNs();
        runUntil([&] { return nowNs() - pause > 20'000'000; }, 100);
    }
    const CpuSnapshot to = cpu();
    m_ackSink = nullptr;

    const Spread deliveries = spreadOf(m_probe.latencies);
    const bool met = incomplete == 0 && deliveries.count > 0 && deliveries.p99Ms <= 100.0;
    row("fan-out, mutation sent -> push received", QStringLiteral("%1 deliveries (%2 changes x %3 clients)")
                                                       .arg(deliveries.count)
                                                       .arg(rounds)
                                                       .arg(m_options.clients - 1));
    row("  per delivery", spreadText(deliveries), verdict("p99 <= 100 ms", met));
    row("  last client reached, per change", spreadText(spreadOf(lastArrivals)));
    if (incomplete > 0) {
        row("  changes not at every client in 10 s", QString::number(incomplete));
    }
    row("  writer's ack", spreadText(spreadOf(acks)));
    printCpu("  CPU", from, to);
}

// --- phase 2: sustained mutations -----------------------------------------------------------------

Client *Bench::nextSender()
{
    const int active = std::min<int>(m_options.concurrency, static_cast<int>(m_clients.size()));
    for (int k = 0; k < active; ++k) {
        const int index = (m_nextSender + k) % active;
        Client &c = *m_clients[static_cast<size_t>(index)];
        if (c.state == State::Live && c.inFlight.size() < m_options.window) {
            m_nextSender = index + 1;
            return &c;
        }
    }
    return nullptr;
}

void Bench::pump()
{
    const qint64 now = nowNs();
    if (now >= m_deadlineNs) {
        m_sending = false;
        return;
    }
    qint64 allowed = m_options.mutations;
    if (m_rate > 0) {
        // Offered load on a fixed schedule: the budget asks for 1,000/s at p99 <= 50 ms, which is a
        // latency at that rate, not at whatever rate full windows would reach.
        allowed = std::min<qint64>(allowed, 1 + (now - m_phaseStartNs) * m_rate / 1'000'000'000);
    }
    while (m_sent < allowed) {
        Client *c = nextSender();
        if (!c) {
            break;  // every window is full: the server is behind the schedule
        }
        if (m_rate > 0) {
            const qint64 scheduled = m_phaseStartNs + m_sent * 1'000'000'000 / m_rate;
            m_maxLateNs = std::max(m_maxLateNs, now - scheduled);
        }
        sendNote(*c, m_tickets.value(static_cast<qsizetype>(m_sent % m_tickets.size())), QUuid::createUuid());
        ++m_sent;
    }
    if (m_sent >= m_options.mutations) {
        m_sending = false;
    }
}

// One line per ack of the phase: when it was sent (ms since the phase began) and how long it took, to
// see whether a tail is one stall or spread over the phase.
void Bench::writeAckTrace(int rate) const
{
    QFile file(m_options.ackTrace);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(m_options.ackTrace));
        return;
    }
    QTextStream out(&file);
    out << "# phase " << (rate > 0 ? QStringLiteral("2a, %1/s offered").arg(rate) : QStringLiteral("2b, unpaced"))
        << ": sent_ms latency_ms\n";
    for (const auto &[sent, acked] : m_ackTrace) {
        out << QString::number(msOf(sent - m_phaseStartNs), 'f', 3) << ' '
            << QString::number(msOf(acked - sent), 'f', 3) << '\n';
    }
}

void Bench::mutations(int rate)
{
    m_rate = rate;
    m_maxLateNs = 0;
    const int active = std::min<int>(m_options.concurrency, static_cast<int>(m_clients.size()));
    std::vector<qint64> latencies;
    latencies.reserve(static_cast<size_t>(m_options.mutations));
    m_ackSink = &latencies;
    m_ackTrace.clear();  // phase 1's acks are not this phase's
    for (const auto &c : m_clients) {
        c->pushedMessages = 0;
        c->pushCursor = 0;
        c->cursorRepeated = false;
    }
    const qint64 appliedBefore = m_applied;
    const qint64 ackedBefore = m_acked;
    const qint64 rejectedBefore = m_rejected;
    const int receivers = liveClients();

    const CpuSnapshot from = cpu();
    m_counting = true;
    m_sending = true;
    m_sent = 0;
    m_phaseStartNs = nowNs();
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pacer, &QTimer::timeout, &pacer, [this] {
        if (m_sending) {
            pump();
        }
    });
    pacer.start(1);
    pump();
    const auto allAcked = [&] {
        return !m_sending && m_acked - ackedBefore >= m_sent;
    };
    runUntil(allAcked, remainingMs());
    m_sending = false;
    pacer.stop();
    runUntil(allAcked, 10'000);  // the time limit stopped the sending: collect what is still in flight
    const qint64 sendEnd = m_lastAckNs;
    const CpuSnapshot to = cpu();
    m_ackSink = nullptr;

    if (!m_options.ackTrace.isEmpty()) {
        writeAckTrace(rate);
    }
    m_ackTrace.clear();
    const qint64 acked = m_acked - ackedBefore;
    const qint64 applied = m_applied - appliedBefore;
    const auto allPushed = [&] {
        return std::all_of(m_clients.begin(), m_clients.end(),
                           [&](const auto &c) { return c->state != State::Live || c->pushedMessages >= applied; });
    };
    runUntil(allPushed, DrainTimeoutMs);
    const qint64 drained = nowNs();
    const CpuSnapshot afterDrain = cpu();
    m_counting = false;

    const double seconds = msOf(sendEnd - m_phaseStartNs) / 1000;
    const double perSecond = seconds > 0 ? static_cast<double>(acked) / seconds : 0;
    const Spread spread = spreadOf(latencies);
    const bool complete = acked == m_options.mutations;
    row("mutations acknowledged", QStringLiteral("%1 of %2 (%3 applied, %4 rejected) in %5 s%6")
                                      .arg(acked)
                                      .arg(m_options.mutations)
                                      .arg(applied)
                                      .arg(m_rejected - rejectedBefore)
                                      .arg(seconds, 0, 'f', 2)
                                      .arg(complete ? QString() : QStringLiteral(", stopped by the time limit")));
    const QString perSecondText =
        QStringLiteral("%1/s (%2 clients x window %3)").arg(perSecond, 0, 'f', 0).arg(active).arg(m_options.window);
    if (rate > 0) {
        // Paced: the acks cannot come faster than offered, so the question is whether the server kept up.
        row("  acks per second", perSecondText);
        // A mutation goes out late only when every window is full, i.e. when the server fell behind.
        row("  sent behind the schedule",
            m_maxLateNs <= 100'000'000
                ? QStringLiteral("at most %1 ms: kept up").arg(msOf(m_maxLateNs), 0, 'f', 1)
                : QStringLiteral("up to %1 ms: did not keep up, every window full").arg(msOf(m_maxLateNs), 0, 'f', 0));
        row("  ack latency, sent -> ack", spreadText(spread),
            verdict("p99 <= 50 ms at 1,000/s", rate >= 1000 && spread.count > 0 && spread.p99Ms <= 50.0));
    } else {
        row("  acks per second", perSecondText, verdict(">= 1,000/s", complete && perSecond >= 1000));
        row("  ack latency, sent -> ack", spreadText(spread).append(QStringLiteral(" (queueing in full windows)")));
    }

    int exact = 0;
    int missing = 0;
    int extra = 0;
    int repeated = 0;
    for (const auto &c : m_clients) {
        if (c->state != State::Live) {
            continue;
        }
        exact += c->pushedMessages == applied ? 1 : 0;
        missing += c->pushedMessages < applied ? 1 : 0;
        extra += c->pushedMessages > applied ? 1 : 0;
        repeated += c->cursorRepeated ? 1 : 0;
    }
    row("pushes received", QStringLiteral("%1 clients x %2 changes: %3 got every change once, %4 short, %5 too many")
                               .arg(receivers)
                               .arg(applied)
                               .arg(exact)
                               .arg(missing)
                               .arg(extra));
    row("  pushes per second",
        QStringLiteral("%1/s; last push %2 ms after the last ack%3")
            .arg(seconds > 0 ? static_cast<double>(applied) * receivers / seconds : 0.0, 0, 'f', 0)
            .arg(msOf(drained - sendEnd), 0, 'f', 0)
            .arg(repeated > 0 ? QStringLiteral("; %1 clients saw a cursor repeat").arg(repeated) : QString()));
    printCpu("  CPU until the last ack", from, to);
    printCpu("  CPU until the last push", from, afterDrain);
}

bool raiseOpenFileLimit(int clients)
{
    const auto raised = Frontline::Bench::raiseOpenFileLimit();
    if (!raised) {
        return false;
    }
    const rlim_t before = raised->before;
    const rlim_t now = raised->now;
    // Both ends of every connection live in this process, plus the database, the event loops and Qt.
    const auto needed = static_cast<rlim_t>(2 * clients + 128);
    if (now == before) {
        std::printf("open-file limit: soft limit %llu (already the hard limit); %d clients need about %llu\n",
                    static_cast<unsigned long long>(before), clients, static_cast<unsigned long long>(needed));
    } else {
        std::printf("open-file limit: raised the soft limit from %llu to the hard limit %llu; %d clients need about "
                    "%llu\n",
                    static_cast<unsigned long long>(before), static_cast<unsigned long long>(now), clients,
                    static_cast<unsigned long long>(needed));
    }
    if (now < needed) {
        std::fprintf(stderr, "not enough file descriptors for %d clients; use fewer or raise the hard limit\n",
                     clients);
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char *argv[])
{
    s_clock.start();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // in order with the server's log lines on stderr
    S::preferScalableEventLoop();              // as frontline-server does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("WebSocket clients."),
                                           QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption mutationsOption(
        QStringLiteral("mutations"), QStringLiteral("Mutations in each of phases 2a and 2b (all clients together)."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("sqlite or postgres."),
                                            QStringLiteral("kind"), QStringLiteral("sqlite"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Clients sending mutations in phase 2."),
                                               QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QStringLiteral("Outstanding mutations per sending client."),
                                          QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Mutations per second offered in phase 2a; 0: skip 2a "
                                                       "(2b always runs unpaced)."),
                                        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Changes traced in phase 1."),
                                          QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Time limit for both phases together."), QStringLiteral("s"),
                                           QStringLiteral("300"));
    const QCommandLineOption pushIntervalOption(
        QStringLiteral("push-interval"),
        QStringLiteral("The server's push interval: push rounds start at most this often (0: one per commit)."),
        QStringLiteral("ms"), QString::number(Options{}.pushIntervalMs));
    const QCommandLineOption pushSliceOption(
        QStringLiteral("push-slice"),
        QStringLiteral("Sessions handed their frame per turn of the server's event loop in a push round (a number "
                       "above --clients: the whole round in one turn)."),
        QStringLiteral("n"), QString::number(Options{}.pushSliceSessions));
    const QCommandLineOption noDelayOption(
        QStringLiteral("nodelay"),
        QStringLiteral("Diagnostic: once the clients are signed in, set TCP_NODELAY on the server's session sockets "
                       "(server) or on every TCP socket of the process (all)."),
        QStringLiteral("which"));
    const QCommandLineOption coldWalOption(
        QStringLiteral("cold-wal"),
        QStringLiteral("Diagnostic: skip the PostgreSQL WAL warm-up, so that the cluster creates new segment files "
                       "during the phases."));
    const QCommandLineOption pgStatementsOption(
        QStringLiteral("pg-statements"),
        QStringLiteral("Diagnostic: load pg_stat_statements into the PostgreSQL cluster and print phase 2a's "
                       "costliest statements."));
    const QCommandLineOption ackTraceOption(
        QStringLiteral("ack-trace"),
        QStringLiteral("Diagnostic: write every phase-2 ack's send time and latency to this file."),
        QStringLiteral("file"));
    parser.addOptions({coldWalOption, pgStatementsOption, ackTraceOption, clientsOption, mutationsOption,
                       databaseOption, concurrencyOption, windowOption, rateOption, roundsOption, secondsOption,
                       pushIntervalOption, pushSliceOption, noDelayOption});
    parser.process(app);

    Options options;
    options.clients = std::max(2, parser.value(clientsOption).toInt());
    options.mutations = std::max(1, parser.value(mutationsOption).toInt());
    options.concurrency = std::clamp(parser.value(concurrencyOption).toInt(), 1, options.clients);
    options.window = std::max(1, parser.value(windowOption).toInt());
    options.rate = std::max(0, parser.value(rateOption).toInt());
    options.rounds = std::max(1, parser.value(roundsOption).toInt());
    options.seconds = std::max(1, parser.value(secondsOption).toInt());
    options.pushIntervalMs = std::max(0, parser.value(pushIntervalOption).toInt());
    options.pushSliceSessions = std::max(1, parser.value(pushSliceOption).toInt());
    options.noDelay = parser.value(noDelayOption);
    options.coldWal = parser.isSet(coldWalOption);
    options.pgStatements = parser.isSet(pgStatementsOption);
    options.ackTrace = parser.value(ackTraceOption);
    if (!options.ackTrace.isEmpty()) {
        QFile::remove(options.ackTrace);  // both phases append to it
    }
    if (!options.noDelay.isEmpty() && options.noDelay != u"server" && options.noDelay != u"all") {
        std::fprintf(stderr, "--nodelay must be server or all\n");
        return 2;
    }
    const QString database = parser.value(databaseOption);
    if (database != u"sqlite" && database != u"postgres") {
        std::fprintf(stderr, "--database must be sqlite or postgres\n");
        return 2;
    }
    options.postgres = database == u"postgres";

    std::printf("Frontline server fan-out benchmark: %d clients, %d mutations from %d clients, %s\n", options.clients,
                options.mutations, options.concurrency, qPrintable(database));
    if (!raiseOpenFileLimit(options.clients)) {
        return 1;
    }

    QTemporaryDir dir;
    std::unique_ptr<Postgres> postgres;
    S::ServerDatabase::Location location;
    if (options.postgres) {
        try {
            postgres = std::make_unique<Postgres>();
            location = S::ServerDatabase::Location::postgres(postgres->start(!options.coldWal, options.pgStatements));
        } catch (const std::exception &error) {
            std::fprintf(stderr, "cannot start PostgreSQL: %s\n", error.what());
            return 1;
        }
        std::printf("database: PostgreSQL %s on 127.0.0.1 (fsync %s, synchronous_commit %s; WAL %s)\n",
                    qPrintable(postgres->version()), qPrintable(postgres->setting(QStringLiteral("fsync"))),
                    qPrintable(postgres->setting(QStringLiteral("synchronous_commit"))),
                    options.coldWal ? "cold: new segment files during the phases" : "warmed up: recycled segments");
    } else {
        location = S::ServerDatabase::Location::sqlite(dir.filePath(QStringLiteral("server.sqlite")));
        std::printf("database: SQLite file %s (WAL, synchronous = FULL)\n", qPrintable(location.sqliteFile));
    }

    S::FrontlineServer::Tuning tuning;
    tuning.passwordCost = S::PasswordHasher::Cost::minimumForTests();
    // Each sending client stands for many agents; the per-connection flood limit (200 frames/s) is
    // for one person's desktop.
    tuning.maxFramesPerSecond = 1'000'000;
    tuning.pushIntervalMs = options.pushIntervalMs;
    tuning.pushSliceSessions = options.pushSliceSessions;
    ServerHost host;
    Seeded seeded;
    if (Status started = host.start(location, tuning, options, seeded); !started) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    std::printf("server: %s on its own thread, database engine %s; Argon2 at the minimum cost; per-connection "
                "frame limit lifted; push interval %d ms, %d sessions per slice of a round\n",
                qPrintable(host.url().toString()), qPrintable(seeded.engineVersion), options.pushIntervalMs,
                options.pushSliceSessions);
    std::printf("event dispatcher: %s on every thread with sockets (FRONTLINE_EVENT_DISPATCHER=qt: Qt's own)\n",
                QAbstractEventDispatcher::instance()->metaObject()->className());
    std::printf("seeded: 1 queue, %d agents (all members), %d tickets in %.0f ms\n\n", options.clients, options.tickets,
                msOf(seeded.elapsedNs));

    {
        Bench bench(options, host, postgres.get(), seeded);
        std::printf("phase 1: sign-in and fan-out\n");
        if (!bench.signIn()) {
            std::printf("not every client signed in; the fan-out figures cover the ones that did\n");
        }
        if (!options.noDelay.isEmpty()) {
            const bool all = options.noDelay == u"all";
            std::printf("diagnostic: TCP_NODELAY set on %d sockets (%s)\n", setNoDelay(all ? 0 : host.url().port()),
                        all ? "clients, sessions and database connections" : "the server's sessions");
        }
        bench.fanOut();
        if (options.rate > 0) {
            std::printf("\nphase 2a: %d clients send %d mutations offered at %d/s; every client receives the "
                        "pushes\n",
                        options.concurrency, options.mutations, options.rate);
            if (options.pgStatements && postgres) {
                postgres->resetStatements();
            }
            bench.mutations(options.rate);
            if (options.pgStatements && postgres) {
                postgres->printStatements(14);
            }
        }
        std::printf("\nphase 2b: %d clients send %d mutations as fast as their windows allow; every client "
                    "receives the pushes\n",
                    options.concurrency, options.mutations);
        bench.mutations(0);
        const qint64 stopping = nowNs();
        host.stop();  // closes the sessions before the clients go
        std::printf("\nserver stopped with %d sessions in %.0f ms\n", options.clients, msOf(nowNs() - stopping));
    }
    return 0;
}
