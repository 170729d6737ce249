// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "frame.h"
#include "mutations.h"

#include <models/agent.h>
#include <models/article.h>
#include <models/cannedreply.h>
#include <models/customer.h>
#include <models/enums.h>
#include <models/message.h>
#include <models/queue.h>
#include <models/result.h>
#include <models/teamsnapshot.h>
#include <models/ticket.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>
#include <variant>

// Protocol v1 messages as value types. Each has its frame type (Type), toJson() for its payload,
// toFrame(id) for the whole frame, and fromFrame(), which validates every field (presence, JSON type,
// enum value, length, UUID, range) before anyone acts on the message. Errors name the field as a path
// inside the frame ("cursor", "payload.body", "changes[3].data.subject"). Fields this build does not
// know are ignored, so a peer may add optional fields without a new protocol version.
// docs/PROTOCOL.md describes every message on the wire.

namespace Frontline::Protocol {

/*! The largest integer a JSON number carries exactly (2^53); bound for seqs, revs and counts. */
constexpr qint64 MaxSafeInteger = qint64(1) << 53;

/*! The kinds of synced entity. Wire names are part of protocol v1; the order matches Entity. */
enum class EntityKind
{
    Ticket,       // "ticket"
    Customer,     // "customer"
    Message,      // "message"
    Queue,        // "queue"
    Agent,        // "agent"
    Article,      // "article"
    CannedReply,  // "canned_reply"
    Csat,         // "csat"
};

enum class ChangeOp
{
    Upsert,  // "upsert": the entity as it is now, in full
    Delete,  // "delete": the entity is gone or no longer visible to this user
};

enum class AckResult
{
    Applied,    // "applied": the mutation took effect now
    Duplicate,  // "duplicate": the mutation id was applied before; nothing was done again
    Rejected,   // "rejected": nothing was done; see reason and current
};

/*! Why a hello was refused. The server closes the connection after sending auth_failed. */
enum class AuthFailure
{
    InvalidCredentials,  // "invalid_credentials": unknown user or wrong password (never says which)
    TokenExpired,        // "token_expired": log in again with the password
    TokenInvalid,        // "token_invalid": unknown or revoked token
    AccountDisabled,     // "account_disabled"
    RateLimited,         // "rate_limited": too many attempts; retryAfterSeconds says when to try again
    NotAuthenticated,    // "not_authenticated": a frame other than hello arrived before welcome
};

enum class FetchWhat
{
    CustomerHistory,  // "customer_history": a customer's older tickets and their messages
    ArticleBody,      // "article_body": a knowledge-base article with its full body
};

enum class FetchStatus
{
    Ok,         // "ok"
    NotFound,   // "not_found": no such id, or not visible to this user
    Forbidden,  // "forbidden": the user may not read it
};

QString toString(EntityKind kind);
QString toString(ChangeOp op);
QString toString(AckResult result);
QString toString(AuthFailure failure);
QString toString(FetchWhat what);
QString toString(FetchStatus status);

/*!
    \brief A customer-satisfaction rating as a synced entity ("csat"), for the lead dashboard.

    The customer's own copy of their ratings travels inside Customer; this one adds the ticket's agent
    and its own id so that ratings can be counted per agent and per day.
*/
struct CsatRecord final
{
    static constexpr qsizetype MaxCommentLength = 2000;

    QUuid id;
    QUuid ticketId;
    QUuid customerId;
    QUuid agentId;  // the agent the ticket was assigned to; null when unassigned
    int score = 5;  // 1..5
    QString comment;
    QDateTime ratedAt;

    QJsonObject toJson() const;
    static Models::Result<CsatRecord> fromJson(const QJsonObject &json);
    bool operator==(const CsatRecord &) const = default;
};

/*! One synced entity, typed; the alternatives are in EntityKind order. */
using Entity = std::variant<Models::Ticket, Models::Customer, Models::Message, Models::Queue, Models::Agent,
                            Models::Article, Models::CannedReply, CsatRecord>;

EntityKind kindOf(const Entity &entity);
QUuid idOf(const Entity &entity);
/*! The entity's revision, for the kinds that have one (messages and ratings never change). */
std::optional<qint64> revOf(const Entity &entity);
QJsonObject toJson(const Entity &entity);
/*! Validates \a json with the domain type of \a kind (Ticket::fromJson(), …). */
Models::Result<Entity> entityFromJson(EntityKind kind, const QJsonObject &json);

/*!
    \brief client → server, first frame of every connection: who the client is and how it logs in.

    Either username and password, or a session token from an earlier welcome; never both.
    A protocolVersion other than ProtocolVersion is refused with \c unsupported_version before any
    other field is looked at.
*/
struct Hello final
{
    static constexpr QStringView Type = u"hello";
    static constexpr qsizetype MaxClientNameLength = 64;
    static constexpr qsizetype MaxClientVersionLength = 32;
    static constexpr qsizetype MaxPasswordLength = 1024;
    static constexpr qsizetype MinTokenLength = 16;
    static constexpr qsizetype MaxTokenLength = 512;

    int protocolVersion = ProtocolVersion;
    QString clientName;
    QString clientVersion;
    QString username;              // password login
    QString password;              // password login
    QString sessionToken;          // token login
    std::optional<qint64> cursor;  // the last seq the client applied; none for a fresh cache
    QUuid clientId;                // optional: identifies this installation's cache
    // Catch-up pages the server may send before the client says it took them (ChangesReceived);
    // none: no limit, the server streams the whole catch-up at once.
    std::optional<int> pageWindow;

    static constexpr int MaxPageWindow = 1024;

    bool usesToken() const { return !sessionToken.isEmpty(); }

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Hello> fromFrame(const Frame &frame);
    bool operator==(const Hello &) const = default;
};

/*! server → client, reply to a successful hello. */
struct Welcome final
{
    static constexpr QStringView Type = u"welcome";

    int protocolVersion = ProtocolVersion;
    QString sessionToken;  // only after a password login; the client stores it in the keychain
    QDateTime tokenExpiresAt;
    Models::Agent agent;  // the logged-in agent
    QUuid serverId;
    qint64 epoch = 0;  // changes when the server's change feed was reset: the client must drop its cursor
    // Whether this user may change other agents' presence (set_presence with an agentId): a lead or admin
    // on a server whose policy allows it. Absent (an older server) means no, so a client offers the
    // action only where it works.
    bool mayChangeOthersPresence = false;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Welcome> fromFrame(const Frame &frame);
    bool operator==(const Welcome &) const = default;
};

/*! server → client, reply to a refused hello (or to any frame sent before welcome). */
struct AuthFailed final
{
    static constexpr QStringView Type = u"auth_failed";
    static constexpr qsizetype MaxMessageLength = 2000;
    static constexpr qint64 MaxRetryAfterSeconds = 24 * 60 * 60;

    AuthFailure reason = AuthFailure::InvalidCredentials;
    QString message;                          // for logs, not translated
    std::optional<qint64> retryAfterSeconds;  // with rate_limited

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<AuthFailed> fromFrame(const Frame &frame);
    bool operator==(const AuthFailed &) const = default;
};

/*! One entry of the change feed. An upsert carries the entity; a delete only its kind and id. */
struct Change final
{
    qint64 seq = 0;
    EntityKind kind = EntityKind::Ticket;
    ChangeOp op = ChangeOp::Upsert;
    QUuid id;
    qint64 rev = 0;
    std::optional<Entity> data;  // with upsert only; its kind and id match the change's

    static Change upsert(qint64 seq, Entity entity);
    static Change remove(qint64 seq, EntityKind kind, const QUuid &id, qint64 rev);

    QJsonObject toJson() const;
    bool operator==(const Change &) const = default;
};

/*!
    \brief server → client: a page of the change feed, in seq order.

    \c cursor is how far this page covers the feed for this user: at least the last change's seq, and
    more when changes the user may not see were skipped. The client stores it once the page is applied.
*/
struct Changes final
{
    static constexpr QStringView Type = u"changes";
    static constexpr qsizetype MaxChanges = 1000;

    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;          // another page follows at once
    qint64 estimatedTotal = 0;  // changes in this catch-up (from the hello's cursor); for progress only

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Changes> fromFrame(const Frame &frame);
    bool operator==(const Changes &) const = default;
};

/*! server → client: the catch-up is complete up to \c cursor; live changes follow as they happen. */
struct Synced final
{
    static constexpr QStringView Type = u"synced";

    qint64 cursor = 0;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Synced> fromFrame(const Frame &frame);
    bool operator==(const Synced &) const = default;
};

/*!
    \brief client → server, during a catch-up: the pages up to \c cursor are taken.

    With a Hello::pageWindow the server keeps at most that many catch-up pages ahead of the last
    cursor received this way, so a client that writes more slowly than the server reads is not
    flooded. Sent after the catch-up it changes nothing.
*/
struct ChangesReceived final
{
    static constexpr QStringView Type = u"changes_received";

    qint64 cursor = 0;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<ChangesReceived> fromFrame(const Frame &frame);
    bool operator==(const ChangesReceived &) const = default;
};

/*! client → server: one outbox entry. The frame's id is echoed by the ack. */
struct Mutate final
{
    static constexpr QStringView Type = u"mutate";

    QUuid mutationId;               // made by the client when the user acted; the server applies it at most once
    std::optional<qint64> baseRev;  // the rev of the row the user saw, for per-field merging
    MutationPayload payload;

    MutationKind kind() const { return kindOf(payload); }

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Mutate> fromFrame(const Frame &frame);
    bool operator==(const Mutate &) const = default;
};

/*! server → client, reply to mutate (same frame id). */
struct Ack final
{
    static constexpr QStringView Type = u"ack";
    static constexpr qsizetype MaxMessageLength = 2000;

    QUuid mutationId;
    AckResult result = AckResult::Applied;
    RejectReason reason = RejectReason::Unknown;  // with rejected only
    QString message;                              // for logs, not translated; optional
    std::optional<Entity> current;                // the row as the server has it now (with rejected, typically)
    std::optional<qint64> seq;                    // the change the mutation produced (with applied)

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Ack> fromFrame(const Frame &frame);
    bool operator==(const Ack &) const = default;
};

/*! client → server: fetch data that is not synced in full (a customer's older history, an article's body). */
struct Fetch final
{
    static constexpr QStringView Type = u"fetch";
    static constexpr qsizetype MaxBeforeLength = 256;
    static constexpr int MaxLimit = 200;

    FetchWhat what = FetchWhat::CustomerHistory;
    QUuid entityId;            // the customer or the article (not "id": that is the frame's)
    QString before;            // optional paging cursor: a previous result's nextBefore
    std::optional<int> limit;  // 1..MaxLimit items; the server's default when absent

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Fetch> fromFrame(const Frame &frame);
    bool operator==(const Fetch &) const = default;
};

/*! server → client, reply to fetch (same frame id). The items are not part of the change feed. */
struct FetchResult final
{
    static constexpr QStringView Type = u"fetch_result";
    static constexpr qsizetype MaxItems = 2000;

    FetchWhat what = FetchWhat::CustomerHistory;
    QUuid entityId;  // as in the fetch
    FetchStatus status = FetchStatus::Ok;
    QList<Entity> items;  // tickets and messages, or the one article
    bool more = false;    // older items exist: fetch again with before = nextBefore
    QString nextBefore;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<FetchResult> fromFrame(const Frame &frame);
    bool operator==(const FetchResult &) const = default;
};

/*!
    \brief Ephemeral presence, both ways: client → server what the agent is doing now; server → leads
    and colleagues, with agentId filled in by the server. Not stored; the durable status is the
    set_presence mutation.
*/
struct PresenceUpdate final
{
    static constexpr QStringView Type = u"presence";

    Models::Presence presence = Models::Presence::Online;
    QUuid viewingTicketId;  // optional: the ticket open on screen
    QUuid agentId;          // server → client only; a client's value is ignored

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<PresenceUpdate> fromFrame(const Frame &frame);
    bool operator==(const PresenceUpdate &) const = default;
};

/*!
    \brief client → server (leads and admins): start live dashboard figures for these queues (empty: all
    the lead's queues), with "today" as the local day of \c timeZoneId.

    A new subscription replaces the session's previous one. The server answers with dashboard.metrics
    at once and again after commits that change the figures; a refusal is an error frame with the
    subscribe's id (DashboardErrors).
*/
struct DashboardSubscribe final
{
    static constexpr QStringView Type = u"dashboard.subscribe";
    static constexpr qsizetype MaxTimeZoneIdLength = 64;

    QList<QUuid> queueIds;
    // An IANA time zone id ("Asia/Shanghai"); empty: UTC. fromFrame() checks its spelling only; whether
    // the zone is known is the server's to say (its time zone database), with unknown_time_zone.
    QString timeZoneId;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<DashboardSubscribe> fromFrame(const Frame &frame);
    bool operator==(const DashboardSubscribe &) const = default;
};

/*!
    \brief server → client: a subscribed lead's dashboard figures, computed at one moment from one
    consistent read (see Server::TeamMetrics).

    Sent at once after dashboard.subscribe and then after commits that change the subscribed queues'
    tickets, ratings or agents, at most once per coalescing interval (a second by default).
*/
struct DashboardMetrics final
{
    static constexpr QStringView Type = u"dashboard.metrics";

    // Every change of the feed up to this seq is counted in the figures (later ones may be too).
    qint64 cursor = 0;
    QString timeZoneId;  // the zone whose local day the figures' "today" is, as subscribed ("UTC" by default)
    Models::TeamSnapshot snapshot;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<DashboardMetrics> fromFrame(const Frame &frame);
    bool operator==(const DashboardMetrics &) const = default;
};

/*!
    Codes of error frames that refuse a dashboard frame. They are not ErrorCode values: a well-formed
    frame is refused for who sent it or what it names, not for its form, and an ErrorMessage keeps any
    code as sent.
*/
namespace DashboardErrors {
/*! An agent (not a lead or admin), or a subscription naming only queues the lead may not see. */
inline constexpr QStringView Forbidden = u"forbidden";
/*! The subscription's timeZoneId names no zone the server knows. */
inline constexpr QStringView UnknownTimeZone = u"unknown_time_zone";
}  // namespace DashboardErrors

/*! client → server: stop dashboard figures for these queues (empty: all). */
struct DashboardUnsubscribe final
{
    static constexpr QStringView Type = u"dashboard.unsubscribe";

    QList<QUuid> queueIds;

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<DashboardUnsubscribe> fromFrame(const Frame &frame);
    bool operator==(const DashboardUnsubscribe &) const = default;
};

/*! client → server: revoke this session's token and close the connection. */
struct Logout final
{
    static constexpr QStringView Type = u"logout";

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<Logout> fromFrame(const Frame &frame);
    bool operator==(const Logout &) const = default;
};

/*!
    \brief An error frame as received (the sending side uses makeError()). The code is kept as sent:
    a newer peer may use codes this build does not know.
*/
struct ErrorMessage final
{
    static constexpr QStringView Type = u"error";
    static constexpr qsizetype MaxCodeLength = 64;
    static constexpr qsizetype MaxMessageLength = 10000;
    static constexpr qsizetype MaxFieldLength = 256;

    QString code;
    QString message;
    QString field;

    std::optional<ErrorCode> knownCode() const { return errorCodeFromString(code); }

    QJsonObject toJson() const;
    Frame toFrame(const QString &id) const;
    static ProtocolResult<ErrorMessage> fromFrame(const Frame &frame);
    bool operator==(const ErrorMessage &) const = default;
};

/*! Every frame a server accepts from a client. */
using ClientMessage = std::variant<Hello, ChangesReceived, Mutate, Fetch, PresenceUpdate, DashboardSubscribe,
                                   DashboardUnsubscribe, Logout>;
/*! Every frame a client accepts from a server. */
using ServerMessage = std::variant<Welcome, AuthFailed, Changes, Synced, Ack, FetchResult, PresenceUpdate,
                                   DashboardMetrics, ErrorMessage>;

/*! Validates a parsed frame from a client; a type a server does not accept gives \c unknown_type. */
ProtocolResult<ClientMessage> parseClientMessage(const Frame &frame);
/*! Validates a parsed frame from a server; a type a client does not accept gives \c unknown_type. */
ProtocolResult<ServerMessage> parseServerMessage(const Frame &frame);

/*! The frame of any message, with the request id \a id. */
Frame toFrame(const ClientMessage &message, const QString &id);
Frame toFrame(const ServerMessage &message, const QString &id);

}  // namespace Frontline::Protocol

namespace Frontline::Models {

// So that JsonReader::enumValue<>() reads the protocol's enums like the domain's.
template<>
std::optional<Protocol::EntityKind> enumFromString<Protocol::EntityKind>(QStringView text);
template<>
std::optional<Protocol::ChangeOp> enumFromString<Protocol::ChangeOp>(QStringView text);
template<>
std::optional<Protocol::AckResult> enumFromString<Protocol::AckResult>(QStringView text);
template<>
std::optional<Protocol::AuthFailure> enumFromString<Protocol::AuthFailure>(QStringView text);
template<>
std::optional<Protocol::FetchWhat> enumFromString<Protocol::FetchWhat>(QStringView text);
template<>
std::optional<Protocol::FetchStatus> enumFromString<Protocol::FetchStatus>(QStringView text);

}  // namespace Frontline::Models
