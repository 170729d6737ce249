// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/cannedreply.h>
#include <models/cannedreplyfinder.h>
#include <models/cannedreplytemplate.h>
#include <models/labels.h>
#include <models/localstore.h>

#include <QDateTime>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

using Problem = RenderedReply::Problem;

namespace {

TemplateContext fullContext()
{
    TemplateContext context;
    context.customerName = QStringLiteral("陳美玲");
    context.customerEmail = QStringLiteral("meiling@example.com");
    context.customerPhone = QStringLiteral("+886 2 1234 5678");
    context.agentName = QStringLiteral("Emma Watson");
    context.ticketNumber = 1042;
    context.ticketSubject = QStringLiteral("退貨申請");
    context.ticketStatus = QStringLiteral("Open");
    context.ticketPriority = QStringLiteral("High");
    context.queueName = QStringLiteral("Billing");
    context.today = QDate(2026, 11, 23);
    context.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return context;
}

QString render(const QString &body, const TemplateContext &context = fullContext())
{
    return CannedReplyTemplate::render(body, context).text;
}

CannedReply sampleReply(const QString &title, const QString &shortcut, const QString &body, const QString &language,
                        const QString &category = {})
{
    CannedReply reply;
    reply.id = QUuid::createUuid();
    reply.title = title;
    reply.shortcut = shortcut;
    reply.body = body;
    reply.language = language;
    reply.category = category;
    reply.usageCount = 99;  // the team's count from the server: ranking uses the agent's own instead
    reply.updatedAt = Tests::fixedTime();
    return reply;
}

struct FinderFixture
{
    Tests::TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Queue otherQueue = Tests::sampleQueue(QStringLiteral("Shipping"));
    Agent agent = Tests::sampleAgent(queue.id, QStringLiteral("Emma Watson"));
    Agent otherAgent = Tests::sampleAgent(otherQueue.id, QStringLiteral("Liam Kim"));

    CannedReply refundEn = sampleReply(QStringLiteral("Refund confirmed"), QStringLiteral("refund"),
                                       QStringLiteral("Hi {{customer.first_name}}, your refund has been issued."),
                                       QStringLiteral("en"), QStringLiteral("Billing"));
    CannedReply refundCn = sampleReply(QStringLiteral("退款确认"), QStringLiteral("refund"),
                                       QStringLiteral("{{customer.name}}您好，您的退款已经处理。"),
                                       QStringLiteral("zh_CN"), QStringLiteral("Billing"));
    CannedReply refundTw = sampleReply(QStringLiteral("退款確認"), QStringLiteral("refund"),
                                       QStringLiteral("{{customer.name}}您好，您的退款已經處理。"),
                                       QStringLiteral("zh_TW"), QStringLiteral("Billing"));
    CannedReply refundPolicy = sampleReply(QStringLiteral("Refund policy"), QStringLiteral("refundpolicy"),
                                           QStringLiteral("Refunds reach your card within 5 days."),
                                           QStringLiteral("en"), QStringLiteral("Billing"));
    CannedReply partial =
        sampleReply(QStringLiteral("Partial refund"), QStringLiteral("partial"),
                    QStringLiteral("We returned part of the amount."), QStringLiteral("en"), QStringLiteral("Billing"));
    CannedReply giftCard = sampleReply(QStringLiteral("Refund to a gift card"), QStringLiteral("giftcard"),
                                       QStringLiteral("The amount is on your gift card."), QStringLiteral("en"),
                                       QStringLiteral("Billing"));
    CannedReply welcome = sampleReply(QStringLiteral("Greeting"), QStringLiteral("hi"),
                                      QStringLiteral("Hello, and thanks for your refund request."),
                                      QStringLiteral("en"), QStringLiteral("Greetings"));
    CannedReply returnCn = sampleReply(QStringLiteral("退货地址"), QStringLiteral("return"),
                                       QStringLiteral("请将商品寄回以下地址：上海市浦东新区。"),
                                       QStringLiteral("zh_CN"), QStringLiteral("Returns"));
    CannedReply returnEn = sampleReply(QStringLiteral("Return address"), QStringLiteral("return"),
                                       QStringLiteral("Please send the item back to our warehouse."),
                                       QStringLiteral("en"), QStringLiteral("Returns"));
    CannedReply warrantyTw = sampleReply(QStringLiteral("保固說明"), QStringLiteral("warranty"),
                                         QStringLiteral("本產品享有一年保固。"), QStringLiteral("zh_TW"));
    CannedReply shipping = sampleReply(QStringLiteral("Shipping delay"), QStringLiteral("ship"),
                                       QStringLiteral("Your parcel is delayed."), QStringLiteral("en"));
    CannedReply mySignOff = sampleReply(QStringLiteral("My sign-off"), QStringLiteral("sig"),
                                        QStringLiteral("Best, {{agent.first_name}}"), QStringLiteral("en"));
    CannedReply theirGreeting = sampleReply(QStringLiteral("Liam's greeting"), QStringLiteral("hello"),
                                            QStringLiteral("Hey there!"), QStringLiteral("en"));

    FinderFixture()
    {
        returnCn.teamQueueId = queue.id;
        returnEn.teamQueueId = queue.id;
        shipping.teamQueueId = otherQueue.id;
        mySignOff.ownerId = agent.id;
        theirGreeting.ownerId = otherAgent.id;
        const std::vector<CannedReply> replies{refundEn, refundCn,  refundTw,     refundPolicy, partial,
                                               giftCard, welcome,   returnCn,     returnEn,     warrantyTw,
                                               shipping, mySignOff, theirGreeting};
        Tests::writeAndWait(*store, [replies](WriteContext &context) {
            for (const CannedReply &reply : replies) {
                if (Status status = context.entities.upsert(reply); !status) {
                    return status;
                }
            }
            return Status(Ok{});
        });
    }

    void use(const CannedReply &reply, int times)
    {
        Tests::writeAndWait(*store, [id = reply.id, times](WriteContext &context) {
            for (int i = 0; i < times; ++i) {
                if (Status status = CannedReplyFinder::recordUse(context, id); !status) {
                    return status;
                }
            }
            return Status(Ok{});
        });
    }

    CannedReplyFinder loaded(const Agent &who)
    {
        CannedReplyFinder finder;
        REQUIRE(finder.load(store->readDatabase(), who.id, who.queueIds).ok());
        return finder;
    }
};

QList<QUuid> idsOf(const std::vector<CannedReplyFinder::Match> &matches)
{
    QList<QUuid> ids;
    for (const CannedReplyFinder::Match &match : matches) {
        ids.append(match.reply.id);
    }
    return ids;
}

QUuid firstFound(const CannedReplyFinder &finder, const QString &query, const QString &language)
{
    const auto matches = finder.find(query, language);
    return matches.empty() ? QUuid() : matches.front().reply.id;
}

}  // namespace

TEST_CASE("Every placeholder is filled from the ticket, customer and agent", "[models][canned]")
{
    const Queue queue = Tests::sampleQueue();
    Customer customer = Tests::sampleCustomer();
    customer.email = QStringLiteral("meiling@example.com");
    customer.phone = QStringLiteral("+886 2 1234 5678");
    Ticket ticket = Tests::sampleTicket(queue, customer, 1042, QStringLiteral("退貨申請"));
    ticket.priority = Priority::High;
    const Agent agent = Tests::sampleAgent(queue.id, QStringLiteral("Emma Watson"));
    TemplateContext context = TemplateContext::from(ticket, customer, agent, queue.name);
    context.today = QDate(2026, 11, 23);

    const RenderedReply reply = CannedReplyTemplate::render(
        u"{{customer.name}} / {{customer.first_name}} / {{customer.email}} / {{customer.phone}} / {{agent.name}} / "
        u"{{agent.first_name}} / #{{ticket.number}} / {{ticket.subject}} / {{ticket.status}} / {{ticket.priority}} / "
        u"{{queue.name}} / {{today}}",
        context);

    const QString today = QLocale(QStringLiteral("zh_TW")).toString(QDate(2026, 11, 23), QLocale::ShortFormat);
    CHECK(reply.text ==
          QStringLiteral("陳美玲 / 陳美玲 / meiling@example.com / +886 2 1234 5678 / Emma Watson / Emma / "
                         "#1042 / 退貨申請 / %1 / %2 / Billing / %3")
              .arg(Labels::status(TicketStatus::Open), Labels::priority(Priority::High), today));
    CHECK(reply.problems.isEmpty());
    CHECK(reply.cursorPosition == -1);

    SECTION("and every placeholder the editor offers is one of them")
    {
        for (const QString &name : CannedReplyTemplate::knownPlaceholders()) {
            INFO(name.toStdString());
            CHECK(CannedReplyTemplate::render(QStringLiteral("{{%1}}").arg(name), context).problems.isEmpty());
        }
        CHECK(CannedReplyTemplate::knownPlaceholders().size() == 13);
    }
}

TEST_CASE("A Latin name is addressed by its first word, a Chinese name in full", "[models][canned]")
{
    CHECK(CannedReplyTemplate::firstName(u"Emma Watson") == u"Emma");
    CHECK(CannedReplyTemplate::firstName(u"  José   García ") == u"José");
    CHECK(CannedReplyTemplate::firstName(u"Liam") == u"Liam");
    CHECK(CannedReplyTemplate::firstName(u"陳美玲") == u"陳美玲");
    CHECK(CannedReplyTemplate::firstName(u"王 芳") == u"王 芳");
    CHECK(CannedReplyTemplate::firstName(u"") == u"");

    TemplateContext context = fullContext();
    CHECK(render(QStringLiteral("{{customer.first_name}}您好"), context) == u"陳美玲您好");
    context.customerName = QStringLiteral("Olivia Smith");
    CHECK(render(QStringLiteral("Hi {{ customer.first_name }},"), context) == u"Hi Olivia,");
}

TEST_CASE("A default fills an empty placeholder", "[models][canned]")
{
    TemplateContext context = fullContext();
    context.customerName.clear();
    context.ticketNumber.reset();
    context.customerPhone = QStringLiteral("   ");

    const RenderedReply reply = CannedReplyTemplate::render(
        u"Hi {{customer.first_name|there}}, ticket {{ ticket.number | (pending) }}{{customer.phone|}}.", context);
    CHECK(reply.text == u"Hi there, ticket (pending).");
    CHECK(reply.problems.isEmpty());

    CHECK(render(QStringLiteral("Hi {{customer.first_name|there}},")) == u"Hi 陳美玲,");
    CHECK(render(QStringLiteral("{{Customer.Name|親愛的顧客}}您好")) == u"陳美玲您好");
}

TEST_CASE("An unknown or empty placeholder is reported where it stands and never sent blank", "[models][canned]")
{
    TemplateContext context = fullContext();
    context.ticketNumber.reset();

    const RenderedReply reply = CannedReplyTemplate::render(
        u"{{customer.name}}您好，{{cursor}}{{customer.nickname}}的訂單 {{ ticket.number }} 已處理。{{agnet.name|Emma}}",
        context);

    CHECK(reply.text == u"陳美玲您好，{{customer.nickname}}的訂單 {{ ticket.number }} 已處理。{{agnet.name|Emma}}");
    REQUIRE(reply.problems.size() == 3);
    const auto at = [&](const Problem &problem) {
        return reply.text.mid(problem.start, problem.length);
    };
    CHECK(reply.problems[0] == Problem{QStringLiteral("customer.nickname"), 6, 21, Problem::Reason::Unknown});
    CHECK(at(reply.problems[0]) == u"{{customer.nickname}}");
    CHECK(reply.problems[1].name == u"ticket.number");
    CHECK(reply.problems[1].reason == Problem::Reason::Empty);
    CHECK(at(reply.problems[1]) == u"{{ ticket.number }}");
    // A misspelt name keeps its default too: sending "Emma" would hide the typo.
    CHECK(reply.problems[2].reason == Problem::Reason::Unknown);
    CHECK(at(reply.problems[2]) == u"{{agnet.name|Emma}}");
}

TEST_CASE("The caret goes where {{cursor}} was", "[models][canned]")
{
    const RenderedReply reply = CannedReplyTemplate::render(
        u"Dear {{customer.name}},\n\n{{ cursor }}\n\nBest, {{agent.name}}{{cursor}}", fullContext());
    CHECK(reply.text == u"Dear 陳美玲,\n\n\n\nBest, Emma Watson");
    CHECK(reply.cursorPosition == 11);
    CHECK(reply.problems.isEmpty());

    SECTION("counted in UTF-16 units, as the text editor counts")
    {
        TemplateContext context = fullContext();
        context.customerName = QStringLiteral("𠮷野");  // 𠮷 is outside the BMP: two units
        CHECK(CannedReplyTemplate::render(u"{{customer.name}}{{cursor}}", context).cursorPosition == 3);
    }
    SECTION("and nowhere when the reply has no marker")
    {
        CHECK(CannedReplyTemplate::render(u"Thanks!", fullContext()).cursorPosition == -1);
    }
}

TEST_CASE("Braces that are not a placeholder are sent as written", "[models][canned]")
{
    CHECK(render(QStringLiteral("Type {{ to open and {{customer.name}}")) == u"Type {{ to open and 陳美玲");
    CHECK(render(QStringLiteral("Price {{10")) == u"Price {{10");
    CHECK(render(QStringLiteral("{{{customer.name}}}")) == u"{陳美玲}");
    CHECK(render(QStringLiteral("{single} }} {{")) == u"{single} }} {{");
    CHECK(render(QString()).isEmpty());
}

TEST_CASE("Typing #, /, ＃ or ／ opens the shortcut lookup", "[models][canned]")
{
    CHECK(CannedReplyFinder::shortcutQuery(u"#ref") == QStringLiteral("ref"));
    CHECK(CannedReplyFinder::shortcutQuery(u"/") == QString());
    CHECK(CannedReplyFinder::shortcutQuery(u"＃退款") == QStringLiteral("退款"));
    CHECK(CannedReplyFinder::shortcutQuery(u"／ｒｅｆ") == QStringLiteral("ｒｅｆ"));
    CHECK_FALSE(CannedReplyFinder::shortcutQuery(u"ref").has_value());
    CHECK_FALSE(CannedReplyFinder::shortcutQuery(u"a#b").has_value());
    CHECK_FALSE(CannedReplyFinder::shortcutQuery(u"").has_value());
}

TEST_CASE("A reply is found by the start of its shortcut, half- or full-width", "[models][canned]")
{
    FinderFixture f;
    const CannedReplyFinder finder = f.loaded(f.agent);

    for (const QString &typed : {QStringLiteral("#ref"), QStringLiteral("＃ＲＥＦ"), QStringLiteral("／Ref")}) {
        INFO(typed.toStdString());
        const std::optional<QString> query = CannedReplyFinder::shortcutQuery(typed);
        REQUIRE(query.has_value());
        const auto matches = finder.find(*query, QStringLiteral("en"));
        REQUIRE(matches.size() >= 2);
        CHECK(matches[0].kind == CannedReplyFinder::MatchKind::ShortcutPrefix);
        CHECK(matches[1].kind == CannedReplyFinder::MatchKind::ShortcutPrefix);
        CHECK(QSet<QUuid>{matches[0].reply.id, matches[1].reply.id} == QSet<QUuid>{f.refundEn.id, f.refundPolicy.id});
    }

    const auto exact = finder.find(u"ｒｅｆｕｎｄ", QStringLiteral("en"));
    REQUIRE_FALSE(exact.empty());
    CHECK(exact[0].reply.id == f.refundEn.id);
    CHECK(exact[0].kind == CannedReplyFinder::MatchKind::ShortcutEqual);
    CHECK(firstFound(finder, QStringLiteral("sig"), QStringLiteral("en")) == f.mySignOff.id);
}

TEST_CASE("Replies are ranked by match and then by the agent's own use", "[models][canned]")
{
    FinderFixture f;
    f.use(f.giftCard, 2);
    f.use(f.welcome, 5);
    CannedReplyFinder finder = f.loaded(f.agent);

    using Kind = CannedReplyFinder::MatchKind;
    auto matches = finder.find(u"refund", QStringLiteral("en"));
    REQUIRE(matches.size() == 5);
    CHECK(idsOf(matches) == QList<QUuid>{f.refundEn.id, f.refundPolicy.id, f.giftCard.id, f.partial.id, f.welcome.id});
    CHECK(matches[0].kind == Kind::ShortcutEqual);
    CHECK(matches[1].kind == Kind::ShortcutPrefix);
    CHECK(matches[2].kind == Kind::Title);
    CHECK(matches[3].kind == Kind::Title);
    CHECK(matches[4].kind == Kind::TitleOrBody);  // used most, but "refund" is only in its body
    CHECK(matches[2].reply.usageCount == 2);      // the agent's own count, not the team's
    CHECK(matches[3].reply.usageCount == 0);

    SECTION("using a reply moves it up at once")
    {
        for (int i = 0; i < 3; ++i) {
            finder.noteUsed(f.partial.id);
        }
        CHECK(idsOf(finder.find(u"refund", QStringLiteral("en"))).indexOf(f.partial.id) == 2);
    }
    SECTION("every word counts, in the title or the body, in any order")
    {
        CHECK(idsOf(finder.find(u"GIFT refund", QStringLiteral("en"))) == QList<QUuid>{f.giftCard.id});
        CHECK(idsOf(finder.find(u"request thanks", QStringLiteral("en"))) == QList<QUuid>{f.welcome.id});
        CHECK(finder.find(u"refund parcel", QStringLiteral("en")).empty());
    }
    SECTION("an empty query lists every reply, most used first")
    {
        matches = finder.find(u"", QStringLiteral("en"), {}, -1);
        CHECK(matches.size() == 8);  // one per shortcut
        CHECK(idsOf(matches).mid(0, 2) == QList<QUuid>{f.welcome.id, f.giftCard.id});
        CHECK(finder.find(u"  ", QStringLiteral("en"), {}, 3).size() == 3);
    }
    SECTION("a category narrows the list")
    {
        CHECK(finder.categories() ==
              QStringList{QStringLiteral("Billing"), QStringLiteral("Greetings"), QStringLiteral("Returns")});
        CHECK(idsOf(finder.find(u"", QStringLiteral("en"), QStringLiteral("Returns"))) == QList<QUuid>{f.returnEn.id});
        CHECK(finder.find(u"refund", QStringLiteral("en"), QStringLiteral("Greetings")).size() == 1);
    }
}

TEST_CASE("Using a reply is counted in the store", "[models][canned]")
{
    FinderFixture f;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    f.use(f.refundCn, 1);
    f.use(f.refundCn, 1);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery query(f.store->readDatabase());
    REQUIRE(query.exec(QStringLiteral("SELECT reply_id, uses, last_used_at FROM canned_reply_usage")));
    REQUIRE(query.next());
    CHECK(QUuid::fromString(query.value(0).toString()) == f.refundCn.id);
    CHECK(query.value(1).toInt() == 2);
    CHECK(query.value(2).toLongLong() >= before);
    CHECK(query.value(2).toLongLong() <= after);
    CHECK_FALSE(query.next());

    ChangeSet changes;
    changes.cannedReplies.insert(f.refundCn.id);
    CHECK(CannedReplyFinder().isAffectedBy(changes));
    CHECK_FALSE(CannedReplyFinder().isAffectedBy(ChangeSet{}));
}

TEST_CASE("The customer's language picks the variant, falling back sensibly", "[models][canned]")
{
    FinderFixture f;
    const CannedReplyFinder finder = f.loaded(f.agent);

    CHECK(firstFound(finder, QStringLiteral("refund"), QStringLiteral("zh_TW")) == f.refundTw.id);
    CHECK(firstFound(finder, QStringLiteral("refund"), QStringLiteral("zh_CN")) == f.refundCn.id);
    CHECK(firstFound(finder, QStringLiteral("refund"), QStringLiteral("zh-HK")) == f.refundTw.id);
    CHECK(firstFound(finder, QStringLiteral("refund"), QStringLiteral("en_GB")) == f.refundEn.id);
    CHECK(firstFound(finder, QStringLiteral("refund"), QStringLiteral("fr")) == f.refundEn.id);
    // No Traditional variant: the Simplified one, which a Taiwanese reader can read, before English.
    CHECK(firstFound(finder, QStringLiteral("return"), QStringLiteral("zh_TW")) == f.returnCn.id);
    CHECK(firstFound(finder, QStringLiteral("return"), QStringLiteral("ja")) == f.returnEn.id);
    // Only one variant: better that than nothing.
    CHECK(firstFound(finder, QStringLiteral("warranty"), QStringLiteral("en")) == f.warrantyTw.id);

    SECTION("one reply per shortcut, whichever variant the agent's words found")
    {
        const auto matches = finder.find(u"退款", QStringLiteral("en"));
        REQUIRE(matches.size() == 1);
        CHECK(matches[0].reply.id == f.refundEn.id);
        CHECK(matches[0].kind == CannedReplyFinder::MatchKind::Title);
    }
}

TEST_CASE("Another agent's personal replies are never offered", "[models][canned]")
{
    FinderFixture f;
    const QList<QUuid> mine = idsOf(f.loaded(f.agent).find(u"", QStringLiteral("en"), {}, -1));
    CHECK(mine.contains(f.mySignOff.id));
    CHECK(mine.contains(f.returnEn.id));  // shared with the agent's team
    CHECK_FALSE(mine.contains(f.theirGreeting.id));
    CHECK_FALSE(mine.contains(f.shipping.id));  // shared with a team the agent is not in

    const QList<QUuid> theirs = idsOf(f.loaded(f.otherAgent).find(u"", QStringLiteral("en"), {}, -1));
    CHECK(theirs.contains(f.theirGreeting.id));
    CHECK(theirs.contains(f.shipping.id));
    CHECK(theirs.contains(f.refundEn.id));
    CHECK_FALSE(theirs.contains(f.mySignOff.id));
    CHECK_FALSE(theirs.contains(f.returnEn.id));

    CannedReplyFinder noTeam;
    REQUIRE(noTeam.load(f.store->readDatabase(), QUuid::createUuid(), {}).ok());
    CHECK(noTeam.size() == 8);  // the replies shared with everyone
}

TEST_CASE("Traditional words find a Simplified reply", "[models][canned]")
{
    FinderFixture f;
    const CannedReplyFinder finder = f.loaded(f.agent);

    const auto returns = finder.find(u"退貨", QStringLiteral("zh_CN"));
    REQUIRE(returns.size() == 1);
    CHECK(returns[0].reply.id == f.returnCn.id);
    CHECK(returns[0].kind == CannedReplyFinder::MatchKind::Title);

    CHECK(firstFound(finder, QStringLiteral("寄回 地址"), QStringLiteral("zh_CN")) == f.returnCn.id);
    CHECK(firstFound(finder, QStringLiteral("退款確認"), QStringLiteral("zh_CN")) == f.refundCn.id);
    CHECK(firstFound(finder, QStringLiteral("保固说明"), QStringLiteral("zh_TW")) == f.warrantyTw.id);
    CHECK(firstFound(finder, QStringLiteral("已经处理"), QStringLiteral("zh_TW")) == f.refundTw.id);
}
