// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messages.h"

#include <models/enumnames.h>
#include <models/jsonreader.h>

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Frontline::Protocol {

namespace {

// Debug output is off unless enabled (QT_LOGGING_RULES): a peer sending garbage must not flood the log.
Q_LOGGING_CATEGORY(lc, "frontline.sync.messages", QtInfoMsg)

using Models::idToString;
using Models::JsonReader;
using Models::timestampToJson;

template<typename E, std::size_t N>
using NameTable = Models::EnumNames<E, N>;
using Models::nameOf;
using Models::valueOf;

// The wire names; see messages.h.
constexpr NameTable<EntityKind, 8> EntityKindNames{{
    {EntityKind::Ticket, u"ticket"},
    {EntityKind::Customer, u"customer"},
    {EntityKind::Message, u"message"},
    {EntityKind::Queue, u"queue"},
    {EntityKind::Agent, u"agent"},
    {EntityKind::Article, u"article"},
    {EntityKind::CannedReply, u"canned_reply"},
    {EntityKind::Csat, u"csat"},
}};

constexpr NameTable<ChangeOp, 2> ChangeOpNames{{
    {ChangeOp::Upsert, u"upsert"},
    {ChangeOp::Delete, u"delete"},
}};

constexpr NameTable<AckResult, 3> AckResultNames{{
    {AckResult::Applied, u"applied"},
    {AckResult::Duplicate, u"duplicate"},
    {AckResult::Rejected, u"rejected"},
}};

constexpr NameTable<AuthFailure, 6> AuthFailureNames{{
    {AuthFailure::InvalidCredentials, u"invalid_credentials"},
    {AuthFailure::TokenExpired, u"token_expired"},
    {AuthFailure::TokenInvalid, u"token_invalid"},
    {AuthFailure::AccountDisabled, u"account_disabled"},
    {AuthFailure::RateLimited, u"rate_limited"},
    {AuthFailure::NotAuthenticated, u"not_authenticated"},
}};

constexpr NameTable<FetchWhat, 2> FetchWhatNames{{
    {FetchWhat::CustomerHistory, u"customer_history"},
    {FetchWhat::ArticleBody, u"article_body"},
}};

constexpr NameTable<FetchStatus, 3> FetchStatusNames{{
    {FetchStatus::Ok, u"ok"},
    {FetchStatus::NotFound, u"not_found"},
    {FetchStatus::Forbidden, u"forbidden"},
}};

template<std::size_t... I>
constexpr bool entityKindsInOrder(std::index_sequence<I...>)
{
    return ((EntityKindNames[I].first == static_cast<EntityKind>(I)) && ...);
}
static_assert(std::variant_size_v<Entity> == EntityKindNames.size(), "every EntityKind needs a domain type");
static_assert(entityKindsInOrder(std::make_index_sequence<EntityKindNames.size()>()),
              "EntityKindNames must be in EntityKind order");

constexpr qsizetype MaxReasonLength = 64;

// Short machine names from a peer: reject codes, error codes.
bool isCodeName(QStringView name)
{
    return !name.isEmpty() && name.size() <= MaxReasonLength &&
           std::all_of(name.begin(), name.end(), [](QChar c) { return (c >= u'a' && c <= u'z') || c == u'_'; });
}

// Base64, base64url and hex tokens all pass; nothing that needs escaping anywhere does.
bool isTokenText(QStringView token)
{
    return std::all_of(token.begin(), token.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'_' || c == u'.' || c == u'~' || c == u'+' || c == u'/' || c == u'=';
    });
}

// IANA zone ids ("Asia/Shanghai", "America/Argentina/Buenos_Aires", "Etc/GMT+8") and Qt's offset ids
// ("UTC+08:00"): letters, digits and a few separators, nothing that needs escaping anywhere.
bool isTimeZoneIdText(QStringView zone)
{
    const bool characters = !zone.isEmpty() && zone.size() <= DashboardSubscribe::MaxTimeZoneIdLength &&
                            std::all_of(zone.begin(), zone.end(), [](QChar c) {
                                return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                                       (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'+' || c == u'/' ||
                                       c == u':' || c == u'.';
                            });
    if (!characters) {
        return false;
    }
    // The server looks the id up in its zone database, whose backend reads files named by it: no empty
    // and no "."-led parts ("../../etc/passwd", "/etc/passwd", "Asia//Shanghai").
    for (const QStringView part : zone.tokenize(u'/')) {
        if (part.isEmpty() || part.startsWith(u'.')) {
            return false;
        }
    }
    return true;
}

// Reads a time zone id under \a key: absent or null gives "", anything present must be spelled like one.
QString timeZoneIdAt(JsonReader &reader, const QJsonObject &json, QStringView key, bool required)
{
    const QJsonValue value = json.value(key);
    if (!required && (value.isUndefined() || value.isNull())) {
        return {};
    }
    QString zone = reader.text(key, DashboardSubscribe::MaxTimeZoneIdLength);
    if (reader.ok() && !isTimeZoneIdText(zone)) {
        reader.fail(Models::Error::Code::InvalidValue, key,
                    u"is not a time zone id (1-64 characters of A-Z a-z 0-9 _ - + / : .)"_s);
    }
    return zone;
}

// A nested object's error ("ticket.subject" from Ticket::fromJson) rewritten to its place in the
// frame ("changes.changes[3].data.subject").
Models::Error nestedError(Models::Error error, const QString &path)
{
    const qsizetype dot = error.field.indexOf(u'.');
    const QString field = error.field.isEmpty() ? path
                          : dot < 0             ? path + u'.' + error.field
                                                : path + error.field.mid(dot);
    if (!error.field.isEmpty() && error.message.startsWith(error.field)) {
        error.message.replace(0, error.field.size(), field);
    } else {
        error.message = field + u": "_s + error.message;
    }
    error.field = field;
    return error;
}

// Readers name fields "<type>.<path>" (their messages read well in logs); the error frame's field is
// the path inside the frame.
ProtocolError frameError(const Frame &frame, const Models::Error &error)
{
    ProtocolError protocolError = ProtocolError::fromModelsError(error, frame.id);
    const QString prefix = frame.type + u'.';
    if (protocolError.field.startsWith(prefix)) {
        protocolError.field.remove(0, prefix.size());
    }
    return protocolError;
}

template<typename T>
std::optional<ProtocolError> checkType(const Frame &frame)
{
    if (frame.type == T::Type) {
        return std::nullopt;
    }
    return ProtocolError{ErrorCode::InvalidValue,
                         u"expected a \"%1\" frame, not \"%2\""_s.arg(T::Type.toString(), frame.type), u"type"_s,
                         frame.id};
}

template<typename T>
Frame frameOf(const T &message, const QString &id)
{
    return Frame{T::Type.toString(), id, message.toJson()};
}

QJsonValue optionalIdToJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(idToString(id));
}

void insertIfSet(QJsonObject &json, const QString &key, const QUuid &id)
{
    if (!id.isNull()) {
        json.insert(key, idToString(id));
    }
}

void insertIfSet(QJsonObject &json, const QString &key, const QString &text)
{
    if (!text.isEmpty()) {
        json.insert(key, text);
    }
}

template<typename Int>
void insertIfSet(QJsonObject &json, const QString &key, const std::optional<Int> &number)
{
    if (number) {
        json.insert(key, static_cast<qint64>(*number));
    }
}

template<std::size_t I = 0>
Models::Result<Entity> entityFromIndex(std::size_t index, const QJsonObject &json)
{
    if constexpr (I < std::variant_size_v<Entity>) {
        if (index == I) {
            using Type = std::variant_alternative_t<I, Entity>;
            Models::Result<Type> entity = Type::fromJson(json);
            if (!entity) {
                return entity.error();
            }
            return Entity(std::in_place_index<I>, std::move(entity).value());
        }
        return entityFromIndex<I + 1>(index, json);
    } else {
        return Models::Error{Models::Error::Code::InvalidValue, u"unknown entity kind"_s, {}};
    }
}

QJsonObject entityWithKind(const Entity &entity)
{
    return {{u"kind"_s, toString(kindOf(entity))}, {u"data"_s, toJson(entity)}};
}

// Reads {"kind": ..., "data": {...}} at \a path ("ack.current", "fetch_result.items[2]").
Models::Result<Entity> entityWithKindFromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        return Models::Error{Models::Error::Code::WrongType, path + u": expected an object"_s, path};
    }
    JsonReader reader(value.toObject(), path);
    const EntityKind kind = reader.enumValue<EntityKind>(u"kind");
    const QJsonObject data = reader.object(u"data");
    if (!reader.ok()) {
        return reader.error();
    }
    Models::Result<Entity> entity = entityFromJson(kind, data);
    if (!entity) {
        return nestedError(entity.error(), path + u".data"_s);
    }
    return entity;
}

// A list of {"kind", "data"} objects under \a key.
Models::Result<QList<Entity>> entityList(JsonReader &reader, const QString &entity, QStringView key, qsizetype maxItems)
{
    const QJsonArray items = reader.array(key, maxItems);
    if (!reader.ok()) {
        return reader.error();
    }
    QList<Entity> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Models::Result<Entity> item =
            entityWithKindFromJson(items.at(i), u"%1.%2[%3]"_s.arg(entity, key.toString()).arg(i));
        if (!item) {
            return item.error();
        }
        result.append(std::move(item).value());
    }
    return result;
}

Models::Result<Change> changeFromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        return Models::Error{Models::Error::Code::WrongType, path + u": expected an object"_s, path};
    }
    JsonReader reader(value.toObject(), path);
    Change change;
    change.seq = reader.integer(u"seq", 1, MaxSafeInteger);
    change.kind = reader.enumValue<EntityKind>(u"kind");
    change.op = reader.enumValue<ChangeOp>(u"op");
    change.id = reader.id(u"id");
    change.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    // A delete needs no data; whatever is sent with it is ignored.
    const QJsonObject data = change.op == ChangeOp::Upsert ? reader.object(u"data") : QJsonObject();
    if (!reader.ok()) {
        return reader.error();
    }
    if (change.op == ChangeOp::Delete) {
        return change;
    }
    Models::Result<Entity> entity = entityFromJson(change.kind, data);
    if (!entity) {
        return nestedError(entity.error(), path + u".data"_s);
    }
    // The envelope and the entity must agree, or a client would file the row under the wrong id.
    if (idOf(*entity) != change.id) {
        reader.fail(Models::Error::Code::InvalidValue, u"data.id", u"differs from the change's id"_s);
    } else if (const std::optional<qint64> rev = revOf(*entity); rev && *rev != change.rev) {
        reader.fail(Models::Error::Code::InvalidValue, u"data.rev", u"differs from the change's rev"_s);
    }
    if (!reader.ok()) {
        return reader.error();
    }
    change.data = std::move(entity).value();
    return change;
}

// Reads a list of queue ids that may be absent (meaning "all").
QList<QUuid> optionalIdList(JsonReader &reader, const QJsonObject &json, QStringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    return reader.idList(key, Models::Agent::MaxQueues);
}

template<typename Variant, std::size_t I = 0>
ProtocolResult<Variant> parseAs(const Frame &frame)
{
    if constexpr (I < std::variant_size_v<Variant>) {
        using Message = std::variant_alternative_t<I, Variant>;
        if (frame.type != Message::Type) {
            return parseAs<Variant, I + 1>(frame);
        }
        ProtocolResult<Message> message = Message::fromFrame(frame);
        if (!message) {
            qCDebug(lc) << "refused" << frame.type << "frame:" << toString(message.error().code)
                        << message.error().message;
            return message.error();
        }
        return Variant(std::in_place_index<I>, std::move(message).value());
    } else {
        qCDebug(lc) << "refused frame of unexpected type" << frame.type;
        return ProtocolError{ErrorCode::UnknownType, u"frames of type \"%1\" are not accepted here"_s.arg(frame.type),
                             u"type"_s, frame.id};
    }
}

}  // namespace

QString toString(EntityKind kind)
{
    return nameOf(EntityKindNames, kind);
}

QString toString(ChangeOp op)
{
    return nameOf(ChangeOpNames, op);
}

QString toString(AckResult result)
{
    return nameOf(AckResultNames, result);
}

QString toString(AuthFailure failure)
{
    return nameOf(AuthFailureNames, failure);
}

QString toString(FetchWhat what)
{
    return nameOf(FetchWhatNames, what);
}

QString toString(FetchStatus status)
{
    return nameOf(FetchStatusNames, status);
}

// CsatRecord ----------------------------------------------------------------------------------

QJsonObject CsatRecord::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"ticketId"_s, idToString(ticketId)},
        {u"customerId"_s, idToString(customerId)},
        {u"agentId"_s, optionalIdToJson(agentId)},
        {u"score"_s, score},
        {u"comment"_s, comment},
        {u"ratedAt"_s, timestampToJson(ratedAt)},
    };
}

Models::Result<CsatRecord> CsatRecord::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"csat"_s);
    CsatRecord record;
    record.id = reader.id(u"id");
    record.ticketId = reader.id(u"ticketId");
    record.customerId = reader.id(u"customerId");
    record.agentId = reader.optionalId(u"agentId");
    record.score = static_cast<int>(reader.integer(u"score", 1, 5));
    record.comment = reader.optionalText(u"comment", MaxCommentLength);
    record.ratedAt = reader.timestamp(u"ratedAt");
    if (!reader.ok()) {
        return reader.error();
    }
    return record;
}

// Entity --------------------------------------------------------------------------------------

EntityKind kindOf(const Entity &entity)
{
    return static_cast<EntityKind>(entity.index());
}

QUuid idOf(const Entity &entity)
{
    return std::visit([](const auto &value) { return value.id; }, entity);
}

std::optional<qint64> revOf(const Entity &entity)
{
    return std::visit(
        [](const auto &value) -> std::optional<qint64> {
            if constexpr (requires { value.rev; }) {
                return value.rev;
            } else {
                return std::nullopt;
            }
        },
        entity);
}

QJsonObject toJson(const Entity &entity)
{
    return std::visit([](const auto &value) { return value.toJson(); }, entity);
}

Models::Result<Entity> entityFromJson(EntityKind kind, const QJsonObject &json)
{
    return entityFromIndex(static_cast<std::size_t>(kind), json);
}

// Hello ---------------------------------------------------------------------------------------

QJsonObject Hello::toJson() const
{
    QJsonObject json{
        {u"protocolVersion"_s, protocolVersion},
        {u"clientName"_s, clientName},
        {u"clientVersion"_s, clientVersion},
    };
    if (usesToken()) {
        json.insert(u"sessionToken"_s, sessionToken);
    } else {
        json.insert(u"username"_s, username);
        json.insert(u"password"_s, password);
    }
    insertIfSet(json, u"cursor"_s, cursor);
    insertIfSet(json, u"clientId"_s, clientId);
    insertIfSet(json, u"pageWindow"_s, pageWindow);
    return json;
}

Frame Hello::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Hello> Hello::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Hello>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Hello hello;
    // The version first: a client of another version may well send other fields.
    hello.protocolVersion = static_cast<int>(reader.integer(u"protocolVersion", 1, 1'000'000));
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    if (hello.protocolVersion != ProtocolVersion) {
        return ProtocolError{
            ErrorCode::UnsupportedVersion,
            u"protocol version %1 is not supported; this server speaks version %2"_s.arg(hello.protocolVersion)
                .arg(ProtocolVersion),
            u"protocolVersion"_s, frame.id};
    }
    hello.clientName = reader.nonEmptyText(u"clientName", MaxClientNameLength);
    hello.clientVersion = reader.nonEmptyText(u"clientVersion", MaxClientVersionLength);
    const bool hasToken = frame.payload.contains(u"sessionToken") && !frame.payload.value(u"sessionToken").isNull();
    const bool hasUser = frame.payload.contains(u"username") && !frame.payload.value(u"username").isNull();
    if (hasToken && hasUser) {
        reader.fail(Models::Error::Code::InvalidValue, u"sessionToken",
                    u"send either a session token or a username and password, not both"_s);
    } else if (hasToken) {
        hello.sessionToken = reader.text(u"sessionToken", MaxTokenLength);
        if (reader.ok() && (hello.sessionToken.size() < MinTokenLength || !isTokenText(hello.sessionToken))) {
            reader.fail(Models::Error::Code::InvalidValue, u"sessionToken", u"is not a session token"_s);
        }
    } else {
        hello.username = reader.nonEmptyText(u"username", Models::Agent::MaxUsernameLength);
        hello.password = reader.text(u"password", MaxPasswordLength);
        if (reader.ok() && hello.password.isEmpty()) {
            reader.fail(Models::Error::Code::InvalidValue, u"password", u"must not be empty"_s);
        }
    }
    hello.cursor = reader.optionalInteger(u"cursor", 0, MaxSafeInteger);
    hello.clientId = reader.optionalId(u"clientId");
    if (const auto window = reader.optionalInteger(u"pageWindow", 1, MaxPageWindow)) {
        hello.pageWindow = static_cast<int>(*window);
    }
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return hello;
}

// Welcome -------------------------------------------------------------------------------------

QJsonObject Welcome::toJson() const
{
    QJsonObject json{
        {u"protocolVersion"_s, protocolVersion},
        {u"tokenExpiresAt"_s, timestampToJson(tokenExpiresAt)},
        {u"agent"_s, agent.toJson()},
        {u"serverId"_s, idToString(serverId)},
        {u"epoch"_s, epoch},
    };
    insertIfSet(json, u"sessionToken"_s, sessionToken);
    if (mayChangeOthersPresence) {
        json.insert(u"mayChangeOthersPresence"_s, true);
    }
    return json;
}

Frame Welcome::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Welcome> Welcome::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Welcome>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Welcome welcome;
    welcome.protocolVersion = static_cast<int>(reader.integer(u"protocolVersion", 1, 1'000'000));
    if (reader.ok() && welcome.protocolVersion != ProtocolVersion) {
        return ProtocolError{ErrorCode::UnsupportedVersion,
                             u"the server answered with protocol version %1; this client speaks version %2"_s
                                 .arg(welcome.protocolVersion)
                                 .arg(ProtocolVersion),
                             u"protocolVersion"_s, frame.id};
    }
    welcome.sessionToken = reader.optionalText(u"sessionToken", Hello::MaxTokenLength);
    if (reader.ok() && !welcome.sessionToken.isEmpty() &&
        (welcome.sessionToken.size() < Hello::MinTokenLength || !isTokenText(welcome.sessionToken))) {
        reader.fail(Models::Error::Code::InvalidValue, u"sessionToken", u"is not a session token"_s);
    }
    welcome.tokenExpiresAt = reader.timestamp(u"tokenExpiresAt");
    const QJsonObject agent = reader.object(u"agent");
    welcome.serverId = reader.id(u"serverId");
    welcome.epoch = reader.integer(u"epoch", 0, MaxSafeInteger);
    if (const QJsonValue allowed = frame.payload.value(u"mayChangeOthersPresence");
        !allowed.isUndefined() && !allowed.isNull()) {
        welcome.mayChangeOthersPresence = reader.boolean(u"mayChangeOthersPresence");
    }
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    Models::Result<Models::Agent> parsedAgent = Models::Agent::fromJson(agent);
    if (!parsedAgent) {
        return frameError(frame, nestedError(parsedAgent.error(), u"welcome.agent"_s));
    }
    welcome.agent = std::move(parsedAgent).value();
    return welcome;
}

// AuthFailed ----------------------------------------------------------------------------------

QJsonObject AuthFailed::toJson() const
{
    QJsonObject json{{u"reason"_s, toString(reason)}, {u"message"_s, message}};
    insertIfSet(json, u"retryAfterSeconds"_s, retryAfterSeconds);
    return json;
}

Frame AuthFailed::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<AuthFailed> AuthFailed::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<AuthFailed>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    AuthFailed failed;
    failed.reason = reader.enumValue<AuthFailure>(u"reason");
    failed.message = reader.optionalText(u"message", MaxMessageLength);
    failed.retryAfterSeconds = reader.optionalInteger(u"retryAfterSeconds", 0, MaxRetryAfterSeconds);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return failed;
}

// Change and Changes --------------------------------------------------------------------------

Change Change::upsert(qint64 seq, Entity entity)
{
    Change change;
    change.seq = seq;
    change.kind = kindOf(entity);
    change.op = ChangeOp::Upsert;
    change.id = idOf(entity);
    change.rev = revOf(entity).value_or(0);
    change.data = std::move(entity);
    return change;
}

Change Change::remove(qint64 seq, EntityKind kind, const QUuid &id, qint64 rev)
{
    Change change;
    change.seq = seq;
    change.kind = kind;
    change.op = ChangeOp::Delete;
    change.id = id;
    change.rev = rev;
    return change;
}

QJsonObject Change::toJson() const
{
    QJsonObject json{
        {u"seq"_s, seq},
        {u"kind"_s, Protocol::toString(kind)},
        {u"op"_s, Protocol::toString(op)},
        {u"id"_s, idToString(id)},
        {u"rev"_s, rev},
    };
    if (op == ChangeOp::Upsert && data) {
        json.insert(u"data"_s, Protocol::toJson(*data));
    }
    return json;
}

QJsonObject Changes::toJson() const
{
    QJsonArray items;
    for (const Change &change : changes) {
        items.append(change.toJson());
    }
    return {
        {u"changes"_s, items},
        {u"cursor"_s, cursor},
        {u"more"_s, more},
        {u"estimatedTotal"_s, estimatedTotal},
    };
}

Frame Changes::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Changes> Changes::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Changes>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Changes page;
    const QJsonArray items = reader.array(u"changes", MaxChanges);
    page.cursor = reader.integer(u"cursor", 0, MaxSafeInteger);
    page.more = reader.boolean(u"more");
    page.estimatedTotal = reader.integer(u"estimatedTotal", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    page.changes.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Models::Result<Change> change = changeFromJson(items.at(i), u"changes.changes[%1]"_s.arg(i));
        if (!change) {
            return frameError(frame, change.error());
        }
        // A client stores the last seq as its cursor: out-of-order seqs would skip changes for good.
        if (!page.changes.isEmpty() && change->seq <= page.changes.constLast().seq) {
            reader.fail(Models::Error::Code::InvalidValue, u"changes[%1].seq"_s.arg(i),
                        u"not greater than the previous change's seq"_s);
            return frameError(frame, reader.error());
        }
        page.changes.append(std::move(change).value());
    }
    if (!page.changes.isEmpty() && page.cursor < page.changes.constLast().seq) {
        reader.fail(Models::Error::Code::InvalidValue, u"cursor", u"is before the page's last change"_s);
        return frameError(frame, reader.error());
    }
    return page;
}

// Synced --------------------------------------------------------------------------------------

QJsonObject Synced::toJson() const
{
    return {{u"cursor"_s, cursor}};
}

Frame Synced::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Synced> Synced::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Synced>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Synced synced;
    synced.cursor = reader.integer(u"cursor", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return synced;
}

// ChangesReceived -----------------------------------------------------------------------------

QJsonObject ChangesReceived::toJson() const
{
    return {{u"cursor"_s, cursor}};
}

Frame ChangesReceived::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<ChangesReceived> ChangesReceived::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<ChangesReceived>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    ChangesReceived received;
    received.cursor = reader.integer(u"cursor", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return received;
}

// Mutate --------------------------------------------------------------------------------------

QJsonObject Mutate::toJson() const
{
    QJsonObject json{
        {u"mutationId"_s, idToString(mutationId)},
        {u"kind"_s, toString(kind())},
        {u"payload"_s, Protocol::toJson(payload)},
    };
    insertIfSet(json, u"baseRev"_s, baseRev);
    return json;
}

Frame Mutate::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Mutate> Mutate::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Mutate>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Mutate mutate;
    mutate.mutationId = reader.id(u"mutationId");
    const MutationKind kind = reader.enumValue<MutationKind>(u"kind");
    mutate.baseRev = reader.optionalInteger(u"baseRev", 0, MaxSafeInteger);
    const QJsonObject payload = reader.object(u"payload");
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    Models::Result<MutationPayload> typed = mutationPayloadFromJson(kind, payload, u"mutate.payload"_s);
    if (!typed) {
        return frameError(frame, typed.error());
    }
    mutate.payload = std::move(typed).value();
    return mutate;
}

// Ack -----------------------------------------------------------------------------------------

QJsonObject Ack::toJson() const
{
    QJsonObject json{
        {u"mutationId"_s, idToString(mutationId)},
        {u"result"_s, toString(result)},
    };
    if (result == AckResult::Rejected) {
        json.insert(u"reason"_s, toString(reason));
    }
    insertIfSet(json, u"message"_s, message);
    if (current) {
        json.insert(u"current"_s, entityWithKind(*current));
    }
    insertIfSet(json, u"seq"_s, seq);
    return json;
}

Frame Ack::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Ack> Ack::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Ack>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Ack ack;
    ack.mutationId = reader.id(u"mutationId");
    ack.result = reader.enumValue<AckResult>(u"result");
    if (reader.ok() && ack.result == AckResult::Rejected) {
        // An open set (see RejectReason): only the spelling is checked.
        const QString reason = reader.text(u"reason", MaxReasonLength);
        if (reader.ok() && !isCodeName(reason)) {
            reader.fail(Models::Error::Code::InvalidValue, u"reason", u"must be 1-64 characters of a-z and '_'"_s);
        }
        ack.reason = rejectReasonFromString(reason);
    }
    ack.message = reader.optionalText(u"message", MaxMessageLength);
    ack.seq = reader.optionalInteger(u"seq", 1, MaxSafeInteger);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    const QJsonValue current = frame.payload.value(u"current");
    if (!current.isUndefined() && !current.isNull()) {
        Models::Result<Entity> entity = entityWithKindFromJson(current, u"ack.current"_s);
        if (!entity) {
            return frameError(frame, entity.error());
        }
        ack.current = std::move(entity).value();
    }
    return ack;
}

// Fetch and FetchResult -----------------------------------------------------------------------

QJsonObject Fetch::toJson() const
{
    QJsonObject json{{u"what"_s, toString(what)}, {u"entityId"_s, idToString(entityId)}};
    insertIfSet(json, u"before"_s, before);
    insertIfSet(json, u"limit"_s, limit);
    return json;
}

Frame Fetch::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Fetch> Fetch::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Fetch>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    Fetch fetch;
    fetch.what = reader.enumValue<FetchWhat>(u"what");
    fetch.entityId = reader.id(u"entityId");
    fetch.before = reader.optionalText(u"before", MaxBeforeLength);
    const std::optional<qint64> limit = reader.optionalInteger(u"limit", 1, MaxLimit);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    if (limit) {
        fetch.limit = static_cast<int>(*limit);
    }
    return fetch;
}

QJsonObject FetchResult::toJson() const
{
    QJsonArray entities;
    for (const Entity &item : items) {
        entities.append(entityWithKind(item));
    }
    QJsonObject json{
        {u"what"_s, toString(what)},
        {u"entityId"_s, idToString(entityId)},
        {u"status"_s, toString(status)},
        {u"items"_s, entities},
        {u"more"_s, more},
    };
    insertIfSet(json, u"nextBefore"_s, nextBefore);
    return json;
}

Frame FetchResult::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<FetchResult> FetchResult::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<FetchResult>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    FetchResult result;
    result.what = reader.enumValue<FetchWhat>(u"what");
    result.entityId = reader.id(u"entityId");
    result.status = reader.enumValue<FetchStatus>(u"status");
    result.more = reader.boolean(u"more");
    result.nextBefore = reader.optionalText(u"nextBefore", Fetch::MaxBeforeLength);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    Models::Result<QList<Entity>> items = entityList(reader, frame.type, u"items", MaxItems);
    if (!items) {
        return frameError(frame, items.error());
    }
    result.items = std::move(items).value();
    return result;
}

// PresenceUpdate ------------------------------------------------------------------------------

QJsonObject PresenceUpdate::toJson() const
{
    QJsonObject json{{u"presence"_s, Models::toString(presence)}};
    insertIfSet(json, u"viewingTicketId"_s, viewingTicketId);
    insertIfSet(json, u"agentId"_s, agentId);
    return json;
}

Frame PresenceUpdate::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<PresenceUpdate> PresenceUpdate::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<PresenceUpdate>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    PresenceUpdate update;
    update.presence = reader.enumValue<Models::Presence>(u"presence");
    update.viewingTicketId = reader.optionalId(u"viewingTicketId");
    update.agentId = reader.optionalId(u"agentId");
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return update;
}

// Dashboard subscriptions ---------------------------------------------------------------------

QJsonObject DashboardSubscribe::toJson() const
{
    QJsonObject json{{u"queueIds"_s, Models::idsToJson(queueIds)}};
    insertIfSet(json, u"timeZoneId"_s, timeZoneId);
    return json;
}

Frame DashboardSubscribe::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<DashboardSubscribe> DashboardSubscribe::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<DashboardSubscribe>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    DashboardSubscribe subscribe;
    subscribe.queueIds = optionalIdList(reader, frame.payload, u"queueIds");
    subscribe.timeZoneId = timeZoneIdAt(reader, frame.payload, u"timeZoneId", false);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return subscribe;
}

QJsonObject DashboardMetrics::toJson() const
{
    return {
        {u"cursor"_s, cursor},
        {u"timeZoneId"_s, timeZoneId},
        {u"snapshot"_s, snapshot.toJson()},
    };
}

Frame DashboardMetrics::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<DashboardMetrics> DashboardMetrics::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<DashboardMetrics>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    DashboardMetrics metrics;
    metrics.cursor = reader.integer(u"cursor", 0, MaxSafeInteger);
    metrics.timeZoneId = timeZoneIdAt(reader, frame.payload, u"timeZoneId", true);
    const QJsonObject snapshot = reader.object(u"snapshot");
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    // Named from the frame's type, so errors read "snapshot.queues[2].waiting" inside the frame.
    Models::Result<Models::TeamSnapshot> parsed = Models::TeamSnapshot::fromJson(snapshot, frame.type + u".snapshot"_s);
    if (!parsed) {
        return frameError(frame, parsed.error());
    }
    metrics.snapshot = std::move(parsed).value();
    return metrics;
}

QJsonObject DashboardUnsubscribe::toJson() const
{
    return {{u"queueIds"_s, Models::idsToJson(queueIds)}};
}

Frame DashboardUnsubscribe::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<DashboardUnsubscribe> DashboardUnsubscribe::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<DashboardUnsubscribe>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    DashboardUnsubscribe unsubscribe;
    unsubscribe.queueIds = optionalIdList(reader, frame.payload, u"queueIds");
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return unsubscribe;
}

// Logout --------------------------------------------------------------------------------------

QJsonObject Logout::toJson() const
{
    return {};
}

Frame Logout::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<Logout> Logout::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<Logout>(frame)) {
        return std::move(*error);
    }
    return Logout{};
}

// ErrorMessage --------------------------------------------------------------------------------

QJsonObject ErrorMessage::toJson() const
{
    QJsonObject json{{u"code"_s, code}, {u"message"_s, message}};
    insertIfSet(json, u"field"_s, field);
    return json;
}

Frame ErrorMessage::toFrame(const QString &id) const
{
    return frameOf(*this, id);
}

ProtocolResult<ErrorMessage> ErrorMessage::fromFrame(const Frame &frame)
{
    if (std::optional<ProtocolError> error = checkType<ErrorMessage>(frame)) {
        return std::move(*error);
    }
    JsonReader reader(frame.payload, frame.type);
    ErrorMessage error;
    error.code = reader.text(u"code", MaxCodeLength);
    if (reader.ok() && !isCodeName(error.code)) {
        reader.fail(Models::Error::Code::InvalidValue, u"code", u"must be 1-64 characters of a-z and '_'"_s);
    }
    error.message = reader.optionalText(u"message", MaxMessageLength);
    error.field = reader.optionalText(u"field", MaxFieldLength);
    if (!reader.ok()) {
        return frameError(frame, reader.error());
    }
    return error;
}

// Dispatch ------------------------------------------------------------------------------------

ProtocolResult<ClientMessage> parseClientMessage(const Frame &frame)
{
    return parseAs<ClientMessage>(frame);
}

ProtocolResult<ServerMessage> parseServerMessage(const Frame &frame)
{
    return parseAs<ServerMessage>(frame);
}

Frame toFrame(const ClientMessage &message, const QString &id)
{
    return std::visit([&id](const auto &value) { return value.toFrame(id); }, message);
}

Frame toFrame(const ServerMessage &message, const QString &id)
{
    return std::visit([&id](const auto &value) { return value.toFrame(id); }, message);
}

}  // namespace Frontline::Protocol

namespace Frontline::Models {

template<>
std::optional<Protocol::EntityKind> enumFromString<Protocol::EntityKind>(QStringView text)
{
    return Models::valueOf(Protocol::EntityKindNames, text);
}

template<>
std::optional<Protocol::ChangeOp> enumFromString<Protocol::ChangeOp>(QStringView text)
{
    return Models::valueOf(Protocol::ChangeOpNames, text);
}

template<>
std::optional<Protocol::AckResult> enumFromString<Protocol::AckResult>(QStringView text)
{
    return Models::valueOf(Protocol::AckResultNames, text);
}

template<>
std::optional<Protocol::AuthFailure> enumFromString<Protocol::AuthFailure>(QStringView text)
{
    return Models::valueOf(Protocol::AuthFailureNames, text);
}

template<>
std::optional<Protocol::FetchWhat> enumFromString<Protocol::FetchWhat>(QStringView text)
{
    return Models::valueOf(Protocol::FetchWhatNames, text);
}

template<>
std::optional<Protocol::FetchStatus> enumFromString<Protocol::FetchStatus>(QStringView text)
{
    return Models::valueOf(Protocol::FetchStatusNames, text);
}

}  // namespace Frontline::Models
