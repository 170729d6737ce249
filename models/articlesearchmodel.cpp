// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "articlesearchmodel.h"

#include <QTextDocument>

namespace Frontline::Models {

ArticleSearchModel::ArticleSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ArticleSearchModel::~ArticleSearchModel() = default;

Status ArticleSearchModel::search(const QSqlDatabase &db, const ArticleQuery &query)
{
    return show(ArticleSearch::search(db, query));
}

Status ArticleSearchModel::suggest(const QSqlDatabase &db, const QString &subject, const QString &latestMessage,
                                   int limit)
{
    return show(ArticleSearch::suggest(db, subject, latestMessage, limit));
}

Status ArticleSearchModel::show(Result<std::vector<ArticleHit>> hits)
{
    if (!hits) {
        return hits.error();  // the last results stay: better than an empty list for a passing error
    }
    beginResetModel();
    m_hits = std::move(*hits);
    endResetModel();
    return Ok{};
}

void ArticleSearchModel::clear()
{
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

const ArticleHit *ArticleSearchModel::hitAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_hits[static_cast<std::size_t>(row)] : nullptr;
}

QString ArticleSearchModel::bodyHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toHtml();
}

int ArticleSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant ArticleSearchModel::data(const QModelIndex &index, int role) const
{
    const ArticleHit *hit = index.isValid() ? hitAt(index.row()) : nullptr;
    if (!hit) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return hit->title;
    case Qt::ToolTipRole:
        return hit->category.isEmpty() ? hit->title : hit->category + QStringLiteral(" · ") + hit->title;
    case ArticleIdRole:
        return hit->id;
    case TitleHtmlRole:
        return hit->titleHtml;
    case SnippetHtmlRole:
        return hit->snippetHtml;
    case CategoryRole:
        return hit->category;
    case LanguageRole:
        return hit->language;
    case ScoreRole:
        return hit->score;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(TitleHtmlRole, "titleHtml");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(CategoryRole, "category");
    names.insert(LanguageRole, "language");
    names.insert(ScoreRole, "score");
    return names;
}

}  // namespace Frontline::Models
