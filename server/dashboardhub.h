// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changefeed.h"
#include "serverdatabase.h"

#include <models/result.h>
#include <protocol/messages.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QUuid>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace Frontline::Server {

class ClientSession;

/*!
    \brief Live team-lead dashboards: who may subscribe to which queues, when their figures are
    computed again, and pushing them as dashboard.metrics frames.

    Authorization: leads and admins only; a lead sees the queues they are a member of (queues a
    subscription names beyond those are left out, and one naming none of them is refused); an admin
    sees any queue. The figures come from TeamMetrics on a thread of their own
    (\c frontline-server-metrics) with its own read connection, so the event loop never waits for them.

    Coalescing: a subscription is pushed at once when it starts, and afterwards only when a commit
    changed tickets, ratings, agents or queues that its figures count (onChanges()), or when
    Options::refreshMs passed (deadlines become due or breached by time alone) — at most once per
    Options::intervalMs for each subscription. Subscriptions with the same queues and time zone form
    a group that shares computations: a group computes at most one snapshot at a time, and a snapshot
    still current (no relevant commit since it was read) is handed to further members without
    computing again.
*/
class DashboardHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardHub)

public:
    struct Options
    {
        int intervalMs = 1000;   // at most one push per subscription this often
        int refreshMs = 60'000;  // recompute this often even without commits; 0: only after commits
        qint64 dueSoonMs = 15 * 60 * 1000;
    };

    /*! What a subscription's figures cover: the queues, or every queue (admins). */
    struct Scope
    {
        QList<QUuid> queues;  // sorted, without duplicates
        bool allQueues = false;
        bool operator==(const Scope &) const = default;
    };

    DashboardHub(ServerDatabase::Location location, Options options, QObject *parent = nullptr);
    ~DashboardHub() override;

    /*! Starts the metrics thread and opens its connection. */
    Models::Status start();
    /*! Ends every subscription and stops the metrics thread (waits for a computation in progress). */
    void stop();

    /*!
        The queues \a actor's dashboard may show when they ask for \a requested (empty: all of
        theirs); nothing when they may not subscribe at all or may see none of the named queues.
    */
    static std::optional<Scope> scopeFor(const Actor &actor, const QList<QUuid> &requested);

    /*! Starts or replaces \a session's subscription; the error to answer with when it is refused. */
    std::optional<Protocol::ErrorMessage> subscribe(ClientSession *session, const Actor &actor,
                                                    const Protocol::DashboardSubscribe &request);
    /*! Ends \a session's subscription, or narrows it by the queues \a request names. */
    std::optional<Protocol::ErrorMessage> unsubscribe(ClientSession *session, const Actor &actor,
                                                      const Protocol::DashboardUnsubscribe &request);
    /*! \a session is gone: forget its subscription. */
    void remove(ClientSession *session);

    /*! Newly committed changes (as fan-out read them): marks the subscriptions whose figures they change. */
    void onChanges(const std::vector<Change> &changes);

    int subscriptionCount() const { return static_cast<int>(m_subscriptions.size()); }
    /*! Snapshots computed since start (shared computations count once). */
    int computationCount() const { return m_computations; }

private:
    struct Subscription;
    struct Group;
    struct Computed;

    Group &join(ClientSession *session, const Scope &scope, const QString &zoneId);
    void leave(ClientSession *session);
    /*! Options::refreshMs passed: figures change with time alone. */
    void refresh(Group &group);
    void scheduleMembers(Group &group);
    /*! Something the subscription counts changed since its last push, or it never had one. */
    bool needsPush(const Subscription &subscription) const;
    /*! A subscription that needs a push asks for figures as soon as its interval allows. */
    void schedule(Subscription &subscription);
    void request(Subscription &subscription);
    void startComputation(Group &group);
    void onComputed(const QString &key, const std::shared_ptr<const Computed> &result);
    void push(Subscription &subscription, const QString &frame, qint64 cursor);
    /*! On the metrics thread: one snapshot of \a scope, serialized as a dashboard.metrics frame. */
    static std::shared_ptr<Computed> computeSnapshot(ServerDatabase *db, const Scope &scope, const QString &zoneId,
                                                     qint64 dueSoonMs);

    ServerDatabase::Location m_location;
    Options m_options;
    std::map<ClientSession *, std::unique_ptr<Subscription>> m_subscriptions;
    std::map<QString, std::unique_ptr<Group>> m_groups;  // by queues and zone
    int m_computations = 0;
    quint64 m_nextSerial = 0;
    // TeamMetrics needs a connection with no transaction open: never the writer's nor the event loop's.
    QThread m_thread;
    std::unique_ptr<QObject> m_context;    // lives on m_thread
    std::unique_ptr<ServerDatabase> m_db;  // used on m_thread only
};

}  // namespace Frontline::Server
