// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Presence between real workstations (SyncClient and its SQLite cache, a window each) through a real
// frontline-server on 127.0.0.1, and satisfaction ratings reaching the server's database.

#include "syncdesk.h"

#include <app/mainwindow.h>
#include <models/customerhistorymodel.h>
#include <models/ticketthreadmodel.h>
#include <server/entitystore.h>
#include <server/serverdatabase.h>
#include <widgets/csatdialog.h>
#include <widgets/ticketview.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Models::Presence;
using Sync::SyncClient;

namespace {

/*!
    Wires a window to a workstation's sync engine as the client's main() does with its session: the open ticket
    and the presence go out as presence frames, colleagues' frames come back, ratings are record_csat.
*/
void connectWindow(App::MainWindow &window, SyncClient &client)
{
    QObject::connect(&client, &SyncClient::stateChanged, &window, [&window](SyncClient::State state) {
        window.setServerReachable(state == SyncClient::State::Online || state == SyncClient::State::Syncing);
    });
    QObject::connect(&window, &App::MainWindow::openTicketChanged, &client,
                     [&client](const QUuid &ticketId) { client.setViewing(ticketId, Presence::Online); });
    QObject::connect(&client, &SyncClient::colleaguePresence, &window, &App::MainWindow::colleaguePresence);
    QObject::connect(&window, &App::MainWindow::csatRequested, &client,
                     [&client](const QUuid &ticketId, int score, const QString &comment) {
                         client.submit(P::RecordCsat{ticketId, score, comment});
                     });
    window.setServerReachable(client.state() == SyncClient::State::Online);
    window.setWorkAvailable(true);
    // As main() does once caught up: the agent is online, with the ticket the window opened at the start.
    client.submit(P::SetPresence{Presence::Online});
    client.setViewing(window.threadModel()->ticketId(), Presence::Online);
}

/*! An agent's workstation, signed in and online, with its window shown and wired. */
struct SignedInWindow
{
    SignedInWindow(SyncDesk &desk, const Models::Agent &agent)
        : station(desk, agent)
    {
        REQUIRE(waitFor([this] { return station.client->state() == SyncClient::State::Online; }));
        window = std::make_unique<App::MainWindow>(*station.store);
        connectWindow(*window, *station.client);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QLabel *notice() const { return window->ticketView()->viewersNotice(); }
    QStringList viewers() const { return window->ticketView()->otherViewers(); }

    Workstation station;
    std::unique_ptr<App::MainWindow> window;
};

}  // namespace

TEST_CASE("Two agents on one ticket each see that the other is viewing it", "[e2e][gui][presence]")
{
    SyncDesk desk(1);
    const Models::Ticket &invoice = desk.billingTicket;
    const Models::Ticket &other = desk.billingTickets.at(1);

    // Alice opens the ticket first; Bob (王芳) signs in later and opens it too.
    auto alice = std::make_unique<SignedInWindow>(desk, desk.alice);
    REQUIRE(alice->window->selectTicket(invoice.id));
    auto bob = std::make_unique<SignedInWindow>(desk, desk.bob);
    REQUIRE(bob->window->selectTicket(invoice.id));

    // Alice hears Bob's frame; Bob hears Alice's answer to a newcomer (the server does not replay presence).
    REQUIRE(waitFor([&] { return alice->viewers() == QStringList{desk.bob.name}; }, 10000));
    CHECK(alice->notice()->isVisible());
    CHECK(alice->notice()->text() == QStringLiteral("王芳 is also viewing this ticket"));
    REQUIRE(waitFor([&] { return bob->viewers() == QStringList{desk.alice.name}; }, 10000));
    CHECK(bob->notice()->text() == desk.alice.name + QStringLiteral(" is also viewing this ticket"));

    // Bob moves on: Alice's notice goes; he comes back: it is there again.
    REQUIRE(bob->window->selectTicket(other.id));
    REQUIRE(waitFor([&] { return !alice->notice()->isVisible(); }, 10000));
    CHECK(bob->viewers().isEmpty());
    REQUIRE(bob->window->selectTicket(invoice.id));
    REQUIRE(waitFor([&] { return alice->viewers() == QStringList{desk.bob.name}; }, 10000));
    CHECK(bob->viewers() == QStringList{desk.alice.name});

    // Carol works in another queue: her frames name her own ticket and do not show on Alice's, and Alice's
    // ticket is not in her cache, so she is told of no one on hers.
    SignedInWindow carol(desk, desk.carol);
    REQUIRE(carol.window->selectTicket(desk.technicalTicket.id));
    QTest::qWait(300);
    CHECK(alice->viewers() == QStringList{desk.bob.name});
    CHECK(carol.viewers().isEmpty());

    // Bob quits without a word: the server marks him offline when his connection goes, and Alice sees it.
    bob.reset();
    REQUIRE(waitFor([&] { return !alice->notice()->isVisible(); }, 10000));
    CHECK(alice->viewers().isEmpty());
}

TEST_CASE("A rating recorded on a solved ticket reaches the server", "[e2e][gui][csat]")
{
    SyncDesk desk;
    Models::Ticket solved = desk.billingTicket;
    solved.status = Models::TicketStatus::Solved;
    solved.assigneeId = desk.alice.id;
    {
        const Models::Status saved = desk.db->transaction([&]() -> Models::Status {
            if (Models::Status turn = desk.db->serializeChangeFeed(); !turn) {
                return turn;
            }
            auto stored = Server::EntityStore(*desk.db).save(solved);
            return stored ? Models::Status(Models::Ok{}) : Models::Status(stored.error());
        });
        REQUIRE(saved.ok());
    }
    SignedInWindow agent(desk, desk.alice);
    App::MainWindow &window = *agent.window;
    REQUIRE(window.selectTicket(solved.id));
    REQUIRE(waitFor([&] { return window.recordCsatAction()->isEnabled(); }, 5000));

    // Ctrl+Shift+A, the customer's 4, their words, Record.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    bool opened = false;
    QTimer::singleShot(0, &window, [&opened] {
        auto *dialog = qobject_cast<Widgets::CsatDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        opened = true;
        if (QTest::qWaitForWindowActive(dialog)) {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_4);
            dialog->commentEdit()->setFocus();
            QTest::keyClicks(dialog->commentEdit(), QStringLiteral("Sorted out in one call"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        }
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(opened);

    // Applied on the server: in csat_ratings, for the ticket's customer and assignee.
    const auto ratingOnServer = [&] {
        return desk.db->exec(
            QStringLiteral("SELECT score, comment, customer_id, agent_id FROM csat_ratings WHERE ticket_id = ?"),
            {solved.id.toString(QUuid::WithoutBraces)});
    };
    REQUIRE(waitFor(
        [&] {
            auto found = ratingOnServer();
            return found.ok() && found->next();
        },
        10000));
    auto rated = ratingOnServer();
    REQUIRE(rated.ok());
    REQUIRE(rated->next());
    CHECK(rated->value(0).toInt() == 4);
    CHECK(rated->value(1).toString() == QStringLiteral("Sorted out in one call"));
    CHECK(QUuid::fromString(rated->value(2).toString()) == desk.customer.id);
    CHECK(QUuid::fromString(rated->value(3).toString()) == desk.alice.id);

    // The server's change of the customer brings the rating into the history panel.
    Models::CustomerHistoryModel *history = window.historyModel();
    REQUIRE(waitFor(
        [&] {
            for (int row = 0; row < history->rowCount(); ++row) {
                if (history->data(history->index(row, Models::CustomerHistoryModel::NumberColumn),
                                  Models::CustomerHistoryModel::TicketIdRole)
                            .toUuid() == solved.id &&
                    history->data(history->index(row, Models::CustomerHistoryModel::CsatColumn)).toString() ==
                        QStringLiteral("4/5")) {
                    return true;
                }
            }
            return false;
        },
        10000));
}
