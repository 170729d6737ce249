// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changefeed.h"

#include <protocol/messages.h>

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocketProtocol>

#include <deque>
#include <optional>
#include <vector>

class QWebSocket;

namespace Frontline::Server {

class FrontlineServer;

/*!
    \brief One connected client: signs it in, catches it up on the change feed, then keeps it live.

    States: awaiting hello (a timer closes silent connections) → authenticating (the password is
    checked on a worker thread) → syncing (pages of changes from the client's cursor, one per event
    loop turn so other clients keep being served) → live (every commit is pushed as it happens).
    Every frame is validated before anything acts on it; bad frames get an error frame, and a peer that
    keeps sending garbage or floods the server is disconnected.
*/
class ClientSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)

public:
    ClientSession(FrontlineServer &server, QWebSocket *socket);
    ~ClientSession() override;

    bool isLive() const { return m_state == State::Live; }
    bool isSignedIn() const { return m_state == State::Syncing || m_state == State::Live; }
    const Actor &actor() const { return m_actor; }

    /*! One delivery round: the new changes, their wire form, and the frames already built. */
    struct Delivery
    {
        const std::vector<Change> &changes;
        std::vector<QByteArray> wire;              // ChangesFrame::item() of each change, made once
        QHash<QUuid, QSet<QUuid>> customerQueues;  // for customer changes: queues with their tickets
        qint64 lastSeq = 0;
        QHash<QByteArray, QString> framesBySelection;  // sessions that see the same changes share a frame
    };

    /*! Pushes the changes of \a delivery that this session may see. */
    void deliver(Delivery &delivery);
    /*! Sends the answer to a mutation queued earlier (see FrontlineServer::queueMutation). */
    void sendAck(const QString &requestId, const Models::Result<Protocol::Ack> &ack);
    /*! Tells this session that \a update happened (another agent's presence). */
    /*! \a viewingQueueId: the queue of the ticket the update names; a session that may not see it gets no ticket. */
    void deliverPresence(const Protocol::PresenceUpdate &update, const QUuid &viewingQueueId);
    /*! Sends a dashboard.metrics frame made by the DashboardHub (the same text for every subscriber of a group). */
    void deliverDashboard(const QString &frame);

    void close(QWebSocketProtocol::CloseCode code, const QString &reason);

signals:
    void finished(Frontline::Server::ClientSession *session);

private:
    enum class State
    {
        AwaitingHello,
        Authenticating,
        Syncing,
        Live,
        Closed
    };

    void onTextMessage(const QString &text);
    void onDisconnected();
    void onPingTimer();
    bool admitFrame();
    void reportInvalid(const Protocol::ProtocolError &error);

    void handleHello(const QString &requestId, const Protocol::Hello &hello);
    void passwordLogin(const QString &requestId, const Protocol::Hello &hello);
    void tokenLogin(const QString &requestId, const Protocol::Hello &hello);
    void completeLogin(const QString &requestId, const QUuid &userId, const QString &newToken, qint64 expiresAt,
                       std::optional<qint64> cursor);
    void authFailed(const QString &requestId, Protocol::AuthFailure reason, const QString &message,
                    std::optional<qint64> retryAfterSeconds = {});

    void handleMutate(const QString &requestId, const Protocol::Mutate &mutate);
    void handleFetch(const QString &requestId, const Protocol::Fetch &fetch);
    void handlePresence(const Protocol::PresenceUpdate &update);
    void handleDashboardSubscribe(const QString &requestId, const Protocol::DashboardSubscribe &subscribe);
    void handleDashboardUnsubscribe(const QString &requestId, const Protocol::DashboardUnsubscribe &unsubscribe);
    void handleLogout();

    void scheduleNextPage();
    void sendNextPage();
    void handleChangesReceived(const Protocol::ChangesReceived &received);
    void sendText(const QString &frame);
    void send(const Protocol::Frame &frame);

    FrontlineServer &m_server;
    QWebSocket *m_socket;  // owned: a child of this session
    QHostAddress m_address;
    State m_state = State::AwaitingHello;
    Actor m_actor;
    QString m_tokenHash;
    QString m_syncRequestId;
    qint64 m_cursor = 0;
    qint64 m_syncTotal = 0;
    int m_pageWindow = 0;             // catch-up pages allowed ahead of changes_received; 0: no limit
    std::deque<qint64> m_pagesAhead;  // cursors of catch-up pages sent and not yet reported received
    bool m_pageScheduled = false;
    QUuid m_viewingTicketId;
    QTimer m_helloTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_lastHeard;
    QElapsedTimer m_bucketClock;
    double m_frameTokens = 0;
    int m_invalidFrames = 0;
};

}  // namespace Frontline::Server
