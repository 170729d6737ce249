// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <variant>

namespace Frontline::Protocol {

/*! The protocol version this build speaks; exchanged in hello/welcome. */
constexpr int ProtocolVersion = 1;

/*!
    \brief Bounds on what a peer may make us parse. Everything is checked before the frame reaches
    a handler, so a hostile peer can cost at most one bounded parse per frame.
*/
struct FrameLimits final
{
    qsizetype maxFrameBytes = 1024 * 1024;  // UTF-8 bytes of the whole frame
    int maxDepth = 32;                      // nested objects and arrays, the envelope itself counting as 1
    // Object members plus array items over the whole frame. A change page of a few hundred tickets
    // stays well below; a megabyte of "{"a":0,"b":0,…}" does not.
    qsizetype maxElements = 50'000;
};

/*!
    \brief Why a frame was refused, as sent on the wire in an error frame's "code".

    The wire names (toString()) are part of protocol v1: never rename one, only add.
*/
enum class ErrorCode
{
    FrameTooLarge,       // "frame_too_large": over FrameLimits::maxFrameBytes
    FrameTooComplex,     // "frame_too_complex": nested too deep or too many elements
    InvalidUtf8,         // "invalid_utf8": the bytes are not UTF-8, or the text is not valid Unicode
    InvalidJson,         // "invalid_json": not JSON, or not a JSON object
    MissingField,        // "missing_field": a required field is absent or null
    WrongType,           // "wrong_type": a field has the wrong JSON type
    InvalidValue,        // "invalid_value": malformed id or type, unknown enum value, out-of-range number
    TooLong,             // "too_long": a string or list is longer than allowed
    UnknownType,         // "unknown_type": a well-formed frame of a type the receiver does not handle
    UnsupportedVersion,  // "unsupported_version": the peer speaks a protocol version we do not
    InternalError,       // "internal_error": the receiver failed; the sender did nothing wrong
};

/*! The stable snake_case wire name of \a code. */
QString toString(ErrorCode code);
/*! Parses a wire name; nothing for a name this build does not know. */
std::optional<ErrorCode> errorCodeFromString(QStringView name);
/*! The wire code for a payload error found by Models::JsonReader or a domain type's fromJson(). */
ErrorCode errorCodeFor(Models::Error::Code code);

/*!
    \brief A refused frame or payload: the protocol code, a message for logs and the peer's
    developers (not translated), and the request id when it could be read, so that the error
    frame can refer to the request.
*/
struct ProtocolError final
{
    ErrorCode code = ErrorCode::InvalidValue;
    QString message;
    QString field;      // the offending field, where there is one ("id", "ticket.subject")
    QString requestId;  // empty when the frame's id could not be read

    /*! Wraps a payload error from the models layer (JsonReader, fromJson()). */
    static ProtocolError fromModelsError(const Models::Error &error, const QString &requestId);
};

/*!
    \brief Either a value or a ProtocolError; the protocol's counterpart of Models::Result, whose
    Error cannot carry a protocol code or a request id.
*/
template<typename T>
class [[nodiscard]] ProtocolResult final
{
public:
    ProtocolResult(T value)  // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::move(value))
    {}
    ProtocolResult(ProtocolError error)  // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: a reference into a temporary result would dangle in "for (x : f().value())".
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const ProtocolError &error() const { return std::get<ProtocolError>(m_data); }
    /*! The value, or \a fallback when there is an error. */
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, ProtocolError> m_data;
};

/*!
    \brief The envelope of every protocol v1 message: one JSON object in a WebSocket text frame,
    \c {{"type": "...", "id": "...", ...payload}}.

    \c type is 1-64 characters of [a-z_.]; \c id is chosen by the sender (replies carry the id of
    their request) and is 1-64 characters of [A-Za-z0-9_.:-]. parse() checks only the envelope and
    the limits; each message type validates its own payload fields (with Models::JsonReader).
    Every string in a parsed frame is valid Unicode.
*/
struct Frame final
{
    QString type;
    QString id;
    QJsonObject payload;  // every field except "type" and "id"

    /*! Compact UTF-8 JSON. "type" and "id" win over payload fields of the same name. */
    QByteArray toJson() const;

    static ProtocolResult<Frame> parse(const QByteArray &utf8, const FrameLimits &limits = {});
    /*! For QWebSocket::textMessageReceived, which hands over a QString. */
    static ProtocolResult<Frame> parse(const QString &text, const FrameLimits &limits = {});
};

bool isValidType(QStringView type);
bool isValidId(QStringView id);

/*! The id of an error frame answering a frame whose own id could not be read. */
inline constexpr QStringView UnknownRequestId = u"-";

/*!
    Builds \c {{"type": "error", "id": inReplyTo, "code": "<wire name>", "message": message}}.
    An empty or malformed \a inReplyTo becomes UnknownRequestId, so the error frame itself is
    always valid.
*/
Frame makeError(const QString &inReplyTo, ErrorCode code, const QString &message);
/*! The error frame for \a error, replying to its request id; adds "field" when there is one. */
Frame makeError(const ProtocolError &error);

}  // namespace Frontline::Protocol
