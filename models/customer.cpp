// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customer.h"

#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

// JSON numbers are doubles, which hold integers exactly only up to 2^53.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;
constexpr qsizetype MaxCommentLength = 2000;

QJsonObject ratingToJson(const CsatRating &rating)
{
    return {
        {u"ticketId"_s, idToString(rating.ticketId)},
        {u"score"_s, rating.score},
        {u"comment"_s, rating.comment},
        {u"ratedAt"_s, timestampToJson(rating.ratedAt)},
    };
}

// Each rating gets its own entity name, so an error points at the rating that is wrong.
Result<CsatRating> ratingFromJson(const QJsonValue &json, const QString &entity)
{
    if (!json.isObject()) {
        return Error{Error::Code::WrongType, entity + u": expected an object"_s, entity};
    }
    JsonReader reader(json.toObject(), entity);
    CsatRating rating;
    rating.ticketId = reader.id(u"ticketId");
    rating.score = static_cast<int>(reader.integer(u"score", 1, 5));
    rating.comment = reader.optionalText(u"comment", MaxCommentLength);
    rating.ratedAt = reader.timestamp(u"ratedAt");
    if (!reader.ok()) {
        return reader.error();
    }
    return rating;
}

}  // namespace

QJsonObject Customer::toJson() const
{
    QJsonArray ratings;
    for (const CsatRating &rating : csat) {
        ratings.append(ratingToJson(rating));
    }
    return {
        {u"id"_s, idToString(id)},
        {u"name"_s, name},
        {u"email"_s, email},
        {u"phone"_s, phone},
        {u"language"_s, language},
        {u"tier"_s, toString(tier)},
        {u"vip"_s, vip},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"notes"_s, notes},
        {u"lifetimeValueCents"_s, lifetimeValueCents},
        {u"csat"_s, ratings},
        {u"rev"_s, rev},
        {u"updatedAt"_s, timestampToJson(updatedAt)},
    };
}

Result<Customer> Customer::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"customer"_s);
    Customer customer;
    customer.id = reader.id(u"id");
    customer.name = reader.nonEmptyText(u"name", MaxNameLength);
    customer.email = reader.optionalText(u"email", MaxEmailLength);
    customer.phone = reader.optionalText(u"phone", MaxPhoneLength);
    customer.language = reader.language(u"language");
    customer.tier = reader.enumValue<CustomerTier>(u"tier");
    customer.vip = reader.boolean(u"vip");
    customer.tags = reader.textList(u"tags", MaxTags, MaxTagLength);
    customer.notes = reader.optionalText(u"notes", MaxNotesLength);
    customer.lifetimeValueCents = reader.integer(u"lifetimeValueCents", 0, MaxSafeInteger);
    const QJsonArray ratings = reader.array(u"csat", MaxRatings);
    customer.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    customer.updatedAt = reader.timestamp(u"updatedAt");
    if (!reader.ok()) {
        return reader.error();
    }
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        Result<CsatRating> rating = ratingFromJson(ratings.at(i), u"customer.csat[%1]"_s.arg(i));
        if (!rating) {
            return rating.error();
        }
        customer.csat.append(std::move(rating).value());
    }
    return customer;
}

}  // namespace Frontline::Models
