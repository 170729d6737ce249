// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "attentionwatcher.h"

#include "queuemodel.h"
#include "queuerow.h"

#include <algorithm>

namespace Frontline::Models {

std::vector<Attention> AttentionWatcher::look(const QueueModel &queue, const QUuid &me, const QSet<QUuid> &myQueues,
                                              qint64 now)
{
    std::vector<Attention> news;
    QSet<QUuid> mine;
    QHash<QUuid, Seen> slaSeen;
    for (int i = 0; i < queue.rowCount(); ++i) {
        const QueueRow &row = *queue.rowAt(i);
        if (!isActive(row.status) || (!myQueues.isEmpty() && !myQueues.contains(row.queueId))) {
            continue;
        }
        const bool isMine = !me.isNull() && row.assigneeId == me;
        if (isMine) {
            mine.insert(row.id);
            const bool expected = m_expected.remove(row.id);
            if (m_looked && !expected && !m_mine.contains(row.id) && m_options.assignments) {
                news.push_back({Attention::Kind::Assigned, row.id, row.number, row.subject, 0});
            }
        }
        // Someone else's ticket is theirs to watch.
        const qint64 due = row.slaDue();
        if ((!isMine && !row.assigneeId.isNull()) || due == 0) {
            continue;
        }
        const Sla sla = due <= now ? Sla::Breached : due - now <= m_options.dueSoonMs ? Sla::DueSoon : Sla::Fine;
        const auto before = m_slaSeen.constFind(row.id);
        const Sla reported = before != m_slaSeen.cend() && before->due == due ? before->sla : Sla::Fine;
        // At the first look this records the step each ticket is at: what is already late when the
        // window opens is not news.
        slaSeen.insert(row.id, {due, std::max(sla, reported)});
        if (m_looked && m_options.sla && sla > reported) {
            news.push_back({sla == Sla::Breached ? Attention::Kind::SlaBreached : Attention::Kind::SlaDueSoon, row.id,
                            row.number, row.subject, due});
        }
    }
    m_mine = std::move(mine);
    m_slaSeen = std::move(slaSeen);
    m_looked = true;
    return news;
}

}  // namespace Frontline::Models
