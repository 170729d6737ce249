// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frame.h"

#include <models/jsonreader.h>

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Frontline::Protocol {

namespace {

// Debug output is off unless enabled (QT_LOGGING_RULES): a peer sending garbage must not flood the log.
Q_LOGGING_CATEGORY(lc, "frontline.protocol.frame", QtInfoMsg)

constexpr qsizetype MaxNameLength = 64;

// Indexed by ErrorCode; the names are on the wire, see frame.h.
constexpr std::array<QStringView, 11> ErrorCodeNames = {
    u"frame_too_large", u"frame_too_complex", u"invalid_utf8", u"invalid_json",        u"missing_field",  u"wrong_type",
    u"invalid_value",   u"too_long",          u"unknown_type", u"unsupported_version", u"internal_error",
};
static_assert(ErrorCodeNames.size() == static_cast<std::size_t>(ErrorCode::InternalError) + 1,
              "every ErrorCode needs a wire name");

ProtocolError makeProtocolError(ErrorCode code, QString message, QString field = {}, QString requestId = {})
{
    return ProtocolError{code, std::move(message), std::move(field), std::move(requestId)};
}

// The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is well-formed.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar secondMin = 0x80;
        uchar secondMax = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead == 0xe0) {
            length = 3;
            secondMin = 0xa0;  // overlong below U+0800
        } else if (lead == 0xed) {
            length = 3;
            secondMax = 0x9f;  // U+D800..U+DFFF are surrogates, not characters
        } else if (lead >= 0xe1 && lead <= 0xef) {
            length = 3;
        } else if (lead == 0xf0) {
            length = 4;
            secondMin = 0x90;  // overlong below U+10000
        } else if (lead >= 0xf1 && lead <= 0xf3) {
            length = 4;
        } else if (lead == 0xf4) {
            length = 4;
            secondMax = 0x8f;  // above U+10FFFF
        } else {
            return i;  // a continuation byte, an overlong lead (C0, C1) or F5..FF
        }
        if (size - i < length || data[i + 1] < secondMin || data[i + 1] > secondMax) {
            return i;
        }
        for (qsizetype k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xbf) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The end of the JSON number starting at \a i (RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?),
// or -1 when it is not one. Qt's parser also takes ".5" and "1.", which JSON does not allow.
qsizetype numberEnd(QByteArrayView json, qsizetype i)
{
    const qsizetype n = json.size();
    if (i < n && json[i] == '-') {
        ++i;
    }
    if (i < n && json[i] == '0') {
        ++i;
    } else if (i < n && isDigit(json[i])) {
        while (i < n && isDigit(json[i])) {
            ++i;
        }
    } else {
        return -1;
    }
    if (i < n && json[i] == '.') {
        if (++i >= n || !isDigit(json[i])) {
            return -1;
        }
        while (i < n && isDigit(json[i])) {
            ++i;
        }
    }
    if (i < n && (json[i] == 'e' || json[i] == 'E')) {
        if (++i < n && (json[i] == '+' || json[i] == '-')) {
            ++i;
        }
        if (i >= n || !isDigit(json[i])) {
            return -1;
        }
        while (i < n && isDigit(json[i])) {
            ++i;
        }
    }
    return i;
}

// One pass over the bytes before the parser runs. It bounds the parser's work (nesting, elements)
// and refuses what Qt's parser tolerates but JSON forbids: unknown escapes ("\q"), raw control
// characters inside strings, and malformed numbers. Other malformed JSON is left to the parser.
std::optional<ProtocolError> checkShape(QByteArrayView json, const FrameLimits &limits)
{
    const auto invalid = [](const QString &what) {
        return makeProtocolError(ErrorCode::InvalidJson, what);
    };
    QVarLengthArray<char, 64> open;
    bool inString = false;
    bool escaped = false;
    int hexDigitsLeft = 0;
    bool awaitingFirstItem = false;
    qsizetype elements = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (hexDigitsLeft > 0) {
                if (!std::isxdigit(static_cast<unsigned char>(c))) {
                    return invalid(u"a \\u escape needs four hexadecimal digits"_s);
                }
                --hexDigitsLeft;
            } else if (escaped) {
                escaped = false;
                if (c == 'u') {
                    hexDigitsLeft = 4;
                } else if (!QByteArrayView("\"\\/bfnrt").contains(c) || c == '\0') {
                    return invalid(u"unknown escape sequence in a string"_s);
                }
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return invalid(u"a control character inside a string must be escaped"_s);
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        if (awaitingFirstItem) {
            awaitingFirstItem = false;
            if (c != ']') {
                ++elements;
            }
        }
        if (c == '-' || isDigit(c)) {
            const qsizetype end = numberEnd(json, i);
            if (end < 0) {
                return invalid(u"malformed number"_s);
            }
            i = end - 1;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            open.append(c);
            if (open.size() > limits.maxDepth) {
                return makeProtocolError(
                    ErrorCode::FrameTooComplex,
                    u"frame nests objects and arrays deeper than %1 levels"_s.arg(limits.maxDepth));
            }
            awaitingFirstItem = c == '[';
            break;
        case '}':
        case ']':
            if (!open.isEmpty()) {
                open.removeLast();
            }
            break;
        case ':':
            ++elements;
            break;
        case ',':
            if (!open.isEmpty() && open.last() == '[') {
                ++elements;
            }
            break;
        case '.':
        case '+':
            return invalid(u"malformed number"_s);
        default:
            break;
        }
        if (elements > limits.maxElements) {
            return makeProtocolError(
                ErrorCode::FrameTooComplex,
                u"frame has more than %1 object members and array items"_s.arg(limits.maxElements));
        }
    }
    return std::nullopt;
}

bool hasValidText(const QJsonValue &value);

bool hasValidText(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.key().isValidUtf16() || !hasValidText(it.value())) {
            return false;
        }
    }
    return true;
}

// A JSON "\ud800" escape is valid UTF-8 but decodes to a lone surrogate, which is not text.
// Recursion is bounded by FrameLimits::maxDepth, checked before parsing.
bool hasValidText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isValidUtf16();
    case QJsonValue::Object:
        return hasValidText(value.toObject());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!hasValidText(item)) {
                return false;
            }
        }
        return true;
    }
    default:
        return true;
    }
}

bool isTypeCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || c == u'_' || c == u'.';
}

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' ||
           c == u':' || c == u'-';
}

template<typename Predicate>
bool isValidName(QStringView name, Predicate isAllowed)
{
    return !name.isEmpty() && name.size() <= MaxNameLength && std::all_of(name.begin(), name.end(), isAllowed);
}

// Reads "id" or "type": present, a string, and well-formed by isValid.
ProtocolResult<QString> readName(const QJsonObject &object, const QString &key, bool (*isValid)(QStringView),
                                 const QString &rule, const QString &requestId)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return makeProtocolError(ErrorCode::MissingField, u"frame has no \"%1\""_s.arg(key), key, requestId);
    }
    if (!value.isString()) {
        return makeProtocolError(ErrorCode::WrongType, u"\"%1\" must be a string"_s.arg(key), key, requestId);
    }
    QString name = value.toString();
    if (!isValid(name)) {
        return makeProtocolError(ErrorCode::InvalidValue, u"\"%1\" must be %2"_s.arg(key, rule), key, requestId);
    }
    return name;
}

ProtocolResult<Frame> parseFrame(const QByteArray &utf8, const FrameLimits &limits)
{
    if (utf8.size() > limits.maxFrameBytes) {
        return makeProtocolError(
            ErrorCode::FrameTooLarge,
            u"frame has %1 bytes, at most %2 allowed"_s.arg(utf8.size()).arg(limits.maxFrameBytes));
    }
    if (const qsizetype offset = firstInvalidUtf8Byte(utf8); offset >= 0) {
        return makeProtocolError(ErrorCode::InvalidUtf8, u"frame is not valid UTF-8 (byte %1)"_s.arg(offset));
    }
    if (std::optional<ProtocolError> error = checkShape(utf8, limits)) {
        return std::move(*error);
    }
    Models::Result<QJsonObject> parsed = Models::parseJsonObject(utf8);
    if (!parsed) {
        return makeProtocolError(ErrorCode::InvalidJson, parsed.error().message);
    }
    QJsonObject object = std::move(parsed).value();
    if (!hasValidText(object)) {
        return makeProtocolError(ErrorCode::InvalidUtf8, u"frame contains a lone UTF-16 surrogate (\\uD800-\\uDFFF)"_s);
    }

    // The id first, so that every later error can name the request it answers.
    const ProtocolResult<QString> id =
        readName(object, u"id"_s, &isValidId, u"1-64 characters of A-Z, a-z, 0-9, '_', '.', ':' and '-'"_s, {});
    if (!id) {
        return id.error();
    }
    const ProtocolResult<QString> type =
        readName(object, u"type"_s, &isValidType, u"1-64 characters of a-z, '_' and '.'"_s, *id);
    if (!type) {
        return type.error();
    }

    object.remove(u"id");
    object.remove(u"type");
    return Frame{*type, *id, std::move(object)};
}

ProtocolResult<Frame> logged(ProtocolResult<Frame> result)
{
    if (!result) {
        qCDebug(lc) << "refused frame:" << toString(result.error().code) << result.error().message;
    }
    return result;
}

}  // namespace

QString toString(ErrorCode code)
{
    return ErrorCodeNames.at(static_cast<std::size_t>(code)).toString();
}

std::optional<ErrorCode> errorCodeFromString(QStringView name)
{
    for (std::size_t i = 0; i < ErrorCodeNames.size(); ++i) {
        if (ErrorCodeNames[i] == name) {
            return static_cast<ErrorCode>(i);
        }
    }
    return std::nullopt;
}

ErrorCode errorCodeFor(Models::Error::Code code)
{
    using Code = Models::Error::Code;
    switch (code) {
    case Code::InvalidJson:
        return ErrorCode::InvalidJson;
    case Code::MissingField:
        return ErrorCode::MissingField;
    case Code::WrongType:
        return ErrorCode::WrongType;
    case Code::InvalidValue:
        return ErrorCode::InvalidValue;
    case Code::TooLong:
        return ErrorCode::TooLong;
    // Storage failures are ours, never the peer's.
    case Code::NotACache:
    case Code::NewerVersion:
    case Code::Corrupt:
    case Code::MigrationFailed:
    case Code::Io:
    case Code::Database:
    case Code::DiskFull:
    case Code::ReadOnly:
        return ErrorCode::InternalError;
    }
    return ErrorCode::InternalError;
}

ProtocolError ProtocolError::fromModelsError(const Models::Error &error, const QString &requestId)
{
    return ProtocolError{errorCodeFor(error.code), error.message, error.field, requestId};
}

bool isValidType(QStringView type)
{
    return isValidName(type, isTypeCharacter);
}

bool isValidId(QStringView id)
{
    return isValidName(id, isIdCharacter);
}

QByteArray Frame::toJson() const
{
    QJsonObject object = payload;
    object.insert(u"type"_s, type);
    object.insert(u"id"_s, id);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ProtocolResult<Frame> Frame::parse(const QByteArray &utf8, const FrameLimits &limits)
{
    return logged(parseFrame(utf8, limits));
}

ProtocolResult<Frame> Frame::parse(const QString &text, const FrameLimits &limits)
{
    // Every UTF-16 unit takes at least one UTF-8 byte: refuse a huge text before converting it.
    if (text.size() > limits.maxFrameBytes) {
        return logged(makeProtocolError(
            ErrorCode::FrameTooLarge,
            u"frame has at least %1 bytes, at most %2 allowed"_s.arg(text.size()).arg(limits.maxFrameBytes)));
    }
    // toUtf8() would silently replace a lone surrogate; refuse it instead.
    if (!text.isValidUtf16()) {
        return logged(makeProtocolError(ErrorCode::InvalidUtf8, u"frame text contains a lone UTF-16 surrogate"_s));
    }
    return logged(parseFrame(text.toUtf8(), limits));
}

Frame makeError(const QString &inReplyTo, ErrorCode code, const QString &message)
{
    return Frame{u"error"_s, isValidId(inReplyTo) ? inReplyTo : UnknownRequestId.toString(),
                 QJsonObject{{u"code"_s, toString(code)}, {u"message"_s, message}}};
}

Frame makeError(const ProtocolError &error)
{
    Frame frame = makeError(error.requestId, error.code, error.message);
    if (!error.field.isEmpty()) {
        frame.payload.insert(u"field"_s, error.field);
    }
    return frame;
}

}  // namespace Frontline::Protocol
