// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storewriter.h"

#include "localstore.h"
#include "sqlconnection.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.storewriter")

Status execute(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        return sqlError(sql, query.lastError());
    }
    return Ok{};
}
}  // namespace

StoreWriter::StoreWriter(QString path)
    : m_path(std::move(path))
{}

StoreWriter::~StoreWriter() = default;

QFuture<Status> StoreWriter::enqueue(WriteJob job, Durability durability)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> future = promise->future();

    QMutexLocker lock(&m_mutex);
    m_queue.push_back({std::move(job), durability, std::move(promise)});
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(this, &StoreWriter::drain, Qt::QueuedConnection);
    }
    return future;
}

Status StoreWriter::openConnection()
{
    auto connection = SqlConnection::open(m_path, SqlConnection::Mode::ReadWrite);
    if (!connection) {
        return connection.error();
    }
    m_connection = std::move(connection).value();
    // A larger page cache keeps bulk imports with random (UUID) keys from thrashing: 64 MiB.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA cache_size = -65536"}) {
        if (Status status = m_connection->exec(QString::fromLatin1(pragma)); !status) {
            m_connection.reset();
            return status;
        }
    }
    return Ok{};
}

void StoreWriter::closeConnection()
{
    drain();
    m_connection.reset();
}

void StoreWriter::drain()
{
    for (;;) {
        std::vector<PendingWrite> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_queue.empty() && batch.size() < MaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            if (batch.empty()) {
                m_drainScheduled = false;
                return;
            }
        }
        runBatch(batch);
    }
}

Status StoreWriter::setDurability(Durability durability)
{
    if (m_durability == durability) {
        return Ok{};
    }
    // synchronous cannot change inside a transaction, so it is set before BEGIN for the whole batch.
    Status status = m_connection->exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous = FULL")
                                                                      : QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (status) {
        m_durability = durability;
    }
    return status;
}

void StoreWriter::runBatch(std::vector<PendingWrite> &batch)
{
    auto failAll = [&batch](const Error &error) {
        for (PendingWrite &write : batch) {
            write.promise->addResult(Status(error));
            write.promise->finish();
        }
    };
    if (!m_connection) {
        failAll(Error{Error::Code::Io, StoreMessages::notSaved(m_path, tr("the cache is closed")), {}});
        return;
    }

    Durability durability = Durability::Normal;
    for (const PendingWrite &write : batch) {
        durability = std::max(durability, write.durability);
    }
    QSqlQuery control(m_connection->database());
    if (Status status = setDurability(durability); !status) {
        failAll(storeError(status.error()));
        return;
    }
    if (Status status = execute(control, QStringLiteral("BEGIN IMMEDIATE")); !status) {
        failAll(storeError(status.error()));
        return;
    }

    std::vector<Status> results;
    results.reserve(batch.size());
    ChangeSet committedChanges;
    for (PendingWrite &write : batch) {
        Result<bool> outcome = runJob(control, write.job, committedChanges);
        if (!outcome.ok()) {
            // The savepoint itself failed, or SQLite already rolled the transaction back: the transaction
            // can no longer be trusted, so undo it all. No job of the batch is kept.
            (void)execute(control, QStringLiteral("ROLLBACK"));
            failAll(outcome.error());
            return;
        }
        results.push_back(m_lastJobResult);
    }

    if (Status commit = execute(control, QStringLiteral("COMMIT")); !commit) {
        // SQLite may keep the transaction open after a failed COMMIT: roll it back so nothing of the
        // batch is kept, and tell every job why.
        qCWarning(lc) << "commit failed, the batch of" << batch.size()
                      << "jobs was rolled back:" << commit.error().message;
        (void)execute(control, QStringLiteral("ROLLBACK"));
        failAll(storeError(commit.error()));
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i].promise->addResult(results[i]);
        batch[i].promise->finish();
    }
    if (!committedChanges.isEmpty()) {
        emit committed(committedChanges);
    }
}

Result<bool> StoreWriter::runJob(QSqlQuery &control, const WriteJob &job, ChangeSet &committedChanges)
{
    if (Status status = execute(control, QStringLiteral("SAVEPOINT job")); !status) {
        return status.error();
    }
    WriteContext context(m_connection->database());
    m_lastJobResult = job(context);
    if (m_lastJobResult) {
        committedChanges.merge(context.changes);
    } else {
        m_lastJobResult = jobError(m_lastJobResult.error());
        qCWarning(lc) << "write job failed and was rolled back:" << m_lastJobResult.error().message;
        if (sqlite3_get_autocommit(m_connection->handle()) != 0) {
            // SQLite rolled the whole transaction back itself (it may on a full disk or an I/O error).
            return m_lastJobResult.error();
        }
        if (Status status = execute(control, QStringLiteral("ROLLBACK TO job")); !status) {
            return storeError(status.error());
        }
    }
    if (Status status = execute(control, QStringLiteral("RELEASE job")); !status) {
        return storeError(status.error());
    }
    return m_lastJobResult.ok();
}

Error StoreWriter::storeError(const Error &error) const
{
    if (error.code == Error::Code::DiskFull || error.code == Error::Code::ReadOnly) {
        return StoreMessages::explained(m_path, error);
    }
    return Error{error.code, StoreMessages::notSaved(m_path, error.message), error.field};
}

Error StoreWriter::jobError(const Error &error) const
{
    if (error.code == Error::Code::DiskFull || error.code == Error::Code::ReadOnly) {
        return StoreMessages::explained(m_path, error);
    }
    // A job may report a failed statement in its own words; SQLite still knows whether the disk was
    // full or the file read-only, and the user must hear that rather than a generic failure.
    const Error::Code cause = errorCodeForSqlite(sqlite3_errcode(m_connection->handle()));
    if (cause != Error::Code::Database) {
        qCWarning(lc) << "the job's statement failed:" << error.message;
        return StoreMessages::explained(m_path, Error{cause, error.message, error.field});
    }
    return error;
}

}  // namespace Frontline::Models
