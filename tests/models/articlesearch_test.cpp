// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/article.h>
#include <models/articlesearch.h>
#include <models/articlesearchmodel.h>
#include <models/localstore.h>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

Article article(const QString &title, const QString &body, const QString &language = QStringLiteral("zh_CN"),
                const QString &category = QStringLiteral("售后"))
{
    Article a;
    a.id = QUuid::createUuid();
    a.title = title;
    a.body = body;
    a.category = category;
    a.language = language;
    a.updatedAt = Tests::fixedTime();
    return a;
}

struct Library
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    std::vector<Article> articles{
        article(QStringLiteral("退款流程与到账时间"),
                QStringLiteral("## 申请退款\n在订单详情页点击“申请退款”，我们会在三个工作日内处理。")),
        article(QStringLiteral("退貨須知"), QStringLiteral("請在收到商品七天內申請退貨，並保留完整包裝。"),
                QStringLiteral("zh_TW")),
        article(QStringLiteral("会员资讯与积分规则"), QStringLiteral("会员等级每月更新，积分可以抵扣运费。")),
        article(
            QStringLiteral("How to request a refund"),
            QStringLiteral("Open **My orders**, choose the order and press *Request refund*. Refunds take 3-5 days."),
            QStringLiteral("en"), QStringLiteral("Billing")),
        article(QStringLiteral("Café loyalty card"),
                QStringLiteral("The CAFÉ card gives 10% off. Order status: see app."), QStringLiteral("en"),
                QStringLiteral("Loyalty")),
        article(QStringLiteral("Shipping delays"),
                QStringLiteral("Check the status of your order. 订单 202614966 的物流信息会在 24 小时内更新。"),
                QStringLiteral("en"), QStringLiteral("Shipping")),
        article(QStringLiteral("发票抬头修改"), QStringLiteral("发票开具后如需修改抬头，请联系客服团队。")),
    };

    Library()
    {
        Tests::writeAndWait(*store, [this](WriteContext &context) {
            Status status = Ok{};
            for (const Article &a : articles) {
                status = status ? context.entities.upsert(a) : status;
            }
            return status;
        });
    }

    std::vector<ArticleHit> find(const QString &text, bool prefixLastWord = false, int limit = 100)
    {
        ArticleQuery query;
        query.text = text;
        query.prefixLastWord = prefixLastWord;
        query.limit = limit;
        auto hits = ArticleSearch::search(store->readDatabase(), query);
        INFO("query: " << text.toStdString());
        REQUIRE(hits.ok());
        return *hits;
    }

    bool finds(const QString &text, const Article &wanted, bool prefixLastWord = false)
    {
        const std::vector<ArticleHit> hits = find(text, prefixLastWord);
        return std::any_of(hits.begin(), hits.end(), [&](const ArticleHit &hit) { return hit.id == wanted.id; });
    }
};

}  // namespace

TEST_CASE("Every 1- to 4-character piece of a Chinese title finds its article", "[models][search]")
{
    Library library;
    int checked = 0;
    for (const Article &a : library.articles) {
        if (a.language == u"en") {
            continue;
        }
        for (qsizetype length = 1; length <= 4; ++length) {
            for (qsizetype at = 0; at + length <= a.title.size(); ++at) {
                const QString piece = a.title.mid(at, length);
                INFO("title " << a.title.toStdString() << ", piece " << piece.toStdString());
                CHECK(library.finds(piece, a));
                ++checked;
            }
        }
    }
    CHECK(checked > 60);
}

TEST_CASE("Simplified and Traditional Chinese find each other", "[models][search]")
{
    Library library;
    CHECK(library.finds(QStringLiteral("退货"), library.articles[1]));  // 退貨須知
    CHECK(library.finds(QStringLiteral("資訊"), library.articles[2]));  // 会员资讯
    CHECK(library.finds(QStringLiteral("會員資訊"), library.articles[2]));
    CHECK(library.finds(QStringLiteral("退款"), library.articles[0]));
}

TEST_CASE("Upper-case, lower-case, accented and full-width Latin words find each other", "[models][search]")
{
    Library library;
    for (const char *query : {"cafe", "CAFE", "Café", "cafÉ", "ｃａｆé"}) {
        INFO(query);
        CHECK(library.finds(QString::fromUtf8(query), library.articles[4]));
    }
    CHECK(library.finds(QStringLiteral("ＲＥＦＵＮＤ"), library.articles[3]));
}

TEST_CASE("Numbers and order ids are searchable", "[models][search]")
{
    Library library;
    CHECK(library.finds(QStringLiteral("202614966"), library.articles[5]));
    CHECK(library.finds(QStringLiteral("订单202614966"), library.articles[5]));
    CHECK(library.find(QStringLiteral("2026149")).empty());  // a whole number, not a piece of one
}

TEST_CASE("Quoted phrases match words in order; a trailing star finds longer words", "[models][search]")
{
    Library library;
    CHECK(library.finds(QStringLiteral("\"order status\""), library.articles[4]));
    CHECK_FALSE(library.finds(QStringLiteral("\"order status\""), library.articles[5]));  // "status of your order"
    CHECK(library.finds(QStringLiteral("order status"), library.articles[5]));            // both words, any order
    CHECK(library.find(QStringLiteral("refu")).empty());
    CHECK(library.finds(QStringLiteral("refu*"), library.articles[3]));
    CHECK(library.finds(QStringLiteral("refu"), library.articles[3], true));  // as the agent types
}

TEST_CASE("Operators, quotes, brackets and emoji typed in a query are searched as text", "[models][search]")
{
    Library library;
    const QStringList typed{
        QStringLiteral("\""),
        QStringLiteral("*"),
        QStringLiteral("-"),
        QStringLiteral("NEAR"),
        QStringLiteral("NEAR(退款"),
        QStringLiteral("退款 NEAR 流程"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("\"unbalanced"),
        QStringLiteral("a OR"),
        QStringLiteral("AND"),
        QStringLiteral("NOT refund"),
        QStringLiteral("😀"),
        QStringLiteral("退款😀"),
        QStringLiteral("^refund"),
        QStringLiteral("title:退款"),
        QStringLiteral("'; DROP TABLE articles; --"),
        QStringLiteral("{ } [ ] + ~"),
        QStringLiteral(""),
        QStringLiteral("   "),
        QStringLiteral("\"\"\""),
        QStringLiteral("**refund"),
        QStringLiteral("-refund"),
        QStringLiteral("refund\""),
    };
    for (const QString &text : typed) {
        library.find(text, true);  // REQUIREs success inside
    }
    CHECK(library.find(QStringLiteral("NOT refund")).empty());  // NOT is a word here, and no article says it
    CHECK(library.finds(QStringLiteral("-refund"), library.articles[3]));
    CHECK(library.finds(QStringLiteral("退款😀"), library.articles[0]));
    CHECK(Tests::countRows(*library.store, QStringLiteral("articles")) == int(library.articles.size()));
}

TEST_CASE("A title match ranks above a match in the body only", "[models][search]")
{
    Library library;
    const Article bodyOnly = article(QStringLiteral("常见问题"), QStringLiteral("退款退款退款：请看退款流程。退款。"));
    Tests::writeAndWait(*library.store, [&](WriteContext &context) { return context.entities.upsert(bodyOnly); });
    const std::vector<ArticleHit> hits = library.find(QStringLiteral("退款"));
    REQUIRE(hits.size() >= 2);
    CHECK(hits[0].id == library.articles[0].id);
    CHECK(std::any_of(hits.begin(), hits.end(), [&](const ArticleHit &hit) { return hit.id == bodyOnly.id; }));
}

TEST_CASE("Titles and snippets mark exactly the characters that match, in either script", "[models][search]")
{
    Library library;
    const std::vector<ArticleHit> traditional = library.find(QStringLiteral("退货"));
    REQUIRE_FALSE(traditional.empty());
    CHECK(traditional[0].titleHtml == QStringLiteral("<mark>退貨</mark>須知"));
    CHECK(traditional[0].snippetHtml.contains(QStringLiteral("申請<mark>退貨</mark>")));

    const std::vector<ArticleHit> refund = library.find(QStringLiteral("Refund"));
    REQUIRE_FALSE(refund.empty());
    CHECK(refund[0].titleHtml == QStringLiteral("How to request a <mark>refund</mark>"));
    // A whole word: "Refunds" is not marked without a prefix search; the Markdown marks are gone.
    CHECK(refund[0].snippetHtml.contains(QStringLiteral("press Request <mark>refund</mark>. Refunds take")));

    const std::vector<ArticleHit> escaped = library.find(QStringLiteral("10"));
    REQUIRE_FALSE(escaped.empty());
    CHECK(ArticleSearch::highlight(u"<b>10%</b> & more", ArticleSearch::parse(u"10", false)) ==
          QStringLiteral("&lt;b&gt;<mark>10</mark>%&lt;/b&gt; &amp; more"));
}

TEST_CASE("Category and language narrow the results", "[models][search]")
{
    Library library;
    ArticleQuery query;
    query.text = QStringLiteral("退款 OR refund");
    query.prefixLastWord = false;
    query.text = QStringLiteral("refund");
    query.language = QStringLiteral("zh_CN");
    CHECK(ArticleSearch::search(library.store->readDatabase(), query).value().empty());
    query.language = QStringLiteral("en");
    query.category = QStringLiteral("Billing");
    const auto billing = ArticleSearch::search(library.store->readDatabase(), query).value();
    REQUIRE(billing.size() == 1);
    CHECK(billing[0].id == library.articles[3].id);
}

TEST_CASE("An article saved or changed later is found by what it says now", "[models][search]")
{
    Library library;
    Article changed = library.articles[6];
    changed.title = QStringLiteral("電子發票下載");
    changed.body = QStringLiteral("在订单页下载电子发票。");
    Tests::writeAndWait(*library.store, [&](WriteContext &context) { return context.entities.upsert(changed); });
    CHECK(library.finds(QStringLiteral("电子发票"), changed));
    CHECK_FALSE(library.finds(QStringLiteral("抬头"), changed));  // the old title is gone from the index
}

TEST_CASE("A ticket's subject and latest message suggest the articles about it", "[models][search]")
{
    Library library;
    auto suggested = ArticleSearch::suggest(library.store->readDatabase(), QStringLiteral("我想退貨"),
                                            QStringLiteral("商品收到了，但是尺寸不合适，可以退货吗？"), 3);
    REQUIRE(suggested.ok());
    REQUIRE_FALSE(suggested->empty());
    CHECK(suggested->front().id == library.articles[1].id);

    auto english =
        ArticleSearch::suggest(library.store->readDatabase(), QStringLiteral("Where is my refund?"),
                               QStringLiteral("I returned the item last week and the refund has not arrived."), 3);
    REQUIRE(english.ok());
    REQUIRE_FALSE(english->empty());
    CHECK(english->front().id == library.articles[3].id);
}

TEST_CASE("The results model lists hits with their highlighted title and snippet", "[models][search]")
{
    Library library;
    ArticleSearchModel model;
    ArticleQuery query;
    query.text = QStringLiteral("发票");
    REQUIRE(model.search(library.store->readDatabase(), query).ok());
    REQUIRE(model.rowCount() == 1);
    const QModelIndex first = model.index(0);
    CHECK(first.data().toString() == library.articles[6].title);
    CHECK(first.data(ArticleSearchModel::TitleHtmlRole).toString() == QStringLiteral("<mark>发票</mark>抬头修改"));
    CHECK(first.data(ArticleSearchModel::ArticleIdRole).toUuid() == library.articles[6].id);
    CHECK(ArticleSearchModel::bodyHtml(QStringLiteral("## 申请退款\n**三个**工作日")).contains(QStringLiteral("三个")));
}
