// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Frontline::Server {

/*!
    Runs frontline-server's command line (QCoreApplication::arguments()): serves clients until
    SIGINT or SIGTERM ("serve", the default), or runs one administrative command and returns.
    Returns the process exit code: 0 success, 1 the command failed, 2 the command line is wrong.
    Needs a QCoreApplication.
*/
int runCommandLine();

}  // namespace Frontline::Server
