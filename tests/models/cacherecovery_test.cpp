// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/cacherecovery.h>
#include <models/localstore.h>
#include <models/schema.h>
#include <models/searchtext.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <catch2/catch.hpp>
#include <ostream>
#include <set>
#include <sqlite3.h>
#include <support/samples.h>
#include <support/tempdir.h>
#include <vector>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Frontline;
using namespace Frontline::Models;
using Frontline::Tests::TempDir;

namespace {

const QDateTime recoveryTime(QDate(2026, 11, 23), QTime(9, 30, 5));
constexpr int pageSize = 4096;  // SQLite's default, which the cache keeps

struct OutboxRow
{
    qint64 seq = 0;
    QString mutationId;
    QString payload;

    bool operator==(const OutboxRow &) const = default;
};

std::ostream &operator<<(std::ostream &out, const OutboxRow &row)
{
    return out << row.seq << ' ' << row.mutationId.toStdString();
}

void execOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(Models::SearchText::registerTokenizer(db));  // as every store connection has it
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Integer rows from a closed cache, read as an immutable file so that not even side files appear.
std::vector<std::vector<qint64>> queryFile(const QString &path, const QString &sql)
{
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("immutable=1"));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr);
    INFO(sqlite3_errmsg(db));
    std::vector<std::vector<qint64>> rows;
    while (prepared == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        std::vector<qint64> row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            row.push_back(sqlite3_column_int64(statement, i));
        }
        rows.push_back(row);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    REQUIRE(prepared == SQLITE_OK);
    return rows;
}

QString payloadFor(int i)
{
    // About a quarter of a page, so the outbox spans many pages and a damaged one holds only a few rows.
    const QJsonObject payload{{QStringLiteral("type"), QStringLiteral("reply")},
                              {QStringLiteral("body"), QStringLiteral("回复 %1 · ").arg(i).repeated(60)}};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Status insertOutboxRow(WriteContext &context, const QString &mutationId, const QString &payload)
{
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, kind, entity_id, base_rev, payload, created_at) "
                                 "VALUES (?, 'reply', ?, 3, ?, 1700000000000)"));
    query.addBindValue(mutationId);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(payload);
    if (!query.exec()) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    return Ok{};
}

// A cache with tickets and \a pending unsent changes, closed again so the file holds everything.
void createCacheWithOutbox(const QString &path, int pending)
{
    auto store = Tests::openStore(path);
    Tests::writeAndWait(*store, [pending](WriteContext &context) -> Status {
        const Queue queue = Tests::sampleQueue();
        Status status = context.entities.upsert(queue);
        const Customer customer = Tests::sampleCustomer();
        status = status ? context.entities.upsert(customer) : status;
        for (int i = 0; status && i < 300; ++i) {
            status = context.entities.upsert(
                Tests::sampleTicket(queue, customer, 1000 + i, QStringLiteral("退货申请 return request %1").arg(i)));
        }
        for (int i = 0; status && i < pending; ++i) {
            status = insertOutboxRow(context, QUuid::createUuid().toString(QUuid::WithoutBraces), payloadFor(i));
        }
        return status;
    });
}

void insertNotices(const QString &path, int count)
{
    auto store = Tests::openStore(path);
    Tests::writeAndWait(*store, [count](WriteContext &context) -> Status {
        QSqlQuery query(context.database);
        for (int i = 0; i < count; ++i) {
            query.prepare(QStringLiteral("INSERT INTO notices (created_at, kind, ticket_id, text, recovered_body) "
                                         "VALUES (1700000000000, 'ticket_closed', ?, ?, ?)"));
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(QStringLiteral("Your reply to a closed ticket was not sent."));
            query.addBindValue(QStringLiteral("您好，退款已经处理 %1").arg(i));
            if (!query.exec()) {
                return Error{Error::Code::Database, query.lastError().text(), {}};
            }
        }
        return Ok{};
    });
}

// The outbox without its unique constraint and indexes, as damage to the schema could leave it; keeps its rows.
void dropOutboxIndexes(const QString &path)
{
    execOnFile(path, R"(
        CREATE TABLE outbox_copy (seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL, kind TEXT NOT NULL,
            entity_id TEXT, base_rev INTEGER, payload TEXT NOT NULL, created_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0);
        INSERT INTO outbox_copy SELECT * FROM outbox;
        DROP TABLE outbox;
        ALTER TABLE outbox_copy RENAME TO outbox;
    )");
}

std::vector<OutboxRow> outboxRows(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT seq, mutation_id, payload FROM outbox ORDER BY seq")));
    std::vector<OutboxRow> rows;
    while (query.next()) {
        rows.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return rows;
}

std::vector<OutboxRow> outboxRowsOfFile(const QString &path)
{
    auto store = Tests::openStore(path);
    return outboxRows(store->readDatabase());
}

// The outbox's leaf pages in key order, each with the keys (seq) it holds: dbstat lists a table's pages by
// their path in the b-tree, and keys ascend from one leaf to the next.
std::vector<std::pair<int, std::vector<qint64>>> outboxLeaves(const QString &path)
{
    const auto leaves = queryFile(
        path,
        QStringLiteral("SELECT pageno, ncell FROM dbstat WHERE name = 'outbox' AND pagetype = 'leaf' ORDER BY path"));
    const auto keys = queryFile(path, QStringLiteral("SELECT seq FROM outbox ORDER BY seq"));
    std::vector<std::pair<int, std::vector<qint64>>> result;
    std::size_t next = 0;
    for (const auto &leaf : leaves) {
        std::vector<qint64> onPage;
        for (qint64 i = 0; i < leaf[1]; ++i) {
            onPage.push_back(keys.at(next++)[0]);
        }
        result.emplace_back(static_cast<int>(leaf[0]), onPage);
    }
    REQUIRE(next == keys.size());
    return result;
}

int firstTicketLeaf(const QString &path)
{
    const auto pages = queryFile(
        path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'tickets' AND pagetype = 'leaf' ORDER BY path"));
    REQUIRE(pages.size() > 2);
    return static_cast<int>(pages[pages.size() / 2][0]);
}

// Garbage over bytes [from, to) of each page, as a failing disk leaves it (whole pages by default);
// returns the file's bytes afterwards.
QByteArray damagePages(const QString &path, const std::vector<int> &pages, int from = 0, int to = pageSize)
{
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    QByteArray bytes = Tests::readAll(path);
    for (const int page : pages) {
        REQUIRE(page > 1);
        const qsizetype start = static_cast<qsizetype>(page - 1) * pageSize;
        REQUIRE(start + pageSize <= bytes.size());
        for (qsizetype i = start + from; i < start + to; ++i) {
            bytes[i] = static_cast<char>(0xA5 ^ ((i * 7) & 0xff));
        }
    }
    Tests::writeAll(path, bytes);
    return bytes;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void requireRefusedUnmoved(const QString &path, Error::Code code)
{
    const QByteArray before = Tests::readAll(path);
    const QStringList filesBefore = filesIn(QFileInfo(path).absolutePath());
    auto opened = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == code);
    CHECK_FALSE(opened.error().message.isEmpty());
    CHECK(Tests::readAll(path) == before);
    CHECK(filesIn(QFileInfo(path).absolutePath()) == filesBefore);
}

#ifdef Q_OS_LINUX
/*!
    Root ignores file permissions through CAP_DAC_OVERRIDE. Dropping it (and CAP_DAC_READ_SEARCH) from this
    thread's effective capabilities makes permissions apply again; threads started meanwhile, like the
    store's writer, inherit that. The destructor takes them back (they stay permitted).
*/
class PermissionsApply final
{
public:
    PermissionsApply()
    {
        REQUIRE(syscall(SYS_capget, &m_header, m_saved) == 0);
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH));
        REQUIRE(syscall(SYS_capset, &m_header, reduced) == 0);
    }
    ~PermissionsApply() { syscall(SYS_capset, &m_header, m_saved); }

    PermissionsApply(const PermissionsApply &) = delete;
    PermissionsApply &operator=(const PermissionsApply &) = delete;

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
};
#endif

}  // namespace

TEST_CASE("A damaged cache is moved aside and the unsent changes on its intact pages come back in order",
          "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    createCacheWithOutbox(path, 240);
    insertNotices(path, 5);
    const std::vector<OutboxRow> before = outboxRowsOfFile(path);
    REQUIRE(before.size() == 240);

    // Wipe three outbox pages from the middle and a ticket page; scribble over part of one more outbox page.
    const auto leaves = outboxLeaves(path);
    REQUIRE(leaves.size() > 20);
    std::set<qint64> lost;
    std::vector<int> damaged{firstTicketLeaf(path)};
    for (const std::size_t leaf : {leaves.size() / 3, leaves.size() / 3 + 1, leaves.size() / 2 + 4}) {
        damaged.push_back(leaves[leaf].first);
        lost.insert(leaves[leaf].second.begin(), leaves[leaf].second.end());
    }
    const auto &scribbled = leaves[leaves.size() / 2 + 8];
    damagePages(path, damaged);
    const QByteArray damagedBytes = damagePages(path, {scribbled.first}, 1500, 2100);
    REQUIRE(LocalStore::open(path).error().code == Error::Code::Corrupt);

    auto recovered = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(recovered.ok());
    const RecoveryReport &report = recovered->report;
    CHECK(report.recovered);
    CHECK(report.movedTo == path + QStringLiteral(".corrupt-20261123-093005"));
    CHECK(Tests::readAll(report.movedTo) == damagedBytes);

    // Every row on an intact page comes back exactly, in order; a row on the scribbled page comes back only
    // if it is exactly as it was; nothing comes back from a wiped page.
    const std::vector<OutboxRow> salvaged = outboxRows(recovered->store->readDatabase());
    std::vector<OutboxRow> expected;
    for (const OutboxRow &row : before) {
        const bool maybe = std::count(scribbled.second.begin(), scribbled.second.end(), row.seq) > 0;
        const bool kept = std::find(salvaged.begin(), salvaged.end(), row) != salvaged.end();
        if (!lost.contains(row.seq) && (!maybe || kept)) {
            expected.push_back(row);
        }
    }
    CHECK(salvaged == expected);
    CHECK(expected.size() >= before.size() - lost.size() - scribbled.second.size());
    CHECK(report.salvagedChanges == static_cast<int>(salvaged.size()));
    CHECK(report.unreadableChanges == static_cast<int>(before.size() - salvaged.size()));
    CHECK(report.salvagedNotices == 5);
    CHECK(Tests::countRows(*recovered->store,
                           QStringLiteral("notices WHERE recovered_body LIKE '您好，退款已经处理%'")) == 5);
    // A fresh cache: nothing synced, no cursor, so the next sync downloads everything.
    CHECK(Tests::countRows(*recovered->store, QStringLiteral("tickets")) == 0);
    CHECK(Tests::countRows(*recovered->store, QStringLiteral("sync_state")) == 0);
    CHECK(report.message.contains(QDir::toNativeSeparators(report.movedTo)));
    CHECK(report.message.contains(QString::number(salvaged.size())));

    // New changes queue up after the salvaged ones.
    Tests::writeAndWait(*recovered->store, [](WriteContext &context) {
        return insertOutboxRow(context, QUuid::createUuid().toString(QUuid::WithoutBraces), payloadFor(999));
    });
    CHECK(outboxRows(recovered->store->readDatabase()).back().seq > before.back().seq);
    recovered->store.reset();
    // Closed cleanly: the marker that spares the next open a full check (LocalStore) is beside it.
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("cache.sqlite"), QStringLiteral("cache.sqlite.closed"),
                                             QStringLiteral("cache.sqlite.corrupt-20261123-093005")});
}

TEST_CASE("Unsent changes after a damaged stretch come back even when no index lists them", "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    createCacheWithOutbox(path, 240);
    dropOutboxIndexes(path);
    const std::vector<OutboxRow> before = outboxRowsOfFile(path);
    const auto leaves = outboxLeaves(path);
    REQUIRE(leaves.size() > 20);
    std::set<qint64> lost;
    std::vector<int> damaged;
    // The first leaf, a run of three in the middle and one near the end: each stops a plain scan.
    for (const std::size_t leaf :
         {std::size_t(0), leaves.size() / 2, leaves.size() / 2 + 1, leaves.size() / 2 + 2, leaves.size() - 2}) {
        damaged.push_back(leaves[leaf].first);
        lost.insert(leaves[leaf].second.begin(), leaves[leaf].second.end());
    }
    damagePages(path, damaged);

    auto recovered = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(recovered.ok());
    std::vector<OutboxRow> expected;
    for (const OutboxRow &row : before) {
        if (!lost.contains(row.seq)) {
            expected.push_back(row);
        }
    }
    CHECK(outboxRows(recovered->store->readDatabase()) == expected);
    CHECK(recovered->report.salvagedChanges == static_cast<int>(expected.size()));
    // With no index to list them, how many rows the damaged pages held cannot be known.
    CHECK(recovered->report.unreadableChanges == 0);
}

TEST_CASE("Only valid unsent changes come back from a damaged cache, each once", "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    createCacheWithOutbox(path, 0);
    // Without the unique constraint the outbox can hold duplicates, and garbage that the schema allows.
    dropOutboxIndexes(path);
    execOnFile(path, R"(
        INSERT INTO outbox (seq, mutation_id, kind, payload, created_at) VALUES
            (1, '0b7f2c1e-5d7a-4a8e-9d55-3f1c0c6a2b01', 'reply', '{"body":"first"}', 1),
            (2, 'not-a-uuid', 'reply', '{"body":"bad id"}', 2),
            (3, '5a1e9a4c-3b2d-4c6f-8e7a-1d2c3b4a5f02', 'reply', '[1, 2, 3]', 3),
            (4, '7c3d2e1f-0a9b-4c8d-9e7f-6a5b4c3d2e03', 'reply', 'not json', 4),
            (5, '0b7f2c1e-5d7a-4a8e-9d55-3f1c0c6a2b01', 'reply', '{"body":"first again"}', 5),
            (6, '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c04', 'assign', '{"assignee":null}', 6),
            (7, 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e05', '', '{"body":"no kind"}', 7);
    )");
    damagePages(path, {firstTicketLeaf(path)});

    auto recovered = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(recovered.ok());
    const std::vector<OutboxRow> rows = outboxRows(recovered->store->readDatabase());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] ==
          OutboxRow{1, QStringLiteral("0b7f2c1e-5d7a-4a8e-9d55-3f1c0c6a2b01"), QStringLiteral(R"({"body":"first"})")});
    CHECK(rows[1] ==
          OutboxRow{6, QStringLiteral("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c04"), QStringLiteral(R"({"assignee":null})")});
    CHECK(recovered->report.salvagedChanges == 2);
    CHECK(recovered->report.unreadableChanges == 4);  // the bad id, the two bad payloads, the empty kind
}

TEST_CASE("A cache SQLite no longer reads at all is still recognised as ours and replaced", "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    createCacheWithOutbox(path, 5);
    // Garbage over the page size and format fields of the header; the magic string, user_version and
    // application_id (offsets 0, 60 and 68) survive, so the file is still recognisably ours.
    QByteArray bytes = Tests::readAll(path);
    for (qsizetype i = 16; i < 24; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    Tests::writeAll(path, bytes);
    const auto refused = LocalStore::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK((refused.error().code == Error::Code::NotACache || refused.error().code == Error::Code::Corrupt));

    auto recovered = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(recovered.ok());
    CHECK(recovered->report.recovered);
    CHECK(Tests::readAll(recovered->report.movedTo) == bytes);
    CHECK(recovered->report.salvagedChanges == 0);
    CHECK(Tests::countRows(*recovered->store, QStringLiteral("outbox")) == 0);
}

TEST_CASE("A healthy cache is opened where it is and nothing is moved", "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    createCacheWithOutbox(path, 10);
    const QByteArray before = Tests::readAll(path);

    auto opened = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(opened.ok());
    CHECK_FALSE(opened->report.recovered);
    CHECK(opened->report.movedTo.isEmpty());
    CHECK(opened->report.message.isEmpty());
    CHECK(opened->store->path() == path);
    CHECK(Tests::countRows(*opened->store, QStringLiteral("outbox")) == 10);
    CHECK(Tests::countRows(*opened->store, QStringLiteral("tickets")) == 300);
    opened->store.reset();
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("cache.sqlite"), QStringLiteral("cache.sqlite.closed")});
    CHECK(Tests::readAll(path) == before);
}

TEST_CASE("Another application's database and a newer cache are refused and not moved, damaged or not",
          "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    SECTION("another application's database")
    {
        execOnFile(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                         "INSERT INTO photos SELECT i, printf('holiday-%05d.jpg', i) || zeroblob(40) FROM n");
        requireRefusedUnmoved(path, Error::Code::NotACache);
        damagePages(path, {5, 6, 7});
        const auto refused = CacheRecovery::openOrRecover(path, recoveryTime);
        REQUIRE_FALSE(refused.ok());
        CHECK((refused.error().code == Error::Code::NotACache || refused.error().code == Error::Code::Corrupt));
        requireRefusedUnmoved(path, refused.error().code);
    }
    SECTION("a cache from a newer Frontline")
    {
        createCacheWithOutbox(path, 30);
        execOnFile(path,
                   QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1).toUtf8().constData());
        requireRefusedUnmoved(path, Error::Code::NewerVersion);
        damagePages(path, {firstTicketLeaf(path), outboxLeaves(path).at(2).first});
        requireRefusedUnmoved(path, Error::Code::NewerVersion);
    }
}

TEST_CASE("A second recovery in the same second keeps the first moved-aside copy", "[models][recovery]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    createCacheWithOutbox(path, 20);
    const QByteArray first = damagePages(path, {firstTicketLeaf(path)});
    auto once = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(once.ok());
    once->store.reset();

    createCacheWithOutbox(path, 20);  // the fresh cache fills up again, and is damaged again
    damagePages(path, {firstTicketLeaf(path)});
    auto twice = CacheRecovery::openOrRecover(path, recoveryTime);
    REQUIRE(twice.ok());
    CHECK(twice->report.movedTo == path + QStringLiteral(".corrupt-20261123-093005-2"));
    CHECK(Tests::readAll(path + QStringLiteral(".corrupt-20261123-093005")) == first);
    CHECK(twice->report.salvagedChanges == 40);  // the 20 kept the first time and the 20 added since
}

TEST_CASE("A write that fills the disk says so and keeps nothing of the job", "[models][store][diskfull]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    auto store = Tests::openStore(path);
    Tests::writeAndWait(*store, [](WriteContext &context) { return context.entities.upsert(Tests::sampleQueue()); });
    // A cache that may not grow any more behaves as a full disk does: SQLite reports SQLITE_FULL.
    Tests::writeAndWait(*store, [](WriteContext &context) -> Status {
        QSqlQuery query(context.database);
        if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next()) {
            return Error{Error::Code::Database, query.lastError().text(), {}};
        }
        const int pages = query.value(0).toInt();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages))) {
            return Error{Error::Code::Database, query.lastError().text(), {}};
        }
        return Ok{};
    });
    const auto fill = [](WriteContext &context) -> Status {
        for (int i = 0; i < 200; ++i) {
            Queue queue = Tests::sampleQueue(QStringLiteral("Queue %1").arg(i));
            queue.description = QStringLiteral("长描述 long description ").repeated(40);
            if (Status status = context.entities.upsert(queue); !status) {
                return status;
            }
        }
        return Ok{};
    };
    // A job that reports the failed statement in its own words is still told apart as a full disk.
    const auto fillInOwnWords = [](WriteContext &context) -> Status {
        QSqlQuery query(context.database);
        for (int i = 0; i < 200; ++i) {
            query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"));
            query.addBindValue(QStringLiteral("key %1").arg(i));
            query.addBindValue(QString(2000, u'x'));
            if (!query.exec()) {
                return Error{
                    Error::Code::Database, QStringLiteral("could not remember ") + query.lastError().text(), {}};
            }
        }
        return Ok{};
    };
    for (const WriteJob &job : {WriteJob(fill), WriteJob(fillInOwnWords)}) {
        QFuture<Status> future = store->write(job);
        future.waitForFinished();
        const Status result = future.result();
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::DiskFull);
        CHECK(result.error().message == StoreMessages::diskFull(path));
    }
    CHECK(Tests::countRows(*store, QStringLiteral("queues")) == 1);
    CHECK(Tests::countRows(*store, QStringLiteral("sync_state")) == 0);
}

TEST_CASE("A write to a cache that became read-only says so and keeps nothing", "[models][store][readonly]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    auto store = Tests::openStore(path);
    // What SQLite reports when the file or its file system turns read-only under an open cache.
    Tests::writeAndWait(*store, [](WriteContext &context) -> Status {
        QSqlQuery query(context.database);
        if (!query.exec(QStringLiteral("PRAGMA query_only = ON"))) {
            return Error{Error::Code::Database, query.lastError().text(), {}};
        }
        return Ok{};
    });
    QFuture<Status> future = store->write([](WriteContext &context) -> Status {
        Status status = context.entities.upsert(Tests::sampleQueue(QStringLiteral("Returns")));
        return status ? context.entities.upsert(Tests::sampleQueue(QStringLiteral("Billing"))) : status;
    });
    future.waitForFinished();
    REQUIRE_FALSE(future.result().ok());
    CHECK(future.result().error().code == Error::Code::ReadOnly);
    CHECK(future.result().error().message == StoreMessages::readOnly(path));
    CHECK(Tests::countRows(*store, QStringLiteral("queues")) == 0);
}

TEST_CASE("A commit that fails tells every job of its batch and keeps none of them", "[models][store]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    auto store = Tests::openStore(path);
    QSemaphore running;
    QSemaphore mayFinish;
    auto gate = store->write([&](WriteContext &) -> Status {
        running.release();
        mayFinish.acquire();  // hold the writer until both jobs are queued: they form the next batch
        return Ok{};
    });
    running.acquire();  // the gate is its own batch, whenever the writer thread got to it
    auto queue = store->write([](WriteContext &context) { return context.entities.upsert(Tests::sampleQueue()); });
    // A foreign key checked only at COMMIT: every statement succeeds, the commit does not.
    auto orphan = store->write([](WriteContext &context) -> Status {
        QSqlQuery query(context.database);
        if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
            return Error{Error::Code::Database, query.lastError().text(), {}};
        }
        return context.entities.upsert(
            Tests::sampleTicket(Tests::sampleQueue(), Tests::sampleCustomer(), 7, QStringLiteral("订单未收到")));
    });
    mayFinish.release();
    for (auto *future : {&gate, &queue, &orphan}) {
        future->waitForFinished();
    }
    CHECK(gate.result().ok());
    for (auto *future : {&queue, &orphan}) {
        REQUIRE_FALSE(future->result().ok());
        CHECK(future->result().error().code == Error::Code::Database);
        CHECK(future->result().error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(future->result().error().message.contains(QStringLiteral("FOREIGN KEY")));
    }
    CHECK(Tests::countRows(*store, QStringLiteral("queues")) == 0);
    CHECK(Tests::countRows(*store, QStringLiteral("tickets")) == 0);
    // The cache is still usable afterwards.
    Tests::writeAndWait(*store, [](WriteContext &context) { return context.entities.upsert(Tests::sampleQueue()); });
    CHECK(Tests::countRows(*store, QStringLiteral("queues")) == 1);
}

#ifdef Q_OS_LINUX
TEST_CASE("A cache that cannot be written is refused at opening with a clear message", "[models][store][readonly]")
{
    TempDir dir;
    const QString folder = dir.filePath(QStringLiteral("caches"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/cache.sqlite");
    createCacheWithOutbox(path, 3);
    const QByteArray before = Tests::readAll(path);
    const auto readOnlyEverywhere = QFile::ReadOwner | QFile::ReadUser | QFile::ExeOwner | QFile::ExeUser;

    bool folderReadOnly = false;
    SECTION("a read-only file")
    {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    }
    SECTION("a read-only folder")
    {
        REQUIRE(QFile::setPermissions(folder, readOnlyEverywhere));
        folderReadOnly = true;
    }
    {
        PermissionsApply permissionsApply;
        // Make sure the permissions really apply, or the test proves nothing.
        QFile probe(folder + QStringLiteral("/probe"));
        QFile cache(path);
        const bool writable = probe.open(QIODevice::WriteOnly) && cache.open(QIODevice::ReadWrite);
        probe.remove();
        REQUIRE_FALSE(writable);

        const auto opened = LocalStore::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == Error::Code::ReadOnly);
        CHECK(opened.error().message == StoreMessages::readOnly(path));
        const auto recovered = CacheRecovery::openOrRecover(path, recoveryTime);
        REQUIRE_FALSE(recovered.ok());
        CHECK(recovered.error().code == Error::Code::ReadOnly);
        if (folderReadOnly) {
            // A new cache in a read-only folder, too.
            const auto created = LocalStore::open(folder + QStringLiteral("/new.sqlite"));
            REQUIRE_FALSE(created.ok());
            CHECK(created.error().code == Error::Code::ReadOnly);
            CHECK(created.error().message == StoreMessages::readOnly(folder + QStringLiteral("/new.sqlite")));
        }
    }
    REQUIRE(QFile::setPermissions(folder, readOnlyEverywhere | QFile::WriteOwner | QFile::WriteUser));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::WriteOwner | QFile::WriteUser));
    CHECK(Tests::readAll(path) == before);
    // Nothing moved or created (the clean-close marker stays where the folder cannot be written).
    QStringList left = filesIn(folder);
    left.removeAll(QStringLiteral("cache.sqlite.closed"));
    CHECK(left == QStringList{QStringLiteral("cache.sqlite")});
}
#endif
