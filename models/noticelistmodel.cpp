// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "noticelistmodel.h"

#include "labels.h"

#include <QFont>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Frontline::Models {

NoticeListModel::NoticeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

NoticeListModel::~NoticeListModel() = default;

Status NoticeListModel::reload(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, created_at, kind, ticket_id, text, recovered_body, seen "
                                      "FROM notices ORDER BY id DESC LIMIT ?"))) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    query.addBindValue(MaxNotices);
    if (!query.exec()) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    std::vector<NoticeRow> rows;
    while (query.next()) {
        rows.push_back(NoticeRow{query.value(0).toLongLong(),
                                 QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                                 query.value(2).toString(), QUuid::fromString(query.value(3).toString()),
                                 query.value(4).toString(), query.value(5).toString(), query.value(6).toBool()});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return Ok{};
}

const NoticeRow *NoticeListModel::noticeAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int NoticeListModel::unseenCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const NoticeRow &row) { return !row.seen; }));
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    const NoticeRow *row = noticeAt(index.row());
    if (!index.isValid() || !row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(Labels::shortDateTime(QLocale(), row->createdAt), row->text);
    case Qt::ToolTipRole:
        return row->text;
    case NoticeIdRole:
        return row->id;
    case RecoveredBodyRole:
        return row->recoveredBody;
    case SeenRole:
        return row->seen;
    case CreatedAtRole:
        return row->createdAt;
    case Qt::FontRole:
        if (!row->seen) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

}  // namespace Frontline::Models
