// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demoseeder.h"

#include "demodata.h"
#include "localstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace Frontline::Models {

namespace {

const QString demoMarkerKey = QStringLiteral("demo_data");

// The entity tables, children before parents so deleting never trips a foreign key.
constexpr const char *entityTables[] = {"messages",       "csat_ratings", "tickets", "customers", "queue_members",
                                        "canned_replies", "articles",     "agents",  "queues"};

bool markerMatches(const QSqlDatabase &db, const DemoDataOptions &options, qint64 now, qint64 maxAgeMs)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(demoMarkerKey);
    if (!query.exec() || !query.next()) {
        return false;
    }
    const QJsonObject marker = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return marker.value(u"seed").toString() == QString::number(options.seed) &&
           marker.value(u"tickets").toInteger() == options.tickets &&
           now - marker.value(u"generatedAt").toInteger() < maxAgeMs;
}

Status runSql(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    return Ok{};
}

Status replaceDemoData(WriteContext &context, DemoDataOptions options)
{
    QSqlQuery query(context.database);
    for (const char *table : entityTables) {
        if (Status status = runSql(query, QStringLiteral("DELETE FROM ") + QLatin1StringView(table)); !status) {
            return status;
        }
    }
    if (Status status = writeDataset(context, DemoDataGenerator(options).generate()); !status) {
        return status;
    }
    const QJsonObject marker{{QStringLiteral("seed"), QString::number(options.seed)},
                             {QStringLiteral("tickets"), options.tickets},
                             {QStringLiteral("generatedAt"), options.now.toMSecsSinceEpoch()}};
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    query.addBindValue(demoMarkerKey);
    query.addBindValue(QString::fromUtf8(QJsonDocument(marker).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    return Ok{};
}

template<typename T>
Status writeAll(EntityWriter &writer, const QList<T> &items)
{
    for (const T &item : items) {
        if (Status status = writer.upsert(item); !status) {
            return status;
        }
    }
    return Ok{};
}
}  // namespace

Status writeDataset(WriteContext &context, const DemoDataset &dataset)
{
    EntityWriter &writer = context.entities;
    Status status = writeAll(writer, dataset.queues);
    status = status ? writeAll(writer, dataset.agents) : status;
    status = status ? writeAll(writer, dataset.customers) : status;
    status = status ? writeAll(writer, dataset.tickets) : status;
    status = status ? writeAll(writer, dataset.messages) : status;
    status = status ? writeAll(writer, dataset.articles) : status;
    status = status ? writeAll(writer, dataset.cannedReplies) : status;
    if (!status) {
        return status;
    }
    // Listing hundreds of thousands of ids helps nobody: views reload after a bulk import.
    context.changes = ChangeSet{};
    context.changes.everything = true;
    return Ok{};
}

QFuture<Status> seedStore(LocalStore &store, DemoDataset dataset)
{
    auto shared = std::make_shared<const DemoDataset>(std::move(dataset));
    return store.write([shared](WriteContext &context) { return writeDataset(context, *shared); }, Durability::Normal);
}

QFuture<Status> ensureDemoData(LocalStore &store, const DemoDataOptions &options, qint64 maxAgeMs)
{
    return store.write(
        [options, maxAgeMs](WriteContext &context) -> Status {
            DemoDataOptions effective = options;
            if (!effective.now.isValid()) {
                effective.now = QDateTime::currentDateTimeUtc();
            }
            if (markerMatches(context.database, effective, effective.now.toMSecsSinceEpoch(), maxAgeMs)) {
                return Ok{};
            }
            return replaceDemoData(context, effective);
        },
        Durability::Normal);
}

}  // namespace Frontline::Models
