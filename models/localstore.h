// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changeset.h"
#include "result.h"
#include "storewriter.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <memory>

namespace Frontline::Models {

class SqlConnection;

/*!
    \brief The client's local cache: one SQLite file per user and server.

    Writes go to a single writer on a worker thread (see StoreWriter), so the GUI thread never waits
    for a bulk write or an fsync. The thread that opened the store reads through its own read-only
    connection; WAL mode lets it read while the writer writes, and it sees each write once the
    writer's transaction commits. After every commit, changed() names the ids that changed.

    Opening never destroys a file: a file that is not a Frontline cache, comes from a newer version,
    or fails SQLite's integrity check is reported and left byte-for-byte as it was (CacheRecovery moves a
    damaged cache aside instead). A cache that cannot be written (read-only file, folder or file system)
    or a full disk is refused with Error::Code::ReadOnly or Error::Code::DiskFull; a write job failing for
    either reason reports the same codes through its future, and nothing of it is kept.
*/
class LocalStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);
    ~LocalStore() override;

    const QString &path() const { return m_path; }

    /*! The read connection, for the thread that opened the store. */
    QSqlDatabase readDatabase() const;

    /*! Queues \a job for the writer; thread-safe. The future holds the job's outcome. */
    QFuture<Status> write(WriteJob job, Durability durability = Durability::Full);

signals:
    /*! Emitted on the store's thread after a transaction committed. */
    void changed(const Frontline::Models::ChangeSet &changes);

private:
    explicit LocalStore(QString path);

    static Status inspect(const QString &path);
    static Status prepare(const QString &path);
    /*! After the last connection closed: notes the file as complete, so the next open need not check it. */
    void markClosedCleanly() const;
    Status start();

    QString m_path;
    QThread m_thread;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<SqlConnection> m_reader;
};

/*! The user-facing explanation of why a cache file could not be opened (translated). */
class StoreMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Models::LocalStore)

public:
    static QString notACache(const QString &path);
    static QString newerVersion(const QString &path, int version);
    static QString corrupt(const QString &path, const QString &detail);
    static QString cannotOpen(const QString &path, const QString &detail);
    static QString readOnly(const QString &path);
    static QString diskFull(const QString &path);
    static QString notSaved(const QString &path, const QString &detail);

    /*!
        \a error as the user should read it: disk-full and read-only errors get their translated
        explanation (the driver's text goes to the log); other errors are returned unchanged.
    */
    static Error explained(const QString &path, Error error);
};

}  // namespace Frontline::Models
