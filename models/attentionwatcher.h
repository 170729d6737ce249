// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>

#include <vector>

namespace Frontline::Models {

class QueueModel;

/*! Something the agent should hear about while they are not looking at the window. */
struct Attention
{
    enum class Kind
    {
        Assigned,    // someone gave the agent this ticket
        SlaDueSoon,  // its SLA deadline is near
        SlaBreached  // its SLA deadline passed
    };

    Kind kind = Kind::Assigned;
    QUuid ticketId;
    qint64 number = 0;  // 0: not numbered by the server yet
    QString subject;
    qint64 due = 0;  // the SLA deadline, ms since the epoch (SLA kinds)

    bool operator==(const Attention &) const = default;
};

/*!
    \brief Finds what changed for the agent since the last look at the queue: tickets newly assigned to
    them, and tickets of theirs or waiting in their queues whose SLA deadline came near or passed.

    Each ticket is reported once per step (due soon, then breached; a new deadline, after a priority
    change, starts again). The first look only learns the queue as it is: opening the window does not
    replay what was already there. Claims and Take next the agent made themselves are not news to them
    (expectAssignment()).
*/
class AttentionWatcher final
{
public:
    struct Options
    {
        bool assignments = true;
        bool sla = true;
        qint64 dueSoonMs = 15 * 60 * 1000;
    };

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    /*! The agent is taking \a ticketId themselves: its assignment is not reported. */
    void expectAssignment(const QUuid &ticketId) { m_expected.insert(ticketId); }

    /*! \a myQueues: the agent's queues (empty: every queue); \a now: ms since the epoch. */
    std::vector<Attention> look(const QueueModel &queue, const QUuid &me, const QSet<QUuid> &myQueues, qint64 now);

private:
    enum class Sla
    {
        Fine,
        DueSoon,
        Breached
    };
    struct Seen
    {
        qint64 due = 0;
        Sla sla = Sla::Fine;
    };

    Options m_options;
    bool m_looked = false;
    QSet<QUuid> m_mine;            // active tickets assigned to the agent at the last look
    QSet<QUuid> m_expected;        // claimed or taken by the agent, not yet seen as theirs
    QHash<QUuid, Seen> m_slaSeen;  // tickets the agent watches, with the SLA step last reported
};

}  // namespace Frontline::Models
