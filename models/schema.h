// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Frontline::Models {

/*!
    \brief The local cache's schema and its step-by-step upgrades.

    The version lives in PRAGMA user_version and the file is marked with PRAGMA application_id, so a
    foreign SQLite file is never mistaken for a cache. Upgrades run every missing step in one
    transaction: any error rolls all of them back and leaves the file at its old version.
*/
class Schema final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Models::Schema)

public:
    static constexpr int CurrentVersion = 7;
    static constexpr qint32 ApplicationId = 0x464c4e45;  // "FLNE"

    /*! Upgrades \a db from its current version to \a targetVersion (tests stop at older versions). */
    static Status migrate(const QSqlDatabase &db, int targetVersion = CurrentVersion);

    static Result<int> version(const QSqlDatabase &db);
};

}  // namespace Frontline::Models
