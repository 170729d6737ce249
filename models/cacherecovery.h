// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "localstore.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace Frontline::Models {

/*! What CacheRecovery::openOrRecover() did to a damaged cache; all empty when the cache was healthy. */
struct RecoveryReport final
{
    bool recovered = false;     // the cache was damaged, moved aside and replaced by a fresh one
    QString movedTo;            // the damaged file's new path; its -wal/-shm/-journal files sit beside it
    int salvagedChanges = 0;    // unsent changes (outbox rows) copied into the fresh cache
    int salvagedNotices = 0;    // notices about refused changes copied into the fresh cache
    int unreadableChanges = 0;  // unsent changes known to have existed that could not be read or were invalid
    int unreadableNotices = 0;
    QString message;  // translated, one paragraph for the user; empty when nothing happened
};

/*! The open store and what was done to get it. */
struct RecoveredStore final
{
    std::unique_ptr<LocalStore> store;
    RecoveryReport report;
};

/*!
    \brief Opens the local cache at start-up, replacing a damaged one instead of refusing it.

    A healthy cache is opened as LocalStore::open() opens it, untouched. A Frontline cache that SQLite
    finds damaged (failing its integrity check, or unreadable because pages are broken) is moved aside —
    renamed with its side files to "<name>.corrupt-<yyyyMMdd-hhmmss>", never deleted — and replaced by a
    fresh cache holding what could still be read of the user's unsent changes (the outbox) and of the
    notices about refused changes, in their original order. The fresh cache has no sync cursor, so the
    next sync downloads everything again.

    The fresh cache is built under a temporary name and renamed into place only when it is complete, so
    a failure (a full disk, say) leaves the damaged file where it was and the next start tries again.
    Files that are not ours to move — another application's database, a cache from a newer Frontline —
    are refused exactly as LocalStore::open() refuses them.

    Runs synchronously, at start-up before the window shows: it reads two small tables.
*/
class CacheRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Models::CacheRecovery)

public:
    /*! Opens \a path, recovering it if it is damaged; \a now names the moved-aside copy. */
    static Result<RecoveredStore> openOrRecover(const QString &path,
                                                const QDateTime &now = QDateTime::currentDateTime());

private:
    static Result<RecoveredStore> recover(const QString &path, const QDateTime &now);
    static QString message(const RecoveryReport &report);
};

}  // namespace Frontline::Models
