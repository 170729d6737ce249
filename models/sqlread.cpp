// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlread.h"

#include <QSqlError>

namespace Frontline::Models {

Result<QSqlQuery> selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error{Error::Code::Database, query.lastError().text(), {}};
    }
    return query;
}

}  // namespace Frontline::Models
