// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <models/article.h>
#include <models/articlesearchmodel.h>
#include <models/localstore.h>
#include <models/message.h>
#include <models/translations.h>
#include <widgets/knowledgebasepanel.h>
#include <widgets/ticketview.h>

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

struct ArticleDesk
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Customer customer = Tests::sampleCustomer();
    Ticket ticket = Tests::sampleTicket(queue, customer, 1001, QStringLiteral("我想退貨"));
    Article returns = article(QStringLiteral("退貨須知"), QStringLiteral("請在收到商品**七天內**申請退貨。"));
    Article invoices = article(QStringLiteral("发票抬头修改"), QStringLiteral("发票开具后如需修改抬头，请联系客服。"));

    static Article article(const QString &title, const QString &body)
    {
        Article a;
        a.id = QUuid::createUuid();
        a.title = title;
        a.body = body;
        a.language = QStringLiteral("zh_TW");
        a.updatedAt = Tests::fixedTime();
        return a;
    }

    ArticleDesk()
    {
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = context.entities.upsert(queue);
            status = status ? context.entities.upsert(customer) : status;
            status = status ? context.entities.upsert(ticket) : status;
            status =
                status
                    ? context.entities.upsert(Tests::sampleMessage(ticket, QStringLiteral("尺寸不合适，可以退货吗？")))
                    : status;
            status = status ? context.entities.upsert(returns) : status;
            status = status ? context.entities.upsert(invoices) : status;
            return status;
        });
    }
};

}  // namespace

TEST_CASE("The knowledge base suggests articles for the open ticket and finds others as the agent types",
          "[widgets][knowledgebase]")
{
    ArticleDesk desk;
    Translations english;
    REQUIRE(english.install(QStringLiteral("en")));
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Widgets::KnowledgeBasePanel *panel = window.knowledgeBasePanel();

    // The open ticket asks about a return: the return article is suggested before anything is typed.
    REQUIRE(QTest::qWaitFor([&] { return window.articleModel()->rowCount() >= 1; }, 2000));
    CHECK(window.articleModel()->hitAt(0)->id == desk.returns.id);
    CHECK(panel->resultsHeading() == u"Suggested for this ticket");

    // Ctrl+K puts the caret in the search box; typing searches, in either script.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("knowledgeBaseSearch"));
    REQUIRE(search->hasFocus());
    // Chinese arrives from the input method as committed text, not as key presses.
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("發票"));
    QApplication::sendEvent(search, &typed);
    REQUIRE(window.articleModel()->rowCount() == 1);
    CHECK(window.articleModel()->hitAt(0)->id == desk.invoices.id);
    CHECK(window.articleModel()->hitAt(0)->titleHtml == u"<mark>发票</mark>抬头修改");
    CHECK(panel->resultsHeading() == u"1 article");

    // Enter opens the best one in the reader, its Markdown rendered.
    QTest::keyClick(search, Qt::Key_Return);
    auto *title = panel->findChild<QLabel *>(QStringLiteral("articleTitle"));
    auto *body = panel->findChild<QTextBrowser *>(QStringLiteral("articleBody"));
    CHECK(title->isVisible());
    CHECK(title->text() == desk.invoices.title);
    CHECK(body->toPlainText().contains(QStringLiteral("联系客服")));

    // Nothing found says so; clearing the box brings the suggestions back.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("xyzzy"));
    CHECK(window.articleModel()->rowCount() == 0);
    CHECK(panel->resultsHeading() == u"No article matches.");
    search->clear();
    CHECK(panel->resultsHeading() == u"Suggested for this ticket");
    CHECK_FALSE(title->isVisible());
}

TEST_CASE("An article's opening paragraph, or the text selected in it, goes into the reply", "[widgets][knowledgebase]")
{
    ArticleDesk desk;
    App::MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.selectTicket(desk.ticket.id));
    Widgets::KnowledgeBasePanel *panel = window.knowledgeBasePanel();
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("knowledgeBaseSearch"));
    auto *insert = panel->findChild<QToolButton *>(QStringLiteral("insertArticle"));
    auto *body = panel->findChild<QTextBrowser *>(QStringLiteral("articleBody"));
    REQUIRE(insert);
    window.focusKnowledgeBase();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("退貨"));
    QApplication::sendEvent(search, &typed);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(insert->isVisible());

    QPlainTextEdit *composer = window.ticketView()->composer();
    QTest::keyClicks(composer, QStringLiteral("Hi,"));
    QTest::mouseClick(insert, Qt::LeftButton);
    CHECK(window.ticketView()->composerText() == QStringLiteral("Hi,\n退貨須知\n請在收到商品七天內申請退貨。"));
    CHECK(composer->hasFocus());

    // A selection in the article: just that.
    QTextCursor selection = body->document()->find(QStringLiteral("七天內"));
    REQUIRE_FALSE(selection.isNull());
    body->setTextCursor(selection);
    QTest::mouseClick(insert, Qt::LeftButton);
    CHECK(window.ticketView()->composerText().endsWith(QStringLiteral("\n七天內")));
}
