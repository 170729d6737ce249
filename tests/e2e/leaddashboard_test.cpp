// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The team lead's dashboard in the real window on a real workstation, against a real frontline-server on
// 127.0.0.1, with two agents' workstations beside it.

#include "syncdesk.h"

#include <app/mainwindow.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/teamagentmodel.h>
#include <server/entitystore.h>
#include <widgets/leaddashboard.h>
#include <widgets/queuetile.h>
#include <widgets/queueview.h>
#include <widgets/reassigndialog.h>

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Sync::SyncClient;
using Widgets::QueueTile;

namespace {

/*! The lead's window wired to her workstation's engine as the client's main() does with its session. */
void connectLeadWindow(App::MainWindow &window, SyncClient &client)
{
    QObject::connect(&client, &SyncClient::stateChanged, &window, [&window](SyncClient::State state) {
        window.setServerReachable(state == SyncClient::State::Online || state == SyncClient::State::Syncing);
    });
    QObject::connect(&window, &App::MainWindow::dashboardOpened, &client, &SyncClient::subscribeDashboard);
    QObject::connect(&window, &App::MainWindow::dashboardClosed, &client, &SyncClient::unsubscribeDashboard);
    QObject::connect(&client, &SyncClient::dashboardMetricsReceived, &window, &App::MainWindow::showTeamSnapshot);
    QObject::connect(&window, &App::MainWindow::reassignRequested, &client,
                     [&client](const QUuid &ticketId, const QUuid &assigneeId) {
                         client.submit(P::AssignTicket{ticketId, assigneeId});
                     });
    window.setServerReachable(client.state() == SyncClient::State::Online);
    window.setWorkAvailable(true);
}

const Models::QueueMetrics *queueIn(const Widgets::LeadDashboard &dashboard, const QUuid &queueId)
{
    if (!dashboard.snapshot()) {
        return nullptr;
    }
    for (const Models::QueueMetrics &queue : dashboard.snapshot()->queues) {
        if (queue.queueId == queueId) {
            return &queue;
        }
    }
    return nullptr;
}

int loadOf(const Widgets::LeadDashboard &dashboard, const QUuid &agentId)
{
    if (!dashboard.snapshot()) {
        return -1;
    }
    for (const Models::AgentMetrics &agent : dashboard.snapshot()->agents) {
        if (agent.agentId == agentId) {
            return agent.openAssigned;
        }
    }
    return -1;
}

QUuid cachedAssignee(Workstation &station, const QUuid &ticketId)
{
    QSqlQuery query(station.store->readDatabase());
    query.prepare(QStringLiteral("SELECT assignee_id FROM tickets WHERE id = ?"));
    query.addBindValue(ticketId.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next()) {
        return {};
    }
    return QUuid::fromString(query.value(0).toString());
}

std::optional<Models::Presence> presenceIn(const Widgets::LeadDashboard &dashboard, const QUuid &agentId)
{
    if (!dashboard.snapshot()) {
        return std::nullopt;
    }
    for (const Models::AgentMetrics &agent : dashboard.snapshot()->agents) {
        if (agent.agentId == agentId) {
            return agent.presence;
        }
    }
    return std::nullopt;
}

QString cachedPresence(Workstation &station, const QUuid &agentId)
{
    QSqlQuery query(station.store->readDatabase());
    query.prepare(QStringLiteral("SELECT presence FROM agents WHERE id = ?"));
    query.addBindValue(agentId.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

}  // namespace

TEST_CASE("The dashboard updates when a ticket is created and claimed on the server; reassigning two tickets "
          "reaches the server and both agents' queues",
          "[e2e][gui][dashboard]")
{
    SyncDesk desk(1);  // Billing: the desk's ticket and one more, both waiting
    Workstation lena(desk, desk.lena);
    Workstation alice(desk, desk.alice);
    Workstation bob(desk, desk.bob);
    REQUIRE(waitForQuiet(desk, {&lena, &alice, &bob}));

    App::MainWindow window(*lena.store);
    connectLeadWindow(window, *lena.client);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.isLead(); }, 5000));

    // Ctrl+Shift+D: the dashboard subscribes, and the server's first figures arrive.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    Widgets::LeadDashboard *dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(waitFor([&] { return queueIn(*dashboard, desk.billing.id) != nullptr; }, 10000));
    CHECK(queueIn(*dashboard, desk.billing.id)->waiting == 2);
    CHECK_FALSE(dashboard->staleMarker()->isVisible());
    QueueTile *tile = dashboard->tile(desk.billing.id);
    REQUIRE(tile);
    CHECK(tile->figureText(QueueTile::Figure::Waiting) == QStringLiteral("2"));

    // Alice opens a ticket on the phone (the server gives it to her): one more created today, one more on her.
    const int createdBefore = queueIn(*dashboard, desk.billing.id)->createdToday;
    const QUuid created = QUuid::createUuid();
    alice.client->submit(P::CreateTicket{created, desk.customer.id, desk.billing.id, QStringLiteral("退款进度查询"),
                                         Models::Channel::Phone, Models::Priority::Normal, QUuid::createUuid(),
                                         QStringLiteral("客户来电询问退款进度。")});
    REQUIRE(waitFor(
        [&] {
            const Models::QueueMetrics *billing = queueIn(*dashboard, desk.billing.id);
            return billing && billing->createdToday == createdBefore + 1 && loadOf(*dashboard, desk.alice.id) == 1;
        },
        10000));
    CHECK(queueIn(*dashboard, desk.billing.id)->waiting == 2);
    CHECK(tile->figureText(QueueTile::Figure::CreatedToday) == QString::number(createdBefore + 1));

    // She claims the desk's waiting ticket: one fewer waiting, two on her.
    alice.client->submit(P::ClaimTicket{desk.billingTicket.id});
    REQUIRE(waitFor(
        [&] {
            const Models::QueueMetrics *billing = queueIn(*dashboard, desk.billing.id);
            return billing && billing->waiting == 1 && loadOf(*dashboard, desk.alice.id) == 2;
        },
        10000));
    CHECK(tile->figureText(QueueTile::Figure::Waiting) == QStringLiteral("1"));
    REQUIRE(waitForQuiet(desk, {&lena, &alice, &bob}));

    // The lead drills into Billing, selects Alice's two tickets and gives them to Bob.
    QTest::mouseClick(tile, Qt::LeftButton);
    REQUIRE(waitFor([&] { return QApplication::activeWindow() == &window; }, 3000));
    REQUIRE(window.filterModel()->filter().queueId == desk.billing.id);
    Widgets::QueueView *view = window.queueView();
    const auto rowPoint = [&](const QUuid &ticketId) {
        const int row = window.filterModel()->rowOf(ticketId);
        REQUIRE(row >= 0);
        return view->visualRect(window.filterModel()->index(row, Models::QueueModel::SubjectColumn)).center();
    };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowPoint(created));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowPoint(desk.billingTicket.id));
    REQUIRE(view->selectionModel()->selectedRows().size() == 2);
    QString bobsLoad;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<Widgets::ReassignDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        CHECK(QTest::qWaitForWindowExposed(dialog));
        QTreeWidget *list = dialog->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == desk.bob.name) {
                bobsLoad = list->topLevelItem(i)->text(2);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualItemRect(list->topLevelItem(i)).center());
            }
        }
        QTest::keyClick(list, Qt::Key_Return);
    });
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(bobsLoad == QStringLiteral("0"));

    // On the server, in Bob's cache and in Alice's: both are Bob's now; the dashboard follows.
    Server::EntityStore server(*desk.db);
    REQUIRE(waitFor(
        [&] {
            for (const QUuid &id : {created, desk.billingTicket.id}) {
                auto stored = server.ticket(id);
                if (!stored || !*stored || (*stored)->assigneeId != desk.bob.id) {
                    return false;
                }
            }
            return true;
        },
        10000));
    REQUIRE(waitForQuiet(desk, {&lena, &alice, &bob}));
    for (Workstation *station : {&alice, &bob, &lena}) {
        CHECK(cachedAssignee(*station, created) == desk.bob.id);
        CHECK(cachedAssignee(*station, desk.billingTicket.id) == desk.bob.id);
    }
    REQUIRE(
        waitFor([&] { return loadOf(*dashboard, desk.bob.id) == 2 && loadOf(*dashboard, desk.alice.id) == 0; }, 10000));

    // The server goes away: the last figures stay, marked with their age.
    desk.stopServer();
    REQUIRE(waitFor([&] { return dashboard->staleMarker()->isVisible(); }, 10000));
    CHECK(dashboard->staleMarker()->text().startsWith(QStringLiteral("Offline")));
    CHECK(loadOf(*dashboard, desk.bob.id) == 2);

    // Closing the dashboard ends the figures.
    dashboard->close();
    CHECK_FALSE(lena.client->isDashboardSubscribed());

    // Frontline closed and started again while the server is still away: the last figures come back from
    // the cache, marked offline with the time they are from.
    window.close();
    App::MainWindow again(*lena.store);
    connectLeadWindow(again, *lena.client);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    REQUIRE(waitFor([&] { return again.isLead(); }, 5000));
    QTest::keyClick(&again, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    Widgets::LeadDashboard *restored = again.dashboard();
    REQUIRE(restored);
    REQUIRE(queueIn(*restored, desk.billing.id));
    CHECK(loadOf(*restored, desk.bob.id) == 2);
    CHECK(restored->staleMarker()->isVisible());
    CHECK(restored->staleMarker()->text().startsWith(QStringLiteral("Offline — figures from")));
}

TEST_CASE("A lead sets an agent's status from the dashboard: the server, the agent's own cache and the dashboard's "
          "row show it",
          "[e2e][gui][dashboard][presence]")
{
    SyncDesk desk;
    Workstation lena(desk, desk.lena);
    Workstation alice(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {&lena, &alice}));
    alice.client->submit(P::SetPresence{Models::Presence::Online});
    alice.client->setViewing({}, Models::Presence::Online);  // as Alice's own window says it
    REQUIRE(waitForQuiet(desk, {&lena, &alice}));
    QSignalSpy aliceTold(alice.client.get(), &SyncClient::presenceSetByOthers);

    App::MainWindow window(*lena.store);
    connectLeadWindow(window, *lena.client);
    // As main() wires it: the welcome says whether the server allows it; the choice becomes a mutation.
    QObject::connect(lena.client.get(), &SyncClient::othersPresencePermissionReceived, &window,
                     &App::MainWindow::setOthersPresenceAllowed);
    QObject::connect(&window, &App::MainWindow::agentPresenceRequested, lena.client.get(),
                     [&lena](const QUuid &agentId, Models::Presence presence) {
                         lena.client->submit(P::SetPresence{presence, agentId});
                     });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    lena.client->interruptConnection();  // the next welcome reaches the window
    REQUIRE(waitFor([&] { return window.othersPresenceAllowed(); }, 20000));

    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    Widgets::LeadDashboard *dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(waitFor([&] { return presenceIn(*dashboard, desk.alice.id) == Models::Presence::Online; }, 10000));

    // Alice's row clicked, then Set Status… ▸ Busy by its mnemonic.
    QTableView *table = dashboard->agentTable();
    QPoint aliceRow;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, Models::TeamAgentModel::NameColumn);
        if (index.data(Models::TeamAgentModel::AgentIdRole).toUuid() == desk.alice.id) {
            aliceRow = table->visualRect(index).center();
        }
    }
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, aliceRow);
    REQUIRE(dashboard->selectedAgents() == QList<QUuid>{desk.alice.id});
    QTimer::singleShot(0, dashboard, [] {
        QMenu *menu = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; }, 3000);
        if (opened && menu) {
            QTest::keyClick(menu, Qt::Key_B);
        }
    });
    QTest::mouseClick(dashboard->setStatusButton(), Qt::LeftButton);

    // On the server (audited), in Alice's own cache, and in the dashboard's row once the figures follow.
    Server::EntityStore server(*desk.db);
    REQUIRE(waitFor(
        [&] {
            auto stored = server.agent(desk.alice.id);
            return stored && *stored && (*stored)->presence == Models::Presence::Busy;
        },
        10000));
    REQUIRE(waitForQuiet(desk, {&lena, &alice}));
    CHECK(cachedPresence(alice, desk.alice.id) == QStringLiteral("busy"));
    CHECK(cachedPresence(lena, desk.alice.id) == QStringLiteral("busy"));
    CHECK(cachedPresence(lena, desk.lena.id) != QStringLiteral("busy"));
    REQUIRE(waitFor([&] { return presenceIn(*dashboard, desk.alice.id) == Models::Presence::Busy; }, 10000));
    auto audited =
        desk.db->exec(QStringLiteral("SELECT actor_id, target FROM audit_log WHERE action = 'set_presence'"));
    REQUIRE(audited.ok());
    REQUIRE(audited->next());
    CHECK(QUuid::fromString(audited->value(0).toString()) == desk.lena.id);
    CHECK(QUuid::fromString(audited->value(1).toString()) == desk.alice.id);
    CHECK(lena.notices.empty());

    // Alice's own workstation is told, so her status follows the lead's change instead of undoing it.
    REQUIRE(waitFor([&] { return aliceTold.count() == 1; }, 10000));
    CHECK(aliceTold.first().first().value<Models::Presence>() == Models::Presence::Busy);
    alice.client->setViewing({}, Models::Presence::Busy);  // as her PresenceKeeper does on presenceAdopted()

    // A reconnect's catch-up (the server marked her offline when the connection went) is not mistaken for one.
    alice.client->interruptConnection();
    REQUIRE(waitFor([&] { return alice.client->state() == SyncClient::State::Online; }, 20000));
    alice.client->submit(P::SetPresence{Models::Presence::Busy});  // as main() says it again after each catch-up
    REQUIRE(waitForQuiet(desk, {&lena, &alice}));
    CHECK(aliceTold.count() == 1);
}
