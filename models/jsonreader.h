// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace Frontline::Models {

/*!
    \brief Reads typed fields out of a JSON object and remembers the first thing that was wrong.

    Every domain type's fromJson() reads all its fields through one reader and then checks ok():
    a bad object yields an Error naming the field, never a half-filled value. Text must be valid
    UTF-16 without NUL characters and within its length limit; timestamps are ISO 8601 in UTC.
*/
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString entity);

    QUuid id(QStringView key);
    QUuid optionalId(QStringView key);  // missing or null gives a null QUuid
    QString text(QStringView key, qsizetype maxLength);
    QString nonEmptyText(QStringView key, qsizetype maxLength);
    QString optionalText(QStringView key, qsizetype maxLength);  // missing or null gives ""
    qint64 integer(QStringView key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QStringView key, qint64 min, qint64 max);
    bool boolean(QStringView key);
    QDateTime timestamp(QStringView key);
    QDateTime optionalTimestamp(QStringView key);  // missing or null gives an invalid QDateTime
    QStringList textList(QStringView key, qsizetype maxItems, qsizetype maxLength);
    QList<QUuid> idList(QStringView key, qsizetype maxItems);
    QJsonArray array(QStringView key, qsizetype maxItems);
    QJsonObject object(QStringView key);
    QString language(QStringView key);

    template<typename E>
    E enumValue(QStringView key)
    {
        const QString name = text(key, 32);
        if (!ok()) {
            return E{};
        }
        const std::optional<E> value = enumFromString<E>(name);
        if (!value) {
            fail(Error::Code::InvalidValue, key, QStringLiteral("unknown value \"%1\"").arg(name));
            return E{};
        }
        return *value;
    }

    /*! Records an error found by the caller's own checks; the first error wins. */
    void fail(Error::Code code, QStringView key, const QString &problem);

    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }

private:
    bool present(QStringView key) const;
    bool require(QStringView key);
    bool expectType(QStringView key, QJsonValue::Type type, const char *typeName);
    bool checkText(QStringView key, const QString &value, qsizetype maxLength);

    QJsonObject m_object;
    QString m_entity;
    Error m_error;
    bool m_failed = false;
};

/*! Parses UTF-8 JSON text that must hold one object; reports invalid UTF-8 and syntax errors. */
Result<QJsonObject> parseJsonObject(const QByteArray &utf8);

/*! A timestamp as written to JSON: ISO 8601, UTC, milliseconds ("2026-11-23T18:40:00.000Z"). */
QJsonValue timestampToJson(const QDateTime &time);
QJsonArray idsToJson(const QList<QUuid> &ids);
QString idToString(const QUuid &id);  // without braces; empty for a null id

}  // namespace Frontline::Models
