// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentialstore.h"

#include <models/teamsnapshot.h>
#include <protocol/mutations.h>
#include <sync/engine/syncstore.h>

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Frontline::Models {
class LocalStore;
}

namespace Frontline::Sync {
class SyncClient;
}

namespace Frontline::App {

/*!
    \brief The client's connection to its server: the sync engine on its own thread, signed in with
    the token kept in the keychain, or once with a password.

    The GUI thread only sees signals: status text, notices, and a request for the password when no
    session is stored (the password is handed on once and never kept).
*/
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    SyncSession(Models::LocalStore &store, Account account, QObject *parent = nullptr);
    ~SyncSession() override;

    /*! Looks up a stored session; passwordNeeded() follows when there is none. */
    void start();
    void signIn(const QString &password);
    /*! Records a local action (in the outbox and in the cache at once) and sends it when it can. */
    /*! \a baseRev: the ticket's revision the agent saw, so a colleague's change since is a conflict. */
    void submit(const Frontline::Protocol::MutationPayload &payload, std::optional<qint64> baseRev = {});
    /*! Asks the server for a customer's older tickets; historyFetched() follows. */
    void fetchCustomerHistory(const QUuid &customerId);
    const Account &account() const { return m_account; }
    /*! The interface language changed: statusChanged() follows in the new one. */
    void retranslate();
    /*! Tells colleagues the agent has \a ticketId open with \a presence (see SyncClient::setViewing()). */
    void setViewing(const QUuid &ticketId, Frontline::Models::Presence presence);
    /*! Live figures for a lead's dashboard (see SyncClient::subscribeDashboard()); kept across reconnects. */
    void subscribeDashboard(const QList<QUuid> &queueIds, const QString &timeZoneId);
    void unsubscribeDashboard();

signals:
    void statusChanged(const QString &text);
    /*! The cache holds everything the server had for this agent when the connection was made. */
    void caughtUp();
    /*! Whether the server can be asked now: signed in and caught up or syncing. */
    void reachableChanged(bool reachable);
    void historyFetched(const QUuid &customerId, bool ok);
    /*! The server answered Take next with this ticket. */
    void ticketTaken(const QUuid &ticketId, qint64 number);
    void noticeAdded(const Frontline::Sync::Notice &notice);
    /*! No stored session, or the server ended it: ask the agent for the password. */
    void passwordNeeded(const QString &reason);
    void storageFailed(const QString &message);
    /*! The session could not be kept in a system keychain: \a note says what that means for the agent. */
    void credentialsNote(const QString &note);
    /*! A colleague's presence frame: whom, their status, and the ticket they have open (null: none). */
    void colleaguePresence(const QUuid &agentId, Frontline::Models::Presence presence, const QUuid &viewingTicketId);
    /*! New figures for the lead's dashboard. */
    void dashboardMetricsReceived(const Frontline::Models::TeamSnapshot &snapshot);
    /*! The server refused the dashboard's subscription (\a code: its wire code); it has ended. */
    void dashboardSubscriptionRefused(const QString &code);
    /*!
        After every sign-in: whether this lead may change other agents' presence (the server's policy, and
        their role). A change is a SetPresence naming the agent, submit()ted like any other.
    */
    void othersPresencePermissionReceived(bool allowed);
    /*! A team lead set this agent's presence (see Sync::SyncClient::presenceSetByOthers). */
    void presenceSetByOthers(Frontline::Models::Presence presence);

private:
    Account m_account;
    CredentialStore m_credentials;
    QThread m_thread;
    Sync::SyncClient *m_client = nullptr;  // lives on m_thread; deleted there
};

}  // namespace Frontline::App
