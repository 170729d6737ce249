// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cannedreplyfinder.h"

#include "changeset.h"
#include "jsonreader.h"
#include "searchtext.h"
#include "sqlconnection.h"
#include "storewriter.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace Frontline::Models {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.models.cannedreplyfinder")

// Chinese input methods type the full-width forms unless the agent switches to half-width.
constexpr std::array<char16_t, 4> shortcutPrefixes{u'#', u'/', u'\uFF03', u'\uFF0F'};

QStringList wordsOf(QStringView folded)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool separator = i == folded.size() || folded[i].isSpace();
        if (!separator && start < 0) {
            start = i;
        } else if (separator && start >= 0) {
            words.append(folded.sliced(start, i - start).toString());
            start = -1;
        }
    }
    return words;
}

bool containsAll(const QString &text, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return text.contains(word); });
}

bool eachInEither(const QString &title, const QString &body, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return title.contains(word) || body.contains(word); });
}

using MatchKind = CannedReplyFinder::MatchKind;

/*! How folded \a query (and its \a words) matches a reply's folded texts; nothing when it does not. */
std::optional<MatchKind> matchKind(const QString &shortcut, const QString &title, const QString &body,
                                   QStringView query, const QStringList &words)
{
    if (words.isEmpty()) {
        return MatchKind::Any;
    }
    if (!shortcut.isEmpty() && shortcut == query) {
        return MatchKind::ShortcutEqual;
    }
    if (shortcut.startsWith(query)) {
        return MatchKind::ShortcutPrefix;
    }
    if (containsAll(title, words)) {
        return MatchKind::Title;
    }
    if (eachInEither(title, body, words)) {
        return MatchKind::TitleOrBody;
    }
    return std::nullopt;
}

enum class Script
{
    None,  // a language written in one script only
    Simplified,
    Traditional,
};

struct Language
{
    QString tag;  // lower case, '_' between parts: "zh_tw", "en"
    QString base;
    Script script = Script::None;
};

Language languageOf(const QString &name)
{
    Language language;
    language.tag = name.trimmed().toLower().replace(u'-', u'_');
    language.base = language.tag.section(u'_', 0, 0);
    if (language.base == u"zh") {
        const QStringList parts = language.tag.split(u'_');
        const bool traditional =
            parts.contains(u"hant") || parts.contains(u"tw") || parts.contains(u"hk") || parts.contains(u"mo");
        language.script = traditional ? Script::Traditional : Script::Simplified;
    }
    return language;
}

/*!
    How far a reply in \a reply is from what the customer reads, lower is better: the exact language;
    the same language and script (zh_HK finds zh_TW, en_GB finds en); the other Chinese script, which
    a Chinese reader still understands; English, which most customers of a support desk can read;
    then anything rather than nothing.
*/
int languageDistance(const Language &reply, const Language &customer)
{
    if (reply.tag == customer.tag) {
        return 0;
    }
    if (reply.base == customer.base) {
        return reply.script == customer.script ? 1 : 2;
    }
    return reply.base == u"en" ? 3 : 4;
}

}  // namespace

Status CannedReplyFinder::load(const QSqlDatabase &db, const QUuid &agentId, const QList<QUuid> &agentQueueIds)
{
    // Personal replies of other agents may be in the cache; they are never offered.
    QString teams = QStringLiteral("r.team_queue_id IS NULL");
    if (!agentQueueIds.isEmpty()) {
        QStringList marks(agentQueueIds.size(), QStringLiteral("?"));
        teams += QStringLiteral(" OR r.team_queue_id IN (%1)").arg(marks.join(u','));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT r.id, r.title, r.shortcut, r.body, r.category, r.language, r.owner_id, "
                                       "r.team_queue_id, r.updated_at, r.rev, COALESCE(u.uses, 0) "
                                       "FROM canned_replies r LEFT JOIN canned_reply_usage u ON u.reply_id = r.id "
                                       "WHERE r.owner_id = ? OR (r.owner_id IS NULL AND (%1)) ORDER BY r.title, r.id")
                            .arg(teams);
    if (!query.prepare(sql)) {
        return sqlError(QStringLiteral("preparing to load the canned replies"), query.lastError());
    }
    query.addBindValue(idToString(agentId));
    for (const QUuid &queueId : agentQueueIds) {
        query.addBindValue(idToString(queueId));
    }
    if (!query.exec()) {
        return sqlError(QStringLiteral("loading the canned replies"), query.lastError());
    }

    std::vector<Entry> entries;
    while (query.next()) {
        CannedReply reply;
        reply.id = QUuid::fromString(query.value(0).toString());
        reply.title = query.value(1).toString();
        reply.shortcut = query.value(2).toString();
        reply.body = query.value(3).toString();
        reply.category = query.value(4).toString();
        reply.language = query.value(5).toString();
        reply.ownerId = QUuid::fromString(query.value(6).toString());
        reply.teamQueueId = QUuid::fromString(query.value(7).toString());
        if (!query.value(8).isNull()) {
            reply.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
        }
        reply.rev = query.value(9).toLongLong();
        reply.usageCount = query.value(10).toLongLong();
        entries.push_back(Entry{reply, SearchText::foldedText(reply.shortcut), SearchText::foldedText(reply.title),
                                SearchText::foldedText(reply.body)});
    }
    m_entries = std::move(entries);
    groupVariants();
    qCDebug(lc) << "loaded" << m_entries.size() << "canned replies in" << m_variants.size() << "groups";
    return Ok{};
}

void CannedReplyFinder::groupVariants()
{
    m_variants.clear();
    QHash<QString, std::size_t> groupOfShortcut;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const QString &shortcut = m_entries[i].shortcut;
        const auto group = groupOfShortcut.constFind(shortcut);
        if (shortcut.isEmpty() || group == groupOfShortcut.cend()) {
            groupOfShortcut.insert(shortcut, m_variants.size());
            m_variants.push_back({i});
        } else {
            m_variants[*group].push_back(i);
        }
    }
}

std::optional<QString> CannedReplyFinder::shortcutQuery(QStringView typedText)
{
    if (typedText.isEmpty() || std::find(shortcutPrefixes.cbegin(), shortcutPrefixes.cend(),
                                         typedText.front().unicode()) == shortcutPrefixes.cend()) {
        return std::nullopt;
    }
    return typedText.sliced(1).toString();
}

std::vector<CannedReplyFinder::Match> CannedReplyFinder::find(QStringView query, const QString &customerLanguage,
                                                              const QString &category, int limit) const
{
    const QString folded = SearchText::foldedText(query).trimmed();
    const QStringList words = wordsOf(folded);
    std::vector<Candidate> candidates;
    for (const std::vector<std::size_t> &variants : m_variants) {
        if (std::optional<Candidate> found = candidate(variants, folded, words, customerLanguage, category)) {
            candidates.push_back(std::move(*found));
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.match.kind != b.match.kind) {
            return a.match.kind < b.match.kind;
        }
        if (a.groupUses != b.groupUses) {
            return a.groupUses > b.groupUses;
        }
        if (const int order = a.match.reply.title.compare(b.match.reply.title, Qt::CaseInsensitive); order != 0) {
            return order < 0;
        }
        return a.match.reply.id < b.match.reply.id;
    });
    if (limit >= 0 && candidates.size() > std::size_t(limit)) {
        candidates.resize(std::size_t(limit));
    }
    std::vector<Match> matches;
    matches.reserve(candidates.size());
    for (Candidate &found : candidates) {
        matches.push_back(std::move(found.match));
    }
    return matches;
}

std::optional<CannedReplyFinder::Candidate> CannedReplyFinder::candidate(const std::vector<std::size_t> &variants,
                                                                         QStringView query, const QStringList &words,
                                                                         const QString &customerLanguage,
                                                                         const QString &category) const
{
    // The agent may search in their own language and still send the customer's variant, so the best
    // match of any variant counts; and using a reply in any language is using that reply.
    const Language customer = languageOf(customerLanguage);
    std::optional<MatchKind> best;
    const Entry *chosen = nullptr;
    int chosenDistance = 0;
    qint64 uses = 0;
    for (std::size_t index : variants) {
        const Entry &entry = m_entries[index];
        if (!category.isEmpty() && entry.reply.category != category) {
            continue;
        }
        uses += entry.reply.usageCount;
        if (const auto kind = matchKind(entry.shortcut, entry.title, entry.body, query, words)) {
            best = best ? std::min(*best, *kind) : *kind;
        }
        const int distance = languageDistance(languageOf(entry.reply.language), customer);
        if (!chosen || distance < chosenDistance) {
            chosen = &entry;
            chosenDistance = distance;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return Candidate{Match{chosen->reply, *best}, uses};
}

QStringList CannedReplyFinder::categories() const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (!entry.reply.category.isEmpty() && !names.contains(entry.reply.category)) {
            names.append(entry.reply.category);
        }
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

void CannedReplyFinder::noteUsed(const QUuid &replyId)
{
    for (Entry &entry : m_entries) {
        if (entry.reply.id == replyId) {
            ++entry.reply.usageCount;
        }
    }
}

bool CannedReplyFinder::isAffectedBy(const ChangeSet &changes) const
{
    return changes.everything || !changes.cannedReplies.isEmpty();
}

Status CannedReplyFinder::recordUse(WriteContext &context, const QUuid &replyId)
{
    // The cache belongs to one agent, so its usage table counts that agent's uses only.
    QSqlQuery query(context.database);
    if (!query.prepare(QStringLiteral("INSERT INTO canned_reply_usage (reply_id, uses, last_used_at) VALUES (?, 1, ?) "
                                      "ON CONFLICT(reply_id) DO UPDATE SET uses = uses + 1, "
                                      "last_used_at = excluded.last_used_at"))) {
        return sqlError(QStringLiteral("preparing to count a canned reply's use"), query.lastError());
    }
    query.addBindValue(idToString(replyId));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        return sqlError(QStringLiteral("counting a canned reply's use"), query.lastError());
    }
    context.changes.cannedReplies.insert(replyId);
    return Ok{};
}

}  // namespace Frontline::Models
