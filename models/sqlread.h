// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Frontline::Models {

/*! Runs a forward-only SELECT with \a values bound in order; a failure is a Database error. */
Result<QSqlQuery> selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

}  // namespace Frontline::Models
