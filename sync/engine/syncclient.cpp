// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncclient.h"

#include <models/localstore.h>
#include <protocol/frame.h>
#include <protocol/websockettransport.h>

#include <QFuture>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QWebSocket>

#include <algorithm>

namespace Frontline::Sync {

using Models::Durability;
using Models::Status;
using Models::WriteContext;
namespace P = Protocol;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.sync.client", QtInfoMsg)

/*! A result a write job hands back to the client's thread. */
template<typename T>
struct Shared
{
    std::shared_ptr<T> value = std::make_shared<T>();
};

}  // namespace

SyncClient::SyncClient(Models::LocalStore &store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_backoff(m_options.backoff)
{
    const auto announce = [this] {
        emit statusTextChanged(statusText());
    };
    connect(this, &SyncClient::stateChanged, this, announce);
    connect(this, &SyncClient::progressChanged, this, announce);
    connect(this, &SyncClient::pendingCountChanged, this, announce);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SyncClient::connectNow);
    connect(m_pingTimer, &QTimer::timeout, this, &SyncClient::checkLiveness);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        qCInfo(lc) << "connecting took too long; trying again later";
        dropTransport();
        setState(State::Offline);
        scheduleReconnect();
    });
    // The OS says the network is back: try at once instead of waiting out the backoff.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online && m_state == State::Offline &&
                        !m_workOffline && m_login != Login::None) {
                        m_reconnectTimer->stop();
                        connectNow();
                    }
                });
    }
    setUpPresence();
    start();
}

SyncClient::~SyncClient()
{
    m_workOffline = true;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close(P::CloseCode::GoingAway);
    }
}

void SyncClient::start()
{
    // Read what the cache knows (who signed in here, the cursor, the outbox) through the writer, so
    // it is consistent with every write queued before it.
    Shared<SyncIdentity> identity;
    Shared<std::vector<P::Mutate>> pending;
    m_store
        .write(
            [identity, pending](WriteContext &context) -> Status {
                auto found = SyncStore::identity(context.database);
                if (!found) {
                    return found.error();
                }
                *identity.value = *found;
                auto outbox = SyncStore::pending(context.database);
                if (!outbox) {
                    return outbox.error();
                }
                *pending.value = std::move(*outbox);
                return Models::Ok{};
            },
            Durability::Normal)
        .then(this, [this, identity, pending](const Status &status) {
            if (!status) {
                writeFailed(status.error());
                return;
            }
            m_identity = *identity.value;
            for (P::Mutate &mutation : *pending.value) {
                m_outbox.push_back(std::move(mutation));
            }
            m_loaded = true;
            emit pendingCountChanged(pendingCount());
            if (!m_workOffline && m_login != Login::None && !m_transport) {
                connectNow();
            }
        });
}

void SyncClient::signIn(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
    m_token.clear();
    m_login = Login::Password;
    setWorkOffline(false);
}

void SyncClient::resume(const QString &sessionToken)
{
    m_token = sessionToken;
    m_password.clear();
    m_login = Login::Token;
    setWorkOffline(false);
}

void SyncClient::setWorkOffline(bool offline)
{
    m_workOffline = offline;
    if (offline) {
        m_reconnectTimer->stop();
        dropTransport();
        setState(State::Offline);
        return;
    }
    if (m_state == State::SignedOut || m_state == State::Incompatible) {
        setState(State::Offline);
    }
    setProblem({});
    m_backoff.reset();
    if (m_loaded && !m_transport && m_login != Login::None) {
        connectNow();
    }
}

void SyncClient::interruptConnection()
{
    if (m_transport && m_transport->socket()) {
        m_transport->socket()->abort();
    }
}

QUuid SyncClient::submit(P::MutationPayload payload, std::optional<qint64> baseRev)
{
    P::Mutate mutation{QUuid::createUuid(), baseRev, std::move(payload)};
    const LocalAgent me = m_identity.agent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ++m_writesInFlight;
    m_store
        .write(
            [mutation, me, now](WriteContext &context) -> Status {
                LocalAgent who = me;
                if (who.id.isNull()) {
                    // Submitted before the cache's identity was read (a workstation starting offline):
                    // the writer has it, as for every earlier write.
                    if (auto identity = SyncStore::identity(context.database)) {
                        who = identity->agent;
                    }
                }
                return SyncStore(context).record(mutation, who, now);
            },
            Durability::Full)
        .then(this, [this, mutation](const Status &status) {
            --m_writesInFlight;
            if (!status) {
                qCWarning(lc) << "could not record a mutation:" << status.error().message;
                emit recordFailed(mutation.mutationId, status.error().message);
                writeFailed(status.error());
                return;
            }
            // Only now that it is durable may it leave this machine.
            m_outbox.push_back(mutation);
            emit mutationRecorded(mutation.mutationId);
            emit pendingCountChanged(pendingCount());
            pump();
        });
    return mutation.mutationId;
}

void SyncClient::connectNow()
{
    if (m_transport || m_workOffline || m_login == Login::None || !m_loaded) {
        return;
    }
    qCDebug(lc) << "connecting to" << m_options.url << "from cursor" << m_identity.cursor;
    setState(State::Connecting);
    m_welcomed = false;
    m_transport = std::make_unique<P::WebSocketTransport>();
    connect(m_transport.get(), &P::WebSocketTransport::connected, this, &SyncClient::onConnected);
    connect(m_transport.get(), &P::Transport::disconnected, this, &SyncClient::onDisconnected);
    connect(m_transport.get(), &P::Transport::messageReceived, this, &SyncClient::onMessage);
    connect(m_transport->socket(), &QWebSocket::pong, this, [this] { m_lastHeard.start(); });
    m_connectTimer->start(m_options.connectTimeoutMs);
    m_transport->open(m_options.url);
}

void SyncClient::onConnected()
{
    qCDebug(lc) << "connected; signing in";
    m_lastHeard.start();
    m_pingTimer->start(m_options.pingIntervalMs);
    P::Hello hello;
    hello.clientName = m_options.clientName;
    hello.clientVersion = QStringLiteral(FRONTLINE_VERSION);
    if (m_login == Login::Token) {
        hello.sessionToken = m_token;
    } else {
        hello.username = m_username;
        hello.password = m_password;
    }
    m_queuedCursor = m_identity.cursor;
    if (m_identity.cursor > 0) {
        hello.cursor = m_identity.cursor;
    }
    hello.pageWindow = std::clamp(m_options.pageWindow, 1, P::Hello::MaxPageWindow);
    m_transport->sendTextMessage(QString::fromUtf8(hello.toFrame(QStringLiteral("hello")).toJson()));
}

void SyncClient::dropTransport()
{
    if (!m_transport) {
        return;
    }
    // Deleted later: this may run inside one of the transport's own signals.
    P::WebSocketTransport *transport = m_transport.release();
    transport->disconnect(this);
    transport->close(P::CloseCode::Normal);
    transport->deleteLater();
    m_pingTimer->stop();
    m_connectTimer->stop();
    m_inFlight = 0;  // unacknowledged mutations are sent again on the next connection
    m_welcomed = false;
    m_syncedCursor.reset();
    m_untoldCursor.reset();
    m_unwritten.clear();  // not in the cache: the next connection sends them again from the stored cursor
    m_unwrittenRows = 0;
    const QHash<QString, QUuid> fetches = std::exchange(m_fetches, {});
    for (const QUuid &customer : fetches) {
        QMetaObject::invokeMethod(
            this, [this, customer] { emit historyFetched(customer, false, false); }, Qt::QueuedConnection);
    }
}

void SyncClient::onDisconnected()
{
    const auto code = m_transport ? m_transport->closeCode() : P::CloseCode::Abnormal;
    qCDebug(lc) << "connection closed" << static_cast<int>(code);
    dropTransport();
    if (m_state == State::SignedOut || m_state == State::Incompatible) {
        return;  // terminal: waiting for the user
    }
    setState(State::Offline);
    scheduleReconnect();
}

void SyncClient::scheduleReconnect()
{
    if (m_workOffline || m_login == Login::None || m_reconnectTimer->isActive()) {
        return;
    }
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lc) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
}

void SyncClient::checkLiveness()
{
    if (!m_transport) {
        return;
    }
    if (m_lastHeard.isValid() && m_lastHeard.elapsed() > m_options.livenessTimeoutMs) {
        qCInfo(lc) << "nothing heard from the server for" << m_lastHeard.elapsed() << "ms; reconnecting";
        interruptConnection();
        return;
    }
    if (m_transport->socket()) {
        m_transport->socket()->ping();
    }
}

void SyncClient::onMessage(const QString &text)
{
    m_lastHeard.start();
    auto frame = P::Frame::parse(text);
    if (!frame) {
        qCWarning(lc) << "the server sent a frame this client cannot read:" << frame.error().message;
        return;
    }
    const QString &type = frame->type;
    if (type == P::Welcome::Type) {
        if (auto welcome = P::Welcome::fromFrame(*frame)) {
            onWelcome(*welcome);
        }
    } else if (type == P::AuthFailed::Type) {
        if (auto failed = P::AuthFailed::fromFrame(*frame)) {
            onAuthFailed(*failed);
        }
    } else if (type == P::Changes::Type) {
        auto page = P::Changes::fromFrame(*frame);
        if (!page) {
            // Applying part of a page would leave a gap behind the cursor: start this connection over.
            qCWarning(lc) << "a change page failed validation:" << page.error().message;
            interruptConnection();
            return;
        }
        onChanges(*page);
    } else if (type == P::Synced::Type) {
        if (auto synced = P::Synced::fromFrame(*frame)) {
            onSynced(*synced);
        }
    } else if (type == P::Ack::Type) {
        if (auto ack = P::Ack::fromFrame(*frame)) {
            onAck(*ack);
        } else {
            qCWarning(lc) << "an ack failed validation:" << ack.error().message;
        }
    } else if (type == P::FetchResult::Type) {
        if (auto result = P::FetchResult::fromFrame(*frame)) {
            onFetchResult(frame->id, *result);
        } else {
            qCWarning(lc) << "a fetch result failed validation:" << result.error().message;
            if (const QUuid customer = m_fetches.take(frame->id); !customer.isNull()) {
                emit historyFetched(customer, false, false);
            }
        }
    } else if (type == P::DashboardMetrics::Type) {
        onDashboardMetrics(*frame);
    } else if (type == P::ErrorMessage::Type) {
        if (auto error = P::ErrorMessage::fromFrame(*frame)) {
            if (!m_dashboardRequestId.isEmpty() && frame->id == m_dashboardRequestId) {
                qCInfo(lc) << "the dashboard subscription was refused:" << error->code << error->message;
                m_dashboard.reset();  // sending it again would be refused again
                m_dashboardRequestId.clear();
                emit dashboardSubscriptionRefused(error->code, error->message);
                return;
            }
            onErrorFrame(*error);
        }
    } else if (type == P::PresenceUpdate::Type) {
        if (auto update = P::PresenceUpdate::fromFrame(*frame)) {
            onPresence(*update);
        }
    }
    // Presence and dashboard frames are for the views; they have no effect on the cache.
}

// --- Dashboard ---

void SyncClient::subscribeDashboard(const QList<QUuid> &queueIds, const QString &timeZoneId)
{
    P::DashboardSubscribe subscribe;
    subscribe.queueIds = queueIds;
    subscribe.timeZoneId = timeZoneId;
    m_dashboard = subscribe;
    sendDashboardSubscription();
}

void SyncClient::unsubscribeDashboard()
{
    const bool wasSubscribed = m_dashboard.has_value();
    m_dashboard.reset();
    m_dashboardRequestId.clear();
    if (wasSubscribed && m_transport && m_welcomed && m_transport->isOpen()) {
        m_transport->sendTextMessage(
            QString::fromUtf8(P::DashboardUnsubscribe{}.toFrame(QStringLiteral("d%1").arg(m_nextFrame++)).toJson()));
    }
}

void SyncClient::sendDashboardSubscription()
{
    if (!m_dashboard || !m_transport || !m_welcomed || !m_transport->isOpen()) {
        return;  // sent after the next welcome
    }
    m_dashboardRequestId = QStringLiteral("d%1").arg(m_nextFrame++);
    m_transport->sendTextMessage(QString::fromUtf8(m_dashboard->toFrame(m_dashboardRequestId).toJson()));
}

void SyncClient::onDashboardMetrics(const P::Frame &frame)
{
    if (!m_dashboard) {
        return;  // unsubscribed meanwhile: a push already on its way
    }
    auto metrics = P::DashboardMetrics::fromFrame(frame);
    if (!metrics) {
        qCWarning(lc) << "dashboard figures failed validation:" << metrics.error().message;
        return;
    }
    emit dashboardMetricsReceived(metrics->snapshot);
}

void SyncClient::onWelcome(const P::Welcome &welcome)
{
    qCDebug(lc) << "signed in as" << welcome.agent.username << "on server" << welcome.serverId << "epoch"
                << welcome.epoch;
    m_connectTimer->stop();
    m_backoff.reset();
    m_password.clear();  // from now on the session token signs in
    if (!welcome.sessionToken.isEmpty()) {
        m_token = welcome.sessionToken;
        m_login = Login::Token;
        emit tokenIssued(welcome.sessionToken, welcome.tokenExpiresAt);
    }
    const bool otherServer =
        !m_identity.serverId.isNull() && (m_identity.serverId != welcome.serverId || m_identity.epoch != welcome.epoch);
    const bool otherAgent = !m_identity.agent.id.isNull() && m_identity.agent.id != welcome.agent.id;
    m_identity.serverId = welcome.serverId;
    m_identity.epoch = welcome.epoch;
    m_identity.agent = LocalAgent{welcome.agent.id, welcome.agent.name};
    if (otherServer || otherAgent) {
        qCInfo(lc) << "the cache was filled from another server or epoch; rebuilding it";
        rebuildCache(true);
        return;
    }
    m_welcomed = true;
    emit othersPresencePermissionReceived(welcome.mayChangeOthersPresence);
    const SyncIdentity identity = m_identity;
    m_store.write([identity](WriteContext &context) { return SyncStore(context).saveIdentity(identity); },
                  Durability::Normal);
    m_progress = Progress{};
    setState(State::Syncing);
    emit progressChanged();
    pump();
    sendDashboardSubscription();  // a new connection knows nothing of the last one's subscription
}

void SyncClient::rebuildCache(bool reconnect)
{
    m_rebuilding = true;
    SyncIdentity fresh = m_identity;
    fresh.cursor = 0;
    m_identity.cursor = 0;
    m_queuedCursor = 0;
    ++m_writesInFlight;
    m_store
        .write(
            [fresh](WriteContext &context) -> Status {
                SyncStore store(context);
                if (Status forgotten = store.forgetServerData(fresh.agent); !forgotten) {
                    return forgotten;
                }
                return store.saveIdentity(fresh);
            },
            Durability::Full)
        .then(this, [this, reconnect](const Status &status) {
            --m_writesInFlight;
            m_rebuilding = false;
            if (!status) {
                writeFailed(status.error());
                return;
            }
            emit cacheRebuilt();
            if (reconnect) {
                // Sign in again with cursor 0, so the new server streams everything.
                dropTransport();
                connectNow();
            }
        });
}

void SyncClient::onAuthFailed(const P::AuthFailed &failed)
{
    qCInfo(lc) << "sign-in refused:" << P::toString(failed.reason) << failed.message;
    m_connectTimer->stop();
    if (failed.reason == P::AuthFailure::RateLimited) {
        setProblem(tr("Too many sign-in attempts; trying again in %n second(s).", nullptr,
                      static_cast<int>(failed.retryAfterSeconds.value_or(30))));
        dropTransport();
        setState(State::Offline);
        m_reconnectTimer->start(static_cast<int>(failed.retryAfterSeconds.value_or(30) * 1000));
        return;
    }
    switch (failed.reason) {
    case P::AuthFailure::InvalidCredentials:
        setProblem(tr("The user name or password is not right."));
        break;
    case P::AuthFailure::TokenExpired:
        setProblem(tr("Your session has expired. Please sign in again."));
        break;
    case P::AuthFailure::TokenInvalid:
        setProblem(tr("Your session was ended. Please sign in again."));
        break;
    case P::AuthFailure::AccountDisabled:
        setProblem(tr("Your account is disabled. Please contact your administrator."));
        break;
    default:
        setProblem(tr("The server refused to sign you in."));
        break;
    }
    m_password.clear();
    m_token.clear();
    m_login = Login::None;
    dropTransport();
    setState(State::SignedOut);
}

void SyncClient::onErrorFrame(const P::ErrorMessage &error)
{
    if (error.knownCode() == P::ErrorCode::UnsupportedVersion) {
        setProblem(tr("This version of Frontline cannot work with this server. Please update Frontline."));
        dropTransport();
        setState(State::Incompatible);
        return;
    }
    qCWarning(lc) << "the server refused a frame:" << error.code << error.message << error.field;
}

void SyncClient::onChanges(const P::Changes &page)
{
    if (!m_welcomed || m_rebuilding) {
        return;
    }
    // A feed behind our cursor: the server was restored from an older backup and starts us from 0.
    const bool wentBack = page.cursor < m_queuedCursor;
    if (wentBack) {
        qCInfo(lc) << "the server's feed is behind this cache (" << page.cursor << "<" << m_queuedCursor
                   << "); rebuilding the cache";
    }
    m_queuedCursor = page.cursor;
    if (m_state == State::Online) {
        noticeOwnPresence(page);
    }
    m_unwrittenRows += page.changes.size();
    m_unwritten.push_back(page);
    // During a catch-up, pages go to the writer in jobs of at least catchUpJobRows changes: a big first
    // sync then commits a few dozen times instead of after every page (each commit writes the index
    // pages it touched again). Live changes and the last page of a catch-up go at once.
    if (wentBack || m_state != State::Syncing || !page.more || m_unwrittenRows >= m_options.catchUpJobRows) {
        writeUnwrittenPages(wentBack);
    }
    if (page.more) {
        m_untoldCursor = page.cursor;
        reportPagesTaken();
    }
}

void SyncClient::reportPagesTaken()
{
    // Pages waiting for the writer are held in memory: the server sends more only while it keeps up.
    if (!m_untoldCursor || m_pageWrites > m_options.writeJobsAhead || !m_welcomed || !m_transport) {
        return;
    }
    const P::ChangesReceived received{*std::exchange(m_untoldCursor, std::nullopt)};
    m_transport->sendTextMessage(
        QString::fromUtf8(received.toFrame(QStringLiteral("r%1").arg(m_nextFrame++)).toJson()));
}

void SyncClient::writeUnwrittenPages(bool wentBack)
{
    if (m_unwritten.empty()) {
        return;
    }
    auto pages = std::make_shared<const std::vector<P::Changes>>(std::exchange(m_unwritten, {}));
    const qsizetype count = std::exchange(m_unwrittenRows, 0);
    const qint64 cursor = pages->back().cursor;
    const LocalAgent me = m_identity.agent;
    ++m_writesInFlight;
    ++m_pageWrites;
    m_store
        .write(
            [pages, me, wentBack](WriteContext &context) -> Status {
                SyncStore store(context);
                if (wentBack) {
                    if (Status forgotten = store.forgetServerData(me); !forgotten) {
                        return forgotten;
                    }
                }
                for (const P::Changes &page : *pages) {
                    if (Status applied = store.applyChanges(page, me); !applied) {
                        return applied;
                    }
                }
                return Models::Ok{};
            },
            Durability::Normal)
        .then(this, [this, cursor, count, pageCount = static_cast<int>(pages->size()),
                     total = pages->back().estimatedTotal, wentBack](const Status &status) {
            --m_writesInFlight;
            --m_pageWrites;
            if (!status) {
                writeFailed(status.error());
                m_queuedCursor = m_identity.cursor;
                interruptConnection();  // the cursor was not stored: the next connection sends the pages again
                return;
            }
            // Only committed pages move the cursor the next hello sends.
            m_identity.cursor = wentBack ? cursor : std::max(cursor, m_identity.cursor);
            reportPagesTaken();
            emit changesApplied(cursor, static_cast<int>(count));
            if (wentBack) {
                emit cacheRebuilt();
            }
            if (m_state == State::Syncing) {
                m_progress.pages += pageCount;
                m_progress.rows += count;
                m_progress.estimatedTotal = std::max(total, m_progress.rows);
                emit progressChanged();
            }
            if (m_pageWrites == 0 && m_syncedCursor && m_welcomed) {
                finishCatchUp();
            }
        });
}

void SyncClient::onSynced(const P::Synced &synced)
{
    if (!m_welcomed) {
        return;
    }
    if (synced.cursor < m_queuedCursor) {
        // Restored from a backup with nothing for us since: start over from the server's state.
        rebuildCache(true);
        return;
    }
    // Caught up once the cache holds it, not when the last page arrived: pages may still be queued.
    writeUnwrittenPages(false);
    m_syncedCursor = synced.cursor;
    if (m_pageWrites == 0) {
        finishCatchUp();
    }
}

void SyncClient::finishCatchUp()
{
    const qint64 cursor = *m_syncedCursor;
    m_syncedCursor.reset();
    setState(State::Online);
    emit caughtUp(cursor);
}

void SyncClient::pump()
{
    if (!m_transport || !m_welcomed || !m_transport->isOpen()) {
        return;
    }
    const std::size_t window = static_cast<std::size_t>(std::max(1, m_options.window));
    while (m_inFlight < m_outbox.size() && m_inFlight < window) {
        const P::Mutate &mutation = m_outbox[m_inFlight];
        m_transport->sendTextMessage(
            QString::fromUtf8(mutation.toFrame(QStringLiteral("m%1").arg(m_nextFrame++)).toJson()));
        ++m_inFlight;
    }
}

namespace {

// The ticket a take_next was answered with: the server chose it, so only its ack names it.
std::optional<Models::Ticket> takenTicket(const P::Mutate &mutation, const P::Ack &ack)
{
    if (!std::holds_alternative<P::TakeNext>(mutation.payload) || ack.result != P::AckResult::Applied || !ack.current ||
        !std::holds_alternative<Models::Ticket>(*ack.current)) {
        return std::nullopt;
    }
    return std::get<Models::Ticket>(*ack.current);
}

}  // namespace

void SyncClient::onAck(const P::Ack &ack)
{
    // Acks come in order; look a little further in case a server answers out of order.
    std::size_t index = 0;
    while (index < m_inFlight && m_outbox[index].mutationId != ack.mutationId) {
        ++index;
    }
    if (index == m_inFlight) {
        qCWarning(lc) << "an ack for a mutation not in flight:" << ack.mutationId;
        return;
    }
    const P::Mutate mutation = m_outbox[index];
    m_outbox.erase(m_outbox.begin() + static_cast<std::ptrdiff_t>(index));
    --m_inFlight;
    emit pendingCountChanged(pendingCount());
    const LocalAgent me = m_identity.agent;
    auto notice = std::make_shared<std::optional<Notice>>();
    ++m_writesInFlight;
    m_store
        .write(
            [mutation, ack, me, notice](WriteContext &context) -> Status {
                auto settled = SyncStore(context).settle(mutation, ack, me);
                if (!settled) {
                    return settled.error();
                }
                *notice = *settled;
                return Models::Ok{};
            },
            Durability::Full)
        .then(this, [this, id = mutation.mutationId, result = ack.result, notice,
                     taken = takenTicket(mutation, ack)](const Status &status) {
            --m_writesInFlight;
            if (!status) {
                writeFailed(status.error());
                return;
            }
            emit mutationSettled(id, result);
            if (taken) {
                emit ticketTaken(taken->id, taken->number.value_or(0));
            }
            if (*notice) {
                emit noticeAdded(**notice);
            }
        });
    pump();
}

void SyncClient::fetchCustomerHistory(const QUuid &customerId, int limit)
{
    if (!m_transport || !m_welcomed || !m_transport->isOpen()) {
        QMetaObject::invokeMethod(
            this, [this, customerId] { emit historyFetched(customerId, false, false); }, Qt::QueuedConnection);
        return;
    }
    P::Fetch fetch;
    fetch.what = P::FetchWhat::CustomerHistory;
    fetch.entityId = customerId;
    fetch.limit = std::clamp(limit, 1, P::Fetch::MaxLimit);
    const QString id = QStringLiteral("f%1").arg(m_nextFrame++);
    m_fetches.insert(id, customerId);
    m_transport->sendTextMessage(QString::fromUtf8(fetch.toFrame(id).toJson()));
}

void SyncClient::onFetchResult(const QString &requestId, const P::FetchResult &result)
{
    const QUuid customer = m_fetches.take(requestId);
    if (customer.isNull() || result.what != P::FetchWhat::CustomerHistory || result.entityId != customer) {
        return;  // not ours, or not history
    }
    ++m_writesInFlight;
    m_store
        .write([result, now = QDateTime::currentDateTimeUtc()](
                   WriteContext &context) { return SyncStore(context).storeHistory(result, now); },
               Durability::Normal)
        .then(this, [this, customer, more = result.more](const Status &status) {
            --m_writesInFlight;
            if (!status) {
                writeFailed(status.error());
            }
            emit historyFetched(customer, status.ok(), more);
        });
}

void SyncClient::writeFailed(const Models::Error &error)
{
    qCWarning(lc) << "a write to the local cache failed:" << error.message;
    emit storageFailed(tr("Frontline could not save to its local cache: %1").arg(error.message));
}

void SyncClient::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

void SyncClient::setProblem(const QString &problem)
{
    m_problem = problem;
}

void SyncClient::announceStatus()
{
    emit statusTextChanged(statusText());
}

QString SyncClient::statusText() const
{
    switch (m_state) {
    case State::Online:
        return tr("Online");
    case State::Connecting:
        return tr("Connecting…");
    case State::Syncing:
        if (m_progress.estimatedTotal > 0) {
            return tr("Syncing… %1 of about %2 changes")
                .arg(QLocale().toString(m_progress.rows), QLocale().toString(m_progress.estimatedTotal));
        }
        return tr("Syncing…");
    case State::Offline:
        if (pendingCount() > 0) {
            return tr("Offline · %n change(s) waiting to be sent", nullptr, pendingCount());
        }
        return tr("Offline");
    case State::SignedOut:
    case State::Incompatible:
        return m_problem;
    }
    return {};
}

// --- Presence ---

void SyncClient::setUpPresence()
{
    m_presenceTimer->setSingleShot(true);
    connect(m_presenceTimer, &QTimer::timeout, this, &SyncClient::sendPresence);
    // Again after every reconnect, once caught up: the server shares frames only among live sessions.
    connect(this, &SyncClient::caughtUp, this, [this] {
        m_presenceTimer->stop();
        sendPresence();
    });
    connect(this, &SyncClient::stateChanged, this, [this](State state) {
        if (state != State::Online && state != State::Syncing) {
            m_colleaguesHeard.clear();  // the next connection hears everyone anew
        }
    });
}

void SyncClient::setViewing(const QUuid &ticketId, Models::Presence presence)
{
    P::PresenceUpdate update;
    update.presence = presence;
    update.viewingTicketId = presence == Models::Presence::Offline ? QUuid() : ticketId;
    if (m_presence == update) {
        return;
    }
    m_presence = update;
    if (presence == Models::Presence::Offline) {
        // Quitting, most likely: now or never.
        m_presenceTimer->stop();
        sendPresence();
        return;
    }
    if (m_presenceTimer->isActive()) {
        return;  // the newest goes out when it fires
    }
    const qint64 since = m_presenceSent.isValid() ? m_presenceSent.elapsed() : PresenceIntervalMs;
    if (since >= PresenceIntervalMs) {
        sendPresence();
    } else {
        m_presenceTimer->start(static_cast<int>(PresenceIntervalMs - since));
    }
}

void SyncClient::sendPresence()
{
    if (!m_presence || m_state != State::Online || !m_transport || !m_welcomed || !m_transport->isOpen()) {
        return;  // not queued: the next connection sends the newest once caught up
    }
    m_transport->sendTextMessage(
        QString::fromUtf8(m_presence->toFrame(QStringLiteral("p%1").arg(m_nextFrame++)).toJson()));
    m_presenceSent.start();
}

void SyncClient::noticeOwnPresence(const P::Changes &page)
{
    // While the agent's own change waits for the server, the feed may still show the one before it.
    const bool ownChangePending = std::any_of(m_outbox.begin(), m_outbox.end(), [this](const P::Mutate &mutation) {
        const auto *set = std::get_if<P::SetPresence>(&mutation.payload);
        return set && set->targetOr(m_identity.agent.id) == m_identity.agent.id;
    });
    if (ownChangePending || !m_presence || m_identity.agent.id.isNull()) {
        return;
    }
    for (const P::Change &change : page.changes) {
        if (change.kind != P::EntityKind::Agent || change.id != m_identity.agent.id || !change.data) {
            continue;
        }
        const auto *agent = std::get_if<Models::Agent>(&*change.data);
        if (agent && agent->presence != m_presence->presence) {
            emit presenceSetByOthers(agent->presence);
        }
    }
}

void SyncClient::onPresence(const P::PresenceUpdate &update)
{
    if (update.agentId.isNull() || update.agentId == m_identity.agent.id) {
        return;
    }
    const bool newcomer = !m_colleaguesHeard.contains(update.agentId);
    if (update.presence == Models::Presence::Offline) {
        m_colleaguesHeard.remove(update.agentId);
    } else {
        m_colleaguesHeard.insert(update.agentId);
    }
    emit colleaguePresence(update.agentId, update.presence, update.viewingTicketId);
    if (newcomer && update.presence != Models::Presence::Offline && m_presence && !m_presenceTimer->isActive()) {
        // Tell the newcomer what this agent has open; newcomers arriving together share one answer.
        const qint64 since = m_presenceSent.isValid() ? m_presenceSent.elapsed() : PresenceIntervalMs;
        m_presenceTimer->start(static_cast<int>(std::max<qint64>(0, PresenceIntervalMs - since)));
    }
}

}  // namespace Frontline::Sync
