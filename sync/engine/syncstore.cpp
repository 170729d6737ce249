// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncstore.h"

#include <models/changeset.h>
#include <models/entitywriter.h>
#include <models/enums.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Frontline::Sync {

using Models::Error;
using Models::Ok;
using Models::Result;
using Models::Status;
namespace P = Protocol;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.sync.store")

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Error sqlError(const char *what, const QSqlQuery &query)
{
    return Error{
        Error::Code::Database, QStringLiteral("%1: %2").arg(QLatin1StringView(what), query.lastError().text()), {}};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return sqlError(what, query);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(what, query);
    }
    return query;
}

/*! Whether the last INSERT OR IGNORE on \a db inserted its row (SQLite's own count, no statement). */
bool insertedJustNow(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_changes(connection) > 0;
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<P::Mutate> mutateFrom(const QString &mutationId, const QString &kind, const QVariant &baseRev,
                             const QString &payload)
{
    P::Mutate mutate;
    mutate.mutationId = QUuid::fromString(mutationId);
    if (!baseRev.isNull()) {
        mutate.baseRev = baseRev.toLongLong();
    }
    const auto mutationKind = Models::enumFromString<P::MutationKind>(kind);
    if (!mutationKind) {
        return Error{
            Error::Code::InvalidValue, QStringLiteral("unknown mutation kind in the outbox: %1").arg(kind), {}};
    }
    auto typed = P::mutationPayloadFromJson(*mutationKind, QJsonDocument::fromJson(payload.toUtf8()).object(),
                                            QStringLiteral("outbox.payload"));
    if (!typed) {
        return typed.error();
    }
    mutate.payload = std::move(*typed);
    return mutate;
}

const char *tableOf(P::EntityKind kind)
{
    switch (kind) {
    case P::EntityKind::Ticket:
        return "tickets";
    case P::EntityKind::Customer:
        return "customers";
    case P::EntityKind::Message:
        return "messages";
    case P::EntityKind::Queue:
        return "queues";
    case P::EntityKind::Agent:
        return "agents";
    case P::EntityKind::Article:
        return "articles";
    case P::EntityKind::CannedReply:
        return "canned_replies";
    case P::EntityKind::Csat:
        return nullptr;  // ratings reach the cache with their customer
    }
    return nullptr;
}

}  // namespace

SyncStore::SyncStore(Models::WriteContext &context)
    : m_context(context)
    , m_local(context.database, &context.changes)
{}

Result<SyncIdentity> SyncStore::identity(const QSqlDatabase &db)
{
    auto query = run(db,
                     QStringLiteral("SELECT key, value FROM sync_state WHERE key IN ('cursor', 'server_id', 'epoch', "
                                    "'agent_id', 'agent_name')"),
                     {}, "reading the sync state");
    if (!query) {
        return query.error();
    }
    SyncIdentity identity;
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QString value = query->value(1).toString();
        if (key == u"cursor") {
            identity.cursor = value.toLongLong();
        } else if (key == u"server_id") {
            identity.serverId = QUuid::fromString(value);
        } else if (key == u"epoch") {
            identity.epoch = value.toLongLong();
        } else if (key == u"agent_id") {
            identity.agent.id = QUuid::fromString(value);
        } else if (key == u"agent_name") {
            identity.agent.name = value;
        }
    }
    return identity;
}

Status SyncStore::saveIdentity(const SyncIdentity &identity)
{
    const std::pair<const char *, QString> values[] = {
        {"cursor", QString::number(identity.cursor)}, {"server_id", idText(identity.serverId)},
        {"epoch", QString::number(identity.epoch)},   {"agent_id", idText(identity.agent.id)},
        {"agent_name", identity.agent.name},
    };
    for (const auto &[key, value] : values) {
        auto saved =
            run(m_context.database, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                {QString::fromLatin1(key), value}, "saving the sync state");
        if (!saved) {
            return saved.error();
        }
    }
    m_context.changes.syncState = true;
    return Ok{};
}

Status SyncStore::record(const P::Mutate &mutation, const LocalAgent &me, const QDateTime &now)
{
    const auto target = LocalMutations::targetOf(mutation.payload, me);
    if (target) {
        // The first pending mutation of a row keeps the row as the server had it, for rebasing.
        if (Status kept = storeConfirmed(*target); !kept) {
            return kept;
        }
    }
    auto inserted =
        run(m_context.database,
            QStringLiteral("INSERT INTO outbox (mutation_id, kind, entity_id, base_rev, payload, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {idText(mutation.mutationId), P::toString(mutation.kind()),
             target ? QVariant(idText(target->id)) : QVariant(QMetaType::fromType<QString>()),
             mutation.baseRev ? QVariant(*mutation.baseRev) : QVariant(QMetaType::fromType<qint64>()),
             compact(P::toJson(mutation.payload)), now.toMSecsSinceEpoch()},
            "adding to the outbox");
    if (!inserted) {
        return inserted.error();
    }
    m_context.changes.outbox = true;
    return m_local.apply(mutation, me, now);
}

Status SyncStore::storeConfirmed(const MutationTarget &target)
{
    auto snapshot = m_local.snapshot(target);
    if (!snapshot) {
        return snapshot.error();
    }
    // OR IGNORE: a row that already has pending mutations keeps the server's version, not a local one.
    auto stored = run(m_context.database,
                      QStringLiteral("INSERT OR IGNORE INTO confirmed_rows (kind, id, data) VALUES (?, ?, ?)"),
                      {P::toString(target.kind), idText(target.id),
                       *snapshot ? QVariant(compact(**snapshot)) : QVariant(QMetaType::fromType<QString>())},
                      "keeping the confirmed row");
    return stored ? Status(Ok{}) : Status(stored.error());
}

Status SyncStore::dropConfirmed(const MutationTarget &target)
{
    auto dropped = run(m_context.database, QStringLiteral("DELETE FROM confirmed_rows WHERE kind = ? AND id = ?"),
                       {P::toString(target.kind), idText(target.id)}, "dropping the confirmed row");
    return dropped ? Status(Ok{}) : Status(dropped.error());
}

Status SyncStore::replaceConfirmed(const MutationTarget &target)
{
    if (Status dropped = dropConfirmed(target); !dropped) {
        return dropped;
    }
    return storeConfirmed(target);
}

Result<std::vector<P::Mutate>> SyncStore::pending(const QSqlDatabase &db)
{
    auto query = run(db, QStringLiteral("SELECT mutation_id, kind, base_rev, payload FROM outbox ORDER BY seq"), {},
                     "reading the outbox");
    if (!query) {
        return query.error();
    }
    std::vector<P::Mutate> all;
    while (query->next()) {
        auto mutate = mutateFrom(query->value(0).toString(), query->value(1).toString(), query->value(2),
                                 query->value(3).toString());
        if (!mutate) {
            qCWarning(lc) << "skipping an unreadable outbox entry:" << mutate.error().message;
            continue;
        }
        all.push_back(std::move(*mutate));
    }
    return all;
}

Result<int> SyncStore::pendingCount(const QSqlDatabase &db)
{
    auto query = run(db, QStringLiteral("SELECT count(*) FROM outbox"), {}, "counting the outbox");
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Result<std::vector<P::Mutate>> SyncStore::pendingFor(const MutationTarget &target)
{
    auto query = run(m_context.database,
                     QStringLiteral("SELECT mutation_id, kind, base_rev, payload FROM outbox WHERE entity_id = ? "
                                    "ORDER BY seq"),
                     {idText(target.id)}, "reading a row's pending mutations");
    if (!query) {
        return query.error();
    }
    std::vector<P::Mutate> found;
    while (query->next()) {
        auto mutate = mutateFrom(query->value(0).toString(), query->value(1).toString(), query->value(2),
                                 query->value(3).toString());
        if (mutate) {
            found.push_back(std::move(*mutate));
        }
    }
    return found;
}

Status SyncStore::rebase(const MutationTarget &target, const LocalAgent &me)
{
    auto pendingNow = pendingFor(target);
    if (!pendingNow) {
        return pendingNow.error();
    }
    auto confirmed =
        run(m_context.database, QStringLiteral("SELECT data FROM confirmed_rows WHERE kind = ? AND id = ?"),
            {P::toString(target.kind), idText(target.id)}, "reading the confirmed row");
    if (!confirmed) {
        return confirmed.error();
    }
    if (confirmed->next() && !confirmed->value(0).isNull()) {
        if (Status restored =
                m_local.restore(target, QJsonDocument::fromJson(confirmed->value(0).toString().toUtf8()).object());
            !restored) {
            return restored;
        }
    }
    confirmed->finish();
    if (pendingNow->empty()) {
        return dropConfirmed(target);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const P::Mutate &mutation : *pendingNow) {
        if (Status applied = m_local.apply(mutation, me, now); !applied) {
            return applied;
        }
    }
    return Ok{};
}

Status SyncStore::upsert(const P::Entity &entity)
{
    Models::EntityWriter &writer = m_context.entities;
    return std::visit(
        [&](const auto &e) -> Status {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, P::CsatRecord>) {
                return Ok{};
            } else if constexpr (std::is_same_v<T, Models::Message>) {
                if (Status stored = writer.upsert(e); !stored) {
                    return stored;
                }
                // Inserted: nothing more to do (the common case, 400,000 times in a big first sync).
                if (insertedJustNow(m_context.database)) {
                    return Ok{};
                }
                // A message shown before the server had it: the server's copy (its time, its author name) wins.
                auto replaced =
                    run(m_context.database,
                        QStringLiteral("UPDATE messages SET author_kind = ?, author_id = ?, author_name = ?, "
                                       "visibility = ?, body = ?, rich_body = ?, created_at = ? "
                                       "WHERE id = ? AND changes() = 0"),
                        {toString(e.authorKind),
                         e.authorId.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(e.authorId)),
                         e.authorName.isNull() ? QStringLiteral("") : e.authorName, toString(e.visibility),
                         e.body.isNull() ? QStringLiteral("") : e.body,
                         e.richBody.isNull() ? QStringLiteral("") : e.richBody, e.createdAt.toMSecsSinceEpoch(),
                         idText(e.id)},
                        "storing a confirmed message");
                return replaced ? Status(Ok{}) : Status(replaced.error());
            } else {
                return writer.upsert(e);
            }
        },
        entity);
}

Status SyncStore::remove(P::EntityKind kind, const QUuid &id)
{
    const char *table = tableOf(kind);
    if (!table) {
        return Ok{};
    }
    auto removed = run(m_context.database, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1StringView(table)),
                       {idText(id)}, "removing a row the server took away");
    if (!removed) {
        return removed.error();
    }
    switch (kind) {
    case P::EntityKind::Ticket:
        m_context.changes.tickets.insert(id);
        break;
    case P::EntityKind::Customer:
        m_context.changes.customers.insert(id);
        break;
    case P::EntityKind::Message:
        m_context.changes.messages.insert(id);
        break;
    case P::EntityKind::Queue:
        m_context.changes.queues.insert(id);
        break;
    case P::EntityKind::Agent:
        m_context.changes.agents.insert(id);
        break;
    case P::EntityKind::Article:
        m_context.changes.articles.insert(id);
        break;
    case P::EntityKind::CannedReply:
        m_context.changes.cannedReplies.insert(id);
        break;
    case P::EntityKind::Csat:
        break;
    }
    return Ok{};
}

Status SyncStore::applyChanges(const P::Changes &page, const LocalAgent &me)
{
    // Rows with pending mutations: few, so one query per page finds them all.
    QSet<QUuid> pendingRows;
    {
        auto query =
            run(m_context.database, QStringLiteral("SELECT DISTINCT entity_id FROM outbox WHERE entity_id IS NOT NULL"),
                {}, "reading the outbox");
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            pendingRows.insert(QUuid::fromString(query->value(0).toString()));
        }
    }
    // Within one page a ticket may come before its customer or agent (a transfer re-publishes them).
    if (auto deferred =
            run(m_context.database, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, "deferring checks");
        !deferred) {
        return deferred.error();
    }
    for (const P::Change &change : page.changes) {
        const MutationTarget target{change.kind, change.id};
        const bool rebased = pendingRows.contains(change.id) &&
                             (change.kind == P::EntityKind::Ticket || change.kind == P::EntityKind::Customer ||
                              change.kind == P::EntityKind::Agent);
        Status stored =
            change.op == P::ChangeOp::Delete || !change.data ? remove(change.kind, change.id) : upsert(*change.data);
        if (!stored) {
            return stored;
        }
        if (rebased) {
            // The server's version is the new confirmed state; what is still pending goes on top.
            if (Status kept = replaceConfirmed(target); !kept) {
                return kept;
            }
            if (Status again = rebase(target, me); !again) {
                return again;
            }
        }
    }
    auto cursor =
        run(m_context.database, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('cursor', ?)"),
            {QString::number(page.cursor)}, "saving the cursor");
    if (!cursor) {
        return cursor.error();
    }
    m_context.changes.syncState = true;
    return Ok{};
}

Result<std::optional<Notice>> SyncStore::settle(const P::Mutate &mutation, const P::Ack &ack, const LocalAgent &me)
{
    auto removed = run(m_context.database, QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"),
                       {idText(mutation.mutationId)}, "removing an acknowledged mutation");
    if (!removed) {
        return removed.error();
    }
    m_context.changes.outbox = true;
    const auto target = LocalMutations::targetOf(mutation.payload, me);
    if (target && target->kind == P::EntityKind::Ticket) {
        m_context.changes.tickets.insert(target->id);  // its row no longer waits for the server
    }
    if (ack.result != P::AckResult::Rejected) {
        if (target && ack.seq) {
            // The cursor is past the change this mutation made (a duplicate ack after a catch-up that brought that
            // change and newer ones): the row was rebased with this mutation on top of them. Rebuild it as the
            // server has it plus what is still pending.
            auto cursor = run(m_context.database, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"),
                              {}, "reading the cursor");
            if (!cursor) {
                return cursor.error();
            }
            const bool arrived = cursor->next() && cursor->value(0).toLongLong() >= *ack.seq;
            cursor->finish();
            if (arrived) {
                if (Status rebuilt = rebase(*target, me); !rebuilt) {
                    return rebuilt.error();
                }
                return std::optional<Notice>();
            }
        }
        if (target) {
            // Nothing more pending: the row already shows the change, and the server's push follows.
            auto left = pendingFor(*target);
            if (!left) {
                return left.error();
            }
            if (left->empty()) {
                if (Status dropped = dropConfirmed(*target); !dropped) {
                    return dropped.error();
                }
            }
        }
        return std::optional<Notice>();
    }

    auto notice = noticeFor(mutation, ack);  // before the row is rebuilt: it names the ticket as the agent saw it
    if (!notice) {
        return notice.error();
    }
    if (Status discarded = m_local.discardCreated(mutation); !discarded) {
        return discarded.error();
    }
    if (target) {
        if (ack.current && P::kindOf(*ack.current) == target->kind && P::idOf(*ack.current) == target->id) {
            // The server's current row is newer than anything confirmed here.
            if (Status stored = upsert(*ack.current); !stored) {
                return stored.error();
            }
            if (Status kept = replaceConfirmed(*target); !kept) {
                return kept.error();
            }
        }
        if (Status rebuilt = rebase(*target, me); !rebuilt) {
            return rebuilt.error();
        }
    }
    auto stored =
        run(m_context.database,
            QStringLiteral("INSERT INTO notices (created_at, kind, ticket_id, text, recovered_body) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {QDateTime::currentMSecsSinceEpoch(), notice->kind,
             notice->ticketId.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(notice->ticketId)),
             notice->text, notice->recoveredBody.isNull() ? QStringLiteral("") : notice->recoveredBody},
            "keeping a notice");
    if (!stored) {
        return stored.error();
    }
    notice->id = stored->lastInsertId().toLongLong();
    return std::optional<Notice>(*notice);
}

QString SyncStore::ticketLabel(const QUuid &ticketId)
{
    auto query = run(m_context.database, QStringLiteral("SELECT number, subject FROM tickets WHERE id = ?"),
                     {idText(ticketId)}, "naming a ticket");
    if (!query || !query->next()) {
        return tr("a ticket");
    }
    if (!query->value(0).isNull()) {
        return tr("Ticket %1").arg(query->value(0).toLongLong());
    }
    return tr("The new ticket “%1”").arg(query->value(1).toString());
}

QString SyncStore::agentName(const QUuid &agentId)
{
    auto query = run(m_context.database, QStringLiteral("SELECT name FROM agents WHERE id = ?"), {idText(agentId)},
                     "naming an agent");
    if (!query || !query->next()) {
        return tr("another agent");
    }
    return query->value(0).toString();
}

Result<Notice> SyncStore::noticeFor(const P::Mutate &mutation, const P::Ack &ack)
{
    Notice notice;
    notice.kind = P::toString(ack.reason);
    std::visit(
        [&notice](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, P::AddReply> || std::is_same_v<T, P::AddNote>) {
                notice.recoveredBody = p.body;
            } else if constexpr (std::is_same_v<T, P::LogCall>) {
                notice.recoveredBody = p.messageBody();
            } else if constexpr (std::is_same_v<T, P::CreateTicket>) {
                notice.recoveredBody = p.subject + QStringLiteral("\n\n") + p.body;
            }
            if constexpr (requires { p.ticketId; }) {
                notice.ticketId = p.ticketId;
            }
        },
        mutation.payload);
    if (const auto *presence = std::get_if<P::SetPresence>(&mutation.payload);
        presence && !presence->agentId.isNull()) {
        // A lead's change of a colleague's status: the notice names the colleague, not a ticket or customer.
        const QString name = agentName(presence->agentId);
        notice.text = ack.reason == P::RejectReason::Forbidden ? tr("You may not change %1's status.").arg(name)
                                                               : tr("The server did not change %1's status.").arg(name);
        return notice;
    }
    QString label = notice.ticketId.isNull() ? QString() : ticketLabel(notice.ticketId);
    if (ack.current && std::holds_alternative<Models::Ticket>(*ack.current)) {
        const auto &current = std::get<Models::Ticket>(*ack.current);
        if (current.number) {
            label = tr("Ticket %1").arg(*current.number);
        }
    }
    switch (ack.reason) {
    case P::RejectReason::AlreadyAssigned: {
        QUuid assignee;
        if (ack.current && std::holds_alternative<Models::Ticket>(*ack.current)) {
            assignee = std::get<Models::Ticket>(*ack.current).assigneeId;
        }
        notice.text = tr("%1 was already taken by %2.").arg(label, agentName(assignee));
        break;
    }
    case P::RejectReason::NothingWaiting:
        notice.text = tr("No ticket is waiting in your queues.");
        break;
    case P::RejectReason::NotFound:
        notice.text = label.isEmpty() ? tr("What you changed no longer exists, so your change was not saved.")
                                      : tr("%1 is no longer in your queues, so your change was not saved.").arg(label);
        break;
    case P::RejectReason::Forbidden:
        notice.text = tr("You may not make this change to %1.").arg(label.isEmpty() ? tr("this customer") : label);
        break;
    case P::RejectReason::Conflict:
        notice.text = tr("%1 was changed by someone else at the same time, so your change was not saved.").arg(label);
        break;
    case P::RejectReason::Invalid:
    case P::RejectReason::Unknown:
        notice.text = tr("The server did not accept your change to %1.").arg(label.isEmpty() ? tr("this item") : label);
        break;
    }
    if (!notice.recoveredBody.isEmpty()) {
        notice.text += u' ' + tr("Your text was kept: you can copy it from this notice.");
    }
    return notice;
}

Status SyncStore::forgetServerData(const LocalAgent &me)
{
    for (const char *table : {"messages", "csat_ratings", "tickets", "queue_members", "customers", "queues", "agents",
                              "articles", "canned_replies", "confirmed_rows", "history_cache"}) {
        auto cleared = run(m_context.database, QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table)), {},
                           "forgetting the old server's data");
        if (!cleared) {
            return cleared.error();
        }
    }
    auto cursor = run(m_context.database,
                      QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES "
                                     "('cursor', '0')"),
                      {}, "resetting the cursor");
    if (!cursor) {
        return cursor.error();
    }
    // The dashboard's saved figures were the old server's.
    if (auto figures = run(m_context.database, QStringLiteral("DELETE FROM sync_state WHERE key = 'team_snapshot'"), {},
                           "forgetting the old server's dashboard figures");
        !figures) {
        return figures.error();
    }
    m_context.changes.everything = true;
    // What the agent did and the server never confirmed is shown again once its rows are back; a
    // created ticket, which only exists here, is shown again right away.
    auto all = pending(m_context.database);
    if (!all) {
        return all.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const P::Mutate &mutation : *all) {
        if (std::holds_alternative<P::CreateTicket>(mutation.payload)) {
            (void)m_local.apply(mutation, me, now);  // needs its customer and queue: may show only after resync
        }
        if (const auto target = LocalMutations::targetOf(mutation.payload, me)) {
            auto marked =
                run(m_context.database,
                    QStringLiteral("INSERT OR IGNORE INTO confirmed_rows (kind, id, data) VALUES (?, ?, NULL)"),
                    {P::toString(target->kind), idText(target->id)}, "marking a row to rebase");
            if (!marked) {
                return marked.error();
            }
        }
    }
    return Ok{};
}

Status SyncStore::storeHistory(const P::FetchResult &result, const QDateTime &fetchedAt)
{
    if (result.status != P::FetchStatus::Ok && result.status != P::FetchStatus::NotFound) {
        return Ok{};  // forbidden: nothing to keep
    }
    for (const P::Entity &entity : result.items) {
        // Only what history holds: tickets and their messages (a message's ticket comes before it).
        if (!std::holds_alternative<Models::Ticket>(entity) && !std::holds_alternative<Models::Message>(entity)) {
            continue;
        }
        if (Status stored = upsert(entity); !stored) {
            return stored;
        }
    }
    auto noted =
        run(m_context.database,
            QStringLiteral("INSERT OR REPLACE INTO history_cache (customer_id, fetched_at, complete) "
                           "VALUES (?, ?, ?)"),
            {idText(result.entityId), fetchedAt.toMSecsSinceEpoch(), result.more ? 0 : 1}, "noting the cached history");
    if (!noted) {
        return noted.error();
    }
    m_context.changes.customers.insert(result.entityId);
    return Ok{};
}

Result<std::optional<CachedHistory>> SyncStore::cachedHistory(const QSqlDatabase &db, const QUuid &customerId)
{
    auto query = run(db, QStringLiteral("SELECT fetched_at, complete FROM history_cache WHERE customer_id = ?"),
                     {idText(customerId)}, "reading the cached history");
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<CachedHistory>();
    }
    return std::optional<CachedHistory>(
        CachedHistory{QDateTime::fromMSecsSinceEpoch(query->value(0).toLongLong(), Qt::UTC), query->value(1).toBool()});
}

Result<std::vector<Notice>> SyncStore::unseenNotices(const QSqlDatabase &db)
{
    auto query = run(db,
                     QStringLiteral("SELECT id, kind, ticket_id, text, recovered_body FROM notices WHERE seen = 0 "
                                    "ORDER BY id"),
                     {}, "reading notices");
    if (!query) {
        return query.error();
    }
    std::vector<Notice> notices;
    while (query->next()) {
        notices.push_back(Notice{query->value(0).toLongLong(), query->value(1).toString(),
                                 QUuid::fromString(query->value(2).toString()), query->value(3).toString(),
                                 query->value(4).toString()});
    }
    return notices;
}

Status SyncStore::markNoticeSeen(qint64 id)
{
    auto marked = run(m_context.database, QStringLiteral("UPDATE notices SET seen = 1 WHERE id = ?"), {id},
                      "marking a notice read");
    return marked ? Status(Ok{}) : Status(marked.error());
}

}  // namespace Frontline::Sync
