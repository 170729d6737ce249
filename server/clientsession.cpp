// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clientsession.h"

#include "changesframe.h"
#include "dashboardhub.h"
#include "entitystore.h"
#include "frontlineserver.h"
#include "loginratelimiter.h"
#include "mutationprocessor.h"
#include "sessiontoken.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QWebSocket>
#include <QtConcurrent>

#include <cstring>

namespace Frontline::Server {

using namespace Models;
namespace P = Frontline::Protocol;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.session")

constexpr int pageChanges = 500;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace

ClientSession::ClientSession(FrontlineServer &server, QWebSocket *socket)
    : m_server(server)
    , m_socket(socket)
    , m_address(socket->peerAddress())
{
    m_socket->setParent(this);
    // Qt 6.4 splits long text messages at byte boundaries, which can cut a UTF-8 character in two;
    // one frame per message keeps Chinese text intact.
    m_socket->setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());
    m_socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(server.m_config.maxFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(server.m_config.maxFrameBytes));
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientSession::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this] { close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text frames only")); });
    connect(m_socket, &QWebSocket::disconnected, this, &ClientSession::onDisconnected);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this,
            [this] { close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no hello in time")); });
    m_helloTimer.start(server.m_tuning.helloTimeoutMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &ClientSession::onPingTimer);
    m_pingTimer.start(server.m_tuning.pingIntervalMs);
    m_lastHeard.start();
    m_bucketClock.start();
    m_frameTokens = 2.0 * server.m_tuning.maxFramesPerSecond;
}

ClientSession::~ClientSession() = default;

void ClientSession::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_helloTimer.stop();
    m_pingTimer.stop();
    m_socket->close(code, reason);
}

void ClientSession::onDisconnected()
{
    m_state = State::Closed;
    m_helloTimer.stop();
    m_pingTimer.stop();
    emit finished(this);
}

void ClientSession::onPingTimer()
{
    if (m_lastHeard.elapsed() > m_server.m_tuning.livenessTimeoutMs) {
        qCDebug(lc) << "peer" << m_address << "is gone: nothing heard for" << m_lastHeard.elapsed() << "ms";
        m_socket->abort();
        return;
    }
    m_socket->ping();
}

bool ClientSession::admitFrame()
{
    // A token bucket: bursts up to twice the sustained rate, then one frame per 1/rate seconds.
    const double rate = m_server.m_tuning.maxFramesPerSecond;
    m_frameTokens = std::min(2.0 * rate, m_frameTokens + rate * static_cast<double>(m_bucketClock.restart()) / 1000.0);
    if (m_frameTokens < 1.0) {
        return false;
    }
    m_frameTokens -= 1.0;
    return true;
}

void ClientSession::reportInvalid(const P::ProtocolError &error)
{
    qCDebug(lc) << "bad frame from" << m_address << ":" << error.message;
    send(P::makeError(error));
    if (++m_invalidFrames > m_server.m_tuning.maxInvalidFrames) {
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many invalid frames"));
    }
}

void ClientSession::send(const P::Frame &frame)
{
    if (m_state != State::Closed) {
        m_socket->sendTextMessage(QString::fromUtf8(frame.toJson()));
    }
}

void ClientSession::onTextMessage(const QString &text)
{
    m_lastHeard.restart();
    if (m_state == State::Closed) {
        return;
    }
    if (!admitFrame()) {
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many frames"));
        return;
    }
    P::FrameLimits limits;
    limits.maxFrameBytes = m_server.m_config.maxFrameBytes;
    auto frame = P::Frame::parse(text, limits);
    if (!frame) {
        reportInvalid(frame.error());
        return;
    }
    auto message = P::parseClientMessage(*frame);
    if (!message) {
        if (message.error().code == P::ErrorCode::UnsupportedVersion) {
            // Nothing more can be said in a language the peer does not speak.
            send(P::makeError(message.error()));
            close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("unsupported protocol version"));
            return;
        }
        reportInvalid(message.error());
        return;
    }
    const QString &id = frame->id;
    if (m_state == State::AwaitingHello || m_state == State::Authenticating) {
        const auto *hello = std::get_if<P::Hello>(&*message);
        if (!hello || m_state == State::Authenticating) {
            authFailed(id, P::AuthFailure::NotAuthenticated, QStringLiteral("say hello and wait for welcome first"));
            return;
        }
        handleHello(id, *hello);
        return;
    }
    std::visit(
        [&](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, P::ChangesReceived>) {
                handleChangesReceived(value);
            } else if constexpr (std::is_same_v<T, P::Mutate>) {
                handleMutate(id, value);
            } else if constexpr (std::is_same_v<T, P::Fetch>) {
                handleFetch(id, value);
            } else if constexpr (std::is_same_v<T, P::PresenceUpdate>) {
                handlePresence(value);
            } else if constexpr (std::is_same_v<T, P::Logout>) {
                handleLogout();
            } else if constexpr (std::is_same_v<T, P::Hello>) {
                reportInvalid({P::ErrorCode::InvalidValue, QStringLiteral("already signed in"), {}, id});
            } else if constexpr (std::is_same_v<T, P::DashboardSubscribe>) {
                handleDashboardSubscribe(id, value);
            } else {
                static_assert(std::is_same_v<T, P::DashboardUnsubscribe>, "every client message is handled");
                handleDashboardUnsubscribe(id, value);
            }
        },
        *message);
}

void ClientSession::authFailed(const QString &requestId, P::AuthFailure reason, const QString &message,
                               std::optional<qint64> retryAfterSeconds)
{
    P::AuthFailed failed;
    failed.reason = reason;
    failed.message = message;
    failed.retryAfterSeconds = retryAfterSeconds;
    send(failed.toFrame(requestId));
    close(QWebSocketProtocol::CloseCodeNormal, message);  // as docs/PROTOCOL.md says: auth_failed, then 1000
}

void ClientSession::handleHello(const QString &requestId, const P::Hello &hello)
{
    m_helloTimer.stop();
    m_state = State::Authenticating;
    m_pageWindow = hello.pageWindow.value_or(0);
    if (hello.usesToken()) {
        tokenLogin(requestId, hello);
    } else {
        passwordLogin(requestId, hello);
    }
}

void ClientSession::passwordLogin(const QString &requestId, const P::Hello &hello)
{
    const LoginDecision decision = m_server.m_rateLimiter->attempt(hello.username, m_address);
    if (!decision.allowed) {
        authFailed(requestId, P::AuthFailure::RateLimited, QStringLiteral("too many login attempts"),
                   std::max<qint64>(1, (decision.retryAfterMs + 999) / 1000));
        return;
    }
    EntityStore store(*m_server.m_db);
    auto agent = store.agentByUsername(hello.username);
    QString storedHash;
    bool disabled = true;
    if (agent && *agent) {
        storedHash = store.passwordHash((*agent)->id).value_or(QString());
        disabled = store.isDisabled((*agent)->id).value_or(true);
    }
    const bool known = agent && *agent;
    const QUuid userId = known ? (*agent)->id : QUuid();
    const PasswordHasher hasher = m_server.m_hasher;
    const QString password = hello.password;
    // Argon2 takes tens of milliseconds: on a worker, so other clients keep being served.
    auto *watcher = new QFutureWatcher<Result<PasswordHasher::Verdict>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, requestId, userId, disabled, known, cursor = hello.cursor, username = hello.username] {
                watcher->deleteLater();
                if (m_state != State::Authenticating) {
                    return;  // the peer left meanwhile
                }
                const Result<PasswordHasher::Verdict> verdict = watcher->result();
                const bool matches = known && verdict && *verdict != PasswordHasher::Verdict::DoesNotMatch;
                if (!matches) {
                    authFailed(requestId, P::AuthFailure::InvalidCredentials,
                               QStringLiteral("wrong username or password"));
                    return;
                }
                if (disabled) {
                    authFailed(requestId, P::AuthFailure::AccountDisabled, QStringLiteral("the account is disabled"));
                    return;
                }
                m_server.m_rateLimiter->recordSuccess(username, m_address);
                auto token = SessionToken::generate();
                if (!token) {
                    authFailed(requestId, P::AuthFailure::InvalidCredentials, token.error().message);
                    return;
                }
                const qint64 issued = nowMs();
                const qint64 expires = SessionLifetime{}.expiresAt(issued);
                m_tokenHash = QString::fromLatin1(SessionToken::hashToken(*token));
                auto stored = m_server.m_db->exec(
                    QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, "
                                   "client_address) VALUES (?, ?, ?, ?, ?, ?)"),
                    {m_tokenHash, idText(userId), issued, expires, issued, m_address.toString()});
                if (!stored) {
                    qCWarning(lc) << "cannot store a session:" << stored.error().message;
                    authFailed(requestId, P::AuthFailure::InvalidCredentials,
                               QStringLiteral("the server could not sign you in"));
                    return;
                }
                completeLogin(requestId, userId, *token, expires, cursor);
            });
    watcher->setFuture(QtConcurrent::run([hasher, password, storedHash, known]() {
        return known ? hasher.verify(password, storedHash) : hasher.verifyWithoutUser(password);
    }));
}

void ClientSession::tokenLogin(const QString &requestId, const P::Hello &hello)
{
    // Token attempts are limited per address only: guessing tokens is hopeless, flooding is not.
    const LoginDecision decision = m_server.m_rateLimiter->attempt(QString(), m_address);
    if (!decision.allowed) {
        authFailed(requestId, P::AuthFailure::RateLimited, QStringLiteral("too many login attempts"),
                   std::max<qint64>(1, (decision.retryAfterMs + 999) / 1000));
        return;
    }
    if (!SessionToken::isWellFormed(hello.sessionToken)) {
        authFailed(requestId, P::AuthFailure::TokenInvalid, QStringLiteral("unknown session"));
        return;
    }
    const QString hash = QString::fromLatin1(SessionToken::hashToken(hello.sessionToken));
    auto row = m_server.m_db->exec(
        QStringLiteral("SELECT s.user_id, s.created_at, s.expires_at, s.revoked, u.disabled FROM sessions s "
                       "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"),
        {hash});
    if (!row || !row->next() || row->value(3).toInt() != 0) {
        authFailed(requestId, P::AuthFailure::TokenInvalid, QStringLiteral("unknown or revoked session"));
        return;
    }
    const qint64 now = nowMs();
    const QUuid userId = QUuid::fromString(row->value(0).toString());
    const qint64 issuedAt = row->value(1).toLongLong();
    qint64 expires = row->value(2).toLongLong();
    const bool disabled = row->value(4).toInt() != 0;
    row->finish();  // PostgreSQL: one open result per connection
    if (SessionLifetime::isExpired(expires, now)) {
        authFailed(requestId, P::AuthFailure::TokenExpired, QStringLiteral("the session expired; sign in again"));
        return;
    }
    if (disabled) {
        authFailed(requestId, P::AuthFailure::AccountDisabled, QStringLiteral("the account is disabled"));
        return;
    }
    m_server.m_rateLimiter->recordSuccess(QString(), m_address);
    if (const auto renewed = SessionLifetime{}.renewedExpiry(issuedAt, expires, now)) {
        expires = *renewed;
        (void)m_server.m_db->exec(
            QStringLiteral("UPDATE sessions SET expires_at = ?, last_seen_at = ? WHERE token_hash = ?"),
            {expires, now, hash});
    }
    m_tokenHash = hash;
    completeLogin(requestId, userId, QString(), expires, hello.cursor);
}

void ClientSession::completeLogin(const QString &requestId, const QUuid &userId, const QString &newToken,
                                  qint64 expiresAt, std::optional<qint64> cursor)
{
    EntityStore store(*m_server.m_db);
    auto agent = store.agent(userId);
    auto identity =
        m_server.m_db->exec(QStringLiteral("SELECT key, value FROM server_info WHERE key IN ('server_id', 'epoch')"));
    if (!agent || !*agent || !identity) {
        authFailed(requestId, P::AuthFailure::InvalidCredentials, QStringLiteral("the server could not sign you in"));
        return;
    }
    P::Welcome welcome;
    while (identity->next()) {
        if (identity->value(0).toString() == u"server_id") {
            welcome.serverId = QUuid::fromString(identity->value(1).toString());
        } else {
            welcome.epoch = identity->value(1).toLongLong();
        }
    }
    welcome.sessionToken = newToken;
    welcome.tokenExpiresAt = QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC);
    welcome.agent = **agent;
    m_actor = Actor{userId, (*agent)->role, (*agent)->queueIds, (*agent)->name};
    // So that the client offers changing a colleague's presence only where the server will allow it.
    welcome.mayChangeOthersPresence = m_actor.isLeadOrAdmin() && m_server.m_config.leadsMaySetPresence;
    (void)m_server.m_db->exec(
        QStringLiteral("INSERT INTO audit_log (at, actor_id, action, target, address) VALUES (?, ?, ?, ?, ?)"),
        {nowMs(), idText(userId), newToken.isEmpty() ? QStringLiteral("resume_session") : QStringLiteral("login"),
         idText(userId), m_address.toString()});
    send(welcome.toFrame(requestId));

    m_state = State::Syncing;
    m_syncRequestId = requestId;
    m_cursor = std::max<qint64>(0, cursor.value_or(0));
    const qint64 latest = ChangeFeed(*m_server.m_db).latestSeq().value_or(m_cursor);
    if (m_cursor > latest) {
        m_cursor = 0;  // a cursor from another server or an older feed: start over
    }
    m_syncTotal = latest - m_cursor;
    m_pagesAhead.clear();
    sendNextPage();
}

void ClientSession::sendText(const QString &frame)
{
    if (m_state != State::Closed) {
        m_socket->sendTextMessage(frame);
    }
}

void ClientSession::scheduleNextPage()
{
    if (m_pageScheduled) {
        return;
    }
    // Queued, so that frames from the client (and other sessions) are served between pages.
    m_pageScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pageScheduled = false;
            sendNextPage();
        },
        Qt::QueuedConnection);
}

void ClientSession::handleChangesReceived(const P::ChangesReceived &received)
{
    while (!m_pagesAhead.empty() && m_pagesAhead.front() <= received.cursor) {
        m_pagesAhead.pop_front();
    }
    if (m_state == State::Syncing) {
        scheduleNextPage();
    }
}

void ClientSession::sendNextPage()
{
    if (m_state != State::Syncing) {
        return;
    }
    if (m_pageWindow > 0 && std::ssize(m_pagesAhead) >= m_pageWindow) {
        return;  // the client has not taken the pages sent so far: changes_received resumes
    }
    ChangeFeed feed(*m_server.m_db);
    const auto latestBefore = feed.latestSeq();
    auto page = feed.read(m_cursor, m_actor, pageChanges);
    if (!page || !latestBefore) {
        qCWarning(lc) << "cannot read the change feed:" << (page ? latestBefore.error().message : page.error().message);
        send(P::makeError(m_syncRequestId, P::ErrorCode::InternalError,
                          QStringLiteral("the server could not read changes")));
        close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("server error"));
        return;
    }
    ChangesFrame frame;
    qint64 cursor = m_cursor;
    bool cut = false;
    for (const Change &change : *page) {
        const QByteArray item = ChangesFrame::item(change);
        if (!frame.isEmpty() && frame.bytes() + item.size() > m_server.m_tuning.changesPageBytes) {
            cut = true;
            break;
        }
        frame.append(item);
        cursor = change.seq;
    }
    const bool more = cut || static_cast<int>(page->size()) == pageChanges;
    if (!more) {
        // Every change up to latestBefore had committed before the read: nothing below it can appear.
        cursor = std::max(cursor, *latestBefore);
    }
    m_cursor = cursor;
    if (!frame.isEmpty() || more) {
        sendText(frame.take(m_syncRequestId, cursor, more, m_syncTotal));
    }
    if (more) {
        if (m_pageWindow > 0) {
            m_pagesAhead.push_back(cursor);
        }
        scheduleNextPage();
        return;
    }
    P::Synced synced;
    synced.cursor = m_cursor;
    send(synced.toFrame(m_syncRequestId));
    m_syncRequestId.clear();
    m_state = State::Live;
}

void ClientSession::deliver(Delivery &delivery)
{
    if (m_state != State::Live) {
        return;
    }
    QByteArray selection;
    for (std::size_t i = 0; i < delivery.changes.size(); ++i) {
        const Change &change = delivery.changes[i];
        if (change.seq > m_cursor &&
            ChangeFeed::visibleTo(change, m_actor, delivery.customerQueues.value(change.entityId))) {
            const auto index = static_cast<quint32>(i);
            selection.append(reinterpret_cast<const char *>(&index), sizeof index);
        }
    }
    m_cursor = std::max(m_cursor, delivery.lastSeq);
    if (selection.isEmpty()) {
        return;
    }
    // Serializing is the expensive part of fan-out: build each distinct frame once per round.
    auto frame = delivery.framesBySelection.constFind(selection);
    if (frame == delivery.framesBySelection.constEnd()) {
        ChangesFrame changes;
        for (qsizetype at = 0; at < selection.size(); at += qsizetype(sizeof(quint32))) {
            quint32 index = 0;
            std::memcpy(&index, selection.constData() + at, sizeof index);
            changes.append(delivery.wire[index]);
        }
        frame = delivery.framesBySelection.insert(selection,
                                                  changes.take(QStringLiteral("push"), delivery.lastSeq, false, 0));
    }
    m_socket->sendTextMessage(*frame);
}

void ClientSession::sendAck(const QString &requestId, const Result<P::Ack> &ack)
{
    if (!ack) {
        send(P::makeError(requestId, P::ErrorCode::InternalError,
                          QStringLiteral("the server could not apply this; send it again")));
        return;
    }
    send(ack->toFrame(requestId));
}

void ClientSession::deliverPresence(const P::PresenceUpdate &update, const QUuid &viewingQueueId)
{
    if (m_state != State::Live || update.agentId == m_actor.userId) {
        return;
    }
    if (update.viewingTicketId.isNull() || m_actor.canSeeQueue(viewingQueueId)) {
        send(update.toFrame(QStringLiteral("push")));
        return;
    }
    // Presence is for everyone; which ticket, only for those who may see it.
    P::PresenceUpdate withoutTicket = update;
    withoutTicket.viewingTicketId = QUuid();
    send(withoutTicket.toFrame(QStringLiteral("push")));
}

void ClientSession::deliverDashboard(const QString &frame)
{
    if (isSignedIn()) {
        sendText(frame);
    }
}

void ClientSession::handleDashboardSubscribe(const QString &requestId, const P::DashboardSubscribe &subscribe)
{
    // A refusal is an answer, not a bad frame: it does not count towards a disconnect.
    if (!m_server.m_dashboard) {
        send(P::makeError(requestId, P::ErrorCode::InternalError, QStringLiteral("the dashboard is not running")));
        return;
    }
    if (const auto refused = m_server.m_dashboard->subscribe(this, m_actor, subscribe)) {
        send(refused->toFrame(requestId));
    }
}

void ClientSession::handleDashboardUnsubscribe(const QString &requestId, const P::DashboardUnsubscribe &unsubscribe)
{
    if (!m_server.m_dashboard) {
        return;  // nothing can be subscribed
    }
    if (const auto refused = m_server.m_dashboard->unsubscribe(this, m_actor, unsubscribe)) {
        send(refused->toFrame(requestId));
    }
}

void ClientSession::handleMutate(const QString &requestId, const P::Mutate &mutate)
{
    m_server.queueMutation(this, requestId, mutate);
}

void ClientSession::handleFetch(const QString &requestId, const P::Fetch &fetch)
{
    P::FetchResult result;
    result.what = fetch.what;
    result.entityId = fetch.entityId;
    EntityStore store(*m_server.m_db);
    if (fetch.what == P::FetchWhat::ArticleBody) {
        // Published articles are open to every signed-in user.
        auto rows = m_server.m_db->exec(QStringLiteral("SELECT title, body, category, language, tags, updated_at, rev "
                                                       "FROM articles WHERE id = ? AND published = 1"),
                                        {idText(fetch.entityId)});
        result.status = P::FetchStatus::NotFound;
        if (rows && rows->next()) {
            Article article;
            article.id = fetch.entityId;
            article.title = rows->value(0).toString();
            article.body = rows->value(1).toString();
            article.category = rows->value(2).toString();
            article.language = rows->value(3).toString();
            for (const QJsonValue &tag : QJsonDocument::fromJson(rows->value(4).toString().toUtf8()).array()) {
                article.tags.append(tag.toString());
            }
            if (!rows->value(5).isNull()) {
                article.updatedAt = QDateTime::fromMSecsSinceEpoch(rows->value(5).toLongLong(), Qt::UTC);
            }
            article.rev = rows->value(6).toLongLong();
            result.items.append(P::Entity(article));
            result.status = P::FetchStatus::Ok;
        }
        send(result.toFrame(requestId));
        return;
    }
    // A customer's history: their tickets in the queues this user works, newest first, with messages.
    QVariantList values{idText(fetch.entityId)};
    QString sql = QStringLiteral("SELECT id, created_at FROM tickets WHERE customer_id = ?");
    if (!m_actor.isAdmin()) {
        QStringList marks;
        for (const QUuid &queueId : m_actor.queueIds) {
            marks.append(QStringLiteral("?"));
            values.append(idText(queueId));
        }
        sql +=
            QStringLiteral(" AND queue_id IN (%1)").arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(u", "));
    }
    bool beforeOk = false;
    const qint64 before = fetch.before.toLongLong(&beforeOk);
    if (beforeOk) {
        sql += QStringLiteral(" AND created_at < ?");
        values.append(before);
    }
    const int limit = std::clamp(fetch.limit.value_or(20), 1, P::Fetch::MaxLimit);
    sql += QStringLiteral(" ORDER BY created_at DESC, id LIMIT ?");
    values.append(limit + 1);
    auto tickets = m_server.m_db->exec(sql, values);
    if (!tickets) {
        send(P::makeError(requestId, P::ErrorCode::InternalError,
                          QStringLiteral("the server could not read the history")));
        return;
    }
    int count = 0;
    qint64 oldest = 0;
    while (tickets->next()) {
        if (++count > limit) {
            result.more = true;
            break;
        }
        const QUuid ticketId = QUuid::fromString(tickets->value(0).toString());
        oldest = tickets->value(1).toLongLong();
        if (auto ticket = store.ticket(ticketId); ticket && *ticket) {
            result.items.append(P::Entity(**ticket));
        }
        if (auto messages = store.messages(ticketId)) {
            for (const Message &message : *messages) {
                if (result.items.size() < P::FetchResult::MaxItems) {
                    result.items.append(P::Entity(message));
                }
            }
        }
    }
    // Nothing visible looks the same as nothing at all: other queues' customers stay private.
    result.status = count == 0 ? P::FetchStatus::NotFound : P::FetchStatus::Ok;
    if (result.more) {
        result.nextBefore = QString::number(oldest);
    }
    send(result.toFrame(requestId));
}

void ClientSession::handlePresence(const P::PresenceUpdate &update)
{
    m_viewingTicketId = update.viewingTicketId;
    P::PresenceUpdate shared = update;
    shared.agentId = m_actor.userId;
    QUuid viewingQueueId;
    if (!shared.viewingTicketId.isNull()) {
        // A ticket this agent may not see is not named at all; one they may, only to those who may too.
        auto ticket = EntityStore(*m_server.m_db).ticket(shared.viewingTicketId);
        if (!ticket || !*ticket || !m_actor.canSeeQueue((*ticket)->queueId)) {
            shared.viewingTicketId = QUuid();
        } else {
            viewingQueueId = (*ticket)->queueId;
        }
    }
    m_server.broadcastPresence(shared, viewingQueueId);
}

void ClientSession::handleLogout()
{
    if (!m_tokenHash.isEmpty()) {
        (void)m_server.m_db->exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE token_hash = ?"),
                                  {m_tokenHash});
    }
    close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("signed out"));
}

}  // namespace Frontline::Server
