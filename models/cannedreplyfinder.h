// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cannedreply.h"
#include "result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <optional>
#include <vector>

namespace Frontline::Models {

struct ChangeSet;
struct WriteContext;

/*!
    \brief Finds the canned replies an agent may use, by shortcut (\c{#refund}) or by words, in
    Chinese and English.

    Holds the visible replies in memory, folded once (SearchText::foldedText), so lookups while the
    agent types never touch the store. Visible are the agent's own personal replies and the shared
    ones for everyone or for a queue the agent works in.

    Replies that share a shortcut are language variants of one reply: find() offers one of them, in
    the customer's language where there is one.
*/
class CannedReplyFinder final
{
public:
    /*! How well a reply matched, best first. */
    enum class MatchKind
    {
        ShortcutEqual,
        ShortcutPrefix,
        Title,        // every word is in the title
        TitleOrBody,  // every word is in the title or the body
        Any,          // the query was empty
    };

    struct Match
    {
        CannedReply reply;  // usageCount: this agent's own uses
        MatchKind kind = MatchKind::Any;
    };

    static constexpr int DefaultLimit = 20;

    /*! Replaces what is held with the replies \a agentId may use; on error keeps what it had. */
    Status load(const QSqlDatabase &db, const QUuid &agentId, const QList<QUuid> &agentQueueIds);

    /*!
        What follows a shortcut prefix (#, /, or the full-width ＃ and ／ that Chinese input methods
        type) at the start of \a typedText, e.g. the word before the caret; may be empty. Nothing when
        \a typedText does not start with a prefix.
    */
    static std::optional<QString> shortcutQuery(QStringView typedText);

    /*!
        The replies that match \a query (a shortcut or its start, or words, each of which must occur),
        best match first, then the agent's most used (all variants counted), then by title. An empty query
        lists every reply; a negative \a limit returns all. \a customerLanguage ("zh_CN", "zh_TW", "en")
        picks the variant; see the .cpp for the fallbacks.
    */
    std::vector<Match> find(QStringView query, const QString &customerLanguage, const QString &category = {},
                            int limit = DefaultLimit) const;

    /*! The categories of the visible replies, sorted, without the empty one. */
    QStringList categories() const;

    qsizetype size() const { return qsizetype(m_entries.size()); }

    /*! Counts one more use in memory, so the ranking follows at once; the store is updated by recordUse(). */
    void noteUsed(const QUuid &replyId);

    /*! Whether \a changes may change what load() would find. */
    bool isAffectedBy(const ChangeSet &changes) const;

    /*! In a store write job: counts one more use of \a replyId by this cache's agent, now. */
    static Status recordUse(WriteContext &context, const QUuid &replyId);

private:
    struct Entry
    {
        CannedReply reply;
        QString shortcut;  // folded, as are title and body
        QString title;
        QString body;
    };

    struct Candidate
    {
        Match match;
        qint64 groupUses = 0;
    };

    /*! The variant of one reply for \a customerLanguage, when any variant matches. */
    std::optional<Candidate> candidate(const std::vector<std::size_t> &variants, QStringView query,
                                       const QStringList &words, const QString &customerLanguage,
                                       const QString &category) const;
    void groupVariants();

    std::vector<Entry> m_entries;
    std::vector<std::vector<std::size_t>> m_variants;  // indices into m_entries, one list per shortcut
};

}  // namespace Frontline::Models
