// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Frontline::Models {

// The wire and storage names of every enum are the lower-case snake_case strings below; they are part of
// the protocol and the cache format, so never rename one. Display names live in the widgets layer.

enum class Channel
{
    Email,
    Chat,
    Phone,
    Social,
    WebForm,
    Bot
};
enum class TicketStatus
{
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed
};
enum class Priority
{
    Low,
    Normal,
    High,
    Urgent
};
enum class AuthorKind
{
    Customer,
    Agent,
    Bot,
    System
};
enum class MessageVisibility
{
    Public,
    Internal
};
enum class AgentRole
{
    Agent,
    Lead,
    Admin
};
enum class Presence
{
    Online,
    Away,
    Busy,
    Offline
};
enum class CustomerTier
{
    Standard,
    Silver,
    Gold,
    Platinum
};
/*! A customer's contact point, shown masked until an agent reveals it. */
enum class ContactPoint
{
    Email,
    Phone
};

QString toString(Channel value);
QString toString(TicketStatus value);
QString toString(Priority value);
QString toString(AuthorKind value);
QString toString(MessageVisibility value);
QString toString(AgentRole value);
QString toString(Presence value);
QString toString(CustomerTier value);
QString toString(ContactPoint value);

/*!
    Parses a wire/storage name. Returns nothing for an unknown name, so callers can report it.
    Usage: \c enumFromString<Priority>(u"high").
*/
template<typename E>
std::optional<E> enumFromString(QStringView text);

template<>
std::optional<Channel> enumFromString<Channel>(QStringView text);
template<>
std::optional<TicketStatus> enumFromString<TicketStatus>(QStringView text);
template<>
std::optional<Priority> enumFromString<Priority>(QStringView text);
template<>
std::optional<AuthorKind> enumFromString<AuthorKind>(QStringView text);
template<>
std::optional<MessageVisibility> enumFromString<MessageVisibility>(QStringView text);
template<>
std::optional<AgentRole> enumFromString<AgentRole>(QStringView text);
template<>
std::optional<Presence> enumFromString<Presence>(QStringView text);
template<>
std::optional<CustomerTier> enumFromString<CustomerTier>(QStringView text);
template<>
std::optional<ContactPoint> enumFromString<ContactPoint>(QStringView text);

/*! True for statuses in which the ticket still needs work (SLA clocks run). */
bool isActive(TicketStatus status);

}  // namespace Frontline::Models
