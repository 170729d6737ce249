// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <widgets/queueview.h>
#include <widgets/shortcutsdialog.h>

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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
        REQUIRE(window.selectTicket(ticket.id));
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
    CHECK(view->currentIndex().row() == window.filterModel()->rowOf(open.id));

    window.setServerReachable(false);
    CHECK_FALSE(window.takeNextAction()->isEnabled());
}

TEST_CASE("Help lists every keyboard shortcut the window has, read from its actions", "[widgets][work]")
{
    Tests::TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    App::MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QList<Widgets::ShortcutsDialog::Entry> listed;
    QTimer::singleShot(0, &window, [&listed] {
        auto *dialog = qobject_cast<Widgets::ShortcutsDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            listed = dialog->entries();
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    });
    QTest::keyClick(&window, Qt::Key_F1);  // Help ▸ Keyboard Shortcuts
    REQUIRE_FALSE(listed.isEmpty());
    const auto keysOf = [&listed](const QString &action) {
        for (const auto &entry : listed) {
            if (entry.action == action) {
                return entry.keys;
            }
        }
        return QKeySequence();
    };
    CHECK(keysOf(QStringLiteral("Take Next")) == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(keysOf(QStringLiteral("Claim")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    CHECK(keysOf(QStringLiteral("Reply")) == QKeySequence(Qt::CTRL | Qt::Key_R));
    CHECK(keysOf(QStringLiteral("Internal Note")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(keysOf(QStringLiteral("Search the Knowledge Base")) == QKeySequence(Qt::CTRL | Qt::Key_K));
    CHECK(keysOf(QStringLiteral("Notices")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    CHECK(keysOf(QStringLiteral("Keyboard Shortcuts")) == QKeySequence(QKeySequence::HelpContents));
    CHECK(keysOf(QStringLiteral("Send the reply or note")) == QKeySequence(Qt::CTRL | Qt::Key_Return));
}
