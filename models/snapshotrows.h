// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QUuid>

#include <algorithm>

// The rows of a team snapshot's tables (queues, agents), compared by their ids: a new snapshot with the
// same rows in the same order updates a table in place, so the lead's sort order and selection stay.
namespace Frontline::Models::SnapshotRows {

/*! Whether \a next names the same rows as \a current, in the same order (only the figures differ). */
template<typename Row>
bool sameRows(const QList<Row> &current, const QList<Row> &next, QUuid Row::*id)
{
    return std::equal(current.cbegin(), current.cend(), next.cbegin(), next.cend(),
                      [id](const Row &a, const Row &b) { return a.*id == b.*id; });
}

/*! Where the row with \a value as its \a id is, or -1. */
template<typename Row>
int indexOf(const QList<Row> &rows, const QUuid &value, QUuid Row::*id)
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [&](const Row &row) { return row.*id == value; });
    return found == rows.cend() ? -1 : static_cast<int>(found - rows.cbegin());
}

}  // namespace Frontline::Models::SnapshotRows
