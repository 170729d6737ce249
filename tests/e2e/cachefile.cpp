// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cachefile.h"

#include <models/sqlconnection.h>

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace Frontline::Tests {

namespace {

std::unique_ptr<Models::SqlConnection> openReadOnly(const QString &path)
{
    auto connection = Models::SqlConnection::open(path, Models::SqlConnection::Mode::ReadOnly);
    INFO(path.toStdString() << ": " << (connection ? std::string() : connection.error().message.toStdString()));
    REQUIRE(connection.ok());
    return std::move(connection).value();
}

QSqlQuery run(const Models::SqlConnection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    ok = ok && query.exec();
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query;
}

}  // namespace

QList<QUuid> CacheFile::outboxIds(const QString &path)
{
    const auto connection = openReadOnly(path);
    QList<QUuid> ids;
    QSqlQuery query = run(*connection, QStringLiteral("SELECT mutation_id FROM outbox ORDER BY seq"));
    while (query.next()) {
        ids.append(QUuid::fromString(query.value(0).toString()));
    }
    return ids;
}

QStringList CacheFile::integrityCheck(const QString &path)
{
    const auto connection = openReadOnly(path);
    QStringList lines;
    QSqlQuery query = run(*connection, QStringLiteral("PRAGMA integrity_check"));
    while (query.next()) {
        lines.append(query.value(0).toString());
    }
    return lines;
}

QString CacheFile::messageBody(const QString &path, const QUuid &messageId)
{
    const auto connection = openReadOnly(path);
    QSqlQuery query = run(*connection, QStringLiteral("SELECT body FROM messages WHERE id = ?"),
                          {messageId.toString(QUuid::WithoutBraces)});
    return query.next() ? query.value(0).toString() : QString();
}

qint64 CacheFile::number(const QString &path, const QString &sql)
{
    const auto connection = openReadOnly(path);
    QSqlQuery query = run(*connection, sql);
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

}  // namespace Frontline::Tests
