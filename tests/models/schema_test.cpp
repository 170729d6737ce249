// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/localstore.h>
#include <models/queuerow.h>
#include <models/schema.h>
#include <models/searchtext.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
using Frontline::Tests::TempDir;

namespace {

// Builds a cache file the way an older Frontline left it, from a frozen SQL dump.
void createFromFixture(const QString &path, int version)
{
    const QByteArray script = Tests::readAll(QStringLiteral(FRONTLINE_TEST_DATA_DIR "/schema_v%1.sql").arg(version));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(Models::SearchText::registerTokenizer(db));  // as every store connection has it
    char *error = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Runs raw SQL on a file that is not open in a store.
void execOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(Models::SearchText::registerTokenizer(db));  // as every store connection has it
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

int scalarInt(LocalStore &store, const QString &sql)
{
    QSqlQuery query(store.readDatabase());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QStringList schemaObjects(LocalStore &store)
{
    QSqlQuery query(store.readDatabase());
    REQUIRE(query.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList objects;
    while (query.next()) {
        objects.append(query.value(0).toString().simplified());
    }
    return objects;
}

}  // namespace

TEST_CASE("A new cache file is created at the current schema version with every table", "[models][schema]")
{
    TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("new.sqlite")));
    CHECK(scalarInt(*store, QStringLiteral("PRAGMA user_version")) == Schema::CurrentVersion);
    CHECK(scalarInt(*store, QStringLiteral("PRAGMA application_id")) == Schema::ApplicationId);
    for (const char *table : {"queues", "agents", "queue_members", "customers", "tickets", "messages", "csat_ratings",
                              "articles", "canned_replies", "outbox", "sync_state", "drafts"}) {
        INFO(table);
        CHECK(Tests::countRows(*store, QString::fromLatin1(table)) == 0);
    }
    QSqlQuery mode(store->readDatabase());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == u"wal");
}

TEST_CASE("An empty file becomes a new cache", "[models][schema]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    Tests::writeAll(path, {});
    auto store = Tests::openStore(path);
    CHECK(scalarInt(*store, QStringLiteral("PRAGMA user_version")) == Schema::CurrentVersion);
}

TEST_CASE("A cache from an older schema version is upgraded and keeps its data", "[models][schema]")
{
    const int version = GENERATE(range(1, Schema::CurrentVersion));
    INFO("upgrading from version " << version);
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    createFromFixture(path, version);

    auto store = Tests::openStore(path);
    CHECK(scalarInt(*store, QStringLiteral("PRAGMA user_version")) == Schema::CurrentVersion);
    CHECK(scalarInt(*store, QStringLiteral("SELECT number FROM tickets WHERE subject = '訂單 #20241587 尚未送達'")) ==
          1042);
    CHECK(Tests::countRows(*store, QStringLiteral("messages")) == 1);
    CHECK(Tests::countRows(*store, QStringLiteral("csat_ratings")) == 1);
    CHECK(Tests::countRows(*store, QStringLiteral("queue_members")) == 1);
    if (version >= 2) {
        CHECK(Tests::countRows(*store, QStringLiteral("outbox")) == 1);  // pending user work survives
    }
    CHECK(scalarInt(*store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                           "AND name = 'tickets_by_queue'")) == 1);
}

TEST_CASE("An upgraded cache has exactly the schema of a new one", "[models][schema]")
{
    TempDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
    createFromFixture(oldPath, 1);
    auto upgraded = Tests::openStore(oldPath);
    auto fresh = Tests::openStore(dir.filePath(QStringLiteral("fresh.sqlite")));
    CHECK(schemaObjects(*upgraded) == schemaObjects(*fresh));
}

TEST_CASE("A failing upgrade step rolls every step back and says which one failed", "[models][schema]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
    createFromFixture(path, 1);
    // Version 2 creates the outbox table; a table of that name already there makes the step fail.
    execOnFile(path, "CREATE TABLE outbox (unexpected TEXT)");

    const auto store = LocalStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == Error::Code::MigrationFailed);
    CHECK(store.error().message.contains(QStringLiteral("from version 1 to 2")));

    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT user_version FROM pragma_user_version), "
                       "(SELECT count(*) FROM sqlite_master WHERE name = 'sync_state')",
                       -1, &statement, nullptr);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == 1);
    CHECK(sqlite3_column_int(statement, 1) == 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_CASE("An upgraded cache shows nothing as unread, and a customer message after the upgrade does",
          "[models][schema][unread]")
{
    const int version = GENERATE(1, Schema::CurrentVersion - 1);
    INFO("upgrading from version " << version);
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    createFromFixture(path, version);  // its one ticket holds one customer message
    auto store = Tests::openStore(path);

    const auto unread = [&store] {
        auto rows = QueueRowReader(store->readDatabase()).all();
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        return rows->front().unread;
    };
    CHECK_FALSE(unread());

    Tests::writeAndWait(*store, [](WriteContext &context) {
        QSqlQuery query(context.database);
        return query.exec(QStringLiteral(
                   "INSERT INTO messages (id, ticket_id, author_kind, visibility, body, created_at) VALUES "
                   "('bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee', '7e57ab1e-0000-4000-8000-000000001042', 'customer', "
                   "'public', '還在等。', 1763990000000)"))
                   ? Status(Ok{})
                   : Status(Error{Error::Code::Database, query.lastError().text(), {}});
    });
    CHECK(unread());
}
