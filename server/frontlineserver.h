// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changefeed.h"
#include "passwordhasher.h"
#include "serverconfig.h"
#include "serverdatabase.h"

#include <models/result.h>
#include <protocol/messages.h>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <vector>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace Frontline::Server {

class ClientSession;
class DashboardHub;
class LoginRateLimiter;

/*!
    Gives the process's main thread an event dispatcher whose cost per turn does not grow with the
    connections held; call it before the QCoreApplication is made. On Linux that is
    EpollEventDispatcher: Qt's dispatchers pass every socket to poll(2) on each turn, a third of the
    server thread's CPU with 500 sessions. Elsewhere, or with FRONTLINE_EVENT_DISPATCHER=qt in the
    environment (to compare), it is Qt's own UNIX dispatcher rather than GLib's, which walks a list of
    every socket whenever a write notifier is switched, i.e. for every frame sent. QT_NO_GLIB set by the
    operator is left as it is.
*/
void preferScalableEventLoop();

/*! The same for another thread: call it before the thread starts. */
void preferScalableEventLoop(QThread &thread);

/*!
    \brief frontline-server's running core: accepts WebSocket clients, signs them in, streams the
    change feed to each as they may see it, applies their mutations and pushes every commit to every
    session within milliseconds.

    One instance per process; several instances may share one PostgreSQL database. Each instance
    LISTENs for a data-less NOTIFY that another instance sends after each commit, then reads the new
    changes once and hands them to its sessions.
*/
class FrontlineServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontlineServer)

public:
    /*! Knobs tests and benchmarks turn; the defaults are the production values. */
    struct Tuning
    {
        PasswordHasher::Cost passwordCost = PasswordHasher::Cost::interactive();
        int helloTimeoutMs = 10000;         // a connection must say hello within this
        int pingIntervalMs = 30000;         // WebSocket ping to every session
        int livenessTimeoutMs = 75000;      // no pong (or anything) for this long: the peer is gone
        int maxInvalidFrames = 10;          // more bad frames than this and the peer is disconnected
        int maxFramesPerSecond = 2000;      // sustained (a workstation replaying its outbox); bursts up to twice this
        int changesPageBytes = 256 * 1024;  // initial sync pages stay below this much JSON
        // Push rounds start at most this often. A commit after a quiet spell is pushed at once; one
        // right after a round waits for the rest of the interval, so under load several commits
        // share a round: one frame per session instead of one per commit (docs/PERFORMANCE.md).
        int pushIntervalMs = 50;
        // A push round hands its frames to this many sessions per turn of the event loop, so that acks
        // and incoming frames wait for a slice of the round, not for all of it.
        int pushSliceSessions = 64;
        // Team-lead dashboards (DashboardHub): at most one snapshot computed and pushed per subscription
        // this often, and only after a commit that changed what it counts; also recomputed every
        // dashboardRefreshMs without commits, as deadlines fall due with time alone (0: never).
        int dashboardIntervalMs = 1000;
        int dashboardRefreshMs = 60'000;
        int loginAttemptsPerUser = 5;  // before a lockout (see LoginRateLimiter)
        int loginAttemptsPerAddress = 30;
    };

    FrontlineServer(ServerConfig config, ServerDatabase::Location location, Tuning tuning, QObject *parent = nullptr);
    FrontlineServer(ServerConfig config, ServerDatabase::Location location, QObject *parent = nullptr);
    ~FrontlineServer() override;

    /*! Opens and upgrades the database and starts listening. */
    Models::Status start();
    void stop();

    bool isListening() const;
    /*! ws://127.0.0.1:PORT (wss:// with TLS); the real port when the config asked for port 0. */
    QUrl url() const;
    quint16 port() const;
    int sessionCount() const;

    ServerDatabase &database() { return *m_db; }
    /*! The team-lead dashboards; valid after a successful start(). */
    const DashboardHub *dashboard() const { return m_dashboard.get(); }
    const Tuning &tuning() const { return m_tuning; }

signals:
    /*! After this instance pushed the changes up to \a seq to its sessions. */
    void changesDelivered(qint64 seq);

private:
    friend class ClientSession;

    bool listenWithoutDelay();
    void onNewConnection();
    void onSessionFinished(ClientSession *session);
    void onNotification(const QString &name);
    /*! A commit happened (here, or in another instance): push its changes, now or after the interval. */
    void scheduleDelivery();
    /*! Reads the new changes and pushes them. */
    void deliverNewChanges();
    void deliverSlice();
    /*!
        Queues a session's mutation. Everything queued in one event-loop turn is applied in one
        transaction — one durable commit — and then acknowledged and pushed together.
    */
    void queueMutation(ClientSession *session, const QString &requestId, const Protocol::Mutate &mutation);
    void applyQueuedMutations();
    void onBatchApplied(const std::vector<Models::Result<Protocol::Ack>> &acks);
    Models::Status startWriter();
    void stopWriter();
    void broadcastPresence(const Protocol::PresenceUpdate &update, const QUuid &viewingQueueId);

    ServerConfig m_config;
    ServerDatabase::Location m_location;
    Tuning m_tuning;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<ServerDatabase> m_listener;  // PostgreSQL: the connection that LISTENs
    std::unique_ptr<QWebSocketServer> m_server;
    std::unique_ptr<QTcpServer> m_tcpServer;  // plain ws://: accepts, sets TCP_NODELAY, hands over
    std::unique_ptr<LoginRateLimiter> m_rateLimiter;
    std::unique_ptr<DashboardHub> m_dashboard;  // its metrics thread reads with a connection of its own
    PasswordHasher m_hasher;
    QSet<ClientSession *> m_sessions;
    QSet<QString> m_handshaking;  // plain ws:// peers still in the WebSocket handshake
    struct QueuedMutation
    {
        QPointer<ClientSession> session;
        QString requestId;
        Actor actor;
        Protocol::Mutate mutation;
    };
    std::vector<QueuedMutation> m_queuedMutations;
    std::vector<QueuedMutation> m_inFlight;  // the batch the writer thread is applying
    // Mutations are applied on their own thread with their own connection, so sessions keep being
    // served while a commit waits for the disk or for PostgreSQL.
    QThread m_writerThread;
    std::unique_ptr<QObject> m_writerContext;                                         // lives on m_writerThread
    std::unique_ptr<ServerDatabase> m_writerDb;                                       // used on m_writerThread only
    const QString m_instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);  // in our NOTIFY payloads
    qint64 m_deliveredSeq = 0;
    struct DeliveryRound;
    std::unique_ptr<DeliveryRound> m_round;  // the push round under way, handed out slice by slice
    bool m_deliverAgain = false;
    QTimer m_sliceTimer{this};      // the round's next slice, after what the event loop has waiting
    QElapsedTimer m_sinceDelivery;  // since the last push round started
    QTimer m_deliveryTimer{this};   // a round waiting for the push interval (a child: it follows moveToThread)
};

}  // namespace Frontline::Server
