// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cacherecovery.h"

#include "cachesalvage.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QLoggingCategory>
#include <QtEndian>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.cacherecovery")

// The files SQLite keeps beside a database, named after it. They belong to it: a -wal left behind under
// the old name would be replayed into whatever file takes that name next.
// With SQLite's own, LocalStore's clean-close marker: it moves with the file it describes.
constexpr std::array sideFileSuffixes{"-wal", "-shm", "-journal", ".closed"};

struct Header
{
    qint32 applicationId = 0;
    qint32 version = 0;
};

// The first 100 bytes of an SQLite file say whose it is and which version wrote it, even when SQLite
// cannot read the rest.
std::optional<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return std::nullopt;
    }
    return Header{qFromBigEndian<qint32>(bytes.constData() + 68), qFromBigEndian<qint32>(bytes.constData() + 60)};
}

bool databaseExists(const QString &base)
{
    if (QFile::exists(base)) {
        return true;
    }
    for (const char *suffix : sideFileSuffixes) {
        if (QFile::exists(base + QLatin1String(suffix))) {
            return true;
        }
    }
    return false;
}

void removeDatabase(const QString &base)
{
    for (const char *suffix : sideFileSuffixes) {
        QFile::remove(base + QLatin1String(suffix));
    }
    QFile::remove(base);
}

// Renames a database with its side files, never over an existing file; undoes itself on failure.
Status moveDatabase(const QString &from, const QString &to)
{
    std::vector<std::pair<QString, QString>> moved;
    const auto undo = [&moved] {
        for (auto it = moved.rbegin(); it != moved.rend(); ++it) {
            QFile::rename(it->second, it->first);
        }
    };
    // Side files first, so the main file never sits under a name whose side files are someone else's.
    QStringList suffixes;
    for (const char *suffix : sideFileSuffixes) {
        suffixes.append(QLatin1String(suffix));
    }
    suffixes.append(QString());
    for (const QString &suffix : std::as_const(suffixes)) {
        QFile file(from + suffix);
        if (!suffix.isEmpty() && !file.exists()) {
            continue;
        }
        if (!file.rename(to + suffix)) {
            const QString problem = file.errorString();
            undo();
            return Error{Error::Code::Io, problem, {}};
        }
        moved.emplace_back(from + suffix, to + suffix);
    }
    return Ok{};
}

QString freshName(const QString &path)
{
    return path + QStringLiteral(".recovering");
}

QString asideName(const QString &path, const QDateTime &now)
{
    const QString base = path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString name = base;
    for (int n = 2; databaseExists(name); ++n) {
        name = base + QStringLiteral("-%1").arg(n);
    }
    return name;
}

}  // namespace

Result<RecoveredStore> CacheRecovery::openOrRecover(const QString &path, const QDateTime &now)
{
    if (!QFile::exists(path) && QFile::exists(freshName(path))) {
        // A recovery stopped after moving the damaged file aside; its fresh cache is complete.
        qCWarning(lc) << "finishing an interrupted recovery of" << path;
        if (Status moved = moveDatabase(freshName(path), path); !moved) {
            return Error{Error::Code::Io, StoreMessages::cannotOpen(path, moved.error().message), {}};
        }
    }
    auto opened = LocalStore::open(path);
    if (opened) {
        return RecoveredStore{std::move(opened).value(), {}};
    }
    const Error &refusal = opened.error();
    if (refusal.code != Error::Code::Corrupt && refusal.code != Error::Code::NotACache) {
        return refusal;  // a newer version, a read-only or full disk, an I/O error: nothing to repair
    }
    // SQLite may not tell damage from a foreign file (both can be "not a database"); the header can.
    const std::optional<Header> header = readHeader(path);
    if (!header || header->applicationId != Schema::ApplicationId) {
        return refusal;  // not ours to move
    }
    if (header->version > Schema::CurrentVersion) {
        return Error{Error::Code::NewerVersion, StoreMessages::newerVersion(path, header->version), {}};
    }
    qCWarning(lc) << "replacing the damaged cache" << path << ":" << refusal.message;
    return recover(path, now);
}

Result<RecoveredStore> CacheRecovery::recover(const QString &path, const QDateTime &now)
{
    const QString fresh = freshName(path);
    removeDatabase(fresh);  // from a recovery that stopped before it moved anything: start over

    const SalvagedCache salvaged = CacheSalvage::read(path);
    RecoveryReport report;
    report.recovered = true;
    report.unreadableChanges = salvaged.outbox.unreadable;
    report.unreadableNotices = salvaged.notices.unreadable;
    {
        auto store = LocalStore::open(fresh);
        if (!store) {
            removeDatabase(fresh);
            return store.error();
        }
        std::pair<bool, bool> kept{false, false};
        QFuture<Status> written = (*store)->write(
            [&salvaged, &kept](WriteContext &context) -> Status {
                const Result<bool> outbox = CacheSalvage::insert(context.database, salvaged.outbox);
                if (!outbox) {
                    return outbox.error();
                }
                const Result<bool> notices = CacheSalvage::insert(context.database, salvaged.notices);
                if (!notices) {
                    return notices.error();
                }
                kept = {*outbox, *notices};
                return Ok{};
            },
            Durability::Full);
        written.waitForFinished();
        const Status status = written.result();
        store->reset();  // closes it: the writer, as the last connection, folds the WAL into the file
        if (!status) {
            removeDatabase(fresh);
            return status.error();
        }
        const auto count = [](const SalvagedTable &table) {
            return static_cast<int>(table.rows.size());
        };
        // A table the fresh schema lacks cannot take its rows (not the case for any version so far).
        (kept.first ? report.salvagedChanges : report.unreadableChanges) += count(salvaged.outbox);
        (kept.second ? report.salvagedNotices : report.unreadableNotices) += count(salvaged.notices);
    }

    report.movedTo = asideName(path, now);
    QFile::remove(path + QStringLiteral(".closed"));  // it vouched for a file that turned out damaged
    if (Status moved = moveDatabase(path, report.movedTo); !moved) {
        removeDatabase(fresh);
        return Error{Error::Code::Io,
                     tr("The local cache “%1” is damaged and could not be moved aside: %2")
                         .arg(QDir::toNativeSeparators(path), moved.error().message),
                     {}};
    }
    if (Status placed = moveDatabase(fresh, path); !placed) {
        (void)moveDatabase(report.movedTo, path);  // as it was: the next start tries again
        removeDatabase(fresh);
        return Error{Error::Code::Io,
                     tr("The local cache “%1” is damaged and could not be moved aside: %2")
                         .arg(QDir::toNativeSeparators(path), placed.error().message),
                     {}};
    }
    auto store = LocalStore::open(path);
    if (!store) {
        return store.error();
    }
    report.message = message(report);
    qCWarning(lc) << "the damaged cache was moved to" << report.movedTo << ";" << report.salvagedChanges
                  << "unsent changes and" << report.salvagedNotices << "notices kept," << report.unreadableChanges
                  << "and" << report.unreadableNotices << "unreadable";
    return RecoveredStore{std::move(store).value(), std::move(report)};
}

QString CacheRecovery::message(const RecoveryReport &report)
{
    QString text = tr("The local cache was damaged. It was moved to “%1” and a fresh copy is being downloaded; "
                      "%n change(s) you had not sent yet were kept.",
                      nullptr, report.salvagedChanges)
                       .arg(QDir::toNativeSeparators(report.movedTo));
    if (report.unreadableChanges > 0) {
        text += u' ' + tr("%n unsent change(s) could not be read and were lost.", nullptr, report.unreadableChanges);
    }
    if (report.unreadableNotices > 0) {
        text += u' ' + tr("%n notice(s) about refused changes could not be read.", nullptr, report.unreadableNotices);
    }
    return text;
}

}  // namespace Frontline::Models
