// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncsession.h"

#include <models/localstore.h>
#include <sync/engine/syncclient.h>

namespace Frontline::App {

SyncSession::SyncSession(Models::LocalStore &store, Account account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
{
    qRegisterMetaType<Sync::Notice>();
    qRegisterMetaType<Models::TeamSnapshot>();
    m_thread.setObjectName(QStringLiteral("frontline-sync"));
    m_thread.start();
    Sync::SyncClient::Options options;
    options.url = m_account.server;
    // Owned by this session and deleted on its own thread (see the destructor).
    m_client = new Sync::SyncClient(store, options);
    m_client->moveToThread(&m_thread);
    connect(m_client, &Sync::SyncClient::statusTextChanged, this, &SyncSession::statusChanged);
    connect(m_client, &Sync::SyncClient::noticeAdded, this, &SyncSession::noticeAdded);
    connect(m_client, &Sync::SyncClient::caughtUp, this, &SyncSession::caughtUp);
    connect(m_client, &Sync::SyncClient::storageFailed, this, &SyncSession::storageFailed);
    connect(m_client, &Sync::SyncClient::tokenIssued, this,
            [this](const QString &token, const QDateTime &) { m_credentials.saveToken(m_account, token); });
    connect(m_client, &Sync::SyncClient::ticketTaken, this, &SyncSession::ticketTaken);
    connect(m_client, &Sync::SyncClient::colleaguePresence, this, &SyncSession::colleaguePresence);
    connect(m_client, &Sync::SyncClient::historyFetched, this,
            [this](const QUuid &customerId, bool ok, bool) { emit historyFetched(customerId, ok); });
    connect(m_client, &Sync::SyncClient::dashboardMetricsReceived, this, &SyncSession::dashboardMetricsReceived);
    connect(m_client, &Sync::SyncClient::dashboardSubscriptionRefused, this,
            [this](const QString &code, const QString &) { emit dashboardSubscriptionRefused(code); });
    connect(m_client, &Sync::SyncClient::othersPresencePermissionReceived, this,
            &SyncSession::othersPresencePermissionReceived);
    connect(m_client, &Sync::SyncClient::presenceSetByOthers, this, &SyncSession::presenceSetByOthers);
    connect(m_client, &Sync::SyncClient::stateChanged, this, [this](Sync::SyncClient::State state) {
        emit reachableChanged(state == Sync::SyncClient::State::Online || state == Sync::SyncClient::State::Syncing);
        if (state == Sync::SyncClient::State::SignedOut) {
            m_credentials.deleteToken(m_account);
            QMetaObject::invokeMethod(m_client, [this] { emit passwordNeeded(m_client->problem()); });
        }
    });
    connect(&m_credentials, &CredentialStore::tokenSaved, this,
            [this](const Account &, CredentialStore::Storage storage) {
                if (storage != CredentialStore::Storage::Keychain) {
                    emit credentialsNote(m_credentials.storageNote());
                }
            });
    connect(&m_credentials, &CredentialStore::tokenLoaded, this, [this](const Account &loaded, const QString &token) {
        if (!(loaded == m_account)) {
            return;
        }
        if (token.isEmpty()) {
            emit passwordNeeded(QString());
            return;
        }
        QMetaObject::invokeMethod(m_client, [client = m_client, token] { client->resume(token); });
    });
}

SyncSession::~SyncSession()
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client] { delete client; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncSession::start()
{
    m_credentials.loadToken(m_account);
}

void SyncSession::submit(const Protocol::MutationPayload &payload, std::optional<qint64> baseRev)
{
    QMetaObject::invokeMethod(m_client, [client = m_client, payload, baseRev] { client->submit(payload, baseRev); });
}

void SyncSession::fetchCustomerHistory(const QUuid &customerId)
{
    QMetaObject::invokeMethod(m_client, [client = m_client, customerId] { client->fetchCustomerHistory(customerId); });
}

void SyncSession::subscribeDashboard(const QList<QUuid> &queueIds, const QString &timeZoneId)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, queueIds, timeZoneId] { client->subscribeDashboard(queueIds, timeZoneId); });
}

void SyncSession::unsubscribeDashboard()
{
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->unsubscribeDashboard(); });
}

void SyncSession::signIn(const QString &password)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, user = m_account.username, password] { client->signIn(user, password); });
}

void SyncSession::retranslate()
{
    QMetaObject::invokeMethod(m_client, &Sync::SyncClient::announceStatus, Qt::QueuedConnection);
}

void SyncSession::setViewing(const QUuid &ticketId, Models::Presence presence)
{
    QMetaObject::invokeMethod(m_client,
                              [client = m_client, ticketId, presence] { client->setViewing(ticketId, presence); });
}

}  // namespace Frontline::App
