// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/labels.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/teamagentmodel.h>
#include <models/teamqueuemodel.h>
#include <models/teamsnapshot.h>
#include <sync/engine/syncstore.h>
#include <widgets/leaddashboard.h>
#include <widgets/queuefilterbar.h>
#include <widgets/queuetile.h>
#include <widgets/queueview.h>
#include <widgets/reassigndialog.h>
#include <widgets/shortcutsdialog.h>

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
using Widgets::LeadDashboard;
using Widgets::QueueTile;

namespace {

constexpr qint64 Minute = 60'000;

/*! Two queues (one with deadlines due and breached) and three agents, today at 15:00, built by hand. */
TeamSnapshot sampleSnapshot(const QUuid &billingId = QUuid::createUuid(),
                            const QUuid &technicalId = QUuid::createUuid())
{
    TeamSnapshot snapshot;
    const QDateTime afternoon(QDate::currentDate(), QTime(15, 0));
    snapshot.day = DayWindow::containing(afternoon, QTimeZone::systemTimeZone());
    snapshot.computedAt = afternoon.toMSecsSinceEpoch();
    snapshot.dueSoonMs = 15 * Minute;

    QueueMetrics billing;
    billing.queueId = billingId;
    billing.name = QStringLiteral("Billing");
    billing.waiting = 4;
    billing.open = 9;
    billing.oldestWaitMs = 95 * Minute;
    billing.firstResponseDueSoon = 2;
    billing.resolutionDueSoon = 1;
    billing.firstResponseBreached = 1;
    billing.createdToday = 12;
    billing.openCreatedToday = 3;
    billing.solvedToday = 9;
    billing.firstResponsesToday = 10;
    billing.medianFirstResponseMs = 12 * Minute;
    billing.csatCount = 4;
    billing.csatScoreSum = 17;
    QueueMetrics technical;
    technical.queueId = technicalId;
    technical.name = QStringLiteral("技术支持");
    technical.waiting = 1;
    technical.open = 2;
    technical.oldestWaitMs = 3 * Minute;
    technical.createdToday = 2;

    const auto agent = [](const QString &name, Presence presence, int load, int handled) {
        AgentMetrics metrics;
        metrics.agentId = QUuid::createUuid();
        metrics.name = name;
        metrics.presence = presence;
        metrics.openAssigned = load;
        metrics.handledToday = handled;
        return metrics;
    };
    snapshot.queues = {billing, technical};
    snapshot.agents = {agent(QStringLiteral("Alice Wang"), Presence::Online, 7, 5),
                       agent(QStringLiteral("Carol Lee"), Presence::Busy, 12, 2),
                       agent(QStringLiteral("王芳"), Presence::Away, 1, 8)};
    snapshot.agents[0].presenceSince = snapshot.day.startMs + 8 * 60 * Minute;
    snapshot.agents[0].csatCount = 2;
    snapshot.agents[0].csatScoreSum = 9;
    snapshot.agents[0].medianFirstResponseMs = 9 * Minute;
    const int hours = snapshot.day.hours();
    for (QList<int> *series : {&snapshot.hourly.created, &snapshot.hourly.solved, &snapshot.hourly.breaches,
                               &snapshot.hourly.csatCount, &snapshot.hourly.csatSum}) {
        series->fill(0, hours);
    }
    snapshot.hourly.created[9] = 5;
    snapshot.hourly.created[10] = 7;
    snapshot.hourly.solved[10] = 3;
    snapshot.hourly.breaches[11] = 1;
    snapshot.hourly.csatCount[12] = 2;
    snapshot.hourly.csatSum[12] = 9;
    return snapshot;
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QStringList columnTexts(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        texts.append(cell(table, row, column));
    }
    return texts;
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

/*! A lead's cache: two queues, the lead and two agents of Billing, three tickets in it. */
struct LeadDesk
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue billing = Tests::sampleQueue();
    Queue technical = Tests::sampleQueue(QStringLiteral("Technical"));
    Customer customer = Tests::sampleCustomer();
    Agent lead = Tests::sampleAgent(billing.id, QStringLiteral("Lena Zhou"));
    Agent alice = Tests::sampleAgent(billing.id, QStringLiteral("Alice Wang"));
    Agent wang = Tests::sampleAgent(billing.id, QStringLiteral("王芳"));
    Agent carol = Tests::sampleAgent(technical.id, QStringLiteral("Carol Lee"));
    std::vector<Ticket> tickets;

    explicit LeadDesk(AgentRole role = AgentRole::Lead)
    {
        lead.role = role;
        lead.queueIds = {billing.id, technical.id};
        for (int i = 0; i < 3; ++i) {
            tickets.push_back(Tests::sampleTicket(billing, customer, 1001 + i, QStringLiteral("发票 %1").arg(i)));
        }
        tickets.push_back(Tests::sampleTicket(technical, customer, 2001, QStringLiteral("App crashes")));
        tickets[2].assigneeId = wang.id;
        Tests::writeAndWait(*store, [this](WriteContext &context) -> Status {
            Status status = context.entities.upsert(billing);
            status = status ? context.entities.upsert(technical) : status;
            status = status ? context.entities.upsert(customer) : status;
            for (const Agent &agent : {lead, alice, wang, carol}) {
                status = status ? context.entities.upsert(agent) : status;
            }
            for (const Ticket &ticket : tickets) {
                status = status ? context.entities.upsert(ticket) : status;
            }
            Sync::SyncIdentity identity;
            identity.agent = Sync::LocalAgent{lead.id, lead.name};
            return status ? Sync::SyncStore(context).saveIdentity(identity) : status;
        });
    }

    /*! Figures for this desk's queues and people, as the server would send them. */
    TeamSnapshot snapshot() const
    {
        TeamSnapshot figures = sampleSnapshot(billing.id, technical.id);
        figures.agents[0].agentId = alice.id;  // Alice Wang, 7 open
        figures.agents[1].agentId = carol.id;  // Carol Lee, 12 open
        figures.agents[2].agentId = wang.id;   // 王芳, 1 open
        return figures;
    }
};

/*! The agent table's row showing \a agentId, as a point to click in its viewport (the name column). */
QPoint agentRowPoint(const LeadDashboard &dashboard, const QUuid &agentId)
{
    QTableView *table = dashboard.agentTable();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, TeamAgentModel::NameColumn);
        if (index.data(TeamAgentModel::AgentIdRole).toUuid() == agentId) {
            return table->visualRect(index).center();
        }
    }
    FAIL("no row for the agent");
    return {};
}

/*! Once the popup menu is open, types \a keys into it (a mnemonic, or arrows and Return); what it showed. */
std::shared_ptr<QStringList> answerMenu(QObject *context, QList<int> keys)
{
    auto shown = std::make_shared<QStringList>();
    QTimer::singleShot(0, context, [shown, keys] {
        QMenu *menu = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; }, 3000);
        if (!opened || !menu) {
            return;
        }
        for (const QAction *action : menu->actions()) {
            if (action->isVisible()) {
                shown->append(action->text() + (action->isChecked() ? QStringLiteral(" *") : QString()));
            }
        }
        for (const int key : keys) {
            QTest::keyClick(menu, Qt::Key(key));
        }
    });
    return shown;
}

}  // namespace

TEST_CASE("The dashboard's tiles, agent table and charts show the snapshot's figures", "[widgets][dashboard]")
{
    LeadDashboard dashboard;
    dashboard.setOnline(true);
    const TeamSnapshot snapshot = sampleSnapshot();
    dashboard.setSnapshot(snapshot);
    dashboard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dashboard));

    REQUIRE(dashboard.tiles().size() == 2);
    QueueTile *billing = dashboard.tile(snapshot.queues[0].queueId);
    REQUIRE(billing);
    CHECK(billing->isVisible());
    CHECK(billing->figureText(QueueTile::Figure::Waiting) == QStringLiteral("4"));
    CHECK(billing->figureText(QueueTile::Figure::Open) == QStringLiteral("9"));
    CHECK(billing->figureText(QueueTile::Figure::OldestWait) == QStringLiteral("1 h 35 min"));
    CHECK(billing->figureText(QueueTile::Figure::DueSoon) == QStringLiteral("3"));
    CHECK(billing->figureText(QueueTile::Figure::Breached) == QStringLiteral("1"));
    CHECK(billing->figureText(QueueTile::Figure::CreatedToday) == QStringLiteral("12"));
    CHECK(billing->figureText(QueueTile::Figure::SolvedToday) == QStringLiteral("9"));
    CHECK(billing->figureText(QueueTile::Figure::MedianFirstResponse) == QStringLiteral("12 min"));
    CHECK(billing->figureText(QueueTile::Figure::ResolutionRate) == QStringLiteral("75%"));
    CHECK(billing->figureText(QueueTile::Figure::Csat) == QStringLiteral("4.3 (4)"));
    CHECK(billing->figureColor(QueueTile::Figure::DueSoon) == TeamQueueModel::slaColor(QueueModel::SlaState::DueSoon));
    CHECK(billing->figureColor(QueueTile::Figure::Breached) ==
          TeamQueueModel::slaColor(QueueModel::SlaState::Breached));
    QueueTile *technical = dashboard.tile(snapshot.queues[1].queueId);
    REQUIRE(technical);
    CHECK_FALSE(technical->figureColor(QueueTile::Figure::Breached).isValid());
    CHECK(technical->figureText(QueueTile::Figure::Csat) == QStringLiteral("—"));
    CHECK(billing->accessibleName() == QStringLiteral("Queue Billing"));
    CHECK(billing->accessibleDescription().contains(QStringLiteral("4 waiting")));
    // What a label on the tile shows is what figureText() says.
    CHECK(billing->findChildren<QLabel *>().size() > 10);
    bool shown = false;
    for (const QLabel *label : billing->findChildren<QLabel *>()) {
        shown = shown || label->text() == QStringLiteral("1 h 35 min");
    }
    CHECK(shown);

    QTableView *agents = dashboard.agentTable();
    CHECK(columnTexts(agents, TeamAgentModel::NameColumn) ==
          QStringList{QStringLiteral("Alice Wang"), QStringLiteral("Carol Lee"), QStringLiteral("王芳")});
    CHECK(cell(agents, 0, TeamAgentModel::PresenceColumn) == QStringLiteral("Online"));
    CHECK(cell(agents, 0, TeamAgentModel::LoadColumn) == QStringLiteral("7"));
    CHECK(cell(agents, 0, TeamAgentModel::HandledTodayColumn) == QStringLiteral("5"));
    CHECK(cell(agents, 0, TeamAgentModel::MedianFirstResponseColumn) == QStringLiteral("9 min"));
    CHECK(cell(agents, 0, TeamAgentModel::CsatAverageColumn) == QStringLiteral("4.5"));

    auto *flow = qobject_cast<QBarSeries *>(
        dashboard.chartView(LeadDashboard::Chart::CreatedSolved)->chart()->series().value(0));
    REQUIRE(flow);
    REQUIRE(flow->barSets().size() == 2);
    CHECK(flow->barSets()[0]->at(9) == 5);
    CHECK(flow->barSets()[0]->at(10) == 7);
    CHECK(flow->barSets()[1]->at(10) == 3);
    CHECK(flow->barSets()[0]->count() == snapshot.day.hours());
    auto *breaches =
        qobject_cast<QBarSeries *>(dashboard.chartView(LeadDashboard::Chart::Breaches)->chart()->series().value(0));
    REQUIRE(breaches);
    CHECK(breaches->barSets()[0]->at(11) == 1);
    auto *csat =
        qobject_cast<QLineSeries *>(dashboard.chartView(LeadDashboard::Chart::Csat)->chart()->series().value(0));
    REQUIRE(csat);
    REQUIRE(csat->count() == 1);  // only the hour with ratings
    CHECK(csat->at(0) == QPointF(12, 4.5));

    // Activating a tile, by mouse or keyboard, asks for its queue's tickets.
    QSignalSpy activated(&dashboard, &LeadDashboard::queueActivated);
    QTest::mouseClick(technical, Qt::LeftButton);
    REQUIRE(activated.size() == 1);
    CHECK(activated.takeFirst().at(0).toUuid() == snapshot.queues[1].queueId);
    billing->setFocus();
    QTest::keyClick(billing, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.takeFirst().at(0).toUuid() == snapshot.queues[0].queueId);

    // Export to CSV writes what is shown.
    Tests::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics.csv"));
    CHECK(dashboard.exportButton()->isEnabled());
    REQUIRE(dashboard.exportTo(path));
    CHECK(Tests::readAll(path).startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(Tests::readAll(path)).contains(QStringLiteral("技术支持")));
}

TEST_CASE("Clicking the agent table's headers sorts it by load, as numbers", "[widgets][dashboard]")
{
    LeadDashboard dashboard;
    dashboard.setOnline(true);
    dashboard.setSnapshot(sampleSnapshot());
    dashboard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dashboard));
    QTableView *agents = dashboard.agentTable();
    CHECK(columnTexts(agents, TeamAgentModel::NameColumn).first() == QStringLiteral("Alice Wang"));

    // The first click on a figure puts the busiest first; "12" before "7", as numbers and not as text.
    clickHeader(agents, TeamAgentModel::LoadColumn);
    CHECK(agents->horizontalHeader()->sortIndicatorSection() == TeamAgentModel::LoadColumn);
    CHECK(columnTexts(agents, TeamAgentModel::LoadColumn) ==
          QStringList{QStringLiteral("12"), QStringLiteral("7"), QStringLiteral("1")});
    CHECK(columnTexts(agents, TeamAgentModel::NameColumn).first() == QStringLiteral("Carol Lee"));
    clickHeader(agents, TeamAgentModel::LoadColumn);
    CHECK(columnTexts(agents, TeamAgentModel::LoadColumn) ==
          QStringList{QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("12")});

    // New figures keep the order the lead chose, and re-sort by them.
    TeamSnapshot later = sampleSnapshot();
    later.agents = dashboard.snapshot()->agents;
    later.agents[2].openAssigned = 20;  // 王芳 is now the busiest
    dashboard.setSnapshot(later);
    CHECK(columnTexts(agents, TeamAgentModel::LoadColumn) ==
          QStringList{QStringLiteral("7"), QStringLiteral("12"), QStringLiteral("20")});
    CHECK(columnTexts(agents, TeamAgentModel::NameColumn).last() == QStringLiteral("王芳"));
}

TEST_CASE("The dashboard marks its figures as old when offline or late, and not with fresh ones",
          "[widgets][dashboard]")
{
    qint64 now = QDateTime(QDate::currentDate(), QTime(15, 0, 2)).toMSecsSinceEpoch();
    const QString three = Labels::shortTime(QLocale(), QTime(15, 0));  // "15:00"
    LeadDashboard dashboard;
    dashboard.setClock([&now] { return now; });
    dashboard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dashboard));
    QLabel *marker = dashboard.staleMarker();
    auto *updated = dashboard.findChild<QLabel *>(QStringLiteral("dashboardUpdated"));
    REQUIRE(updated);
    CHECK(marker->isVisible());  // offline, and nothing yet
    CHECK(marker->text().startsWith(QStringLiteral("Offline — no figures yet")));

    dashboard.setOnline(true);
    dashboard.setSnapshot(sampleSnapshot());
    CHECK_FALSE(marker->isVisible());
    CHECK(updated->text() == QStringLiteral("Updated %1").arg(three));

    // Nothing new for longer than StaleAfterMs: the timer notices by itself.
    now += LeadDashboard::StaleAfterMs + 1000;
    REQUIRE(QTest::qWaitFor([&] { return marker->isVisible(); }, 3000));
    CHECK(marker->text() == QStringLiteral("Not current — figures from %1 (less than a minute ago)").arg(three));

    dashboard.setSnapshot(sampleSnapshot());
    CHECK_FALSE(marker->isVisible());

    // Offline: the figures stay, marked with their time and age.
    dashboard.setOnline(false);
    CHECK(marker->isVisible());
    CHECK(marker->text() == QStringLiteral("Offline — figures from %1 (less than a minute ago)").arg(three));
    CHECK(dashboard.tiles().size() == 2);
    now += 3 * Minute;
    dashboard.updateStaleness();
    CHECK(marker->text() == QStringLiteral("Offline — figures from %1 (3 min ago)").arg(three));

    // Back online with fresh figures: the marker goes.
    dashboard.setOnline(true);
    CHECK(marker->isVisible());  // online, but these figures are still three minutes old
    dashboard.setSnapshot(sampleSnapshot());
    CHECK_FALSE(marker->isVisible());
}

TEST_CASE("A lead opens the dashboard, drills into a queue and reassigns two selected tickets to one agent",
          "[widgets][dashboard]")
{
    LeadDesk desk;
    App::MainWindow window(*desk.store);
    window.setWorkAvailable(true);
    window.setServerReachable(true);
    QSignalSpy opened(&window, &App::MainWindow::dashboardOpened);
    QSignalSpy closed(&window, &App::MainWindow::dashboardClosed);
    QSignalSpy reassigned(&window, &App::MainWindow::reassignRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.isLead());
    CHECK(window.dashboardAction()->isVisible());
    CHECK(window.reassignAction()->isVisible());
    // Help ▸ Keyboard Shortcuts lists both for a lead.
    const Widgets::ShortcutsDialog shortcuts({window.dashboardAction(), window.reassignAction()});
    REQUIRE(shortcuts.entries().size() >= 2);
    CHECK(shortcuts.entries()[0].action == QStringLiteral("Team Dashboard"));
    CHECK(shortcuts.entries()[0].keys == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    CHECK(shortcuts.entries()[1].action == QStringLiteral("Reassign To"));
    CHECK(shortcuts.entries()[1].keys == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    // View ▸ Team Dashboard by its shortcut: it subscribes to the lead's queues, in the machine's time zone.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.dashboard());
    REQUIRE(QTest::qWaitForWindowExposed(window.dashboard()));
    REQUIRE(opened.size() == 1);
    QList<QUuid> queues = opened.first().at(0).value<QList<QUuid>>();
    std::sort(queues.begin(), queues.end());
    QList<QUuid> expected{desk.billing.id, desk.technical.id};
    std::sort(expected.begin(), expected.end());
    CHECK(queues == expected);
    CHECK(opened.first().at(1).toString() == QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    window.showTeamSnapshot(desk.snapshot());
    CHECK_FALSE(window.dashboard()->staleMarker()->isVisible());

    // A tile takes the lead to that queue's tickets, named above the queue.
    QueueTile *billingTile = window.dashboard()->tile(desk.billing.id);
    REQUIRE(billingTile);
    QTest::mouseClick(billingTile, Qt::LeftButton);
    // The queue comes forward (qWaitForWindowActive() would count the dashboard, a transient child, as active).
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &window; }, 3000));
    CHECK(window.filterModel()->filter().queueId == desk.billing.id);
    CHECK(window.filterModel()->rowCount() == 3);
    QToolButton *queueButton = window.filterBar()->queueButton();
    CHECK(queueButton->isVisible());
    CHECK(queueButton->text().startsWith(QStringLiteral("Queue: Billing")));

    // Two tickets selected with the mouse (the second with Ctrl), then Ctrl+Shift+R.
    Widgets::QueueView *view = window.queueView();
    const auto rowPoint = [&](const Ticket &ticket) {
        const QModelIndex index =
            window.filterModel()->index(window.filterModel()->rowOf(ticket.id), QueueModel::SubjectColumn);
        return view->visualRect(index).center();
    };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowPoint(desk.tickets[0]));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowPoint(desk.tickets[1]));
    REQUIRE(view->selectionModel()->selectedRows().size() == 2);
    REQUIRE(window.reassignAction()->isEnabled());

    QStringList offered;
    QString offeredLoad;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<Widgets::ReassignDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        CHECK(QTest::qWaitForWindowExposed(dialog));
        QTreeWidget *list = dialog->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            offered.append(list->topLevelItem(i)->text(0));
        }
        // Alice, by a click on her row, then Enter.
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == QStringLiteral("Alice Wang")) {
                offeredLoad = list->topLevelItem(i)->text(2);
                const QRect row = list->visualItemRect(list->topLevelItem(i));
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
            }
        }
        QTest::keyClick(list, Qt::Key_Return);
    });
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);

    // The members of Billing, the least loaded first, with their load from the figures; Carol is not in Billing.
    CHECK(offered ==
          QStringList{QStringLiteral("王芳"), QStringLiteral("Alice Wang"), QStringLiteral("Lena Zhou (Team lead)")});
    CHECK(offeredLoad == QStringLiteral("7"));
    REQUIRE(reassigned.size() == 2);
    QSet<QUuid> tickets;
    for (const QList<QVariant> &request : std::as_const(reassigned)) {
        tickets.insert(request.at(0).toUuid());
        CHECK(request.at(1).toUuid() == desk.alice.id);
    }
    CHECK(tickets == QSet<QUuid>{desk.tickets[0].id, desk.tickets[1].id});

    // The queue button shows every queue again; closing the dashboard ends its subscription.
    QTest::mouseClick(queueButton, Qt::LeftButton);
    CHECK(window.filterModel()->filter().queueId.isNull());
    CHECK(window.filterModel()->rowCount() == 4);
    CHECK_FALSE(queueButton->isVisible());
    window.dashboard()->close();
    CHECK(closed.size() == 1);
    window.activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &window; }, 3000));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(opened.size() == 2);
}

TEST_CASE("An agent who leads no team has no dashboard and cannot reassign", "[widgets][dashboard]")
{
    LeadDesk desk(AgentRole::Agent);
    App::MainWindow window(*desk.store);
    window.setWorkAvailable(true);
    QSignalSpy opened(&window, &App::MainWindow::dashboardOpened);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.isLead());
    CHECK_FALSE(window.dashboardAction()->isVisible());
    CHECK_FALSE(window.reassignAction()->isVisible());
    // Nor are their shortcuts listed, since they do nothing.
    const Widgets::ShortcutsDialog shortcuts({window.dashboardAction(), window.reassignAction()});
    for (const auto &entry : shortcuts.entries()) {
        CHECK(entry.keys != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    }
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(opened.isEmpty());
    CHECK_FALSE(window.dashboard());
}

TEST_CASE("A lead sets an agent's status from the dashboard's Set Status button and the agent table's menu",
          "[widgets][dashboard][presence]")
{
    LeadDesk desk;
    App::MainWindow window(*desk.store);
    window.setWorkAvailable(true);
    window.setServerReachable(true);
    window.setOthersPresenceAllowed(true);  // the server's welcome said so
    QSignalSpy requested(&window, &App::MainWindow::agentPresenceRequested);
    QSignalSpy own(&window, &App::MainWindow::presenceRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openDashboard();
    LeadDashboard *dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitForWindowExposed(dashboard));
    TeamSnapshot figures = desk.snapshot();
    AgentMetrics me;
    me.agentId = desk.lead.id;
    me.name = desk.lead.name;
    me.role = AgentRole::Lead;
    me.presence = Presence::Online;
    figures.agents.append(me);
    window.showTeamSnapshot(figures);

    QPushButton *setStatus = dashboard->setStatusButton();
    REQUIRE(setStatus->isVisible());
    CHECK(setStatus->text() == QStringLiteral("Set &Status…"));
    CHECK_FALSE(setStatus->accessibleName().isEmpty());
    CHECK_FALSE(setStatus->isEnabled());  // nobody selected yet

    // Carol (Busy) clicked in the table, then Set Status… and "Away" by its mnemonic.
    QTableView *table = dashboard->agentTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, agentRowPoint(*dashboard, desk.carol.id));
    REQUIRE(dashboard->selectedAgents() == QList<QUuid>{desk.carol.id});
    REQUIRE(setStatus->isEnabled());
    auto shown = answerMenu(dashboard, {Qt::Key_A});
    QTest::mouseClick(setStatus, Qt::LeftButton);
    CHECK(*shown == QStringList{QStringLiteral("&Online"), QStringLiteral("&Away"), QStringLiteral("&Busy *"),
                                QStringLiteral("O&ffline")});
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toUuid() == desk.carol.id);
    CHECK(requested.at(0).at(1).value<Presence>() == Presence::Away);
    CHECK(dashboard->presenceResult()->text().contains(QStringLiteral("Carol Lee")));

    // From the keyboard: up a row, to Alice (the table is sorted by name).
    table->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table, Qt::Key_Up);
    REQUIRE(dashboard->selectedAgents() == QList<QUuid>{desk.alice.id});
    // The table's context menu as the Menu key opens it, Offline with the arrows and Return.
    shown = answerMenu(dashboard, {Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Return});
    const QPoint current = table->visualRect(table->currentIndex()).center();
    QContextMenuEvent fromKeyboard(QContextMenuEvent::Keyboard, current, table->viewport()->mapToGlobal(current));
    QApplication::sendEvent(table->viewport(), &fromKeyboard);
    CHECK(shown->contains(QStringLiteral("&Online *")));  // Alice's presence now
    REQUIRE(requested.size() == 2);
    CHECK(requested.at(1).at(0).toUuid() == desk.alice.id);
    CHECK(requested.at(1).at(1).value<Presence>() == Presence::Offline);

    // The lead's own row is their own status, as chosen in the status bar.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, agentRowPoint(*dashboard, desk.lead.id));
    shown = answerMenu(dashboard, {Qt::Key_B});
    QTest::mouseClick(setStatus, Qt::LeftButton);
    CHECK(requested.size() == 2);
    REQUIRE(own.size() == 1);
    CHECK(own.at(0).at(0).value<Presence>() == Presence::Busy);
}

TEST_CASE("Where the server does not allow it the dashboard offers no way to change an agent's status",
          "[widgets][dashboard][presence]")
{
    LeadDesk desk;
    App::MainWindow window(*desk.store);
    window.setWorkAvailable(true);
    window.setServerReachable(true);
    QSignalSpy requested(&window, &App::MainWindow::agentPresenceRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_FALSE(window.othersPresenceAllowed());  // until a welcome says otherwise
    window.openDashboard();
    LeadDashboard *dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitForWindowExposed(dashboard));
    window.showTeamSnapshot(desk.snapshot());
    QTableView *table = dashboard->agentTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, agentRowPoint(*dashboard, desk.alice.id));
    REQUIRE(dashboard->selectedAgents() == QList<QUuid>{desk.alice.id});

    CHECK_FALSE(dashboard->setStatusButton()->isVisible());
    for (const QAction *action : dashboard->presenceActions()) {
        CHECK_FALSE(action->isVisible());
    }
    // Its context menu stays shut: nothing opens, nothing is asked for.
    const QPoint alicesRow = agentRowPoint(*dashboard, desk.alice.id);
    QContextMenuEvent click(QContextMenuEvent::Mouse, alicesRow, table->viewport()->mapToGlobal(alicesRow));
    QApplication::sendEvent(table->viewport(), &click);
    CHECK_FALSE(QApplication::activePopupWidget());
    CHECK(requested.isEmpty());

    // A later welcome allows it, and another one (the server restarted with --no-lead-presence) takes it back.
    window.setOthersPresenceAllowed(true);
    CHECK(dashboard->setStatusButton()->isVisible());
    CHECK(dashboard->setStatusButton()->isEnabled());
    window.setOthersPresenceAllowed(false);
    CHECK_FALSE(dashboard->setStatusButton()->isVisible());
}
