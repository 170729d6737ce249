// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "../server/deskfixture.h"

#include <models/localstore.h>
#include <server/frontlineserver.h>
#include <sync/engine/syncclient.h>

#include <QStringList>

#include <functional>
#include <memory>
#include <support/tempdir.h>
#include <vector>

namespace Frontline::Tests {

/*!
    The desk (see DeskFixture) on a real frontline-server on 127.0.0.1 that can be stopped and
    started again on the same port and data, plus workstations: each a real SyncClient with its own
    SQLite cache file.
*/
struct SyncDesk : DeskFixture
{
    explicit SyncDesk(int extraBillingTickets = 0);
    ~SyncDesk();

    void startServer();
    void stopServer();
    QUrl url() const;

    /*! Tickets of the billing queue, oldest first: the desk's one and the extra ones. */
    std::vector<Models::Ticket> billingTickets;
    std::unique_ptr<Server::FrontlineServer> server;
    Server::FrontlineServer::Tuning tuning;  // for the next startServer()
    quint16 port = 0;
};

/*! One agent's workstation: its own cache file and sync engine. */
struct Workstation
{
    /*! \a catchUpJobRows: see SyncClient::Options (0: the default). */
    Workstation(const SyncDesk &desk, const Models::Agent &agent, const QString &cacheFile = {},
                int catchUpJobRows = 0);
    ~Workstation();

    /*! Opens the cache and starts the engine (again, after close()); signs in with the password. */
    void open();
    void close();

    QString cacheFile;
    QUrl url;
    int catchUpJobRows = 0;
    Models::Agent agent;
    std::unique_ptr<TempDir> dir;
    std::unique_ptr<Models::LocalStore> store;
    std::unique_ptr<Sync::SyncClient> client;
    std::vector<Sync::Notice> notices;
};

/*! Pumps events until \a done or \a timeoutMs passed; whether it became true. */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000);

/*! Waits until every client is online, has sent everything and holds every change the server has. */
bool waitForQuiet(SyncDesk &desk, const std::vector<Workstation *> &stations, int timeoutMs = 30000);

/*! A comparable text of what a cache holds for a queue: its tickets' fields and their messages. */
QStringList cacheView(const QSqlDatabase &db, const QUuid &queueId);
/*! "only here: …" and "only there: …" lines, for a readable failure message. */
std::string differences(const QStringList &here, const QStringList &there);
/*! The same for the server's database. */
QStringList serverView(Server::ServerDatabase &db, const QUuid &queueId);

}  // namespace Frontline::Tests
