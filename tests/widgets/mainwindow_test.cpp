// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/translations.h>
#include <widgets/queueview.h>

#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
using Frontline::Tests::TempDir;

namespace {

struct WindowFixture
{
    TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Customer customer = Tests::sampleCustomer();

    WindowFixture()
    {
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = context.entities.upsert(queue);
            status = status ? context.entities.upsert(customer) : status;
            const QStringList subjects{QStringLiteral("订单 #20241587 未收到"), QStringLiteral("App crashes on start"),
                                       QStringLiteral("發票抬頭錯誤")};
            for (int i = 0; status && i < subjects.size(); ++i) {
                status = context.entities.upsert(Tests::sampleTicket(queue, customer, 1001 + i, subjects[i]));
            }
            return status;
        });
    }

    QString countText(App::MainWindow &window) const
    {
        return window.findChild<QLabel *>(QStringLiteral("ticketCount"))->text();
    }
};

QPoint headerSectionCenter(QHeaderView *header, int section)
{
    return QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
}

}  // namespace

TEST_CASE("The main window lists the cached tickets and counts them in the status bar", "[widgets][mainwindow]")
{
    WindowFixture fixture;
    Models::Translations english;  // holds the English plural forms ("1 ticket", "3 tickets")
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*fixture.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.queueModel()->rowCount() == 3);
    CHECK(fixture.countText(window) == u"3 tickets");

    SECTION("a ticket written later appears without a reload")
    {
        QSignalSpy inserted(window.queueModel(), &QAbstractItemModel::rowsInserted);
        const Ticket late = Tests::sampleTicket(fixture.queue, fixture.customer, 1004, QStringLiteral("Late arrival"));
        Tests::writeAndWait(*fixture.store, [late](WriteContext &context) { return context.entities.upsert(late); });
        REQUIRE((inserted.count() > 0 || inserted.wait(5000)));
        CHECK(window.queueModel()->rowOf(late.id) >= 0);
        CHECK(fixture.countText(window) == u"4 tickets");
    }
}

TEST_CASE("Clicking a column header sorts the queue by that column", "[widgets][mainwindow]")
{
    WindowFixture fixture;
    App::MainWindow window(*fixture.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QHeaderView *header = window.queueView()->horizontalHeader();
    auto numberAt = [&window](int row) {
        return window.filterModel()->index(row, QueueModel::NumberColumn).data().toLongLong();
    };

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerSectionCenter(header, QueueModel::NumberColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    CHECK(header->sortIndicatorSection() == QueueModel::NumberColumn);
    CHECK(numberAt(0) == (first == Qt::AscendingOrder ? 1001 : 1003));

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerSectionCenter(header, QueueModel::NumberColumn));
    CHECK(header->sortIndicatorOrder() != first);
    CHECK(numberAt(0) == (first == Qt::AscendingOrder ? 1003 : 1001));
}

TEST_CASE("The arrow keys move through the queue", "[widgets][mainwindow]")
{
    WindowFixture fixture;
    App::MainWindow window(*fixture.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Widgets::QueueView *view = window.queueView();
    view->setFocus();
    view->setCurrentIndex(window.filterModel()->index(0, QueueModel::SubjectColumn));

    QTest::keyClick(view, Qt::Key_Down);
    CHECK(view->currentIndex().row() == 1);
    QTest::keyClick(view, Qt::Key_End);  // the last ticket, not the last cell of the row
    CHECK(view->currentIndex().row() == 2);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->currentIndex().row() == 0);
}
