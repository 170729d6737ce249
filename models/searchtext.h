// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <functional>

struct sqlite3;

namespace Frontline::Models {

/*!
    \brief How search reads mixed Chinese and Latin text: the folding of characters and the tokens of
    the local store's FTS5 tokenizer "frontline".

    - A run of CJK characters becomes one token per character and, at the same position, one per
      overlapping pair (as Lucene's CJK analyzer does, plus the single characters so that a
      one-character query works). A query of two or more characters is the phrase of its pairs.
    - Traditional characters are folded to Simplified (ChineseVariants), so either finds both.
    - Latin words and numbers are case-folded and lose their accents; full-width ASCII (what Chinese
      input methods type) is folded to half-width.
    - Everything else (spaces, punctuation, symbols, emoji) separates tokens.
*/
class SearchText final
{
public:
    enum class Kind
    {
        Separator,
        Word,  // letters and digits of alphabetic scripts
        Cjk,   // Han, kana, Hangul: no spaces between words
        Mark,  // a combining mark: dropped from the word it follows
    };

    /*! One character as search sees it. */
    struct Folded
    {
        char32_t c = 0;
        Kind kind = Kind::Separator;
    };
    static Folded fold(char32_t c);

    /*! \a text with every character folded; the same length in UTF-16 units, so positions carry over. */
    static QString foldedText(QStringView text);

    enum class Mode
    {
        Document,  // every character and every pair
        Query,     // the pairs of a run of two or more characters; a single character alone
    };
    /*! A token's text (UTF-8) and its byte range in the tokenized UTF-8. */
    using TokenSink = std::function<void(QByteArrayView token, int start, int end, bool colocated)>;
    static void tokenize(QByteArrayView utf8, Mode mode, const TokenSink &sink);

    /*! The number of query tokens \a text gives: 0 when it has nothing searchable. */
    static int queryTokenCount(QStringView text);

    /*!
        Registers the FTS5 tokenizer "frontline" and the rank function "frontline_rank" on \a db; every
        connection that reads or writes the index needs them.
    */
    static bool registerTokenizer(sqlite3 *db, QString *error = nullptr);

    static constexpr const char *TokenizerName = "frontline";
    /*! frontline_rank(table, weight of column 0, weight of column 1, …): BM25 with no length normalisation. */
    static constexpr const char *RankFunctionName = "frontline_rank";
};

}  // namespace Frontline::Models
