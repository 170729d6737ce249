// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enums.h"

#include "enumnames.h"

#include <array>
#include <utility>

namespace Frontline::Models {

namespace {

template<typename E, std::size_t N>
using NameTable = EnumNames<E, N>;

constexpr NameTable<Channel, 6> channelNames{{
    {Channel::Email, u"email"},
    {Channel::Chat, u"chat"},
    {Channel::Phone, u"phone"},
    {Channel::Social, u"social"},
    {Channel::WebForm, u"web_form"},
    {Channel::Bot, u"bot"},
}};

constexpr NameTable<TicketStatus, 6> statusNames{{
    {TicketStatus::New, u"new"},
    {TicketStatus::Open, u"open"},
    {TicketStatus::Pending, u"pending"},
    {TicketStatus::OnHold, u"on_hold"},
    {TicketStatus::Solved, u"solved"},
    {TicketStatus::Closed, u"closed"},
}};

constexpr NameTable<Priority, 4> priorityNames{{
    {Priority::Low, u"low"},
    {Priority::Normal, u"normal"},
    {Priority::High, u"high"},
    {Priority::Urgent, u"urgent"},
}};

constexpr NameTable<AuthorKind, 4> authorNames{{
    {AuthorKind::Customer, u"customer"},
    {AuthorKind::Agent, u"agent"},
    {AuthorKind::Bot, u"bot"},
    {AuthorKind::System, u"system"},
}};

constexpr NameTable<MessageVisibility, 2> visibilityNames{{
    {MessageVisibility::Public, u"public"},
    {MessageVisibility::Internal, u"internal"},
}};

constexpr NameTable<AgentRole, 3> roleNames{{
    {AgentRole::Agent, u"agent"},
    {AgentRole::Lead, u"lead"},
    {AgentRole::Admin, u"admin"},
}};

constexpr NameTable<Presence, 4> presenceNames{{
    {Presence::Online, u"online"},
    {Presence::Away, u"away"},
    {Presence::Busy, u"busy"},
    {Presence::Offline, u"offline"},
}};

constexpr NameTable<ContactPoint, 2> contactPointNames{{
    {ContactPoint::Email, u"email"},
    {ContactPoint::Phone, u"phone"},
}};

constexpr NameTable<CustomerTier, 4> tierNames{{
    {CustomerTier::Standard, u"standard"},
    {CustomerTier::Silver, u"silver"},
    {CustomerTier::Gold, u"gold"},
    {CustomerTier::Platinum, u"platinum"},
}};

}  // namespace

QString toString(Channel value)
{
    return nameOf(channelNames, value);
}
QString toString(TicketStatus value)
{
    return nameOf(statusNames, value);
}
QString toString(Priority value)
{
    return nameOf(priorityNames, value);
}
QString toString(AuthorKind value)
{
    return nameOf(authorNames, value);
}
QString toString(MessageVisibility value)
{
    return nameOf(visibilityNames, value);
}
QString toString(AgentRole value)
{
    return nameOf(roleNames, value);
}
QString toString(Presence value)
{
    return nameOf(presenceNames, value);
}
QString toString(CustomerTier value)
{
    return nameOf(tierNames, value);
}
QString toString(ContactPoint value)
{
    return nameOf(contactPointNames, value);
}

template<>
std::optional<Channel> enumFromString<Channel>(QStringView t)
{
    return valueOf(channelNames, t);
}
template<>
std::optional<TicketStatus> enumFromString<TicketStatus>(QStringView t)
{
    return valueOf(statusNames, t);
}
template<>
std::optional<Priority> enumFromString<Priority>(QStringView t)
{
    return valueOf(priorityNames, t);
}
template<>
std::optional<AuthorKind> enumFromString<AuthorKind>(QStringView t)
{
    return valueOf(authorNames, t);
}
template<>
std::optional<MessageVisibility> enumFromString<MessageVisibility>(QStringView t)
{
    return valueOf(visibilityNames, t);
}
template<>
std::optional<AgentRole> enumFromString<AgentRole>(QStringView t)
{
    return valueOf(roleNames, t);
}
template<>
std::optional<Presence> enumFromString<Presence>(QStringView t)
{
    return valueOf(presenceNames, t);
}
template<>
std::optional<CustomerTier> enumFromString<CustomerTier>(QStringView t)
{
    return valueOf(tierNames, t);
}
template<>
std::optional<ContactPoint> enumFromString<ContactPoint>(QStringView t)
{
    return valueOf(contactPointNames, t);
}

bool isActive(TicketStatus status)
{
    return status != TicketStatus::Solved && status != TicketStatus::Closed;
}

}  // namespace Frontline::Models
