// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Frontline::Server {

/*!
    \brief How frontline-server is run: where it listens, where it keeps its data, TLS and limits.

    fromArguments() reads the command line and checks everything that can be checked without
    starting the server; it creates nothing on disk.
*/
struct ServerConfig final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::ServerConfig)

public:
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765;
    QString dataDir;          // absolute; fromArguments() defaults it to AppDataLocation/server
    QUrl databaseUrl;         // empty: the embedded SQLite file in dataDir; else postgresql://user@host:port/db
    QString certificateFile;  // PEM; both or neither of certificateFile and keyFile
    QString keyFile;
    int maxPendingConnections = 100;
    int handshakeTimeoutMs = 10000;
    qint64 maxFrameBytes = 1024 * 1024;
    // Whether team leads (and admins) may change another agent's presence from the dashboard: leads of a
    // shared queue, admins anyone's. On by default; --no-lead-presence leaves each agent's status theirs alone.
    bool leadsMaySetPresence = true;

    // Set when the arguments ask for --help or --version: the caller prints helpText() or the
    // version and exits; the other fields are then left unchecked.
    bool helpRequested = false;
    bool versionRequested = false;

    /*! True when a certificate and key are configured, so clients connect with wss://. */
    bool usesTls() const { return !certificateFile.isEmpty() && !keyFile.isEmpty(); }
    /*! What clients connect to: "ws://127.0.0.1:8765", or "wss://…" with TLS. */
    QString listeningUrl() const;

    /*!
        Parses the process's command line (\a arguments includes the program name first, as
        QCoreApplication::arguments() gives it). Unknown options, stray arguments and bad values are
        an Error whose field names the option ("port") and whose message says what to fix.
    */
    static Models::Result<ServerConfig> fromArguments(const QStringList &arguments);
    /*! The --help text listing every option. */
    static QString helpText();
};

}  // namespace Frontline::Server
