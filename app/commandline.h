// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Frontline::App {

/*! What the client was asked to do on its command line. */
struct ClientOptions
{
    bool demo = true;   // no server: the client works on generated demo data in a local cache
    QUrl server;        // ws:// or wss://: sign in there and sync (the cache follows user and server)
    QString username;   // with server; the password comes from FRONTLINE_PASSWORD or the sign-in dialog
    QString cacheFile;  // empty: the standard demo cache under the user's data folder
    int demoTickets = 600;
    quint64 demoSeed = 20261123;
    QString language;        // empty: follow the system locale
    QString screenshotFile;  // render the window to this PNG once the data is shown, then quit
    bool dashboard = false;  // open the team dashboard once signed in (leads); a screenshot shows it
    bool helpShown = false;  // --help or --version was answered; exit at once

    static Models::Result<ClientOptions> parse(const QStringList &arguments);
};

}  // namespace Frontline::App
