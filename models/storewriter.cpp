// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storewriter.h"

#include "sqlconnection.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.storewriter")

Status execute(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        return sqlError(sql, query.lastError().text());
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
        failAll(Error{Error::Code::Io, QStringLiteral("the local cache is closed"), {}});
        return;
    }

    Durability durability = Durability::Normal;
    for (const PendingWrite &write : batch) {
        durability = std::max(durability, write.durability);
    }
    QSqlQuery control(m_connection->database());
    if (Status status = setDurability(durability); !status) {
        failAll(status.error());
        return;
    }
    if (Status status = execute(control, QStringLiteral("BEGIN IMMEDIATE")); !status) {
        failAll(status.error());
        return;
    }

    std::vector<Status> results;
    results.reserve(batch.size());
    ChangeSet committedChanges;
    for (PendingWrite &write : batch) {
        Result<bool> outcome = runJob(control, write.job, committedChanges);
        if (!outcome.ok()) {
            // The savepoint itself failed: the transaction can no longer be trusted, so undo it all.
            (void)execute(control, QStringLiteral("ROLLBACK"));
            failAll(outcome.error());
            return;
        }
        results.push_back(m_lastJobResult);
    }

    if (Status commit = execute(control, QStringLiteral("COMMIT")); !commit) {
        (void)execute(control, QStringLiteral("ROLLBACK"));
        failAll(commit.error());
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
        qCWarning(lc) << "write job failed and was rolled back:" << m_lastJobResult.error().message;
        if (Status status = execute(control, QStringLiteral("ROLLBACK TO job")); !status) {
            return status.error();
        }
    }
    if (Status status = execute(control, QStringLiteral("RELEASE job")); !status) {
        return status.error();
    }
    return m_lastJobResult.ok();
}

}  // namespace Frontline::Models
