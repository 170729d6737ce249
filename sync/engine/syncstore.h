// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "localmutations.h"

#include <models/result.h>
#include <models/storewriter.h>
#include <protocol/messages.h>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace Frontline::Sync {

/*! What the sync engine keeps in the cache's sync_state table. */
struct SyncIdentity final
{
    qint64 cursor = 0;  // the last change-feed seq applied
    QUuid serverId;     // the server the cache was filled from; null for a fresh cache
    qint64 epoch = 0;
    LocalAgent agent;  // the agent the cache belongs to

    bool operator==(const SyncIdentity &) const = default;
};

/*! A plain-language notice about a change the server refused, kept in the cache until read. */
struct Notice final
{
    qint64 id = 0;
    QString kind;  // the reject reason's wire name
    QUuid ticketId;
    QString text;           // translated, for the agent
    QString recoveredBody;  // the text of a refused reply, note or new ticket: never lost
};

/*! What the cache holds of a customer's older history, fetched on demand. */
struct CachedHistory final
{
    QDateTime fetchedAt;
    bool complete = false;  // every ticket the agent may see, not just the newest ones
};

/*!
    \brief The sync engine's reads and writes on the local store, each a step inside one of the store's
    write jobs (see Models::WriteJob): recording a local mutation in the outbox together with its
    optimistic effect, applying a page of server changes together with the cursor, settling an ack,
    and rebuilding rows as confirmed server state + the mutations still pending.

    For a row with pending mutations, confirmed_rows keeps the fields mutations may change as the
    server last had them; whenever the server's version changes or a mutation is settled, the row is
    rebuilt from it and the remaining pending mutations are applied again, in outbox order.
*/
class SyncStore final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Sync::SyncStore)

public:
    explicit SyncStore(Models::WriteContext &context);

    static Models::Result<SyncIdentity> identity(const QSqlDatabase &db);
    Models::Status saveIdentity(const SyncIdentity &identity);

    /*! Writes \a mutation to the outbox and shows its effect, in the caller's (durable) transaction. */
    Models::Status record(const Protocol::Mutate &mutation, const LocalAgent &me, const QDateTime &now);
    /*! Every mutation not yet acknowledged, oldest first. */
    static Models::Result<std::vector<Protocol::Mutate>> pending(const QSqlDatabase &db);
    static Models::Result<int> pendingCount(const QSqlDatabase &db);

    /*!
        Applies \a page (a catch-up page or a live push) and stores its cursor, rebasing rows that have
        pending mutations. \a me is whoever the cache belongs to.
    */
    Models::Status applyChanges(const Protocol::Changes &page, const LocalAgent &me);

    /*!
        Settles \a mutation with the server's \a ack: removes it from the outbox; a rejection also
        undoes its effect (the row is rebuilt from the server's current version or the confirmed one,
        plus what is still pending) and leaves a notice. Returns the notice, if one was made.
    */
    Models::Result<std::optional<Notice>> settle(const Protocol::Mutate &mutation, const Protocol::Ack &ack,
                                                 const LocalAgent &me);

    /*!
        For a cache filled from another server, or from a feed that went back (restored from a
        backup): forgets every synced row and the cursor, keeps the outbox and shows its mutations again.
    */
    Models::Status forgetServerData(const LocalAgent &me);

    /*! Keeps a fetched customer history (tickets and their messages), readable offline afterwards. */
    Models::Status storeHistory(const Protocol::FetchResult &result, const QDateTime &fetchedAt);
    static Models::Result<std::optional<CachedHistory>> cachedHistory(const QSqlDatabase &db, const QUuid &customerId);

    static Models::Result<std::vector<Notice>> unseenNotices(const QSqlDatabase &db);
    Models::Status markNoticeSeen(qint64 id);

private:
    Models::Status upsert(const Protocol::Entity &entity);
    Models::Status remove(Protocol::EntityKind kind, const QUuid &id);
    Models::Result<std::vector<Protocol::Mutate>> pendingFor(const MutationTarget &target);
    /*! Rebuilds \a target as confirmed state + pending mutations, or drops its confirmed copy. */
    Models::Status rebase(const MutationTarget &target, const LocalAgent &me);
    /*! Keeps the row as it is now as its confirmed state, unless it has one already. */
    Models::Status storeConfirmed(const MutationTarget &target);
    Models::Status dropConfirmed(const MutationTarget &target);
    /*! The row as it is now (the server's version just written) becomes its confirmed state. */
    Models::Status replaceConfirmed(const MutationTarget &target);
    Models::Result<Notice> noticeFor(const Protocol::Mutate &mutation, const Protocol::Ack &ack);
    QString ticketLabel(const QUuid &ticketId);
    QString agentName(const QUuid &agentId);

    Models::WriteContext &m_context;
    LocalMutations m_local;
};

}  // namespace Frontline::Sync

Q_DECLARE_METATYPE(Frontline::Sync::Notice)
