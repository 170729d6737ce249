// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// frontline-server: the central sync server and its administrative commands.

#include <server/frontlineserver.h>
#include <server/servercommandline.h>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    Frontline::Server::preferScalableEventLoop();
    QCoreApplication app(argc, argv);
    return Frontline::Server::runCommandLine();
}
