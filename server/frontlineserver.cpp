// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frontlineserver.h"

#include "clientsession.h"
#include "entitystore.h"
#include "loginratelimiter.h"
#include "mutationprocessor.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Frontline::Server {

using namespace Models;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.server")

// The data-less notification one instance sends after each commit; the others then read the feed.
const QString commitChannel = QStringLiteral("frontline_changes");
constexpr int deliveryBatch = 2000;

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

}  // namespace

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
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) { onNotification(name); });
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
    if (!m_server->listen(m_config.address, m_config.port)) {
        return Error{Error::Code::Io,
                     QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.port)
                         .arg(m_server->errorString()),
                     {}};
    }
    qCInfo(lc) << "listening on" << url().toString();
    return Ok{};
}

void FrontlineServer::stop()
{
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
    return m_server && m_server->isListening();
}

quint16 FrontlineServer::port() const
{
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
        announceCommit();
    }
}

void FrontlineServer::announceCommit()
{
    if (m_db->dialect() == Dialect::Postgres) {
        if (auto notified = m_db->exec(QStringLiteral("NOTIFY ") + commitChannel); !notified) {
            qCWarning(lc) << "cannot notify other instances:" << notified.error().message;
        }
    }
    deliverNewChanges();
}

void FrontlineServer::onNotification(const QString &name)
{
    if (name == commitChannel) {
        deliverNewChanges();
    }
}

void FrontlineServer::deliverNewChanges()
{
    if (m_delivering) {
        m_deliverAgain = true;  // a commit during delivery: read again when this round is done
        return;
    }
    m_delivering = true;
    ChangeFeed feed(*m_db);
    const Actor everything{QUuid(), AgentRole::Admin, {}, {}};
    do {
        m_deliverAgain = false;
        auto changes = feed.read(m_deliveredSeq, everything, deliveryBatch);
        if (!changes) {
            qCWarning(lc) << "cannot read new changes:" << changes.error().message;
            break;
        }
        if (changes->empty()) {
            break;
        }
        // One query per changed customer, not one per session: who may see them follows their tickets.
        QHash<QUuid, QSet<QUuid>> customerQueues;
        for (const Change &change : *changes) {
            if (change.kind == u"customer" && !customerQueues.contains(change.entityId)) {
                customerQueues.insert(change.entityId, feed.queuesOfCustomer(change.entityId).value_or({}));
            }
        }
        const qint64 lastSeq = changes->back().seq;
        for (ClientSession *session : std::as_const(m_sessions)) {
            session->deliver(*changes, customerQueues, lastSeq);
        }
        m_deliveredSeq = lastSeq;
        emit changesDelivered(lastSeq);
        m_deliverAgain = m_deliverAgain || static_cast<int>(changes->size()) == deliveryBatch;
    } while (m_deliverAgain);
    m_delivering = false;
}

void FrontlineServer::broadcastPresence(const Protocol::PresenceUpdate &update)
{
    for (ClientSession *session : std::as_const(m_sessions)) {
        session->deliverPresence(update);
    }
}

}  // namespace Frontline::Server
