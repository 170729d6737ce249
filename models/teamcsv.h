// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"
#include "teamsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Frontline::Models {

/*!
    \brief Today's team metrics as one CSV table for a spreadsheet: a row per queue, then a row per agent.

    RFC 4180: CRLF line ends, a header row, every row with the same fields, a field quoted when it holds a
    comma, a quote or a line break (quotes doubled). UTF-8 with a byte order mark, which Excel needs to
    read Chinese names as such. Numbers are written the same in every language (a dot for decimals, no
    grouping), durations in minutes, rates in percent; the headers are in the interface's language. A
    name starting with = + - @ gets a leading apostrophe, so a spreadsheet never runs it as a formula.
*/
class TeamCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Models::TeamCsv)

public:
    /*! The file's text, byte order mark first. */
    static QByteArray toCsv(const TeamSnapshot &snapshot);
    /*! Writes toCsv() to \a path in one go (a partly written file never replaces an older one). */
    static Status save(const TeamSnapshot &snapshot, const QString &path);
    /*! "frontline-metrics-2026-11-23.csv" */
    static QString defaultFileName(const QDate &day);

    /*! One field as RFC 4180 wants it: quoted when needed. */
    static QString field(const QString &text);
    static QStringList header();
};

}  // namespace Frontline::Models
