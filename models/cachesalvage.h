// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace Frontline::Models {

/*! The rows that could be read from one table of a damaged cache, ready to insert elsewhere. */
struct SalvagedTable final
{
    QString name;
    QStringList columns;             // the first one is the table's INTEGER PRIMARY KEY
    std::vector<QVariantList> rows;  // valid rows only, in key order, each key and unique id once
    int unreadable = 0;              // rows known to exist that could not be read, or failed validation
};

/*! What a damaged cache still holds of the user's own, unrecoverable-from-the-server data. */
struct SalvagedCache final
{
    SalvagedTable outbox;   // changes made offline that the server has not acknowledged
    SalvagedTable notices;  // messages about refused changes, with the text of refused replies
};

/*!
    \brief Reads what can still be read from a damaged cache's outbox and notices, without changing it.

    SQLite stops a scan at the first damaged page. The reader therefore scans by key, and when a scan
    fails it skips the damaged stretch (probing ever further keys, then narrowing down to the first
    readable one) and goes on; keys that the table's indexes still list are looked up one by one, and
    those that cannot be read are counted. Every row is checked (types, UUIDs, JSON objects), since a
    damaged page can also hold garbage that reads like a row.
*/
class CacheSalvage final
{
public:
    /*! Reads \a path read-only; a file that cannot even be opened gives empty tables. */
    static SalvagedCache read(const QString &path);

    /*!
        Inserts \a table's rows into the same table of \a db (inside the caller's write job), keeping their
        keys; false when \a db has no such table.
    */
    static Result<bool> insert(const QSqlDatabase &db, const SalvagedTable &table);
};

}  // namespace Frontline::Models
