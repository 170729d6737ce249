// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <string>

namespace Frontline::Tests {

/*!
    Looks at a workstation's cache file from outside, through its own read-only connection: for a file
    whose store is closed or whose process was killed (a read-only look never changes the file).
*/
struct CacheFile
{
    /*! The mutation ids in the file's outbox, oldest first. */
    static QList<QUuid> outboxIds(const QString &path);
    /*! What PRAGMA integrity_check says, one line per problem ("ok" alone when there is none). */
    static QStringList integrityCheck(const QString &path);
    /*! The body of message \a messageId as the cache shows it; a null string when the cache has no such message. */
    static QString messageBody(const QString &path, const QUuid &messageId);
    /*! The first column of the first row of \a sql, as a number (a count). */
    static qint64 number(const QString &path, const QString &sql);
};

/*! An id as text, for assertions whose failure should show it. */
inline std::string text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

}  // namespace Frontline::Tests
