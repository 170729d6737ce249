// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "articlesearchmodel.h"

#include "sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>
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

Status ArticleSearchModel::suggestForTicket(const QSqlDatabase &db, const QUuid &ticketId, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.subject, (SELECT m.body FROM messages m WHERE m.ticket_id = t.id "
                                 "AND m.author_kind = 'customer' ORDER BY m.created_at DESC LIMIT 1) "
                                 "FROM tickets t WHERE t.id = ?"));
    query.addBindValue(ticketId.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading the ticket for suggestions"), query.lastError());
    }
    if (!query.next()) {
        clear();
        return Ok{};
    }
    return suggest(db, query.value(0).toString(), query.value(1).toString(), limit);
}

Result<std::optional<std::pair<QString, QString>>> ArticleSearchModel::readArticle(const QSqlDatabase &db,
                                                                                   const QUuid &id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, body FROM articles WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading an article"), query.lastError());
    }
    if (!query.next()) {
        return std::optional<std::pair<QString, QString>>();
    }
    return std::optional(std::pair(query.value(0).toString(), bodyHtml(query.value(1).toString())));
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
