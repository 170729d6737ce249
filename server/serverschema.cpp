// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverschema.h"

#include "serverdatabase.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <span>

namespace Frontline::Server {

using Models::Error;
using Models::Ok;
using Models::Result;
using Models::Status;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.schema")

// Written once for both engines. {serial} is the one difference: an auto-increment key.
// Times are milliseconds since the epoch (UTC), ids UUID text, lists and objects JSON text.
constexpr std::array step1{
    "CREATE TABLE users ("
    " id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',"
    " role TEXT NOT NULL, presence TEXT NOT NULL DEFAULT 'offline', presence_since BIGINT,"
    " password_hash TEXT NOT NULL DEFAULT '', disabled INTEGER NOT NULL DEFAULT 0, rev BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE queues ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '', sla TEXT NOT NULL,"
    " rev BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE queue_members ("
    " queue_id TEXT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,"
    " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, PRIMARY KEY (queue_id, user_id))",
    "CREATE TABLE customers ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
    " language TEXT NOT NULL, tier TEXT NOT NULL, vip INTEGER NOT NULL DEFAULT 0, tags TEXT NOT NULL DEFAULT '[]',"
    " notes TEXT NOT NULL DEFAULT '', lifetime_value_cents BIGINT NOT NULL DEFAULT 0, rev BIGINT NOT NULL DEFAULT 0,"
    " updated_at BIGINT)",
    "CREATE TABLE tickets ("
    " id TEXT PRIMARY KEY, number BIGINT UNIQUE, subject TEXT NOT NULL,"
    " customer_id TEXT NOT NULL REFERENCES customers(id), queue_id TEXT NOT NULL REFERENCES queues(id),"
    " channel TEXT NOT NULL, status TEXT NOT NULL, priority TEXT NOT NULL, assignee_id TEXT REFERENCES users(id),"
    " tags TEXT NOT NULL DEFAULT '[]', created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
    " first_response_due BIGINT, resolution_due BIGINT, first_responded_at BIGINT, solved_at BIGINT,"
    " field_revs TEXT NOT NULL DEFAULT '{}', rev BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE messages ("
    " id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
    " author_kind TEXT NOT NULL, author_id TEXT, author_name TEXT NOT NULL DEFAULT '', visibility TEXT NOT NULL,"
    " body TEXT NOT NULL, rich_body TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)",
    "CREATE TABLE csat_ratings ("
    " ticket_id TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE, customer_id TEXT NOT NULL,"
    " agent_id TEXT, score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5), comment TEXT NOT NULL DEFAULT '',"
    " rated_at BIGINT NOT NULL)",
    "CREATE TABLE articles ("
    " id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, category TEXT NOT NULL DEFAULT '',"
    " language TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]', published INTEGER NOT NULL DEFAULT 1,"
    " updated_at BIGINT, rev BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE canned_replies ("
    " id TEXT PRIMARY KEY, title TEXT NOT NULL, shortcut TEXT NOT NULL, body TEXT NOT NULL,"
    " category TEXT NOT NULL DEFAULT '', language TEXT NOT NULL, owner_id TEXT REFERENCES users(id) ON DELETE CASCADE,"
    " team_queue_id TEXT REFERENCES queues(id) ON DELETE SET NULL, usage_count BIGINT NOT NULL DEFAULT 0,"
    " updated_at BIGINT, rev BIGINT NOT NULL DEFAULT 0)",
    // The change feed: every committed change to a synced entity, in commit order. scope_queue_id and
    // owner_id say who may receive it (see ChangeFeed).
    "CREATE TABLE changes ("
    " seq {serial}, kind TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, rev BIGINT NOT NULL,"
    " scope_queue_id TEXT, owner_id TEXT, data TEXT NOT NULL, committed_at BIGINT NOT NULL)",
    // Applied mutation ids, written in the same transaction as their effects: a re-sent mutation
    // is answered from here and never applied twice.
    "CREATE TABLE applied_mutations ("
    " mutation_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, result TEXT NOT NULL,"
    " applied_at BIGINT NOT NULL)",
    "CREATE TABLE sessions ("
    " token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0, client_address TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE audit_log ("
    " id {serial}, at BIGINT NOT NULL, actor_id TEXT, action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '',"
    " details TEXT NOT NULL DEFAULT '{}', address TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX tickets_by_queue ON tickets(queue_id, status)",
    "CREATE INDEX tickets_by_customer ON tickets(customer_id, created_at)",
    "CREATE INDEX tickets_by_assignee ON tickets(assignee_id, status)",
    "CREATE INDEX messages_by_ticket ON messages(ticket_id, created_at)",
    "CREATE INDEX queue_members_by_user ON queue_members(user_id)",
    "CREATE INDEX sessions_by_user ON sessions(user_id)",
    "CREATE INDEX changes_by_entity ON changes(kind, entity_id)",
};

// The team lead's metrics (TeamMetrics). Each of its statements reads one index range and nothing
// else (the indexes cover the columns it needs): the active tickets in (queue, assignee) order, and
// today's events per queue, so a lead who sees a few queues reads only theirs. Partial indexes keep
// out the rows a statement never wants, and updates of those rows do not touch them. tickets_active's
// IN list must stay exactly the one TeamMetrics writes from Models::isActive().
constexpr std::array step2{
    "CREATE INDEX tickets_active ON tickets(queue_id, assignee_id, created_at, first_response_due, "
    "first_responded_at, resolution_due, status) WHERE status IN ('new', 'open', 'pending', 'on_hold')",
    "CREATE INDEX tickets_by_queue_created ON tickets(queue_id, created_at)",
    "CREATE INDEX tickets_by_queue_solved ON tickets(queue_id, solved_at, assignee_id, resolution_due) "
    "WHERE solved_at IS NOT NULL",
    "CREATE INDEX tickets_by_queue_first_response ON tickets(queue_id, first_responded_at, created_at, assignee_id) "
    "WHERE first_responded_at IS NOT NULL",
    "CREATE INDEX tickets_by_queue_first_response_due ON tickets(queue_id, first_response_due, first_responded_at, "
    "solved_at) WHERE first_response_due IS NOT NULL",
    "CREATE INDEX tickets_by_queue_resolution_due ON tickets(queue_id, resolution_due, solved_at) "
    "WHERE resolution_due IS NOT NULL",
    "CREATE INDEX csat_ratings_by_time ON csat_ratings(rated_at, ticket_id, agent_id, score)",
};

// Each rating carries its ticket's queue (kept when the ticket is transferred), so the metrics read a
// lead's queues' ratings of today from one index range instead of looking up the ticket of every rating
// of the day (about 40 ms per refresh on PostgreSQL with 6,000 ratings, whatever the lead sees).
constexpr std::array step3{
    "ALTER TABLE csat_ratings ADD COLUMN queue_id TEXT",
    "UPDATE csat_ratings SET queue_id = (SELECT t.queue_id FROM tickets t WHERE t.id = csat_ratings.ticket_id)",
    "DROP INDEX csat_ratings_by_time",
    "CREATE INDEX csat_ratings_by_queue_time ON csat_ratings(queue_id, rated_at, agent_id, score)",
};

constexpr std::array<std::span<const char *const>, ServerSchema::CurrentVersion> steps{step1, step2, step3};

QString forDialect(const char *statement, Dialect dialect)
{
    QString sql = QString::fromUtf8(statement);
    sql.replace(QStringLiteral("{serial}"), dialect == Dialect::Sqlite
                                                ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return sql;
}

Status setInfo(ServerDatabase &db, const QString &key, const QString &value)
{
    auto done = db.exec(QStringLiteral("INSERT INTO server_info (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value});
    return done ? Status(Ok{}) : Status(done.error());
}

}  // namespace

Result<int> ServerSchema::version(ServerDatabase &db)
{
    auto created =
        db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    if (!created) {
        return created.error();
    }
    auto query =
        db.exec(QStringLiteral("SELECT value FROM server_info WHERE key = ?"), {QStringLiteral("schema_version")});
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Status ServerSchema::migrate(ServerDatabase &db)
{
    const Result<int> found = version(db);
    if (!found) {
        return found.error();
    }
    if (*found > CurrentVersion) {
        return Error{Error::Code::NewerVersion,
                     tr("The server database has schema version %1, newer than this frontline-server supports (%2).")
                         .arg(*found)
                         .arg(CurrentVersion),
                     {}};
    }
    if (*found == CurrentVersion) {
        return Ok{};
    }
    const Status upgraded = db.transaction([&db]() -> Status {
        // Several instances may start at once on one PostgreSQL: one upgrades, the others then see it done.
        if (Status turn = db.serializeChangeFeed(); !turn) {
            return turn;
        }
        const Result<int> current = version(db);
        if (!current) {
            return current.error();
        }
        const int from = *current;
        for (int next = from + 1; next <= CurrentVersion; ++next) {
            for (const char *statement : steps[static_cast<std::size_t>(next - 1)]) {
                if (auto done = db.exec(forDialect(statement, db.dialect())); !done) {
                    return done.error();
                }
            }
        }
        if (from == 0) {
            // A new database gets its identity: clients notice when they meet a different server.
            if (Status status =
                    setInfo(db, QStringLiteral("server_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                !status) {
                return status;
            }
            if (Status status = setInfo(db, QStringLiteral("epoch"), QStringLiteral("1")); !status) {
                return status;
            }
            if (Status status = setInfo(db, QStringLiteral("next_ticket_number"), QStringLiteral("1001")); !status) {
                return status;
            }
        }
        return setInfo(db, QStringLiteral("schema_version"), QString::number(CurrentVersion));
    });
    if (!upgraded) {
        qCWarning(lc) << "schema upgrade failed:" << upgraded.error().message;
        return Error{Error::Code::MigrationFailed,
                     tr("The server database could not be upgraded from version %1 to %2 and was left unchanged: %3")
                         .arg(*found)
                         .arg(CurrentVersion)
                         .arg(upgraded.error().message),
                     {}};
    }
    return Ok{};
}

}  // namespace Frontline::Server
