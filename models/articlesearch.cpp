// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "articlesearch.h"

#include "searchtext.h"
#include "sqlconnection.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Frontline::Models {

namespace {

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\uFF02';
}

bool isStar(QChar c)
{
    return c == u'*' || c == u'\uFF0A';
}

SearchText::Kind kindOf(QChar c)
{
    return c.isSurrogate() ? SearchText::Kind::Separator : SearchText::fold(c.unicode()).kind;
}

// The searchable pieces of a term, folded: runs of Latin letters and digits, and runs of CJK characters.
struct Piece
{
    QString text;
    bool latin = false;
    bool prefix = false;
};

std::vector<Piece> piecesOf(const ArticleSearch::Term &term)
{
    const QString folded = SearchText::foldedText(term.text);
    std::vector<Piece> pieces;
    for (qsizetype i = 0; i < folded.size();) {
        const SearchText::Kind kind = kindOf(folded[i]);
        if (kind != SearchText::Kind::Word && kind != SearchText::Kind::Cjk) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && kindOf(folded[end]) == kind) {
            ++end;
        }
        pieces.push_back({folded.mid(i, end - i), kind == SearchText::Kind::Word, false});
        i = end;
    }
    if (!pieces.empty()) {
        pieces.back().prefix = term.prefix;
    }
    return pieces;
}

struct Range
{
    qsizetype start;
    qsizetype end;
};

std::vector<Range> matchRanges(const QString &folded, const std::vector<ArticleSearch::Term> &terms)
{
    std::vector<Range> ranges;
    for (const ArticleSearch::Term &term : terms) {
        for (const Piece &piece : piecesOf(term)) {
            for (qsizetype at = folded.indexOf(piece.text); at >= 0; at = folded.indexOf(piece.text, at + 1)) {
                const qsizetype end = at + piece.text.size();
                if (piece.latin) {
                    // Whole words, or the start of a word for a prefix.
                    const bool starts = at == 0 || kindOf(folded[at - 1]) != SearchText::Kind::Word;
                    const bool ends = end == folded.size() || kindOf(folded[end]) != SearchText::Kind::Word;
                    if (!starts || (!ends && !piece.prefix)) {
                        continue;
                    }
                }
                ranges.push_back({at, end});
            }
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    std::vector<Range> merged;
    for (const Range &range : ranges) {
        if (!merged.empty() && range.start <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, range.end);
        } else {
            merged.push_back(range);
        }
    }
    return merged;
}

// Markdown marks and line breaks are noise in a one-line snippet.
QString plainLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (c == u'#' || c == u'*' || c == u'`' || c == u'>' || c == u'_') {
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c;
    }
    return out;
}

Error queryError(const QString &what, const QSqlQuery &query)
{
    return sqlError(what, query.lastError());
}

// Latin words too common to tell articles apart.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),    QStringLiteral("and"),   QStringLiteral("for"),   QStringLiteral("you"),
        QStringLiteral("your"),   QStringLiteral("with"),  QStringLiteral("have"),  QStringLiteral("this"),
        QStringLiteral("that"),   QStringLiteral("from"),  QStringLiteral("are"),   QStringLiteral("was"),
        QStringLiteral("not"),    QStringLiteral("but"),   QStringLiteral("can"),   QStringLiteral("please"),
        QStringLiteral("thanks"), QStringLiteral("thank"), QStringLiteral("hello"), QStringLiteral("dear"),
        QStringLiteral("has"),    QStringLiteral("had"),   QStringLiteral("will"),  QStringLiteral("would"),
        QStringLiteral("could"),  QStringLiteral("there"), QStringLiteral("what"),  QStringLiteral("when"),
        QStringLiteral("how"),    QStringLiteral("why"),   QStringLiteral("its"),   QStringLiteral("it's"),
        QStringLiteral("i'm"),    QStringLiteral("our"),   QStringLiteral("any"),   QStringLiteral("all"),
    };
    return words;
}

constexpr int MaxSuggestionTerms = 40;

// The key terms of a ticket's text: Latin words of three letters or more and Chinese character pairs.
std::vector<ArticleSearch::Term> keyTerms(const QString &text)
{
    std::vector<ArticleSearch::Term> terms;
    QSet<QString> seen;
    const auto add = [&](const QString &term) {
        if (std::ssize(terms) < MaxSuggestionTerms && !seen.contains(term)) {
            seen.insert(term);
            terms.push_back({term, false, false});
        }
    };
    const QString folded = SearchText::foldedText(text);
    for (qsizetype i = 0; i < folded.size();) {
        const SearchText::Kind kind = kindOf(folded[i]);
        qsizetype end = i + 1;
        while (end < folded.size() && kindOf(folded[end]) == kind) {
            ++end;
        }
        const QString run = folded.mid(i, end - i);
        if (kind == SearchText::Kind::Word && run.size() >= 3 && !stopWords().contains(run)) {
            add(run);
        } else if (kind == SearchText::Kind::Cjk) {
            for (qsizetype j = 0; j + 1 < run.size(); ++j) {
                add(run.mid(j, 2));
            }
        }
        i = end;
    }
    return terms;
}

QString quoted(const ArticleSearch::Term &term)
{
    QString text = term.text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"' + (term.prefix ? QStringLiteral(" *") : QString());
}

Result<std::vector<ArticleHit>> run(const QSqlDatabase &db, const QString &expression,
                                    const std::vector<ArticleSearch::Term> &terms, const QString &category,
                                    const QString &language, int limit)
{
    // Rank only rowids first and read titles and bodies for the few that are shown: ordering rows that
    // carry 1.5 KB bodies would read every matching article.
    QString ranked = QStringLiteral("SELECT articles_fts.rowid AS rowid, frontline_rank(articles_fts, %1, %2) AS score "
                                    "FROM articles_fts")
                         .arg(ArticleSearch::TitleWeight)
                         .arg(ArticleSearch::BodyWeight);
    QVariantList values{expression};
    if (!category.isEmpty() || !language.isEmpty()) {
        ranked += QStringLiteral(" JOIN articles f ON f.rowid = articles_fts.rowid");
    }
    ranked += QStringLiteral(" WHERE articles_fts MATCH ?");
    if (!category.isEmpty()) {
        ranked += QStringLiteral(" AND f.category = ?");
        values.append(category);
    }
    if (!language.isEmpty()) {
        ranked += QStringLiteral(" AND f.language = ?");
        values.append(language);
    }
    ranked += QStringLiteral(" ORDER BY score LIMIT ?");
    values.append(limit + limit / 2 + 5);  // room for unpublished articles an administrator's cache holds

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT a.id, a.title, a.category, a.language, a.body, r.score FROM (%1) r "
                                      "JOIN articles a ON a.rowid = r.rowid WHERE a.published = 1 ORDER BY r.score")
                           .arg(ranked))) {
        return queryError(QStringLiteral("preparing the article search"), query);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return queryError(QStringLiteral("searching the articles"), query);
    }
    std::vector<ArticleHit> hits;
    while (query.next() && std::ssize(hits) < limit) {
        ArticleHit hit;
        hit.id = QUuid::fromString(query.value(0).toString());
        hit.title = query.value(1).toString();
        hit.category = query.value(2).toString();
        hit.language = query.value(3).toString();
        hit.score = query.value(5).toDouble();
        hit.titleHtml = ArticleSearch::highlight(hit.title, terms);
        hit.snippetHtml = ArticleSearch::snippet(query.value(4).toString(), terms);
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace

std::vector<ArticleSearch::Term> ArticleSearch::parse(QStringView typed, bool prefixLastWord)
{
    std::vector<Term> terms;
    for (qsizetype i = 0; i < typed.size();) {
        if (typed[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        qsizetype end = i;
        if (isQuote(typed[i])) {
            // A phrase runs to the closing quote, or to the end when the agent has not typed it yet.
            end = i + 1;
            while (end < typed.size() && !isQuote(typed[end])) {
                ++end;
            }
            term.text = typed.mid(i + 1, end - i - 1).toString();
            term.phrase = true;
            i = std::min(end + 1, typed.size());
        } else {
            while (end < typed.size() && !typed[end].isSpace() && !isQuote(typed[end])) {
                ++end;
            }
            term.text = typed.mid(i, end - i).toString();
            while (!term.text.isEmpty() && isStar(term.text.back())) {
                term.text.chop(1);
                term.prefix = true;
            }
            i = end;
        }
        if (SearchText::queryTokenCount(term.text) > 0) {
            terms.push_back(std::move(term));
        }
    }
    if (prefixLastWord && !terms.empty() && !terms.back().phrase) {
        const QString folded = SearchText::foldedText(terms.back().text);
        if (!folded.isEmpty() && kindOf(folded.back()) == SearchText::Kind::Word) {
            terms.back().prefix = true;
        }
    }
    return terms;
}

QString ArticleSearch::matchExpression(const std::vector<Term> &terms)
{
    QStringList parts;
    for (const Term &term : terms) {
        if (SearchText::queryTokenCount(term.text) > 0) {
            parts.append(quoted(term));
        }
    }
    return parts.join(u' ');
}

Result<std::vector<ArticleHit>> ArticleSearch::search(const QSqlDatabase &db, const ArticleQuery &query)
{
    const std::vector<Term> terms = parse(query.text, query.prefixLastWord);
    const QString expression = matchExpression(terms);
    if (expression.isEmpty() || query.limit <= 0) {
        return std::vector<ArticleHit>{};
    }
    return run(db, expression, terms, query.category, query.language, query.limit);
}

Result<std::vector<ArticleHit>> ArticleSearch::suggest(const QSqlDatabase &db, const QString &subject,
                                                       const QString &latestMessage, int limit)
{
    const std::vector<Term> terms = keyTerms(subject + u'\n' + latestMessage);
    QStringList parts;
    for (const Term &term : terms) {
        parts.append(quoted(term));
    }
    if (parts.isEmpty() || limit <= 0) {
        return std::vector<ArticleHit>{};
    }
    // Any of them: BM25 puts the articles that share the most, and the rarest, terms first.
    return run(db, parts.join(QStringLiteral(" OR ")), terms, {}, {}, limit);
}

QString ArticleSearch::highlight(QStringView text, const std::vector<Term> &terms)
{
    const QString folded = SearchText::foldedText(text);
    QString html;
    qsizetype done = 0;
    for (const Range &range : matchRanges(folded, terms)) {
        html += text.mid(done, range.start - done).toString().toHtmlEscaped();
        html += QStringLiteral("<mark>") + text.mid(range.start, range.end - range.start).toString().toHtmlEscaped() +
                QStringLiteral("</mark>");
        done = range.end;
    }
    html += text.mid(done).toString().toHtmlEscaped();
    return html;
}

QString ArticleSearch::snippet(QStringView body, const std::vector<Term> &terms)
{
    const QString line = plainLine(body);
    const std::vector<Range> ranges = matchRanges(SearchText::foldedText(line), terms);
    qsizetype start = ranges.empty() ? 0 : std::max<qsizetype>(0, ranges.front().start - SnippetLength / 3);
    qsizetype end = std::min(line.size(), start + SnippetLength);
    start = std::max<qsizetype>(0, std::min(start, end - SnippetLength));
    // Never cut a surrogate pair in two.
    if (start > 0 && line[start].isLowSurrogate()) {
        --start;
    }
    if (end < line.size() && line[end].isLowSurrogate()) {
        ++end;
    }
    QString html = highlight(QStringView(line).mid(start, end - start), terms);
    if (start > 0) {
        html.prepend(u'…');
    }
    if (end < line.size()) {
        html += u'…';
    }
    return html;
}

}  // namespace Frontline::Models
