// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "searchtext.h"

#include "chinesevariants.h"

#include <QChar>

#include <cmath>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace Frontline::Models {

namespace {

constexpr qsizetype MaxWordBytes = 128;  // longer runs of letters are cut: no one searches for them

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

// The letter without its accents: the first character of its canonical decomposition, repeatedly.
char32_t baseLetter(char32_t c)
{
    for (int depth = 0; depth < 4 && QChar::decompositionTag(c) == QChar::Canonical; ++depth) {
        const QString decomposed = QChar::decomposition(c);
        if (decomposed.isEmpty()) {
            break;
        }
        c = decomposed.at(0).isHighSurrogate() && decomposed.size() > 1
                ? QChar::surrogateToUcs4(decomposed.at(0), decomposed.at(1))
                : decomposed.at(0).unicode();
    }
    return c;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Decodes the code point at \a at; an invalid sequence is one byte of U+FFFD (a separator).
char32_t decodeUtf8(QByteArrayView text, qsizetype at, qsizetype &length)
{
    const auto byte = [&](qsizetype i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(at);
    const int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
    length = 1;
    if (extra == 0) {
        return lead;
    }
    if (extra < 0 || at + extra >= text.size()) {
        return 0xFFFD;
    }
    char32_t c = lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        if (at + i >= text.size() || (byte(at + i) & 0xC0) != 0x80) {
            return 0xFFFD;
        }
        c = (c << 6) | (byte(at + i) & 0x3F);
    }
    length = 1 + extra;
    return c;
}

struct RunChar
{
    char32_t c;
    int start;
    int end;
};

class Tokenizer
{
public:
    Tokenizer(SearchText::Mode mode, const SearchText::TokenSink &sink)
        : m_mode(mode)
        , m_sink(sink)
    {}

    void add(SearchText::Folded folded, int start, int end)
    {
        switch (folded.kind) {
        case SearchText::Kind::Word:
            flushRun();
            if (m_word.isEmpty()) {
                m_wordStart = start;
            }
            if (m_word.size() < MaxWordBytes) {
                appendUtf8(m_word, folded.c);
            }
            m_wordEnd = end;
            break;
        case SearchText::Kind::Mark:
            if (!m_word.isEmpty()) {
                m_wordEnd = end;
            } else if (!m_run.empty()) {
                m_run.back().end = end;
            }
            break;
        case SearchText::Kind::Cjk:
            flushWord();
            m_run.push_back({folded.c, start, end});
            break;
        case SearchText::Kind::Separator:
            flushWord();
            flushRun();
            break;
        }
    }

    void finish()
    {
        flushWord();
        flushRun();
        m_pending.reset();  // a run's last character is only needed before another token
    }

private:
    struct Pending
    {
        QByteArray text;
        int start;
        int end;
    };

    void send(const QByteArray &text, int start, int end, bool colocated)
    {
        if (m_pending && !colocated) {
            const Pending pending = *std::exchange(m_pending, std::nullopt);
            m_sink(pending.text, pending.start, pending.end, false);
        }
        m_sink(text, start, end, colocated);
    }

    void flushWord()
    {
        if (!m_word.isEmpty()) {
            send(m_word, m_wordStart, m_wordEnd, false);
            m_word.clear();
        }
    }

    QByteArray unigram(std::size_t i) const
    {
        QByteArray text;
        appendUtf8(text, m_run[i].c);
        return text;
    }

    QByteArray bigram(std::size_t i) const
    {
        QByteArray text = unigram(i);
        appendUtf8(text, m_run[i + 1].c);
        return text;
    }

    void flushRun()
    {
        const std::size_t n = m_run.size();
        if (n == 0) {
            return;
        }
        if (m_mode == SearchText::Mode::Document) {
            for (std::size_t i = 0; i < n; ++i) {
                send(unigram(i), m_run[i].start, m_run[i].end, false);
                if (i + 1 < n) {
                    send(bigram(i), m_run[i].start, m_run[i + 1].end, true);
                }
            }
        } else if (n == 1) {
            send(unigram(0), m_run[0].start, m_run[0].end, false);
        } else {
            for (std::size_t i = 0; i + 1 < n; ++i) {
                send(bigram(i), m_run[i].start, m_run[i + 1].end, false);
            }
            // In a phrase, whatever follows sits one position after the run's last character.
            m_pending = Pending{unigram(n - 1), m_run[n - 1].start, m_run[n - 1].end};
        }
        m_run.clear();
    }

    SearchText::Mode m_mode;
    const SearchText::TokenSink &m_sink;
    QByteArray m_word;
    int m_wordStart = 0;
    int m_wordEnd = 0;
    std::vector<RunChar> m_run;
    std::optional<Pending> m_pending;
};

// FTS5 glue ------------------------------------------------------------------------------------

int createTokenizer(void *, const char **, int, Fts5Tokenizer **tokenizer)
{
    static int instance = 0;  // stateless: every table shares one
    *tokenizer = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int runTokenizer(Fts5Tokenizer *, void *context, int flags, const char *text, int bytes,
                 int (*token)(void *, int, const char *, int, int, int))
{
    const SearchText::Mode mode = (flags & FTS5_TOKENIZE_QUERY) ? SearchText::Mode::Query : SearchText::Mode::Document;
    int rc = SQLITE_OK;
    SearchText::tokenize(
        QByteArrayView(text, bytes), mode, [&](QByteArrayView value, int start, int end, bool colocated) {
            if (rc == SQLITE_OK) {
                rc = token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, value.data(), int(value.size()), start, end);
            }
        });
    return rc;
}

// The rank function "frontline_rank(table, title weight, body weight)": BM25 without the document-length
// part (b = 0). FTS5's bm25() reads every matching row's column sizes from the index's docsize table,
// one lookup a row; for a common character that matches most articles that lookup was most of a
// search's time. Articles are of similar length, so the normalisation changes little.
struct RankData
{
    std::vector<double> idf;  // per phrase
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<qint64 *>(count);
    return SQLITE_OK;
}

RankData *rankData(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    if (auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0))) {
        return data;
    }
    auto data = std::make_unique<RankData>();
    sqlite3_int64 rows = 0;
    api->xRowCount(fts, &rows);
    for (int phrase = 0; phrase < api->xPhraseCount(fts); ++phrase) {
        qint64 hits = 0;
        api->xQueryPhrase(fts, phrase, &hits, countRow);
        // As FTS5's bm25(): never zero or negative, so a very common term still counts a little.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(std::max(idf, 1e-6));
    }
    RankData *raw = data.get();
    if (api->xSetAuxdata(fts, data.release(), [](void *p) { delete static_cast<RankData *>(p); }) != SQLITE_OK) {
        return nullptr;  // xSetAuxdata frees it on failure
    }
    return raw;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int valueCount,
          sqlite3_value **values)
{
    constexpr double k1 = 1.2;
    const RankData *data = rankData(api, fts);
    if (!data) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const int columns = api->xColumnCount(fts);
    std::vector<double> weights(std::size_t(columns), 1.0);
    for (int i = 0; i < columns && i < valueCount; ++i) {
        weights[std::size_t(i)] = sqlite3_value_double(values[i]);
    }
    const std::size_t phrases = data->idf.size();
    std::vector<int> frequency(phrases * std::size_t(columns), 0);
    // Phrase by phrase: cheaper than xInstCount(), which merges and sorts the instances of all phrases.
    for (std::size_t phrase = 0; phrase < phrases; ++phrase) {
        Fts5PhraseIter iterator;
        int column = -1;
        int offset = 0;
        for (api->xPhraseFirst(fts, int(phrase), &iterator, &column, &offset); column >= 0;
             api->xPhraseNext(fts, &iterator, &column, &offset)) {
            if (column < columns) {
                ++frequency[phrase * std::size_t(columns) + std::size_t(column)];
            }
        }
    }
    double score = 0;
    for (std::size_t phrase = 0; phrase < phrases; ++phrase) {
        double weighted = 0;
        for (int column = 0; column < columns; ++column) {
            weighted += weights[std::size_t(column)] * frequency[phrase * std::size_t(columns) + std::size_t(column)];
        }
        score += data->idf[phrase] * weighted * (k1 + 1) / (weighted + k1);
    }
    sqlite3_result_double(context, -score);  // lower is better, as with bm25()
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

}  // namespace

SearchText::Folded SearchText::fold(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) {
        c -= 0xFEE0;  // full-width ASCII
    } else if (c == 0x3000) {
        return {u' ', Kind::Separator};  // ideographic space
    }
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
            return {c + ('a' - 'A'), Kind::Word};
        }
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        return {c, alnum ? Kind::Word : Kind::Separator};
    }
    if (isCjk(c)) {
        return {ChineseVariants::toSimplified(c), Kind::Cjk};
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return {c, Kind::Mark};
    default:
        break;
    }
    if (QChar::isLetterOrNumber(c)) {
        return {QChar::toCaseFolded(baseLetter(c)), Kind::Word};
    }
    return {c, Kind::Separator};
}

QString SearchText::foldedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSurrogate()) {
            out += c;  // left as it is, so that positions stay the same
            continue;
        }
        const Folded folded = fold(c.unicode());
        out += folded.c < 0x10000 ? QChar(char16_t(folded.c)) : c;
    }
    return out;
}

void SearchText::tokenize(QByteArrayView utf8, Mode mode, const TokenSink &sink)
{
    Tokenizer tokenizer(mode, sink);
    for (qsizetype at = 0; at < utf8.size();) {
        qsizetype length = 1;
        const char32_t c = decodeUtf8(utf8, at, length);
        tokenizer.add(fold(c), int(at), int(at + length));
        at += length;
    }
    tokenizer.finish();
}

int SearchText::queryTokenCount(QStringView text)
{
    int count = 0;
    tokenize(text.toUtf8(), Mode::Query, [&count](QByteArrayView, int, int, bool) { ++count; });
    return count;
}

bool SearchText::registerTokenizer(sqlite3 *db, QString *error)
{
    fts5_api *api = db ? fts5Api(db) : nullptr;
    if (!api) {
        if (error) {
            *error = QStringLiteral("this SQLite has no FTS5");
        }
        return false;
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, runTokenizer};
    int rc = api->xCreateTokenizer(api, TokenizerName, nullptr, &tokenizer, nullptr);
    if (rc == SQLITE_OK) {
        rc = api->xCreateFunction(api, RankFunctionName, nullptr, rank, nullptr);
    }
    if (rc != SQLITE_OK && error) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    return rc == SQLITE_OK;
}

}  // namespace Frontline::Models
