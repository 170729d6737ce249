// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardhub.h"

#include "clientsession.h"
#include "teammetrics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Frontline::Server {

using namespace Qt::StringLiterals;
namespace P = Frontline::Protocol;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.dashboard", QtInfoMsg)

// What the client accepts by default (Protocol::FrameLimits); a bigger snapshot would be refused there.
constexpr qsizetype clientFrameLimit = 1024 * 1024;

QList<QUuid> sortedUnique(QList<QUuid> ids)
{
    ids.removeAll(QUuid());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString groupKey(const DashboardHub::Scope &scope, const QString &zoneId)
{
    QStringList ids;
    for (const QUuid &id : scope.queues) {
        ids.append(id.toString(QUuid::WithoutBraces));
    }
    return zoneId + u'|' + (scope.allQueues ? u"*"_s : ids.join(u','));
}

P::ErrorMessage refusal(QStringView code, const QString &message, const QString &field = {})
{
    return P::ErrorMessage{code.toString(), message, field};
}

}  // namespace

// --- state ----------------------------------------------------------------------------------------

struct DashboardHub::Subscription
{
    ClientSession *session = nullptr;
    QString groupKey;
    qint64 seenCursor = -1;  // the cursor of the last snapshot pushed; -1: none yet
    bool forced = true;      // push even without a newer change: a new subscription, a refresh, a failure
    bool awaiting = false;   // waiting for a computation's result
    QElapsedTimer sincePush;
    std::unique_ptr<QTimer> timer;  // the rest of the interval, when a change came too soon after a push
};

struct DashboardHub::Group
{
    QString key;
    quint64 serial = 0;  // tells a group from a later one with the same key, for results in flight
    Scope scope;
    QString zoneId;
    QSet<QUuid> queueSet;
    std::vector<ClientSession *> members;
    // The newest change that concerns the group's figures. A snapshot whose cursor reached it counts
    // it, even when fan-out told us of it only after that snapshot was read.
    qint64 changedSeq = 0;
    std::optional<QString> cachedFrame;
    qint64 cachedCursor = 0;
    QSet<QUuid> shownQueues;  // in the last snapshot
    QSet<QUuid> shownAgents;
    bool computing = false;
    bool computingStale = false;           // a change or a refresh came after the running computation started
    std::vector<ClientSession *> waiters;  // get the running computation's result
    std::vector<ClientSession *> pending;  // asked after something changed again: need the next one
    std::unique_ptr<QTimer> refresh;
};

/*! A computation's result, made on the metrics thread. */
struct DashboardHub::Computed
{
    bool ok = false;
    qint64 cursor = 0;
    QString frame;  // the dashboard.metrics frame, serialized once for every subscriber of the group
    QSet<QUuid> queues;
    QSet<QUuid> agents;
    qint64 elapsedMs = 0;
};

std::shared_ptr<DashboardHub::Computed> DashboardHub::computeSnapshot(ServerDatabase *db, const Scope &scope,
                                                                      const QString &zoneId, qint64 dueSoonMs)
{
    auto result = std::make_shared<Computed>();
    if (!db) {
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    // Read before the metrics' own snapshot begins: every change up to it has committed, so it is counted.
    auto cursor = ChangeFeed(*db).latestSeq();
    if (!cursor) {
        qCWarning(lc) << "cannot read the change feed's position:" << cursor.error().message;
        return result;
    }
    QList<QUuid> queues = scope.queues;
    if (scope.allQueues) {
        auto rows = db->exec(u"SELECT id FROM queues"_s);
        if (!rows) {
            qCWarning(lc) << "cannot list the queues:" << rows.error().message;
            return result;
        }
        while (rows->next()) {
            queues.append(QUuid::fromString(rows->value(0).toString()));
        }
    }
    const QTimeZone zone = zoneId == u"UTC" ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8());
    const Models::DayWindow day = Models::DayWindow::containing(QDateTime::currentDateTimeUtc(), zone);
    auto snapshot = TeamMetrics(*db).compute(queues, day, dueSoonMs);
    if (!snapshot) {
        qCWarning(lc) << "computing dashboard figures failed:" << snapshot.error().message;
        return result;
    }
    for (const Models::QueueMetrics &queue : snapshot->queues) {
        result->queues.insert(queue.queueId);
    }
    for (const Models::AgentMetrics &agent : snapshot->agents) {
        result->agents.insert(agent.agentId);
    }
    P::DashboardMetrics metrics;
    metrics.cursor = *cursor;
    result->cursor = *cursor;
    metrics.timeZoneId = zoneId;
    metrics.snapshot = std::move(snapshot).value();
    const QByteArray json = metrics.toFrame(u"dashboard"_s).toJson();
    if (json.size() > clientFrameLimit) {
        qCWarning(lc) << "a dashboard snapshot of" << metrics.snapshot.agents.size() << "agents is" << json.size()
                      << "bytes, over what clients accept";
    }
    result->frame = QString::fromUtf8(json);
    result->ok = true;
    result->elapsedMs = timer.elapsed();
    return result;
}

// --- DashboardHub ---------------------------------------------------------------------------------

DashboardHub::DashboardHub(ServerDatabase::Location location, Options options, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_options(options)
{}

DashboardHub::~DashboardHub()
{
    stop();
}

Models::Status DashboardHub::start()
{
    m_thread.setObjectName(u"frontline-server-metrics"_s);
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(&m_thread);
    m_thread.start();
    Models::Status opened = Models::Ok{};
    // On PostgreSQL one connection per thread: this one is opened, used and closed on the metrics thread.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, &opened] {
            auto db = ServerDatabase::open(m_location);
            if (db) {
                m_db = std::move(db).value();
            } else {
                opened = db.error();
            }
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void DashboardHub::stop()
{
    m_subscriptions.clear();
    m_groups.clear();
    if (!m_thread.isRunning()) {
        return;
    }
    // Computations already queued still run (their results are dropped: no group is left to take them).
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context.reset();
}

std::optional<DashboardHub::Scope> DashboardHub::scopeFor(const Actor &actor, const QList<QUuid> &requested)
{
    if (actor.role == Models::AgentRole::Agent) {
        return std::nullopt;
    }
    if (actor.isAdmin()) {
        if (requested.isEmpty()) {
            return Scope{{}, true};
        }
        return Scope{sortedUnique(requested), false};
    }
    if (requested.isEmpty()) {
        return Scope{sortedUnique(actor.queueIds), false};
    }
    // Queues the lead is not a member of are left out, never counted: the snapshot lists what they got.
    QList<QUuid> visible;
    for (const QUuid &id : requested) {
        if (actor.queueIds.contains(id)) {
            visible.append(id);
        }
    }
    if (visible.isEmpty()) {
        return std::nullopt;
    }
    return Scope{sortedUnique(visible), false};
}

std::optional<P::ErrorMessage> DashboardHub::subscribe(ClientSession *session, const Actor &actor,
                                                       const P::DashboardSubscribe &request)
{
    if (actor.role == Models::AgentRole::Agent) {
        return refusal(P::DashboardErrors::Forbidden, u"the dashboard is for team leads and admins"_s);
    }
    const QString zoneId = request.timeZoneId.isEmpty() ? u"UTC"_s : request.timeZoneId;
    if (zoneId != u"UTC" && !QTimeZone(zoneId.toUtf8()).isValid()) {
        return refusal(P::DashboardErrors::UnknownTimeZone,
                       u"the server knows no time zone \"%1\"; use an IANA id such as \"Asia/Shanghai\""_s.arg(zoneId),
                       u"timeZoneId"_s);
    }
    const std::optional<Scope> scope = scopeFor(actor, request.queueIds);
    if (!scope) {
        return refusal(P::DashboardErrors::Forbidden, u"none of these queues is one you lead"_s, u"queueIds"_s);
    }
    // A new subscription replaces the old one but is no way around the interval.
    QElapsedTimer sincePush;
    if (auto previous = m_subscriptions.find(session); previous != m_subscriptions.end()) {
        sincePush = previous->second->sincePush;
    }
    leave(session);
    join(session, *scope, zoneId);
    Subscription &subscription = *m_subscriptions.at(session);
    subscription.sincePush = sincePush;
    schedule(subscription);
    return std::nullopt;
}

std::optional<P::ErrorMessage> DashboardHub::unsubscribe(ClientSession *session, const Actor &actor,
                                                         const P::DashboardUnsubscribe &request)
{
    if (actor.role == Models::AgentRole::Agent) {
        return refusal(P::DashboardErrors::Forbidden, u"the dashboard is for team leads and admins"_s);
    }
    const auto found = m_subscriptions.find(session);
    if (found == m_subscriptions.end()) {
        return std::nullopt;  // nothing to stop
    }
    if (request.queueIds.isEmpty()) {
        leave(session);
        return std::nullopt;
    }
    const Group &group = *m_groups.at(found->second->groupKey);
    QList<QUuid> remaining =
        group.scope.allQueues ? QList<QUuid>(group.shownQueues.begin(), group.shownQueues.end()) : group.scope.queues;
    for (const QUuid &id : request.queueIds) {
        remaining.removeAll(id);
    }
    if (remaining.isEmpty()) {
        leave(session);
        return std::nullopt;
    }
    const QString zoneId = group.zoneId;
    const QElapsedTimer sincePush = found->second->sincePush;
    leave(session);
    join(session, Scope{sortedUnique(remaining), false}, zoneId);
    Subscription &subscription = *m_subscriptions.at(session);
    subscription.sincePush = sincePush;
    schedule(subscription);
    return std::nullopt;
}

void DashboardHub::remove(ClientSession *session)
{
    leave(session);
}

DashboardHub::Group &DashboardHub::join(ClientSession *session, const Scope &scope, const QString &zoneId)
{
    const QString key = groupKey(scope, zoneId);
    std::unique_ptr<Group> &slot = m_groups[key];
    if (!slot) {
        slot = std::make_unique<Group>();
        slot->key = key;
        slot->serial = ++m_nextSerial;
        slot->scope = scope;
        slot->zoneId = zoneId;
        slot->queueSet = QSet<QUuid>(scope.queues.begin(), scope.queues.end());
        if (m_options.refreshMs > 0) {
            // Deadlines fall due and the day ends without any commit.
            slot->refresh = std::make_unique<QTimer>();
            Group *group = slot.get();
            QObject::connect(slot->refresh.get(), &QTimer::timeout, this, [this, group] { refresh(*group); });
            slot->refresh->start(m_options.refreshMs);
        }
    }
    Group &group = *slot;
    group.members.push_back(session);

    auto subscription = std::make_unique<Subscription>();
    subscription->session = session;
    subscription->groupKey = key;
    subscription->timer = std::make_unique<QTimer>();
    subscription->timer->setSingleShot(true);
    subscription->timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(subscription->timer.get(), &QTimer::timeout, this, [this, session] {
        const auto found = m_subscriptions.find(session);
        if (found != m_subscriptions.end() && !found->second->awaiting) {
            request(*found->second);
        }
    });
    m_subscriptions[session] = std::move(subscription);
    return group;
}

void DashboardHub::leave(ClientSession *session)
{
    const auto found = m_subscriptions.find(session);
    if (found == m_subscriptions.end()) {
        return;
    }
    const QString key = found->second->groupKey;
    m_subscriptions.erase(found);
    const auto group = m_groups.find(key);
    if (group == m_groups.end()) {
        return;
    }
    std::erase(group->second->members, session);
    std::erase(group->second->waiters, session);
    std::erase(group->second->pending, session);
    if (group->second->members.empty()) {
        m_groups.erase(group);  // a computation in flight finds no group and is dropped
    }
}

void DashboardHub::onChanges(const std::vector<Change> &changes)
{
    if (m_groups.empty()) {
        return;
    }
    // The newest relevant seq per queue and per agent.
    QHash<QUuid, qint64> queueSeq;   // tickets, ratings (and transfers' revocations) of the queue, the queue
    QHash<QUuid, qint64> memberSeq;  // agents who are members of the queue now
    QHash<QUuid, qint64> agentSeq;   // agents by id: one who just left a queue is still listed in it
    qint64 anySeq = 0;
    const auto raise = [](QHash<QUuid, qint64> &seqs, const QUuid &id, qint64 seq) {
        qint64 &at = seqs[id];
        at = std::max(at, seq);
    };
    for (const Change &change : changes) {
        if (change.kind == u"ticket" || change.kind == u"csat") {
            if (change.scopeQueueId.isNull()) {
                continue;
            }
            raise(queueSeq, change.scopeQueueId, change.seq);
        } else if (change.kind == u"queue") {
            raise(queueSeq, change.entityId, change.seq);
        } else if (change.kind == u"agent") {
            raise(agentSeq, change.entityId, change.seq);
            if (change.op == u"upsert") {
                for (const QJsonValue &id : change.entity().value(u"queueIds").toArray()) {
                    raise(memberSeq, QUuid::fromString(id.toString()), change.seq);
                }
            }
        } else {
            continue;  // customers, messages (a reply's effect on figures comes as its ticket), articles, …
        }
        anySeq = std::max(anySeq, change.seq);
    }
    if (anySeq == 0) {
        return;
    }
    std::vector<std::pair<Group *, qint64>> changed;
    for (const auto &[key, group] : m_groups) {
        qint64 seq = 0;
        if (group->scope.allQueues) {
            seq = anySeq;
        } else {
            for (const QUuid &queue : std::as_const(group->queueSet)) {
                seq = std::max({seq, queueSeq.value(queue), memberSeq.value(queue)});
            }
            for (auto agent = agentSeq.cbegin(); agent != agentSeq.cend(); ++agent) {
                if (group->shownAgents.contains(agent.key())) {
                    seq = std::max(seq, agent.value());
                }
            }
        }
        if (seq > group->changedSeq) {
            changed.emplace_back(group.get(), seq);
        }
    }
    for (const auto &[group, seq] : changed) {
        group->changedSeq = seq;
        if (group->computing) {
            group->computingStale = true;
        }
        scheduleMembers(*group);
    }
}

void DashboardHub::refresh(Group &group)
{
    group.cachedFrame.reset();
    if (group.computing) {
        group.computingStale = true;
    }
    for (ClientSession *session : group.members) {
        if (const auto found = m_subscriptions.find(session); found != m_subscriptions.end()) {
            found->second->forced = true;
        }
    }
    scheduleMembers(group);
}

void DashboardHub::scheduleMembers(Group &group)
{
    const std::vector<ClientSession *> members = group.members;
    for (ClientSession *session : members) {
        if (const auto found = m_subscriptions.find(session); found != m_subscriptions.end()) {
            schedule(*found->second);
        }
    }
}

bool DashboardHub::needsPush(const Subscription &subscription) const
{
    const auto group = m_groups.find(subscription.groupKey);
    return group != m_groups.end() && (subscription.forced || group->second->changedSeq > subscription.seenCursor);
}

void DashboardHub::schedule(Subscription &subscription)
{
    if (subscription.awaiting || subscription.timer->isActive() || !needsPush(subscription)) {
        return;
    }
    const qint64 wait =
        subscription.sincePush.isValid() ? m_options.intervalMs - subscription.sincePush.elapsed() : qint64(0);
    if (wait <= 0) {
        request(subscription);
    } else {
        subscription.timer->start(static_cast<int>(wait));
    }
}

void DashboardHub::request(Subscription &subscription)
{
    if (!needsPush(subscription)) {
        return;
    }
    Group &group = *m_groups.at(subscription.groupKey);
    subscription.forced = false;
    if (group.cachedFrame && group.cachedCursor >= group.changedSeq) {
        push(subscription, *group.cachedFrame, group.cachedCursor);  // nothing it counts changed since
        return;
    }
    subscription.awaiting = true;
    if (group.computing) {
        // A computation that started before the latest change may not show it: wait for the next one.
        (group.computingStale ? group.pending : group.waiters).push_back(subscription.session);
        return;
    }
    group.waiters.push_back(subscription.session);
    startComputation(group);
}

void DashboardHub::startComputation(Group &group)
{
    group.computing = true;
    group.computingStale = false;
    if (!m_context) {
        return;  // not started: nothing is ever computed
    }
    QMetaObject::invokeMethod(m_context.get(), [this, key = group.key, serial = group.serial, scope = group.scope,
                                                zoneId = group.zoneId, dueSoonMs = m_options.dueSoonMs] {
        std::shared_ptr<const Computed> result = computeSnapshot(m_db.get(), scope, zoneId, dueSoonMs);
        QMetaObject::invokeMethod(
            this,
            [this, key, serial, result] {
                if (const auto found = m_groups.find(key); found != m_groups.end() && found->second->serial == serial) {
                    onComputed(key, result);
                }
            },
            Qt::QueuedConnection);
    });
}

void DashboardHub::onComputed(const QString &key, const std::shared_ptr<const Computed> &result)
{
    ++m_computations;
    Group &group = *m_groups.at(key);
    group.computing = false;
    if (result->ok) {
        qCDebug(lc) << "dashboard figures for" << group.members.size() << "subscribers in" << result->elapsedMs << "ms";
        group.shownQueues = result->queues;
        group.shownAgents = result->agents;
        group.cachedFrame = result->frame;
        group.cachedCursor = result->cursor;
    }
    // Book-keeping first, sending last: nothing below may touch a subscription a send could end.
    std::vector<ClientSession *> recipients;
    for (ClientSession *session : std::exchange(group.waiters, {})) {
        const auto found = m_subscriptions.find(session);
        if (found == m_subscriptions.end() || found->second->groupKey != key) {
            continue;
        }
        Subscription &subscription = *found->second;
        subscription.awaiting = false;
        subscription.sincePush.start();
        if (result->ok) {
            subscription.seenCursor = std::max(subscription.seenCursor, result->cursor);
            recipients.push_back(session);
        } else {
            subscription.forced = true;  // try again after the interval
        }
        schedule(subscription);  // changed again meanwhile: after the interval
    }
    if (!group.pending.empty() && !group.computing) {
        group.waiters = std::exchange(group.pending, {});
        startComputation(group);
    }
    for (ClientSession *session : recipients) {
        session->deliverDashboard(result->frame);
    }
}

void DashboardHub::push(Subscription &subscription, const QString &frame, qint64 cursor)
{
    subscription.awaiting = false;
    subscription.seenCursor = std::max(subscription.seenCursor, cursor);
    subscription.sincePush.start();
    ClientSession *session = subscription.session;
    const QString text = frame;  // the cache may be replaced by what schedule() starts
    schedule(subscription);
    session->deliverDashboard(text);
}

}  // namespace Frontline::Server
