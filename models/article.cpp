// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace Frontline::Models {

namespace {

// JSON numbers are doubles, which hold integers exactly only up to 2^53.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;

}  // namespace

QJsonObject Article::toJson() const
{
    return {
        {u"id"_s, idToString(id)},
        {u"title"_s, title},
        {u"body"_s, body},
        {u"category"_s, category},
        {u"language"_s, language},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"published"_s, published},
        {u"updatedAt"_s, timestampToJson(updatedAt)},
        {u"rev"_s, rev},
    };
}

Result<Article> Article::fromJson(const QJsonObject &json)
{
    JsonReader reader(json, u"article"_s);
    Article article;
    article.id = reader.id(u"id");
    article.title = reader.nonEmptyText(u"title", MaxTitleLength);
    // A draft may have an empty body, so only its presence is required.
    article.body = reader.text(u"body", MaxBodyLength);
    article.category = reader.optionalText(u"category", MaxCategoryLength);
    article.language = reader.language(u"language");
    article.tags = reader.textList(u"tags", MaxTags, MaxTagLength);
    article.published = reader.boolean(u"published");
    article.updatedAt = reader.timestamp(u"updatedAt");
    article.rev = reader.integer(u"rev", 0, MaxSafeInteger);
    if (!reader.ok()) {
        return reader.error();
    }
    return article;
}

}  // namespace Frontline::Models
