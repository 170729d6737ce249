// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace Frontline::Models {

/*! What the agent asked for in the knowledge base. */
struct ArticleQuery
{
    QString text;      // as typed: words, "quoted phrases", word* prefixes; any other character is text
    QString category;  // empty: every category
    QString language;  // empty: every language ("en", "zh_CN", "zh_TW")
    int limit = 20;
    bool prefixLastWord = true;  // search as you type: the last Latin word also finds longer words
};

/*! One article found, best first. The HTML fields are escaped text with the matches in <mark>. */
struct ArticleHit
{
    QUuid id;
    QString title;
    QString category;
    QString language;
    double score = 0;  // BM25, lower is better (as SQLite gives it)
    QString titleHtml;
    QString snippetHtml;
};

/*!
    \brief Searches the articles in the local store, offline, in Chinese and English.

    Matching and ranking are FTS5's (the "frontline" tokenizer, see SearchText; BM25 with the title
    weighted ten times the body); highlighting and snippets are done here on the folded text, so the
    marked characters are exactly the ones that match, in either script.
*/
class ArticleSearch final
{
public:
    static constexpr double TitleWeight = 10.0;
    static constexpr double BodyWeight = 1.0;
    static constexpr int SnippetLength = 120;  // characters around the first match

    /*! The terms of what was typed: each word or quoted phrase, in order; a trailing * marks a prefix. */
    struct Term
    {
        QString text;
        bool prefix = false;
        bool phrase = false;
    };
    static std::vector<Term> parse(QStringView typed, bool prefixLastWord);

    /*!
        The FTS5 MATCH expression for \a terms: every term a quoted string, so that operators, quotes
        and brackets the agent typed are searched as text, never read as query syntax. Empty when
        nothing in them is searchable.
    */
    static QString matchExpression(const std::vector<Term> &terms);

    static Result<std::vector<ArticleHit>> search(const QSqlDatabase &db, const ArticleQuery &query);

    /*!
        Articles for an open ticket: the key terms of its subject and the customer's latest message
        (Latin words of three letters or more, and the character pairs of Chinese text), any of them,
        best few first.
    */
    static Result<std::vector<ArticleHit>> suggest(const QSqlDatabase &db, const QString &subject,
                                                   const QString &latestMessage, int limit = 5);

    /*! \a text escaped as HTML, with the characters that match \a terms in <mark>…</mark>. */
    static QString highlight(QStringView text, const std::vector<Term> &terms);
    /*! About SnippetLength characters of \a body around its first match, highlighted, with … where cut. */
    static QString snippet(QStringView body, const std::vector<Term> &terms);
};

}  // namespace Frontline::Models
