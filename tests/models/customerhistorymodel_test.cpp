// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/customerhistorymodel.h>
#include <models/localstore.h>

#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

struct HistoryFixture
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Customer customer = Tests::sampleCustomer();
    Customer other = Tests::sampleCustomer(QStringLiteral("Liam Kim"));
    std::vector<Ticket> tickets;

    HistoryFixture()
    {
        customer.vip = true;
        customer.tier = CustomerTier::Gold;
        customer.tags = {QStringLiteral("app-user")};
        customer.notes = QStringLiteral("偏好电话联系");
        customer.lifetimeValueCents = 41421;
        for (int i = 0; i < 3; ++i) {
            Ticket ticket = Tests::sampleTicket(queue, customer, 1001 + i, QStringLiteral("订单 %1").arg(i));
            ticket.createdAt = Tests::fixedTime(i * 60);
            tickets.push_back(ticket);
        }
        tickets[0].status = TicketStatus::Closed;
        customer.csat = {CsatRating{tickets[0].id, 4, QStringLiteral("不错"), Tests::fixedTime(30)}};
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = context.entities.upsert(queue);
            status = status ? context.entities.upsert(customer) : status;
            status = status ? context.entities.upsert(other) : status;
            for (const Ticket &ticket : tickets) {
                status = status ? context.entities.upsert(ticket) : status;
            }
            status =
                status ? context.entities.upsert(Tests::sampleTicket(queue, other, 2001, QStringLiteral("x"))) : status;
            return status;
        });
    }
};

}  // namespace

TEST_CASE("A customer's history lists their cached tickets newest first, with their ratings", "[models][history]")
{
    HistoryFixture f;
    CustomerHistoryModel model;
    REQUIRE(model.load(f.store->readDatabase(), f.customer.id).ok());

    REQUIRE(model.rowCount() == 3);  // not the other customer's ticket
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(0, CustomerHistoryModel::NumberColumn) == u"#1003");
    CHECK(cell(2, CustomerHistoryModel::NumberColumn) == u"#1001");
    CHECK(cell(2, CustomerHistoryModel::SubjectColumn) == u"订单 0");
    CHECK(cell(2, CustomerHistoryModel::StatusColumn) == u"Closed");
    CHECK(cell(2, CustomerHistoryModel::CsatColumn) == u"4/5");
    CHECK(cell(0, CustomerHistoryModel::CsatColumn).isEmpty());
    CHECK(model.index(2, 0).data(CustomerHistoryModel::TicketIdRole).toUuid() == f.tickets[0].id);

    REQUIRE(model.profile().has_value());
    CHECK(model.profile()->name == f.customer.name);
    CHECK(model.profile()->vip);
    CHECK(model.profile()->tier == CustomerTier::Gold);
    CHECK(model.profile()->tags == QStringList{QStringLiteral("app-user")});
    CHECK(model.profile()->notes == f.customer.notes);
    CHECK(model.profile()->lifetimeValueCents == 41421);
}

TEST_CASE("A customer's history says whether older tickets were fetched from the server, and when", "[models][history]")
{
    HistoryFixture f;
    CustomerHistoryModel model;
    REQUIRE(model.load(f.store->readDatabase(), f.customer.id).ok());
    CHECK_FALSE(model.cacheState().fetchedAt.has_value());
    CHECK_FALSE(model.cacheState().complete);

    const QDateTime fetched = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000, Qt::UTC);
    Tests::writeAndWait(*f.store, [&](WriteContext &context) -> Status {
        QSqlQuery query(context.database);
        query.prepare(QStringLiteral("INSERT INTO history_cache (customer_id, fetched_at, complete) VALUES (?, ?, 1)"));
        query.addBindValue(f.customer.id.toString(QUuid::WithoutBraces));
        query.addBindValue(fetched.toMSecsSinceEpoch());
        if (!query.exec()) {
            return Error{Error::Code::Database, QStringLiteral("cannot note the history"), {}};
        }
        context.changes.customers.insert(f.customer.id);
        return Ok{};
    });
    ChangeSet changes;
    changes.customers.insert(f.customer.id);
    CHECK(model.isAffectedBy(changes));
    REQUIRE(model.load(f.store->readDatabase(), f.customer.id).ok());
    REQUIRE(model.cacheState().fetchedAt.has_value());
    CHECK(*model.cacheState().fetchedAt == fetched);
    CHECK(model.cacheState().complete);
}

TEST_CASE("A customer not in the cache shows no profile and no tickets", "[models][history]")
{
    HistoryFixture f;
    CustomerHistoryModel model;
    REQUIRE(model.load(f.store->readDatabase(), QUuid::createUuid()).ok());
    CHECK_FALSE(model.profile().has_value());
    CHECK(model.rowCount() == 0);
    model.clear();
    CHECK(model.customerId().isNull());
    ChangeSet everything;
    everything.everything = true;
    CHECK_FALSE(model.isAffectedBy(everything));
}
