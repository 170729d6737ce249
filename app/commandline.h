// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QString>
#include <QStringList>

namespace Frontline::App {

/*! What the client was asked to do on its command line. */
struct ClientOptions
{
    bool demo = true;   // no server sign-in yet: the client works on generated demo data
    QString cacheFile;  // empty: the standard demo cache under the user's data folder
    int demoTickets = 600;
    quint64 demoSeed = 20261123;
    QString language;        // empty: follow the system locale
    QString screenshotFile;  // render the window to this PNG once the data is shown, then quit
    bool helpShown = false;  // --help or --version was answered; exit at once

    static Models::Result<ClientOptions> parse(const QStringList &arguments);
};

}  // namespace Frontline::App
