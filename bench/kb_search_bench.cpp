// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Knowledge-base search: generates mixed Chinese (Simplified and Traditional) and English articles,
// indexes them in a fresh local store (the FTS5 index with the "frontline" tokenizer, kept by the
// articles table's triggers) and in Xapian 1.4 with CJK n-grams, then runs the same fixed list of
// 1- to 4-character Chinese and English queries through both. Prints figures; asserts nothing.
//
//   build/release/bench/bench_kb_search [--articles 50000] [--repeat 10] [--limit 20] [--corpus realistic|dense]
//
// Two corpora. "realistic" (the default): each article is about one to three domain words, which it
// mentions several times, and the rest of its text follows Zipf's law over 8,000 further words made of
// the 3,755 common characters (GB2312 level 1) and 5,000 English-like words. "dense": every article is
// drawn uniformly from the same 60 domain words, so every query word is in thousands of articles, the
// worst case for a ranked search.
//
// Both engines return the best `limit` hits with a snippet each (ours: ArticleSearch::search with its
// highlighted title and snippet; Xapian: an MSet with MSet::snippet() of each body).

// clang-format off
// Xapian before Qt: it uses the word "slots", which Qt defines as a keyword.
#include <xapian.h>
// clang-format on

#include <models/article.h>
#include <models/articlesearch.h>
#include <models/localstore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iconv.h>
#include <opencc.h>
#include <random>
#include <vector>

using namespace Frontline::Models;

namespace {

const QStringList chineseWords{
    QStringLiteral("退货"),     QStringLiteral("退款"),     QStringLiteral("发票"),     QStringLiteral("物流"),
    QStringLiteral("快递"),     QStringLiteral("会员"),     QStringLiteral("积分"),     QStringLiteral("优惠券"),
    QStringLiteral("订单"),     QStringLiteral("支付"),     QStringLiteral("账户"),     QStringLiteral("密码"),
    QStringLiteral("客服"),     QStringLiteral("售后"),     QStringLiteral("商品"),     QStringLiteral("质量"),
    QStringLiteral("尺寸"),     QStringLiteral("颜色"),     QStringLiteral("包装"),     QStringLiteral("配送"),
    QStringLiteral("地址"),     QStringLiteral("修改"),     QStringLiteral("取消"),     QStringLiteral("申请"),
    QStringLiteral("处理"),     QStringLiteral("工作日"),   QStringLiteral("到账"),     QStringLiteral("信用卡"),
    QStringLiteral("微信支付"), QStringLiteral("支付宝"),   QStringLiteral("发货"),     QStringLiteral("库存"),
    QStringLiteral("预售"),     QStringLiteral("保修"),     QStringLiteral("维修"),     QStringLiteral("换货"),
    QStringLiteral("运费"),     QStringLiteral("赔偿"),     QStringLiteral("投诉"),     QStringLiteral("评价"),
    QStringLiteral("资讯"),     QStringLiteral("活动"),     QStringLiteral("折扣"),     QStringLiteral("价格"),
    QStringLiteral("保价"),     QStringLiteral("签收"),     QStringLiteral("拒收"),     QStringLiteral("延迟"),
    QStringLiteral("丢件"),     QStringLiteral("破损"),     QStringLiteral("客服团队"), QStringLiteral("实名认证"),
    QStringLiteral("验证码"),   QStringLiteral("手机号"),   QStringLiteral("电子发票"), QStringLiteral("物流信息"),
    QStringLiteral("退款流程"), QStringLiteral("会员积分"), QStringLiteral("优惠活动"), QStringLiteral("海外直邮"),
};
const QStringList chineseGlue{
    QStringLiteral("的"),   QStringLiteral("了"),   QStringLiteral("在"),   QStringLiteral("和"),
    QStringLiteral("请"),   QStringLiteral("我们"), QStringLiteral("您"),   QStringLiteral("可以"),
    QStringLiteral("需要"), QStringLiteral("如果"), QStringLiteral("已经"), QStringLiteral("将"),
    QStringLiteral("会"),   QStringLiteral("内"),   QStringLiteral("后"),   QStringLiteral("是"),
    QStringLiteral("时"),
};
const QStringList englishWords{
    QStringLiteral("refund"),   QStringLiteral("order"),    QStringLiteral("shipping"),     QStringLiteral("invoice"),
    QStringLiteral("password"), QStringLiteral("account"),  QStringLiteral("delivery"),     QStringLiteral("return"),
    QStringLiteral("exchange"), QStringLiteral("warranty"), QStringLiteral("repair"),       QStringLiteral("payment"),
    QStringLiteral("card"),     QStringLiteral("coupon"),   QStringLiteral("discount"),     QStringLiteral("member"),
    QStringLiteral("points"),   QStringLiteral("address"),  QStringLiteral("status"),       QStringLiteral("tracking"),
    QStringLiteral("package"),  QStringLiteral("damaged"),  QStringLiteral("missing"),      QStringLiteral("delay"),
    QStringLiteral("customs"),  QStringLiteral("verify"),   QStringLiteral("phone"),        QStringLiteral("email"),
    QStringLiteral("login"),    QStringLiteral("reset"),    QStringLiteral("cancel"),       QStringLiteral("change"),
    QStringLiteral("size"),     QStringLiteral("colour"),   QStringLiteral("quality"),      QStringLiteral("price"),
    QStringLiteral("Café"),     QStringLiteral("premium"),  QStringLiteral("subscription"), QStringLiteral("wallet"),
};
const QStringList englishGlue{
    QStringLiteral("the"),    QStringLiteral("your"), QStringLiteral("to"),     QStringLiteral("and"),
    QStringLiteral("of"),     QStringLiteral("in"),   QStringLiteral("we"),     QStringLiteral("you"),
    QStringLiteral("can"),    QStringLiteral("is"),   QStringLiteral("within"), QStringLiteral("days"),
    QStringLiteral("please"), QStringLiteral("for"),
};

// The fixed query list: 1- to 4-character Chinese (both scripts) and English words, a phrase, a prefix.
const QStringList queries{
    QStringLiteral("退"),
    QStringLiteral("货"),
    QStringLiteral("票"),
    QStringLiteral("積"),
    QStringLiteral("退货"),
    QStringLiteral("退貨"),
    QStringLiteral("发票"),
    QStringLiteral("物流"),
    QStringLiteral("會員"),
    QStringLiteral("资讯"),
    QStringLiteral("客服"),
    QStringLiteral("优惠券"),
    QStringLiteral("工作日"),
    QStringLiteral("信用卡"),
    QStringLiteral("驗證碼"),
    QStringLiteral("退款流程"),
    QStringLiteral("物流信息"),
    QStringLiteral("實名認證"),
    QStringLiteral("海外直邮"),
    QStringLiteral("refund"),
    QStringLiteral("shipping"),
    QStringLiteral("invoice"),
    QStringLiteral("password reset"),
    QStringLiteral("\"order status\""),
    QStringLiteral("deliv*"),
    QStringLiteral("warranty repair"),
    QStringLiteral("cafe"),
    QStringLiteral("退款 refund"),
};

struct Corpus
{
    std::vector<Article> articles;
    qint64 bytes = 0;
};

QString pick(const QStringList &list, std::mt19937 &random)
{
    return list[std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(random)];
}

QString chineseText(std::mt19937 &random, int bytes)
{
    QString text;
    while (text.toUtf8().size() < bytes) {
        text += pick(chineseWords, random) + pick(chineseGlue, random);
        if (random() % 7 == 0) {
            text += QStringLiteral("订单 %1").arg(200000000 + random() % 99999999);
        }
        text += random() % 5 == 0 ? QStringLiteral("。\n") : QStringLiteral("，");
    }
    return text;
}

QString englishText(std::mt19937 &random, int bytes)
{
    QString text;
    while (text.size() < bytes) {
        text += pick(englishWords, random) + u' ' + pick(englishGlue, random) + u' ';
        if (random() % 9 == 0) {
            text += QStringLiteral("order %1. ").arg(200000000 + random() % 99999999);
        }
    }
    return text;
}

class Traditional
{
public:
    Traditional()
        : m_converter(opencc_open("s2t.json"))
    {}
    ~Traditional()
    {
        if (ok()) {
            opencc_close(m_converter);
        }
    }
    bool ok() const { return m_converter != reinterpret_cast<opencc_t>(-1); }
    QString convert(const QString &text) const
    {
        const QByteArray utf8 = text.toUtf8();
        char *out = opencc_convert_utf8(m_converter, utf8.constData(), size_t(utf8.size()));
        const QString converted = QString::fromUtf8(out);
        opencc_convert_utf8_free(out);
        return converted;
    }

private:
    opencc_t m_converter;
};

/*! The 3,755 common Chinese characters of GB2312 level 1 (rows 16–55), decoded with iconv. */
QString commonCharacters()
{
    QString characters;
    iconv_t toUtf8 = iconv_open("UTF-8", "GB2312");
    if (toUtf8 == reinterpret_cast<iconv_t>(-1)) {
        return characters;
    }
    for (int row = 0xB0; row <= 0xD7; ++row) {
        for (int cell = 0xA1; cell <= (row == 0xD7 ? 0xF9 : 0xFE); ++cell) {
            std::array<char, 2> in{char(row), char(cell)};
            std::array<char, 8> out{};
            char *inPtr = in.data();
            char *outPtr = out.data();
            size_t inLeft = in.size();
            size_t outLeft = out.size();
            if (iconv(toUtf8, &inPtr, &inLeft, &outPtr, &outLeft) != size_t(-1)) {
                characters += QString::fromUtf8(out.data(), qsizetype(out.size() - outLeft));
            }
        }
    }
    iconv_close(toUtf8);
    return characters;
}

/*! Words drawn by Zipf's law (the r-th most frequent with weight 1/r). */
class ZipfWords
{
public:
    ZipfWords(QStringList words)
        : m_words(std::move(words))
    {
        std::vector<double> weights(std::size_t(m_words.size()));
        for (std::size_t rank = 0; rank < weights.size(); ++rank) {
            weights[rank] = 1.0 / double(rank + 1);
        }
        m_rank = std::discrete_distribution<int>(weights.begin(), weights.end());
    }
    const QString &draw(std::mt19937 &random) { return m_words[m_rank(random)]; }

private:
    QStringList m_words;
    std::discrete_distribution<int> m_rank;
};

/*! The realistic corpus's text: topic words mentioned often, other domain words now and then. */
class RealisticText
{
public:
    explicit RealisticText(std::mt19937 &random)
        : m_random(random)
        , m_chinese(chineseVocabulary(random))
        , m_english(englishVocabulary(random))
    {}

    bool ok() const { return m_chineseOk; }

    QString chinese(const QStringList &topics, int bytes)
    {
        QString text;
        while (text.toUtf8().size() < bytes) {
            const int clause = 3 + int(m_random() % 5);
            for (int i = 0; i < clause; ++i) {
                text += word({topics, chineseWords, chineseGlue, m_chinese, 10, 2, 28});
            }
            if (m_random() % 15 == 0) {
                text += QStringLiteral("订单 %1").arg(200000000 + m_random() % 99999999);
            }
            text += m_random() % 4 == 0 ? QStringLiteral("。\n") : QStringLiteral("，");
        }
        return text;
    }

    QString english(const QStringList &topics, int bytes)
    {
        QString text;
        while (text.size() < bytes) {
            text += word({topics, englishWords, englishGlue, m_english, 8, 2, 35});
            text += m_random() % 12 == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
            if (m_random() % 60 == 0) {
                text += QStringLiteral("order %1. ").arg(200000000 + m_random() % 99999999);
            }
        }
        return text;
    }

    QString chineseWord() { return m_chinese.draw(m_random); }

    /*! Where a language's words come from, with the share (in percent) of each kind. */
    struct Sources
    {
        const QStringList &topics;
        const QStringList &domain;
        const QStringList &glue;
        ZipfWords &vocabulary;
        unsigned topicShare;
        unsigned domainShare;
        unsigned glueShare;
    };

    /*! One word: a topic word, another domain word, a function word, or one of the large vocabulary. */
    QString word(const Sources &from)
    {
        const unsigned roll = m_random() % 100;
        if (roll < from.topicShare) {
            return from.topics[m_random() % from.topics.size()];
        }
        if (roll < from.topicShare + from.domainShare) {
            return pick(from.domain, m_random);
        }
        if (roll < from.topicShare + from.domainShare + from.glueShare) {
            return pick(from.glue, m_random);
        }
        return from.vocabulary.draw(m_random);
    }
    QString englishWord() { return m_english.draw(m_random); }

private:
    ZipfWords chineseVocabulary(std::mt19937 &random)
    {
        const QString characters = commonCharacters();
        m_chineseOk = characters.size() > 3000;
        QStringList words;
        while (words.size() < 8000 && !characters.isEmpty()) {
            const int length = random() % 3 == 0 ? 3 : 2;
            QString word;
            for (int i = 0; i < length; ++i) {
                word += characters[qsizetype(random() % characters.size())];
            }
            words.append(word);
        }
        return ZipfWords(words.isEmpty() ? chineseWords : words);
    }

    static ZipfWords englishVocabulary(std::mt19937 &random)
    {
        static const QStringList onsets{"b", "c", "d", "f", "g", "h", "l",  "m",
                                        "n", "p", "r", "s", "t", "v", "st", "pr"};
        static const QStringList nuclei{"a", "e", "i", "o", "u", "ea", "ou"};
        static const QStringList codas{"", "n", "r", "s", "t", "ng", "l"};
        QStringList words;
        while (words.size() < 5000) {
            QString word;
            const int syllables = 1 + int(random() % 3);
            for (int i = 0; i < syllables; ++i) {
                word += pick(onsets, random) + pick(nuclei, random) + pick(codas, random);
            }
            words.append(word);
        }
        return ZipfWords(words);
    }

    std::mt19937 &m_random;
    bool m_chineseOk = false;
    ZipfWords m_chinese;
    ZipfWords m_english;
};

QStringList topicsOf(const QStringList &words, std::mt19937 &random)
{
    QStringList topics;
    const int count = 1 + int(random() % 3);
    while (topics.size() < count) {
        topics.append(pick(words, random));
    }
    return topics;
}

Corpus generateRealistic(int count)
{
    std::mt19937 random(20261201);
    const Traditional traditional;
    RealisticText text(random);
    Corpus corpus;
    corpus.articles.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Article article;
        article.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        const int kind = int(random() % 10);  // 4 zh_CN, 3 zh_TW, 3 en
        if (kind < 7) {
            const QStringList topics = topicsOf(chineseWords, random);
            article.title = topics.join(QString()) + text.chineseWord() + QStringLiteral("说明");
            article.body = text.chinese(topics, 1500);
            if (random() % 4 == 0) {
                article.body += u' ' + text.english(topicsOf(englishWords, random), 80);
            }
            article.language = QStringLiteral("zh_CN");
            if (kind >= 4 && traditional.ok()) {
                article.title = traditional.convert(article.title);
                article.body = traditional.convert(article.body);
                article.language = QStringLiteral("zh_TW");
            }
        } else {
            const QStringList topics = topicsOf(englishWords, random);
            article.title = QStringLiteral("How to %1 your %2").arg(topics.first(), topics.last());
            article.body = text.english(topics, 1500);
            article.language = QStringLiteral("en");
        }
        article.category = QStringLiteral("Category %1").arg(random() % 12);
        article.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        corpus.bytes += article.title.toUtf8().size() + article.body.toUtf8().size();
        corpus.articles.push_back(std::move(article));
    }
    return corpus;
}

Corpus generate(int count)
{
    std::mt19937 random(20261201);
    const Traditional traditional;
    Corpus corpus;
    corpus.articles.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Article article;
        article.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        const int kind = int(random() % 10);  // 4 zh_CN, 3 zh_TW, 3 en
        if (kind < 7) {
            article.title = pick(chineseWords, random) + pick(chineseWords, random) + QStringLiteral("说明");
            article.body = chineseText(random, 1500);
            if (random() % 4 == 0) {
                article.body += u' ' + englishText(random, 80);  // product names and mixed text
            }
            article.language = QStringLiteral("zh_CN");
            if (kind >= 4 && traditional.ok()) {
                article.title = traditional.convert(article.title);
                article.body = traditional.convert(article.body);
                article.language = QStringLiteral("zh_TW");
            }
        } else {
            article.title =
                QStringLiteral("How to %1 your %2").arg(pick(englishWords, random), pick(englishWords, random));
            article.body = englishText(random, 1500);
            article.language = QStringLiteral("en");
        }
        article.category = QStringLiteral("Category %1").arg(random() % 12);
        article.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        corpus.bytes += article.title.toUtf8().size() + article.body.toUtf8().size();
        corpus.articles.push_back(std::move(article));
    }
    return corpus;
}

struct Latency
{
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double at(double q)
    {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0 : ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))];
    }
};

qint64 directorySize(const QString &path)
{
    qint64 size = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        size += QFileInfo(it.next()).size();
    }
    return size;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The query as Xapian's parser reads it: the same words, phrases in quotes, a trailing * a prefix.
Xapian::Query xapianQuery(Xapian::QueryParser &parser, const QString &text)
{
    return parser.parse_query(text.toStdString(), Xapian::QueryParser::FLAG_DEFAULT |
                                                      Xapian::QueryParser::FLAG_CJK_NGRAM |
                                                      Xapian::QueryParser::FLAG_WILDCARD);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Knowledge-base search: FTS5 with our tokenizer vs Xapian."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                                            QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each query (after one warm-up)."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Hits per query."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption corpusOption(
        QStringLiteral("corpus"),
        QStringLiteral(
            "realistic (topic words, Zipf's law over a large vocabulary) or dense (60 words, the worst case)."),
        QStringLiteral("kind"), QStringLiteral("realistic"));
    parser.addOptions({articlesOption, repeatOption, limitOption, corpusOption});
    parser.process(app);
    const int count = std::max(1, parser.value(articlesOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int limit = std::max(1, parser.value(limitOption).toInt());
    const QString corpusKind = parser.value(corpusOption);
    if (corpusKind != u"realistic" && corpusKind != u"dense") {
        std::fprintf(stderr, "--corpus must be realistic or dense\n");
        return 2;
    }

    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const Corpus corpus = corpusKind == u"dense" ? generate(count) : generateRealistic(count);
    std::printf("Frontline knowledge-base search benchmark: %d articles (%s corpus), %.1f MiB of text (%.2f KB "
                "each), generated in %.1f s\n",
                count, qPrintable(corpusKind), double(corpus.bytes) / 1048576.0, double(corpus.bytes) / count / 1000.0,
                elapsedMs(timer) / 1000.0);

    // Ours: the local store, its articles table and the FTS5 index its triggers keep.
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    auto opened = LocalStore::open(cachePath);
    if (!opened) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<LocalStore> store = std::move(opened).value();
    const qint64 emptySize = QFileInfo(cachePath).size();
    timer.restart();
    const Status stored = store
                              ->write(
                                  [&corpus](WriteContext &context) -> Status {
                                      for (const Article &article : corpus.articles) {
                                          if (Status status = context.entities.upsert(article); !status) {
                                              return status;
                                          }
                                      }
                                      return Ok{};
                                  },
                                  Durability::Normal)
                              .result();
    const double ftsBuildMs = elapsedMs(timer);
    if (!stored) {
        std::fprintf(stderr, "cannot store the articles: %s\n", qPrintable(stored.error().message));
        return 1;
    }
    store
        ->write([](WriteContext &context) -> Status {
            QSqlQuery(context.database).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return Ok{};
        })
        .waitForFinished();
    qint64 ftsIndexBytes = -1;
    {
        QSqlQuery sizes(store->readDatabase());
        if (sizes.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'")) &&
            sizes.next()) {
            ftsIndexBytes = sizes.value(0).toLongLong();
        }
    }
    const qint64 cacheBytes = QFileInfo(cachePath).size() - emptySize;
    std::printf("\nFTS5 (frontline tokenizer)\n");
    std::printf("  stored and indexed in one transaction   %.2f s (%.0f articles/s)\n", ftsBuildMs / 1000.0,
                count / (ftsBuildMs / 1000.0));
    std::printf("  cache file grew by                      %.1f MiB; the index's own tables %s\n",
                double(cacheBytes) / 1048576.0,
                ftsIndexBytes >= 0
                    ? qPrintable(QStringLiteral("%1 MiB").arg(double(ftsIndexBytes) / 1048576.0, 0, 'f', 1))
                    : "(dbstat not available)");

    // Xapian 1.4 with CJK n-grams; the title counted ten times, as our BM25 weights it.
    const std::string xapianPath = dir.filePath(QStringLiteral("xapian")).toStdString();
    timer.restart();
    {
        Xapian::WritableDatabase db(xapianPath, Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator indexer;
        indexer.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        for (const Article &article : corpus.articles) {
            Xapian::Document document;
            indexer.set_document(document);
            indexer.index_text(article.title.toStdString(), 10);
            indexer.increase_termpos();
            indexer.index_text(article.body.toStdString());
            document.set_data(article.body.toStdString());
            db.add_document(document);
        }
        db.commit();
    }
    const double xapianBuildMs = elapsedMs(timer);
    std::printf("\nXapian %s (CJK n-grams)\n", Xapian::version_string());
    std::printf("  indexed and committed                   %.2f s (%.0f articles/s)\n", xapianBuildMs / 1000.0,
                count / (xapianBuildMs / 1000.0));
    std::printf("  database size                           %.1f MiB\n",
                double(directorySize(QString::fromStdString(xapianPath))) / 1048576.0);

    // The same queries through both, one warm-up run each, then `repeat` timed runs.
    Xapian::Database xapian(xapianPath);
    Xapian::QueryParser xapianParser;
    xapianParser.set_database(xapian);
    xapianParser.set_default_op(Xapian::Query::OP_AND);
    Xapian::Enquire enquire(xapian);
    const QSqlDatabase db = store->readDatabase();

    std::printf("\n%-16s %8s %8s %9s %9s %9s %9s %9s\n", "query", "ours", "xapian", "ours p50", "ours p99", "rank p50",
                "xap p50", "xap p99");
    QSqlQuery rankOnly(db);
    rankOnly.prepare(QStringLiteral("SELECT rowid, frontline_rank(articles_fts, 10.0, 1.0) AS score FROM articles_fts "
                                    "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?"));
    Latency ours;
    Latency theirs;
    std::vector<Latency> oursByLength(5);
    for (const QString &text : queries) {
        ArticleQuery query;
        query.text = text;
        query.limit = limit;
        query.prefixLastWord = false;
        Latency oursHere;
        Latency rankHere;
        Latency theirsHere;
        const QString expression = ArticleSearch::matchExpression(ArticleSearch::parse(text, false));
        std::size_t ourHits = 0;
        Xapian::doccount theirHits = 0;
        for (int run = 0; run <= repeat; ++run) {
            timer.restart();
            const auto hits = ArticleSearch::search(db, query);
            const double ourMs = elapsedMs(timer);
            ourHits = hits ? hits->size() : 0;

            // FTS5's part alone: matching and BM25 ranking, no titles, bodies or snippets.
            timer.restart();
            rankOnly.addBindValue(expression);
            rankOnly.addBindValue(limit);
            rankOnly.exec();
            while (rankOnly.next()) {
            }
            const double rankMs = elapsedMs(timer);

            timer.restart();
            enquire.set_query(xapianQuery(xapianParser, text));
            const Xapian::MSet mset = enquire.get_mset(0, Xapian::doccount(limit));
            std::size_t snippetBytes = 0;
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                snippetBytes += mset.snippet(it.get_document().get_data(), 120).size();
            }
            const double theirMs = elapsedMs(timer);
            theirHits = mset.get_matches_estimated();
            (void)snippetBytes;
            if (run > 0) {  // the first run warms the page cache
                oursHere.add(ourMs);
                rankHere.add(rankMs);
                theirsHere.add(theirMs);
                ours.add(ourMs);
                theirs.add(theirMs);
                const qsizetype length = std::min<qsizetype>(4, text.size());
                oursByLength[std::size_t(length)].add(ourMs);
            }
        }
        std::printf("%-16s %8zu %8u %7.2f ms %7.2f ms %7.2f ms %7.2f ms %7.2f ms\n", qPrintable(text), ourHits,
                    theirHits, oursHere.at(0.5), oursHere.at(0.99), rankHere.at(0.5), theirsHere.at(0.5),
                    theirsHere.at(0.99));
    }
    const double oursP50 = ours.at(0.5);
    const double oursP99 = ours.at(0.99);
    const double theirsP50 = theirs.at(0.5);
    const double theirsP99 = theirs.at(0.99);
    std::printf("\nall %zu timed queries (%zu queries x %d runs, %d hits each with snippets)\n", ours.ms.size(),
                std::size_t(queries.size()), repeat, limit);
    std::printf("  ours    p50 %6.2f ms   p99 %6.2f ms   [budget p99 <= 10 ms: %s]\n", oursP50, oursP99,
                oursP99 <= 10.0 ? "met" : "MISSED");
    std::printf("  xapian  p50 %6.2f ms   p99 %6.2f ms\n", theirsP50, theirsP99);
    std::printf("  ours / xapian: p50 %.2fx, p99 %.2fx (below 1: ours is faster)\n", oursP50 / theirsP50,
                oursP99 / theirsP99);
    std::printf("  (the 'ours' and 'xapian' columns above count hits: ours returns at most %d, and folds "
                "Traditional to Simplified; Xapian estimates all matches)\n",
                limit);
    return 0;
}
