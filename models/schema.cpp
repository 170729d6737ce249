// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schema.h"

#include "sqlconnection.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <span>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.schema")

// Each step upgrades from the version before it. Never edit a released step: add a new one.
// Times are milliseconds since the epoch (UTC); ids are UUID text; lists are JSON arrays.

// Version 1: the synced domain entities.
constexpr std::array step1{
    R"(CREATE TABLE queues (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        sla TEXT NOT NULL DEFAULT '{}',
        rev INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE agents (
        id TEXT PRIMARY KEY NOT NULL,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL,
        presence TEXT NOT NULL,
        rev INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE queue_members (
        queue_id TEXT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
        agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        PRIMARY KEY (queue_id, agent_id)) WITHOUT ROWID)",
    R"(CREATE TABLE customers (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        tier TEXT NOT NULL,
        vip INTEGER NOT NULL DEFAULT 0,
        tags TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        lifetime_value_cents INTEGER NOT NULL DEFAULT 0,
        rev INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER))",
    R"(CREATE TABLE tickets (
        id TEXT PRIMARY KEY NOT NULL,
        number INTEGER,
        subject TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        queue_id TEXT NOT NULL REFERENCES queues(id),
        channel TEXT NOT NULL,
        status TEXT NOT NULL,
        priority TEXT NOT NULL,
        assignee_id TEXT REFERENCES agents(id),
        tags TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        first_response_due INTEGER,
        resolution_due INTEGER,
        first_responded_at INTEGER,
        rev INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE messages (
        id TEXT PRIMARY KEY NOT NULL,
        ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        author_kind TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL DEFAULT '',
        visibility TEXT NOT NULL,
        body TEXT NOT NULL,
        rich_body TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE csat_ratings (
        customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        ticket_id TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '',
        rated_at INTEGER NOT NULL,
        PRIMARY KEY (customer_id, ticket_id)) WITHOUT ROWID)",
    R"(CREATE TABLE articles (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        published INTEGER NOT NULL DEFAULT 1,
        updated_at INTEGER,
        rev INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE canned_replies (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        shortcut TEXT NOT NULL,
        body TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        owner_id TEXT,
        team_queue_id TEXT,
        usage_count INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER,
        rev INTEGER NOT NULL DEFAULT 0))",
};

// Version 2: what the sync engine needs — the outbox of local mutations and the sync cursor.
constexpr std::array step2{
    R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        entity_id TEXT,
        base_rev INTEGER,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE sync_state (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL) WITHOUT ROWID)",
};

// Version 3: indexes for the queue views, a customer's history and a ticket's thread.
constexpr std::array step3{
    "CREATE INDEX tickets_by_queue ON tickets(queue_id, status)",
    "CREATE INDEX tickets_by_assignee ON tickets(assignee_id, status)",
    "CREATE INDEX tickets_by_customer ON tickets(customer_id, created_at)",
    "CREATE INDEX messages_by_ticket ON messages(ticket_id, created_at)",
    "CREATE INDEX queue_members_by_agent ON queue_members(agent_id)",
    "CREATE UNIQUE INDEX tickets_by_number ON tickets(number) WHERE number IS NOT NULL",
};

// Version 4: what offline work needs besides the outbox — the last server version of rows that have
// pending mutations (for rebasing), notices about mutations the server refused (a refused reply's text
// is kept there), which customers' older history is cached, and the outbox's per-entity lookup.
constexpr std::array step4{
    R"(CREATE TABLE confirmed_rows (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT,
        PRIMARY KEY (kind, id)) WITHOUT ROWID)",
    R"(CREATE TABLE notices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        ticket_id TEXT,
        text TEXT NOT NULL,
        recovered_body TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE history_cache (
        customer_id TEXT PRIMARY KEY NOT NULL,
        fetched_at INTEGER NOT NULL,
        complete INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)",
    "CREATE INDEX outbox_by_entity ON outbox(entity_id)",
};

// Version 5: offline search. A full-text index over the articles, kept by triggers, with the
// "frontline" tokenizer (SearchText: CJK characters and pairs, Traditional folded to Simplified,
// Latin case- and accent-folded); and how often this agent used each canned reply.
constexpr std::array step5{
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid', "
    "tokenize='frontline')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); "
    "END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); "
    "INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
    R"(CREATE TABLE canned_reply_usage (
        reply_id TEXT PRIMARY KEY NOT NULL,
        uses INTEGER NOT NULL DEFAULT 0,
        last_used_at INTEGER) WITHOUT ROWID)",
};

// Version 6: what the agent is writing, one draft per ticket, kept as they type so that neither a crash
// nor a restart loses it. A sent draft names its message and is kept until that message is stored.
constexpr std::array step6{
    R"(CREATE TABLE drafts (
        ticket_id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        sent_message_id TEXT) WITHOUT ROWID)",
};

// What the agent has read: the newest customer message and the newest public answer of each ticket,
// kept by triggers whatever path a message takes into the cache, and the customer message the agent
// last saw (a server timestamp copied from the row, never the local clock). The marks outlive their
// ticket's row (a resync deletes and re-inserts tickets); each ticket carries the verdict in `unread`,
// so the queue reads it without a join, which costs a random probe per ticket on 100,000 tickets.
// An upgraded cache starts with everything seen.
constexpr std::array step7{
    R"(CREATE TABLE ticket_marks (
        ticket_id TEXT PRIMARY KEY NOT NULL,
        customer_wrote_at INTEGER NOT NULL DEFAULT 0,
        answered_at INTEGER NOT NULL DEFAULT 0,
        seen_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)",
    "ALTER TABLE tickets ADD COLUMN unread INTEGER NOT NULL DEFAULT 0",
    "CREATE TRIGGER ticket_marks_customer AFTER INSERT ON messages WHEN new.author_kind = 'customer' BEGIN "
    "INSERT INTO ticket_marks (ticket_id, customer_wrote_at) VALUES (new.ticket_id, new.created_at) "
    "ON CONFLICT (ticket_id) DO UPDATE SET customer_wrote_at = max(customer_wrote_at, excluded.customer_wrote_at); "
    "END",
    "CREATE TRIGGER ticket_marks_answer AFTER INSERT ON messages "
    "WHEN new.author_kind = 'agent' AND new.visibility = 'public' BEGIN "
    "INSERT INTO ticket_marks (ticket_id, answered_at) VALUES (new.ticket_id, new.created_at) "
    "ON CONFLICT (ticket_id) DO UPDATE SET answered_at = max(answered_at, excluded.answered_at); END",
    "CREATE TRIGGER ticket_marks_insert AFTER INSERT ON ticket_marks BEGIN "
    "UPDATE tickets SET unread = (new.customer_wrote_at > max(new.seen_at, new.answered_at)) "
    "WHERE id = new.ticket_id; END",
    "CREATE TRIGGER ticket_marks_update AFTER UPDATE ON ticket_marks BEGIN "
    "UPDATE tickets SET unread = (new.customer_wrote_at > max(new.seen_at, new.answered_at)) "
    "WHERE id = new.ticket_id; END",
    "CREATE TRIGGER ticket_marks_ticket AFTER INSERT ON tickets "
    "WHEN EXISTS (SELECT 1 FROM ticket_marks WHERE ticket_id = new.id) BEGIN "
    "UPDATE tickets SET unread = (SELECT customer_wrote_at > max(seen_at, answered_at) FROM ticket_marks "
    "WHERE ticket_id = new.id) WHERE id = new.id; END",
    "INSERT INTO ticket_marks (ticket_id, customer_wrote_at, answered_at, seen_at) "
    "SELECT ticket_id, max(iif(author_kind = 'customer', created_at, 0)), "
    "max(iif(author_kind = 'agent' AND visibility = 'public', created_at, 0)), "
    "max(iif(author_kind = 'customer', created_at, 0)) FROM messages GROUP BY ticket_id",
};

constexpr std::array<std::span<const char *const>, Schema::CurrentVersion> steps{step1, step2, step3, step4,
                                                                                 step5, step6, step7};

Status runStep(QSqlQuery &query, int version)
{
    for (const char *statement : steps[static_cast<std::size_t>(version - 1)]) {
        if (!query.exec(QString::fromUtf8(statement))) {
            return sqlError(QString::fromUtf8(statement).simplified(), query.lastError().text());
        }
    }
    return Ok{};
}

}  // namespace

Result<int> Schema::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return sqlError(QStringLiteral("PRAGMA user_version"), query.lastError().text());
    }
    return query.value(0).toInt();
}

Status Schema::migrate(const QSqlDatabase &db, int targetVersion)
{
    Q_ASSERT(targetVersion >= 1 && targetVersion <= CurrentVersion);
    const Result<int> from = version(db);
    if (!from) {
        return from.error();
    }
    if (*from > CurrentVersion) {
        return Error{Error::Code::NewerVersion,
                     tr("The local cache has format %1, newer than this version of Frontline reads (%2).")
                         .arg(*from)
                         .arg(CurrentVersion),
                     {}};
    }
    if (*from >= targetVersion) {
        return Ok{};
    }

    QSqlQuery query(db);
    // IMMEDIATE takes the write lock up front, so a second process cannot upgrade the same file at once.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return sqlError(QStringLiteral("BEGIN"), query.lastError().text());
    }
    for (int next = *from + 1; next <= targetVersion; ++next) {
        Status step = runStep(query, next);
        if (!step) {
            query.exec(QStringLiteral("ROLLBACK"));
            qCWarning(lc) << "schema upgrade to version" << next << "failed:" << step.error().message;
            return Error{Error::Code::MigrationFailed,
                         tr("The local cache could not be upgraded from version %1 to %2, and was left unchanged: %3")
                             .arg(*from)
                             .arg(next)
                             .arg(step.error().message),
                         {}};
        }
    }
    // Both pragmas are part of the transaction: they roll back with it.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return Error{Error::Code::MigrationFailed,
                     tr("The local cache could not be upgraded to version %1: %2").arg(targetVersion).arg(error),
                     {}};
    }
    qCDebug(lc) << "schema upgraded from" << *from << "to" << targetVersion;
    return Ok{};
}

}  // namespace Frontline::Models
