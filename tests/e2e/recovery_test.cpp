// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncdesk.h"

#include <models/cacherecovery.h>
#include <server/changefeed.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Sync::SyncClient;

namespace {

/*! The page numbers of a table's leaf pages and the page size, read through a read-only connection. */
std::pair<QList<qint64>, qint64> leafPages(const QString &path, const QString &table)
{
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect-pages"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                                          "ORDER BY path")
                               .arg(table)));
        while (query.next()) {
            pages.append(query.value(0).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect-pages"));
    return {pages, pageSize};
}

/*! What a failing disk does: a whole page of the file reads back as garbage. */
void damagePage(const QString &path, qint64 page, qint64 pageSize)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    QByteArray garbage(static_cast<qsizetype>(pageSize), '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 131 + 7) & 0xff);
    }
    REQUIRE(file.write(garbage) == pageSize);
}

}  // namespace

TEST_CASE("A cache found damaged at start-up is moved aside, its unsent changes are sent, and a full resync "
          "completes",
          "[e2e][sync][recovery]")
{
    SyncDesk desk(60);
    auto alice = std::make_unique<Workstation>(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {alice.get()}));
    const QString path = alice->cacheFile;

    // Notes written offline, then the application quits.
    alice->client->setWorkOffline(true);
    QList<QUuid> notes;
    for (int i = 0; i < 5; ++i) {
        notes.append(QUuid::createUuid());
        alice->client->submit(P::AddNote{desk.billingTickets[static_cast<std::size_t>(i)].id,
                                         notes.back(),
                                         QStringLiteral("离线备注 %1").arg(i),
                                         {}});
    }
    REQUIRE(waitFor([&] { return alice->client->pendingCount() == 5; }));
    alice->close();

    // The disk loses a page of the synced tickets (not of the outbox).
    const auto [pages, pageSize] = leafPages(path, QStringLiteral("tickets"));
    REQUIRE(pages.size() >= 2);
    damagePage(path, pages[pages.size() / 2], pageSize);
    const QByteArray damaged = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();

    // Start-up: recovery moves it aside and keeps the unsent notes.
    auto opened = Models::CacheRecovery::openOrRecover(path);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    CHECK(opened->report.recovered);
    CHECK(opened->report.salvagedChanges == 5);
    CHECK(opened->report.message.contains(QStringLiteral("5 change")));
    QFile movedAside(opened->report.movedTo);
    REQUIRE(movedAside.open(QIODevice::ReadOnly));
    CHECK(movedAside.readAll() == damaged);  // not deleted, not changed

    // The fresh cache signs in, resyncs everything and sends the notes, once.
    std::unique_ptr<Models::LocalStore> store = std::move(opened->store);
    Sync::SyncClient::Options options;
    options.url = desk.url();
    options.backoff = Sync::BackoffPolicy{50, 400, 0.5};
    SyncClient client(*store, options);
    client.signIn(desk.alice.username, DeskFixture::passwordOf(desk.alice));
    const qint64 latest = [&] {
        return Server::ChangeFeed(*desk.db).latestSeq().value_or(-1);
    }();
    REQUIRE(waitFor([&] {
        return client.isIdle() && client.cursor() >= Server::ChangeFeed(*desk.db).latestSeq().value_or(-1) &&
               client.cursor() > latest;
    }));
    for (const QUuid &note : notes) {
        auto found = desk.db->exec(QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"),
                                   {note.toString(QUuid::WithoutBraces)});
        REQUIRE(found.ok());
        REQUIRE(found->next());
        CHECK(found->value(0).toInt() == 1);
    }
    const QStringList cache = cacheView(store->readDatabase(), desk.billing.id);
    const QStringList server = serverView(*desk.db, desk.billing.id);
    INFO(differences(cache, server));
    CHECK(cache == server);
    QSqlQuery check(store->readDatabase());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok");
}
