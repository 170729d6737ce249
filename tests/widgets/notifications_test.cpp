// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/attentionnotifier.h>
#include <models/queuemodel.h>
#include <models/queuerow.h>
#include <models/translations.h>

#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Start = 1'800'000'000'000;

QueueRow ticket(qint64 number, const QUuid &queue, const QUuid &assignee, qint64 due)
{
    QueueRow row;
    row.id = QUuid::createUuid();
    row.number = number;
    row.subject = QStringLiteral("Refund for order %1").arg(number);
    row.queueId = queue;
    row.assigneeId = assignee;
    row.status = TicketStatus::Open;
    row.firstResponseDue = due;
    return row;
}

}  // namespace

TEST_CASE("A ticket assigned by someone else is a desktop notification while the agent is in another window, "
          "and can be switched off",
          "[widgets][notifications]")
{
    QSettings().remove(QStringLiteral("notifications"));
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    const QUuid me = QUuid::createUuid();
    const QUuid queue = QUuid::createUuid();
    QueueModel model;
    QueueRow waiting = ticket(1042, queue, {}, 0);
    model.resetRows({waiting});
    QWidget window;
    QWidget elsewhere;  // the agent's mail, say
    App::AttentionNotifier notifier(model, window);
    qint64 now = Start;
    notifier.setClock([&now] { return now; });
    notifier.setAgent(me, {queue});
    QSignalSpy notified(&notifier, &App::AttentionNotifier::notify);
    notifier.look();

    // While the agent looks at the window, nothing pops up.
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    waiting.assigneeId = me;
    model.resetRows({waiting});
    notifier.look();
    CHECK(notified.isEmpty());

    // In another window: a lead hands them a second ticket.
    elsewhere.show();
    elsewhere.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&elsewhere));
    const QueueRow handedOver = ticket(1043, queue, me, 0);
    model.resetRows({waiting, handedOver});
    notifier.look();
    REQUIRE(notified.size() == 1);
    CHECK(notified.at(0).at(0).toString() == QStringLiteral("New ticket for you"));
    CHECK(notified.at(0).at(1).toString() == QStringLiteral("Assigned to you: #1043 Refund for order 1043"));

    // Settings ▸ Notifications ▸ When a Ticket Is Assigned to Me, unchecked: kept, and quiet.
    QMenu settings;
    notifier.addMenu(settings);
    auto *assignments = settings.findChild<QAction *>(QStringLiteral("notifyAssignments"));
    REQUIRE(assignments);
    CHECK(assignments->isChecked());
    assignments->trigger();
    CHECK(QSettings().value(QStringLiteral("notifications/assignments")).toBool() == false);
    model.resetRows({waiting, handedOver, ticket(1044, queue, me, 0)});
    notifier.look();
    CHECK(notified.size() == 1);
    QSettings().remove(QStringLiteral("notifications"));
}

TEST_CASE("Many SLA steps at once are one notification that counts them", "[widgets][notifications]")
{
    QSettings().remove(QStringLiteral("notifications"));
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    const QUuid me = QUuid::createUuid();
    const QUuid queue = QUuid::createUuid();
    QueueModel model;
    std::vector<QueueRow> rows;
    for (int i = 0; i < 5; ++i) {
        rows.push_back(ticket(2000 + i, queue, i < 2 ? me : QUuid(), Start + (10 + i) * Minute));
    }
    model.resetRows(rows);
    QWidget window;  // never shown: not the active window
    App::AttentionNotifier notifier(model, window);
    qint64 now = Start - 30 * Minute;
    notifier.setClock([&now] { return now; });
    notifier.setAgent(me, {queue});
    QSignalSpy notified(&notifier, &App::AttentionNotifier::notify);
    notifier.look();
    CHECK(notified.isEmpty());

    now = Start + 11 * Minute + 30'000;  // two are past, three due within 15 minutes
    notifier.look();
    REQUIRE(notified.size() == 1);
    CHECK(notified.at(0).at(0).toString() == QStringLiteral("SLA deadlines"));
    CHECK(notified.at(0).at(1).toString() == QStringLiteral("3 tickets due soon\n2 tickets past the SLA"));
}
