// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <sync/engine/syncstore.h>
#include <widgets/queuefilterbar.h>
#include <widgets/queueview.h>

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

/*! Three tickets: one of them the agent's, two unassigned, in different states and channels. */
struct FilterDesk
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Customer meiling = Tests::sampleCustomer();
    Customer liam = Tests::sampleCustomer(QStringLiteral("Liam Kim"));
    Agent me = Tests::sampleAgent(queue.id);
    Ticket invoice = Tests::sampleTicket(queue, meiling, 1001, QStringLiteral("發票抬頭錯誤"));
    Ticket parcel = Tests::sampleTicket(queue, meiling, 1002, QStringLiteral("包裹沒有收到"));
    Ticket crash = Tests::sampleTicket(queue, liam, 1003, QStringLiteral("App crashes on start"));

    FilterDesk()
    {
        invoice.status = TicketStatus::Open;
        parcel.status = TicketStatus::Pending;
        parcel.assigneeId = me.id;
        parcel.channel = Channel::Chat;
        crash.status = TicketStatus::New;
        crash.priority = Priority::Urgent;
        crash.channel = Channel::Phone;
        write({invoice, parcel, crash});
    }

    void write(const std::vector<Ticket> &tickets)
    {
        Tests::writeAndWait(*store, [&](WriteContext &context) -> Status {
            Status status = context.entities.upsert(queue);
            for (const Customer &customer : {meiling, liam}) {
                status = status ? context.entities.upsert(customer) : status;
            }
            status = status ? context.entities.upsert(me) : status;
            for (const Ticket &ticket : tickets) {
                status = status ? context.entities.upsert(ticket) : status;
            }
            Sync::SyncIdentity identity;
            identity.agent = Sync::LocalAgent{me.id, me.name};
            return status ? Sync::SyncStore(context).saveIdentity(identity) : status;
        });
    }
};

QList<qint64> shownNumbers(App::MainWindow &window)
{
    QList<qint64> numbers;
    for (int row = 0; row < window.filterModel()->rowCount(); ++row) {
        numbers.append(window.filterModel()->rowAt(row)->number);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

}  // namespace

TEST_CASE("The filter box and the views narrow the queue, and the open ticket stays open while it matches",
          "[widgets][queue][filter]")
{
    FilterDesk desk;
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Widgets::QueueFilterBar *bar = window.filterBar();
    auto *text = bar->findChild<QLineEdit *>(QStringLiteral("queueFilterText"));
    auto *views = bar->findChild<QComboBox *>(QStringLiteral("queueViewChoice"));
    auto *statuses = bar->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("ticketCount"));
    REQUIRE(text);
    REQUIRE(views);
    REQUIRE(statuses);
    REQUIRE(count);
    CHECK(shownNumbers(window) == QList<qint64>{1001, 1002, 1003});
    // The tray says what waits: the two unassigned tickets of the agent's queue.
    CHECK(window.trayText().startsWith(QStringLiteral("2 ticket(s) waiting in your queues")));

    // Ctrl+F, then Chinese as an input method commits it.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(text->hasFocus());
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("发票"));  // Simplified finds the Traditional 發票抬頭錯誤
    QApplication::sendEvent(text, &typed);
    CHECK(shownNumbers(window) == QList<qint64>{1001});
    QInputMethodEvent more;
    more.setCommitString(QStringLiteral("收"));  // narrowing: nothing has 发票收
    QApplication::sendEvent(text, &more);
    CHECK(shownNumbers(window).isEmpty());
    QTest::keyClick(text, Qt::Key_Backspace);  // and back again
    CHECK(shownNumbers(window) == QList<qint64>{1001});
    CHECK(count->text() == QStringLiteral("1 of 3 ticket(s) shown"));
    text->clear();
    QTest::keyClicks(text, QStringLiteral("liam"));  // the customer, any case
    CHECK(shownNumbers(window) == QList<qint64>{1003});
    text->clear();
    QTest::keyClicks(text, QStringLiteral("100"));  // the start of a number
    CHECK(shownNumbers(window) == QList<qint64>{1001, 1002, 1003});
    text->clear();

    // The views: mine, unassigned; with a status as well.
    views->setCurrentIndex(static_cast<int>(QueueFilter::View::Mine));
    CHECK(shownNumbers(window) == QList<qint64>{1002});
    views->setCurrentIndex(static_cast<int>(QueueFilter::View::Unassigned));
    CHECK(shownNumbers(window) == QList<qint64>{1001, 1003});
    statuses->setCurrentIndex(1);  // New
    CHECK(shownNumbers(window) == QList<qint64>{1003});
    statuses->setCurrentIndex(0);

    // The open ticket stays selected while it matches, and a live change elsewhere keeps it so.
    views->setCurrentIndex(static_cast<int>(QueueFilter::View::Everything));
    REQUIRE(window.selectTicket(desk.invoice.id));
    statuses->setCurrentIndex(2);  // Open
    CHECK(window.filterModel()->rowAt(window.queueView()->currentIndex().row())->id == desk.invoice.id);
    statuses->setCurrentIndex(0);
    desk.crash.subject = QStringLiteral("App crashes on start (iOS 18)");
    desk.write({desk.crash});
    QTRY_VERIFY_WITH_TIMEOUT(
        window.queueModel()->rowAt(window.queueModel()->rowOf(desk.crash.id))->subject == desk.crash.subject, 5000);
    CHECK(window.filterModel()->rowAt(window.queueView()->currentIndex().row())->id == desk.invoice.id);

    // A ticket claimed meanwhile leaves the Unassigned view by itself.
    views->setCurrentIndex(static_cast<int>(QueueFilter::View::Unassigned));
    desk.invoice.assigneeId = desk.me.id;
    desk.write({desk.invoice});
    QTRY_COMPARE_WITH_TIMEOUT(shownNumbers(window), QList<qint64>{1003}, 5000);

    // Take next's answer hidden by the filter: the filter gives way so the agent sees the ticket.
    REQUIRE(window.selectTicket(desk.parcel.id));
    CHECK(views->currentIndex() == static_cast<int>(QueueFilter::View::Everything));
    CHECK(shownNumbers(window).size() == 3);
}

TEST_CASE("My queues shows the tickets of the queues the agent works in, from the moment the window opens",
          "[widgets][queue][filter]")
{
    FilterDesk desk;
    const Queue returns = Tests::sampleQueue(QStringLiteral("Returns"));
    const Ticket elsewhere = Tests::sampleTicket(returns, desk.liam, 1004, QStringLiteral("Refund missing"));
    Tests::writeAndWait(*desk.store, [&](WriteContext &context) {
        Status status = context.entities.upsert(returns);
        return status ? context.entities.upsert(elsewhere) : status;
    });
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *views = window.filterBar()->findChild<QComboBox *>(QStringLiteral("queueViewChoice"));
    REQUIRE(views);
    CHECK(shownNumbers(window) == QList<qint64>{1001, 1002, 1003, 1004});
    views->setCurrentIndex(static_cast<int>(QueueFilter::View::MyQueues));
    CHECK(shownNumbers(window) == QList<qint64>{1001, 1002, 1003});  // not the Returns queue's ticket
    CHECK(window.trayText().startsWith(QStringLiteral("2 ticket(s) waiting in your queues")));
}

TEST_CASE("Typing tag:name or #name in the filter box shows the tickets with that tag", "[widgets][queue][filter]")
{
    FilterDesk desk;
    desk.invoice.tags = {QStringLiteral("Invoice"), QStringLiteral("VIP")};
    desk.parcel.tags = {QStringLiteral("shipping")};
    desk.crash.tags = {QStringLiteral("vip-app"), QStringLiteral("發票")};
    desk.write({desk.invoice, desk.parcel, desk.crash});
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("queueFilterText"));
    REQUIRE(text);
    text->setFocus();

    QTest::keyClicks(text, QStringLiteral("#vip"));  // a whole tag, any case: not "vip-app"
    CHECK(shownNumbers(window) == QList<qint64>{1001});
    text->clear();
    QTest::keyClicks(text, QStringLiteral("tag:shipping"));
    CHECK(shownNumbers(window) == QList<qint64>{1002});
    text->clear();
    QTest::keyClicks(text, QStringLiteral("#vip invoice"));  // a tag and text together
    CHECK(shownNumbers(window).isEmpty());                   // the word is looked for in subject and customer
    text->clear();
    QTest::keyClicks(text, QStringLiteral("#vip-app app"));
    CHECK(shownNumbers(window) == QList<qint64>{1003});
    text->clear();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("＃发票"));  // full-width # and the other script, from an input method
    QApplication::sendEvent(text, &typed);
    CHECK(shownNumbers(window) == QList<qint64>{1003});
    text->clear();
    QTest::keyClicks(text, QStringLiteral("#1002"));  // a number is not a tag
    CHECK(shownNumbers(window) == QList<qint64>{1002});
    text->clear();

    // A tag added live shows the ticket under that filter.
    QTest::keyClicks(text, QStringLiteral("#shipping"));
    CHECK(shownNumbers(window) == QList<qint64>{1002});
    desk.crash.tags.append(QStringLiteral("shipping"));
    desk.write({desk.crash});
    REQUIRE(QTest::qWaitFor([&window] { return shownNumbers(window) == QList<qint64>{1002, 1003}; }, 5000));
}

TEST_CASE("A filter keystroke moves the selection at once and opens the selected ticket when typing pauses",
          "[widgets][queue][filter]")
{
    FilterDesk desk;
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("queueFilterText"));
    REQUIRE(text);
    window.selectTicket(desk.invoice.id);
    REQUIRE(window.threadModel()->ticketId() == desk.invoice.id);

    // "liam" leaves only Liam's ticket: it is selected with the keystroke, the thread follows the pause.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral("liam"));
    const Models::QueueRow *selected = window.filterModel()->rowAt(window.queueView()->currentIndex().row());
    REQUIRE(selected);
    CHECK(selected->id == desk.crash.id);
    CHECK(window.threadModel()->ticketId() == desk.invoice.id);  // not while the keys come
    REQUIRE(QTest::qWaitFor([&] { return window.threadModel()->ticketId() == desk.crash.id; }, 2000));

    // Choosing a ticket with the keyboard or the mouse opens it at once, as before.
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Backspace);
    REQUIRE(QTest::qWaitFor([&] { return shownNumbers(window).size() == 3; }, 2000));
    window.queueView()->setFocus();
    window.queueView()->setCurrentIndex(
        window.filterModel()->index(window.filterModel()->rowOf(desk.parcel.id), Models::QueueModel::SubjectColumn));
    CHECK(window.threadModel()->ticketId() == desk.parcel.id);
}
