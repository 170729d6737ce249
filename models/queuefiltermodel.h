// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>
#include <vector>

namespace Frontline::Models {

class QueueModel;
struct QueueRow;

/*! Which tickets the queue shows, and what the filter box holds. */
struct QueueFilter
{
    enum class View
    {
        Everything,  // every ticket the agent may see (what the cache holds)
        MyQueues,    // tickets of the queues the agent works in
        Mine,        // assigned to the agent
        Unassigned,
    };

    View view = View::Everything;
    QString text;  // in the number, subject or customer, case-insensitive; "tag:refund" or "#refund" words: that tag
    std::optional<TicketStatus> status;
    std::optional<Priority> priority;
    std::optional<Channel> channel;
    QUuid queueId;  // one queue's tickets (a lead's drill-down from the dashboard); null: every queue

    bool operator==(const QueueFilter &) const = default;
};

/*!
    \brief The queue as the agent filters it, over QueueModel.

    Sorting stays the QueueModel's own (sort() is passed on), so the filter only decides which rows
    show; live changes keep their place and the selection as in the unfiltered queue.
*/
class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterModel)

public:
    explicit QueueFilterModel(QueueModel *queue, QObject *parent = nullptr);
    ~QueueFilterModel() override;

    QueueModel *queue() const { return m_queue; }
    const QueueFilter &filter() const { return m_filter; }
    void setFilter(const QueueFilter &filter);
    /*! Who "Mine" and "My queues" mean. */
    void setAgent(const QUuid &agentId, const QSet<QUuid> &queueIds);

    /*! Folds every row's searchable text now (the agent is about to type), not on the first keystroke. */
    void prepare();

    /*! The ticket shown at \a row, or null. */
    const QueueRow *rowAt(int row) const;
    /*! Where \a ticketId is shown, or -1 (not in the cache, or filtered out). */
    int rowOf(const QUuid &ticketId) const;
    /*! Whether \a row passes the view, queue, status, priority and channel (the text is checked apart). */
    bool acceptsFields(const QueueRow &row) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /*! A row's searchable text, folded once (case, accents, width, Traditional to Simplified). */
    struct Haystack
    {
        // The subject and the customer, \x01 between them (it cannot be typed, so a match never spans
        // two fields); then "\x01#" and the number; then each tag between \x02 marks, matched whole.
        QString text;
        int textEnd = 0;   // where the subject and the customer end
        int numberAt = 0;  // where the number's digits start (textEnd when there is no number)
        int tagsAt = 0;    // where the tags start
    };

    const Haystack &haystack(int sourceRow, const QueueRow &row) const;
    bool matchesText(int sourceRow, const QueueRow &row) const;
    /*! Decides every row the coming invalidate() will ask about, on both cores, into m_passed. */
    void decideInParallel();
    void forgetHaystacks()
    {
        m_haystacks.clear();
        m_passed.clear();
    }

    QueueModel *m_queue;
    mutable std::vector<Haystack> m_haystacks;  // by source row; a null text: not built yet
    QString m_needle;                           // the filter's text, folded as the haystacks are
    QStringList m_tagNeedles;                   // "\x02tag\x02" for each tag the text asks for, folded
    // Typing on narrows the last filter: a row it left out stays out, so only the rows shown are tested.
    mutable std::vector<char> m_passed;  // by source row: whether the last filtering let it through
    bool m_narrowing = false;
    bool m_decided = false;  // m_passed already holds this filtering's answers (decideInParallel())
    QueueFilter m_filter;
    QUuid m_agentId;
    QSet<QUuid> m_queueIds;
};

}  // namespace Frontline::Models
