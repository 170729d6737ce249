// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/translations.h>
#include <widgets/queueview.h>

#include <QApplication>
#include <QFont>
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

TEST_CASE("Under a dark system palette the window is dark and late SLAs stay readable", "[widgets][mainwindow]")
{
    WindowFixture fixture;
    Ticket late = Tests::sampleTicket(fixture.queue, fixture.customer, 1009, QStringLiteral("退款还没到账"));
    late.firstResponseDue = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Tests::writeAndWait(*fixture.store, [&late](WriteContext &context) { return context.entities.upsert(late); });
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));

    App::MainWindow window(*fixture.store);
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const int row = window.queueModel()->rowOf(late.id);
    REQUIRE(row >= 0);
    const QModelIndex sla = window.queueModel()->index(row, QueueModel::SlaColumn);
    const QColor onLight = sla.data(Qt::ForegroundRole).value<QColor>();

    QApplication::setPalette(dark);  // as a desktop switching to its dark theme does
    const QColor onDark = sla.data(Qt::ForegroundRole).value<QColor>();
    CHECK(onLight.lightness() < 128);  // deep red on white
    CHECK(onDark.lightness() > 140);   // light red on near-black
    REQUIRE(QTest::qWaitFor([&window] { return window.palette().color(QPalette::Window).lightness() < 128; }));
    QApplication::setPalette(light);
}

TEST_CASE("The ticket count follows a bulk write such as the first sync", "[widgets][mainwindow]")
{
    TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *count = window.findChild<QLabel *>(QStringLiteral("ticketCount"));
    REQUIRE(count);
    CHECK(count->text() == QStringLiteral("0 tickets"));

    const Queue queue = Tests::sampleQueue();
    const Customer customer = Tests::sampleCustomer();
    Tests::writeAndWait(*store, [&](WriteContext &context) {
        Status status = context.entities.upsert(queue);
        status = status ? context.entities.upsert(customer) : status;
        for (int i = 0; status && i < 3; ++i) {
            status = context.entities.upsert(Tests::sampleTicket(queue, customer, 2001 + i, QStringLiteral("同步")));
        }
        context.changes.everything = true;  // as a page of the first sync marks it
        return status;
    });
    REQUIRE(QTest::qWaitFor([&window] { return window.queueModel()->rowCount() == 3; }, 5000));
    CHECK(count->text() == QStringLiteral("3 tickets"));
}

namespace {

void customerWrites(WindowFixture &fixture, const QUuid &ticketId, int minute)
{
    Ticket ticket;
    ticket.id = ticketId;
    Message message = Tests::sampleMessage(ticket, QStringLiteral("请问进度如何？"));
    message.createdAt = Tests::fixedTime(minute);
    QSignalSpy changed(fixture.store.get(), &LocalStore::changed);
    Tests::writeAndWait(*fixture.store, [message](WriteContext &context) { return context.entities.upsert(message); });
    REQUIRE((changed.count() > 0 || changed.wait(5000)));
}

bool shownUnread(App::MainWindow &window, const QUuid &ticketId)
{
    const QModelIndex index = window.filterModel()->index(window.filterModel()->rowOf(ticketId), 0);
    return index.data(QueueModel::UnreadRole).toBool() && index.data(Qt::FontRole).value<QFont>().bold();
}

}  // namespace

TEST_CASE("A ticket the customer wrote in stays bold until the agent opens it, also after a restart",
          "[widgets][mainwindow][unread]")
{
    WindowFixture fixture;
    QUuid first;
    QUuid second;
    QUuid third;
    {
        App::MainWindow window(*fixture.store);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        Widgets::QueueView *view = window.queueView();
        view->setCurrentIndex(window.filterModel()->index(0, QueueModel::SubjectColumn));
        first = window.filterModel()->rowAt(0)->id;
        second = window.filterModel()->rowAt(1)->id;
        third = window.filterModel()->rowAt(2)->id;

        customerWrites(fixture, first, 5);  // into the ticket the agent is reading
        customerWrites(fixture, second, 5);
        customerWrites(fixture, third, 5);
        CHECK_FALSE(shownUnread(window, first));
        CHECK(shownUnread(window, second));
        CHECK(shownUnread(window, third));

        // A click opens the third ticket: its row is read at once, and the cache remembers it.
        QSignalSpy marked(fixture.store.get(), &LocalStore::changed);
        const QRect cell = view->visualRect(window.filterModel()->index(2, QueueModel::SubjectColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(view->currentIndex().row() == 2);
        CHECK_FALSE(shownUnread(window, third));
        REQUIRE((marked.count() > 0 || marked.wait(5000)));

        // The first ticket, read while its message arrived, stays read once the agent moved on.
        CHECK_FALSE(shownUnread(window, first));
        CHECK(shownUnread(window, second));
    }
    App::MainWindow again(*fixture.store);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK_FALSE(shownUnread(again, first));
    CHECK(shownUnread(again, second));
    CHECK_FALSE(shownUnread(again, third));
}
