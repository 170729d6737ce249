// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/localstore.h>
#include <models/schema.h>
#include <models/searchtext.h>

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
using Frontline::Tests::TempDir;

namespace {

Status insertQueue(WriteContext &context, const QString &name)
{
    return context.entities.upsert(Tests::sampleQueue(name));
}

int queuesNamed(LocalStore &store, const QString &name)
{
    QSqlQuery query(store.readDatabase());
    query.prepare(QStringLiteral("SELECT count(*) FROM queues WHERE name = ?"));
    query.addBindValue(name);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void execOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(Models::SearchText::registerTokenizer(db));  // as every store connection has it
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Opening must fail with \a code and leave every byte of the file, and its folder, as they were.
void requireRefusedUntouched(const QString &path, Error::Code code)
{
    const QByteArray before = Tests::readAll(path);
    const auto store = LocalStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == code);
    CHECK_FALSE(store.error().message.isEmpty());
    CHECK(Tests::readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

// A real cache with enough rows to span many pages.
void createFilledCache(const QString &path)
{
    auto store = Tests::openStore(path);
    Tests::writeAndWait(*store, [](WriteContext &context) -> Status {
        const Queue queue = Tests::sampleQueue();
        Status status = context.entities.upsert(queue);
        const Customer customer = Tests::sampleCustomer();
        status = status ? context.entities.upsert(customer) : status;
        for (int i = 0; status && i < 2000; ++i) {
            status = context.entities.upsert(
                Tests::sampleTicket(queue, customer, 1000 + i, QStringLiteral("退货申请 return request %1").arg(i)));
        }
        return status;
    });
}

}  // namespace

TEST_CASE("The GUI thread's reader sees a write once it commits, and not before", "[models][store]")
{
    TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    QSemaphore written;
    QSemaphore mayCommit;
    QFuture<Status> future = store->write([&](WriteContext &context) {
        const Status status = insertQueue(context, QStringLiteral("Returns"));
        written.release();
        mayCommit.acquire();  // hold the transaction open while the reader looks
        return status;
    });

    REQUIRE(written.tryAcquire(1, 5000));
    CHECK(queuesNamed(*store, QStringLiteral("Returns")) == 0);
    mayCommit.release();
    future.waitForFinished();
    REQUIRE(future.result().ok());
    CHECK(queuesNamed(*store, QStringLiteral("Returns")) == 1);
}

TEST_CASE("After a commit the store names the ids that changed", "[models][store]")
{
    TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    QSignalSpy changed(store.get(), &LocalStore::changed);
    const Queue queue = Tests::sampleQueue();
    const Customer customer = Tests::sampleCustomer();
    const Ticket ticket = Tests::sampleTicket(queue, customer, 1042, QStringLiteral("发票抬头错误"));
    Tests::writeAndWait(*store, [&](WriteContext &context) {
        Status status = context.entities.upsert(queue);
        status = status ? context.entities.upsert(customer) : status;
        return status ? context.entities.upsert(ticket) : status;
    });

    REQUIRE((changed.count() > 0 || changed.wait(5000)));
    const auto changes = changed.first().first().value<ChangeSet>();
    CHECK(changes.tickets == QSet<QUuid>{ticket.id});
    CHECK(changes.customers == QSet<QUuid>{customer.id});
    CHECK(changes.queues == QSet<QUuid>{queue.id});
    CHECK_FALSE(changes.everything);
}

TEST_CASE("A failing job is rolled back alone while the rest of its batch commits", "[models][store]")
{
    TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    QSemaphore mayStart;
    auto gate = store->write([&](WriteContext &) -> Status {
        mayStart.acquire();  // keep the writer busy until the next three jobs are queued together
        return Ok{};
    });
    auto first = store->write([](WriteContext &context) { return insertQueue(context, QStringLiteral("First")); });
    auto failing = store->write([](WriteContext &context) -> Status {
        if (Status status = insertQueue(context, QStringLiteral("Doomed")); !status) {
            return status;
        }
        return Error{Error::Code::InvalidValue, QStringLiteral("refused on purpose"), {}};
    });
    auto third = store->write([](WriteContext &context) { return insertQueue(context, QStringLiteral("Third")); });
    mayStart.release();
    for (auto *future : {&gate, &first, &failing, &third}) {
        future->waitForFinished();
    }

    CHECK(first.result().ok());
    REQUIRE_FALSE(failing.result().ok());
    CHECK(failing.result().error().message == u"refused on purpose");
    CHECK(third.result().ok());
    CHECK(queuesNamed(*store, QStringLiteral("First")) == 1);
    CHECK(queuesNamed(*store, QStringLiteral("Doomed")) == 0);
    CHECK(queuesNamed(*store, QStringLiteral("Third")) == 1);
}

TEST_CASE("User work is committed with synchronous=FULL, refetchable data with NORMAL", "[models][store]")
{
    TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    auto synchronousDuring = [&store](Durability durability) {
        auto future = store->write(
            [](WriteContext &context) -> Status {
                QSqlQuery query(context.database);
                if (!query.exec(QStringLiteral("PRAGMA synchronous")) || !query.next()) {
                    return Error{Error::Code::Database, QStringLiteral("cannot read PRAGMA synchronous"), {}};
                }
                return Error{Error::Code::InvalidValue, query.value(0).toString(), {}};  // reported, not written
            },
            durability);
        future.waitForFinished();
        return future.result().error().message;
    };
    CHECK(synchronousDuring(Durability::Full) == u"2");
    CHECK(synchronousDuring(Durability::Normal) == u"1");
}

TEST_CASE("Writes queued just before the store closes are not lost", "[models][store]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        auto store = Tests::openStore(path);
        for (int i = 0; i < 50; ++i) {
            (void)store->write(
                [i](WriteContext &context) { return insertQueue(context, QStringLiteral("Q%1").arg(i)); });
        }
    }  // closed at once, with most jobs still queued
    auto reopened = Tests::openStore(path);
    CHECK(Tests::countRows(*reopened, QStringLiteral("queues")) == 50);
}

TEST_CASE("Updating a ticket keeps its conversation", "[models][store]")
{
    TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    const Queue queue = Tests::sampleQueue();
    const Customer customer = Tests::sampleCustomer();
    Ticket ticket = Tests::sampleTicket(queue, customer, 7, QStringLiteral("App crashes on start"));
    Tests::writeAndWait(*store, [&](WriteContext &context) {
        Status status = context.entities.upsert(queue);
        status = status ? context.entities.upsert(customer) : status;
        status = status ? context.entities.upsert(ticket) : status;
        return status ? context.entities.upsert(Tests::sampleMessage(ticket, QStringLiteral("它一打开就闪退。")))
                      : status;
    });
    ticket.status = TicketStatus::Pending;
    ticket.rev = 2;
    Tests::writeAndWait(*store, [&](WriteContext &context) { return context.entities.upsert(ticket); });

    CHECK(Tests::countRows(*store, QStringLiteral("messages")) == 1);
    CHECK(Tests::countRows(*store, QStringLiteral("tickets WHERE status = 'pending' AND rev = 2")) == 1);
}

TEST_CASE("A file that is not a Frontline cache is refused and left byte-identical", "[models][store]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    SECTION("plain text")
    {
        Tests::writeAll(path, QByteArrayLiteral("Quarterly report\nThis is not a database.\n"));
        requireRefusedUntouched(path, Error::Code::NotACache);
    }
    SECTION("binary data")
    {
        QByteArray bytes(64 * 1024, '\0');
        for (int i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>((i * 131 + 7) % 251);
        }
        Tests::writeAll(path, bytes);
        requireRefusedUntouched(path, Error::Code::NotACache);
    }
    SECTION("another application's SQLite database")
    {
        execOnFile(path,
                   "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'cat.jpg')");
        requireRefusedUntouched(path, Error::Code::NotACache);
    }
}

TEST_CASE("A cache from a newer Frontline is refused and left byte-identical", "[models][store]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    Tests::openStore(path).reset();
    execOnFile(path, "PRAGMA user_version = 99");
    const auto store = LocalStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == Error::Code::NewerVersion);
    requireRefusedUntouched(path, Error::Code::NewerVersion);
}

TEST_CASE("A corrupt cache is refused and left byte-identical", "[models][store]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    createFilledCache(path);
    QByteArray bytes = Tests::readAll(path);
    REQUIRE(bytes.size() > 20 * 4096);
    // Scribble over a run of pages in the middle, leaving the header page intact.
    for (qsizetype i = 8 * 4096; i < 12 * 4096; ++i) {
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    }
    Tests::writeAll(path, bytes);
    requireRefusedUntouched(path, Error::Code::Corrupt);
}

TEST_CASE("A cache closed cleanly is marked so, and one changed or left open since is checked in full on opening",
          "[models][localstore]")
{
    Tests::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString marker = path + QStringLiteral(".closed");
    {
        auto store = Tests::openStore(path);
        Tests::writeAndWait(*store,
                            [](WriteContext &context) { return context.entities.upsert(Tests::sampleQueue()); });
        CHECK_FALSE(QFile::exists(marker));  // open: a crash now must lead to a full check
    }
    REQUIRE(QFile::exists(marker));
    {
        auto reopened = LocalStore::open(path);
        REQUIRE(reopened.ok());
        CHECK_FALSE(QFile::exists(marker));
    }
    REQUIRE(QFile::exists(marker));

    // Damaged after the clean close: the file is no longer what the marker names, so it is checked.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    file.seek(size - 4096);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    auto damaged = LocalStore::open(path);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == Error::Code::Corrupt);
}
