// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The agent's window on a real workstation (SyncClient and its SQLite cache) against a real
// frontline-server on 127.0.0.1, driven with real key and mouse events.

#include "syncdesk.h"

#include <app/mainwindow.h>
#include <models/labels.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/ticketthreadmodel.h>
#include <server/entitystore.h>
#include <server/serverdatabase.h>
#include <widgets/cannedreplycompleter.h>
#include <widgets/customerhistorypanel.h>
#include <widgets/queueview.h>
#include <widgets/ticketview.h>

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Sync::SyncClient;

namespace {

/*! Wires a window to a workstation's sync engine as the client's main() does with its session. */
void connectWindow(App::MainWindow &window, SyncClient &client)
{
    QObject::connect(&client, &SyncClient::statusTextChanged, &window, &App::MainWindow::showSyncStatus);
    QObject::connect(&client, &SyncClient::stateChanged, &window, [&window](SyncClient::State state) {
        window.setServerReachable(state == SyncClient::State::Online || state == SyncClient::State::Syncing);
    });
    QObject::connect(&client, &SyncClient::ticketTaken, &window, &App::MainWindow::ticketTaken);
    QObject::connect(&window, &App::MainWindow::takeNextRequested, &client,
                     [&client] { client.submit(P::TakeNext{}); });
    QObject::connect(&window, &App::MainWindow::messageRequested, &client,
                     [&client](const QUuid &ticketId, const QUuid &messageId, bool publicReply, const QString &body) {
                         if (publicReply) {
                             client.submit(P::AddReply{ticketId, messageId, body, {}});
                         } else {
                             client.submit(P::AddNote{ticketId, messageId, body, {}});
                         }
                     });
    QObject::connect(&window, &App::MainWindow::statusRequested, &client,
                     [&client](const QUuid &ticketId, Models::TicketStatus status, qint64 baseRev) {
                         client.submit(P::SetStatus{ticketId, status}, baseRev);
                     });
    QObject::connect(&window, &App::MainWindow::contactRevealed, &client,
                     [&client](const QUuid &customerId, Models::ContactPoint point, const QDateTime &when) {
                         client.submit(P::RevealContact{customerId, point, when});
                     });
    window.showSyncStatus(client.statusText());
    window.setServerReachable(client.state() == SyncClient::State::Online);
    window.setWorkAvailable(true);
}

/*! An agent's workstation, signed in and online, with its window shown and wired. */
struct SignedInWindow
{
    SignedInWindow(SyncDesk &desk, const Models::Agent &agent)
        : station(desk, agent)
    {
        station.open();
        REQUIRE(waitFor([this] { return station.client->state() == SyncClient::State::Online; }));
        window = std::make_unique<App::MainWindow>(*station.store);
        connectWindow(*window, *station.client);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    Workstation station;
    std::unique_ptr<App::MainWindow> window;
};

QString serverMessageBody(Server::ServerDatabase &db, const QUuid &ticketId, const QString &like)
{
    auto found = db.exec(QStringLiteral("SELECT body FROM messages WHERE ticket_id = ? AND body LIKE ?"),
                         {ticketId.toString(QUuid::WithoutBraces), like});
    REQUIRE(found.ok());
    return found->next() ? found->value(0).toString() : QString();
}

}  // namespace

TEST_CASE("An agent takes the next ticket, answers with a canned reply and the reply reaches the server", "[e2e][gui]")
{
    SyncDesk desk;
    Models::CannedReply address;
    address.id = QUuid::createUuid();
    address.title = QStringLiteral("确认收货地址");
    address.shortcut = QStringLiteral("addr");
    address.body =
        QStringLiteral("{{customer.first_name|您}}好，工单 {{ticket.number}} 已收到。请确认收货地址：{{cursor}}。"
                       "\n{{agent.name}}");
    address.language = QStringLiteral("zh_TW");
    REQUIRE(Server::EntityStore(*desk.db).save(address).ok());

    SignedInWindow agent(desk, desk.alice);
    Workstation &alice = agent.station;
    App::MainWindow &window = *agent.window;
    QSignalSpy recorded(alice.client.get(), &SyncClient::mutationRecorded);
    QSignalSpy settled(alice.client.get(), &SyncClient::mutationSettled);

    // Take next: the server gives Alice her queue's unassigned ticket and the window opens it.
    REQUIRE(window.takeNextAction()->isEnabled());
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("workToolBar"));
    REQUIRE(toolBar);
    QTest::mouseClick(toolBar->widgetForAction(window.takeNextAction()), Qt::LeftButton);
    REQUIRE(waitFor([&] { return window.threadModel()->ticketId() == desk.billingTicket.id; }, 10000));

    // The canned reply by its shortcut, filled in for this ticket; the agent types at its caret.
    Widgets::TicketView *view = window.ticketView();
    QPlainTextEdit *composer = view->composer();
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(composer->hasFocus());
    QTest::keyClicks(composer, QStringLiteral("#addr"));
    REQUIRE(view->cannedReplies()->isPopupVisible());
    QTest::keyClick(composer, Qt::Key_Return);
    CHECK(view->cannedReplies()->unresolvedCount() == 0);
    QTest::keyClicks(composer, QStringLiteral("No. 8 Nanjing Road"));
    const QString expected =
        QStringLiteral("陳美玲好，工单 1001 已收到。请确认收货地址：No. 8 Nanjing Road。\n") + desk.alice.name;
    REQUIRE(view->composerText() == expected);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);

    // Into the outbox at once, then applied on the server.
    REQUIRE(waitFor([&] { return !recorded.isEmpty(); }, 5000));
    REQUIRE(waitFor([&] { return settled.size() >= 2; }, 10000));  // the take and the reply
    CHECK(serverMessageBody(*desk.db, desk.billingTicket.id, QStringLiteral("%Nanjing Road%")) == expected);
    CHECK(view->composerText().isEmpty());
    CHECK(view->threadText().contains(QStringLiteral("No. 8 Nanjing Road")));
}

TEST_CASE("The window says when the server is gone and counts the replies waiting to be sent", "[e2e][gui]")
{
    SyncDesk desk;
    SignedInWindow agent(desk, desk.alice);
    Workstation &alice = agent.station;
    App::MainWindow &window = *agent.window;
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Online"));

    desk.stopServer();
    REQUIRE(waitFor([&] { return status->text().startsWith(QStringLiteral("Offline")); }, 10000));
    CHECK(status->isVisible());
    CHECK_FALSE(window.takeNextAction()->isEnabled());

    REQUIRE(window.selectTicket(desk.billingTicket.id));
    QPlainTextEdit *composer = window.ticketView()->composer();
    for (const QString &text : {QStringLiteral("First, while offline"), QStringLiteral("Second, still offline")}) {
        composer->setFocus();
        QTest::keyClicks(composer, text);
        QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
        CHECK(composer->toPlainText().isEmpty());
    }
    // (The plural is the English translation's; tests run on the source strings, "change(s)".)
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("2 change")); }, 5000));
    CHECK(alice.client->pendingCount() == 2);
    CHECK(window.ticketView()->threadText().count(QStringLiteral("waiting to be sent")) == 2);
    // The ticket's row in the queue carries the marker too, and only that row.
    const auto rowWaits = [&window](const QUuid &ticketId) {
        const Models::QueueFilterModel *rows = window.filterModel();
        return rows->index(rows->rowOf(ticketId), Models::QueueModel::NumberColumn)
            .data(Models::QueueModel::PendingSyncRole)
            .toBool();
    };
    REQUIRE(waitFor([&] { return rowWaits(desk.billingTicket.id); }, 5000));
    for (int row = 0; row < window.filterModel()->rowCount(); ++row) {
        const QUuid id = window.filterModel()->rowAt(row)->id;
        CHECK(rowWaits(id) == (id == desk.billingTicket.id));
    }

    desk.startServer();
    REQUIRE(waitForQuiet(desk, {&alice}));
    REQUIRE(waitFor([&] { return status->text() == QStringLiteral("Online"); }, 10000));
    CHECK_FALSE(window.ticketView()->threadText().contains(QStringLiteral("waiting to be sent")));
    CHECK(waitFor([&] { return !rowWaits(desk.billingTicket.id); }, 5000));
    CHECK_FALSE(serverMessageBody(*desk.db, desk.billingTicket.id, QStringLiteral("Second, still offline")).isEmpty());
}

TEST_CASE("Changing the status in the open ticket reaches the server", "[e2e][gui]")
{
    SyncDesk desk;
    SignedInWindow agent(desk, desk.alice);
    App::MainWindow &window = *agent.window;
    QSignalSpy settled(agent.station.client.get(), &SyncClient::mutationSettled);
    REQUIRE(window.selectTicket(desk.billingTicket.id));
    QComboBox *status = window.ticketView()->statusBox();
    REQUIRE(status->isEnabled());

    // Ctrl+Shift+S, then the agent picks Solved from the list.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(status->view()->isVisible());
    QTest::keyClick(status->view(), Qt::Key_End);
    QTest::keyClick(status->view(), Qt::Key_Up);  // Solved, above Closed
    QTest::keyClick(status->view(), Qt::Key_Return);

    REQUIRE(waitFor([&] { return !settled.isEmpty(); }, 10000));
    auto stored = Server::EntityStore(*desk.db).ticket(desk.billingTicket.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->status == Models::TicketStatus::Solved);
    CHECK(status->currentText() == Models::Labels::status(Models::TicketStatus::Solved));
}

TEST_CASE("Revealing a customer's phone number shows it and lands in the server's audit log", "[e2e][gui]")
{
    SyncDesk desk;
    Models::Customer customer = desk.customer;
    customer.phone = QStringLiteral("+886 912 345 678");
    REQUIRE(Server::EntityStore(*desk.db).save(customer).ok());
    SignedInWindow agent(desk, desk.alice);
    App::MainWindow &window = *agent.window;
    QSignalSpy settled(agent.station.client.get(), &SyncClient::mutationSettled);
    REQUIRE(window.selectTicket(desk.billingTicket.id));
    Widgets::CustomerHistoryPanel *panel = window.historyPanel();
    REQUIRE(waitFor([&] { return panel->revealButton(Models::ContactPoint::Phone)->isVisible(); }, 5000));
    CHECK(panel->contactText(Models::ContactPoint::Phone) == QStringLiteral("+886 ••• ••5 678"));

    QTest::mouseClick(panel->revealButton(Models::ContactPoint::Phone), Qt::LeftButton);
    CHECK(panel->contactText(Models::ContactPoint::Phone) == customer.phone);
    REQUIRE(waitFor([&] { return !settled.isEmpty(); }, 10000));
    auto logged =
        desk.db->exec(QStringLiteral("SELECT actor_id, target FROM audit_log WHERE action = 'reveal_contact'"));
    REQUIRE(logged.ok());
    REQUIRE(logged->next());
    CHECK(QUuid::fromString(logged->value(0).toString()) == desk.alice.id);
    CHECK(QUuid::fromString(logged->value(1).toString()) == customer.id);
}
