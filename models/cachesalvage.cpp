// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cachesalvage.h"

#include "sqlconnection.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <sqlite3.h>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.cachesalvage")

// Enough for any real damage; only bounds the work on a file that is nothing but damage.
constexpr int maxRounds = 1 << 20;

enum class Kind
{
    Integer,
    Text,
    NonEmptyText,
    Uuid,
    JsonObject,
};

struct Column
{
    const char *name;
    Kind kind;
    bool nullable = false;
};

struct TableSpec
{
    const char *name;
    std::span<const Column> columns;  // the first is the INTEGER PRIMARY KEY, i.e. the rowid
    int uniqueColumn = -1;            // a column whose value must not repeat (the mutation id)
};

// As schema version 2 created them; the columns of the outbox have not changed since.
constexpr std::array outboxColumns{
    Column{"seq", Kind::Integer},          Column{"mutation_id", Kind::Uuid},       Column{"kind", Kind::NonEmptyText},
    Column{"entity_id", Kind::Uuid, true}, Column{"base_rev", Kind::Integer, true}, Column{"payload", Kind::JsonObject},
    Column{"created_at", Kind::Integer},   Column{"attempts", Kind::Integer},
};
constexpr std::array noticeColumns{
    Column{"id", Kind::Integer},           Column{"created_at", Kind::Integer}, Column{"kind", Kind::NonEmptyText},
    Column{"ticket_id", Kind::Uuid, true}, Column{"text", Kind::Text},          Column{"recovered_body", Kind::Text},
    Column{"seen", Kind::Integer},
};
constexpr TableSpec outboxSpec{"outbox", outboxColumns, 1};
constexpr TableSpec noticesSpec{"notices", noticeColumns};

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        qCDebug(lc) << "cannot prepare" << sql << ":" << sqlite3_errmsg(db);
        sqlite3_finalize(statement);
        return {};
    }
    return Statement(statement);
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// One column's value if it has the type and shape the schema promises; nothing if it does not,
// which on a damaged page means the row is not what it seems.
std::optional<QVariant> readValue(sqlite3_stmt *statement, int index, const Column &column)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_NULL:
        return column.nullable ? std::optional<QVariant>(QVariant()) : std::nullopt;
    case SQLITE_INTEGER:
        if (column.kind != Kind::Integer) {
            return std::nullopt;
        }
        return QVariant(static_cast<qint64>(sqlite3_column_int64(statement, index)));
    case SQLITE_TEXT: {
        if (column.kind == Kind::Integer) {
            return std::nullopt;
        }
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
        const QByteArray utf8(bytes, sqlite3_column_bytes(statement, index));
        const QString text = QString::fromUtf8(utf8);
        if (text.toUtf8() != utf8) {
            return std::nullopt;  // not UTF-8: damaged bytes
        }
        switch (column.kind) {
        case Kind::NonEmptyText:
            if (text.isEmpty()) {
                return std::nullopt;
            }
            break;
        case Kind::Uuid:
            if (QUuid::fromString(text).isNull()) {
                return std::nullopt;
            }
            break;
        case Kind::JsonObject: {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                return std::nullopt;
            }
            break;
        }
        case Kind::Integer:
        case Kind::Text:
            break;
        }
        return QVariant(text);
    }
    default:
        return std::nullopt;  // floats and blobs never belong in these tables
    }
}

/*! Reads one table of a damaged file as completely as its damage allows. */
class TableReader final
{
public:
    TableReader(sqlite3 *db, const TableSpec &spec)
        : m_db(db)
        , m_spec(spec)
    {}

    SalvagedTable read()
    {
        SalvagedTable table;
        table.name = QString::fromLatin1(m_spec.name);
        for (const Column &column : m_spec.columns) {
            table.columns.append(QString::fromLatin1(column.name));
        }
        if (!prepareStatements(table.columns)) {
            return table;  // no such table (an older cache), or its definition is unreadable
        }
        scanAll();
        // Keys that an index still lists but that no scan reached: their rows may sit on readable pages
        // the skipping stepped over, or on damaged ones; either way they are known to have existed.
        int missing = 0;
        const QSet<qint64> indexed = indexedKeys();
        for (const qint64 key : indexed) {
            if (!m_rows.contains(key) && !m_rejected.contains(key) && !lookUp(key)) {
                ++missing;
            }
        }
        table.unreadable = missing + static_cast<int>(m_rejected.size());
        keepUnique(table);
        qCDebug(lc) << table.name << ":" << table.rows.size() << "rows salvaged," << table.unreadable << "unreadable,"
                    << indexed.size() << "listed by indexes";
        return table;
    }

private:
    enum class Seek
    {
        Row,
        End,
        Damaged,
    };

    struct Scan
    {
        bool finished = false;
        bool readAny = false;
        qint64 last = 0;
    };

    bool prepareStatements(const QStringList &columns)
    {
        const QString table = quoted(QString::fromLatin1(m_spec.name));
        const QString list = columns.join(u", ");
        m_scan = prepare(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid >= ?1 ORDER BY rowid").arg(list, table));
        m_seek =
            prepare(m_db, QStringLiteral("SELECT rowid FROM %1 WHERE rowid >= ?1 ORDER BY rowid LIMIT 1").arg(table));
        m_point = prepare(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?1").arg(list, table));
        return m_scan && m_seek && m_point;
    }

    void scanAll()
    {
        qint64 from = std::numeric_limits<qint64>::min();
        for (int round = 0; round < maxRounds; ++round) {
            const Scan scanned = scan(from);
            if (scanned.finished) {
                return;
            }
            if (scanned.readAny) {
                if (scanned.last == std::numeric_limits<qint64>::max()) {
                    return;
                }
                from = scanned.last + 1;  // the next scan starts on the damaged page and skips it
                continue;
            }
            const std::optional<qint64> next = skipDamage(from);
            if (!next) {
                return;
            }
            from = *next;
        }
        qCWarning(lc) << m_spec.name << ": gave up after" << maxRounds << "damaged stretches";
    }

    Scan scan(qint64 from)
    {
        sqlite3_stmt *statement = m_scan.get();
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, from);
        Scan result;
        for (;;) {
            const int rc = sqlite3_step(statement);
            if (rc != SQLITE_ROW) {
                result.finished = rc == SQLITE_DONE;
                if (!result.finished) {
                    qCDebug(lc) << m_spec.name << ": scan from" << from << "stopped:" << sqlite3_errmsg(m_db);
                }
                return result;
            }
            result.last = sqlite3_column_int64(statement, 0);
            result.readAny = true;
            accept(result.last, statement);
        }
    }

    Seek seek(qint64 key)
    {
        sqlite3_stmt *statement = m_seek.get();
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, key);
        switch (sqlite3_step(statement)) {
        case SQLITE_ROW:
            return Seek::Row;
        case SQLITE_DONE:
            return Seek::End;
        default:
            return Seek::Damaged;
        }
    }

    // The first key after \a damagedKey from which reading works again: probe 1, 2, 4, … keys further
    // until a probe lands on a readable page, then halve the distance back to the damage.
    std::optional<qint64> skipDamage(qint64 damagedKey)
    {
        // Outbox and notice keys come from AUTOINCREMENT and start at 1.
        qint64 lastBad = std::max<qint64>(damagedKey, 0);
        qint64 good = 0;
        for (qint64 step = 1;; step *= 2) {
            if (lastBad > std::numeric_limits<qint64>::max() - step) {
                return std::nullopt;
            }
            const qint64 candidate = lastBad + step;
            const Seek found = seek(candidate);
            if (found == Seek::End) {
                return std::nullopt;  // nothing readable after the damage
            }
            if (found == Seek::Row) {
                good = candidate;
                break;
            }
            lastBad = candidate;
            if (step > std::numeric_limits<qint64>::max() / 2) {
                return std::nullopt;
            }
        }
        while (good - lastBad > 1) {
            const qint64 middle = lastBad + (good - lastBad) / 2;
            if (seek(middle) == Seek::Damaged) {
                lastBad = middle;
            } else {
                good = middle;
            }
        }
        return good;
    }

    bool lookUp(qint64 key)
    {
        sqlite3_stmt *statement = m_point.get();
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, key);
        if (sqlite3_step(statement) != SQLITE_ROW) {
            return false;
        }
        accept(key, statement);
        return true;
    }

    void accept(qint64 key, sqlite3_stmt *statement)
    {
        if (m_rows.contains(key) || m_rejected.contains(key)) {
            return;
        }
        QVariantList values;
        values.reserve(static_cast<qsizetype>(m_spec.columns.size()));
        for (int i = 0; i < static_cast<int>(m_spec.columns.size()); ++i) {
            std::optional<QVariant> value = readValue(statement, i, m_spec.columns[static_cast<std::size_t>(i)]);
            if (!value) {
                qCWarning(lc) << m_spec.name << ": row" << key << "has an invalid"
                              << m_spec.columns[static_cast<std::size_t>(i)].name;
                m_rejected.insert(key);
                return;
            }
            values.append(*std::move(value));
        }
        m_rows.emplace(key, std::move(values));
    }

    QSet<qint64> indexedKeys()
    {
        QSet<qint64> keys;
        QStringList indexes;
        if (Statement list = prepare(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                                          "tbl_name = ?1"))) {
            sqlite3_bind_text(list.get(), 1, m_spec.name, -1, SQLITE_STATIC);
            while (sqlite3_step(list.get()) == SQLITE_ROW) {
                indexes.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0))));
            }
        }
        for (const QString &index : indexes) {
            // A covering scan of the index alone: it still works when the table's own pages are damaged.
            Statement statement = prepare(m_db, QStringLiteral("SELECT rowid FROM %1 INDEXED BY %2")
                                                    .arg(quoted(QString::fromLatin1(m_spec.name)), quoted(index)));
            while (statement && sqlite3_step(statement.get()) == SQLITE_ROW) {
                keys.insert(sqlite3_column_int64(statement.get(), 0));
            }
        }
        return keys;
    }

    // In key order, the first row with each unique value wins.
    void keepUnique(SalvagedTable &table) const
    {
        QSet<QString> seen;
        for (const auto &[key, values] : m_rows) {
            if (m_spec.uniqueColumn >= 0) {
                const QString unique = values.at(m_spec.uniqueColumn).toString();
                if (seen.contains(unique)) {
                    qCWarning(lc) << m_spec.name << ": row" << key << "repeats" << unique << "and was skipped";
                    continue;
                }
                seen.insert(unique);
            }
            table.rows.push_back(values);
        }
    }

    sqlite3 *m_db;
    const TableSpec &m_spec;
    Statement m_scan;
    Statement m_seek;
    Statement m_point;
    std::map<qint64, QVariantList> m_rows;  // valid rows by key
    QSet<qint64> m_rejected;                // keys of rows read but invalid
};

}  // namespace

SalvagedCache CacheSalvage::read(const QString &path)
{
    SalvagedCache salvaged;
    salvaged.outbox.name = QString::fromLatin1(outboxSpec.name);
    salvaged.notices.name = QString::fromLatin1(noticesSpec.name);
    auto connection = SqlConnection::open(path, SqlConnection::Mode::Inspect);
    if (!connection) {
        qCWarning(lc) << "cannot read the damaged cache:" << connection.error().message;
        return salvaged;
    }
    // Checks each cell's size as pages are read, so more damaged pages fail loudly instead of yielding garbage.
    (void)(*connection)->exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    sqlite3 *db = (*connection)->handle();
    salvaged.outbox = TableReader(db, outboxSpec).read();
    salvaged.notices = TableReader(db, noticesSpec).read();
    return salvaged;
}

Result<bool> CacheSalvage::insert(const QSqlDatabase &db, const SalvagedTable &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table.name);
    if (!query.exec() || !query.next()) {
        return sqlError(QStringLiteral("looking up table %1").arg(table.name), query.lastError());
    }
    if (query.value(0).toInt() == 0) {
        return false;
    }
    if (table.rows.empty()) {
        return true;
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(table.name), table.columns.join(u", "), placeholders.join(u", "));
    if (!query.prepare(sql)) {
        return sqlError(sql, query.lastError());
    }
    for (const QVariantList &row : table.rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            query.bindValue(static_cast<int>(i), row.at(i));
        }
        if (!query.exec()) {
            return sqlError(sql, query.lastError());
        }
    }
    return true;
}

}  // namespace Frontline::Models
