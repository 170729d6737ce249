// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/demodata.h>
#include <models/demotexts.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace Frontline::Models;

namespace {

const QDateTime referenceNow(QDate(2026, 11, 23), QTime(18, 40), Qt::UTC);

DemoDataOptions smallOptions()
{
    DemoDataOptions options;
    options.now = referenceNow;
    options.tickets = 400;
    return options;
}

// Generated once: most tests only read it.
const DemoDataset &standardDataset()
{
    static const DemoDataset dataset = DemoDataGenerator(smallOptions()).generate();
    return dataset;
}

// CJK Unified Ideographs: the Han characters of both Simplified and Traditional Chinese.
bool isCjk(QChar c)
{
    return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
}

bool containsCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isCjk);
}

qsizetype cjkCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), isCjk);
}

bool isAgentPublicReply(const Message &message)
{
    return message.authorKind == AuthorKind::Agent && message.visibility == MessageVisibility::Public;
}

template<typename T>
void requireJsonRoundTrip(const QList<T> &items)
{
    for (const T &item : items) {
        const Result<T> parsed = T::fromJson(item.toJson());
        INFO((parsed ? QString() : parsed.error().message).toStdString());
        REQUIRE(parsed.ok());
        REQUIRE(parsed.value() == item);
    }
}

QHash<QUuid, QList<const Message *>> messagesByTicket(const DemoDataset &data)
{
    QHash<QUuid, QList<const Message *>> result;
    for (const Message &message : data.messages) {
        result[message.ticketId].append(&message);
    }
    return result;
}

}  // namespace

TEST_CASE("Demo data is identical for the same seed and reference time", "[models][demodata]")
{
    const DemoDataset first = DemoDataGenerator(smallOptions()).generate();
    const DemoDataset second = DemoDataGenerator(smallOptions()).generate();

    CHECK(first.queues == second.queues);
    CHECK(first.agents == second.agents);
    CHECK(first.customers == second.customers);
    CHECK(first.tickets == second.tickets);
    CHECK(first.messages == second.messages);
    CHECK(first.articles == second.articles);
    CHECK(first.cannedReplies == second.cannedReplies);
    CHECK(first.demoAgentId == second.demoAgentId);
    CHECK(first.demoLeadId == second.demoLeadId);
}

TEST_CASE("Demo data differs for a different seed", "[models][demodata]")
{
    DemoDataOptions options = smallOptions();
    options.seed += 1;
    const DemoDataset other = DemoDataGenerator(options).generate();
    const DemoDataset &data = standardDataset();

    REQUIRE(other.tickets.size() == data.tickets.size());
    CHECK(other.demoAgentId != data.demoAgentId);
    CHECK(other.tickets.first().id != data.tickets.first().id);
    CHECK(other.customers != data.customers);
    const auto sameSubject = [&](qsizetype i) {
        return other.tickets.at(i).subject == data.tickets.at(i).subject;
    };
    int same = 0;
    for (qsizetype i = 0; i < data.tickets.size(); ++i) {
        same += sameSubject(i) ? 1 : 0;
    }
    CHECK(same < data.tickets.size() / 2);
}

TEST_CASE("Demo ids are random-version UUIDs and unique", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    QSet<QUuid> ids;
    qsizetype total = 0;
    const auto collect = [&](const auto &items) {
        for (const auto &item : items) {
            CHECK(item.id.version() == QUuid::Random);
            CHECK(item.id.variant() == QUuid::DCE);
            ids.insert(item.id);
            ++total;
        }
    };
    collect(data.queues);
    collect(data.agents);
    collect(data.customers);
    collect(data.tickets);
    collect(data.messages);
    collect(data.articles);
    collect(data.cannedReplies);
    CHECK(ids.size() == total);
}

TEST_CASE("Demo data sizes follow the options", "[models][demodata]")
{
    DemoDataOptions options = smallOptions();
    options.tickets = 250;
    options.agents = 7;
    options.customers = 60;
    options.messagesPerTicket = 3;
    const DemoDataset data = DemoDataGenerator(options).generate();

    CHECK(data.tickets.size() == 250);
    CHECK(data.agents.size() == 7);
    CHECK(data.customers.size() == 60);
    CHECK(data.messages.size() == 750);
    for (const auto &thread : messagesByTicket(data)) {
        REQUIRE(thread.size() == 3);
    }

    SECTION("exactly one message per ticket when asked")
    {
        options.messagesPerTicket = 1;
        const DemoDataset single = DemoDataGenerator(options).generate();
        CHECK(single.messages.size() == single.tickets.size());
    }
    SECTION("a mix averaging about four messages by default")
    {
        const DemoDataset &mixed = standardDataset();
        const double average = double(mixed.messages.size()) / double(mixed.tickets.size());
        CHECK(average > 3.0);
        CHECK(average < 5.0);
    }
    SECTION("at least three agents and a derived customer count")
    {
        options.agents = 1;
        options.customers = 0;
        options.tickets = 600;
        const DemoDataset tiny = DemoDataGenerator(options).generate();
        CHECK(tiny.agents.size() == 3);
        CHECK(tiny.customers.size() == 200);
    }
    SECTION("no tickets at all")
    {
        options.tickets = 0;
        const DemoDataset empty = DemoDataGenerator(options).generate();
        CHECK(empty.tickets.isEmpty());
        CHECK(empty.messages.isEmpty());
        CHECK(empty.customers.size() == 60);
    }
}

TEST_CASE("Demo tickets and messages refer only to existing entities", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    QHash<QUuid, const Customer *> customers;
    for (const Customer &customer : data.customers) {
        customers.insert(customer.id, &customer);
    }
    QHash<QUuid, const Queue *> queues;
    for (const Queue &queue : data.queues) {
        queues.insert(queue.id, &queue);
    }
    QSet<QUuid> agents;
    for (const Agent &agent : data.agents) {
        agents.insert(agent.id);
    }
    QHash<QUuid, const Ticket *> tickets;
    int assigned = 0;
    for (const Ticket &ticket : data.tickets) {
        tickets.insert(ticket.id, &ticket);
        REQUIRE(customers.contains(ticket.customerId));
        REQUIRE(queues.contains(ticket.queueId));
        if (!ticket.assigneeId.isNull()) {
            ++assigned;
            REQUIRE(agents.contains(ticket.assigneeId));
            CHECK(queues.value(ticket.queueId)->memberIds.contains(ticket.assigneeId));
        }
    }
    CHECK(assigned > data.tickets.size() / 3);
    CHECK(assigned < data.tickets.size());  // many tickets wait for someone to take them

    for (const Message &message : data.messages) {
        REQUIRE(tickets.contains(message.ticketId));
        const Ticket &ticket = *tickets.value(message.ticketId);
        switch (message.authorKind) {
        case AuthorKind::Customer:
            CHECK(message.authorId == ticket.customerId);
            CHECK(message.visibility == MessageVisibility::Public);
            break;
        case AuthorKind::Agent:
            CHECK(agents.contains(message.authorId));
            break;
        case AuthorKind::Bot:
        case AuthorKind::System:
            CHECK(message.authorId.isNull());
            break;
        }
    }

    // Ratings belong to the customer's own finished tickets.
    int ratings = 0;
    for (const Customer &customer : data.customers) {
        for (const CsatRating &rating : customer.csat) {
            ++ratings;
            REQUIRE(tickets.contains(rating.ticketId));
            const Ticket &ticket = *tickets.value(rating.ticketId);
            CHECK(ticket.customerId == customer.id);
            CHECK((ticket.status == TicketStatus::Solved || ticket.status == TicketStatus::Closed));
            CHECK(rating.score >= 1);
            CHECK(rating.score <= 5);
            CHECK(rating.ratedAt <= referenceNow);
        }
    }
    CHECK(ratings > 0);
}

TEST_CASE("Demo tickets cover every channel, status, priority and language", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    std::set<Channel> channels;
    std::set<TicketStatus> statuses;
    std::set<Priority> priorities;
    QHash<QUuid, QString> languageOf;
    for (const Customer &customer : data.customers) {
        languageOf.insert(customer.id, customer.language);
    }
    QSet<QString> ticketLanguages;
    int active = 0;
    for (const Ticket &ticket : data.tickets) {
        channels.insert(ticket.channel);
        statuses.insert(ticket.status);
        priorities.insert(ticket.priority);
        ticketLanguages.insert(languageOf.value(ticket.customerId));
        active += isActive(ticket.status) ? 1 : 0;
    }
    CHECK(channels.size() == 6);
    CHECK(statuses.size() == 6);
    CHECK(priorities.size() == 4);
    CHECK(ticketLanguages == QSet<QString>{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")});
    CHECK(active > data.tickets.size() / 2);  // most work is still open

    SECTION("even in a tiny dataset")
    {
        DemoDataOptions options = smallOptions();
        options.tickets = 6;
        const DemoDataset tiny = DemoDataGenerator(options).generate();
        std::set<Channel> tinyChannels;
        QSet<QString> tinyLanguages;
        for (const Ticket &ticket : tiny.tickets) {
            tinyChannels.insert(ticket.channel);
        }
        for (const Customer &customer : tiny.customers) {
            tinyLanguages.insert(customer.language);
        }
        CHECK(tinyChannels.size() == 6);
        CHECK(tinyLanguages.size() == 3);
    }
}

TEST_CASE("Demo customers are written in their own language and script", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    QSet<QString> simplifiedSurnames;
    QSet<QString> traditionalSurnames;
    for (const auto &surname : DemoTexts::chineseSurnames()) {
        simplifiedSurnames.insert(DemoTexts::toQString(surname.simplified));
        traditionalSurnames.insert(DemoTexts::toQString(surname.traditional));
    }
    const QRegularExpression latinName(QStringLiteral("^[A-Z][a-z]+ [A-Z][A-Za-z']+$"));
    // Reserved example domains only, so no demo e-mail ever reaches a real person.
    const QRegularExpression fakeEmail(
        QStringLiteral("^[a-z0-9._]+@([a-z]+\\.)?example\\.(com|net|org|cn|tw|com\\.tw)$"));
    QHash<QString, int> perLanguage;
    QSet<QString> emails;
    int vips = 0;
    int withNotes = 0;
    for (const Customer &customer : data.customers) {
        ++perLanguage[customer.language];
        vips += customer.vip ? 1 : 0;
        withNotes += customer.notes.isEmpty() ? 0 : 1;
        CHECK((!customer.email.isEmpty() || !customer.phone.isEmpty()));
        if (!customer.email.isEmpty()) {
            CHECK(fakeEmail.match(customer.email).hasMatch());
            emails.insert(customer.email);
        }
        if (customer.language == u"zh_CN") {
            CHECK(containsCjk(customer.name));
            CHECK(simplifiedSurnames.contains(customer.name.left(1)));
            CHECK((customer.phone.isEmpty() || customer.phone.startsWith(QStringLiteral("+86 1"))));
        } else if (customer.language == u"zh_TW") {
            CHECK(containsCjk(customer.name));
            CHECK(traditionalSurnames.contains(customer.name.left(1)));
            CHECK((customer.phone.isEmpty() || customer.phone.startsWith(QStringLiteral("+886 9"))));
        } else {
            REQUIRE(customer.language == u"en");
            CHECK(latinName.match(customer.name).hasMatch());
            CHECK((customer.phone.isEmpty() || customer.phone.startsWith(QStringLiteral("+1 "))));
        }
    }
    const auto share = [&](const char16_t *language) {
        return double(perLanguage.value(QString::fromUtf16(language))) / double(data.customers.size());
    };
    CHECK(share(u"zh_CN") == Approx(0.40).margin(0.12));
    CHECK(share(u"zh_TW") == Approx(0.25).margin(0.12));
    CHECK(share(u"en") == Approx(0.35).margin(0.12));
    CHECK(emails.size() == std::count_if(data.customers.cbegin(), data.customers.cend(),
                                         [](const Customer &c) { return !c.email.isEmpty(); }));
    CHECK(vips > 0);
    CHECK(withNotes > 0);
}

TEST_CASE("Demo ticket texts are in the customer's language with every variable filled", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    QHash<QUuid, QString> languageOf;
    for (const Customer &customer : data.customers) {
        languageOf.insert(customer.id, customer.language);
    }
    const QRegularExpression variable(QStringLiteral("\\{[a-z0-9]+\\}"));
    for (const Ticket &ticket : data.tickets) {
        CHECK_FALSE(variable.match(ticket.subject).hasMatch());
        CHECK(containsCjk(ticket.subject) == (languageOf.value(ticket.customerId) != u"en"));
    }
    for (const Message &message : data.messages) {
        INFO(message.body.toStdString());
        CHECK_FALSE(message.body.trimmed().isEmpty());
        CHECK_FALSE(variable.match(message.body).hasMatch());
    }
}

TEST_CASE("Demo threads are ordered in time and match the ticket status", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    const auto threads = messagesByTicket(data);
    int botTickets = 0;
    int internalNotes = 0;
    int systemMessages = 0;
    for (const Ticket &ticket : data.tickets) {
        const QList<const Message *> thread = threads.value(ticket.id);
        REQUIRE_FALSE(thread.isEmpty());
        CHECK(ticket.createdAt <= ticket.updatedAt);
        CHECK(ticket.updatedAt <= referenceNow);
        CHECK(ticket.createdAt >= referenceNow.addDays(-31));
        CHECK(thread.first()->createdAt == ticket.createdAt);

        const Message *firstAgentReply = nullptr;
        for (qsizetype i = 0; i < thread.size(); ++i) {
            const Message &message = *thread.at(i);
            CHECK(message.createdAt >= ticket.createdAt);
            CHECK(message.createdAt <= ticket.updatedAt);
            if (i > 0) {
                CHECK(thread.at(i - 1)->createdAt < message.createdAt);
            }
            if (!firstAgentReply && isAgentPublicReply(message)) {
                firstAgentReply = &message;
            }
            internalNotes +=
                message.authorKind == AuthorKind::Agent && message.visibility == MessageVisibility::Internal;
            systemMessages += message.authorKind == AuthorKind::System ? 1 : 0;
        }
        if (firstAgentReply) {
            CHECK(ticket.firstRespondedAt == firstAgentReply->createdAt);
        } else {
            CHECK_FALSE(ticket.firstRespondedAt.isValid());
        }
        if (ticket.status == TicketStatus::New) {
            CHECK(firstAgentReply == nullptr);
        }
        if (ticket.channel == Channel::Bot) {
            ++botTickets;
            CHECK(thread.first()->authorKind == AuthorKind::Bot);
        } else {
            CHECK(thread.first()->authorKind == AuthorKind::Customer);
        }
    }
    CHECK(botTickets > 0);
    CHECK(internalNotes > 0);
    CHECK(systemMessages > 0);
}

TEST_CASE("Demo ticket numbers are unique and sequential in order of creation", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    qint64 expected = 1001;
    QDateTime previous;
    for (const Ticket &ticket : data.tickets) {
        REQUIRE(ticket.number.has_value());
        CHECK(*ticket.number == expected++);
        if (previous.isValid()) {
            CHECK(previous <= ticket.createdAt);
        }
        previous = ticket.createdAt;
    }
}

TEST_CASE("Demo SLA due times come from the queue's policy", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    QHash<QUuid, SlaPolicy> policies;
    for (const Queue &queue : data.queues) {
        policies.insert(queue.id, queue.sla);
        for (const SlaTarget &target : queue.sla.targets) {
            CHECK(target.firstResponseMinutes > 0);
            CHECK(target.resolutionMinutes > target.firstResponseMinutes);
        }
        CHECK(queue.sla.target(Priority::Urgent).firstResponseMinutes <= 30);
        CHECK(queue.sla.target(Priority::Low).firstResponseMinutes >= 4 * 60);
    }
    int breached = 0;
    int dueWithinHour = 0;
    int dueLater = 0;
    for (const Ticket &ticket : data.tickets) {
        const SlaTarget target = policies.value(ticket.queueId).target(ticket.priority);
        CHECK(ticket.firstResponseDue == ticket.createdAt.addSecs(target.firstResponseMinutes * 60));
        CHECK(ticket.resolutionDue == ticket.createdAt.addSecs(target.resolutionMinutes * 60));
        if (!isActive(ticket.status)) {
            continue;
        }
        // The deadline that matters: first response until someone answered, then resolution.
        const QDateTime due = ticket.firstRespondedAt.isValid() ? ticket.resolutionDue : ticket.firstResponseDue;
        if (due < referenceNow) {
            ++breached;
        } else if (due <= referenceNow.addSecs(3600)) {
            ++dueWithinHour;
        } else {
            ++dueLater;
        }
    }
    CHECK(breached > 0);
    CHECK(dueWithinHour > 0);
    CHECK(dueLater > breached);
}

TEST_CASE("Demo queues and agents form working teams", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    CHECK(data.queues.size() >= 5);
    for (const Queue &queue : data.queues) {
        CHECK_FALSE(queue.memberIds.isEmpty());
    }

    const auto demo =
        std::find_if(data.agents.cbegin(), data.agents.cend(), [](const Agent &a) { return a.username == u"demo"; });
    const auto lead =
        std::find_if(data.agents.cbegin(), data.agents.cend(), [](const Agent &a) { return a.username == u"lead"; });
    REQUIRE(demo != data.agents.cend());
    REQUIRE(lead != data.agents.cend());
    CHECK(demo->id == data.demoAgentId);
    CHECK(lead->id == data.demoLeadId);
    CHECK(demo->role == AgentRole::Agent);
    CHECK(demo->presence == Presence::Online);
    CHECK(demo->queueIds.size() >= 2);
    CHECK(lead->role == AgentRole::Lead);

    QSet<QString> usernames;
    std::map<AgentRole, int> roles;
    bool chineseName = false;
    for (const Agent &agent : data.agents) {
        usernames.insert(agent.username);
        ++roles[agent.role];
        chineseName = chineseName || containsCjk(agent.name);
        CHECK_FALSE(agent.queueIds.isEmpty());
        for (const QUuid &queueId : agent.queueIds) {
            const auto queue =
                std::find_if(data.queues.cbegin(), data.queues.cend(), [&](const Queue &q) { return q.id == queueId; });
            REQUIRE(queue != data.queues.cend());
            CHECK(queue->memberIds.contains(agent.id));
        }
    }
    CHECK(usernames.size() == data.agents.size());
    CHECK(roles[AgentRole::Admin] == 1);
    CHECK(roles[AgentRole::Lead] >= 1);
    CHECK(roles[AgentRole::Agent] > roles[AgentRole::Lead]);
    CHECK(chineseName);

    SECTION("usernames stay unique in a large team")
    {
        DemoDataOptions options = smallOptions();
        options.tickets = 10;
        options.agents = 300;
        const DemoDataset large = DemoDataGenerator(options).generate();
        QSet<QString> names;
        for (const Agent &agent : large.agents) {
            names.insert(agent.username);
        }
        CHECK(names.size() == 300);
    }
}

TEST_CASE("Every demo entity survives a JSON round trip", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    requireJsonRoundTrip(data.queues);
    requireJsonRoundTrip(data.agents);
    requireJsonRoundTrip(data.customers);
    requireJsonRoundTrip(data.tickets);
    requireJsonRoundTrip(data.messages);
    requireJsonRoundTrip(data.articles);
    requireJsonRoundTrip(data.cannedReplies);
}

TEST_CASE("Demo knowledge-base articles are real multi-paragraph guides in all three languages", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    CHECK(data.articles.size() >= 12);
    QHash<QString, int> perLanguage;
    for (const Article &article : data.articles) {
        INFO(article.title.toStdString());
        ++perLanguage[article.language];
        CHECK(article.published);
        CHECK_FALSE(article.category.isEmpty());
        CHECK_FALSE(article.tags.isEmpty());
        CHECK(article.body.size() > 400);
        CHECK(article.body.startsWith(QStringLiteral("# ")));
        CHECK(article.body.contains(QStringLiteral("\n## ")));
        CHECK(article.body.contains(QStringLiteral("\n1. ")));
        const QStringList paragraphs = article.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        CHECK(paragraphs.size() >= 5);
        if (article.language == u"en") {
            CHECK(cjkCount(article.body) < 10);  // the odd queue name like "VIP / 大客户" only
        } else {
            CHECK(cjkCount(article.body) > 200);
        }
        CHECK_FALSE(article.body.contains(QStringLiteral("lorem"), Qt::CaseInsensitive));
    }
    CHECK(perLanguage.value(QStringLiteral("en")) >= 4);
    CHECK(perLanguage.value(QStringLiteral("zh_CN")) >= 4);
    CHECK(perLanguage.value(QStringLiteral("zh_TW")) >= 4);
}

TEST_CASE("Demo canned replies have shortcuts and placeholders", "[models][demodata]")
{
    const DemoDataset &data = standardDataset();
    CHECK(data.cannedReplies.size() >= 15);
    QSet<QUuid> queues;
    for (const Queue &queue : data.queues) {
        queues.insert(queue.id);
    }
    const QRegularExpression shortcut(QStringLiteral("^[a-z0-9_-]+$"));
    QSet<QString> languages;
    QSet<std::pair<QString, QString>> shortcutsPerLanguage;
    int personal = 0;
    int team = 0;
    int everyone = 0;
    int withCursor = 0;
    int withDefault = 0;
    for (const CannedReply &reply : data.cannedReplies) {
        INFO(reply.title.toStdString());
        languages.insert(reply.language);
        CHECK(shortcut.match(reply.shortcut).hasMatch());
        CHECK(reply.body.contains(QStringLiteral("{{")));
        CHECK(reply.usageCount > 0);
        shortcutsPerLanguage.insert({reply.shortcut, reply.language});
        withCursor += reply.body.contains(QStringLiteral("{{cursor}}")) ? 1 : 0;
        withDefault += reply.body.contains(QRegularExpression(QStringLiteral("\\{\\{[a-z_.]+\\|[^}]+\\}\\}"))) ? 1 : 0;
        if (reply.isPersonal()) {
            ++personal;
            CHECK(reply.ownerId == data.demoAgentId);
            CHECK(reply.teamQueueId.isNull());
        } else if (!reply.teamQueueId.isNull()) {
            ++team;
            CHECK(queues.contains(reply.teamQueueId));
        } else {
            ++everyone;
        }
    }
    CHECK(languages.size() == 3);
    CHECK(shortcutsPerLanguage.size() == data.cannedReplies.size());  // variants differ by language
    CHECK(personal > 0);
    CHECK(team > 0);
    CHECK(everyone > personal);
    CHECK(withCursor > 0);
    CHECK(withDefault > 0);
}
