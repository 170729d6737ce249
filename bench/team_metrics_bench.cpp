// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times TeamMetrics::compute() for a team lead over a large help desk: 20 queues, 200 agents,
// 100,000 open tickets, 20,000 solved today, 100,000 solved before today (a real database holds far
// more finished tickets than open ones; the indexes must keep them out of the way) and CSAT ratings.
// Refreshes the metrics of a lead who sees every queue and of one who sees 3, and prints p50, p95 and
// max per refresh. Prints figures; asserts nothing.
//
//   build/release/bench/bench_team_metrics [--database sqlite|postgres] [--open 100000]
//                                          [--solved-today 20000] [--history 100000] [--refreshes 30]
//
// --database postgres starts the tests' throwaway PostgreSQL 15 cluster on 127.0.0.1 and runs VACUUM
// ANALYZE after loading, as autovacuum would (statistics, and the visibility map that index-only scans
// need). SQLite gets no ANALYZE: the server never runs one.
//
// --dashboard-latency N then serves the same database with a frontline-server (on its own thread) and
// measures the dashboard's update latency: a lead of every queue subscribed over loopback, a second
// client (an agent) creates a ticket N times, spaced beyond the coalescing interval, and each time the
// wait from sending the mutation until the lead's next dashboard.metrics frame that counts it
// (its cursor reaches the ack's seq) is timed: p50, p95, max. With it the desk is seeded around the real
// clock (the server's "today" is the real one), not the fixed afternoon the refresh figures use.

#include <protocol/messages.h>
#include <server/dashboardhub.h>
#include <server/entitystore.h>
#include <server/frontlineserver.h>
#include <server/passwordhasher.h>
#include <server/serverdatabase.h>
#include <server/teammetrics.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <memory>
#include <random>
#include <support/postgrescluster.h>
#include <support/serverthread.h>
#include <vector>

using namespace Frontline::Models;
namespace S = Frontline::Server;
namespace P = Frontline::Protocol;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr int Queues = 20;
constexpr int Agents = 200;
constexpr int Customers = 5000;
constexpr int RowsPerInsert = 50;

struct Options
{
    bool postgres = false;
    int open = 100'000;
    int solvedToday = 20'000;
    int history = 100'000;
    int refreshes = 30;
    int latencyChanges = 0;  // --dashboard-latency
};

struct Desk
{
    QList<QUuid> queues;
    std::vector<std::vector<QUuid>> members;  // per queue
    std::vector<QUuid> customers;
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant nullTime()
{
    return QVariant(QMetaType::fromType<qint64>());
}

/*! Multi-row INSERTs of \a columnCount values per row, RowsPerInsert rows a statement. */
class BulkInsert final
{
public:
    BulkInsert(S::ServerDatabase &db, QString head, int columnCount)
        : m_db(db)
        , m_head(std::move(head))
        , m_columnCount(columnCount)
    {}

    Status add(const QVariantList &row)
    {
        m_values += row;
        return ++m_rows == RowsPerInsert ? flush() : Status(Ok{});
    }

    Status flush()
    {
        if (m_rows == 0) {
            return Ok{};
        }
        QStringList marks;
        marks.fill(QStringLiteral("?"), m_columnCount);
        QStringList rows;
        rows.fill(u'(' + marks.join(u", ") + u')', m_rows);
        auto done = m_db.exec(m_head + QStringLiteral(" VALUES ") + rows.join(u", "), m_values);
        m_values.clear();
        m_rows = 0;
        return done ? Status(Ok{}) : Status(done.error());
    }

private:
    S::ServerDatabase &m_db;
    QString m_head;
    int m_columnCount;
    QVariantList m_values;
    int m_rows = 0;
};

/*! Random times and choices with a fixed seed, so every run stores the same desk. */
class Generator final
{
public:
    qint64 between(qint64 from, qint64 to) { return std::uniform_int_distribution<qint64>(from, to - 1)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[static_cast<size_t>(between(0, static_cast<qint64>(items.size())))];
    }

private:
    std::mt19937_64 m_rng{20261123};
};

Status seedPeople(S::ServerDatabase &db, Desk &desk, Generator &random, qint64 now)
{
    BulkInsert queues(db, QStringLiteral("INSERT INTO queues (id, name, sla)"), 3);
    for (int q = 0; q < Queues; ++q) {
        desk.queues.append(QUuid::createUuid());
        desk.members.emplace_back();
        if (Status status =
                queues.add({idText(desk.queues.back()), QStringLiteral("Queue %1").arg(q, 2, 10, QLatin1Char('0')),
                            QStringLiteral("{}")});
            !status) {
            return status;
        }
    }
    if (Status status = queues.flush(); !status) {
        return status;
    }
    BulkInsert users(db, QStringLiteral("INSERT INTO users (id, username, name, role, presence, presence_since)"), 6);
    BulkInsert members(db, QStringLiteral("INSERT INTO queue_members (queue_id, user_id)"), 2);
    const QStringList presences{QStringLiteral("online"), QStringLiteral("away"), QStringLiteral("busy"),
                                QStringLiteral("offline")};
    for (int a = 0; a < Agents; ++a) {
        const QUuid id = QUuid::createUuid();
        // Each agent works one queue, a third of them a second one too.
        std::vector<int> queuesOfAgent{a % Queues};
        if (a % 3 == 0) {
            queuesOfAgent.push_back((a + 7) % Queues);
        }
        const Status status =
            users.add({idText(id), QStringLiteral("agent%1").arg(a), QStringLiteral("Agent %1").arg(a),
                       QStringLiteral("agent"), presences[a % presences.size()], now - random.between(0, 8 * Hour)});
        for (const int q : queuesOfAgent) {
            desk.members[static_cast<size_t>(q)].push_back(id);
        }
        if (!status) {
            return status;
        }
    }
    if (Status status = users.flush(); !status) {
        return status;
    }
    for (qsizetype q = 0; q < desk.queues.size(); ++q) {
        for (const QUuid &member : desk.members[static_cast<size_t>(q)]) {
            if (Status status = members.add({idText(desk.queues[q]), idText(member)}); !status) {
                return status;
            }
        }
    }
    if (Status status = members.flush(); !status) {
        return status;
    }
    BulkInsert customers(db, QStringLiteral("INSERT INTO customers (id, name, language, tier)"), 4);
    for (int c = 0; c < Customers; ++c) {
        desk.customers.push_back(QUuid::createUuid());
        if (Status status = customers.add({idText(desk.customers.back()), QStringLiteral("Customer %1").arg(c),
                                           QStringLiteral("en"), QStringLiteral("standard")});
            !status) {
            return status;
        }
    }
    return customers.flush();
}

struct TicketPlan
{
    qint64 created = 0;
    QString status;
    bool assigned = true;
    std::optional<qint64> responded;
    std::optional<qint64> solved;
};

class TicketWriter final
{
public:
    TicketWriter(S::ServerDatabase &db, const Desk &desk, Generator &random)
        : m_tickets(
              db,
              QStringLiteral("INSERT INTO tickets (id, subject, customer_id, queue_id, channel, status, priority, "
                             "assignee_id, created_at, updated_at, first_response_due, resolution_due, "
                             "first_responded_at, solved_at)"),
              14)
        , m_ratings(
              db,
              QStringLiteral("INSERT INTO csat_ratings (ticket_id, customer_id, agent_id, queue_id, score, rated_at)"),
              6)
        , m_desk(desk)
        , m_random(random)
    {}

    /*! Stores one ticket; a solved one is rated with \a ratingChance, \a ratedBy ms at most after its solve. */
    Status write(const TicketPlan &plan, double ratingChance = 0, qint64 ratedBy = 0)
    {
        const int q = static_cast<int>(m_random.between(0, Queues));
        const QUuid id = QUuid::createUuid();
        const QUuid customer = m_random.pick(m_desk.customers);
        const QUuid assignee = plan.assigned ? m_random.pick(m_desk.members[static_cast<size_t>(q)]) : QUuid();
        const bool urgent = m_random.chance(0.1);
        const qint64 firstResponseDue = plan.created + (urgent ? 15 : 60) * Minute;
        const qint64 resolutionDue = plan.created + (urgent ? 2 : 8) * Hour;
        const auto time = [](const std::optional<qint64> &t) {
            return t ? QVariant(*t) : nullTime();
        };
        Status status = m_tickets.add({idText(id), QStringLiteral("Ticket"), idText(customer), idText(m_desk.queues[q]),
                                       QStringLiteral("email"), plan.status,
                                       urgent ? QStringLiteral("urgent") : QStringLiteral("normal"),
                                       assignee.isNull() ? QVariant(QMetaType::fromType<QString>()) : idText(assignee),
                                       plan.created, plan.solved.value_or(plan.created), firstResponseDue,
                                       resolutionDue, time(plan.responded), time(plan.solved)});
        if (plan.solved && m_random.chance(ratingChance)) {
            m_ratingRows.append({idText(id), idText(customer),
                                 assignee.isNull() ? QVariant(QMetaType::fromType<QString>()) : idText(assignee),
                                 idText(m_desk.queues[q]), static_cast<int>(m_random.between(1, 6)),
                                 *plan.solved + m_random.between(0, std::max<qint64>(1, ratedBy))});
        }
        return status;
    }

    /*! Writes what is left, then the ratings, whose tickets must exist by then. */
    Status flush()
    {
        Status status = m_tickets.flush();
        for (const QVariantList &rating : std::as_const(m_ratingRows)) {
            status = status ? m_ratings.add(rating) : status;
        }
        return status ? m_ratings.flush() : status;
    }

private:
    BulkInsert m_tickets;
    BulkInsert m_ratings;
    QList<QVariantList> m_ratingRows;
    const Desk &m_desk;
    Generator &m_random;
};

Status seedTickets(S::ServerDatabase &db, const Options &options, const Desk &desk, Generator &random,
                   const S::DayWindow &day, qint64 now)
{
    TicketWriter writer(db, desk, random);
    const std::vector<QString> openStatuses{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("open"),
                                            QStringLiteral("pending"), QStringLiteral("on_hold")};
    for (int i = 0; i < options.open; ++i) {
        TicketPlan plan;
        // 15% arrived today, the rest over the last two weeks: a backlog.
        plan.created = random.chance(0.15) ? random.between(day.startMs, now) : random.between(now - 14 * Day, now);
        plan.status = random.pick(openStatuses);
        plan.assigned = plan.status != u"new" && random.chance(0.85);
        if (plan.status != u"new") {
            plan.responded = std::min(now, plan.created + random.between(Minute, 90 * Minute));
        }
        if (Status status = writer.write(plan); !status) {
            return status;
        }
    }
    for (int i = 0; i < options.solvedToday; ++i) {
        TicketPlan plan;
        plan.solved = random.between(day.startMs, now);
        plan.created = *plan.solved - random.between(10 * Minute, 2 * Day);
        plan.status = random.chance(0.7) ? QStringLiteral("solved") : QStringLiteral("closed");
        plan.responded = std::min(*plan.solved, plan.created + random.between(Minute, 90 * Minute));
        if (Status status = writer.write(plan, 0.3, now - *plan.solved); !status) {
            return status;
        }
    }
    for (int i = 0; i < options.history; ++i) {
        TicketPlan plan;
        plan.solved = random.between(day.startMs - 90 * Day, day.startMs - Hour);
        plan.created = *plan.solved - random.between(10 * Minute, 3 * Day);
        plan.status = QStringLiteral("closed");
        plan.responded = std::min(*plan.solved, plan.created + random.between(Minute, 90 * Minute));
        if (Status status = writer.write(plan, 0.2, Hour); !status) {
            return status;
        }
    }
    return writer.flush();
}

struct Spread
{
    double p50Ms = 0;
    double p95Ms = 0;
    double maxMs = 0;
};

Spread spreadOf(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double fraction) {
        const auto rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(samples.size())));
        return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
    };
    return {at(0.50), at(0.95), samples.back()};
}

/*! Refreshes \a queues' metrics \a refreshes times; prints the spread and what the last one found. */
bool timeRefreshes(S::ServerDatabase &db, const char *who, const QList<QUuid> &queues, const S::DayWindow &day,
                   qint64 now, int refreshes)
{
    S::TeamMetrics metrics(db, [now] { return QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()); });
    std::vector<double> samples;
    double firstMs = 0;
    S::TeamSnapshot snapshot;
    for (int i = 0; i < refreshes; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto computed = metrics.compute(queues, day);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!computed) {
            std::fprintf(stderr, "computing the metrics failed: %s\n", qPrintable(computed.error().message));
            return false;
        }
        if (i == 0) {
            firstMs = ms;  // prepares the statements (PostgreSQL) and warms the caches
        } else {
            samples.push_back(ms);
        }
        snapshot = std::move(computed).value();
    }
    int open = 0;
    int waiting = 0;
    int solved = 0;
    int breached = 0;
    int ratings = 0;
    for (const S::QueueMetrics &queue : snapshot.queues) {
        open += queue.open;
        waiting += queue.waiting;
        solved += queue.solvedToday;
        breached += queue.firstResponseBreached + queue.resolutionBreached;
        ratings += queue.csatCount;
    }
    std::printf("%s: %lld queues, %lld agents; %d open, %d waiting, %d breached now, %d solved today, "
                "%d ratings today\n",
                who, static_cast<long long>(snapshot.queues.size()), static_cast<long long>(snapshot.agents.size()),
                open, waiting, breached, solved, ratings);
    if (!samples.empty()) {
        const Spread spread = spreadOf(samples);
        std::printf("  first refresh %.1f ms; then %zu refreshes: p50 %.1f ms  p95 %.1f ms  max %.1f ms   "
                    "[budget 200 ms]\n",
                    firstMs, samples.size(), spread.p50Ms, spread.p95Ms, spread.maxMs);
    } else {
        std::printf("  one refresh %.1f ms   [budget 200 ms]\n", firstMs);
    }
    return true;
}

/*!
    PostgreSQL: VACUUM ANALYZE until the tickets' pages are all visible, which index-only scans need.
    An autovacuum that started on the fresh rows holds back the first VACUUM's horizon.
*/
bool vacuum(S::ServerDatabase &db)
{
    for (int attempt = 1; attempt <= 10; ++attempt) {
        if (auto vacuumed = db.exec(QStringLiteral("VACUUM ANALYZE")); !vacuumed) {
            std::fprintf(stderr, "VACUUM ANALYZE failed: %s\n", qPrintable(vacuumed.error().message));
            return false;
        }
        auto visible =
            db.exec(QStringLiteral("SELECT relallvisible >= relpages FROM pg_class WHERE relname = 'tickets'"));
        if (visible && visible->next() && visible->value(0).toBool()) {
            return true;
        }
        QThread::sleep(1);
    }
    std::printf("(the tickets' pages are not all visible: index-only scans visit the table too)\n");
    return true;
}

// --- dashboard update latency ---------------------------------------------------------------------

const QString LivePassword = QStringLiteral("bench-password");

/*! The people and the queue the live part needs, saved as the server saves them (with the change feed). */
struct LiveDesk
{
    Agent lead;
    Agent agent;
    Queue queue;
    Customer customer;
};

Status seedLive(S::ServerDatabase &db, const Desk &desk, LiveDesk &live)
{
    const S::PasswordHasher hasher(S::PasswordHasher::Cost::minimumForTests());
    return db.transaction([&]() -> Status {
        if (Status turn = db.serializeChangeFeed(); !turn) {
            return turn;
        }
        S::EntityStore store(db);
        live.queue.id = QUuid::createUuid();
        live.queue.name = QStringLiteral("Live");
        live.queue.sla.target(Priority::Normal) = {60, 480};
        if (auto saved = store.save(live.queue); !saved) {
            return saved.error();
        }
        live.customer.id = QUuid::createUuid();
        live.customer.name = QStringLiteral("Live customer");
        live.customer.language = QStringLiteral("en");
        if (auto saved = store.save(live.customer); !saved) {
            return saved.error();
        }
        live.lead.id = QUuid::createUuid();
        live.lead.username = QStringLiteral("live.lead");
        live.lead.name = QStringLiteral("Live Lead");
        live.lead.role = AgentRole::Lead;
        live.lead.queueIds = desk.queues;
        live.lead.queueIds.append(live.queue.id);
        live.agent.id = QUuid::createUuid();
        live.agent.username = QStringLiteral("live.agent");
        live.agent.name = QStringLiteral("Live Agent");
        live.agent.role = AgentRole::Agent;
        live.agent.queueIds = {live.queue.id};
        for (Agent *person : {&live.lead, &live.agent}) {
            auto saved = store.save(*person);
            if (!saved) {
                return saved.error();
            }
            auto hash = hasher.hash(LivePassword);
            if (!hash) {
                return hash.error();
            }
            if (Status stored = store.setPasswordHash(person->id, *hash); !stored) {
                return stored;
            }
        }
        return Ok{};
    });
}

/*! A protocol client on the main thread; every frame is kept with the moment it arrived. */
class BenchClient final
{
public:
    struct Received
    {
        P::Frame frame;
        qint64 atNs = 0;
    };

    explicit BenchClient(QElapsedTimer &clock)
        : m_clock(clock)
    {
        m_socket.setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());
        m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
            const qint64 at = m_clock.nsecsElapsed();
            if (auto frame = P::Frame::parse(text, P::FrameLimits{64 * 1024 * 1024, 64, 10'000'000})) {
                m_inbox.push_back({*frame, at});
            }
        });
    }

    bool open(const QUrl &url)
    {
        QEventLoop loop;
        QObject::connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        m_socket.open(url);
        loop.exec();
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }

    void send(const P::Frame &frame) { m_socket.sendTextMessage(QString::fromUtf8(frame.toJson())); }

    /*! The next frame of \a type (frames before it are dropped), or nothing after \a timeoutMs. */
    std::optional<Received> next(QStringView type, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            while (!m_inbox.empty()) {
                Received received = std::move(m_inbox.front());
                m_inbox.erase(m_inbox.begin());
                if (received.frame.type == type) {
                    return received;
                }
            }
            if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState) {
                return std::nullopt;
            }
            QEventLoop loop;
            QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
            QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
            loop.exec();
        }
    }

    bool signIn(const QString &username)
    {
        P::Hello hello;
        hello.clientName = QStringLiteral("bench");
        hello.clientVersion = QStringLiteral("1");
        hello.username = username;
        hello.password = LivePassword;
        send(hello.toFrame(QStringLiteral("hello")));
        return next(P::Welcome::Type, 30000) && next(P::Synced::Type, 60000);
    }

private:
    QElapsedTimer &m_clock;
    QWebSocket m_socket;
    std::vector<Received> m_inbox;
};

/*! Pumps events for \a ms. */
void pumpFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool measureDashboardLatency(const S::ServerDatabase::Location &location, const LiveDesk &live, int changes)
{
    S::FrontlineServer::Tuning tuning;
    tuning.passwordCost = S::PasswordHasher::Cost::minimumForTests();
    const int interval = tuning.dashboardIntervalMs;
    Frontline::Bench::ServerThread server;
    if (Status started = server.start(S::ServerConfig{}, location, tuning); !started) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(started.error().message));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    BenchClient lead(clock);
    BenchClient agent(clock);
    if (!lead.open(server.url()) || !agent.open(server.url()) || !lead.signIn(live.lead.username) ||
        !agent.signIn(live.agent.username)) {
        std::fprintf(stderr, "the lead or the agent could not sign in\n");
        return false;
    }
    const qint64 subscribedNs = clock.nsecsElapsed();
    lead.send(P::DashboardSubscribe{{}, QStringLiteral("Asia/Shanghai")}.toFrame(QStringLiteral("d1")));
    auto first = lead.next(P::DashboardMetrics::Type, 30000);
    if (!first) {
        std::fprintf(stderr, "no first snapshot\n");
        return false;
    }
    const auto firstMetrics = P::DashboardMetrics::fromFrame(first->frame);
    std::printf("dashboard: lead of %lld queues (%lld agents listed), first snapshot %.1f ms after subscribing, "
                "%lld bytes\n",
                static_cast<long long>(firstMetrics ? firstMetrics->snapshot.queues.size() : 0),
                static_cast<long long>(firstMetrics ? firstMetrics->snapshot.agents.size() : 0),
                static_cast<double>(first->atNs - subscribedNs) / 1e6,
                static_cast<long long>(first->frame.toJson().size()));
    qint64 lastSnapshotNs = first->atNs;
    std::vector<double> latencies;
    std::vector<double> acks;
    int extra = 0;  // snapshots that arrived without counting the change yet
    for (int i = 0; i < changes; ++i) {
        // Beyond the coalescing interval since the last push, so this change is pushed without waiting for it.
        const qint64 quietMs = (clock.nsecsElapsed() - lastSnapshotNs) / 1'000'000;
        if (quietMs < interval + interval / 2) {
            pumpFor(static_cast<int>(interval + interval / 2 - quietMs));
        }
        P::CreateTicket ticket{QUuid::createUuid(), live.customer.id,
                               live.queue.id,       QStringLiteral("Call %1").arg(i),
                               Channel::Phone,      Priority::Normal,
                               QUuid::createUuid(), QStringLiteral("The customer called about an invoice.")};
        const qint64 sentNs = clock.nsecsElapsed();
        agent.send(P::Mutate{QUuid::createUuid(), std::nullopt, ticket}.toFrame(QStringLiteral("m%1").arg(i)));
        const auto ackFrame = agent.next(P::Ack::Type, 30000);
        const auto ack = ackFrame ? P::Ack::fromFrame(ackFrame->frame) : P::ProtocolResult<P::Ack>(P::ProtocolError{});
        if (!ack || !ack->seq) {
            std::fprintf(stderr, "change %d was not applied\n", i);
            return false;
        }
        acks.push_back(static_cast<double>(ackFrame->atNs - sentNs) / 1e6);
        for (;;) {
            const auto pushed = lead.next(P::DashboardMetrics::Type, 30000);
            if (!pushed) {
                std::fprintf(stderr, "no snapshot counted change %d\n", i);
                return false;
            }
            lastSnapshotNs = pushed->atNs;
            const auto metrics = P::DashboardMetrics::fromFrame(pushed->frame);
            if (metrics && metrics->cursor >= *ack->seq) {
                latencies.push_back(static_cast<double>(pushed->atNs - sentNs) / 1e6);
                break;
            }
            ++extra;
        }
    }
    if (!latencies.empty()) {
        const Spread latency = spreadOf(latencies);
        const Spread ack = spreadOf(acks);
        std::printf("  update latency over %zu changes (mutation sent -> the lead's snapshot counting it arrived): "
                    "p50 %.1f ms  p95 %.1f ms  max %.1f ms\n",
                    latencies.size(), latency.p50Ms, latency.p95Ms, latency.maxMs);
        std::printf("  of which the ack: p50 %.1f ms  p95 %.1f ms  max %.1f ms; snapshots not yet counting it: %d\n",
                    ack.p50Ms, ack.p95Ms, ack.maxMs, extra);
    }
    return true;
}

}  // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("sqlite or postgres."),
                                            QStringLiteral("kind"), QStringLiteral("sqlite"));
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("Open tickets."), QStringLiteral("n"),
                                        QStringLiteral("100000"));
    const QCommandLineOption solvedOption(QStringLiteral("solved-today"), QStringLiteral("Tickets solved today."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           QStringLiteral("Tickets solved in the 90 days before today."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption refreshesOption(QStringLiteral("refreshes"), QStringLiteral("Refreshes per lead."),
                                             QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption keepOption(QStringLiteral("sqlite-file"),
                                        QStringLiteral("Diagnostic: store the SQLite database here and keep it, to "
                                                       "look at query plans afterwards."),
                                        QStringLiteral("path"));
    const QCommandLineOption latencyOption(
        QStringLiteral("dashboard-latency"),
        QStringLiteral("Also time N dashboard updates through a live server (0: skip)."), QStringLiteral("n"),
        QStringLiteral("0"));
    parser.addOptions(
        {databaseOption, openOption, solvedOption, historyOption, refreshesOption, keepOption, latencyOption});
    parser.process(app);

    Options options;
    const QString database = parser.value(databaseOption);
    if (database != u"sqlite" && database != u"postgres") {
        std::fprintf(stderr, "--database must be sqlite or postgres\n");
        return 2;
    }
    options.postgres = database == u"postgres";
    options.open = std::max(0, parser.value(openOption).toInt());
    options.solvedToday = std::max(0, parser.value(solvedOption).toInt());
    options.history = std::max(0, parser.value(historyOption).toInt());
    options.refreshes = std::clamp(parser.value(refreshesOption).toInt(), 1, 1000);
    options.latencyChanges = std::clamp(parser.value(latencyOption).toInt(), 0, 1000);

    std::printf("Frontline team metrics benchmark: %d open tickets, %d solved today, %d solved before, %d queues, "
                "%d agents, %s\n",
                options.open, options.solvedToday, options.history, Queues, Agents, qPrintable(database));

    QTemporaryDir dir;
    Frontline::Tests::PostgresCluster cluster;
    S::ServerDatabase::Location location;
    if (options.postgres) {
        try {
            cluster.start();
            location = S::ServerDatabase::Location::postgres(QUrl(cluster.createDatabase()));
        } catch (const std::exception &error) {
            std::fprintf(stderr, "cannot start PostgreSQL: %s\n", error.what());
            return 1;
        }
    } else {
        const QString kept = parser.value(keepOption);
        location =
            S::ServerDatabase::Location::sqlite(kept.isEmpty() ? dir.filePath(QStringLiteral("server.sqlite")) : kept);
    }
    auto opened = S::ServerDatabase::open(location);
    if (!opened) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    S::ServerDatabase &db = **opened;
    if (Status migrated = db.migrate(); !migrated) {
        std::fprintf(stderr, "cannot create the schema: %s\n", qPrintable(migrated.error().message));
        return 1;
    }

    // A fixed afternoon, so every run sees the same share of the day behind it; the live server's
    // dashboard counts the real today, so with it the desk is seeded around the real clock.
    const QTimeZone zone("Asia/Shanghai");
    const qint64 now = options.latencyChanges > 0
                           ? QDateTime::currentMSecsSinceEpoch()
                           : QDateTime(QDate(2026, 11, 23), QTime(15, 0), zone).toMSecsSinceEpoch();
    const S::DayWindow day = S::DayWindow::containing(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()), zone);
    Generator random;
    Desk desk;
    QElapsedTimer loading;
    loading.start();
    const Status seeded = db.transaction([&]() -> Status {
        Status status = seedPeople(db, desk, random, now);
        return status ? seedTickets(db, options, desk, random, day, now) : status;
    });
    if (!seeded) {
        std::fprintf(stderr, "cannot store the desk: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    if (options.postgres && !vacuum(db)) {
        return 1;
    }
    std::printf("database: %s; loaded in %.1f s%s\n",
                options.postgres
                    ? "PostgreSQL on 127.0.0.1 (the tests' cluster)"
                    : qPrintable(QStringLiteral("SQLite file, %1 MiB with its WAL")
                                     .arg((QFileInfo(location.sqliteFile).size() +
                                           QFileInfo(location.sqliteFile + QStringLiteral("-wal")).size()) /
                                          1048576)),
                static_cast<double>(loading.elapsed()) / 1000, options.postgres ? ", then VACUUM ANALYZE" : "");

    bool ok = timeRefreshes(db, "lead of all 20 queues", desk.queues, day, now, options.refreshes) &&
              timeRefreshes(db, "lead of 3 queues", desk.queues.mid(0, 3), day, now, options.refreshes);
    if (ok && options.latencyChanges > 0) {
        LiveDesk live;
        if (Status seededLive = seedLive(db, desk, live); !seededLive) {
            std::fprintf(stderr, "cannot store the live desk: %s\n", qPrintable(seededLive.error().message));
            return 1;
        }
        ok = measureDashboardLatency(location, live, options.latencyChanges);
    }
    return ok ? 0 : 1;
}
