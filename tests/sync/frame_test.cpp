// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <protocol/frame.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <catch2/catch.hpp>
#include <string>

using namespace Frontline::Protocol;
using namespace Qt::StringLiterals;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

namespace {

const QByteArray Envelope = R"({"type":"ping","id":"r1")"_ba;

// The same frame with one more field: fieldJson is raw JSON text, e.g. "\"pad\":\"aaa\"".
QByteArray withField(const QByteArray &fieldJson)
{
    return Envelope + ',' + fieldJson + '}';
}

// A valid frame of exactly `size` bytes, padded with a string field.
QByteArray frameOfSize(qsizetype size)
{
    const QByteArray empty = withField(R"("pad":"")"_ba);
    REQUIRE(size >= empty.size());
    return withField("\"pad\":\"" + QByteArray(size - empty.size(), 'a') + '"');
}

ProtocolError refusal(const QByteArray &bytes, const FrameLimits &limits = {})
{
    INFO("frame: " << bytes.left(120).toStdString());
    const ProtocolResult<Frame> frame = Frame::parse(bytes, limits);
    REQUIRE_FALSE(frame.ok());
    CHECK_FALSE(frame.error().message.isEmpty());
    return frame.error();
}

Frame accepted(const QByteArray &bytes, const FrameLimits &limits = {})
{
    INFO("frame: " << bytes.left(120).toStdString());
    ProtocolResult<Frame> frame = Frame::parse(bytes, limits);
    if (!frame) {
        FAIL("refused: " << frame.error().message.toStdString());
    }
    return std::move(frame).value();
}

Frame roundTrip(const Frame &frame)
{
    return accepted(frame.toJson());
}

}  // namespace

TEST_CASE("A frame survives a round trip through JSON unchanged", "[sync][protocol]")
{
    const Frame original{u"ticket.update"_s, u"c1:42"_s,
                         QJsonObject{{u"subject"_s, u"Refund for order 1042"_s},
                                     {u"count"_s, 3},
                                     {u"ratio"_s, 0.5},
                                     {u"urgent"_s, true},
                                     {u"assigneeId"_s, QJsonValue::Null},
                                     {u"tags"_s, QJsonArray{u"billing"_s, u"vip"_s}},
                                     {u"base"_s, QJsonObject{{u"rev"_s, 7}}}}};

    const Frame copy = roundTrip(original);

    CHECK(copy.type == original.type);
    CHECK(copy.id == original.id);
    CHECK(copy.payload == original.payload);
    CHECK_FALSE(copy.payload.contains(u"type"));
    CHECK_FALSE(copy.payload.contains(u"id"));
}

TEST_CASE("The envelope's type and id are taken out of the payload and win over payload fields", "[sync][protocol]")
{
    const Frame parsed = accepted(R"({"type":"hello","id":"1","version":1})"_ba);
    CHECK(parsed.type == u"hello"_s);
    CHECK(parsed.id == u"1"_s);
    CHECK(parsed.payload == QJsonObject{{u"version"_s, 1}});

    const Frame sneaky{u"hello"_s, u"2"_s, QJsonObject{{u"type"_s, u"admin"_s}, {u"id"_s, u"other"_s}}};
    const Frame copy = roundTrip(sneaky);
    CHECK(copy.type == u"hello"_s);
    CHECK(copy.id == u"2"_s);
    CHECK(copy.payload.isEmpty());
}

TEST_CASE("A frame exactly at the size limit passes and one byte over is refused", "[sync][protocol]")
{
    SECTION("default limit of 1 MiB")
    {
        const FrameLimits limits;
        REQUIRE(limits.maxFrameBytes == 1024 * 1024);
        CHECK(accepted(frameOfSize(limits.maxFrameBytes)).type == u"ping"_s);
        CHECK(refusal(frameOfSize(limits.maxFrameBytes + 1)).code == ErrorCode::FrameTooLarge);
    }
    SECTION("a custom limit")
    {
        FrameLimits limits;
        limits.maxFrameBytes = 200;
        CHECK(Frame::parse(frameOfSize(200), limits).ok());
        CHECK(refusal(frameOfSize(201), limits).code == ErrorCode::FrameTooLarge);
    }
    SECTION("as text, the limit counts UTF-8 bytes, not characters")
    {
        FrameLimits limits;
        limits.maxFrameBytes = 100;
        // 30 Chinese characters are 90 UTF-8 bytes: the frame has fewer than 100 characters but more bytes.
        const QString text = uR"({"type":"ping","id":"r1","name":")"_s + QString(30, u'王') + u"\"}"_s;
        REQUIRE(text.size() < 100);
        const ProtocolResult<Frame> frame = Frame::parse(text, limits);
        REQUIRE_FALSE(frame.ok());
        CHECK(frame.error().code == ErrorCode::FrameTooLarge);
    }
}

TEST_CASE("An over-size frame is refused before it is parsed", "[sync][protocol]")
{
    FrameLimits limits;
    limits.maxFrameBytes = 64;
    // Not JSON at all, yet the answer is about the size: nothing was parsed.
    CHECK(refusal(QByteArray(65, '{'), limits).code == ErrorCode::FrameTooLarge);
    CHECK(Frame::parse(QString(65, u'x'), limits).error().code == ErrorCode::FrameTooLarge);
}

TEST_CASE("Bytes that are not valid UTF-8 are refused", "[sync][protocol]")
{
    const auto [name, bytes] = GENERATE(table<const char *, QByteArray>({
        {"a lone continuation byte", "\x80"_ba},
        {"a truncated sequence", "\xe4\xb8"_ba},
        {"a truncated sequence before the closing quote", "\xe4\xb8\""_ba},
        {"an overlong '/'", "\xc0\xaf"_ba},
        {"an overlong three-byte form", "\xe0\x80\xaf"_ba},
        {"an encoded surrogate", "\xed\xa0\x80"_ba},
        {"a code point above U+10FFFF", "\xf4\x90\x80\x80"_ba},
        {"a byte that never occurs", "\xff"_ba},
        {"Latin-1 text", "caf\xe9"_ba},
    }));
    INFO(name);
    const ProtocolError error = refusal(withField("\"text\":\"" + bytes + "\""));
    CHECK(error.code == ErrorCode::InvalidUtf8);
}

TEST_CASE("Valid multi-byte UTF-8 passes the envelope", "[sync][protocol]")
{
    const Frame frame = accepted(withField(u"\"text\":\"é 中文 😀 \U0010FFFD\""_s.toUtf8()));
    CHECK(frame.payload.value(u"text").toString() == u"é 中文 😀 \U0010FFFD"_s);
}

TEST_CASE("Text with a lone surrogate is refused", "[sync][protocol]")
{
    SECTION("in a QString from the socket")
    {
        QString text = QString::fromUtf8(withField(R"("text":"x")"_ba));
        text[text.indexOf(u'x')] = QChar(0xd800);
        const ProtocolResult<Frame> frame = Frame::parse(text);
        REQUIRE_FALSE(frame.ok());
        CHECK(frame.error().code == ErrorCode::InvalidUtf8);
    }
    SECTION("as a JSON escape in a value")
    {
        CHECK(refusal(withField(R"("text":"a\ud800b")"_ba)).code == ErrorCode::InvalidUtf8);
    }
    SECTION("as a JSON escape in a nested key")
    {
        CHECK(refusal(withField(R"("o":{"\udc00":1})"_ba)).code == ErrorCode::InvalidUtf8);
    }
    SECTION("a correctly paired escape passes")
    {
        CHECK(accepted(withField(R"("text":"\ud83d\ude00")"_ba)).payload.value(u"text").toString() == u"😀"_s);
    }
}

TEST_CASE("A QString frame parses like its UTF-8 bytes", "[sync][protocol]")
{
    const QString text = uR"({"type":"message.send","id":"m-1","body":"您好，请稍等"})"_s;
    const ProtocolResult<Frame> frame = Frame::parse(text);
    REQUIRE(frame.ok());
    CHECK(frame->type == u"message.send"_s);
    CHECK(frame->payload.value(u"body").toString() == u"您好，请稍等"_s);
}

TEST_CASE("Text that is not JSON is refused as invalid JSON", "[sync][protocol]")
{
    const QByteArray bytes =
        GENERATE(""_ba, "hello"_ba, R"({"type":"ping","id":"r1")"_ba, R"({"type":"ping","id":"r1",})"_ba,
                 R"({'type':'ping','id':'r1'})"_ba, R"({"type":"ping","id":"r1"} {})"_ba);
    CHECK(refusal(bytes).code == ErrorCode::InvalidJson);
}

// RFC 8259 lets a parser ignore a byte order mark; Qt's does.
TEST_CASE("A leading UTF-8 byte order mark is tolerated", "[sync][protocol]")
{
    CHECK(accepted("\xef\xbb\xbf{\"type\":\"ping\",\"id\":\"r1\"}"_ba).type == u"ping"_s);
}

TEST_CASE("JSON that is not an object is refused as invalid JSON", "[sync][protocol]")
{
    const QByteArray bytes =
        GENERATE(R"([{"type":"ping","id":"r1"}])"_ba, R"("ping")"_ba, "42"_ba, "null"_ba, "true"_ba);
    CHECK(refusal(bytes).code == ErrorCode::InvalidJson);
}

TEST_CASE("A frame without a string type is refused", "[sync][protocol]")
{
    SECTION("missing")
    {
        const ProtocolError error = refusal(R"({"id":"r1"})"_ba);
        CHECK(error.code == ErrorCode::MissingField);
        CHECK(error.field == u"type"_s);
        CHECK(error.requestId == u"r1"_s);  // the error frame can still answer the request
    }
    SECTION("null")
    {
        CHECK(refusal(R"({"type":null,"id":"r1"})"_ba).code == ErrorCode::MissingField);
    }
    SECTION("not a string")
    {
        const QByteArray bytes = GENERATE(R"({"type":1,"id":"r1"})"_ba, R"({"type":["ping"],"id":"r1"})"_ba,
                                          R"({"type":{"name":"ping"},"id":"r1"})"_ba, R"({"type":true,"id":"r1"})"_ba);
        const ProtocolError error = refusal(bytes);
        CHECK(error.code == ErrorCode::WrongType);
        CHECK(error.field == u"type"_s);
    }
}

TEST_CASE("A type with characters outside [a-z_.] or outside 1-64 characters is refused", "[sync][protocol]")
{
    const QString type = GENERATE(u""_s, u"Ping"_s, u"ticket-update"_s, u"ticket update"_s, u"ping\n"_s, u"ping;drop"_s,
                                  u"ticket/update"_s, u"票"_s, u"ping1"_s, QString(65, u'a'));
    INFO("type: " << type.toStdString());
    CHECK_FALSE(isValidType(type));
    const Frame frame{type, u"r1"_s, {}};
    const ProtocolError error = refusal(frame.toJson());
    CHECK(error.code == ErrorCode::InvalidValue);
    CHECK(error.field == u"type"_s);
    CHECK(error.requestId == u"r1"_s);
}

TEST_CASE("A type of 1 to 64 characters of [a-z_.] is accepted", "[sync][protocol]")
{
    const QString type =
        GENERATE(u"p"_s, u"ping"_s, u"changes.page"_s, u"lead_dashboard.subscribe"_s, QString(64, u'z'));
    CHECK(roundTrip(Frame{type, u"r1"_s, {}}).type == type);
}

TEST_CASE("A frame without a valid id is refused", "[sync][protocol]")
{
    SECTION("missing")
    {
        const ProtocolError error = refusal(R"({"type":"ping"})"_ba);
        CHECK(error.code == ErrorCode::MissingField);
        CHECK(error.field == u"id"_s);
        CHECK(error.requestId.isEmpty());
    }
    SECTION("not a string")
    {
        const QByteArray bytes = GENERATE(R"({"type":"ping","id":7})"_ba, R"({"type":"ping","id":["r1"]})"_ba);
        const ProtocolError error = refusal(bytes);
        CHECK(error.code == ErrorCode::WrongType);
        CHECK(error.field == u"id"_s);
    }
    SECTION("bad characters or length")
    {
        const QString id = GENERATE(u""_s, u"r 1"_s, u"r/1"_s, u"r1'"_s, u"请求"_s, u"r1\u0000"_s, QString(65, u'1'));
        INFO("id: " << id.toStdString());
        CHECK_FALSE(isValidId(id));
        const ProtocolError error = refusal(Frame{u"ping"_s, id, {}}.toJson());
        CHECK(error.code == ErrorCode::InvalidValue);
        CHECK(error.field == u"id"_s);
        CHECK(error.requestId.isEmpty());
    }
}

TEST_CASE("An id of 1 to 64 characters of [A-Za-z0-9_.:-] is accepted", "[sync][protocol]")
{
    const QString id = GENERATE(u"1"_s, u"Az09_.:-"_s, u"5f0c2e3a-8d1b-4c7e-9a6f-2b3c4d5e6f70"_s, QString(64, u'x'));
    CHECK(roundTrip(Frame{u"ping"_s, id, {}}).id == id);
}

TEST_CASE("Nesting deeper than the limit is refused", "[sync][protocol]")
{
    const auto nested = [](int levels) {
        return withField("\"n\":" + QByteArray(levels, '[') + QByteArray(levels, ']'));
    };
    const FrameLimits limits;
    REQUIRE(limits.maxDepth == 32);

    // The envelope is the first level.
    CHECK(Frame::parse(nested(31)).ok());
    CHECK(refusal(nested(32)).code == ErrorCode::FrameTooComplex);
    // Far deeper than Qt's own parser allows: still our answer, not a parser error.
    CHECK(refusal(nested(100'000)).code == ErrorCode::FrameTooComplex);
    CHECK(refusal(withField("\"n\":" + QByteArray(5'000, '{'))).code == ErrorCode::FrameTooComplex);

    SECTION("brackets inside strings do not count")
    {
        const QByteArray brackets = QByteArray(1'000, '[') + R"(\"{{{)" + QByteArray(1'000, '{');
        const Frame frame = accepted(withField("\"text\":\"" + brackets + '"'));
        CHECK(frame.payload.value(u"text").toString().size() == 2'004);
    }
}

TEST_CASE("More object members and array items than the limit are refused", "[sync][protocol]")
{
    FrameLimits limits;
    limits.maxElements = 10;
    // "type", "id" and "items" are 3 members; 7 items make 10.
    const auto withItems = [](int count) {
        QJsonArray items;
        for (int i = 0; i < count; ++i) {
            items.append(i);
        }
        return Frame{u"ping"_s, u"r1"_s, QJsonObject{{u"items"_s, items}}}.toJson();
    };
    CHECK(Frame::parse(withItems(7), limits).ok());
    CHECK(refusal(withItems(8), limits).code == ErrorCode::FrameTooComplex);
    CHECK(Frame::parse(withField(R"("a":[],"b":[[]],"c":{},"d":[{}])"_ba), limits).ok());  // 2 + 4 members + 2 items

    SECTION("many keys within the default size limit")
    {
        QByteArray keys;
        for (int i = 0; i < 60'000; ++i) {
            keys += "\"k" + QByteArray::number(i) + "\":0,";
        }
        keys.chop(1);
        const QByteArray frame = withField(keys);
        REQUIRE(frame.size() < FrameLimits().maxFrameBytes);
        CHECK(refusal(frame).code == ErrorCode::FrameTooComplex);
    }
}

TEST_CASE("SQL metacharacters and Chinese text survive a round trip unchanged", "[sync][protocol]")
{
    const QStringList texts{
        u"'; DROP TABLE tickets; --"_s,
        u"Robert'); DELETE FROM customers WHERE ('1'='1"_s,
        u"100% _matched_ \\ \"quoted\" `backtick` /* comment */ ?1 :name $1"_s,
        u"王芳已接手工单 1042：客户要求退款。"_s,
        u"請稍候，我們正在為您查詢訂單"_s,
        u"混合 mixed 文本\t制表符\n换行 \u00a0 😀"_s,
    };
    QJsonObject payload;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        payload.insert(u"text%1"_s.arg(i), texts.at(i));
    }
    payload.insert(u"王芳"_s, u"键也是中文"_s);
    const Frame original{u"message.send"_s, u"m-1"_s, payload};

    const Frame fromBytes = roundTrip(original);
    CHECK(fromBytes.payload == payload);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        CHECK(fromBytes.payload.value(u"text%1"_s.arg(i)).toString() == texts.at(i));
    }

    const ProtocolResult<Frame> fromText = Frame::parse(QString::fromUtf8(original.toJson()));
    REQUIRE(fromText.ok());
    CHECK(fromText->payload == payload);
}

TEST_CASE("10,000-character strings inside the payload pass the envelope", "[sync][protocol]")
{
    const QString latin(10'000, u'a');
    const QString chinese(10'000, u'汉');
    const Frame original{u"message.send"_s, u"m-2"_s, QJsonObject{{u"body"_s, latin}, {u"note"_s, chinese}}};

    const Frame copy = roundTrip(original);
    CHECK(copy.payload.value(u"body").toString() == latin);
    CHECK(copy.payload.value(u"note").toString() == chinese);
}

TEST_CASE("An error frame has type error, the request's id, a wire code and a message", "[sync][protocol]")
{
    const Frame error = makeError(u"req-7"_s, ErrorCode::InvalidJson, u"invalid JSON at offset 3"_s);

    const QJsonObject json = QJsonDocument::fromJson(error.toJson()).object();
    CHECK(json == QJsonObject{{u"type"_s, u"error"_s},
                              {u"id"_s, u"req-7"_s},
                              {u"code"_s, u"invalid_json"_s},
                              {u"message"_s, u"invalid JSON at offset 3"_s}});
    CHECK(roundTrip(error).payload == error.payload);

    SECTION("an unreadable request id becomes the unknown id, so the error frame stays valid")
    {
        for (const QString &id : {QString(), u"bad id"_s, QString(65, u'x')}) {
            const Frame frame = makeError(id, ErrorCode::MissingField, u"frame has no \"id\""_s);
            CHECK(frame.id == UnknownRequestId.toString());
            CHECK(Frame::parse(frame.toJson()).ok());
        }
    }
    SECTION("from a refused frame, answering its id and naming the field")
    {
        const ProtocolError refused = refusal(R"({"type":"Bad Type","id":"q1"})"_ba);
        const Frame frame = makeError(refused);
        CHECK(frame.id == u"q1"_s);
        CHECK(frame.payload.value(u"code").toString() == u"invalid_value"_s);
        CHECK(frame.payload.value(u"field").toString() == u"type"_s);
        CHECK(frame.payload.value(u"message").toString() == refused.message);
    }
}

TEST_CASE("Error codes have stable snake_case wire names", "[sync][protocol]")
{
    const auto [code, name] = GENERATE(table<ErrorCode, QString>({
        {ErrorCode::FrameTooLarge, u"frame_too_large"_s},
        {ErrorCode::FrameTooComplex, u"frame_too_complex"_s},
        {ErrorCode::InvalidUtf8, u"invalid_utf8"_s},
        {ErrorCode::InvalidJson, u"invalid_json"_s},
        {ErrorCode::MissingField, u"missing_field"_s},
        {ErrorCode::WrongType, u"wrong_type"_s},
        {ErrorCode::InvalidValue, u"invalid_value"_s},
        {ErrorCode::TooLong, u"too_long"_s},
        {ErrorCode::UnknownType, u"unknown_type"_s},
        {ErrorCode::UnsupportedVersion, u"unsupported_version"_s},
        {ErrorCode::InternalError, u"internal_error"_s},
    }));
    CHECK(toString(code) == name);
    CHECK(errorCodeFromString(name) == code);
    CHECK_FALSE(errorCodeFromString(u"no_such_code").has_value());
}

TEST_CASE("Payload errors from the models layer map to wire codes", "[sync][protocol]")
{
    using Code = Frontline::Models::Error::Code;
    CHECK(errorCodeFor(Code::MissingField) == ErrorCode::MissingField);
    CHECK(errorCodeFor(Code::WrongType) == ErrorCode::WrongType);
    CHECK(errorCodeFor(Code::InvalidValue) == ErrorCode::InvalidValue);
    CHECK(errorCodeFor(Code::TooLong) == ErrorCode::TooLong);
    CHECK(errorCodeFor(Code::InvalidJson) == ErrorCode::InvalidJson);
    CHECK(errorCodeFor(Code::Database) == ErrorCode::InternalError);

    const Frontline::Models::Error modelsError{Code::TooLong, u"ticket.subject: too long"_s, u"ticket.subject"_s};
    const ProtocolError error = ProtocolError::fromModelsError(modelsError, u"m-3"_s);
    CHECK(error.code == ErrorCode::TooLong);
    CHECK(error.field == u"ticket.subject"_s);
    CHECK(error.requestId == u"m-3"_s);
    CHECK(error.message == modelsError.message);
}

TEST_CASE("The protocol version is 1", "[sync][protocol]")
{
    STATIC_REQUIRE(ProtocolVersion == 1);
}

TEST_CASE("JSON that Qt's parser would tolerate but JSON forbids is refused", "[sync][protocol]")
{
    const char *bad[] = {
        R"({"type":"logout","id":"a","x":"\q"})",                  // unknown escape
        R"({"type":"logout","id":"a","x":"\'"})",                  // unknown escape
        "{\"type\":\"logout\",\"id\":\"a\",\"x\":\"tab\there\"}",  // raw control character
        R"({"type":"logout","id":"a","x":.5})",                    // number without a leading digit
        R"({"type":"logout","id":"a","x":1.})",                    // number without digits after the point
        R"({"type":"logout","id":"a","x":01})",                    // leading zero
        R"({"type":"logout","id":"a","x":"\u12G4"})",              // bad \u escape
    };
    for (const char *text : bad) {
        INFO(text);
        const auto frame = Frontline::Protocol::Frame::parse(QByteArray(text));
        REQUIRE_FALSE(frame.ok());
        CHECK(frame.error().code == Frontline::Protocol::ErrorCode::InvalidJson);
    }
    CHECK(Frontline::Protocol::Frame::parse(QByteArray(R"({"type":"logout","id":"a","x":[-0.5e+3,1E2,0,"\u00e9\n"]})"))
              .ok());
}
