// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teamsnapshotcache.h"

#include "localstore.h"
#include "sqlconnection.h"
#include "storewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.teamsnapshotcache")

const QString key = QStringLiteral("team_snapshot");
}  // namespace

TeamSnapshotCache::TeamSnapshotCache(LocalStore &store)
    : m_store(store)
{}

QFuture<Status> TeamSnapshotCache::save(const SavedTeamSnapshot &saved)
{
    QJsonObject json{{QStringLiteral("receivedAt"), saved.receivedAt},
                     {QStringLiteral("snapshot"), saved.snapshot.toJson()}};
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return m_store.write(
        [text](WriteContext &context) -> Status {
            QSqlQuery query(context.database);
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
            query.addBindValue(key);
            query.addBindValue(text);
            return query.exec()
                       ? Status(Ok{})
                       : Status(sqlError(QStringLiteral("keeping the dashboard's figures"), query.lastError()));
        },
        Durability::Normal);  // the server computes them again
}

std::optional<SavedTeamSnapshot> TeamSnapshotCache::load(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    auto snapshot = TeamSnapshot::fromJson(json.value(QStringLiteral("snapshot")).toObject());
    if (!snapshot || !json.value(QStringLiteral("receivedAt")).isDouble()) {
        qCWarning(lc) << "the saved dashboard figures cannot be read; they are ignored:"
                      << (snapshot ? QStringLiteral("no receivedAt") : snapshot.error().message);
        return std::nullopt;
    }
    return SavedTeamSnapshot{std::move(snapshot).value(), json.value(QStringLiteral("receivedAt")).toInteger()};
}

}  // namespace Frontline::Models
