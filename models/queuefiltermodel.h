// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QSet>
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
    show, in the queue's order; live changes keep their place and the selection as in the unfiltered
    queue. A ticket that changes is filtered again (claimed: out of Unassigned).

    Its own proxy rather than QSortFilterProxyModel: at 100,000 rows that one rebuilds its mapping
    through a virtual call per row after every keystroke and maps every changed row through hashes;
    here each source row's answer is kept in a vector, decided on both cores, and the rows shown are
    one vector of source rows.
*/
class QueueFilterModel final : public QAbstractProxyModel
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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

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

    /*! What changed in the filter, and so what a row is tested for again. */
    enum class Refilter
    {
        Everything,  // the view, queue, status, priority or channel (and perhaps the text)
        Text,        // only the text
        Narrowing,   // only the text, and it asks for more than before: only the rows shown are tested
    };

    const Haystack &haystack(int sourceRow) const;
    bool matchesText(int sourceRow) const;
    /*! Tests one row from scratch, noting its fields' answer. */
    bool passes(int sourceRow);
    /*! Decides rows [\a from, \a to) into m_passed (and m_fieldsPassed when the fields changed). */
    void decide(int from, int to, Refilter what);
    /*! Decides every row again (on both cores when there are many) and shows the result in one layout change. */
    void refilter(Refilter what);
    /*! m_shown and m_proxyRow from m_passed. */
    void remap();
    void resizeToQueue();

    void sourceDataChanged(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceReset();
    /*! Shows source row \a sourceRow, which was filtered out. */
    void showRow(int sourceRow);
    /*! Stops showing source row \a sourceRow, which was shown. */
    void hideRow(int sourceRow);

    QueueModel *m_queue;
    mutable std::vector<Haystack> m_haystacks;  // by source row; a null text: not built yet
    QString m_needle;                           // the filter's text, folded as the haystacks are
    QStringList m_tagNeedles;                   // "\x02tag\x02" for each tag the text asks for, folded
    std::vector<char> m_passed;                 // by source row: whether it passes the filter
    std::vector<char> m_fieldsPassed;           // by source row: whether it passes acceptsFields()
    std::vector<int> m_shown;                   // by proxy row: the source row shown there, in the queue's order
    std::vector<int> m_proxyRow;                // by source row: where it is shown, or -1
    QueueFilter m_filter;
    QUuid m_agentId;
    QSet<QUuid> m_queueIds;
    // Across a source layout change (a sort): the persistent indexes and the source rows they showed.
    QModelIndexList m_layoutIndexes;
    QList<QPersistentModelIndex> m_layoutSources;
};

}  // namespace Frontline::Models
