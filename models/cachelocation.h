// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace Frontline::Models {

/*!
    \brief Where the local cache of one user on one server lives.

    One file per user and server under QStandardPaths::AppDataLocation, so two accounts or two
    servers never share (or overwrite) a cache. The file name stays readable and safe on every
    platform; a hash of the exact user and server keeps look-alike names apart.
*/
class CacheLocation final
{
public:
    static QString cacheDirectory();
    static QString cacheFile(const QString &user, const QUrl &server);
    static QString demoCacheFile();
};

}  // namespace Frontline::Models
