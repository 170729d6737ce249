// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace Frontline::Models {

/*! A knowledge-base article. The body is Markdown. */
struct Article
{
    static constexpr qsizetype MaxTitleLength = 300;
    static constexpr qsizetype MaxBodyLength = 200000;
    static constexpr qsizetype MaxCategoryLength = 100;
    static constexpr qsizetype MaxTags = 50;
    static constexpr qsizetype MaxTagLength = 64;

    QUuid id;
    QString title;
    QString body;
    QString category;
    QString language;
    QStringList tags;
    bool published = true;
    QDateTime updatedAt;
    qint64 rev = 0;

    QJsonObject toJson() const;
    static Result<Article> fromJson(const QJsonObject &json);
    bool operator==(const Article &) const = default;
};

}  // namespace Frontline::Models
