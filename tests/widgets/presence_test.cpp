// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Presence (the agent's status, Away after idling, who else views the open ticket) and satisfaction ratings.

#include <app/mainwindow.h>
#include <app/presencekeeper.h>
#include <models/localstore.h>
#include <models/ticketthreadmodel.h>
#include <models/ticketviewers.h>
#include <protocol/mutations.h>
#include <widgets/csatdialog.h>
#include <widgets/presenceselector.h>
#include <widgets/shortcutsdialog.h>
#include <widgets/ticketview.h>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
using namespace std::chrono_literals;
namespace P = Frontline::Protocol;

namespace {

constexpr auto CtrlShift = Qt::ControlModifier | Qt::ShiftModifier;

/*! A cache with one queue, an open and a solved ticket of one customer, the agent and three colleagues. */
struct PresenceDesk
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue billing = Tests::sampleQueue(QStringLiteral("Billing"));
    Customer customer = Tests::sampleCustomer();
    Agent me = Tests::sampleAgent(billing.id, QStringLiteral("Alice Wang"));
    Agent wang = Tests::sampleAgent(billing.id, QStringLiteral("王芳"));
    Agent li = Tests::sampleAgent(billing.id, QStringLiteral("Li Lei"));
    Agent chen = Tests::sampleAgent(billing.id, QStringLiteral("陳志明"));
    Ticket invoice = Tests::sampleTicket(billing, customer, 1001, QStringLiteral("發票抬頭錯誤"));
    Ticket parcel = Tests::sampleTicket(billing, customer, 1002, QStringLiteral("包裹沒有收到"));

    PresenceDesk()
    {
        parcel.status = TicketStatus::Solved;
        for (Agent *agent : {&wang, &li, &chen}) {
            agent->presence = Presence::Online;
        }
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = context.entities.upsert(billing);
            status = status ? context.entities.upsert(customer) : status;
            for (const Agent *agent : {&me, &wang, &li, &chen}) {
                status = status ? context.entities.upsert(*agent) : status;
            }
            status = status ? context.entities.upsert(invoice) : status;
            return status ? context.entities.upsert(parcel) : status;
        });
    }

    /*! The server marked \a agent offline (their connection vanished): the change reaches the cache. */
    void goesOffline(Agent agent)
    {
        agent.presence = Presence::Offline;
        agent.rev += 1;
        Tests::writeAndWait(*store, [&agent](WriteContext &context) { return context.entities.upsert(agent); });
    }
};

/*! The main window signed in to a server (offline is enough: requests wait in the outbox). */
struct Window
{
    App::MainWindow window;
    Widgets::TicketView *view = window.ticketView();

    Window(PresenceDesk &desk, bool signedIn = true)
        : window(*desk.store)
    {
        window.setWorkAvailable(signedIn);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    void open(const Ticket &ticket)
    {
        REQUIRE(window.selectTicket(ticket.id));
        REQUIRE(window.threadModel()->ticketId() == ticket.id);
    }

    QLabel *notice() const { return view->viewersNotice(); }
};

/*!
    Presses \a key on \a window and runs \a drive on the modal dialog it opens, as soon as the dialog is active.
    Returns whether a dialog of type D opened.
*/
template<typename D>
bool withDialog(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers, const std::function<void(D &)> &drive)
{
    window->activateWindow();  // back from an earlier dialog: the window's shortcuts need it active
    REQUIRE(QTest::qWaitForWindowActive(window));
    bool opened = false;
    QTimer::singleShot(0, window, [&opened, &drive] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            opened = true;
            if (QTest::qWaitForWindowActive(dialog)) {
                drive(*dialog);
            }
            if (dialog->isVisible()) {
                dialog->reject();  // the check failed half-way: never leave the test waiting
            }
        }
    });
    QTest::keyClick(window, key, modifiers);
    QApplication::processEvents();
    return opened;
}

/*! A key pressed where the keyboard focus is, as a person would press it. */
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(focus, key, modifiers);
}

}  // namespace

TEST_CASE("Choosing Away in the status bar asks for a set_presence", "[widgets][presence]")
{
    PresenceDesk desk;
    Window w(desk);
    // As main.cpp wires it: the window's request goes through the keeper and becomes a set_presence.
    App::PresenceKeeper keeper;
    keeper.setIdleTimeout(0ms);
    std::vector<P::MutationPayload> submitted;
    QObject::connect(&w.window, &App::MainWindow::presenceRequested, &keeper, &App::PresenceKeeper::choose);
    QObject::connect(&keeper, &App::PresenceKeeper::presenceChanged, &w.window, [&](Presence presence) {
        w.window.showPresence(presence);
        submitted.push_back(P::SetPresence{presence});
    });
    QSignalSpy requested(&w.window, &App::MainWindow::presenceRequested);

    Widgets::PresenceSelector *selector = w.window.presenceSelector();
    REQUIRE(selector->isVisible());
    CHECK(selector->presence() == Presence::Online);
    CHECK_FALSE(selector->accessibleName().isEmpty());

    // With the mouse: open the list, click Away.
    QTest::mouseClick(selector, Qt::LeftButton);
    QAbstractItemView *list = selector->view();
    REQUIRE(list->isVisible());
    const QModelIndex away = list->model()->index(selector->findData(static_cast<int>(Presence::Away)), 0);
    QTest::qWait(QApplication::doubleClickInterval() + 50);  // a click right after opening is the opening click
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(away).center());
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).value<Presence>() == Presence::Away);
    REQUIRE(submitted.size() == 1);
    CHECK(submitted.at(0) == P::MutationPayload(P::SetPresence{Presence::Away}));
    CHECK(keeper.presence() == Presence::Away);
    CHECK_FALSE(keeper.isAwayForIdle());  // chosen: input does not end it
    const auto checked = [&w] {
        for (QAction *choice : w.window.presenceActions()) {
            if (choice->isChecked()) {
                return static_cast<Presence>(choice->data().toInt());
            }
        }
        return Presence::Offline;
    };
    CHECK(checked() == Presence::Away);  // File ▸ My Status shows it too

    // With the keyboard: the selector takes the focus, Down chooses the next status.
    selector->setFocus(Qt::TabFocusReason);
    QTest::keyClick(selector, Qt::Key_Down);
    REQUIRE(requested.size() == 2);
    CHECK(requested.at(1).at(0).value<Presence>() == Presence::Busy);
    CHECK(submitted.back() == P::MutationPayload(P::SetPresence{Presence::Busy}));

    // The Status menu's entries do the same.
    w.window.presenceActions().at(0)->trigger();
    CHECK(requested.at(2).at(0).value<Presence>() == Presence::Online);
    CHECK(selector->presence() == Presence::Online);

    // Showing a presence set elsewhere (away after idling) asks for nothing.
    w.window.showPresence(Presence::Away);
    CHECK(selector->presence() == Presence::Away);
    CHECK(checked() == Presence::Away);
    CHECK(requested.size() == 3);
}

TEST_CASE("Offline, the status in the status bar says colleagues see the agent as Offline until the connection "
          "is back",
          "[widgets][presence]")
{
    PresenceDesk desk;
    Window w(desk);
    Widgets::PresenceSelector *selector = w.window.presenceSelector();
    w.window.showPresence(Presence::Busy);
    w.window.setServerReachable(true);
    CHECK_FALSE(selector->font().italic());
    CHECK_FALSE(selector->toolTip().contains(u"offline", Qt::CaseInsensitive));

    w.window.setServerReachable(false);
    CHECK(selector->font().italic());
    CHECK(selector->toolTip().contains(u"offline", Qt::CaseInsensitive));
    CHECK(selector->accessibleDescription() == selector->toolTip());
    CHECK(selector->presence() == Presence::Busy);  // the choice stays, for the next sign-in

    w.window.setServerReachable(true);
    CHECK_FALSE(selector->font().italic());
    CHECK_FALSE(selector->toolTip().contains(u"offline", Qt::CaseInsensitive));
}

TEST_CASE("Without a server there is no presence to choose", "[widgets][presence]")
{
    PresenceDesk desk;
    Window w(desk, false);
    CHECK_FALSE(w.window.presenceSelector()->isVisible());
}

namespace {

/*! A keeper watching a focused line edit's input, Away after 200 ms without any. */
struct KeeperAtTheKeyboard
{
    QLineEdit input;
    App::PresenceKeeper keeper;
    QSignalSpy changed{&keeper, &App::PresenceKeeper::presenceChanged};

    KeeperAtTheKeyboard()
    {
        input.show();
        REQUIRE(QTest::qWaitForWindowActive(&input));
        keeper.setIdleTimeout(200ms);
        keeper.start();
    }
};

}  // namespace

TEST_CASE("The agent becomes Away when idle and Online again at the next key, but Busy stays Busy",
          "[widgets][presence]")
{
    KeeperAtTheKeyboard at;
    QLineEdit &input = at.input;
    App::PresenceKeeper &keeper = at.keeper;
    QSignalSpy &changed = at.changed;
    CHECK(keeper.presence() == Presence::Online);

    // Nothing typed: Away after the idle time.
    REQUIRE(QTest::qWaitFor([&keeper] { return keeper.presence() == Presence::Away; }, 3000));
    CHECK(keeper.isAwayForIdle());
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<Presence>() == Presence::Away);

    // A key: Online again, and away again after the next idle time.
    QTest::keyClick(&input, Qt::Key_A);
    CHECK(keeper.presence() == Presence::Online);
    CHECK_FALSE(keeper.isAwayForIdle());
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(1).at(0).value<Presence>() == Presence::Online);
    REQUIRE(QTest::qWaitFor([&keeper] { return keeper.presence() == Presence::Away; }, 3000));

    // Typing keeps the agent Online: each key starts the idle time again.
    QTest::keyClick(&input, Qt::Key_B);
    CHECK(keeper.presence() == Presence::Online);
    const qsizetype before = changed.size();
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(40);
        QTest::keyClick(&input, Qt::Key_C);
    }
    CHECK(keeper.presence() == Presence::Online);
    CHECK(changed.size() == before);

    // Busy is the agent's choice: idling never overrides it, and input does not make them Online.
    keeper.choose(Presence::Busy);
    changed.clear();
    QTest::qWait(500);
    CHECK(keeper.presence() == Presence::Busy);
    QTest::keyClick(&input, Qt::Key_D);
    CHECK(keeper.presence() == Presence::Busy);
    CHECK(changed.isEmpty());

    // Away chosen stays Away at the next key.
    keeper.choose(Presence::Away);
    QTest::keyClick(&input, Qt::Key_E);
    CHECK(keeper.presence() == Presence::Away);

    // Online again; with no idle time it is never Away.
    keeper.choose(Presence::Online);
    keeper.setIdleTimeout(0ms);
    QTest::qWait(400);
    CHECK(keeper.presence() == Presence::Online);

    // Quitting says Offline.
    keeper.goOffline();
    CHECK(keeper.presence() == Presence::Offline);
    CHECK(changed.back().at(0).value<Presence>() == Presence::Offline);
}

TEST_CASE("A status a team lead set is kept like the agent's own choice and is not sent back", "[widgets][presence]")
{
    KeeperAtTheKeyboard at;
    QLineEdit &input = at.input;
    App::PresenceKeeper &keeper = at.keeper;
    QSignalSpy &changed = at.changed;
    QSignalSpy adopted(&keeper, &App::PresenceKeeper::presenceAdopted);

    keeper.adopt(Presence::Busy);
    CHECK(keeper.presence() == Presence::Busy);
    REQUIRE(adopted.size() == 1);
    CHECK(adopted.at(0).at(0).value<Presence>() == Presence::Busy);
    CHECK(changed.isEmpty());  // the server has it already: no set_presence goes out

    // Busy stays Busy while idle and at the next key, as if the agent had chosen it.
    QTest::qWait(400);
    QTest::keyClick(&input, Qt::Key_A);
    CHECK(keeper.presence() == Presence::Busy);
    CHECK(changed.isEmpty());

    // Set Online while the agent is away from the keyboard: Away follows after the idle time.
    keeper.adopt(Presence::Online);
    REQUIRE(QTest::qWaitFor([&keeper] { return keeper.presence() == Presence::Away; }, 3000));
    CHECK(changed.size() == 1);
}

TEST_CASE("The idle time comes from the settings, in minutes", "[widgets][presence]")
{
    QSettings settings;
    const QString key = QString::fromLatin1(App::PresenceKeeper::AwayAfterMinutesKey);
    settings.remove(key);
    CHECK(App::PresenceKeeper::configuredIdleTimeout() == 5min);
    settings.setValue(key, 0);
    CHECK(App::PresenceKeeper::configuredIdleTimeout() == 0ms);
    settings.setValue(key, 12);
    CHECK(App::PresenceKeeper().idleTimeout() == 12min);
    settings.setValue(key, QStringLiteral("soon"));
    CHECK(App::PresenceKeeper::configuredIdleTimeout() == 5min);
    settings.remove(key);
}

TEST_CASE("The open ticket says who else is viewing it, and stops when they leave", "[widgets][presence]")
{
    PresenceDesk desk;
    Window w(desk);
    QAbstractItemModelTester tester(w.window.viewersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy opened(&w.window, &App::MainWindow::openTicketChanged);
    w.open(desk.invoice);
    CHECK_FALSE(w.notice()->isVisible());
    w.open(desk.parcel);
    w.open(desk.invoice);
    REQUIRE(opened.size() >= 2);
    CHECK(opened.at(opened.size() - 2).at(0).toUuid() == desk.parcel.id);
    CHECK(opened.back().at(0).toUuid() == desk.invoice.id);

    // 王芳 opens the same ticket.
    w.window.colleaguePresence(desk.wang.id, Presence::Online, desk.invoice.id);
    REQUIRE(w.notice()->isVisible());
    CHECK(w.notice()->text() == QStringLiteral("王芳 is also viewing this ticket"));
    CHECK(w.view->otherViewers() == QStringList{QStringLiteral("王芳")});
    CHECK_FALSE(w.notice()->accessibleName().isEmpty());

    // Two more: the first one is named, the others counted.
    w.window.colleaguePresence(desk.li.id, Presence::Busy, desk.invoice.id);
    w.window.colleaguePresence(desk.chen.id, Presence::Online, desk.invoice.id);
    CHECK(w.notice()->text() == QStringLiteral("王芳 and 2 other(s) are viewing this ticket"));
    CHECK(w.view->otherViewers() ==
          QStringList{QStringLiteral("王芳"), QStringLiteral("Li Lei"), QStringLiteral("陳志明")});
    // Someone on another ticket is not counted here.
    w.window.colleaguePresence(desk.chen.id, Presence::Online, desk.parcel.id);
    CHECK(w.notice()->text() == QStringLiteral("王芳 and 1 other(s) are viewing this ticket"));
    // Away with the ticket still open is still viewing it.
    w.window.colleaguePresence(desk.wang.id, Presence::Away, desk.invoice.id);
    CHECK(w.view->otherViewers() == QStringList{QStringLiteral("王芳"), QStringLiteral("Li Lei")});

    // 王芳 moves on to the other ticket: it shows there, no longer here.
    w.window.colleaguePresence(desk.wang.id, Presence::Online, desk.parcel.id);
    CHECK(w.notice()->text() == QStringLiteral("Li Lei is also viewing this ticket"));
    w.open(desk.parcel);
    CHECK(w.view->otherViewers() == QStringList{QStringLiteral("陳志明"), QStringLiteral("王芳")});
    w.open(desk.invoice);

    // Li Lei's connection vanishes: the server marks them offline, and the cache hears of it.
    desk.goesOffline(desk.li);
    REQUIRE(QTest::qWaitFor([&w] { return !w.notice()->isVisible(); }, 3000));
    CHECK(w.view->otherViewers().isEmpty());
    CHECK(w.window.viewersModel()->rowCount() == 2);  // 王芳 and 陳志明, on the other ticket

    // An Offline frame, or closing the ticket, ends it too.
    w.open(desk.parcel);
    w.window.colleaguePresence(desk.wang.id, Presence::Offline, desk.parcel.id);
    w.window.colleaguePresence(desk.chen.id, Presence::Online, QUuid());
    CHECK_FALSE(w.notice()->isVisible());
    CHECK(w.window.viewersModel()->rowCount() == 0);

    // A colleague the cache does not know is still shown, under a neutral name.
    w.window.colleaguePresence(QUuid::createUuid(), Presence::Online, desk.parcel.id);
    CHECK(w.notice()->text() == QStringLiteral("Another agent is also viewing this ticket"));
}

TEST_CASE("The rating dialog needs a score, takes it from the digit keys and counts the comment",
          "[widgets][presence][csat]")
{
    Widgets::CsatDialog dialog(QStringLiteral("ticket #1002 “包裹沒有收到”"), QStringLiteral("陳美玲"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(dialog.score() == 0);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    for (int score = Widgets::CsatDialog::MinScore; score <= Widgets::CsatDialog::MaxScore; ++score) {
        CHECK_FALSE(dialog.scoreButton(score)->accessibleName().isEmpty());
        CHECK_FALSE(dialog.scoreButton(score)->isChecked());
    }
    // Enter does nothing without a score.
    press(&dialog, Qt::Key_Return);
    CHECK(dialog.isVisible());

    // Digits choose the score where the focus is (on the scores at first).
    press(&dialog, Qt::Key_4);
    CHECK(dialog.score() == 4);
    CHECK(dialog.scoreButton(4)->isChecked());
    CHECK(dialog.okButton()->isEnabled());
    press(&dialog, Qt::Key_2);
    CHECK(dialog.score() == 2);
    press(&dialog, Qt::Key_Right);  // the arrows move between the scores
    CHECK(dialog.score() == 3);
    press(&dialog, Qt::Key_5, Qt::KeypadModifier);
    CHECK(dialog.score() == 5);
    press(&dialog, Qt::Key_9);
    CHECK(dialog.score() == 5);

    // In the comment, digits are text.
    QPlainTextEdit *comment = dialog.commentEdit();
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Fixed in 3 minutes"));
    CHECK(dialog.score() == 5);
    CHECK(dialog.comment() == QStringLiteral("Fixed in 3 minutes"));
    CHECK(dialog.counterLabel()->text().startsWith(QStringLiteral("18 / ")));

    // A comment too long for the server: the counter says so and OK waits.
    comment->setPlainText(QString(Widgets::CsatDialog::MaxCommentLength + 1, u'好'));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.counterLabel()->text().contains(QStringLiteral("at most")));
    comment->setPlainText(QStringLiteral("  很快，謝謝  "));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.comment() == QStringLiteral("很快，謝謝"));

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Record Satisfaction asks for a rating of the solved ticket and is off for an open one",
          "[widgets][presence][csat]")
{
    PresenceDesk desk;
    Window w(desk);
    QSignalSpy requested(&w.window, &App::MainWindow::csatRequested);
    QAction *record = w.window.recordCsatAction();
    CHECK(record->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    // An open ticket cannot be rated: the action is off and its keys open nothing.
    w.open(desk.invoice);
    CHECK_FALSE(record->isEnabled());
    CHECK_FALSE(
        withDialog<Widgets::CsatDialog>(&w.window, Qt::Key_A, CtrlShift, [](Widgets::CsatDialog &d) { d.reject(); }));
    CHECK(requested.isEmpty());

    // The solved one: Ctrl+Shift+A, a digit, a comment, Record.
    w.open(desk.parcel);
    REQUIRE(record->isEnabled());
    CHECK(withDialog<Widgets::CsatDialog>(&w.window, Qt::Key_A, CtrlShift, [](Widgets::CsatDialog &d) {
        CHECK_FALSE(d.okButton()->isEnabled());
        press(&d, Qt::Key_4);
        d.commentEdit()->setFocus();
        QTest::keyClicks(d.commentEdit(), QStringLiteral("Quick and kind"));
        QTest::mouseClick(d.okButton(), Qt::LeftButton);
    }));
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toUuid() == desk.parcel.id);
    CHECK(requested.at(0).at(1).toInt() == 4);
    CHECK(requested.at(0).at(2).toString() == QStringLiteral("Quick and kind"));

    // Cancelled: nothing asked.
    CHECK(withDialog<Widgets::CsatDialog>(&w.window, Qt::Key_A, CtrlShift, [](Widgets::CsatDialog &d) {
        press(&d, Qt::Key_1);
        QTest::keyClick(&d, Qt::Key_Escape);
    }));
    CHECK(requested.size() == 1);

    // The ticket reopens (a reply): no more rating.
    Ticket reopened = desk.parcel;
    reopened.status = TicketStatus::Open;
    reopened.rev += 1;
    Tests::writeAndWait(*desk.store, [&reopened](WriteContext &context) { return context.entities.upsert(reopened); });
    REQUIRE(QTest::qWaitFor([record] { return !record->isEnabled(); }, 3000));

    // Help lists its keys, and the rating dialog's.
    QList<Widgets::ShortcutsDialog::Entry> listed;
    CHECK(withDialog<Widgets::ShortcutsDialog>(&w.window, Qt::Key_F1, Qt::NoModifier,
                                               [&listed](Widgets::ShortcutsDialog &d) {
                                                   listed = d.entries();
                                                   QTest::keyClick(&d, Qt::Key_Escape);
                                               }));
    const auto listedKeys = [&listed](const QString &action) {
        for (const auto &entry : listed) {
            if (entry.action == action) {
                return entry.keys;
            }
        }
        return QKeySequence();
    };
    CHECK(listedKeys(QStringLiteral("Record Satisfaction")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    CHECK(listedKeys(QStringLiteral("Record Satisfaction: the customer's score, 1 to 5")) == QKeySequence(Qt::Key_1));
}

TEST_CASE("Without a server no rating can be recorded", "[widgets][presence][csat]")
{
    PresenceDesk desk;
    Window w(desk, false);
    w.open(desk.parcel);
    CHECK_FALSE(w.window.recordCsatAction()->isEnabled());
}
