// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The client's sync engine against a real frontline-server, both in this process, over loopback.
// A server SQLite database is seeded with demo data (the demo-data admin command's code path, plus
// articles through EntityStore up to the asked number); a FrontlineServer runs on its own thread, and a
// SyncClient with a fresh cache on the main thread (its store writes on the store's own thread).
//
//   1. initial sync: signIn() until caughtUp() and SyncClient::isIdle(), with a progress line a second;
//   2. the floor: the same rows bulk-inserted straight into a fresh local store (one write job of
//      EntityWriter upserts, one transaction), and the ratio sync/floor;
//   3. offline replay: mutations submitted while working offline, then the time from going online
//      until every one is acknowledged and settled; the server's applied_mutations are counted.
//
// Prints figures; asserts nothing.
//
//   build/bench/bench/bench_sync [--tickets 100000] [--messages-per-ticket 4] [--articles 5000]
//                                [--mutations 10000] [--keep DIR] [--user admin] [--frame-limit 5000]
//                                [--seconds 120] [--phases 1,2,3]
//
// --keep DIR seeds the server database into DIR once and reuses it on later runs with the same sizes
// (each run works on a copy, so the replayed mutations never accumulate in the kept database).
// --user lead signs in as the lead of every queue instead of the administrator; --frame-limit 200 runs
// the server with its production per-connection limit; --phases 1 runs the initial sync alone (for perf).
// Each phase gives up after --seconds. See docs/PERFORMANCE.md.

#include <models/article.h>
#include <models/demodata.h>
#include <models/demoseeder.h>
#include <models/localstore.h>
#include <protocol/messages.h>
#include <protocol/mutations.h>
#include <server/admincommands.h>
#include <server/changefeed.h>
#include <server/entitystore.h>
#include <server/frontlineserver.h>
#include <server/passwordhasher.h>
#include <server/serverdatabase.h>
#include <sync/engine/syncclient.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <support/serverthread.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace Frontline::Models;
namespace P = Frontline::Protocol;
namespace S = Frontline::Server;
namespace C = Frontline::Sync;

namespace {

constexpr qint64 SyncBudgetMs = 15'000;
constexpr qint64 ReplayBudgetMs = 10'000;
const QString Password = QStringLiteral("bench-password");
const QString SeedMarkerFile = QStringLiteral("bench-seed.json");

struct Options
{
    int tickets = 100'000;
    int messagesPerTicket = 4;
    int articles = 5'000;
    int mutations = 10'000;
    QString keepDir;
    QString user = QStringLiteral("admin");
    int frameLimit = 5'000;
    int jobRows = 0;  // 0: the client's default
    int seconds = 120;
    QString phases = QStringLiteral("1,2,3");

    bool runs(int phase) const { return phases.split(u',').contains(QString::number(phase)); }

    DemoDataOptions demo() const
    {
        DemoDataOptions demo;
        demo.tickets = tickets;
        demo.messagesPerTicket = messagesPerTicket;
        demo.now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);  // fixed: the same data every run
        return demo;
    }
};

// --- clocks, memory, threads ------------------------------------------------------------------------

QElapsedTimer s_clock;

qint64 nowMs()
{
    return s_clock.elapsed();
}

double seconds(qint64 ms)
{
    return static_cast<double>(ms) / 1000.0;
}

double processCpuSeconds()
{
    timespec spec{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec);
    return static_cast<double>(spec.tv_sec) + static_cast<double>(spec.tv_nsec) / 1e9;
}

// A "VmHWM:     123456 kB" line of /proc/self/status, in MiB.
double statusMiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            return static_cast<double>(line.mid(key.size()).trimmed().split(' ').value(0).toLongLong()) / 1024.0;
        }
    }
    return 0;
}

// Bytes this process wrote (write_bytes of /proc/self/io: what reached the page cache for the disk), in MiB.
double writtenMiB()
{
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("write_bytes:")) {
            return static_cast<double>(line.mid(12).trimmed().toLongLong()) / (1024.0 * 1024.0);
        }
    }
    return 0;
}

// CPU seconds per thread name (Qt names its threads after their objectName), from /proc/self/task.
using ThreadCpu = QMap<QString, double>;

ThreadCpu threadCpu()
{
    ThreadCpu cpu;
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            continue;
        }
        QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        if (task.toLongLong() == getpid()) {
            name = QStringLiteral("main (bench, SyncClient)");
        }
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13) {
            continue;
        }
        cpu[name] += static_cast<double>(fields[11].toLongLong() + fields[12].toLongLong()) / tick;
    }
    return cpu;
}

void printThreadCpu(const ThreadCpu &before, const ThreadCpu &after, qint64 wallMs)
{
    std::vector<std::pair<double, QString>> spent;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double delta = it.value() - before.value(it.key());
        if (delta >= 0.05) {
            spent.emplace_back(delta, it.key());
        }
    }
    std::sort(spent.begin(), spent.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[cpu, name] : spent) {
        parts.append(QStringLiteral("%1 %2 s (%3%)")
                         .arg(name)
                         .arg(cpu, 0, 'f', 1)
                         .arg(wallMs > 0 ? 100.0 * cpu / seconds(wallMs) : 0.0, 0, 'f', 0));
    }
    std::printf("  CPU by thread: %s\n", qPrintable(parts.join(QStringLiteral(", "))));
}

QString withSeparators(qint64 value)
{
    QString text = QString::number(value);
    for (qsizetype at = text.size() - 3; at > (value < 0 ? 1 : 0); at -= 3) {
        text.insert(at, u',');
    }
    return text;
}

QString verdict(qint64 ms, qint64 budgetMs)
{
    return QStringLiteral("budget <= %1 s: %2")
        .arg(budgetMs / 1000)
        .arg(ms <= budgetMs ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

double fileMiB(const QString &path)
{
    return static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

/*! "252.2 MiB (+ WAL 80.4 MiB)": the database file, and its write-ahead log (what is not checkpointed yet). */
QString filesText(const QString &path)
{
    const double wal = fileMiB(path + QStringLiteral("-wal"));
    return QStringLiteral("%1 MiB%2")
        .arg(fileMiB(path), 0, 'f', 1)
        .arg(wal > 0 ? QStringLiteral(" (+ WAL %1 MiB)").arg(wal, 0, 'f', 1) : QString());
}

bool raiseOpenFileLimit()
{
    const auto limit = Frontline::Bench::raiseOpenFileLimit();
    if (!limit) {
        return false;
    }
    std::printf("open-file limit: soft %llu (was %llu); this program needs a few dozen\n",
                static_cast<unsigned long long>(limit->now), static_cast<unsigned long long>(limit->before));
    return true;
}

/*! Pumps events until \a done, calling \a everySecond once a second; false if \a timeoutMs passed first. */
bool runUntil(const std::function<bool()> &done, qint64 timeoutMs, const std::function<void(qint64)> &everySecond)
{
    const qint64 started = nowMs();
    qint64 nextReport = started + 1000;
    QEventLoop loop;
    QTimer poll;
    bool finished = done();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const qint64 now = nowMs();
        if (done()) {
            finished = true;
            loop.quit();
            return;
        }
        if (now >= nextReport) {
            nextReport += 1000;
            if (everySecond) {
                everySecond(now - started);
            }
        }
        if (now - started > timeoutMs) {
            loop.quit();
        }
    });
    if (!finished) {
        poll.start(2);
        loop.exec();
    }
    return finished;
}

// --- seeding the server's database --------------------------------------------------------------------

/*! Articles beyond the generator's own: copies of its articles with their own ids, titles and dates. */
QList<Article> extraArticles(const QList<Article> &generated, int wanted)
{
    QList<Article> extra;
    if (generated.isEmpty()) {
        return extra;
    }
    const QUuid ns = QUuid::fromString(u"{6f1c8a52-3a8e-4c52-9d0e-6b1d5f0b8a11}");
    for (qsizetype i = generated.size(); i < wanted; ++i) {
        Article article = generated.at(i % generated.size());
        article.id = QUuid::createUuidV5(ns, QStringLiteral("bench-article-%1").arg(i));
        article.title = QStringLiteral("%1 (%2)").arg(article.title).arg(i / generated.size());
        article.updatedAt = article.updatedAt.addSecs(-60 * i);
        article.rev = 0;
        extra.append(std::move(article));
    }
    return extra;
}

QJsonObject seedMarker(const Options &options)
{
    const DemoDataOptions demo = options.demo();
    return {{QStringLiteral("seed"), QString::number(demo.seed)},
            {QStringLiteral("tickets"), options.tickets},
            {QStringLiteral("messagesPerTicket"), options.messagesPerTicket},
            {QStringLiteral("articles"), options.articles},
            {QStringLiteral("now"), demo.now.toString(Qt::ISODate)}};
}

struct SeedReport
{
    bool reused = false;
    qint64 seedMs = 0;
    qint64 copyMs = 0;
    qint64 feedRows = 0;
    QMap<QString, qint64> feedByKind;
};

Status seedDatabase(const QString &file, const Options &options)
{
    auto opened = S::ServerDatabase::open(S::ServerDatabase::Location::sqlite(file));
    if (!opened) {
        return opened.error();
    }
    S::ServerDatabase &db = **opened;
    S::AdminCommands admin(db, S::PasswordHasher::Cost::minimumForTests());
    if (auto init = admin.init(); !init) {
        return init.error();
    }
    qint64 lastReport = 0;
    const qint64 started = nowMs();
    auto report =
        admin.loadDemoData(options.demo(), Password, [&](const QString &kind, qsizetype done, qsizetype total) {
            if (nowMs() - lastReport >= 1000 || done == total) {
                lastReport = nowMs();
                std::printf("  %6.1f s  seeding %-14s %9s / %s\n", seconds(nowMs() - started), qPrintable(kind),
                            qPrintable(withSeparators(done)), qPrintable(withSeparators(total)));
            }
        });
    if (!report) {
        return report.error();
    }
    std::printf("  demo-data: %d queues, %d users, %s customers, %s tickets, %s messages, %d CSAT ratings, %d "
                "articles, %d canned replies (generate %lld ms, hash %lld ms, store %lld ms)\n",
                report->queues, report->users, qPrintable(withSeparators(report->customers)),
                qPrintable(withSeparators(report->tickets)), qPrintable(withSeparators(report->messages)),
                report->csatRatings, report->articles, report->cannedReplies,
                static_cast<long long>(report->generateMs), static_cast<long long>(report->hashMs),
                static_cast<long long>(report->storeMs));

    // The generator writes a few dozen articles; the rest are added in one transaction, as an import would.
    const QList<Article> generated = DemoDataGenerator(options.demo()).generate().articles;
    const QList<Article> extra = extraArticles(generated, options.articles);
    if (!extra.isEmpty()) {
        const qint64 articlesStarted = nowMs();
        const Status added = db.transaction([&]() -> Status {
            if (Status turn = db.serializeChangeFeed(); !turn) {
                return turn;
            }
            S::EntityStore store(db);
            for (const Article &article : extra) {
                if (auto saved = store.save(article); !saved) {
                    return saved.error();
                }
            }
            return Ok{};
        });
        if (!added) {
            return added;
        }
        std::printf("  added %s articles through EntityStore in one transaction (%lld ms)\n",
                    qPrintable(withSeparators(extra.size())), static_cast<long long>(nowMs() - articlesStarted));
    } else if (options.articles > generated.size()) {
        std::printf("  the generator made no articles to copy\n");
    }
    return Ok{};
}

/*! The server database for this run: seeded now, or copied from a --keep directory seeded earlier. */
Status prepareServerDatabase(const Options &options, const QString &runFile, SeedReport &report)
{
    const qint64 started = nowMs();
    if (options.keepDir.isEmpty()) {
        Status seeded = seedDatabase(runFile, options);
        report.seedMs = nowMs() - started;
        return seeded;
    }
    QDir keep(options.keepDir);
    if (!keep.mkpath(QStringLiteral("."))) {
        return Error{Error::Code::Io, QStringLiteral("cannot create %1").arg(options.keepDir), {}};
    }
    const QString kept = keep.filePath(S::SqliteFileName.toString());
    const QString markerPath = keep.filePath(SeedMarkerFile);
    QFile marker(markerPath);
    const bool matches = QFileInfo::exists(kept) && marker.open(QIODevice::ReadOnly) &&
                         QJsonDocument::fromJson(marker.readAll()).object() == seedMarker(options);
    marker.close();
    if (!matches) {
        // Only the files this program wrote there are replaced.
        for (const QString &name : {kept, kept + QStringLiteral("-wal"), kept + QStringLiteral("-shm"), markerPath}) {
            QFile::remove(name);
        }
        std::printf("  seeding the kept database %s\n", qPrintable(kept));
        if (Status seeded = seedDatabase(kept, options); !seeded) {
            return seeded;
        }
        QFile out(markerPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(seedMarker(options)).toJson()) < 0) {
            return Error{Error::Code::Io, QStringLiteral("cannot write %1").arg(markerPath), {}};
        }
        report.seedMs = nowMs() - started;
    } else {
        report.reused = true;
    }
    // The seeding connection is closed, so the WAL was checkpointed into the file: the file is the database.
    const qint64 copyStarted = nowMs();
    if (!QFile::copy(kept, runFile)) {
        return Error{Error::Code::Io, QStringLiteral("cannot copy %1 to %2").arg(kept, runFile), {}};
    }
    report.copyMs = nowMs() - copyStarted;
    return Ok{};
}

// --- the server, on its own thread (bench/support/serverthread.h) --------------------------------------

using ServerHost = Frontline::Bench::ServerThread;

// --- phase 1: initial sync --------------------------------------------------------------------------

struct Client
{
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<C::SyncClient> client;
    QString problem;  // a storage failure, if any
};

QMap<QString, qint64> cacheCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    for (const char *table :
         {"tickets", "messages", "customers", "articles", "agents", "queues", "canned_replies", "csat_ratings"}) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table)) && query.next()) {
            counts[QString::fromLatin1(table)] = query.value(0).toLongLong();
        }
    }
    return counts;
}

QString countsText(const QMap<QString, qint64> &counts, qint64 *total = nullptr)
{
    QStringList parts;
    qint64 sum = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts.append(QStringLiteral("%1 %2").arg(withSeparators(it.value()), it.key()));
        sum += it.value();
    }
    if (total) {
        *total = sum;
    }
    return parts.join(QStringLiteral(", "));
}

struct SyncFigures
{
    bool finished = false;
    qint64 caughtUpMs = -1;
    qint64 idleMs = -1;
    qint64 rows = 0;  // rows in the cache afterwards
    qint64 progressRows = 0;
    qint64 appliedChanges = 0;  // changes in the committed pages (changesApplied())
    int pages = 0;
};

SyncFigures initialSync(Client &client, const Options &options, const QString &username)
{
    SyncFigures figures;
    C::SyncClient &sync = *client.client;
    qint64 caughtUpAt = -1;
    QObject::connect(&sync, &C::SyncClient::caughtUp, &sync, [&caughtUpAt](qint64) {
        if (caughtUpAt < 0) {
            caughtUpAt = nowMs();
        }
    });
    QObject::connect(&sync, &C::SyncClient::storageFailed, &sync,
                     [&client](const QString &message) { client.problem = message; });
    // Every committed page, also those committed after the synced frame (progress() stops counting there).
    int appliedPages = 0;
    qint64 appliedChanges = 0;
    const auto appliedConnection =
        QObject::connect(&sync, &C::SyncClient::changesApplied, &sync, [&](qint64, int count) {
            ++appliedPages;
            appliedChanges += count;
        });

    const ThreadCpu cpuBefore = threadCpu();
    const double processBefore = processCpuSeconds();
    const double writtenBefore = writtenMiB();
    const qint64 started = nowMs();
    qint64 lastRows = 0;
    qint64 lastAt = 0;
    sync.signIn(username, Password);
    figures.finished = runUntil(
        [&] { return caughtUpAt >= 0 && sync.isIdle(); }, static_cast<qint64>(options.seconds) * 1000,
        [&](qint64 elapsed) {
            const C::SyncClient::Progress progress = sync.progress();
            std::printf("  %5.1f s  %-9s progress(): pages %5d  rows %9s  %7.0f rows/s  of ~%s; committed %s in %d "
                        "pages%s\n",
                        seconds(elapsed), qPrintable(QVariant::fromValue(sync.state()).toString().toLower()),
                        progress.pages, qPrintable(withSeparators(progress.rows)),
                        static_cast<double>(progress.rows - lastRows) / seconds(elapsed - lastAt),
                        qPrintable(withSeparators(progress.estimatedTotal)), qPrintable(withSeparators(appliedChanges)),
                        appliedPages, caughtUpAt >= 0 ? "; caught up, writes still queued" : "");
            lastRows = progress.rows;
            lastAt = elapsed;
        });
    const qint64 wall = nowMs() - started;
    const double cpu = processCpuSeconds() - processBefore;
    figures.caughtUpMs = caughtUpAt >= 0 ? caughtUpAt - started : -1;
    figures.idleMs = figures.finished ? wall : -1;
    QObject::disconnect(appliedConnection);
    figures.pages = appliedPages;
    figures.appliedChanges = appliedChanges;
    figures.progressRows = sync.progress().rows;
    if (!figures.finished) {
        std::printf("  did not finish within %d s (state %s%s)\n", options.seconds,
                    qPrintable(QVariant::fromValue(sync.state()).toString()),
                    client.problem.isEmpty() ? "" : qPrintable(QStringLiteral("; ") + client.problem));
    }
    const QMap<QString, qint64> counts = cacheCounts(client.store->readDatabase());
    std::printf("  rows in the cache: %s\n", qPrintable(countsText(counts, &figures.rows)));
    std::printf("  caught up (synced frame) after %.2f s; cache idle after %.2f s   [%s]\n",
                seconds(figures.caughtUpMs), seconds(figures.idleMs),
                qPrintable(figures.finished ? verdict(figures.idleMs, SyncBudgetMs) : QStringLiteral("budget MISSED")));
    std::printf("  received %s changes in %d pages, %s rows in the cache, %.0f rows/s; progress() counted %s rows; "
                "cursor %lld\n",
                qPrintable(withSeparators(figures.appliedChanges)), figures.pages,
                qPrintable(withSeparators(figures.rows)),
                figures.idleMs > 0 ? static_cast<double>(figures.rows) / seconds(figures.idleMs) : 0.0,
                qPrintable(withSeparators(figures.progressRows)), static_cast<long long>(sync.cursor()));
    std::printf("  cache file %s, %.0f MiB written to disk; process CPU %.1f s in %.1f s (%.0f%% of one core); peak "
                "RSS %.0f MiB\n",
                qPrintable(filesText(client.store->path())), writtenMiB() - writtenBefore, cpu, seconds(wall),
                100.0 * cpu / seconds(wall), statusMiB("VmHWM"));
    printThreadCpu(cpuBefore, threadCpu(), wall);
    return figures;
}

// --- phase 2: the floor -----------------------------------------------------------------------------

qint64 floorInsert(const QString &file, const Options &options)
{
    auto store = LocalStore::open(file);
    if (!store) {
        std::printf("  cannot open the store: %s\n", qPrintable(store.error().message));
        return -1;
    }
    qint64 started = nowMs();
    DemoDataset dataset = DemoDataGenerator(options.demo()).generate();
    dataset.articles += extraArticles(dataset.articles, options.articles);
    const qint64 rows = dataset.queues.size() + dataset.agents.size() + dataset.customers.size() +
                        dataset.tickets.size() + dataset.messages.size() + dataset.articles.size() +
                        dataset.cannedReplies.size();
    std::printf("  generated the same dataset in %lld ms (not counted): %s rows\n",
                static_cast<long long>(nowMs() - started), qPrintable(withSeparators(rows)));
    const ThreadCpu cpuBefore = threadCpu();
    const double writtenBefore = writtenMiB();
    started = nowMs();
    QFuture<Status> future = seedStore(**store, std::move(dataset));
    future.waitForFinished();
    const qint64 elapsed = nowMs() - started;
    if (!future.result()) {
        std::printf("  bulk insert failed: %s\n", qPrintable(future.result().error().message));
        return -1;
    }
    qint64 total = 0;
    const QString counts = countsText(cacheCounts((*store)->readDatabase()), &total);
    std::printf("  bulk insert, one transaction: %.2f s, %.0f rows/s; cache file %s, %.0f MiB written to disk\n",
                seconds(elapsed), static_cast<double>(total) / seconds(elapsed), qPrintable(filesText(file)),
                writtenMiB() - writtenBefore);
    std::printf("  rows in the store: %s\n", qPrintable(counts));
    printThreadCpu(cpuBefore, threadCpu(), elapsed);
    return elapsed;
}

// --- phase 3: offline replay ------------------------------------------------------------------------

struct TicketRef
{
    QUuid id;
    qint64 rev = 0;
};

std::vector<TicketRef> ticketsOf(const QSqlDatabase &db)
{
    std::vector<TicketRef> tickets;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, rev FROM tickets ORDER BY number"))) {
        while (query.next()) {
            tickets.push_back({QUuid::fromString(query.value(0).toString()), query.value(1).toLongLong()});
        }
    }
    return tickets;
}

struct ReplayFigures
{
    bool finished = false;
    qint64 recordMs = 0;
    qint64 lastAckMs = -1;
    qint64 settledMs = -1;
    int applied = 0;
    int duplicate = 0;
    int rejected = 0;
    qint64 serverRecorded = -1;
};

/*! applied_mutations counted by "kind result", and the feed's latest seq, read on the server's thread. */
QMap<QString, qint64> appliedMutations(ServerHost &host, qint64 &latestSeq)
{
    QMap<QString, qint64> counts;
    host.run([&] {
        latestSeq = S::ChangeFeed(host.database()).latestSeq().value_or(0);
        auto query = host.database().exec(QStringLiteral(
            "SELECT kind || ' ' || json_extract(result, '$.result'), count(*) FROM applied_mutations GROUP BY 1"));
        while (query && query->next()) {
            counts[query->value(0).toString()] = query->value(1).toLongLong();
        }
    });
    return counts;
}

ReplayFigures replay(Client &client, ServerHost &host, const Options &options)
{
    ReplayFigures figures;
    C::SyncClient &sync = *client.client;
    sync.setWorkOffline(true);
    const std::vector<TicketRef> tickets = ticketsOf(client.store->readDatabase());
    if (tickets.empty()) {
        std::printf("  no tickets in the cache to change\n");
        return figures;
    }
    // Two mutations per ticket (a note, then a status or priority change) on mutations/2 tickets spread
    // over the whole queue, so that half the rows being settled still have one pending behind them.
    const std::size_t touched =
        std::clamp<std::size_t>(static_cast<std::size_t>(options.mutations + 1) / 2, 1, tickets.size());
    const std::size_t stride = std::max<std::size_t>(1, tickets.size() / touched);
    int recorded = 0;
    int failed = 0;
    const auto recordedConnection =
        QObject::connect(&sync, &C::SyncClient::mutationRecorded, &sync, [&recorded](const QUuid &) { ++recorded; });
    const auto failedConnection = QObject::connect(&sync, &C::SyncClient::recordFailed, &sync,
                                                   [&failed](const QUuid &, const QString &) { ++failed; });
    const qint64 recordStarted = nowMs();
    for (int i = 0; i < options.mutations; ++i) {
        const TicketRef &ticket = tickets[(static_cast<std::size_t>(i / 2) * stride) % tickets.size()];
        switch (i % 4) {
        case 0:
        case 1:
            sync.submit(
                P::AddNote{ticket.id,
                           QUuid::createUuid(),
                           QStringLiteral("Benchmark note %1: customer called back, waiting for the invoice.").arg(i),
                           {}});
            break;
        case 2:
            sync.submit(P::SetStatus{ticket.id, (i / 4) % 2 ? TicketStatus::Pending : TicketStatus::Open}, ticket.rev);
            break;
        default:
            sync.submit(P::SetPriority{ticket.id, (i / 4) % 2 ? Priority::High : Priority::Low}, ticket.rev);
            break;
        }
    }
    const qint64 submittedMs = nowMs() - recordStarted;
    const bool allRecorded = runUntil([&] { return sync.pendingCount() + failed >= options.mutations; },
                                      static_cast<qint64>(options.seconds) * 1000,
                                      [&](qint64 elapsed) {
                                          std::printf("  %5.1f s  recording offline: %d of %d in the outbox\n",
                                                      seconds(elapsed), sync.pendingCount(), options.mutations);
                                      });
    figures.recordMs = nowMs() - recordStarted;
    QObject::disconnect(recordedConnection);
    QObject::disconnect(failedConnection);
    std::printf("  offline: %d mutations on %zu tickets submitted in %lld ms, all in the outbox (durable) after "
                "%lld ms (%.0f/s)%s; pendingCount() %d\n",
                options.mutations, touched, static_cast<long long>(submittedMs),
                static_cast<long long>(figures.recordMs),
                static_cast<double>(recorded) / seconds(std::max<qint64>(1, figures.recordMs)),
                failed > 0 ? qPrintable(QStringLiteral(", %1 FAILED to record").arg(failed)) : "", sync.pendingCount());
    if (!allRecorded) {
        std::printf("  not every mutation was recorded within %d s\n", options.seconds);
        return figures;
    }

    qint64 latestBefore = 0;
    const QMap<QString, qint64> recordedBefore = appliedMutations(host, latestBefore);

    const int pendingAtStart = sync.pendingCount();
    const auto settledConnection =
        QObject::connect(&sync, &C::SyncClient::mutationSettled, &sync, [&figures](const QUuid &, P::AckResult result) {
            switch (result) {
            case P::AckResult::Applied:
                ++figures.applied;
                break;
            case P::AckResult::Duplicate:
                ++figures.duplicate;
                break;
            case P::AckResult::Rejected:
                ++figures.rejected;
                break;
            }
        });
    const ThreadCpu cpuBefore = threadCpu();
    const double processBefore = processCpuSeconds();
    const qint64 started = nowMs();
    int lastSettled = 0;
    qint64 lastAt = 0;
    sync.setWorkOffline(false);
    figures.finished = runUntil(
        [&] {
            if (figures.lastAckMs < 0 && sync.pendingCount() == 0) {
                figures.lastAckMs = nowMs() - started;
            }
            return sync.isIdle() && sync.pendingCount() == 0;
        },
        static_cast<qint64>(options.seconds) * 1000,
        [&](qint64 elapsed) {
            const int settled = figures.applied + figures.duplicate + figures.rejected;
            std::printf("  %5.1f s  %-9s acknowledged %5d  settled %5d  %6.0f settled/s\n", seconds(elapsed),
                        qPrintable(QVariant::fromValue(sync.state()).toString().toLower()),
                        pendingAtStart - sync.pendingCount(), settled,
                        static_cast<double>(settled - lastSettled) / seconds(elapsed - lastAt));
            lastSettled = settled;
            lastAt = elapsed;
        });
    const qint64 wall = nowMs() - started;
    const double cpu = processCpuSeconds() - processBefore;
    QObject::disconnect(settledConnection);
    figures.settledMs = figures.finished ? wall : -1;
    const int settled = figures.applied + figures.duplicate + figures.rejected;
    if (!figures.finished) {
        std::printf("  did not finish within %d s: %d still pending, %d settled (state %s)\n", options.seconds,
                    sync.pendingCount(), settled, qPrintable(QVariant::fromValue(sync.state()).toString()));
    }

    qint64 latestAfter = 0;
    const QMap<QString, qint64> recordedAfter = appliedMutations(host, latestAfter);
    // Only the kinds this phase sent: the server records its own set_presence when a session ends.
    QMap<QString, qint64> byResult;
    figures.serverRecorded = 0;
    for (auto it = recordedAfter.cbegin(); it != recordedAfter.cend(); ++it) {
        if (const qint64 added = it.value() - recordedBefore.value(it.key()); added != 0) {
            byResult[it.key()] = added;
            if (!it.key().startsWith(u"set_presence")) {
                figures.serverRecorded += added;
            }
        }
    }
    std::printf(
        "  online: every ack received after %.2f s, all settled and idle after %.2f s, %.0f acks/s   [%s]\n",
        seconds(figures.lastAckMs), seconds(figures.settledMs),
        figures.settledMs > 0 ? static_cast<double>(settled) / seconds(figures.settledMs) : 0.0,
        qPrintable(figures.finished ? verdict(figures.settledMs, ReplayBudgetMs) : QStringLiteral("budget MISSED")));
    std::printf("  client: %d applied, %d duplicate, %d rejected; process CPU %.1f s in %.1f s\n", figures.applied,
                figures.duplicate, figures.rejected, cpu, seconds(wall));
    QStringList results;
    for (auto it = byResult.cbegin(); it != byResult.cend(); ++it) {
        results.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    std::printf("  server: %lld add_note/set_status/set_priority rows added to applied_mutations (expected %d)%s; "
                "added by kind and result: %s\n",
                static_cast<long long>(figures.serverRecorded), options.mutations,
                figures.serverRecorded == options.mutations ? "" : " -- MISMATCH",
                qPrintable(results.join(QStringLiteral(", "))));
    std::printf("  change feed %lld -> %lld (+%lld); client cursor %lld\n", static_cast<long long>(latestBefore),
                static_cast<long long>(latestAfter), static_cast<long long>(latestAfter - latestBefore),
                static_cast<long long>(sync.cursor()));
    printThreadCpu(cpuBefore, threadCpu(), wall);
    return figures;
}

}  // namespace

int main(int argc, char *argv[])
{
    s_clock.start();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // in order with the engine's log lines on stderr
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets on the server."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages-per-ticket"),
                                            QStringLiteral("Messages per ticket."), QStringLiteral("n"),
                                            QStringLiteral("4"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Knowledge-base articles."),
                                            QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption mutationsOption(QStringLiteral("mutations"),
                                             QStringLiteral("Mutations queued offline and replayed."),
                                             QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the seeded server database in this directory and reuse "
                                                       "it (a copy per run) when the sizes match."),
                                        QStringLiteral("dir"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Demo user to sign in as: admin (sees everything) or lead "
                                                       "(leads every queue)."),
                                        QStringLiteral("name"), QStringLiteral("admin"));
    const QCommandLineOption frameLimitOption(
        QStringLiteral("frame-limit"),
        QStringLiteral("The server's frames per second per connection (production: 200; the end-to-end tests: "
                       "5000)."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption jobRowsOption(
        QStringLiteral("job-rows"),
        QStringLiteral("Changes a catch-up write job gathers (SyncClient::Options::catchUpJobRows; 0: its default)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Time limit of each phase (the budgets are 15 s and 10 s)."),
                                           QStringLiteral("s"), QStringLiteral("120"));
    const QCommandLineOption phasesOption(QStringLiteral("phases"),
                                          QStringLiteral("Phases to run, e.g. 1,3 (3 needs 1); for profiling one."),
                                          QStringLiteral("list"), QStringLiteral("1,2,3"));
    parser.addOptions({ticketsOption, messagesOption, articlesOption, mutationsOption, keepOption, userOption,
                       frameLimitOption, jobRowsOption, secondsOption, phasesOption});
    parser.process(app);

    Options options;
    options.tickets = std::max(1, parser.value(ticketsOption).toInt());
    options.messagesPerTicket = std::max(1, parser.value(messagesOption).toInt());
    options.articles = std::max(0, parser.value(articlesOption).toInt());
    options.mutations = std::max(0, parser.value(mutationsOption).toInt());
    options.keepDir = parser.value(keepOption);
    options.user = parser.value(userOption);
    options.frameLimit = std::max(1, parser.value(frameLimitOption).toInt());
    options.jobRows = std::max(0, parser.value(jobRowsOption).toInt());
    options.seconds = std::max(1, parser.value(secondsOption).toInt());
    options.phases = parser.value(phasesOption);

    std::printf("Frontline sync benchmark: %s tickets x %d messages, %s articles, %s mutations replayed; signing in "
                "as \"%s\"\n",
                qPrintable(withSeparators(options.tickets)), options.messagesPerTicket,
                qPrintable(withSeparators(options.articles)), qPrintable(withSeparators(options.mutations)),
                qPrintable(options.user));
    raiseOpenFileLimit();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QString serverFile = dir.filePath(QStringLiteral("server.sqlite"));

    std::printf("\nserver database\n");
    SeedReport seeded;
    if (Status prepared = prepareServerDatabase(options, serverFile, seeded); !prepared) {
        std::fprintf(stderr, "cannot prepare the server database: %s\n", qPrintable(prepared.error().message));
        return 1;
    }
    if (seeded.reused) {
        std::printf("  reused the kept database in %s (copied in %lld ms, %.1f MiB)\n", qPrintable(options.keepDir),
                    static_cast<long long>(seeded.copyMs), fileMiB(serverFile));
    } else {
        std::printf("  seeded in %.1f s%s, %.1f MiB\n", seconds(seeded.seedMs),
                    seeded.copyMs > 0 ? qPrintable(QStringLiteral(" (+ copy %1 ms)").arg(seeded.copyMs)) : "",
                    fileMiB(serverFile));
    }

    S::FrontlineServer::Tuning tuning;
    tuning.passwordCost = S::PasswordHasher::Cost::minimumForTests();  // the demo users' hashes are made with it
    tuning.maxFramesPerSecond = options.frameLimit;
    ServerHost host;
    if (Status started = host.start(S::ServerConfig(), S::ServerDatabase::Location::sqlite(serverFile), tuning);
        !started) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    host.run([&] {
        auto feed = host.database().exec(QStringLiteral("SELECT kind, count(*) FROM changes GROUP BY kind"));
        while (feed && feed->next()) {
            seeded.feedByKind[feed->value(0).toString()] = feed->value(1).toLongLong();
            seeded.feedRows += feed->value(1).toLongLong();
        }
    });
    std::printf("  change feed: %s changes (%s)\n", qPrintable(withSeparators(seeded.feedRows)),
                qPrintable(countsText(seeded.feedByKind)));
    std::printf("server: %s on its own thread (SQLite, WAL, synchronous = FULL); %d frames/s per connection\n",
                qPrintable(host.url().toString()), options.frameLimit);

    Client client;
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("client.sqlite")));
        if (!opened) {
            std::fprintf(stderr, "cannot open the client cache: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        client.store = std::move(opened).value();
        C::SyncClient::Options clientOptions;  // the client's defaults: window 64, production backoff
        clientOptions.url = host.url();
        if (options.jobRows > 0) {
            clientOptions.catchUpJobRows = options.jobRows;
        }
        client.client = std::make_unique<C::SyncClient>(*client.store, clientOptions);
    }

    SyncFigures sync;
    if (options.runs(1)) {
        std::printf("\n1. initial sync into a fresh cache\n");
        sync = initialSync(client, options, options.user);
    }

    if (options.runs(2)) {
        std::printf("\n2. the floor: the same rows bulk-inserted into a fresh local store\n");
        const qint64 floorMs = floorInsert(dir.filePath(QStringLiteral("floor.sqlite")), options);
        if (floorMs > 0 && sync.idleMs > 0) {
            std::printf("  sync / floor = %.2f s / %.2f s = %.1fx\n", seconds(sync.idleMs), seconds(floorMs),
                        static_cast<double>(sync.idleMs) / static_cast<double>(floorMs));
        }
    }

    if (options.runs(3) && options.mutations > 0 && sync.finished) {
        std::printf("\n3. replay of %s mutations queued offline\n", qPrintable(withSeparators(options.mutations)));
        replay(client, host, options);
    }

    const qint64 stopping = nowMs();
    client.client.reset();
    client.store.reset();
    host.stop();
    std::printf("\nstopped in %lld ms; peak RSS %.0f MiB\n", static_cast<long long>(nowMs() - stopping),
                statusMiB("VmHWM"));
    return 0;
}
