// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demodata.h"

#include "demotexts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace Frontline::Models {

namespace {

using DemoTexts::Lang;
using DemoTexts::QueueKind;
using DemoTexts::Text;

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 FirstTicketNumber = 1001;
constexpr qint64 HistorySeconds = 30 * Day;  // tickets are spread over the last 30 days
constexpr qint64 AutoCloseDelay = 4 * Day;   // solved tickets close by themselves after four days

quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/*
    A seeded random source. std::mt19937_64 is specified bit for bit by the standard, but the standard
    distributions are not, so the helpers below do their own arithmetic: the same seed gives the same data
    with every compiler and standard library.
*/
class Rng final
{
public:
    // Each part of the dataset draws from its own stream, so adding an article does not reshuffle the tickets.
    Rng(quint64 seed, quint64 stream)
        : m_engine(splitMix64(seed ^ splitMix64(stream)))
    {}

    quint64 next() { return m_engine(); }

    // Modulo bias is below 2^-40 for the small ranges used here.
    int below(std::size_t n) { return static_cast<int>(next() % n); }
    int between(int low, int high) { return low + below(static_cast<std::size_t>(high - low + 1)); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double range(double low, double high) { return low + (high - low) * unit(); }
    bool chance(double probability) { return unit() < probability; }

    template<typename Container>
    const auto &pick(const Container &items)
    {
        return items[static_cast<std::size_t>(below(std::size(items)))];
    }

    template<std::size_t N>
    int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        int roll = below(static_cast<std::size_t>(total));
        for (std::size_t i = 0; i < N; ++i) {
            if (roll < weights[i]) {
                return static_cast<int>(i);
            }
            roll -= weights[i];
        }
        return static_cast<int>(N - 1);
    }

    // A version-4 (random) UUID built from this stream, so ids are reproducible too.
    QUuid uuid()
    {
        const quint64 high = next();
        const quint64 low = next();
        std::array<uchar, 8> bytes{};
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<uchar>(low >> (56 - 8 * i));
        }
        bytes[0] = static_cast<uchar>((bytes[0] & 0x3f) | 0x80);  // RFC 4122 variant
        return QUuid(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
                     static_cast<ushort>((high & 0x0fff) | 0x4000), bytes[0], bytes[1], bytes[2], bytes[3], bytes[4],
                     bytes[5], bytes[6], bytes[7]);
    }

private:
    std::mt19937_64 m_engine;
};

enum Stream : quint64
{
    QueueStream = 1,
    AgentStream,
    CustomerStream,
    TicketStream,
    ArticleStream,
    CannedStream
};

QDateTime utcTime(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
}

void appendText(QString &out, Text text)
{
    out.append(DemoTexts::view(text));
}

void appendLatin1(QString &out, std::string_view text)
{
    out.append(QLatin1StringView(text.data(), static_cast<qsizetype>(text.size())));
}

// Appends \a value in decimal, zero-padded to \a width digits, without a temporary QString.
void appendNumber(QString &out, quint64 value, int width = 1)
{
    std::array<char16_t, 24> digits{};
    int count = 0;
    do {
        digits[static_cast<std::size_t>(count++)] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    } while (value != 0 || count < width);
    std::reverse(digits.begin(), digits.begin() + count);
    out.append(QStringView(digits.data(), count));
}

// Appends \a value with a comma between thousands, as prices are written in Taiwan and the US.
void appendGrouped(QString &out, quint64 value)
{
    if (value >= 1000) {
        appendGrouped(out, value / 1000);
        out.append(u',');
        appendNumber(out, value % 1000, 3);
    } else {
        appendNumber(out, value);
    }
}

// Appends \a count pseudo-random digits derived from \a state (for tracking and invoice numbers).
void appendDigits(QString &out, quint64 state, int count)
{
    while (count > 0) {
        state = splitMix64(state);
        const int chunk = std::min(count, 18);
        quint64 modulus = 1;
        for (int i = 0; i < chunk; ++i) {
            modulus *= 10;
        }
        appendNumber(out, state % modulus, chunk);
        count -= chunk;
    }
}

// Prices of DemoTexts' products, in the smallest unit of each language's currency (fen, NT dollars, cents).
constexpr std::array<std::array<int, 8>, DemoTexts::LanguageCount> productPrices{{
    {{129900, 159900, 39900, 45900, 12900, 229900, 29900, 34900}},  // CNY, in fen
    {{5490, 6990, 1790, 1990, 590, 9990, 1290, 1490}},              // TWD, whole dollars
    {{17999, 21999, 5999, 6999, 2499, 29999, 4999, 5999}},          // USD, in cents
}};

/*! The variable parts of one ticket's texts. */
struct TicketVars
{
    Lang lang = Lang::En;  // the customer's: products, carriers, prices and numbers are formatted for it
    QStringView name;
    QStringView agent;
    QStringView subject;
    QStringView from;
    QStringView to;
    int year = 2026;
    int orderSuffix = 0;
    int product = 0;
    int quantity = 1;
    int carrier = 0;
    int device = 0;
    int coupon = 0;
    int last4 = 0;
    int appMinor = 0;
    int appPatch = 0;
    quint64 trackingSeed = 0;
    quint64 invoiceSeed = 0;
};

void appendAmount(QString &out, const TicketVars &vars)
{
    const auto &prices = productPrices[DemoTexts::index(vars.lang)];
    const auto price = static_cast<quint64>(prices[static_cast<std::size_t>(vars.product) % prices.size()]) *
                       static_cast<quint64>(vars.quantity);
    switch (vars.lang) {
    case Lang::ZhCN:
        out.append(u'¥');
        appendNumber(out, price / 100);
        out.append(u'.');
        appendNumber(out, price % 100, 2);
        break;
    case Lang::ZhTW:
        out.append(u"NT$");
        appendGrouped(out, price);
        break;
    case Lang::En:
        out.append(u'$');
        appendGrouped(out, price / 100);
        out.append(u'.');
        appendNumber(out, price % 100, 2);
        break;
    }
}

void appendTracking(QString &out, const TicketVars &vars)
{
    switch (vars.lang) {
    case Lang::ZhCN: {
        // Prefixes of the carriers in DemoTexts' order: SF Express, ZTO, JD Logistics, YTO.
        static constexpr Text prefixes[] = {u"SF", u"78", u"JD", u"YT"};
        appendText(out, prefixes[static_cast<std::size_t>(vars.carrier) % std::size(prefixes)]);
        appendDigits(out, vars.trackingSeed, 13);
        break;
    }
    case Lang::ZhTW:
        appendDigits(out, vars.trackingSeed, 12);
        break;
    case Lang::En:
        if (vars.carrier == 0) {  // UPS: 1Z, shipper code, service code, package number
            out.append(u"1Z");
            quint64 state = vars.trackingSeed;
            for (int i = 0; i < 6; ++i) {
                state = splitMix64(state);
                out.append(QChar(static_cast<char16_t>(u'A' + state % 26)));
            }
            appendDigits(out, state, 10);
        } else if (vars.carrier == 2) {  // USPS
            out.append(u"9400");
            appendDigits(out, vars.trackingSeed, 18);
        } else {
            appendDigits(out, vars.trackingSeed, 12);
        }
        break;
    }
}

void appendInvoice(QString &out, const TicketVars &vars)
{
    switch (vars.lang) {
    case Lang::ZhCN:
        appendDigits(out, vars.invoiceSeed, 8);
        break;
    case Lang::ZhTW: {  // Taiwanese uniform invoice: two letters and eight digits
        const quint64 letters = splitMix64(vars.invoiceSeed);
        out.append(QChar(static_cast<char16_t>(u'A' + letters % 26)));
        out.append(QChar(static_cast<char16_t>(u'A' + (letters / 26) % 26)));
        out.append(u'-');
        appendDigits(out, vars.invoiceSeed, 8);
        break;
    }
    case Lang::En:
        out.append(u"INV-");
        appendNumber(out, static_cast<quint64>(vars.year));
        out.append(u'-');
        appendDigits(out, vars.invoiceSeed, 6);
        break;
    }
}

/*! Appends \a text with its {variables} filled in from \a vars. */
void appendFilled(QString &out, Text text, const TicketVars &vars)
{
    const DemoTexts::LanguageTexts &language = DemoTexts::languageTexts(vars.lang);
    std::size_t position = 0;
    while (position < text.size()) {
        const std::size_t open = text.find(u'{', position);
        if (open == Text::npos) {
            appendText(out, text.substr(position));
            return;
        }
        const std::size_t close = text.find(u'}', open);
        if (close == Text::npos) {
            appendText(out, text.substr(position));
            return;
        }
        appendText(out, text.substr(position, open - position));
        const Text key = text.substr(open + 1, close - open - 1);
        if (key == u"name") {
            out.append(vars.name);
        } else if (key == u"agent") {
            out.append(vars.agent);
        } else if (key == u"subject") {
            out.append(vars.subject);
        } else if (key == u"from") {
            out.append(vars.from);
        } else if (key == u"to") {
            out.append(vars.to);
        } else if (key == u"order") {
            appendNumber(out, static_cast<quint64>(vars.year));
            appendNumber(out, static_cast<quint64>(vars.orderSuffix), 5);
        } else if (key == u"amount") {
            appendAmount(out, vars);
        } else if (key == u"product") {
            appendText(out, language.products[static_cast<std::size_t>(vars.product)]);
        } else if (key == u"tracking") {
            appendTracking(out, vars);
        } else if (key == u"carrier") {
            appendText(out, language.carriers[static_cast<std::size_t>(vars.carrier)]);
        } else if (key == u"device") {
            appendText(out, DemoTexts::devices()[static_cast<std::size_t>(vars.device)]);
        } else if (key == u"coupon") {
            appendText(out, DemoTexts::coupons()[static_cast<std::size_t>(vars.coupon)]);
        } else if (key == u"invoice") {
            appendInvoice(out, vars);
        } else if (key == u"last4") {
            appendNumber(out, static_cast<quint64>(vars.last4), 4);
        } else if (key == u"appver") {
            out.append(u"3.");
            appendNumber(out, static_cast<quint64>(vars.appMinor));
            out.append(u'.');
            appendNumber(out, static_cast<quint64>(vars.appPatch));
        } else {
            appendText(out, text.substr(open, close - open + 1));  // not a variable: keep as written
        }
        position = close + 1;
    }
}

QString filled(Text text, const TicketVars &vars)
{
    QString out;
    out.reserve(static_cast<qsizetype>(text.size()) + 48);
    appendFilled(out, text, vars);
    return out;
}

/*! A minimal HTML rendering of a plain-text reply: paragraphs and line breaks, special characters escaped. */
QString toHtml(const QString &plain)
{
    QString html;
    html.reserve(plain.size() + plain.size() / 8 + 16);
    html.append(u"<p>");
    const qsizetype size = plain.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = plain.at(i);
        if (c == u'\n') {
            if (i + 1 < size && plain.at(i + 1) == u'\n') {
                html.append(u"</p><p>");
                ++i;
            } else {
                html.append(u"<br>");
            }
        } else if (c == u'&') {
            html.append(u"&amp;");
        } else if (c == u'<') {
            html.append(u"&lt;");
        } else if (c == u'>') {
            html.append(u"&gt;");
        } else if (c == u'"') {
            html.append(u"&quot;");
        } else {
            html.append(c);
        }
    }
    html.append(u"</p>");
    return html;
}

enum class Kind
{
    Bot,
    CustomerFirst,
    CustomerFollowUp,  // about the problem at hand
    CustomerChase,     // a generic "any news?"
    CustomerThanks,
    AgentReply,
    AgentAsk,
    AgentUpdate,
    AgentResolution,
    Note,
    System,
    AutoClose
};

bool isAgentPublic(Kind kind)
{
    return kind == Kind::AgentReply || kind == Kind::AgentAsk || kind == Kind::AgentUpdate ||
           kind == Kind::AgentResolution;
}

/*! A ticket decided before it is written out; tickets are numbered in order of creation. */
struct TicketPlan
{
    qint64 createdAt = 0;
    qint64 ageSeconds = 0;
    int customer = 0;
    int topic = 0;
    int queue = 0;
    int assignee = -1;
    int messageCount = 1;
    Channel channel = Channel::Email;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
};

struct AgentInfo
{
    Lang lang = Lang::En;
};

struct CustomerInfo
{
    Lang lang = Lang::En;
    QString greetingName;
};

class Builder final
{
public:
    explicit Builder(const DemoDataOptions &options)
        : m_options(options)
    {
        const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
        m_now = now.toSecsSinceEpoch();
        m_year = now.date().year();
    }

    DemoDataset build()
    {
        makeQueues();
        makeAgents();
        makeCustomers();
        makeTickets();
        makeArticles();
        makeCannedReplies();
        m_data.demoAgentId = m_data.agents.constFirst().id;
        m_data.demoLeadId = m_data.agents.at(1).id;
        return std::move(m_data);
    }

private:
    void makeQueues();
    void makeAgents();
    void makeCustomers();
    void makeTickets();
    void makeArticles();
    void makeCannedReplies();

    TicketPlan planTicket(Rng &rng, int index) const;
    void composeThread(Rng &rng, const TicketPlan &plan, bool responded);
    void writeTicket(Rng &rng, const TicketPlan &plan, qint64 number);

    int pickMember(Rng &rng, int queue) const;
    int messageCountFor(Rng &rng, TicketStatus status, Channel channel) const;

    DemoDataOptions m_options;
    qint64 m_now = 0;
    int m_year = 2026;
    DemoDataset m_data;
    std::vector<AgentInfo> m_agentInfo;
    std::vector<CustomerInfo> m_customerInfo;
    std::vector<std::vector<int>> m_assignable;  // per queue: agent indices that work its tickets
    std::vector<Kind> m_kinds;                   // scratch: the current ticket's thread
    std::vector<qint64> m_times;                 // scratch: its message times
    std::vector<Text> m_usedNotes;               // scratch: its notes and system events so far
};

void Builder::makeQueues()
{
    Rng rng(m_options.seed, QueueStream);
    for (const DemoTexts::QueueDefinition &definition : DemoTexts::queues()) {
        Queue queue;
        queue.id = rng.uuid();
        queue.name = DemoTexts::toQString(definition.name);
        queue.description = DemoTexts::toQString(definition.description);
        queue.sla = definition.sla;
        m_data.queues.append(std::move(queue));
    }
}

void Builder::makeAgents()
{
    Rng rng(m_options.seed, AgentStream);
    const int count = std::max(3, m_options.agents);
    const auto staff = DemoTexts::staff();
    const int queueCount = static_cast<int>(m_data.queues.size());
    const auto kindIndex = [](QueueKind kind) {
        return static_cast<int>(kind);
    };

    m_data.agents.reserve(count);
    m_agentInfo.reserve(static_cast<std::size_t>(count));
    std::vector<std::vector<int>> membership(static_cast<std::size_t>(count));  // queue indices per agent
    for (int i = 0; i < count; ++i) {
        Agent agent;
        agent.id = rng.uuid();
        Lang lang = Lang::En;
        if (static_cast<std::size_t>(i) < staff.size()) {
            const DemoTexts::StaffMember &member = staff[static_cast<std::size_t>(i)];
            agent.name = DemoTexts::toQString(member.name);
            agent.username = DemoTexts::toQString(member.username);
            lang = member.workLanguage;
        } else {
            lang = static_cast<Lang>(rng.weighted(std::array{45, 25, 30}));
            if (lang == Lang::En) {
                const DemoTexts::GivenName &first = rng.pick(DemoTexts::givenNames(Lang::En));
                const DemoTexts::GivenName &last = rng.pick(DemoTexts::englishSurnames());
                agent.name = DemoTexts::toQString(first.text) + u' ' + DemoTexts::toQString(last.text);
                agent.username = DemoTexts::toQString(first.latin) + u'.' + DemoTexts::toQString(last.latin);
            } else {
                const DemoTexts::ChineseSurname &surname = rng.pick(DemoTexts::chineseSurnames());
                const DemoTexts::GivenName &given = rng.pick(DemoTexts::givenNames(lang));
                const bool mainland = lang == Lang::ZhCN;
                agent.name = DemoTexts::toQString(mainland ? surname.simplified : surname.traditional) +
                             DemoTexts::toQString(given.text);
                agent.username = DemoTexts::toQString(mainland ? surname.pinyin : surname.taiwanese) + u'.' +
                                 DemoTexts::toQString(given.latin);
            }
            agent.username += QString::number(i);  // names repeat in large teams; usernames must not
        }
        agent.email = agent.username + QStringLiteral("@support.example.com");

        if (i == 1 || (i >= 3 && i % 8 == 3)) {
            agent.role = AgentRole::Lead;
        } else if (i == 2) {
            agent.role = AgentRole::Admin;
        }
        agent.presence = i <= 1 ? Presence::Online : static_cast<Presence>(rng.weighted(std::array{45, 15, 15, 25}));

        std::vector<int> &queues = membership[static_cast<std::size_t>(i)];
        if (i == 0) {
            queues = {kindIndex(QueueKind::General), kindIndex(QueueKind::Technical), kindIndex(QueueKind::Returns),
                      kindIndex(QueueKind::ChinaRegion)};
        } else if (i == 1) {
            for (int q = 0; q < queueCount; ++q) {
                queues.push_back(q);
            }
        } else if (i == 2) {
            queues = {kindIndex(QueueKind::General), kindIndex(QueueKind::Vip)};
        } else {
            // Leads look after the VIP queue, Chinese-speaking agents have a home queue; everyone works one or two
            // more, leads three in all.
            if (agent.role == AgentRole::Lead) {
                queues.push_back(kindIndex(QueueKind::Vip));
            } else if (lang == Lang::ZhCN) {
                queues.push_back(kindIndex(QueueKind::ChinaRegion));
            } else if (lang == Lang::ZhTW) {
                queues.push_back(kindIndex(QueueKind::General));
            }
            const int more = agent.role == AgentRole::Lead ? std::max(0, 3 - static_cast<int>(queues.size()))
                             : queues.empty()              ? rng.between(1, 2)
                                                           : rng.between(0, 1);
            const std::size_t wanted = queues.size() + static_cast<std::size_t>(more);
            while (queues.size() < wanted) {
                const int q = rng.below(static_cast<std::size_t>(queueCount));
                const bool readsChinese = lang != Lang::En;
                if ((readsChinese || q != kindIndex(QueueKind::ChinaRegion)) &&
                    std::find(queues.begin(), queues.end(), q) == queues.end()) {
                    queues.push_back(q);
                }
            }
        }
        m_agentInfo.push_back({lang});
        m_data.agents.append(std::move(agent));
    }

    // Every queue gets at least two people who work its tickets (the administrator does not): short-handed
    // queues borrow the least busy agents.
    const auto works = [&](int agent, int queue) {
        const std::vector<int> &queues = membership[static_cast<std::size_t>(agent)];
        return std::find(queues.begin(), queues.end(), queue) != queues.end();
    };
    for (int q = 0; q < queueCount; ++q) {
        int workers = 0;
        for (int i = 0; i < count; ++i) {
            workers += works(i, q) && m_data.agents.at(i).role != AgentRole::Admin ? 1 : 0;
        }
        while (workers < 2) {
            int best = -1;
            for (int i = 3; i < count; ++i) {
                if (!works(i, q) && (best < 0 || membership[static_cast<std::size_t>(i)].size() <
                                                     membership[static_cast<std::size_t>(best)].size())) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            membership[static_cast<std::size_t>(best)].push_back(q);
            ++workers;
        }
    }

    m_assignable.assign(static_cast<std::size_t>(queueCount), {});
    for (int i = 0; i < count; ++i) {
        std::vector<int> &queues = membership[static_cast<std::size_t>(i)];
        std::sort(queues.begin(), queues.end());
        Agent &agent = m_data.agents[i];
        for (const int q : queues) {
            agent.queueIds.append(m_data.queues.at(q).id);
            m_data.queues[q].memberIds.append(agent.id);
            if (agent.role != AgentRole::Admin) {
                m_assignable[static_cast<std::size_t>(q)].push_back(i);
            }
        }
    }
}

void Builder::makeCustomers()
{
    Rng rng(m_options.seed, CustomerStream);
    const int count = m_options.customers > 0 ? m_options.customers : std::max(40, m_options.tickets / 3);
    static constexpr std::array<std::u16string_view, 19> mainlandPrefixes = {
        u"130", u"131", u"135", u"136", u"137", u"138", u"139", u"150", u"152", u"158",
        u"159", u"166", u"177", u"185", u"186", u"187", u"188", u"189", u"199"};
    static constexpr std::array<std::u16string_view, 10> usAreaCodes = {u"212", u"415", u"206", u"312", u"617",
                                                                        u"646", u"213", u"408", u"718", u"917"};

    m_data.customers.reserve(count);
    m_customerInfo.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Customer customer;
        customer.id = rng.uuid();
        // The first three cover every language, so even a tiny dataset is multilingual.
        const Lang lang = i < 3 ? static_cast<Lang>(i) : static_cast<Lang>(rng.weighted(std::array{40, 25, 35}));
        customer.language = DemoTexts::languageCode(lang);

        QString greetingName;
        QString latinGiven;
        QString latinFamily;
        if (lang == Lang::En) {
            const DemoTexts::GivenName &first = rng.pick(DemoTexts::givenNames(Lang::En));
            const DemoTexts::GivenName &last = rng.pick(DemoTexts::englishSurnames());
            greetingName = DemoTexts::toQString(first.text);
            customer.name = greetingName + u' ' + DemoTexts::toQString(last.text);
            latinGiven = DemoTexts::toQString(first.latin);
            latinFamily = DemoTexts::toQString(last.latin);
        } else {
            const bool mainland = lang == Lang::ZhCN;
            const DemoTexts::ChineseSurname &surname = rng.pick(DemoTexts::chineseSurnames());
            const DemoTexts::GivenName &given = rng.pick(DemoTexts::givenNames(lang));
            customer.name = DemoTexts::toQString(mainland ? surname.simplified : surname.traditional) +
                            DemoTexts::toQString(given.text);
            greetingName = customer.name;  // Chinese service writing addresses people by their full name
            latinGiven = DemoTexts::toQString(given.latin);
            latinFamily = DemoTexts::toQString(mainland ? surname.pinyin : surname.taiwanese);
        }

        // Every local part ends in the customer's own number, so addresses are unique however names repeat.
        const bool hasEmail = rng.chance(0.95);
        const bool hasPhone = !hasEmail || rng.chance(0.8);
        if (hasEmail) {
            QString email;
            email.reserve(48);
            switch (rng.below(4)) {
            case 0:
                email = latinGiven + u'.' + latinFamily;
                break;
            case 1:
                email = latinFamily + latinGiven;
                break;
            case 2:
                email = latinFamily + u'.' + latinGiven + u'.';
                break;
            default:
                email = latinGiven.left(1) + latinFamily + u'_';
                break;
            }
            appendNumber(email, static_cast<quint64>(i) + 1);
            email.append(u'@');
            appendLatin1(email, rng.pick(DemoTexts::languageTexts(lang).emailDomains));
            customer.email = email;
        }
        if (hasPhone) {
            QString phone;
            phone.reserve(20);
            switch (lang) {
            case Lang::ZhCN:
                phone.append(u"+86 ");
                appendText(phone, rng.pick(mainlandPrefixes));
                phone.append(u' ');
                appendNumber(phone, static_cast<quint64>(rng.below(10000)), 4);
                phone.append(u' ');
                appendNumber(phone, static_cast<quint64>(rng.below(10000)), 4);
                break;
            case Lang::ZhTW:
                phone.append(u"+886 9");
                appendNumber(phone, static_cast<quint64>(rng.below(100)), 2);
                phone.append(u' ');
                appendNumber(phone, static_cast<quint64>(rng.below(1000)), 3);
                phone.append(u' ');
                appendNumber(phone, static_cast<quint64>(rng.below(1000)), 3);
                break;
            case Lang::En:  // 555-0100 to 555-0199 are reserved for fiction
                phone.append(u"+1 ");
                appendText(phone, rng.pick(usAreaCodes));
                phone.append(u"-555-01");
                appendNumber(phone, static_cast<quint64>(rng.below(100)), 2);
                break;
            }
            customer.phone = phone;
        }

        customer.tier = static_cast<CustomerTier>(rng.weighted(std::array{60, 22, 12, 6}));
        switch (customer.tier) {
        case CustomerTier::Standard:
            customer.vip = rng.chance(0.01);
            customer.lifetimeValueCents = rng.between(1000, 80000);
            break;
        case CustomerTier::Silver:
            customer.vip = rng.chance(0.03);
            customer.lifetimeValueCents = rng.between(50000, 300000);
            break;
        case CustomerTier::Gold:
            customer.vip = rng.chance(0.3);
            customer.lifetimeValueCents = rng.between(200000, 1500000);
            break;
        case CustomerTier::Platinum:
            customer.vip = true;
            customer.lifetimeValueCents = rng.between(1000000, 12000000);
            break;
        }
        if (customer.vip) {
            customer.tags.append(QStringLiteral("vip"));
        }
        const int tagCount = rng.weighted(std::array{45, 35, 20});
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = DemoTexts::toQString(rng.pick(DemoTexts::customerTags()));
            if (!customer.tags.contains(tag)) {
                customer.tags.append(tag);
            }
        }
        if (rng.chance(0.2)) {
            customer.notes = DemoTexts::toQString(rng.pick(DemoTexts::languageTexts(lang).customerNotes));
        }
        customer.updatedAt = utcTime(m_now - static_cast<qint64>(rng.range(1.0 * Hour, 180.0 * Day)));

        m_customerInfo.push_back({lang, std::move(greetingName)});
        m_data.customers.append(std::move(customer));
    }
}

int Builder::pickMember(Rng &rng, int queue) const
{
    const std::vector<int> &members = m_assignable[static_cast<std::size_t>(queue)];
    // The demo agent gets a visible share of the work in their queues.
    if (members.front() == 0 && rng.chance(0.15)) {
        return 0;
    }
    return rng.pick(members);
}

int Builder::messageCountFor(Rng &rng, TicketStatus status, Channel channel) const
{
    if (m_options.messagesPerTicket > 0) {
        return m_options.messagesPerTicket;
    }
    int count = 1;
    switch (status) {
    case TicketStatus::New:
        count = 1 + rng.weighted(std::array{50, 35, 15});
        break;
    case TicketStatus::Open:
        count = rng.between(2, 5);
        break;
    case TicketStatus::Pending:
        count = rng.between(3, 5);
        break;
    case TicketStatus::OnHold:
    case TicketStatus::Solved:
        count = rng.between(3, 6);
        break;
    case TicketStatus::Closed:
        count = rng.between(4, 6);
        break;
    }
    return channel == Channel::Bot ? count + 1 : count;  // the bot transcript comes on top
}

TicketPlan Builder::planTicket(Rng &rng, int index) const
{
    TicketPlan plan;
    const int customerCount = static_cast<int>(m_data.customers.size());
    // Some customers write often, most rarely; the first tickets use the first customers, one per language.
    if (index < std::min(3, customerCount)) {
        plan.customer = index;
    } else {
        plan.customer = std::min(customerCount - 1, static_cast<int>(customerCount * std::pow(rng.unit(), 1.4)));
    }
    const CustomerInfo &info = m_customerInfo[static_cast<std::size_t>(plan.customer)];
    const Customer &customer = m_data.customers.at(plan.customer);

    const auto topics = DemoTexts::topics();
    int totalFrequency = 0;
    for (const DemoTexts::Topic &topic : topics) {
        totalFrequency += topic.frequency;
    }
    int roll = rng.below(static_cast<std::size_t>(totalFrequency));
    for (std::size_t t = 0; t < topics.size(); ++t) {
        if (roll < topics[t].frequency) {
            plan.topic = static_cast<int>(t);
            break;
        }
        roll -= topics[t].frequency;
    }
    const DemoTexts::Topic &topic = topics[static_cast<std::size_t>(plan.topic)];

    plan.queue = static_cast<int>(topic.queue);
    if (customer.vip && rng.chance(0.75)) {
        plan.queue = static_cast<int>(QueueKind::Vip);
    } else if (info.lang == Lang::ZhCN && rng.chance(0.5)) {
        plan.queue = static_cast<int>(QueueKind::ChinaRegion);
    }

    // The first six tickets cover every channel.
    plan.channel =
        index < 6 ? static_cast<Channel>(index) : static_cast<Channel>(rng.weighted(std::array{34, 20, 10, 8, 16, 12}));
    int priority = rng.weighted(topic.priorityWeights);
    if (customer.vip && priority < 3 && rng.chance(0.5)) {
        ++priority;
    }
    plan.priority = static_cast<Priority>(priority);
    plan.status = static_cast<TicketStatus>(rng.weighted(std::array{16, 28, 16, 7, 15, 18}));
    plan.messageCount = messageCountFor(rng, plan.status, plan.channel);

    // Open work is young (mostly within its SLA, some already breached); finished work spreads over the month.
    const SlaTarget &target = m_data.queues.at(plan.queue).sla.target(plan.priority);
    const double firstResponse = std::max(15, target.firstResponseMinutes) * double(Minute);
    const double resolution = std::max(60, target.resolutionMinutes) * double(Minute);
    double age = 0;
    switch (plan.status) {
    case TicketStatus::New:
        age = firstResponse * rng.range(0.02, 1.25);
        break;
    case TicketStatus::Open:
        age = resolution * rng.range(0.05, 1.2);
        break;
    case TicketStatus::Pending:
        age = resolution * rng.range(0.05, 1.3);
        break;
    case TicketStatus::OnHold:
        age = resolution * rng.range(0.1, 1.6);
        break;
    case TicketStatus::Solved:
        age = resolution * rng.range(0.3, 1.0) + rng.range(0, 4.0 * Day);
        break;
    case TicketStatus::Closed:
        age = double(AutoCloseDelay) + resolution * rng.range(0.2, 1.0) + (26.0 * Day) * std::pow(rng.unit(), 1.5);
        break;
    }
    if (age > double(HistorySeconds)) {
        age = double(HistorySeconds) * rng.range(0.5, 1.0);  // spread the overflow instead of piling it on day 30
    }
    const qint64 minimumAge = qint64(plan.messageCount) * 90 + 60;  // room for a strictly ascending thread
    plan.ageSeconds = std::max(static_cast<qint64>(age), minimumAge);
    plan.createdAt = m_now - plan.ageSeconds;

    double assignedShare = 1.0;
    if (plan.status == TicketStatus::New) {
        assignedShare = 0.15;
    } else if (plan.status == TicketStatus::Open) {
        assignedShare = 0.75;
    }
    if (rng.chance(assignedShare)) {
        plan.assignee = pickMember(rng, plan.queue);
    }
    return plan;
}

/*
    Decides the kinds of the ticket's messages: an opening (bot transcript and/or customer message), the
    exchange that explains the status (ending in the agent's question for pending, the solution for solved…),
    and filler in between when more messages are wanted. With exactly n messages requested, there are n.
*/
void Builder::composeThread(Rng &rng, const TicketPlan &plan, bool responded)
{
    const std::size_t n = static_cast<std::size_t>(plan.messageCount);
    m_kinds.clear();
    std::vector<Kind> &kinds = m_kinds;
    if (plan.channel == Channel::Bot) {
        kinds.push_back(Kind::Bot);
    }
    if (kinds.size() < n) {
        kinds.push_back(Kind::CustomerFirst);
    }
    if (kinds.size() >= n) {
        kinds.resize(n);
        return;
    }

    std::array<Kind, 4> full{};
    std::size_t fullSize = 0;
    Kind minimal = Kind::AgentReply;
    bool hasMinimal = true;
    const auto setFull = [&](std::initializer_list<Kind> list) {
        fullSize = 0;
        for (const Kind kind : list) {
            full[fullSize++] = kind;
        }
    };
    switch (plan.status) {
    case TicketStatus::New:
        hasMinimal = false;
        break;
    case TicketStatus::Open:
        if (responded) {
            setFull({Kind::AgentReply, Kind::CustomerFollowUp});
        } else {
            hasMinimal = false;
        }
        break;
    case TicketStatus::Pending:
        setFull({Kind::AgentReply, Kind::CustomerChase, Kind::AgentAsk});
        minimal = Kind::AgentAsk;
        break;
    case TicketStatus::OnHold:
        setFull({Kind::AgentReply, Kind::Note});
        break;
    case TicketStatus::Solved:
        setFull({Kind::AgentReply, Kind::CustomerFollowUp, Kind::AgentResolution});
        minimal = Kind::AgentResolution;
        break;
    case TicketStatus::Closed:
        setFull({Kind::AgentReply, Kind::AgentResolution, Kind::CustomerThanks});
        minimal = Kind::AgentResolution;
        break;
    }

    const std::size_t room = n - kinds.size();
    std::array<Kind, 4> tail{};
    std::size_t tailSize = 0;
    if (room >= fullSize) {
        tail = full;
        tailSize = fullSize;
    } else if (hasMinimal) {
        tail[0] = minimal;
        tailSize = 1;
    }
    std::size_t fillers = room - tailSize;
    bool autoClose = false;
    if (plan.status == TicketStatus::Closed && fillers > 0 && rng.chance(0.5)) {
        autoClose = true;
        --fillers;
    }

    // Filler goes after the agent's first answer when there is one, otherwise before the closing message.
    const std::size_t fillerPosition = tailSize >= 2 ? 1 : 0;
    for (std::size_t i = 0; i < tailSize + 1; ++i) {
        if (i == fillerPosition) {
            for (std::size_t f = 0; f < fillers; ++f) {
                const bool answered = std::any_of(kinds.begin(), kinds.end(), isAgentPublic);
                if (plan.status == TicketStatus::New || (plan.status == TicketStatus::Open && !responded)) {
                    static constexpr std::array<Kind, 3> newFiller = {Kind::CustomerFollowUp, Kind::Note, Kind::System};
                    kinds.push_back(newFiller[static_cast<std::size_t>(rng.weighted(std::array{45, 35, 20}))]);
                } else if (!answered) {
                    kinds.push_back(Kind::AgentReply);  // the first answer comes before updates and notes
                } else {
                    static constexpr std::array<Kind, 4> filler = {Kind::Note, Kind::AgentUpdate,
                                                                   Kind::CustomerFollowUp, Kind::System};
                    kinds.push_back(filler[static_cast<std::size_t>(rng.weighted(std::array{30, 25, 30, 15}))]);
                }
            }
        }
        if (i < tailSize) {
            kinds.push_back(tail[i]);
        }
    }
    if (autoClose) {
        kinds.push_back(Kind::AutoClose);
    }
}

void Builder::writeTicket(Rng &rng, const TicketPlan &plan, qint64 number)
{
    const Customer &customer = m_data.customers.at(plan.customer);
    const CustomerInfo &info = m_customerInfo[static_cast<std::size_t>(plan.customer)];
    const Lang lang = info.lang;
    const DemoTexts::Topic &topic = DemoTexts::topics()[static_cast<std::size_t>(plan.topic)];
    const DemoTexts::TopicTexts &texts = topic.texts[DemoTexts::index(lang)];
    const DemoTexts::LanguageTexts &language = DemoTexts::languageTexts(lang);
    const Queue &queue = m_data.queues.at(plan.queue);
    const SlaTarget &target = queue.sla.target(plan.priority);

    TicketVars vars;
    vars.lang = lang;
    vars.name = info.greetingName;
    vars.year = m_year;
    vars.orderSuffix = rng.below(100000);
    vars.product = rng.below(language.products.size());
    vars.quantity = rng.chance(0.85) ? 1 : 2;
    vars.carrier = rng.below(language.carriers.size());
    vars.device = rng.below(DemoTexts::devices().size());
    vars.coupon = rng.below(DemoTexts::coupons().size());
    vars.last4 = rng.below(10000);
    vars.appMinor = rng.between(8, 14);
    vars.appPatch = rng.between(0, 5);
    vars.trackingSeed = rng.next();
    vars.invoiceSeed = rng.next();

    Ticket ticket;
    ticket.id = rng.uuid();
    ticket.number = number;
    // The subject picks the variant of the problem; the thread's customer and agent texts follow it.
    const std::size_t subjectIndex = static_cast<std::size_t>(rng.below(texts.subjects.size()));
    const std::size_t variant = subjectIndex % texts.firstMessages.size();
    const auto ofVariant = [variant](const std::vector<Text> &items) {
        return items[variant % items.size()];
    };
    ticket.subject = filled(texts.subjects[subjectIndex], vars);
    ticket.customerId = customer.id;
    ticket.queueId = queue.id;
    ticket.channel = plan.channel;
    ticket.status = plan.status;
    ticket.priority = plan.priority;
    if (plan.assignee >= 0) {
        ticket.assigneeId = m_data.agents.at(plan.assignee).id;
    }
    ticket.tags.append(DemoTexts::toQString(topic.tag));
    if (customer.vip) {
        ticket.tags.append(QStringLiteral("vip"));
    }
    if (plan.channel == Channel::Social) {
        ticket.tags.append(DemoTexts::toQString(rng.pick(DemoTexts::socialTags(lang))));
    }
    if (rng.chance(0.12)) {
        ticket.tags.append(DemoTexts::toQString(rng.pick(DemoTexts::ticketTags())));
    }
    ticket.createdAt = utcTime(plan.createdAt);
    if (target.firstResponseMinutes > 0) {
        ticket.firstResponseDue = utcTime(plan.createdAt + target.firstResponseMinutes * Minute);
    }
    if (target.resolutionMinutes > 0) {
        ticket.resolutionDue = utcTime(plan.createdAt + target.resolutionMinutes * Minute);
    }
    vars.subject = ticket.subject;
    vars.to = queue.name;

    // Who writes for the service: the assignee, or for unassigned tickets whoever answered before.
    const int responder = plan.assignee >= 0 ? plan.assignee : pickMember(rng, plan.queue);
    const bool responded = plan.assignee >= 0 ? rng.chance(0.85) : rng.chance(0.4);
    composeThread(rng, plan, responded);
    const std::size_t count = m_kinds.size();

    // Message times: the first at creation, the rest spread over the ticket's working span, front-loaded;
    // the agent's first public answer usually lands within the first-response target.
    qint64 span = 0;
    const double resolution = std::max(60, target.resolutionMinutes) * double(Minute);
    switch (plan.status) {
    case TicketStatus::New:
        span = static_cast<qint64>(double(plan.ageSeconds) * rng.range(0.2, 1.0));
        break;
    case TicketStatus::Open:
    case TicketStatus::Pending:
    case TicketStatus::OnHold:
        span = static_cast<qint64>(double(plan.ageSeconds) * rng.range(0.4, 1.0));
        break;
    case TicketStatus::Solved:
        span = static_cast<qint64>(resolution * rng.range(0.2, 1.0));
        break;
    case TicketStatus::Closed:
        span = static_cast<qint64>(resolution * rng.range(0.2, 1.0));
        span = std::min(span, plan.ageSeconds - AutoCloseDelay);
        break;
    }
    span = std::clamp(span, qint64(count), plan.ageSeconds - qint64(count) - 1);

    m_times.assign(count, plan.createdAt);
    for (std::size_t i = 1; i < count; ++i) {
        m_times[i] = static_cast<qint64>(double(span) * std::pow(rng.unit(), 1.5));
    }
    std::sort(m_times.begin() + 1, m_times.end());
    m_times[0] = 0;
    const auto firstAnswer = std::find_if(m_kinds.begin(), m_kinds.end(), isAgentPublic);
    if (firstAnswer != m_kinds.end() && target.firstResponseMinutes > 0) {
        const auto at = static_cast<std::size_t>(firstAnswer - m_kinds.begin());
        const qint64 wanted = static_cast<qint64>(target.firstResponseMinutes * double(Minute) * rng.range(0.1, 1.15));
        if (wanted < m_times[at] && m_times[at] > 0) {
            const double scale = double(wanted) / double(m_times[at]);
            for (std::size_t i = 1; i <= at; ++i) {
                m_times[i] = static_cast<qint64>(double(m_times[i]) * scale);
            }
        }
    }
    if (m_kinds[0] == Kind::Bot && count > 1) {
        m_times[1] = rng.between(20, 120);  // the hand-off: the customer writes right after the bot
    }
    for (std::size_t i = 0; i < count; ++i) {
        m_times[i] += plan.createdAt;
        if (i > 0) {
            m_times[i] = std::max(m_times[i], m_times[i - 1] + 1);
        }
        if (m_kinds[i] == Kind::AutoClose) {
            m_times[i] = std::max(m_times[i - 1] + 1, std::min(m_now, m_times[i - 1] + AutoCloseDelay));
        }
    }

    const bool formal = plan.channel == Channel::Email || plan.channel == Channel::WebForm;
    Text lastCustomerText;
    std::vector<Text> &usedNotes = m_usedNotes;  // internal notes and system events so far, to avoid repeats
    usedNotes.clear();
    bool transferred = false;
    const DemoTexts::SystemTexts &system = DemoTexts::systemTexts();
    const Agent &responderAgent = m_data.agents.at(responder);
    for (std::size_t i = 0; i < count; ++i) {
        const Kind kind = m_kinds[i];
        Message message;
        message.id = rng.uuid();
        message.ticketId = ticket.id;
        message.createdAt = utcTime(m_times[i]);
        switch (kind) {
        case Kind::Bot:
            message.authorKind = AuthorKind::Bot;
            message.authorName = DemoTexts::toQString(language.botName);
            message.body = filled(rng.pick(language.botTranscripts), vars);
            break;
        case Kind::CustomerFirst:
        case Kind::CustomerFollowUp:
        case Kind::CustomerChase:
        case Kind::CustomerThanks: {
            message.authorKind = AuthorKind::Customer;
            message.authorId = customer.id;
            message.authorName = customer.name;
            Text text;
            if (kind == Kind::CustomerFirst) {
                text = texts.firstMessages[variant];
            } else if (kind == Kind::CustomerThanks) {
                text = rng.pick(language.thanks);
            } else {
                text = kind == Kind::CustomerFollowUp && rng.chance(0.5) ? ofVariant(texts.followUps)
                                                                         : rng.pick(language.followUps);
                if (text == lastCustomerText) {  // nobody sends the same line twice in a row
                    const auto &chasers = language.followUps;
                    const auto at = std::find(chasers.begin(), chasers.end(), text);
                    text = at == chasers.end() ? chasers.front()
                                               : chasers[std::size_t(at - chasers.begin() + 1) % chasers.size()];
                }
            }
            lastCustomerText = text;
            message.body = filled(text, vars);
            break;
        }
        case Kind::AgentReply:
        case Kind::AgentAsk:
        case Kind::AgentUpdate:
        case Kind::AgentResolution: {
            message.authorKind = AuthorKind::Agent;
            message.authorId = responderAgent.id;
            message.authorName = responderAgent.name;
            vars.agent = responderAgent.name;
            Text text;
            if (kind == Kind::AgentReply) {
                text = ofVariant(texts.replies);
            } else if (kind == Kind::AgentAsk) {
                text = rng.pick(texts.askInfo);
            } else if (kind == Kind::AgentUpdate) {
                text = rng.pick(language.agentUpdates);
            } else {
                text = ofVariant(texts.resolutions);
            }
            QString body;
            body.reserve(static_cast<qsizetype>(text.size()) + 96);
            appendFilled(body, rng.pick(formal ? language.formalGreetings : language.casualGreetings), vars);
            appendFilled(body, text, vars);
            appendFilled(body, rng.pick(formal ? language.formalClosings : language.casualClosings), vars);
            if (plan.channel == Channel::Email) {
                message.richBody = toHtml(body);
            }
            message.body = std::move(body);
            if (!ticket.firstRespondedAt.isValid()) {
                ticket.firstRespondedAt = message.createdAt;
            }
            break;
        }
        case Kind::Note: {
            // Notes come from the ticket's agent, sometimes from a colleague, in the writer's own language.
            const int author = rng.chance(0.8) ? responder : pickMember(rng, plan.queue);
            const Agent &agent = m_data.agents.at(author);
            const Lang noteLang = m_agentInfo[static_cast<std::size_t>(author)].lang;
            message.authorKind = AuthorKind::Agent;
            message.authorId = agent.id;
            message.authorName = agent.name;
            message.visibility = MessageVisibility::Internal;
            // The topic's note for this variant first; later notes are general remarks, none written twice.
            const auto &generalNotes = DemoTexts::languageTexts(noteLang).notes;
            Text text = ofVariant(topic.texts[DemoTexts::index(noteLang)].notes);
            const auto used = [&](Text candidate) {
                return std::find(usedNotes.begin(), usedNotes.end(), candidate) != usedNotes.end();
            };
            if (used(text) || rng.chance(0.3)) {
                const std::size_t start = static_cast<std::size_t>(rng.below(generalNotes.size()));
                for (std::size_t k = 0; k < generalNotes.size(); ++k) {
                    text = generalNotes[(start + k) % generalNotes.size()];
                    if (!used(text)) {
                        break;
                    }
                }
            }
            usedNotes.push_back(text);
            message.body = filled(text, vars);  // products and carriers keep the customer's names
            break;
        }
        case Kind::System:
        case Kind::AutoClose: {
            message.authorKind = AuthorKind::System;
            message.authorName = DemoTexts::toQString(system.authorName);
            message.visibility = MessageVisibility::Internal;
            if (kind == Kind::AutoClose) {
                message.body = DemoTexts::toQString(system.autoClosed);
            } else if (!transferred && rng.chance(0.5)) {
                transferred = true;
                int from = rng.below(static_cast<std::size_t>(m_data.queues.size()) - 1);
                if (from >= plan.queue) {
                    ++from;
                }
                vars.from = m_data.queues.at(from).name;
                message.body = filled(system.transferred, vars);
            } else {
                // Each kind of event at most once per ticket.
                const std::size_t start = static_cast<std::size_t>(rng.below(system.events.size()));
                Text text = system.events[start];
                for (std::size_t k = 0; k < system.events.size(); ++k) {
                    text = system.events[(start + k) % system.events.size()];
                    if (std::find(usedNotes.begin(), usedNotes.end(), text) == usedNotes.end()) {
                        break;
                    }
                }
                usedNotes.push_back(text);
                message.body = filled(text, vars);
            }
            break;
        }
        }
        m_data.messages.append(std::move(message));
    }

    const qint64 last = m_times.back();
    ticket.updatedAt =
        utcTime(plan.status == TicketStatus::Closed ? std::max(last, std::min(m_now, last + AutoCloseDelay)) : last);

    // Some customers rate their solved tickets.
    if ((plan.status == TicketStatus::Solved || plan.status == TicketStatus::Closed) && rng.chance(0.3)) {
        Customer &rater = m_data.customers[plan.customer];
        if (rater.csat.size() < Customer::MaxRatings) {
            CsatRating rating;
            rating.ticketId = ticket.id;
            rating.score = 1 + rng.weighted(std::array{6, 6, 12, 26, 50});
            if (rng.chance(0.6)) {
                const auto &comments = rating.score >= 4   ? language.csatPositive
                                       : rating.score == 3 ? language.csatNeutral
                                                           : language.csatNegative;
                rating.comment = DemoTexts::toQString(rng.pick(comments));
            }
            const qint64 ratedAt = std::min(m_now, last + static_cast<qint64>(rng.range(10.0 * Minute, 36.0 * Hour)));
            rating.ratedAt = utcTime(ratedAt);
            if (!rater.updatedAt.isValid() || rater.updatedAt < rating.ratedAt) {
                rater.updatedAt = rating.ratedAt;
            }
            rater.csat.append(std::move(rating));
        }
    }

    m_data.tickets.append(std::move(ticket));
}

void Builder::makeTickets()
{
    Rng rng(m_options.seed, TicketStream);
    const int count = std::max(0, m_options.tickets);
    std::vector<TicketPlan> plans;
    plans.reserve(static_cast<std::size_t>(count));
    qint64 messageCount = 0;
    for (int i = 0; i < count; ++i) {
        plans.push_back(planTicket(rng, i));
        messageCount += plans.back().messageCount;
    }
    // Numbers follow creation time, as the server assigns them.
    std::stable_sort(plans.begin(), plans.end(),
                     [](const TicketPlan &a, const TicketPlan &b) { return a.createdAt < b.createdAt; });

    m_data.tickets.reserve(count);
    m_data.messages.reserve(static_cast<qsizetype>(messageCount));
    m_kinds.reserve(16);
    m_times.reserve(16);
    qint64 number = FirstTicketNumber;
    for (const TicketPlan &plan : plans) {
        writeTicket(rng, plan, number++);
    }
}

void Builder::makeArticles()
{
    Rng rng(m_options.seed, ArticleStream);
    for (const DemoTexts::ArticleText &text : DemoTexts::articles()) {
        Article article;
        article.id = rng.uuid();
        article.title = DemoTexts::toQString(text.title);
        article.body = DemoTexts::toQString(text.body);
        article.category = DemoTexts::toQString(text.category);
        article.language = DemoTexts::languageCode(text.lang);
        for (const std::string_view tag : text.tags) {
            article.tags.append(DemoTexts::toQString(tag));
        }
        article.published = true;
        article.updatedAt = utcTime(m_now - static_cast<qint64>(rng.range(2.0 * Day, 200.0 * Day)));
        m_data.articles.append(std::move(article));
    }
}

void Builder::makeCannedReplies()
{
    Rng rng(m_options.seed, CannedStream);
    using Sharing = DemoTexts::CannedReplyText::Sharing;
    for (const DemoTexts::CannedReplyText &text : DemoTexts::cannedReplies()) {
        CannedReply reply;
        reply.id = rng.uuid();
        reply.title = DemoTexts::toQString(text.title);
        reply.shortcut = DemoTexts::toQString(text.shortcut);
        reply.body = DemoTexts::toQString(text.body);
        reply.category = DemoTexts::toQString(text.category);
        reply.language = DemoTexts::languageCode(text.lang);
        switch (text.sharing) {
        case Sharing::Everyone:
            reply.usageCount = rng.between(50, 2000);
            break;
        case Sharing::Team:
            reply.teamQueueId = m_data.queues.at(static_cast<qsizetype>(text.team)).id;
            reply.usageCount = rng.between(20, 800);
            break;
        case Sharing::Personal:
            reply.ownerId = m_data.agents.constFirst().id;
            reply.usageCount = rng.between(5, 300);
            break;
        }
        reply.updatedAt = utcTime(m_now - static_cast<qint64>(rng.range(1.0 * Day, 300.0 * Day)));
        m_data.cannedReplies.append(std::move(reply));
    }
}

}  // namespace

DemoDataGenerator::DemoDataGenerator(DemoDataOptions options)
    : m_options(std::move(options))
{}

DemoDataset DemoDataGenerator::generate() const
{
    return Builder(m_options).build();
}

}  // namespace Frontline::Models
