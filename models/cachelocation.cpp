// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cachelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Frontline::Models {

namespace {
QString safePart(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return text.replace(unsafe, QStringLiteral("_")).left(40);
}
}  // namespace

QString CacheLocation::cacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("caches"));
}

QString CacheLocation::cacheFile(const QString &user, const QUrl &server)
{
    const QString serverKey = server.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString();
    const QByteArray hash =
        QCryptographicHash::hash((user + u'\n' + serverKey).toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString host = server.port() > 0 ? server.host() + u'_' + QString::number(server.port()) : server.host();
    return QDir(cacheDirectory())
        .filePath(safePart(user) + u'@' + safePart(host) + u'-' + QString::fromLatin1(hash) +
                  QStringLiteral(".sqlite"));
}

QString CacheLocation::demoCacheFile()
{
    return QDir(cacheDirectory()).filePath(QStringLiteral("demo.sqlite"));
}

}  // namespace Frontline::Models
