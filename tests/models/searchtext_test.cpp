// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/chinesevariants.h>
#include <models/searchtext.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace Frontline::Models;

namespace {

struct Token
{
    std::string text;
    int start;
    int end;
    bool colocated;
    bool operator==(const Token &) const = default;
};

std::ostream &operator<<(std::ostream &out, const Token &token)
{
    return out << '{' << token.text << ' ' << token.start << '-' << token.end << (token.colocated ? " colocated" : "")
               << '}';
}

std::vector<Token> tokens(const QString &text, SearchText::Mode mode)
{
    std::vector<Token> out;
    SearchText::tokenize(text.toUtf8(), mode, [&](QByteArrayView token, int start, int end, bool colocated) {
        out.push_back({token.toByteArray().toStdString(), start, end, colocated});
    });
    return out;
}

}  // namespace

TEST_CASE("Chinese text is indexed by every character and every pair of neighbours", "[models][search]")
{
    const std::vector<Token> expected{
        {"客", 0, 3, false}, {"客服", 0, 6, true},  {"服", 3, 6, false},  {"服团", 3, 9, true},
        {"团", 6, 9, false}, {"团队", 6, 12, true}, {"队", 9, 12, false},
    };
    CHECK(tokens(QStringLiteral("客服团队"), SearchText::Mode::Document) == expected);
}

TEST_CASE("A Chinese query is the phrase of its pairs, and a single character stands alone", "[models][search]")
{
    CHECK(tokens(QStringLiteral("客服团"), SearchText::Mode::Query) ==
          std::vector<Token>{{"客服", 0, 6, false}, {"服团", 3, 9, false}});
    CHECK(tokens(QStringLiteral("客"), SearchText::Mode::Query) == std::vector<Token>{{"客", 0, 3, false}});
    // Followed by a word, the run's last character keeps the word at the position it has in a document.
    CHECK(tokens(QStringLiteral("客服 team"), SearchText::Mode::Query) ==
          std::vector<Token>{{"客服", 0, 6, false}, {"服", 3, 6, false}, {"team", 7, 11, false}});
}

TEST_CASE("Latin words are case- and accent-folded, full-width letters made half-width", "[models][search]")
{
    CHECK(tokens(QStringLiteral("Café RÉSUMÉ ＲＥＦＵＮＤ１２３"), SearchText::Mode::Document) ==
          std::vector<Token>{{"cafe", 0, 5, false}, {"resume", 6, 14, false}, {"refund123", 15, 42, false}});
    CHECK(SearchText::fold(U'Ä').c == U'a');
    CHECK(SearchText::fold(U'ß').kind == SearchText::Kind::Word);
    CHECK(SearchText::fold(U'！').kind == SearchText::Kind::Separator);
}

TEST_CASE("Traditional characters are folded to Simplified", "[models][search]")
{
    REQUIRE(ChineseVariants::isAvailable());
    CHECK(ChineseVariants::toSimplified(QStringLiteral("退貨資訊發票後")) == QStringLiteral("退货资讯发票后"));
    CHECK(tokens(QStringLiteral("退貨"), SearchText::Mode::Query) ==
          tokens(QStringLiteral("退货"), SearchText::Mode::Query));
    CHECK(SearchText::foldedText(QStringLiteral("訂單 #20241587 ＯＫ")) == QStringLiteral("订单 #20241587 ok"));
}

TEST_CASE("Order numbers, mixed scripts and emoji are split where a reader would split them", "[models][search]")
{
    CHECK(tokens(QStringLiteral("订单#202614966😀ok"), SearchText::Mode::Query) ==
          std::vector<Token>{
              {"订单", 0, 6, false}, {"单", 3, 6, false}, {"202614966", 7, 16, false}, {"ok", 20, 22, false}});
}

TEST_CASE("Broken UTF-8 separates tokens instead of failing", "[models][search]")
{
    const QByteArray broken("abc\xff\xfe"
                            "def\xe5\xae",
                            10);
    std::vector<std::string> seen;
    SearchText::tokenize(broken, SearchText::Mode::Document, [&](QByteArrayView token, int, int, bool) {
        seen.push_back(token.toByteArray().toStdString());
    });
    CHECK(seen == std::vector<std::string>{"abc", "def"});
    CHECK(SearchText::queryTokenCount(u"\"*()-:^") == 0);
}
