// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuefiltermodel.h"

#include "queuemodel.h"
#include "queuerow.h"

namespace Frontline::Models {

QueueFilterModel::QueueFilterModel(QueueModel *queue, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_queue(queue)
{
    setSourceModel(queue);
    // The queue model sorts itself (fast, on its own rows) and the proxy keeps that order: it never
    // sorts, so "dynamic" only means that a changed ticket is filtered again (claimed: out of Unassigned).
    setDynamicSortFilter(true);
}

QueueFilterModel::~QueueFilterModel() = default;

void QueueFilterModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    QueueFilter trimmed = filter;
    trimmed.text = filter.text.trimmed();
    m_filter = trimmed;
    invalidateRowsFilter();
}

void QueueFilterModel::setAgent(const QUuid &agentId, const QSet<QUuid> &queueIds)
{
    if (agentId == m_agentId && queueIds == m_queueIds) {
        return;
    }
    m_agentId = agentId;
    m_queueIds = queueIds;
    if (m_filter.view != QueueFilter::View::Everything) {
        invalidateRowsFilter();
    }
}

const QueueRow *QueueFilterModel::rowAt(int row) const
{
    const QModelIndex shown = index(row, 0);
    return shown.isValid() ? m_queue->rowAt(mapToSource(shown).row()) : nullptr;
}

int QueueFilterModel::rowOf(const QUuid &ticketId) const
{
    const int source = m_queue->rowOf(ticketId);
    return source < 0 ? -1 : mapFromSource(m_queue->index(source, 0)).row();
}

bool QueueFilterModel::accepts(const QueueRow &row) const
{
    switch (m_filter.view) {
    case QueueFilter::View::Everything:
        break;
    case QueueFilter::View::MyQueues:
        if (!m_queueIds.contains(row.queueId)) {
            return false;
        }
        break;
    case QueueFilter::View::Mine:
        if (m_agentId.isNull() || row.assigneeId != m_agentId) {
            return false;
        }
        break;
    case QueueFilter::View::Unassigned:
        if (!row.assigneeId.isNull()) {
            return false;
        }
        break;
    }
    if ((m_filter.status && row.status != *m_filter.status) ||
        (m_filter.priority && row.priority != *m_filter.priority) ||
        (m_filter.channel && row.channel != *m_filter.channel)) {
        return false;
    }
    const QString &text = m_filter.text;
    if (text.isEmpty()) {
        return true;
    }
    return row.subject.contains(text, Qt::CaseInsensitive) || row.customerName.contains(text, Qt::CaseInsensitive) ||
           (row.number > 0 && QString::number(row.number).startsWith(text));
}

void QueueFilterModel::sort(int column, Qt::SortOrder order)
{
    m_queue->sort(column, order);
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QueueRow *row = sourceParent.isValid() ? nullptr : m_queue->rowAt(sourceRow);
    return row && accepts(*row);
}

}  // namespace Frontline::Models
