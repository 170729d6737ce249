// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/draftkeeper.h>
#include <models/localstore.h>
#include <models/queuemodel.h>
#include <models/ticketthreadmodel.h>
#include <models/translations.h>
#include <sync/engine/syncstore.h>
#include <widgets/cannedreplycompleter.h>
#include <widgets/queueview.h>
#include <widgets/ticketview.h>

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
namespace P = Frontline::Protocol;

namespace {

/*! A cache with two tickets, the first with a customer message and an internal note. */
struct ThreadDesk
{
    Tests::TempDir dir;
    QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    std::unique_ptr<LocalStore> store = Tests::openStore(path);
    Queue queue = Tests::sampleQueue();
    Customer customer = Tests::sampleCustomer();
    Agent me = Tests::sampleAgent(queue.id);
    Ticket invoice = Tests::sampleTicket(queue, customer, 1001, QStringLiteral("發票抬頭錯誤"));
    Ticket parcel = Tests::sampleTicket(queue, customer, 1002, QStringLiteral("包裹沒有收到"));

    ThreadDesk()
    {
        Message asked = Tests::sampleMessage(invoice, QStringLiteral("請幫我把發票抬頭改成公司名稱。"));
        Message note = Tests::sampleMessage(invoice, QStringLiteral("Finance confirmed the void."));
        note.authorKind = AuthorKind::Agent;
        note.authorId = me.id;
        note.authorName = me.name;
        note.visibility = MessageVisibility::Internal;
        note.createdAt = asked.createdAt.addSecs(60);
        Tests::writeAndWait(*store, [&](WriteContext &context) {
            Status status = context.entities.upsert(queue);
            status = status ? context.entities.upsert(customer) : status;
            status = status ? context.entities.upsert(me) : status;
            status = status ? context.entities.upsert(invoice) : status;
            status = status ? context.entities.upsert(parcel) : status;
            status = status ? context.entities.upsert(asked) : status;
            return status ? context.entities.upsert(note) : status;
        });
    }

    void open(App::MainWindow &window, const Ticket &ticket)
    {
        REQUIRE(window.selectTicket(ticket.id));
        REQUIRE(window.threadModel()->ticketId() == ticket.id);
    }

    QString storedDraft(const Ticket &ticket)
    {
        QSqlQuery query(store->readDatabase());
        query.prepare(QStringLiteral("SELECT body FROM drafts WHERE ticket_id = ?"));
        query.addBindValue(ticket.id.toString(QUuid::WithoutBraces));
        REQUIRE(query.exec());
        return query.next() ? query.value(0).toString() : QString();
    }
};

/*! Types Chinese as an input method does: the composed text arrives as one commit. */
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent composing(text.left(1), {});
    QApplication::sendEvent(widget, &composing);  // still composing: not yet text
    QInputMethodEvent committed;
    committed.setCommitString(text);
    QApplication::sendEvent(widget, &committed);
}

}  // namespace

TEST_CASE("The open ticket shows its conversation with internal notes marked", "[widgets][ticket]")
{
    ThreadDesk desk;
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    desk.open(window, desk.invoice);

    const QString thread = window.ticketView()->threadText();
    CHECK(thread.contains(QStringLiteral("請幫我把發票抬頭改成公司名稱。")));
    CHECK(thread.contains(QStringLiteral("Finance confirmed the void.")));
    CHECK(thread.contains(QStringLiteral("Internal note")));
    CHECK(thread.indexOf(QStringLiteral("請幫我")) < thread.indexOf(QStringLiteral("Finance")));  // oldest first

    desk.open(window, desk.parcel);
    CHECK(window.ticketView()->threadText().contains(QStringLiteral("No messages yet.")));

    // In Traditional Chinese the times read 上午/下午, not Qt 6.4's literal "B" pattern.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::Taiwan));
    desk.open(window, desk.invoice);
    const QString traditional = window.ticketView()->threadText();
    QLocale::setDefault(before);
    INFO(traditional.toStdString());
    CHECK_FALSE(traditional.contains(QRegularExpression(QStringLiteral("B\\d"))));
}

TEST_CASE("A draft is saved as the agent types and survives destroying and recreating the window",
          "[widgets][ticket][drafts]")
{
    ThreadDesk desk;
    const QString typed = QStringLiteral("您好，發票已經重新開立。");
    {
        App::MainWindow window(*desk.store);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        desk.open(window, desk.invoice);
        QPlainTextEdit *composer = window.ticketView()->composer();
        composer->setFocus();
        commitText(composer, typed);
        CHECK(composer->toPlainText() == typed);
        // Stored a moment after the last keystroke, without closing anything: a crash now keeps it.
        QTRY_COMPARE_WITH_TIMEOUT(desk.storedDraft(desk.invoice), typed, 5000);

        // Another ticket has its own (empty) composer, and the first draft is kept.
        desk.open(window, desk.parcel);
        CHECK(window.ticketView()->composerText().isEmpty());
        QTest::keyClicks(window.ticketView()->composer(), QStringLiteral("Checking"));
    }  // the window is destroyed right after typing: the last words are written on the way out

    CHECK(desk.storedDraft(desk.parcel) == QStringLiteral("Checking"));
    App::MainWindow again(*desk.store);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    desk.open(again, desk.invoice);
    CHECK(again.ticketView()->composerText() == typed);
    desk.open(again, desk.parcel);
    CHECK(again.ticketView()->composerText() == QStringLiteral("Checking"));
}

TEST_CASE("Ctrl+Enter sends the reply; its draft is removed only once the message is stored",
          "[widgets][ticket][drafts]")
{
    ThreadDesk desk;
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    desk.open(window, desk.invoice);
    QSignalSpy requested(&window, &App::MainWindow::messageRequested);
    Widgets::TicketView *view = window.ticketView();

    // Without a server account nothing can be sent, and Ctrl+Enter keeps the text.
    view->composer()->setFocus();
    QTest::keyClicks(view->composer(), QStringLiteral("Done"));
    QTest::keyClick(view->composer(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(requested.isEmpty());
    CHECK(view->composerText() == QStringLiteral("Done"));
    CHECK_FALSE(view->sendButton()->isEnabled());

    window.setWorkAvailable(true);
    CHECK(view->sendButton()->isEnabled());
    // The agent switches to an internal note with the keyboard and sends it.
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(view->composerKind() == Draft::Kind::Note);
    QTest::keyClick(view->composer(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(requested.size() == 1);
    const QList<QVariant> sent = requested.takeFirst();
    CHECK(sent.at(0).toUuid() == desk.invoice.id);
    CHECK_FALSE(sent.at(2).toBool());  // a note, not a public reply
    CHECK(sent.at(3).toString() == QStringLiteral("Done"));
    CHECK(view->composerText().isEmpty());
    QTest::qWait(Models::DraftKeeper::SaveDelayMs * 2);
    CHECK(desk.storedDraft(desk.invoice) == QStringLiteral("Done"));  // not stored yet: the draft stays

    // The sync engine records it (as the session does): the message shows as waiting, the draft goes.
    const P::Mutate mutation{QUuid::createUuid(), std::nullopt,
                             P::AddNote{desk.invoice.id, sent.at(1).toUuid(), QStringLiteral("Done"), {}}};
    Tests::writeAndWait(*desk.store, [&](WriteContext &context) {
        return Sync::SyncStore(context).record(mutation, Sync::LocalAgent{desk.me.id, desk.me.name},
                                               QDateTime::currentDateTimeUtc());
    });
    QTRY_VERIFY_WITH_TIMEOUT(view->threadText().contains(QStringLiteral("waiting to be sent")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(desk.storedDraft(desk.invoice).isEmpty(), 5000);
}

TEST_CASE("A reply sent but never stored comes back as the draft after a restart; a stored one does not",
          "[widgets][ticket][drafts]")
{
    ThreadDesk desk;
    QUuid storedId;
    {
        App::MainWindow window(*desk.store);
        window.setWorkAvailable(true);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy requested(&window, &App::MainWindow::messageRequested);
        Widgets::TicketView *view = window.ticketView();

        desk.open(window, desk.invoice);
        commitText(view->composer(), QStringLiteral("發票已重開"));
        QTest::mouseClick(view->sendButton(), Qt::LeftButton);  // the session never records it
        desk.open(window, desk.parcel);
        view->composer()->setFocus();
        QTest::keyClicks(view->composer(), QStringLiteral("On its way"));
        QTest::keyClick(view->composer(), Qt::Key_Enter, Qt::ControlModifier);
        REQUIRE(requested.size() == 2);
        storedId = requested.at(1).at(1).toUuid();
        const P::Mutate reply{QUuid::createUuid(), std::nullopt,
                              P::AddReply{desk.parcel.id, storedId, QStringLiteral("On its way"), {}}};
        Tests::writeAndWait(*desk.store, [&](WriteContext &context) {
            return Sync::SyncStore(context).record(reply, Sync::LocalAgent{desk.me.id, desk.me.name},
                                                   QDateTime::currentDateTimeUtc());
        });
        // The window closes before it saw the stored message.
    }

    App::MainWindow again(*desk.store);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    desk.open(again, desk.invoice);
    CHECK(again.ticketView()->composerText() == QStringLiteral("發票已重開"));  // nothing typed is lost
    desk.open(again, desk.parcel);
    CHECK(again.ticketView()->composerText().isEmpty());  // and nothing is offered twice
    CHECK(again.ticketView()->threadText().contains(QStringLiteral("On its way")));
    QTRY_VERIFY_WITH_TIMEOUT(desk.storedDraft(desk.parcel).isEmpty(), 5000);
}

TEST_CASE("A canned reply typed by its shortcut is filled in, and its unknown placeholder must be filled before "
          "sending",
          "[widgets][ticket][canned]")
{
    ThreadDesk desk;
    CannedReply refund;
    refund.id = QUuid::createUuid();
    refund.title = QStringLiteral("退款已处理");
    refund.shortcut = QStringLiteral("refund");
    refund.body = QStringLiteral("{{customer.name}}您好，退款已处理。{{cursor}}订单 {{order.id}}。{{agent.name}}");
    refund.language = QStringLiteral("zh_TW");
    refund.updatedAt = Tests::fixedTime();
    Tests::writeAndWait(*desk.store, [&](WriteContext &context) -> Status {
        if (Status status = context.entities.upsert(refund); !status) {
            return status;
        }
        Sync::SyncIdentity identity;
        identity.agent = Sync::LocalAgent{desk.me.id, desk.me.name};
        return Sync::SyncStore(context).saveIdentity(identity);
    });

    App::MainWindow window(*desk.store);
    window.setWorkAvailable(true);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    desk.open(window, desk.invoice);
    QSignalSpy requested(&window, &App::MainWindow::messageRequested);
    Widgets::TicketView *view = window.ticketView();
    Widgets::CannedReplyCompleter *canned = view->cannedReplies();
    QPlainTextEdit *composer = view->composer();
    composer->setFocus();

    // While the input method still composes "＃", nothing opens; the committed full-width ＃re does.
    QInputMethodEvent composing(QStringLiteral("＃"), {});
    QApplication::sendEvent(composer, &composing);
    CHECK_FALSE(canned->isPopupVisible());
    QInputMethodEvent committed;
    committed.setCommitString(QStringLiteral("＃re"));
    QApplication::sendEvent(composer, &committed);
    REQUIRE(canned->isPopupVisible());
    CHECK(canned->offered() == QStringList{QStringLiteral("#refund · 退款已处理")});

    QTest::keyClick(composer, Qt::Key_Return);
    CHECK_FALSE(canned->isPopupVisible());
    const QString filled = view->composerText();
    CHECK(filled.startsWith(desk.customer.name + QStringLiteral("您好，退款已处理。")));
    CHECK(filled.endsWith(QStringLiteral("。") + desk.me.name));
    CHECK_FALSE(filled.contains(u'＃'));
    CHECK(composer->textCursor().position() == filled.indexOf(QStringLiteral("订单")));  // at {{cursor}}
    CHECK(canned->unresolvedCount() == 1);

    // Sending is held back and the unknown placeholder selected, so the agent types over it.
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    CHECK(requested.isEmpty());
    CHECK(composer->textCursor().selectedText() == QStringLiteral("{{order.id}}"));
    QTest::keyClicks(composer, QStringLiteral("20261130"));
    CHECK(canned->unresolvedCount() == 0);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(requested.size() == 1);
    const QString body = requested.first().at(3).toString();
    CHECK(body.contains(QStringLiteral("订单 20261130。")));
    CHECK_FALSE(body.contains(QStringLiteral("{{")));
    CHECK(requested.first().at(2).toBool());  // a public reply

    // Its use counts for the ranking, and the half-width prefix works too.
    QTRY_COMPARE_WITH_TIMEOUT(Tests::countRows(*desk.store, QStringLiteral("canned_reply_usage")), 1, 5000);
    QTest::keyClicks(composer, QStringLiteral("/ref"));
    CHECK(canned->isPopupVisible());
    QTest::keyClick(composer, Qt::Key_Escape);
    CHECK_FALSE(canned->isPopupVisible());
    CHECK(view->composerText() == QStringLiteral("/ref"));
}

TEST_CASE("Choosing another language in Settings retranslates the open window in place", "[widgets][translations]")
{
    ThreadDesk desk;
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    desk.open(window, desk.invoice);
    Models::Translations translations;
    QObject::connect(&window, &App::MainWindow::languageRequested, &window, [&](const QString &language) {
        translations.install(language);
        window.setCurrentLanguage(language);
    });
    const auto menuTitles = [&window] {
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions()) {
            titles.append(menu->text());
        }
        return titles;
    };
    const auto subjectHeader = [&window] {
        return window.queueModel()->headerData(QueueModel::SubjectColumn, Qt::Horizontal).toString();
    };
    REQUIRE(menuTitles().contains(QStringLiteral("&Ticket")));

    auto *simplified = window.findChild<QAction *>(QStringLiteral("language-zh_CN"));
    REQUIRE(simplified);
    simplified->trigger();
    QCoreApplication::processEvents();  // the LanguageChange events
    CHECK(menuTitles().contains(QStringLiteral("工单(&T)")));
    CHECK(window.windowTitle() == QStringLiteral("Frontline"));
    CHECK(subjectHeader() == QStringLiteral("主题"));
    CHECK(window.ticketView()->threadText().contains(QStringLiteral("内部备注")));
    CHECK(window.takeNextAction()->text() == QStringLiteral("领取下一个(&N)"));
    CHECK(simplified->isChecked());
    CHECK(window.threadModel()->ticketId() == desk.invoice.id);  // the same ticket stays open

    window.findChild<QAction *>(QStringLiteral("language-zh_TW"))->trigger();
    QCoreApplication::processEvents();
    CHECK(menuTitles().contains(QStringLiteral("工單(&T)")));
    CHECK(subjectHeader() == QStringLiteral("主旨"));
    CHECK(window.ticketView()->threadText().contains(QStringLiteral("內部備註")));

    window.findChild<QAction *>(QStringLiteral("language-en"))->trigger();
    QCoreApplication::processEvents();
    CHECK(menuTitles().contains(QStringLiteral("&Ticket")));
    CHECK(subjectHeader() == QStringLiteral("Subject"));
    CHECK(window.ticketView()->threadText().contains(QStringLiteral("Internal note")));
}
