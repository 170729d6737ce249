// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonreader.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Frontline::Models {

namespace {

// QUuid::fromString ignores anything after the 36th digit or brace, so "<uuid>junk" would pass.
QUuid uuidFromText(const QString &text)
{
    const bool braced = text.size() == 38 && text.startsWith(u'{') && text.endsWith(u'}');
    return text.size() == 36 || braced ? QUuid::fromString(text) : QUuid();
}

}  // namespace

JsonReader::JsonReader(const QJsonObject &object, QString entity)
    : m_object(object)
    , m_entity(std::move(entity))
{}

void JsonReader::fail(Error::Code code, QStringView key, const QString &problem)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_error.code = code;
    m_error.field = m_entity + u'.' + key.toString();
    m_error.message = QStringLiteral("%1: %2").arg(m_error.field, problem);
}

bool JsonReader::present(QStringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

bool JsonReader::require(QStringView key)
{
    if (m_failed) {
        return false;
    }
    if (!present(key)) {
        fail(Error::Code::MissingField, key, QStringLiteral("required field is missing"));
        return false;
    }
    return true;
}

bool JsonReader::expectType(QStringView key, QJsonValue::Type type, const char *typeName)
{
    if (!require(key)) {
        return false;
    }
    if (m_object.value(key).type() != type) {
        fail(Error::Code::WrongType, key, QStringLiteral("expected %1").arg(QLatin1StringView(typeName)));
        return false;
    }
    return true;
}

bool JsonReader::checkText(QStringView key, const QString &value, qsizetype maxLength)
{
    if (value.size() > maxLength) {
        fail(Error::Code::TooLong, key,
             QStringLiteral("%1 characters, at most %2 allowed").arg(value.size()).arg(maxLength));
        return false;
    }
    // Lone surrogates can arrive through \u escapes; NUL would truncate text in SQL and C APIs.
    if (!value.isValidUtf16() || value.contains(QChar::Null)) {
        fail(Error::Code::InvalidValue, key, QStringLiteral("text contains invalid characters"));
        return false;
    }
    return true;
}

QUuid JsonReader::id(QStringView key)
{
    if (!expectType(key, QJsonValue::String, "a UUID string")) {
        return {};
    }
    const QString text = m_object.value(key).toString();
    const QUuid uuid = uuidFromText(text);
    if (uuid.isNull()) {
        fail(Error::Code::InvalidValue, key, QStringLiteral("not a valid UUID"));
        return {};
    }
    return uuid;
}

QUuid JsonReader::optionalId(QStringView key)
{
    return present(key) ? id(key) : QUuid();
}

QString JsonReader::text(QStringView key, qsizetype maxLength)
{
    if (!expectType(key, QJsonValue::String, "a string")) {
        return {};
    }
    QString value = m_object.value(key).toString();
    return checkText(key, value, maxLength) ? value : QString();
}

QString JsonReader::nonEmptyText(QStringView key, qsizetype maxLength)
{
    QString value = text(key, maxLength);
    if (ok() && value.trimmed().isEmpty()) {
        fail(Error::Code::InvalidValue, key, QStringLiteral("must not be empty"));
        return {};
    }
    return value;
}

QString JsonReader::optionalText(QStringView key, qsizetype maxLength)
{
    return present(key) ? text(key, maxLength) : QString();
}

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    if (!expectType(key, QJsonValue::Double, "a number")) {
        return 0;
    }
    const double number = m_object.value(key).toDouble();
    // Doubles hold integers exactly up to 2^53; anything with a fraction is not an integer.
    if (number != std::trunc(number)) {
        fail(Error::Code::WrongType, key, QStringLiteral("expected a whole number"));
        return 0;
    }
    // Compare as doubles: converting a double beyond qint64's range to qint64 is undefined behaviour.
    if (number < static_cast<double>(min) || number > static_cast<double>(max) || std::abs(number) >= 0x1p63) {
        fail(Error::Code::InvalidValue, key,
             QStringLiteral("%1 is outside %2..%3").arg(number, 0, 'g', 17).arg(min).arg(max));
        return 0;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key, qint64 min, qint64 max)
{
    if (!present(key)) {
        return std::nullopt;
    }
    const qint64 value = integer(key, min, max);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

bool JsonReader::boolean(QStringView key)
{
    return expectType(key, QJsonValue::Bool, "true or false") && m_object.value(key).toBool();
}

QDateTime JsonReader::timestamp(QStringView key)
{
    const QString value = text(key, 40);
    if (!ok()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid() || !value.endsWith(u'Z')) {
        fail(Error::Code::InvalidValue, key,
             QStringLiteral("expected an ISO 8601 UTC time like 2026-01-31T09:30:00.000Z"));
        return {};
    }
    return time.toUTC();
}

QDateTime JsonReader::optionalTimestamp(QStringView key)
{
    return present(key) ? timestamp(key) : QDateTime();
}

QJsonArray JsonReader::array(QStringView key, qsizetype maxItems)
{
    if (!expectType(key, QJsonValue::Array, "an array")) {
        return {};
    }
    QJsonArray items = m_object.value(key).toArray();
    if (items.size() > maxItems) {
        fail(Error::Code::TooLong, key, QStringLiteral("%1 items, at most %2 allowed").arg(items.size()).arg(maxItems));
        return {};
    }
    return items;
}

QJsonObject JsonReader::object(QStringView key)
{
    return expectType(key, QJsonValue::Object, "an object") ? m_object.value(key).toObject() : QJsonObject();
}

QStringList JsonReader::textList(QStringView key, qsizetype maxItems, qsizetype maxLength)
{
    const QJsonArray items = array(key, maxItems);
    QStringList result;
    result.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(Error::Code::WrongType, key, QStringLiteral("expected an array of strings"));
            return {};
        }
        if (!checkText(key, item.toString(), maxLength)) {
            return {};
        }
        result.append(item.toString());
    }
    return ok() ? result : QStringList();
}

QList<QUuid> JsonReader::idList(QStringView key, qsizetype maxItems)
{
    const QJsonArray items = array(key, maxItems);
    QList<QUuid> result;
    result.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QUuid uuid = uuidFromText(item.toString());
        if (!item.isString() || uuid.isNull()) {
            fail(Error::Code::InvalidValue, key, QStringLiteral("expected an array of UUID strings"));
            return {};
        }
        result.append(uuid);
    }
    return ok() ? result : QList<QUuid>();
}

QString JsonReader::language(QStringView key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$"));
    const QString value = text(key, 16);
    if (ok() && !pattern.match(value).hasMatch()) {
        fail(Error::Code::InvalidValue, key,
             QStringLiteral("\"%1\" is not a language code like en or zh_CN").arg(value));
        return {};
    }
    return value;
}

Result<QJsonObject> parseJsonObject(const QByteArray &utf8)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{
            Error::Code::InvalidJson,
            QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
            {}};
    }
    if (!document.isObject()) {
        return Error{Error::Code::InvalidJson, QStringLiteral("expected a JSON object"), {}};
    }
    return document.object();
}

QJsonValue timestampToJson(const QDateTime &time)
{
    if (!time.isValid()) {
        return QJsonValue::Null;
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray idsToJson(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids) {
        array.append(idToString(id));
    }
    return array;
}

QString idToString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

}  // namespace Frontline::Models
