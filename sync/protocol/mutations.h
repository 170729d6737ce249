// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>
#include <models/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <optional>
#include <variant>

namespace Frontline::Protocol {

/*!
    \brief What a client asks the server to do: intents, not row writes.

    The wire names (toString()) are part of protocol v1: never rename one, only add.
    The order matches the alternatives of MutationPayload.
*/
enum class MutationKind
{
    ClaimTicket,          // "claim_ticket"
    TakeNext,             // "take_next"
    AssignTicket,         // "assign_ticket"
    SetStatus,            // "set_status"
    SetPriority,          // "set_priority"
    SetTags,              // "set_tags"
    TransferTicket,       // "transfer_ticket"
    AddReply,             // "add_reply"
    AddNote,              // "add_note"
    LogCall,              // "log_call"
    CreateTicket,         // "create_ticket"
    UpdateCustomerNotes,  // "update_customer_notes"
    SetPresence,          // "set_presence"
    RecordCsat,           // "record_csat"
    RevealContact,        // "reveal_contact"
};

/*! Whether a logged phone call came in from the customer or went out to them. */
enum class CallDirection
{
    In,   // "in"
    Out,  // "out"
};

/*!
    \brief Why the server rejected a mutation, as sent in a rejected ack's "reason".

    Unlike the other enums this set is open: a newer server may add reasons, and a client must still
    take the rejection (roll back and rebase) rather than refuse the ack, so an unknown reason parses
    as Unknown. The wire names are part of protocol v1: never rename one, only add.
*/
enum class RejectReason
{
    AlreadyAssigned,  // "already_assigned": claim or take lost the race; the ack's current row names the assignee
    NotFound,         // "not_found": the ticket, customer or queue does not exist (or is not visible)
    Forbidden,        // "forbidden": the agent may not do this (another queue's ticket, lead-only action, or
                      // what the server's policy forbids, such as a lead changing another agent's presence)
    Conflict,         // "conflict": a field changed since the mutation's base revision and cannot be merged
    Invalid,          // "invalid": well-formed but not allowed in the current state (e.g. closed ticket)
    NothingWaiting,   // "nothing_waiting": take_next found no unassigned ticket in the agent's queues
    Unknown,          // "unknown": a reason this build does not know
};

QString toString(MutationKind kind);
QString toString(CallDirection direction);
QString toString(RejectReason reason);
/*! Parses a reason; a well-formed name this build does not know gives RejectReason::Unknown. */
RejectReason rejectReasonFromString(QStringView name);

/*! Limits of the mutation payloads that are not the domain types' own limits. */
struct MutationLimits final
{
    static constexpr qsizetype MaxTransferReasonLength = 1000;
    static constexpr qsizetype MaxCallSummaryLength = 10000;
    static constexpr qint64 MaxCallDurationSeconds = 24 * 60 * 60;
    static constexpr qsizetype MaxCsatCommentLength = 2000;
    static constexpr qsizetype MaxTakeNextQueues = 500;
};

// Each payload struct: the fields of one mutation kind, toJson() for the wire and fromJson() that
// validates every field through Models::JsonReader. \a entity names the object in error fields
// ("payload.ticketId"); Mutate passes "mutate.payload".

/*! Take an unassigned ticket (first come on the server). */
struct ClaimTicket final
{
    static constexpr MutationKind Kind = MutationKind::ClaimTicket;
    QUuid ticketId;

    QJsonObject toJson() const;
    static Models::Result<ClaimTicket> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const ClaimTicket &) const = default;
};

/*! Let the server pick the most urgent unassigned ticket of the agent's queues (or of these queues). */
struct TakeNext final
{
    static constexpr MutationKind Kind = MutationKind::TakeNext;
    QList<QUuid> queueIds;  // empty: all the agent's queues

    QJsonObject toJson() const;
    static Models::Result<TakeNext> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const TakeNext &) const = default;
};

/*! Assign or reassign a ticket to an agent (leads). */
struct AssignTicket final
{
    static constexpr MutationKind Kind = MutationKind::AssignTicket;
    QUuid ticketId;
    QUuid assigneeId;

    QJsonObject toJson() const;
    static Models::Result<AssignTicket> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const AssignTicket &) const = default;
};

struct SetStatus final
{
    static constexpr MutationKind Kind = MutationKind::SetStatus;
    QUuid ticketId;
    Models::TicketStatus status = Models::TicketStatus::Open;

    QJsonObject toJson() const;
    static Models::Result<SetStatus> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const SetStatus &) const = default;
};

struct SetPriority final
{
    static constexpr MutationKind Kind = MutationKind::SetPriority;
    QUuid ticketId;
    Models::Priority priority = Models::Priority::Normal;

    QJsonObject toJson() const;
    static Models::Result<SetPriority> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const SetPriority &) const = default;
};

/*! Replaces the ticket's tags (Ticket::MaxTags, each 1..Ticket::MaxTagLength characters). */
struct SetTags final
{
    static constexpr MutationKind Kind = MutationKind::SetTags;
    QUuid ticketId;
    QStringList tags;

    QJsonObject toJson() const;
    static Models::Result<SetTags> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const SetTags &) const = default;
};

/*! Moves a ticket to another team's queue; it becomes unassigned there. */
struct TransferTicket final
{
    static constexpr MutationKind Kind = MutationKind::TransferTicket;
    QUuid ticketId;
    QUuid queueId;
    QString reason;  // optional, at most MutationLimits::MaxTransferReasonLength

    QJsonObject toJson() const;
    static Models::Result<TransferTicket> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const TransferTicket &) const = default;
};

/*! A public reply to the customer. The message id is made by the client, so the reply shows at once. */
struct AddReply final
{
    static constexpr MutationKind Kind = MutationKind::AddReply;
    QUuid ticketId;
    QUuid messageId;
    QString body;      // 1..Message::MaxBodyLength characters, not only blanks
    QString richBody;  // optional

    QJsonObject toJson() const;
    static Models::Result<AddReply> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const AddReply &) const = default;
};

/*! An internal note, visible to agents only. Same fields as AddReply. */
struct AddNote final
{
    static constexpr MutationKind Kind = MutationKind::AddNote;
    QUuid ticketId;
    QUuid messageId;
    QString body;
    QString richBody;

    QJsonObject toJson() const;
    static Models::Result<AddNote> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const AddNote &) const = default;
};

/*! A phone call with the customer, kept in the ticket's thread as a message. */
struct LogCall final
{
    static constexpr MutationKind Kind = MutationKind::LogCall;
    QUuid ticketId;
    QUuid messageId;
    CallDirection direction = CallDirection::In;
    qint64 durationSeconds = 0;  // 0..MutationLimits::MaxCallDurationSeconds
    QString summary;             // optional, at most MutationLimits::MaxCallSummaryLength

    /*! The thread message the call becomes ("Incoming call, 4:05" and the summary), the same on both sides. */
    QString messageBody() const;
    QJsonObject toJson() const;
    static Models::Result<LogCall> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const LogCall &) const = default;
};

/*! A new ticket with its first message; both ids are made by the client. The server assigns the number. */
struct CreateTicket final
{
    static constexpr MutationKind Kind = MutationKind::CreateTicket;
    QUuid ticketId;
    QUuid customerId;
    QUuid queueId;
    QString subject;  // 1..Ticket::MaxSubjectLength
    Models::Channel channel = Models::Channel::Phone;
    Models::Priority priority = Models::Priority::Normal;
    QUuid messageId;
    QString body;  // 1..Message::MaxBodyLength

    QJsonObject toJson() const;
    static Models::Result<CreateTicket> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const CreateTicket &) const = default;
};

/*! Replaces the customer's notes (0..Customer::MaxNotesLength characters; empty clears them). */
struct UpdateCustomerNotes final
{
    static constexpr MutationKind Kind = MutationKind::UpdateCustomerNotes;
    QUuid customerId;
    QString notes;

    QJsonObject toJson() const;
    static Models::Result<UpdateCustomerNotes> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const UpdateCustomerNotes &) const = default;
};

/*!
    An agent's chosen availability, stored on the agent (unlike the ephemeral presence frame). Without
    \c agentId it is the sender's own; with another agent's id it is a team lead (or admin) changing that
    agent's presence, which the server allows only under its policy (Welcome::mayChangeOthersPresence).
*/
struct SetPresence final
{
    static constexpr MutationKind Kind = MutationKind::SetPresence;
    Models::Presence presence = Models::Presence::Online;
    QUuid agentId{};  // optional: whose presence; null: the sender's own

    /*! The agent whose presence changes: \a agentId, or \a sender when it names nobody. */
    QUuid targetOr(const QUuid &sender) const { return agentId.isNull() ? sender : agentId; }

    QJsonObject toJson() const;
    static Models::Result<SetPresence> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const SetPresence &) const = default;
};

/*! A satisfaction rating the agent records for the customer (e.g. asked at the end of a call). */
struct RecordCsat final
{
    static constexpr MutationKind Kind = MutationKind::RecordCsat;
    QUuid ticketId;
    int score = 5;    // 1..5
    QString comment;  // optional, at most MutationLimits::MaxCsatCommentLength

    QJsonObject toJson() const;
    static Models::Result<RecordCsat> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const RecordCsat &) const = default;
};

/*!
    The agent looked at a customer's full email address or phone number. It changes no data: the server
    writes it to the audit log (with the time the agent revealed it, which may be before a reconnect).
*/
struct RevealContact final
{
    static constexpr MutationKind Kind = MutationKind::RevealContact;
    QUuid customerId;
    Models::ContactPoint point = Models::ContactPoint::Email;
    QDateTime revealedAt;

    QJsonObject toJson() const;
    static Models::Result<RevealContact> fromJson(const QJsonObject &json, const QString &entity);
    bool operator==(const RevealContact &) const = default;
};

/*! One typed mutation payload; the alternatives are in MutationKind order. */
using MutationPayload =
    std::variant<ClaimTicket, TakeNext, AssignTicket, SetStatus, SetPriority, SetTags, TransferTicket, AddReply,
                 AddNote, LogCall, CreateTicket, UpdateCustomerNotes, SetPresence, RecordCsat, RevealContact>;

MutationKind kindOf(const MutationPayload &payload);
QJsonObject toJson(const MutationPayload &payload);
/*! Validates \a json as the payload of \a kind; errors name fields as "<entity>.<field>". */
Models::Result<MutationPayload> mutationPayloadFromJson(MutationKind kind, const QJsonObject &json,
                                                        const QString &entity);

}  // namespace Frontline::Protocol

namespace Frontline::Models {

// So that JsonReader::enumValue<>() reads the protocol's enums like the domain's.
template<>
std::optional<Protocol::MutationKind> enumFromString<Protocol::MutationKind>(QStringView text);
template<>
std::optional<Protocol::CallDirection> enumFromString<Protocol::CallDirection>(QStringView text);

}  // namespace Frontline::Models
