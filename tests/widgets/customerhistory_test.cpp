// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/contactmask.h>
#include <models/customerhistorymodel.h>
#include <models/localstore.h>
#include <models/noticelistmodel.h>
#include <models/queuemodel.h>
#include <models/translations.h>
#include <widgets/customerhistorypanel.h>
#include <widgets/noticesdialog.h>
#include <widgets/queueview.h>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

Customer withContacts(Customer customer, const QString &email, const QString &phone)
{
    customer.email = email;
    customer.phone = phone;
    return customer;
}

struct HistoryDesk
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Customer meiling = withContacts(Tests::sampleCustomer(), QStringLiteral("meiling.chen@example.tw"),
                                    QStringLiteral("+886 912 345 678"));
    Customer liam = withContacts(Tests::sampleCustomer(QStringLiteral("Liam Kim")), QStringLiteral("liam@example.com"),
                                 QStringLiteral("+1 415 555 0134"));
    Ticket first = Tests::sampleTicket(queue, meiling, 1001, QStringLiteral("發票抬頭錯誤"));
    Ticket second = Tests::sampleTicket(queue, liam, 1002, QStringLiteral("App crashes on start"));

    HistoryDesk()
    {
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = context.entities.upsert(queue);
            for (const Customer &customer : {meiling, liam}) {
                status = status ? context.entities.upsert(customer) : status;
            }
            for (const Ticket &ticket : {first, second}) {
                status = status ? context.entities.upsert(ticket) : status;
            }
            return status;
        });
    }

    void noteHistoryFetched(const QUuid &customerId)
    {
        Tests::writeAndWait(*store, [customerId](WriteContext &context) -> Status {
            QSqlQuery query(context.database);
            query.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO history_cache (customer_id, fetched_at, complete) VALUES (?, ?, 1)"));
            query.addBindValue(customerId.toString(QUuid::WithoutBraces));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec()) {
                return Error{Error::Code::Database, QStringLiteral("cannot note the history"), {}};
            }
            context.changes.customers.insert(customerId);
            return Ok{};
        });
    }

    qint64 addNotice(const QString &text, const QString &recovered)
    {
        qint64 id = 0;
        Tests::writeAndWait(*store, [&](WriteContext &context) -> Status {
            QSqlQuery query(context.database);
            query.prepare(QStringLiteral("INSERT INTO notices (created_at, kind, ticket_id, text, recovered_body) "
                                         "VALUES (?, 'ticket_closed', ?, ?, ?)"));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            query.addBindValue(first.id.toString(QUuid::WithoutBraces));
            query.addBindValue(text);
            query.addBindValue(recovered);
            if (!query.exec()) {
                return Error{Error::Code::Database, QStringLiteral("cannot add a notice"), {}};
            }
            id = query.lastInsertId().toLongLong();
            return Ok{};
        });
        return id;
    }
};

QString shownName(App::MainWindow &window)
{
    return window.historyPanel()->findChild<QLabel *>(QStringLiteral("customerName"))->text();
}

QPushButton *fetchButton(App::MainWindow &window)
{
    return window.historyPanel()->findChild<QPushButton *>(QStringLiteral("fetchHistory"));
}

}  // namespace

TEST_CASE("Selecting a ticket shows its customer's history beside the queue", "[widgets][history]")
{
    HistoryDesk desk;
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The window opens on the top of the queue, with its customer.
    Widgets::QueueView *view = window.queueView();
    REQUIRE(view->currentIndex().isValid());
    const auto customerAt = [&](int row) {
        return window.queueModel()->rowAt(row)->customerId;
    };
    const Customer &top = customerAt(view->currentIndex().row()) == desk.meiling.id ? desk.meiling : desk.liam;
    CHECK(shownName(window) == top.name);
    CHECK(window.historyModel()->rowCount() == 1);
    CHECK(window.historyPanel()->cacheText() == u"1 ticket from your queues is cached; older history needs the server. "
                                                u"You are offline.");

    view->setFocus();
    QTest::keyClick(view, view->currentIndex().row() == 0 ? Qt::Key_Down : Qt::Key_Up);
    const Customer &next = &top == &desk.meiling ? desk.liam : desk.meiling;
    CHECK(shownName(window) == next.name);

    SECTION("a ticket of the shown customer arriving later is listed at once")
    {
        const Ticket later = Tests::sampleTicket(desk.queue, next, 1003, QStringLiteral("第二个问题"));
        Tests::writeAndWait(*desk.store, [later](WriteContext &context) { return context.entities.upsert(later); });
        REQUIRE(QTest::qWaitFor([&] { return window.historyModel()->rowCount() == 2; }, 5000));
    }
}

TEST_CASE("A customer's older history is fetched once the agent stays on them, and only while online",
          "[widgets][history]")
{
    HistoryDesk desk;
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*desk.store);
    QSignalSpy requested(&window, &App::MainWindow::customerHistoryRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QUuid shown = window.historyModel()->customerId();
    REQUIRE_FALSE(shown.isNull());

    QTest::qWait(App::MainWindow::HistoryFetchDelayMs * 2);
    CHECK(requested.isEmpty());  // offline: nothing to ask
    CHECK_FALSE(fetchButton(window)->isEnabled());

    window.setServerReachable(true);
    REQUIRE(requested.wait(App::MainWindow::HistoryFetchDelayMs * 5));
    CHECK(requested.takeFirst().at(0).toUuid() == shown);
    CHECK(window.historyPanel()->cacheText().startsWith(u"Loading this customer's history"));

    SECTION("the fetched history is shown with the time it was fetched")
    {
        desk.noteHistoryFetched(shown);
        window.historyFetched(shown, true);
        CHECK(window.historyPanel()->cacheText().startsWith(u"Complete history cached (1 ticket), fetched "));
        CHECK(fetchButton(window)->text() == u"Refresh history");
        CHECK(fetchButton(window)->isEnabled());

        // The button asks again, with a real click.
        QTest::mouseClick(fetchButton(window), Qt::LeftButton);
        REQUIRE(requested.size() == 1);
        CHECK(requested.takeFirst().at(0).toUuid() == shown);
    }
    SECTION("a fetch that failed says so and keeps what the cache holds")
    {
        window.historyFetched(shown, false);
        CHECK(window.historyPanel()->cacheText().endsWith(
            u"The server could not be reached; this is what the cache holds."));
        CHECK(window.historyModel()->rowCount() == 1);
        QTest::qWait(App::MainWindow::HistoryFetchDelayMs * 2);
        CHECK(requested.isEmpty());  // not asked again by itself: the button is there for that
    }
}

TEST_CASE("The text of a refused reply is kept in the notices, ready to copy", "[widgets][notices]")
{
    HistoryDesk desk;
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *button = window.findChild<QToolButton *>(QStringLiteral("noticesButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isVisible());

    const QString reply = QStringLiteral("您好，退款已经处理，预计 3–5 个工作日到账。");
    desk.addNotice(QStringLiteral("Ticket 1001 was closed; your reply was not sent."), reply);
    window.noticeAdded(QStringLiteral("Ticket 1001 was closed; your reply was not sent."));
    CHECK(button->isVisible());
    CHECK(button->text() == u"1 new notice");

    // Ctrl+Shift+N opens the notices; the newest is shown with its text, and the copy button takes it.
    bool checked = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<Widgets::NoticesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("recoveredText"));
        REQUIRE(text);
        CHECK(text->toPlainText() == reply);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyRecoveredText")), Qt::LeftButton);
        CHECK(QGuiApplication::clipboard()->text() == reply);
        checked = true;
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(checked);

    // Read once, it is no longer new, and its text is still there.
    REQUIRE(QTest::qWaitFor([&] { return button->text() == u"Notices"; }, 5000));
    REQUIRE(window.noticeModel()->rowCount() == 1);
    CHECK(window.noticeModel()->noticeAt(0)->recoveredBody == reply);
}

TEST_CASE("In Chinese the history panel's sentences follow each other without a space", "[widgets][history]")
{
    HistoryDesk desk;
    Translations chinese;
    REQUIRE(chinese.install(QStringLiteral("zh_CN")));
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString text = window.historyPanel()->cacheText();
    CHECK(text.endsWith(QStringLiteral("。您当前离线。")));
    CHECK_FALSE(text.contains(QStringLiteral("。 ")));
}

TEST_CASE("A customer's email and phone are masked until the agent reveals them, and each reveal is reported once",
          "[widgets][history]")
{
    HistoryDesk desk;
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Widgets::CustomerHistoryPanel *panel = window.historyPanel();
    QSignalSpy reveals(&window, &App::MainWindow::contactRevealed);

    const bool meilingFirst = shownName(window) == desk.meiling.name;
    const Customer &top = meilingFirst ? desk.meiling : desk.liam;
    const Customer &next = meilingFirst ? desk.liam : desk.meiling;
    CHECK(panel->contactText(ContactPoint::Email) == ContactMask::email(top.email));
    CHECK(panel->contactText(ContactPoint::Phone) == ContactMask::phone(top.phone));
    CHECK_FALSE(panel->contactText(ContactPoint::Phone).contains(top.phone.right(8)));

    QToolButton *revealPhone = panel->revealButton(ContactPoint::Phone);
    REQUIRE(revealPhone->isVisible());
    QTest::mouseClick(revealPhone, Qt::LeftButton);
    CHECK(panel->contactText(ContactPoint::Phone) == top.phone);
    CHECK(panel->contactText(ContactPoint::Email) == ContactMask::email(top.email));  // only what was asked for
    REQUIRE(reveals.size() == 1);
    CHECK(reveals.at(0).at(0).toUuid() == top.id);
    CHECK(reveals.at(0).at(1).value<ContactPoint>() == ContactPoint::Phone);

    // Hiding it again is not a reveal.
    QTest::mouseClick(revealPhone, Qt::LeftButton);
    CHECK(panel->contactText(ContactPoint::Phone) == ContactMask::phone(top.phone));
    CHECK(reveals.size() == 1);

    QTest::mouseClick(revealPhone, Qt::LeftButton);
    CHECK(reveals.size() == 2);

    // The next customer starts masked.
    Widgets::QueueView *view = window.queueView();
    view->setFocus();
    QTest::keyClick(view, view->currentIndex().row() == 0 ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(shownName(window) == next.name);
    CHECK(panel->contactText(ContactPoint::Phone) == ContactMask::phone(next.phone));
    CHECK(panel->contactText(ContactPoint::Email) == ContactMask::email(next.email));
    CHECK(reveals.size() == 2);
}
