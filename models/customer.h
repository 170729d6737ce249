// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace Frontline::Models {

/*! One satisfaction rating (1-5) a customer gave for a ticket. */
struct CsatRating
{
    QUuid ticketId;
    int score = 0;
    QString comment;
    QDateTime ratedAt;

    bool operator==(const CsatRating &) const = default;
};

/*!
    \brief A person who contacts the service. Email and phone are masked in the UI unless revealed.
*/
struct Customer
{
    static constexpr qsizetype MaxNameLength = 200;
    static constexpr qsizetype MaxEmailLength = 254;
    static constexpr qsizetype MaxPhoneLength = 64;
    static constexpr qsizetype MaxNotesLength = 10000;
    static constexpr qsizetype MaxTags = 50;
    static constexpr qsizetype MaxTagLength = 64;
    static constexpr qsizetype MaxRatings = 1000;

    QUuid id;
    QString name;
    QString email;
    QString phone;
    QString language;  // "en", "zh_CN", "zh_TW", …
    CustomerTier tier = CustomerTier::Standard;
    bool vip = false;
    QStringList tags;
    QString notes;
    qint64 lifetimeValueCents = 0;
    QList<CsatRating> csat;
    qint64 rev = 0;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Customer> fromJson(const QJsonObject &json);
    bool operator==(const Customer &) const = default;
};

}  // namespace Frontline::Models
