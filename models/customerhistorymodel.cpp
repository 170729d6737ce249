// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerhistorymodel.h"

#include "labels.h"
#include "sqlread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace Frontline::Models {

namespace {

Result<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    return selectRows(db, sql, {id});
}

QStringList tagsOf(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toUtf8()).array()) {
        tags.append(tag.toString());
    }
    return tags;
}

QDateTime timeOf(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

}  // namespace

CustomerHistoryModel::CustomerHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CustomerHistoryModel::~CustomerHistoryModel() = default;

Status CustomerHistoryModel::load(const QSqlDatabase &db, const QUuid &customerId)
{
    const QString id = customerId.toString(QUuid::WithoutBraces);
    auto customer = select(db,
                           QStringLiteral("SELECT name, language, tier, vip, tags, notes, lifetime_value_cents, email, "
                                          "phone FROM customers WHERE id = ?"),
                           id);
    auto tickets = customer ? select(db,
                                     QStringLiteral("SELECT t.id, t.number, t.subject, t.status, t.channel, "
                                                    "t.created_at, c.score FROM tickets t "
                                                    "LEFT JOIN csat_ratings c ON c.customer_id = t.customer_id "
                                                    "AND c.ticket_id = t.id "
                                                    "WHERE t.customer_id = ? ORDER BY t.created_at DESC"),
                                     id)
                            : Result<QSqlQuery>(customer.error());
    auto cached =
        tickets ? select(db, QStringLiteral("SELECT fetched_at, complete FROM history_cache WHERE customer_id = ?"), id)
                : Result<QSqlQuery>(tickets.error());
    if (!cached) {
        return cached.error();
    }

    std::optional<CustomerProfile> profile;
    if (customer->next()) {
        profile = CustomerProfile{
            customerId,
            customer->value(0).toString(),
            customer->value(1).toString(),
            enumFromString<CustomerTier>(customer->value(2).toString()).value_or(CustomerTier::Standard),
            customer->value(3).toBool(),
            tagsOf(customer->value(4).toString()),
            customer->value(5).toString(),
            customer->value(6).toLongLong(),
            customer->value(7).toString(),
            customer->value(8).toString()};
    }
    std::vector<HistoryRow> rows;
    while (tickets->next()) {
        HistoryRow row;
        row.ticketId = QUuid::fromString(tickets->value(0).toString());
        if (!tickets->value(1).isNull()) {
            row.number = tickets->value(1).toInt();
        }
        row.subject = tickets->value(2).toString();
        row.status = enumFromString<TicketStatus>(tickets->value(3).toString()).value_or(TicketStatus::Open);
        row.channel = enumFromString<Channel>(tickets->value(4).toString()).value_or(Channel::Email);
        row.createdAt = timeOf(tickets->value(5));
        if (!tickets->value(6).isNull()) {
            row.csatScore = tickets->value(6).toInt();
        }
        rows.push_back(std::move(row));
    }
    CacheState state;
    if (cached->next()) {
        state.fetchedAt = timeOf(cached->value(0));
        state.complete = cached->value(1).toBool();
    }

    beginResetModel();
    m_customerId = customerId;
    m_profile = std::move(profile);
    m_cacheState = state;
    m_rows = std::move(rows);
    endResetModel();
    emit loaded();
    return Ok{};
}

void CustomerHistoryModel::clear()
{
    beginResetModel();
    m_customerId = QUuid();
    m_profile.reset();
    m_cacheState = {};
    m_rows.clear();
    endResetModel();
    emit loaded();
}

bool CustomerHistoryModel::isAffectedBy(const ChangeSet &changes) const
{
    if (m_customerId.isNull()) {
        return false;
    }
    // A ticket of this customer may be new to the cache, so any ticket change counts: loading one
    // customer's tickets is an index lookup.
    return changes.everything || changes.customers.contains(m_customerId) || !changes.tickets.isEmpty();
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const HistoryRow &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == TicketIdRole) {
        return row.ticketId;
    }
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn) {
        return row.subject;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case NumberColumn:
        return row.number ? QStringLiteral("#%1").arg(*row.number) : tr("new");
    case SubjectColumn:
        return row.subject;
    case StatusColumn:
        return Labels::status(row.status);
    case CreatedColumn:
        return QLocale().toString(row.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case CsatColumn:
        return row.csatScore ? tr("%1/5").arg(*row.csatScore) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case NumberColumn:
        return tr("Ticket");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case CsatColumn:
        return tr("CSAT");
    case ColumnCount:
        break;
    }
    return {};
}

}  // namespace Frontline::Models
