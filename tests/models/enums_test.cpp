// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/enums.h>

#include <QString>

#include <catch2/catch.hpp>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>

using namespace Frontline::Models;
using namespace Qt::StringLiterals;

namespace {

template<typename E>
using WireNames = std::initializer_list<std::pair<E, const char *>>;

// The table lists the values in declaration order, so it also proves that no value lacks a name.
template<typename E>
void checkWireNames(WireNames<E> names)
{
    std::size_t index = 0;
    for (const auto &[value, name] : names) {
        INFO("wire name \"" << name << '"');
        CHECK(static_cast<std::size_t>(value) == index++);
        CHECK(toString(value).toStdString() == name);
        const std::optional<E> parsed = enumFromString<E>(toString(value));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == value);
    }
}

bool anyEnumAccepts(QStringView name)
{
    return enumFromString<Channel>(name) || enumFromString<TicketStatus>(name) || enumFromString<Priority>(name) ||
           enumFromString<AuthorKind>(name) || enumFromString<MessageVisibility>(name) ||
           enumFromString<AgentRole>(name) || enumFromString<Presence>(name) || enumFromString<CustomerTier>(name);
}

}  // namespace

TEST_CASE("Every enum value is written as its exact wire name and read back", "[models][enums]")
{
    SECTION("channel")
    {
        checkWireNames<Channel>({{Channel::Email, "email"},
                                 {Channel::Chat, "chat"},
                                 {Channel::Phone, "phone"},
                                 {Channel::Social, "social"},
                                 {Channel::WebForm, "web_form"},
                                 {Channel::Bot, "bot"}});
    }
    SECTION("ticket status")
    {
        checkWireNames<TicketStatus>({{TicketStatus::New, "new"},
                                      {TicketStatus::Open, "open"},
                                      {TicketStatus::Pending, "pending"},
                                      {TicketStatus::OnHold, "on_hold"},
                                      {TicketStatus::Solved, "solved"},
                                      {TicketStatus::Closed, "closed"}});
    }
    SECTION("priority")
    {
        checkWireNames<Priority>({{Priority::Low, "low"},
                                  {Priority::Normal, "normal"},
                                  {Priority::High, "high"},
                                  {Priority::Urgent, "urgent"}});
    }
    SECTION("author kind")
    {
        checkWireNames<AuthorKind>({{AuthorKind::Customer, "customer"},
                                    {AuthorKind::Agent, "agent"},
                                    {AuthorKind::Bot, "bot"},
                                    {AuthorKind::System, "system"}});
    }
    SECTION("message visibility")
    {
        checkWireNames<MessageVisibility>(
            {{MessageVisibility::Public, "public"}, {MessageVisibility::Internal, "internal"}});
    }
    SECTION("agent role")
    {
        checkWireNames<AgentRole>(
            {{AgentRole::Agent, "agent"}, {AgentRole::Lead, "lead"}, {AgentRole::Admin, "admin"}});
    }
    SECTION("presence")
    {
        checkWireNames<Presence>({{Presence::Online, "online"},
                                  {Presence::Away, "away"},
                                  {Presence::Busy, "busy"},
                                  {Presence::Offline, "offline"}});
    }
    SECTION("customer tier")
    {
        checkWireNames<CustomerTier>({{CustomerTier::Standard, "standard"},
                                      {CustomerTier::Silver, "silver"},
                                      {CustomerTier::Gold, "gold"},
                                      {CustomerTier::Platinum, "platinum"}});
    }
}

TEST_CASE("Names that are not exact wire names are rejected by every enum", "[models][enums]")
{
    // Near misses matter most: display names, other casings, hyphens, padding, a Cyrillic "о", a trailing NUL.
    const QString name = GENERATE(
        values<QString>({u""_s,       u"unknown"_s, u"Email"_s,  u"EMAIL"_s, u"WebForm"_s, u"web-form"_s,  u"webform"_s,
                         u"OnHold"_s, u"on-hold"_s, u"onhold"_s, u" open"_s, u"open "_s,   u"\u043Epen"_s, u"open\0"_s,
                         u"medium"_s, u"private"_s, u"owner"_s,  u"dnd"_s,   u"diamond"_s, u"0"_s,         u"1"_s}));
    INFO("name \"" << name.toStdString() << "\" (" << name.size() << " characters)");
    CHECK_FALSE(anyEnumAccepts(name));
}

TEST_CASE("Only solved and closed tickets stop their SLA clocks", "[models][enums]")
{
    CHECK(isActive(TicketStatus::New));
    CHECK(isActive(TicketStatus::Open));
    CHECK(isActive(TicketStatus::Pending));
    CHECK(isActive(TicketStatus::OnHold));
    CHECK_FALSE(isActive(TicketStatus::Solved));
    CHECK_FALSE(isActive(TicketStatus::Closed));
}
