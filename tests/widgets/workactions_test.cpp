// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/localstore.h>
#include <models/queuemodel.h>
#include <widgets/queueview.h>

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

TEST_CASE("Claim takes the selected unassigned ticket, and Take next waits for the server", "[widgets][work]")
{
    Tests::TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    const Queue queue = Tests::sampleQueue();
    const Customer customer = Tests::sampleCustomer();
    const Agent colleague = Tests::sampleAgent(queue.id);
    const Ticket open = Tests::sampleTicket(queue, customer, 1001, QStringLiteral("订单未收到"));
    Ticket taken = Tests::sampleTicket(queue, customer, 1002, QStringLiteral("发票抬头错误"));
    taken.assigneeId = colleague.id;
    Tests::writeAndWait(*store, [&](WriteContext &context) {
        Status status = context.entities.upsert(queue);
        status = status ? context.entities.upsert(customer) : status;
        status = status ? context.entities.upsert(colleague) : status;
        status = status ? context.entities.upsert(open) : status;
        return status ? context.entities.upsert(taken) : status;
    });

    App::MainWindow window(*store);
    QSignalSpy claimed(&window, &App::MainWindow::claimRequested);
    QSignalSpy takeNext(&window, &App::MainWindow::takeNextRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Widgets::QueueView *view = window.queueView();
    const auto select = [&](const Ticket &ticket) {
        view->setCurrentIndex(
            window.queueModel()->index(window.queueModel()->rowOf(ticket.id), QueueModel::SubjectColumn));
    };

    // Working from a local cache only (no server account), there is nothing to claim with.
    select(open);
    CHECK_FALSE(window.claimAction()->isEnabled());
    CHECK_FALSE(window.takeNextAction()->isEnabled());

    window.setWorkAvailable(true);
    CHECK(window.claimAction()->isEnabled());           // offline too: the claim is queued
    CHECK_FALSE(window.takeNextAction()->isEnabled());  // the server picks the ticket

    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(claimed.size() == 1);
    CHECK(claimed.takeFirst().at(0).toUuid() == open.id);

    select(taken);
    CHECK_FALSE(window.claimAction()->isEnabled());  // a colleague's ticket

    window.setServerReachable(true);
    REQUIRE(window.takeNextAction()->isEnabled());
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("workToolBar"));
    REQUIRE(toolBar);
    QTest::mouseClick(toolBar->widgetForAction(window.takeNextAction()), Qt::LeftButton);
    CHECK(takeNext.size() == 1);

    // The server's answer names the ticket: the queue moves to it.
    window.ticketTaken(open.id, 1001);
    CHECK(view->currentIndex().row() == window.queueModel()->rowOf(open.id));

    window.setServerReachable(false);
    CHECK_FALSE(window.takeNextAction()->isEnabled());
}
