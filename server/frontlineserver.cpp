// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frontlineserver.h"

#include "changesframe.h"
#include "clientsession.h"
#include "dashboardhub.h"
#include "entitystore.h"
#ifdef Q_OS_LINUX
#include "epolleventdispatcher.h"
#endif
#include "loginratelimiter.h"
#include "mutationprocessor.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Frontline::Server {

using namespace Models;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.server")

// The data-less notification one instance sends after each commit; the others then read the feed.
const QString commitChannel = QStringLiteral("frontline_changes");
constexpr int deliveryBatch = 2000;

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

Result<QSslConfiguration> tlsConfiguration(const ServerConfig &config)
{
    QFile certificateFile(config.certificateFile);
    QFile keyFile(config.keyFile);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Io, QStringLiteral("cannot read the TLS certificate or key"), {}};
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificateFile, QSsl::Pem);
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        return Error{Error::Code::InvalidValue, QStringLiteral("the TLS certificate or key is not valid PEM"), {}};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);  // clients are authenticated by password or token
    return tls;
}

// Ours on Linux unless the environment asks for Qt's; none (Qt's own) elsewhere or when the kernel refuses.
std::unique_ptr<QAbstractEventDispatcher> scalableEventDispatcher()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariable("FRONTLINE_EVENT_DISPATCHER") != u"qt") {
        auto dispatcher = std::make_unique<EpollEventDispatcher>();
        if (dispatcher->isValid()) {
            return dispatcher;
        }
    }
#endif
    return {};
}

}  // namespace

void preferScalableEventLoop()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");  // for any thread that gets no dispatcher of ours
    }
    if (auto dispatcher = scalableEventDispatcher()) {
        QCoreApplication::setEventDispatcher(dispatcher.release());  // the application owns it
    }
}

void preferScalableEventLoop(QThread &thread)
{
    if (auto dispatcher = scalableEventDispatcher()) {
        thread.setEventDispatcher(dispatcher.release());  // the thread owns it
    }
}

FrontlineServer::FrontlineServer(ServerConfig config, ServerDatabase::Location location, QObject *parent)
    : FrontlineServer(std::move(config), std::move(location), Tuning{}, parent)
{}

FrontlineServer::FrontlineServer(ServerConfig config, ServerDatabase::Location location, Tuning tuning, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_location(std::move(location))
    , m_tuning(tuning)
    , m_hasher(tuning.passwordCost)
{
    LoginRateLimiter::Limits limits;
    limits.userFailures = tuning.loginAttemptsPerUser;
    limits.addressFailures = tuning.loginAttemptsPerAddress;
    m_rateLimiter = std::make_unique<LoginRateLimiter>(LoginRateLimiter::Clock(), limits);
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &FrontlineServer::deliverNewChanges);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &FrontlineServer::deliverSlice);
}

FrontlineServer::~FrontlineServer()
{
    stop();
}

Status FrontlineServer::start()
{
    auto db = ServerDatabase::open(m_location);
    if (!db) {
        return db.error();
    }
    m_db = std::move(db).value();
    if (Status migrated = m_db->migrate(); !migrated) {
        return migrated;
    }
    m_deliveredSeq = ChangeFeed(*m_db).latestSeq().value_or(0);
    if (Status writer = startWriter(); !writer) {
        return writer;
    }
    DashboardHub::Options dashboard;
    dashboard.intervalMs = m_tuning.dashboardIntervalMs;
    dashboard.refreshMs = m_tuning.dashboardRefreshMs;
    m_dashboard = std::make_unique<DashboardHub>(m_location, dashboard);
    if (Status metrics = m_dashboard->start(); !metrics) {
        return metrics;
    }

    if (m_db->dialect() == Dialect::Postgres) {
        auto listener = ServerDatabase::open(m_location);
        if (!listener) {
            return listener.error();
        }
        m_listener = std::move(listener).value();
        QSqlDriver *driver = m_listener->connection().driver();
        if (!driver->subscribeToNotification(commitChannel)) {
            return Error{Error::Code::Database, QStringLiteral("cannot LISTEN for other instances' commits"), {}};
        }
        // Every commit of this instance's connections that touched the feed notifies the others;
        // its own notices (recognised by the payload) need no reading.
        m_db->notifyOnCommit(commitChannel, m_instanceId);
        m_writerDb->notifyOnCommit(commitChannel, m_instanceId);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (payload.toString() != m_instanceId) {
                        onNotification(name);
                    }
                });
    }

    const bool tls = m_config.usesTls();
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("frontline-server/" FRONTLINE_VERSION),
                                                  tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode);
    if (tls) {
        auto configuration = tlsConfiguration(m_config);
        if (!configuration) {
            return configuration.error();
        }
        m_server->setSslConfiguration(*configuration);
    }
    m_server->setMaxPendingConnections(m_config.maxPendingConnections);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(m_config.handshakeTimeoutMs));
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &FrontlineServer::onNewConnection);
    const bool listening = tls ? m_server->listen(m_config.address, m_config.port) : listenWithoutDelay();
    if (!listening) {
        return Error{Error::Code::Io,
                     QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.port)
                         .arg(m_tcpServer ? m_tcpServer->errorString() : m_server->errorString()),
                     {}};
    }
    qCInfo(lc) << "listening on" << url().toString();
    qCInfo(lc) << (m_config.leadsMaySetPresence ? "team leads may change the presence of their queues' agents"
                                                : "team leads may not change other agents' presence");
    return Ok{};
}

bool FrontlineServer::listenWithoutDelay()
{
    // Small frames (acks, pushes) must leave at once: Nagle's algorithm would hold them for up to
    // 40 ms waiting for the peer. QWebSocketServer cannot set TCP_NODELAY itself, so plain ws://
    // connections are accepted here and handed over.
    m_tcpServer = std::make_unique<QTcpServer>();
    m_tcpServer->setMaxPendingConnections(m_config.maxPendingConnections);
    connect(m_tcpServer.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            // handleConnection() applies no handshake timeout: a peer that has not completed the
            // handshake in time is dropped here. A completed one is known by its address and port.
            const QString peer = peerKey(socket->peerAddress(), socket->peerPort());
            m_handshaking.insert(peer);
            QTimer::singleShot(m_config.handshakeTimeoutMs, socket, [this, socket, peer] {
                if (m_handshaking.remove(peer)) {
                    socket->abort();
                }
            });
            connect(socket, &QObject::destroyed, this, [this, peer] { m_handshaking.remove(peer); });
            m_server->handleConnection(socket);
        }
    });
    return m_tcpServer->listen(m_config.address, m_config.port);
}

Status FrontlineServer::startWriter()
{
    m_writerThread.setObjectName(QStringLiteral("frontline-server-writer"));
    m_writerContext = std::make_unique<QObject>();
    m_writerContext->moveToThread(&m_writerThread);
    m_writerThread.start();
    Status opened = Ok{};
    QMetaObject::invokeMethod(
        m_writerContext.get(),
        [this, &opened] {
            auto db = ServerDatabase::open(m_location);
            if (db) {
                m_writerDb = std::move(db).value();
            } else {
                opened = db.error();
            }
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void FrontlineServer::stopWriter()
{
    if (!m_writerThread.isRunning()) {
        return;
    }
    // The connection belongs to the writer thread: it is closed there, after any batch in progress.
    QMetaObject::invokeMethod(
        m_writerContext.get(), [this] { m_writerDb.reset(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    m_writerContext.reset();
}

void FrontlineServer::stop()
{
    if (m_dashboard) {
        m_dashboard->stop();  // before the sessions it pushes to are gone
    }
    stopWriter();
    m_deliveryTimer.stop();  // its sessions are about to close
    m_sliceTimer.stop();
    m_round.reset();
    if (m_tcpServer) {
        m_tcpServer->close();
    }
    if (m_server) {
        m_server->close();
    }
    const QSet<ClientSession *> sessions = m_sessions;
    for (ClientSession *session : sessions) {
        session->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the server is shutting down"));
    }
    qDeleteAll(sessions);
    m_sessions.clear();
}

bool FrontlineServer::isListening() const
{
    return m_tcpServer ? m_tcpServer->isListening() : (m_server && m_server->isListening());
}

quint16 FrontlineServer::port() const
{
    if (m_tcpServer) {
        return m_tcpServer->serverPort();
    }
    return m_server ? m_server->serverPort() : 0;
}

QUrl FrontlineServer::url() const
{
    QUrl url;
    url.setScheme(m_config.usesTls() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_config.address.toString());
    url.setPort(port());
    return url;
}

int FrontlineServer::sessionCount() const
{
    return static_cast<int>(m_sessions.size());
}

void FrontlineServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        m_handshaking.remove(peerKey(socket->peerAddress(), socket->peerPort()));
        auto *session = new ClientSession(*this, socket);
        session->setParent(this);
        m_sessions.insert(session);
        connect(session, &ClientSession::finished, this, &FrontlineServer::onSessionFinished);
    }
}

void FrontlineServer::onSessionFinished(ClientSession *session)
{
    if (!m_sessions.remove(session)) {
        return;
    }
    if (m_dashboard) {
        m_dashboard->remove(session);
    }
    const Actor actor = session->actor();
    session->deleteLater();
    if (actor.userId.isNull()) {
        return;
    }
    for (const ClientSession *other : std::as_const(m_sessions)) {
        if (other->isSignedIn() && other->actor().userId == actor.userId) {
            return;  // still connected from another window or device
        }
    }
    // The agent's last connection is gone: they are offline, for their team and the dashboard.
    // Only a real change is written: disconnects must not grow the database.
    auto stored = EntityStore(*m_db).agent(actor.userId);
    if (!stored || !*stored || (*stored)->presence == Models::Presence::Offline) {
        return;
    }
    MutationProcessor processor(*m_db);
    auto ack = processor.apply(
        actor, Protocol::Mutate{QUuid::createUuid(), std::nullopt, Protocol::SetPresence{Models::Presence::Offline}});
    if (ack && ack->seq) {
        deliverNewChanges();  // the commit itself notified other instances
    }
}

void FrontlineServer::queueMutation(ClientSession *session, const QString &requestId, const Protocol::Mutate &mutation)
{
    if (m_queuedMutations.empty() && m_inFlight.empty()) {
        QMetaObject::invokeMethod(this, &FrontlineServer::applyQueuedMutations, Qt::QueuedConnection);
    }
    m_queuedMutations.push_back({session, requestId, session->actor(), mutation});
}

void FrontlineServer::applyQueuedMutations()
{
    if (!m_inFlight.empty() || m_queuedMutations.empty() || !m_writerDb) {
        return;  // one batch at a time; what arrives meanwhile forms the next one
    }
    m_inFlight.swap(m_queuedMutations);
    std::vector<MutationProcessor::Request> requests;
    requests.reserve(m_inFlight.size());
    for (const QueuedMutation &item : m_inFlight) {
        requests.push_back({item.actor, item.mutation});
    }
    MutationProcessor::Policy policy;
    policy.leadsMaySetPresence = m_config.leadsMaySetPresence;
    QMetaObject::invokeMethod(m_writerContext.get(), [this, policy, requests = std::move(requests)] {
        std::vector<Result<Protocol::Ack>> acks = MutationProcessor(*m_writerDb, {}, policy).applyAll(requests);
        QMetaObject::invokeMethod(
            this, [this, acks = std::move(acks)] { onBatchApplied(acks); }, Qt::QueuedConnection);
    });
}

void FrontlineServer::onBatchApplied(const std::vector<Result<Protocol::Ack>> &acks)
{
    std::vector<QueuedMutation> done;
    done.swap(m_inFlight);
    bool committed = false;
    for (std::size_t i = 0; i < done.size() && i < acks.size(); ++i) {
        if (done[i].session) {
            done[i].session->sendAck(done[i].requestId, acks[i]);
        }
        committed = committed || (acks[i] && acks[i]->seq);
    }
    // On PostgreSQL the writer mostly waits for the database process, so it starts on what queued
    // meanwhile while this thread pushes. On SQLite its work is this process's CPU: starting after the
    // push round lets more mutations gather into one batch (fewer commits and push rounds), which
    // measured better on two cores (docs/PERFORMANCE.md).
    const bool overlap = m_db->dialect() == Dialect::Postgres;
    if (overlap) {
        applyQueuedMutations();
    }
    if (committed) {
        scheduleDelivery();  // the commit itself notified other instances
    }
    if (!overlap) {
        applyQueuedMutations();
    }
}

void FrontlineServer::onNotification(const QString &name)
{
    if (name == commitChannel) {
        scheduleDelivery();
    }
}

void FrontlineServer::scheduleDelivery()
{
    if (m_round) {
        m_deliverAgain = true;  // the round under way ends by scheduling the next one
        return;
    }
    if (m_deliveryTimer.isActive()) {
        return;  // the waiting round will read this commit's changes too
    }
    const qint64 wait = m_tuning.pushIntervalMs - (m_sinceDelivery.isValid() ? m_sinceDelivery.elapsed() : 0);
    if (wait <= 0 || !m_sinceDelivery.isValid()) {
        deliverNewChanges();
        return;
    }
    m_deliveryTimer.start(static_cast<int>(wait));
}

// One push round: the new changes, serialized once, and the sessions still to be handed their frame.
struct FrontlineServer::DeliveryRound
{
    explicit DeliveryRound(std::vector<Change> read)
        : changes(std::move(read))
    {}
    std::vector<Change> changes;
    ClientSession::Delivery delivery{changes, {}, {}, changes.back().seq, {}};
    QList<QPointer<ClientSession>> sessions;
    qsizetype next = 0;
    bool moreWaiting = false;  // the read stopped at deliveryBatch: the rest follows at once
};

void FrontlineServer::deliverNewChanges()
{
    if (m_round) {
        m_deliverAgain = true;  // a commit during the round: its changes go in the next one
        return;
    }
    m_deliveryTimer.stop();
    m_sinceDelivery.start();
    ChangeFeed feed(*m_db);
    const Actor everything{QUuid(), AgentRole::Admin, {}, {}};
    auto changes = feed.read(m_deliveredSeq, everything, deliveryBatch);
    if (!changes) {
        qCWarning(lc) << "cannot read new changes:" << changes.error().message;
        return;
    }
    if (changes->empty()) {
        return;
    }
    const bool moreWaiting = static_cast<int>(changes->size()) == deliveryBatch;
    if (m_dashboard) {
        m_dashboard->onChanges(*changes);
    }
    m_round = std::make_unique<DeliveryRound>(std::move(*changes));
    m_round->moreWaiting = moreWaiting;
    ClientSession::Delivery &delivery = m_round->delivery;
    delivery.wire.reserve(m_round->changes.size());
    for (const Change &change : m_round->changes) {
        delivery.wire.push_back(ChangesFrame::item(change));
        // One query per changed customer, not one per session: who may see them follows their tickets.
        if (change.kind == u"customer" && !delivery.customerQueues.contains(change.entityId)) {
            delivery.customerQueues.insert(change.entityId, feed.queuesOfCustomer(change.entityId).value_or({}));
        }
    }
    m_round->sessions.reserve(m_sessions.size());
    for (ClientSession *session : std::as_const(m_sessions)) {
        m_round->sessions.append(session);
    }
    deliverSlice();
}

void FrontlineServer::deliverSlice()
{
    DeliveryRound &round = *m_round;
    const qsizetype end = std::min(round.sessions.size(), round.next + std::max(1, m_tuning.pushSliceSessions));
    for (; round.next < end; ++round.next) {
        // A session that closed since the round began is gone from m_sessions (and soon deleted).
        if (ClientSession *session = round.sessions[round.next]; session && m_sessions.contains(session)) {
            session->deliver(round.delivery);
        }
    }
    if (round.next < round.sessions.size()) {
        m_sliceTimer.start();  // after the acks and frames that wait: a zero timer runs after them
        return;
    }
    m_deliveredSeq = round.delivery.lastSeq;
    const bool moreWaiting = round.moreWaiting;
    m_round.reset();
    emit changesDelivered(m_deliveredSeq);
    if (moreWaiting) {
        deliverNewChanges();
    } else if (m_deliverAgain) {
        m_deliverAgain = false;
        scheduleDelivery();  // commits during the round share the next one, after the push interval
    }
}

void FrontlineServer::broadcastPresence(const Protocol::PresenceUpdate &update, const QUuid &viewingQueueId)
{
    for (ClientSession *session : std::as_const(m_sessions)) {
        session->deliverPresence(update, viewingQueueId);
    }
}

}  // namespace Frontline::Server
