// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "queue.h"

#include <QString>
#include <QStringView>

#include <array>
#include <span>
#include <string_view>
#include <vector>

// The text content of the demo data: names, queues, ticket and message templates, knowledge-base
// articles and canned replies, in Simplified Chinese, Traditional Chinese and English. Content only;
// DemoDataGenerator (demodata.cpp) decides what to pick and how to combine it.
//
// Ticket and message templates contain variables in single braces, filled per ticket by the generator:
//   {name}     the customer's name as used in a greeting (full name in Chinese, first name in English)
//   {agent}    the replying agent's name          {subject}  the ticket subject
//   {order} {amount} {product} {tracking} {carrier} {device} {invoice} {last4} {coupon} {appver}
//   {from} {to} queue names, in system messages
// Canned replies use the product's own {{double-brace}} placeholders and are stored verbatim.
namespace Frontline::Models::DemoTexts {

using Text = std::u16string_view;

inline QStringView view(Text text)
{
    return QStringView(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString toQString(Text text)
{
    return view(text).toString();
}

inline QString toQString(std::string_view latin1)
{
    return QString::fromLatin1(latin1.data(), static_cast<qsizetype>(latin1.size()));
}

/*! The three languages of the demo; the numeric values index PerLanguage arrays. */
enum class Lang
{
    ZhCN,
    ZhTW,
    En
};
inline constexpr std::size_t LanguageCount = 3;

template<typename T>
using PerLanguage = std::array<T, LanguageCount>;

inline constexpr std::size_t index(Lang lang)
{
    return static_cast<std::size_t>(lang);
}

/*! "zh_CN", "zh_TW" or "en". */
QString languageCode(Lang lang);

// --- People ---------------------------------------------------------------------------------------

struct ChineseSurname
{
    Text simplified;
    Text traditional;
    std::string_view pinyin;     // for mainland e-mail addresses
    std::string_view taiwanese;  // Wade-Giles as used on Taiwanese passports
};

struct GivenName
{
    Text text;
    std::string_view latin;  // lower-case romanization, for e-mail addresses and usernames
};

std::span<const ChineseSurname> chineseSurnames();
/*! Chinese given names in the script and naming style of \a lang, or English first names for Lang::En. */
std::span<const GivenName> givenNames(Lang lang);
std::span<const GivenName> englishSurnames();

/*! The fixed first members of staff. The first three are the demo agent, the lead and the admin. */
struct StaffMember
{
    Text name;
    std::string_view username;
    Lang workLanguage;  // the language the person writes internal notes in
};
std::span<const StaffMember> staff();

// --- Queues ---------------------------------------------------------------------------------------

enum class QueueKind
{
    General,
    Billing,
    Technical,
    Vip,
    Returns,
    ChinaRegion
};
inline constexpr std::size_t QueueKindCount = 6;

struct QueueDefinition
{
    Text name;
    Text description;
    SlaPolicy sla;
};
/*! Indexed by QueueKind. */
std::span<const QueueDefinition> queues();

// --- Tickets and messages -------------------------------------------------------------------------

/*!
    One kind of customer problem in one language. A topic has a few variants of the problem (say, "parcel
    late" and "delivered but not received"): firstMessages[v] opens variant v, subjects[k] belongs to variant
    k % firstMessages.size(), and replies, resolutions, followUps and notes hold variant v at v % size().
*/
struct TopicTexts
{
    std::vector<Text> subjects;
    std::vector<Text> firstMessages;  // the customer's opening message
    std::vector<Text> replies;        // the agent's first answer (greeting and closing added separately)
    std::vector<Text> askInfo;        // the agent asks the customer for something (ticket pending)
    std::vector<Text> resolutions;    // the agent's solving answer
    std::vector<Text> followUps;      // the customer chases or adds information
    std::vector<Text> notes;          // internal notes
};

struct Topic
{
    std::string_view tag;
    int frequency;  // relative share of tickets about this topic
    QueueKind queue;
    std::array<int, 4> priorityWeights;  // low, normal, high, urgent
    PerLanguage<TopicTexts> texts;
};
std::span<const Topic> topics();

/*! Texts of one language that do not depend on the topic. */
struct LanguageTexts
{
    Text botName;
    std::vector<Text> formalGreetings;  // e-mail and web form: end with a blank line
    std::vector<Text> casualGreetings;  // chat, phone, social: run into the body
    std::vector<Text> formalClosings;   // start with a blank line, signed {agent}
    std::vector<Text> casualClosings;
    std::vector<Text> followUps;
    std::vector<Text> thanks;
    std::vector<Text> agentUpdates;
    std::vector<Text> notes;
    std::vector<Text> botTranscripts;
    std::vector<Text> csatPositive;
    std::vector<Text> csatNeutral;
    std::vector<Text> csatNegative;
    std::vector<Text> customerNotes;
    std::vector<Text> products;  // the same products in the same order in every language
    std::vector<Text> carriers;
    std::vector<std::string_view> emailDomains;
};
const LanguageTexts &languageTexts(Lang lang);

/*! System messages are written by the server, in English. */
struct SystemTexts
{
    Text authorName;
    Text transferred;  // {from} {to}
    std::vector<Text> events;
    Text autoClosed;
};
const SystemTexts &systemTexts();

std::span<const Text> devices();
std::span<const Text> coupons();
std::span<const std::string_view> customerTags();
std::span<const std::string_view> ticketTags();
/*! Social network tags for social-channel tickets, per language. */
std::span<const std::string_view> socialTags(Lang lang);

// --- Knowledge base and canned replies ----------------------------------------------------------

struct ArticleText
{
    Lang lang;
    Text title;
    Text category;
    std::vector<std::string_view> tags;
    Text body;  // Markdown
};
std::span<const ArticleText> articles();

struct CannedReplyText
{
    enum class Sharing
    {
        Everyone,
        Team,
        Personal
    };

    Lang lang;
    Text title;
    std::string_view shortcut;
    Text category;
    Text body;
    Sharing sharing = Sharing::Everyone;
    QueueKind team = QueueKind::General;  // with Sharing::Team
};
std::span<const CannedReplyText> cannedReplies();

}  // namespace Frontline::Models::DemoTexts
