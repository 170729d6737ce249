// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localstore.h"

#include "schema.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <filesystem>
#include <sqlite3.h>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.localstore")

struct FileFacts
{
    qint64 applicationId = 0;
    int version = 0;
    int objects = 0;
};

// What a read-only look at the file says. SQLite reports a non-database file only on first use,
// as SQLITE_NOTADB, and damage as SQLITE_CORRUPT.
Result<FileFacts> readFacts(const QSqlDatabase &db, const QString &path)
{
    FileFacts facts;
    QSqlQuery query(db);
    const auto readInt = [&](const QString &sql, auto &out) -> bool {
        if (!query.exec(sql) || !query.next()) {
            return false;
        }
        out = query.value(0).toLongLong();
        return true;
    };
    if (readInt(QStringLiteral("PRAGMA application_id"), facts.applicationId) &&
        readInt(QStringLiteral("PRAGMA user_version"), facts.version) &&
        readInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), facts.objects)) {
        return facts;
    }
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SQLITE_NOTADB) {
        return Error{Error::Code::NotACache, StoreMessages::notACache(path), {}};
    }
    if (code == SQLITE_CORRUPT) {
        return Error{Error::Code::Corrupt, StoreMessages::corrupt(path, error.text()), {}};
    }
    return Error{Error::Code::Io, StoreMessages::cannotOpen(path, error.text()), {}};
}

// A cache the store closed cleanly is not checked page by page on the next open (250 MiB at 100,000
// tickets: most of the start-up). The marker beside it names the file's size and modification time at
// that close; any write since (a crash in the middle of one, a damaged copy) changes them, and a file
// without a marker — the last session crashed, or it never closed — is checked in full.
QString cleanCloseMarker(const QString &path)
{
    return path + QStringLiteral(".closed");
}

QByteArray fileStamp(const QString &path)
{
    std::error_code error;
    const std::filesystem::path file(path.toStdString());
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        return {};
    }
    const auto modified = std::filesystem::last_write_time(file, error);
    if (error) {
        return {};
    }
    return QByteArray::number(qulonglong(size)) + ' ' +
           QByteArray::number(qlonglong(modified.time_since_epoch().count()));
}

bool closedCleanly(const QString &path)
{
    QFile marker(cleanCloseMarker(path));
    if (!marker.open(QIODevice::ReadOnly) || QFileInfo::exists(path + QStringLiteral("-wal"))) {
        return false;
    }
    const QByteArray stamp = fileStamp(path);
    return !stamp.isEmpty() && marker.readAll().trimmed() == stamp;
}

Status quickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        return Error{Error::Code::Corrupt, StoreMessages::corrupt(path, query.lastError().text()), {}};
    }
    QStringList problems;
    while (query.next()) {
        problems.append(query.value(0).toString());
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        return Error{Error::Code::Corrupt, StoreMessages::corrupt(path, problems.join(u"; ")), {}};
    }
    return Ok{};
}

// Whether the file (when it exists) and its folder can really be written, asked of the file system
// itself: permission bits say nothing about root, read-only mounts or immutable files.
bool writable(const QString &path)
{
    if (QFile file(path); file.exists() && !file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
        return false;
    }
    // SQLite creates -wal and -shm files beside the cache, so the folder must take new files.
    QTemporaryFile probe(path + QStringLiteral(".write-test-XXXXXX"));
    return probe.open();
}

// An error from opening \a path, with read-only and full disks named as such. Other errors become "could
// not be opened" when \a wrap is set, and stay as they are otherwise.
Error openError(const QString &path, const Error &error, bool wrap = true)
{
    if (error.code == Error::Code::DiskFull || error.code == Error::Code::ReadOnly) {
        return StoreMessages::explained(path, error);
    }
    if (!writable(path)) {
        qCWarning(lc) << "cannot write" << path << ":" << error.message;
        return Error{Error::Code::ReadOnly, StoreMessages::readOnly(path), {}};
    }
    return wrap ? Error{Error::Code::Io, StoreMessages::cannotOpen(path, error.message), {}} : error;
}

}  // namespace

QString StoreMessages::notACache(const QString &path)
{
    return tr("“%1” is not a Frontline cache file. It was left untouched.").arg(QDir::toNativeSeparators(path));
}

QString StoreMessages::newerVersion(const QString &path, int version)
{
    return tr("“%1” was written by a newer version of Frontline (cache format %2; this version reads up to %3). "
              "It was left untouched; please update Frontline.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(Schema::CurrentVersion);
}

QString StoreMessages::corrupt(const QString &path, const QString &detail)
{
    return tr("The cache file “%1” is damaged (%2). It was left untouched.")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString StoreMessages::cannotOpen(const QString &path, const QString &detail)
{
    return tr("The cache file “%1” could not be opened: %2").arg(QDir::toNativeSeparators(path), detail);
}

QString StoreMessages::readOnly(const QString &path)
{
    return tr("Frontline cannot write to the local cache “%1”: the file, its folder or the disk is read-only. "
              "Nothing was saved; allow writing there or choose another cache location.")
        .arg(QDir::toNativeSeparators(path));
}

QString StoreMessages::diskFull(const QString &path)
{
    return tr("The disk that holds the local cache “%1” is full. Nothing was saved; free some disk space and "
              "try again.")
        .arg(QDir::toNativeSeparators(path));
}

QString StoreMessages::notSaved(const QString &path, const QString &detail)
{
    return tr("Frontline could not save to the local cache “%1” (%2). Nothing was saved.")
        .arg(QDir::toNativeSeparators(path), detail);
}

Error StoreMessages::explained(const QString &path, Error error)
{
    switch (error.code) {
    case Error::Code::DiskFull:
        qCWarning(lc) << "disk full:" << path << error.message;
        return Error{error.code, diskFull(path), error.field};
    case Error::Code::ReadOnly:
        qCWarning(lc) << "read-only:" << path << error.message;
        return Error{error.code, readOnly(path), error.field};
    default:
        return error;
    }
}

LocalStore::LocalStore(QString path)
    : m_path(std::move(path))
{
    m_thread.setObjectName(QStringLiteral("frontline-store-writer"));
}

LocalStore::~LocalStore()
{
    // The reader goes first: the writer, as the last connection, checkpoints the WAL into the file.
    m_reader.reset();
    if (m_thread.isRunning()) {
        // Finish every queued write before the connection goes: queued work is the user's work.
        QMetaObject::invokeMethod(
            m_writer.get(), [this] { m_writer->closeConnection(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        markClosedCleanly();
    }
}

void LocalStore::markClosedCleanly() const
{
    // Only a file whose WAL went back into it is complete on its own.
    const QByteArray stamp = fileStamp(m_path);
    if (stamp.isEmpty() || QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        return;
    }
    QSaveFile marker(cleanCloseMarker(m_path));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(stamp + '\n');
        marker.commit();
    }
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    qRegisterMetaType<ChangeSet>();
    if (Status status = inspect(path); !status) {
        qCWarning(lc) << "refusing to open" << path << ":" << status.error().message;
        return status.error();
    }
    QFile::remove(cleanCloseMarker(path));  // open now: a crash from here on means a full check next time
    if (Status status = prepare(path); !status) {
        return status.error();
    }
    std::unique_ptr<LocalStore> store(new LocalStore(path));
    if (Status status = store->start(); !status) {
        return status.error();
    }
    return store;
}

Status LocalStore::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        return Ok{};  // a new cache
    }
    auto connection = SqlConnection::open(path, SqlConnection::Mode::Inspect);
    if (!connection) {
        return Error{Error::Code::Io, StoreMessages::cannotOpen(path, connection.error().message), {}};
    }
    const QSqlDatabase db = (*connection)->database();
    const Result<FileFacts> facts = readFacts(db, path);
    if (!facts) {
        return facts.error();
    }
    const bool emptyDatabase = facts->applicationId == 0 && facts->objects == 0;
    if (emptyDatabase) {
        return Ok{};
    }
    if (facts->applicationId != Schema::ApplicationId) {
        return Error{Error::Code::NotACache, StoreMessages::notACache(path), {}};
    }
    if (facts->version > Schema::CurrentVersion) {
        return Error{Error::Code::NewerVersion, StoreMessages::newerVersion(path, facts->version), {}};
    }
    return closedCleanly(path) ? Status(Ok{}) : quickCheck(db, path);
}

Status LocalStore::prepare(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error{Error::Code::Io, StoreMessages::cannotOpen(path, tr("cannot create its folder")), {}};
    }
    auto connection = SqlConnection::open(path, SqlConnection::Mode::ReadWrite);
    if (!connection) {
        return openError(path, connection.error());
    }
    // SQLite silently opens a file it may not write read-only; every write would then fail.
    if (sqlite3_db_readonly((*connection)->handle(), "main") == 1) {
        return Error{Error::Code::ReadOnly, StoreMessages::readOnly(path), {}};
    }
    // WAL is a property of the file: set once, it lets the GUI read while the writer writes.
    if (Status status = (*connection)->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !status) {
        return openError(path, status.error());
    }
    if (Status status = Schema::migrate((*connection)->database()); !status) {
        return openError(path, status.error(), false);
    }
    return Ok{};
}

Status LocalStore::start()
{
    m_writer = std::make_unique<StoreWriter>(m_path);
    m_writer->moveToThread(&m_thread);
    connect(m_writer.get(), &StoreWriter::committed, this, &LocalStore::changed, Qt::QueuedConnection);
    m_thread.start();

    Status opened = Ok{};
    QMetaObject::invokeMethod(
        m_writer.get(), [this, &opened] { opened = m_writer->openConnection(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        return openError(m_path, opened.error());
    }
    auto reader = SqlConnection::open(m_path, SqlConnection::Mode::ReadOnly);
    if (!reader) {
        return openError(m_path, reader.error());
    }
    m_reader = std::move(reader).value();
    return Ok{};
}

QSqlDatabase LocalStore::readDatabase() const
{
    return m_reader->database();
}

QFuture<Status> LocalStore::write(WriteJob job, Durability durability)
{
    return m_writer->enqueue(std::move(job), durability);
}

}  // namespace Frontline::Models
