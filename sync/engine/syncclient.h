// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backoff.h"
#include "syncstore.h"

#include <models/result.h>
#include <models/teamsnapshot.h>
#include <protocol/messages.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Frontline::Models {
class LocalStore;
}

namespace Frontline::Protocol {
class WebSocketTransport;
}

namespace Frontline::Sync {

/*!
    \brief Keeps one local cache in step with the server: signs in, catches up from the cache's
    cursor, applies live changes, and sends the outbox — every local action reaches the server once,
    however often the connection drops.

    Lives on the thread it was created in (meant for a worker thread: it never waits on anything).
    Every write to the cache goes through the store's writer; a local action is in the outbox, in the
    same durable transaction as its optimistic effect, before anything is sent. Mutations are sent in
    outbox order with a window in flight and removed only when acknowledged; after a reconnect the
    unacknowledged ones are sent again and the server answers "duplicate" for those it applied.
*/
class SyncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    enum class State
    {
        Offline,       // not connected (pendingCount() changes wait in the outbox); retrying
        Connecting,    // connecting and signing in
        Syncing,       // catching up (see progress())
        Online,        // caught up; live changes arrive as they happen
        SignedOut,     // the server refused the credentials: nothing more until signIn() (terminal)
        Incompatible,  // the server speaks another protocol version (terminal)
    };
    Q_ENUM(State)

    struct Progress
    {
        int pages = 0;
        qint64 rows = 0;
        qint64 estimatedTotal = 0;
    };

    struct Options
    {
        QUrl url;
        QString clientName = QStringLiteral("frontline");
        int window = 64;                // mutations in flight at once
        int catchUpJobRows = 32768;     // catch-up pages are written in jobs of at least this many changes
        int pageWindow = 8;             // catch-up pages the server may send before we report them taken
        int writeJobsAhead = 2;         // catch-up write jobs queued before we stop taking pages
        int pingIntervalMs = 15000;     // WebSocket ping while connected
        int livenessTimeoutMs = 45000;  // nothing heard for this long: the connection is dead
        int connectTimeoutMs = 15000;   // connecting and signing in
        Backoff::Policy backoff;
    };

    SyncClient(Models::LocalStore &store, Options options, QObject *parent = nullptr);
    ~SyncClient() override;

    /*! Signs in with a password (once; the welcome's session token is used from then on). */
    void signIn(const QString &username, const QString &password);
    /*! Signs in with a session token from an earlier welcome (see tokenIssued()). */
    void resume(const QString &sessionToken);
    /*! Disconnects and stays offline until signIn()/resume() or setWorkOffline(false). */
    void setWorkOffline(bool offline);
    /*! Drops the connection as a network failure would; the client reconnects by itself. */
    void interruptConnection();

    /*!
        Records a local action: in the outbox and shown in the cache in one durable transaction, then
        sent. Returns the mutation id; mutationRecorded() or recordFailed() follows.
    */
    QUuid submit(Protocol::MutationPayload payload, std::optional<qint64> baseRev = {});

    /*!
        Asks the server for \a customerId's older tickets and their messages, and keeps them in the cache
        so they stay readable offline (see SyncStore::cachedHistory()). historyFetched() follows; offline,
        at once with \c ok false.
    */
    void fetchCustomerHistory(const QUuid &customerId, int limit = 50);

    /*!
        Asks for a team lead's live dashboard figures of \a queueIds (empty: all the lead's queues),
        "today" being the local day of \a timeZoneId (an IANA id; empty: UTC). The server sends a
        snapshot at once and again when the figures change (dashboardMetricsReceived()), at most about
        once a second. The subscription is kept: after a reconnect it is sent again by itself. A new
        call replaces it; a refusal (an agent, a zone the server does not know) ends it and says so
        with dashboardSubscriptionRefused().
    */
    void subscribeDashboard(const QList<QUuid> &queueIds, const QString &timeZoneId);
    /*! Stops the dashboard figures; nothing more is sent again after a reconnect. */
    void unsubscribeDashboard();
    bool isDashboardSubscribed() const { return m_dashboard.has_value(); }

    State state() const { return m_state; }
    Progress progress() const { return m_progress; }
    int pendingCount() const { return static_cast<int>(m_outbox.size()); }
    /*! Why the client is signed out, incompatible or offline (translated); empty when all is well. */
    QString problem() const { return m_problem; }
    /*! The signed-in agent (from the server's welcome, kept in the cache for offline work). */
    LocalAgent agent() const { return m_identity.agent; }
    qint64 cursor() const { return m_identity.cursor; }
    /*! Online with nothing left to send and every write to the cache done. */
    bool isIdle() const { return m_state == State::Online && m_outbox.empty() && m_writesInFlight == 0; }

    /*! A translated one-line description of the state, for the status bar. */
    QString statusText() const;
    /*! Emits statusTextChanged() again, e.g. in a new interface language (its words are translated). */
    void announceStatus();

signals:
    void stateChanged(Frontline::Sync::SyncClient::State state);
    /*! statusText() changed (state, progress or pending count): for views on other threads. */
    void statusTextChanged(const QString &text);
    void progressChanged();
    void pendingCountChanged(int pending);
    /*! After a password sign-in: the token to keep (in the keychain) for resume(). */
    void tokenIssued(const QString &token, const QDateTime &expiresAt);
    /*! The server refused a mutation; the cache was rebuilt and \a notice says so plainly. */
    void noticeAdded(const Frontline::Sync::Notice &notice);
    void mutationRecorded(const QUuid &mutationId);
    void recordFailed(const QUuid &mutationId, const QString &message);
    /*! A mutation's ack was settled in the cache. */
    void mutationSettled(const QUuid &mutationId, Frontline::Protocol::AckResult result);
    /*! The server gave the agent \a ticketId for a take_next (the ack names it). */
    void ticketTaken(const QUuid &ticketId, qint64 number);
    /*! A page of \a count changes is in the cache, and the cursor there is \a cursor. */
    void changesApplied(qint64 cursor, int count);
    /*! A history fetch ended: \a ok when the server answered and the cache holds the result. */
    void historyFetched(const QUuid &customerId, bool ok, bool more);
    /*! The catch-up is complete up to \a cursor (also after every reconnect). */
    void caughtUp(qint64 cursor);
    /*! The cache was emptied because it came from another server or an older copy of this one. */
    void cacheRebuilt();
    /*! Writing to the cache failed (disk full, read-only file): the message says what to do. */
    void storageFailed(const QString &message);
    /*! The dashboard's figures as the server computed them (after subscribeDashboard()). */
    void dashboardMetricsReceived(const Frontline::Models::TeamSnapshot &snapshot);
    /*!
        The server refused the dashboard subscription: \a code is its wire code ("forbidden",
        "unknown_time_zone", …), \a message is for logs (not translated). The subscription has ended.
    */
    void dashboardSubscriptionRefused(const QString &code, const QString &message);
    /*!
        After every welcome: whether the server lets this user (a lead or admin) change other agents' presence
        (submit() a SetPresence naming them). False for agents, and when the server's policy forbids it.
    */
    void othersPresencePermissionReceived(bool allowed);
    /*!
        Someone else (a team lead, from their dashboard) set this agent's presence while this client was
        online: the agent's own presence should follow it. Changes found in a catch-up are not reported: the
        server marks a vanished connection offline, and a reconnecting client says its presence again.
    */
    void presenceSetByOthers(Frontline::Models::Presence presence);

private:
    enum class Login
    {
        None,
        Password,
        Token
    };

    void start();
    void connectNow();
    void scheduleReconnect();
    void setState(State state);
    void setProblem(const QString &problem);
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void onWelcome(const Protocol::Welcome &welcome);
    void onAuthFailed(const Protocol::AuthFailed &failed);
    void onChanges(const Protocol::Changes &page);
    void onSynced(const Protocol::Synced &synced);
    void onAck(const Protocol::Ack &ack);
    /*! Hands the pages received and not yet written to the writer, as one job. */
    void writeUnwrittenPages(bool wentBack);
    /*! The server said "synced" and every page before it is in the cache: online. */
    void finishCatchUp();
    void onErrorFrame(const Protocol::ErrorMessage &error);
    void onFetchResult(const QString &requestId, const Protocol::FetchResult &result);
    void onDashboardMetrics(const Protocol::Frame &frame);
    /*! Sends the dashboard subscription, when there is one and the server has welcomed us. */
    void sendDashboardSubscription();
    void checkLiveness();
    /*! Sends outbox entries while the window has room. */
    void pump();
    void dropTransport();
    /*! The feed this cache came from is gone (another server, a restored backup): start over. */
    void rebuildCache(bool reconnect);
    void writeFailed(const Models::Error &error);
    void reportPagesTaken();

    Models::LocalStore &m_store;
    Options m_options;
    State m_state = State::Offline;
    Progress m_progress;
    QString m_problem;
    SyncIdentity m_identity;    // its cursor: the last page committed to the cache
    qint64 m_queuedCursor = 0;  // the last page handed to the writer on this connection
    bool m_loaded = false;      // identity and outbox read from the cache
    bool m_workOffline = true;
    Login m_login = Login::None;
    QString m_username;
    QString m_password;  // only until the first welcome; never stored
    QString m_token;

    std::unique_ptr<Protocol::WebSocketTransport> m_transport;
    // Children, so that moving the client to a worker thread moves them along.
    QTimer *m_reconnectTimer = new QTimer(this);
    QTimer *m_pingTimer = new QTimer(this);
    QTimer *m_connectTimer = new QTimer(this);
    QElapsedTimer m_lastHeard;
    Backoff m_backoff;
    bool m_welcomed = false;
    bool m_rebuilding = false;
    int m_nextFrame = 1;

    QHash<QString, QUuid> m_fetches;        // history fetches in flight: frame id → customer
    std::deque<Protocol::Mutate> m_outbox;  // recorded, not yet acknowledged, in order
    std::size_t m_inFlight = 0;             // how many from the front were sent on this connection
    int m_writesInFlight = 0;
    std::vector<Protocol::Changes> m_unwritten;  // catch-up pages received, not yet handed to the writer
    qsizetype m_unwrittenRows = 0;
    int m_pageWrites = 0;                  // change pages handed to the writer, not yet committed
    std::optional<qint64> m_syncedCursor;  // "synced" arrived; online once m_pageWrites is 0
    std::optional<qint64> m_untoldCursor;  // the last catch-up page taken and not yet reported to the server

    // The dashboard subscription, kept across reconnects until unsubscribed or refused.
    std::optional<Protocol::DashboardSubscribe> m_dashboard;
    QString m_dashboardRequestId;  // the subscribe frame last sent, so that its refusal is recognised

    // --- Presence: ephemeral presence frames (docs/PROTOCOL.md, "presence"); nothing here touches the cache. ---
public:
    /*! Frames are sent at most this often; in between only the newest is kept (arrowing through the queue). */
    static constexpr int PresenceIntervalMs = 250;

    /*!
        Tells colleagues that the agent has \a ticketId open (null: none) with \a presence. Sent when online, at
        most every PresenceIntervalMs (Offline at once), and again after every reconnect once caught up; never
        queued offline. The durable status is the set_presence mutation, which submit() records.
    */
    void setViewing(const QUuid &ticketId, Frontline::Models::Presence presence);

signals:
    /*!
        A colleague's presence frame: \a viewingTicketId is the ticket they have open, null when none (or one
        this agent may not see). The server never sends this agent's own frames back.
    */
    void colleaguePresence(const QUuid &agentId, Frontline::Models::Presence presence, const QUuid &viewingTicketId);

private:
    void setUpPresence();
    void sendPresence();
    void onPresence(const Protocol::PresenceUpdate &update);
    /*! A live page that changed this agent's presence to something this client did not say. */
    void noticeOwnPresence(const Protocol::Changes &page);

    std::optional<Protocol::PresenceUpdate> m_presence;  // what setViewing() last said
    QTimer *m_presenceTimer = new QTimer(this);          // the next frame, when one went out just now
    QElapsedTimer m_presenceSent;                        // since the last frame went out
    // Colleagues heard from on this connection. A frame from one not heard before is answered with ours: the
    // server does not tell a newcomer who is already viewing what, so each colleague tells them once.
    QSet<QUuid> m_colleaguesHeard;
};

}  // namespace Frontline::Sync
