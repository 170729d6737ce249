// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "articlesearch.h"

#include <QAbstractListModel>

#include <optional>
#include <utility>

namespace Frontline::Models {

/*! Knowledge-base results for a view: a search as the agent types, or the suggestions for a ticket. */
class ArticleSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSearchModel)

public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        TitleHtmlRole,    // the title, escaped, matches in <mark>
        SnippetHtmlRole,  // a line of the body around the first match, the same way
        CategoryRole,
        LanguageRole,
        ScoreRole,
    };

    explicit ArticleSearchModel(QObject *parent = nullptr);
    ~ArticleSearchModel() override;

    Status search(const QSqlDatabase &db, const ArticleQuery &query);
    Status suggest(const QSqlDatabase &db, const QString &subject, const QString &latestMessage, int limit = 5);
    /*! Suggestions for the ticket \a ticketId: from its subject and its customer's latest message. */
    Status suggestForTicket(const QSqlDatabase &db, const QUuid &ticketId, int limit = 5);
    void clear();
    const ArticleHit *hitAt(int row) const;

    /*! An article's Markdown body as HTML for a reader view (Qt's own Markdown support). */
    static QString bodyHtml(const QString &markdown);
    /*! The article \a id as a reader shows it: its title and body as HTML; nothing when it is not cached. */
    static Result<std::optional<std::pair<QString, QString>>> readArticle(const QSqlDatabase &db, const QUuid &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Status show(Result<std::vector<ArticleHit>> hits);

    std::vector<ArticleHit> m_hits;
};

}  // namespace Frontline::Models
