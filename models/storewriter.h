// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changeset.h"
#include "entitywriter.h"
#include "result.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <deque>
#include <functional>
#include <memory>

class QSqlQuery;
template<typename T>
class QPromise;

namespace Frontline::Models {

class SqlConnection;

/*! How hard a commit must try to survive a power cut. */
enum class Durability
{
    Normal,  // data that can be fetched again from the server (synchronous=NORMAL)
    Full,    // the user's own work: replies, drafts, the outbox (synchronous=FULL)
};

/*! What one write job sees: the writer's connection, typed upserts, and the ids it changed. */
struct WriteContext
{
    explicit WriteContext(const QSqlDatabase &db)
        : database(db)
        , entities(db, &changes)
    {}

    QSqlDatabase database;
    ChangeSet changes;
    EntityWriter entities;
};

/*! A unit of work run inside the writer's transaction. Returning an error rolls back this job only. */
using WriteJob = std::function<Status(WriteContext &)>;

/*!
    \brief The store's single writer: lives on a worker thread and owns the only writing connection.

    Jobs may be queued from any thread. The writer takes everything queued so far and runs it in one
    transaction, each job inside its own savepoint, then reports the ids that changed. Batching keeps
    many small writes (live sync traffic) to one fsync.

    A job that fails is rolled back alone. When the transaction itself fails (BEGIN, a savepoint, or the
    COMMIT, e.g. on a full disk), all of it is rolled back and every job of the batch reports the error:
    Error::Code::DiskFull, Error::Code::ReadOnly, or another code with a translated message.
*/
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    static constexpr std::size_t MaxBatch = 256;

    explicit StoreWriter(QString path);
    ~StoreWriter() override;

    /*! Thread-safe. The future finishes once the job's transaction committed or failed. */
    QFuture<Status> enqueue(WriteJob job, Durability durability);

    /*! On the worker thread: opens the writing connection. */
    Status openConnection();
    /*! On the worker thread: runs whatever is still queued, then closes the connection. */
    void closeConnection();

signals:
    void committed(const Frontline::Models::ChangeSet &changes);

private:
    struct PendingWrite
    {
        WriteJob job;
        Durability durability = Durability::Full;
        std::shared_ptr<QPromise<Status>> promise;
    };

    void drain();
    void runBatch(std::vector<PendingWrite> &batch);
    /*! Runs \a job in a savepoint; fails only if the savepoint itself failed. m_lastJobResult holds the job's outcome.
     */
    Result<bool> runJob(QSqlQuery &control, const WriteJob &job, ChangeSet &committedChanges);
    Status setDurability(Durability durability);
    /*! A failed BEGIN, COMMIT or savepoint, as the futures report it: translated, with its code. */
    Error storeError(const Error &error) const;
    /*! A failed job's error, with a full disk or a read-only file named as such. */
    Error jobError(const Error &error) const;

    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    std::optional<Durability> m_durability;
    Status m_lastJobResult = Ok{};
    QMutex m_mutex;
    std::deque<PendingWrite> m_queue;
    bool m_drainScheduled = false;
};

}  // namespace Frontline::Models
