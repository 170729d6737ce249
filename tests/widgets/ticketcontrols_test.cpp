// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/labels.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/ticketthreadmodel.h>
#include <models/translations.h>
#include <sync/engine/syncstore.h>
#include <widgets/calldialog.h>
#include <widgets/newticketdialog.h>
#include <widgets/queueview.h>
#include <widgets/shortcutsdialog.h>
#include <widgets/ticketview.h>
#include <widgets/transferdialog.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
namespace P = Frontline::Protocol;

namespace {

constexpr auto CtrlShift = Qt::ControlModifier | Qt::ShiftModifier;

/*! A cache with three queues and two tickets of one customer, each with its own status, priority and tags. */
struct ControlsDesk
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue billing = Tests::sampleQueue(QStringLiteral("Billing"));
    Queue returns = Tests::sampleQueue(QStringLiteral("Returns"));
    Queue care = Tests::sampleQueue(QStringLiteral("VIP Care"));
    Customer customer = Tests::sampleCustomer();
    Agent me = Tests::sampleAgent(billing.id);
    Ticket invoice = Tests::sampleTicket(billing, customer, 1001, QStringLiteral("發票抬頭錯誤"));
    Ticket parcel = Tests::sampleTicket(billing, customer, 1002, QStringLiteral("包裹沒有收到"));

    ControlsDesk()
    {
        invoice.tags = {QStringLiteral("invoice")};
        invoice.rev = 7;
        parcel.status = TicketStatus::Pending;
        parcel.priority = Priority::High;
        parcel.tags = {QStringLiteral("shipping"), QStringLiteral("vip")};
        parcel.rev = 3;
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = context.entities.upsert(billing);
            status = status ? context.entities.upsert(returns) : status;
            status = status ? context.entities.upsert(care) : status;
            status = status ? context.entities.upsert(customer) : status;
            status = status ? context.entities.upsert(me) : status;
            status = status ? context.entities.upsert(invoice) : status;
            return status ? context.entities.upsert(parcel) : status;
        });
    }

    void save(const Ticket &ticket)
    {
        Tests::writeAndWait(*store, [&ticket](WriteContext &context) { return context.entities.upsert(ticket); });
    }

    /*! What the session does with a request: records it in the outbox and shows its effect in the cache. */
    void record(const P::MutationPayload &payload)
    {
        const P::Mutate mutation{QUuid::createUuid(), std::nullopt, payload};
        Tests::writeAndWait(*store, [&](WriteContext &context) {
            return Sync::SyncStore(context).record(mutation, Sync::LocalAgent{me.id, me.name},
                                                   QDateTime::currentDateTimeUtc());
        });
    }
};

/*! The main window signed in to a server (offline is enough: changes wait in the outbox). */
struct Window
{
    App::MainWindow window;
    Widgets::TicketView *view = window.ticketView();

    Window(ControlsDesk &desk, bool signedIn = true)
        : window(*desk.store)
    {
        window.setWorkAvailable(signedIn);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));  // focus moves as the agent clicks and types
    }

    void open(const Ticket &ticket)
    {
        REQUIRE(window.selectTicket(ticket.id));
        REQUIRE(window.threadModel()->ticketId() == ticket.id);
    }
};

/*!
    Presses \a keys on \a window and runs \a drive on the modal dialog they open, as soon as it shows.
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
            drive(*dialog);
            if (dialog->isVisible()) {
                dialog->reject();  // the check failed half-way: never leave the test waiting
            }
        }
    });
    QTest::keyClick(window, key, modifiers);
    QApplication::processEvents();
    return opened;
}

/*! Picks the item \a text in \a box's open list with the mouse. */
void clickItem(QComboBox *box, const QString &text)
{
    QAbstractItemView *list = box->view();
    REQUIRE(list->isVisible());
    const QModelIndex item = list->model()->index(box->findText(text), 0);
    REQUIRE(item.isValid());
    QTest::qWait(QApplication::doubleClickInterval() + 50);  // a click right after opening is the opening click
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

/*! Types Chinese as an input method does: the composed text arrives as one commit. */
void commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent committed;
    committed.setCommitString(text);
    QApplication::sendEvent(widget, &committed);
}

}  // namespace

TEST_CASE("Changing the status in the open ticket asks for a set_status with the ticket's revision",
          "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    w.open(desk.invoice);
    QSignalSpy requested(&w.window, &App::MainWindow::statusRequested);
    QComboBox *status = w.view->statusBox();
    REQUIRE(status->isEnabled());
    CHECK(status->currentText() == Labels::status(TicketStatus::Open));

    // Ctrl+Shift+S opens the list; moving through it sends nothing, Enter takes the one chosen.
    QTest::keyClick(&w.window, Qt::Key_S, CtrlShift);
    REQUIRE(status->view()->isVisible());
    QTest::keyClick(status->view(), Qt::Key_Down);
    QTest::keyClick(status->view(), Qt::Key_Down);
    CHECK(requested.isEmpty());
    QTest::keyClick(status->view(), Qt::Key_Return);
    CHECK(status->hasFocus());
    REQUIRE(requested.size() == 1);
    const QList<QVariant> sent = requested.takeFirst();
    CHECK(sent.at(0).toUuid() == desk.invoice.id);
    CHECK(sent.at(1).value<TicketStatus>() == TicketStatus::OnHold);
    CHECK(sent.at(2).toLongLong() == 7);

    // The priority with the mouse: open the list, click Urgent.
    QSignalSpy priority(&w.window, &App::MainWindow::priorityRequested);
    QTest::mouseClick(w.view->priorityBox(), Qt::LeftButton);
    clickItem(w.view->priorityBox(), Labels::priority(Priority::Urgent));
    REQUIRE(priority.size() == 1);
    CHECK(priority.at(0).at(0).toUuid() == desk.invoice.id);
    CHECK(priority.at(0).at(1).value<Priority>() == Priority::Urgent);
    CHECK(priority.at(0).at(2).toLongLong() == 7);
}

TEST_CASE("A ticket that is still new shows as new, but New cannot be chosen again", "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    desk.parcel.status = TicketStatus::New;
    desk.save(desk.parcel);
    Window w(desk);
    w.open(desk.parcel);
    QSignalSpy requested(&w.window, &App::MainWindow::statusRequested);
    QComboBox *status = w.view->statusBox();
    CHECK(status->currentText() == Labels::status(TicketStatus::New));

    QTest::keyClick(&w.window, Qt::Key_S, CtrlShift);
    QTest::keyClick(status->view(), Qt::Key_Return);  // New cannot be taken: the list stays open
    CHECK(requested.isEmpty());
    QTest::keyClick(status->view(), Qt::Key_Escape);
    CHECK_FALSE(status->view()->isVisible());

    w.open(desk.invoice);
    QTest::keyClick(&w.window, Qt::Key_S, CtrlShift);
    QTest::keyClick(status->view(), Qt::Key_Up);  // Open is the first an agent can choose
    QTest::keyClick(status->view(), Qt::Key_Return);
    CHECK(requested.isEmpty());
    CHECK(status->currentText() == Labels::status(TicketStatus::Open));
}

TEST_CASE("Loading another ticket shows its status without sending anything", "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    QSignalSpy status(&w.window, &App::MainWindow::statusRequested);
    QSignalSpy priority(&w.window, &App::MainWindow::priorityRequested);
    QSignalSpy tags(&w.window, &App::MainWindow::tagsRequested);

    w.open(desk.invoice);
    CHECK(w.view->statusBox()->currentText() == Labels::status(TicketStatus::Open));
    CHECK(w.view->priorityBox()->currentText() == Labels::priority(Priority::Normal));
    CHECK(w.view->tagsEdit()->text() == QStringLiteral("invoice"));

    // The agent moves to the other ticket with the keyboard in the queue.
    w.window.queueView()->setFocus();
    const bool invoiceFirst = w.window.filterModel()->rowOf(desk.invoice.id) == 0;
    QTest::keyClick(w.window.queueView(), invoiceFirst ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(w.window.threadModel()->ticketId() == desk.parcel.id);
    CHECK(w.view->statusBox()->currentText() == Labels::status(TicketStatus::Pending));
    CHECK(w.view->priorityBox()->currentText() == Labels::priority(Priority::High));
    CHECK(w.view->tagsEdit()->text() == QStringLiteral("shipping, vip"));

    // A colleague solves it meanwhile: the controls follow, and a change now names the new revision.
    desk.parcel.status = TicketStatus::Solved;
    desk.parcel.tags = {QStringLiteral("shipping")};
    desk.parcel.rev = 4;
    desk.save(desk.parcel);
    QTRY_COMPARE_WITH_TIMEOUT(w.view->statusBox()->currentText(), Labels::status(TicketStatus::Solved), 5000);
    CHECK(w.view->tagsEdit()->text() == QStringLiteral("shipping"));
    CHECK(status.isEmpty());
    CHECK(priority.isEmpty());
    CHECK(tags.isEmpty());

    QTest::keyClick(&w.window, Qt::Key_P, CtrlShift);
    QTest::keyClick(w.view->priorityBox()->view(), Qt::Key_Down);
    QTest::keyClick(w.view->priorityBox()->view(), Qt::Key_Return);
    REQUIRE(priority.size() == 1);
    CHECK(priority.at(0).at(1).value<Priority>() == Priority::Urgent);
    CHECK(priority.at(0).at(2).toLongLong() == 4);
}

TEST_CASE("Tags typed with spaces and duplicates are sent trimmed and once", "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    w.open(desk.invoice);
    QSignalSpy requested(&w.window, &App::MainWindow::tagsRequested);
    QLineEdit *tags = w.view->tagsEdit();

    QTest::keyClick(&w.window, Qt::Key_T, CtrlShift);  // the caret in the tags, all selected
    REQUIRE(tags->hasFocus());
    QTest::keyClicks(tags, QStringLiteral("  refund ,VIP, vip,,Refund ,  late   delivery ,invoice, "));
    CHECK(requested.isEmpty());  // nothing until Enter
    QTest::keyClick(tags, Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toUuid() == desk.invoice.id);
    CHECK(requested.at(0).at(1).toStringList() == QStringList{QStringLiteral("refund"), QStringLiteral("VIP"),
                                                              QStringLiteral("late delivery"),
                                                              QStringLiteral("invoice")});
    CHECK(requested.at(0).at(2).toLongLong() == 7);
    CHECK(tags->text() == QStringLiteral("refund, VIP, late delivery, invoice"));

    // Leaving the box after saving sends nothing more; nor does Enter on the tags as they are.
    QTest::mouseClick(w.view->composer()->viewport(), Qt::LeftButton);
    CHECK_FALSE(tags->hasFocus());
    CHECK(requested.size() == 1);
    QTest::keyClick(&w.window, Qt::Key_T, CtrlShift);
    QTest::keyClick(tags, Qt::Key_End);
    QTest::keyClick(tags, Qt::Key_Return);
    CHECK(requested.size() == 1);

    // Chinese commas separate too.
    CHECK(Widgets::TicketView::parseTags(QStringLiteral("退款，加急、退款 ,")) ==
          QStringList{QStringLiteral("退款"), QStringLiteral("加急")});
    CHECK(Widgets::TicketView::parseTags(QStringLiteral(" , ,")).isEmpty());
    CHECK(Widgets::TicketView::parseTags(QString(70, u'x')).at(0).size() == Ticket::MaxTagLength);
}

TEST_CASE("Tags typed and left by opening another ticket are saved on the ticket they were typed for",
          "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    w.open(desk.invoice);
    QSignalSpy requested(&w.window, &App::MainWindow::tagsRequested);
    typeInto(w.view->tagsEdit(), QStringLiteral(", void"));

    // A click on the other ticket in the queue.
    Widgets::QueueView *queue = w.window.queueView();
    const int row = w.window.filterModel()->rowOf(desk.parcel.id);
    const QRect cell = queue->visualRect(queue->model()->index(row, QueueModel::SubjectColumn));
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(w.window.threadModel()->ticketId() == desk.parcel.id);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toUuid() == desk.invoice.id);
    CHECK(requested.at(0).at(1).toStringList() == QStringList{QStringLiteral("invoice"), QStringLiteral("void")});
    CHECK(w.view->tagsEdit()->text() == QStringLiteral("shipping, vip"));  // the ticket now open
}

TEST_CASE("A transfer cannot be sent without a reason", "[widgets][ticketcontrols]")
{
    SECTION("the dialog")
    {
        const QUuid billing = QUuid::createUuid();
        const QUuid returns = QUuid::createUuid();
        const QUuid care = QUuid::createUuid();
        Widgets::TransferDialog dialog(
            {{billing, QStringLiteral("Billing")}, {returns, QStringLiteral("Returns")}, {care, QStringLiteral("VIP")}},
            billing, QStringLiteral("#1001 · 發票抬頭錯誤"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *queues = dialog.queueBox();
        REQUIRE(queues->count() == 2);  // not the ticket's own queue
        CHECK(queues->findData(billing) < 0);
        CHECK_FALSE(dialog.transferButton()->isEnabled());

        typeInto(dialog.reasonEdit(), QStringLiteral("   "));
        QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("  "));
        CHECK_FALSE(dialog.transferButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Refunds are handled by VIP care "));
        CHECK(dialog.transferButton()->isEnabled());
        queues->setFocus();
        QTest::keyClick(queues, Qt::Key_Down);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.transferButton(), Qt::LeftButton);
        CHECK(accepted.size() == 1);
        CHECK(dialog.queueId() == care);
        CHECK(dialog.reason() == QStringLiteral("Refunds are handled by VIP care"));
    }

    SECTION("from the open ticket")
    {
        ControlsDesk desk;
        Window w(desk);
        w.open(desk.invoice);
        QSignalSpy requested(&w.window, &App::MainWindow::transferRequested);

        // Escape leaves the ticket where it is.
        CHECK(withDialog<Widgets::TransferDialog>(&w.window, Qt::Key_X, CtrlShift, [](Widgets::TransferDialog &d) {
            QTest::keyClick(d.reasonEdit(), Qt::Key_Escape);
        }));
        CHECK(requested.isEmpty());

        CHECK(withDialog<Widgets::TransferDialog>(&w.window, Qt::Key_X, CtrlShift, [&](Widgets::TransferDialog &d) {
            CHECK(d.queueBox()->currentText() == QStringLiteral("Returns"));
            QTest::mouseClick(d.transferButton(), Qt::LeftButton);  // disabled: nothing happens
            CHECK(d.isVisible());
            QTest::keyClicks(d.reasonEdit(), QStringLiteral("The parcel came back damaged"));
            QTest::mouseClick(d.transferButton(), Qt::LeftButton);
        }));
        REQUIRE(requested.size() == 1);
        CHECK(requested.at(0).at(0).toUuid() == desk.invoice.id);
        CHECK(requested.at(0).at(1).toUuid() == desk.returns.id);
        CHECK(requested.at(0).at(2).toString() == QStringLiteral("The parcel came back damaged"));
        CHECK(requested.at(0).at(3).toLongLong() == 7);

        // The Transfer… button under the header opens the same dialog.
        bool opened = false;
        QTimer::singleShot(0, &w.window, [&opened] {
            if (auto *dialog = qobject_cast<Widgets::TransferDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->reject();
            }
        });
        QTest::mouseClick(w.view->transferButton(), Qt::LeftButton);
        CHECK(opened);
    }
}

TEST_CASE("A logged call names its direction, duration and summary, and shows in the thread",
          "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    w.open(desk.invoice);
    QSignalSpy requested(&w.window, &App::MainWindow::callRequested);

    CHECK(withDialog<Widgets::CallDialog>(&w.window, Qt::Key_L, CtrlShift, [](Widgets::CallDialog &d) {
        CHECK(d.inboundButton()->isChecked());
        CHECK_FALSE(d.logButton()->isEnabled());  // a summary is required
        QTest::mouseClick(d.outboundButton(), Qt::LeftButton);
        d.minutesBox()->setFocus();
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(d.minutesBox(), Qt::Key_Up);
        }
        d.secondsBox()->setFocus();
        d.secondsBox()->selectAll();  // the number, not the unit
        QTest::keyClicks(d.secondsBox(), QStringLiteral("5"));
        typeInto(d.summaryEdit(), QStringLiteral("Explained how the refund works."));
        REQUIRE(d.logButton()->isEnabled());
        QTest::mouseClick(d.logButton(), Qt::LeftButton);
    }));
    REQUIRE(requested.size() == 1);
    const auto call = requested.at(0).at(0).value<Widgets::PhoneCall>();
    CHECK(call.ticketId == desk.invoice.id);
    CHECK_FALSE(call.messageId.isNull());
    CHECK_FALSE(call.inbound);
    CHECK(call.durationSeconds == 4 * 60 + 5);
    CHECK(call.summary == QStringLiteral("Explained how the refund works."));

    // Recorded as the session does, the call is in the thread at once.
    desk.record(P::LogCall{call.ticketId, call.messageId, P::CallDirection::Out, call.durationSeconds, call.summary});
    QTRY_VERIFY_WITH_TIMEOUT(w.view->threadText().contains(QStringLiteral("Outgoing call, 4:05")), 5000);
}

TEST_CASE("A new ticket for the open customer starts in the open ticket's queue and is opened once stored",
          "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    desk.parcel.queueId = desk.returns.id;
    desk.save(desk.parcel);
    Window w(desk);
    w.open(desk.parcel);
    QSignalSpy requested(&w.window, &App::MainWindow::ticketCreationRequested);

    CHECK(withDialog<Widgets::NewTicketDialog>(&w.window, Qt::Key_O, CtrlShift, [](Widgets::NewTicketDialog &d) {
        CHECK(d.queueBox()->currentText() == QStringLiteral("Returns"));
        CHECK(d.queueBox()->count() == 3);
        CHECK_FALSE(d.createButton()->isEnabled());
        commitText(d.subjectEdit(), QStringLiteral("  換貨申請 "));
        CHECK_FALSE(d.createButton()->isEnabled());  // the first message is required too
        commitText(d.bodyEdit(), QStringLiteral("客戶來電要求換成藍色。"));
        d.priorityBox()->setFocus();
        QTest::keyClick(d.priorityBox(), Qt::Key_Down);  // Normal → High
        REQUIRE(d.createButton()->isEnabled());
        QTest::mouseClick(d.createButton(), Qt::LeftButton);
    }));
    REQUIRE(requested.size() == 1);
    const auto ticket = requested.at(0).at(0).value<Widgets::NewTicket>();
    CHECK(ticket.customerId == desk.customer.id);
    CHECK(ticket.queueId == desk.returns.id);
    CHECK(ticket.subject == QStringLiteral("換貨申請"));
    CHECK(ticket.body == QStringLiteral("客戶來電要求換成藍色。"));
    CHECK(ticket.priority == Priority::High);
    CHECK(ticket.channel == Channel::Phone);
    CHECK_FALSE(ticket.ticketId.isNull());
    CHECK_FALSE(ticket.messageId.isNull());
    CHECK(ticket.ticketId != desk.parcel.id);

    desk.record(P::CreateTicket{ticket.ticketId, ticket.customerId, ticket.queueId, ticket.subject, ticket.channel,
                                ticket.priority, ticket.messageId, ticket.body});
    QTRY_COMPARE_WITH_TIMEOUT(w.window.threadModel()->ticketId(), ticket.ticketId, 5000);
    CHECK(w.view->threadText().contains(QStringLiteral("客戶來電要求換成藍色。")));
    CHECK(w.view->priorityBox()->currentText() == Labels::priority(Priority::High));
}

TEST_CASE("Without a server, or with no ticket open, the ticket's controls cannot be used", "[widgets][ticketcontrols]")
{
    SECTION("demo data, no server")
    {
        ControlsDesk desk;
        Window w(desk, false);
        w.open(desk.invoice);
        CHECK(w.view->statusBox()->currentText() == Labels::status(TicketStatus::Open));  // shown, not editable
        for (QWidget *control : std::initializer_list<QWidget *>{w.view->statusBox(), w.view->priorityBox(),
                                                                 w.view->tagsEdit(), w.view->transferButton()}) {
            CHECK_FALSE(control->isEnabled());
        }
        for (QAction *action : w.window.ticketActions()) {
            CHECK_FALSE(action->isEnabled());
        }
        QSignalSpy transfer(&w.window, &App::MainWindow::transferRequested);
        CHECK_FALSE(withDialog<Widgets::TransferDialog>(&w.window, Qt::Key_X, CtrlShift,
                                                        [](Widgets::TransferDialog &d) { d.accept(); }));
        CHECK(transfer.isEmpty());

        w.window.setWorkAvailable(true);
        CHECK(w.view->statusBox()->isEnabled());
        for (QAction *action : w.window.ticketActions()) {
            CHECK(action->isEnabled());
        }
    }

    SECTION("an empty queue")
    {
        Tests::TempDir dir;
        auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
        App::MainWindow window(*store);
        window.setWorkAvailable(true);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK_FALSE(window.ticketView()->statusBox()->isEnabled());
        CHECK_FALSE(window.ticketView()->tagsEdit()->isEnabled());
        for (QAction *action : window.ticketActions()) {
            CHECK_FALSE(action->isEnabled());
        }
        CHECK_FALSE(withDialog<Widgets::NewTicketDialog>(&window, Qt::Key_O, CtrlShift,
                                                         [](Widgets::NewTicketDialog &d) { d.reject(); }));
    }
}

TEST_CASE("Help lists the ticket's shortcuts, and no two actions share one", "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    QList<Widgets::ShortcutsDialog::Entry> listed;
    CHECK(withDialog<Widgets::ShortcutsDialog>(&w.window, Qt::Key_F1, Qt::NoModifier,
                                               [&listed](Widgets::ShortcutsDialog &d) {
                                                   listed = d.entries();
                                                   QTest::keyClick(&d, Qt::Key_Escape);
                                               }));
    const auto keysOf = [&listed](const QString &action) {
        for (const auto &entry : listed) {
            if (entry.action == action) {
                return entry.keys;
            }
        }
        return QKeySequence();
    };
    CHECK(keysOf(QStringLiteral("Set Status")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    CHECK(keysOf(QStringLiteral("Set Priority")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    CHECK(keysOf(QStringLiteral("Edit Tags")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    CHECK(keysOf(QStringLiteral("Transfer")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    CHECK(keysOf(QStringLiteral("Log Call")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    CHECK(keysOf(QStringLiteral("New Ticket for the Customer")) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    CHECK(keysOf(QStringLiteral("Save the tags typed in the ticket's Tags box")) == QKeySequence(Qt::Key_Return));

    QList<QKeySequence> seen;
    for (const QAction *action : w.window.findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            INFO(action->objectName().toStdString() << " " << keys.toString().toStdString());
            CHECK_FALSE(seen.contains(keys));
            seen.append(keys);
        }
    }
}

TEST_CASE("Switching the language renames the statuses in the open ticket without sending anything",
          "[widgets][ticketcontrols]")
{
    ControlsDesk desk;
    Window w(desk);
    w.open(desk.parcel);
    QSignalSpy status(&w.window, &App::MainWindow::statusRequested);
    QSignalSpy priority(&w.window, &App::MainWindow::priorityRequested);
    const QString english = w.view->statusBox()->currentText();
    {
        Translations translations;
        REQUIRE(translations.install(QStringLiteral("zh_CN")));
        const QString chinese = Labels::status(TicketStatus::Pending);
        REQUIRE(chinese != english);
        QTRY_COMPARE_WITH_TIMEOUT(w.view->statusBox()->currentText(), chinese, 5000);
        CHECK(w.view->priorityBox()->currentText() == Labels::priority(Priority::High));
    }
    QTRY_COMPARE_WITH_TIMEOUT(w.view->statusBox()->currentText(), english, 5000);
    CHECK(status.isEmpty());
    CHECK(priority.isEmpty());
}
