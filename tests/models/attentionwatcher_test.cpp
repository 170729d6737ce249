// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/attentionwatcher.h>
#include <models/queuemodel.h>
#include <models/queuerow.h>

#include <catch2/catch.hpp>
#include <map>

using namespace Frontline::Models;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Start = 1'800'000'000'000;

QueueRow ticket(qint64 number, const QUuid &queue, const QUuid &assignee, qint64 due)
{
    QueueRow row;
    row.id = QUuid::createUuid();
    row.number = number;
    row.subject = QStringLiteral("工单 %1").arg(number);
    row.queueId = queue;
    row.assigneeId = assignee;
    row.status = TicketStatus::Open;
    row.firstResponseDue = due;
    return row;
}

// What is news for which ticket (the order follows the queue's sort, which is not the point here).
std::map<QUuid, Attention::Kind> byTicket(const std::vector<Attention> &news)
{
    std::map<QUuid, Attention::Kind> result;
    for (const Attention &attention : news) {
        result.emplace(attention.ticketId, attention.kind);
    }
    return result;
}

}  // namespace

TEST_CASE("A ticket someone else assigns to the agent is news once; one they claimed themselves is not",
          "[models][attention]")
{
    const QUuid me = QUuid::createUuid();
    const QUuid queue = QUuid::createUuid();
    QueueModel model;
    QueueRow already = ticket(1, queue, me, 0);
    QueueRow handedOver = ticket(2, queue, {}, 0);
    QueueRow claimed = ticket(3, queue, {}, 0);
    model.resetRows({already, handedOver, claimed});
    AttentionWatcher watcher;
    CHECK(watcher.look(model, me, {queue}, Start).empty());  // the first look only learns

    handedOver.assigneeId = me;  // a lead reassigned it
    claimed.assigneeId = me;     // the agent's own claim
    watcher.expectAssignment(claimed.id);
    model.resetRows({already, handedOver, claimed});
    const std::vector<Attention> news = watcher.look(model, me, {queue}, Start + Minute);
    REQUIRE(news.size() == 1);
    CHECK(news.front().kind == Attention::Kind::Assigned);
    CHECK(news.front().ticketId == handedOver.id);
    CHECK(news.front().number == 2);
    CHECK(news.front().subject == handedOver.subject);
    CHECK(watcher.look(model, me, {queue}, Start + 2 * Minute).empty());  // once

    // Switched off in the settings: nothing.
    watcher.setOptions({false, true, 15 * Minute});
    QueueRow another = ticket(4, queue, me, 0);
    model.resetRows({already, handedOver, claimed, another});
    CHECK(watcher.look(model, me, {queue}, Start + 3 * Minute).empty());
}

TEST_CASE("A watched ticket's SLA is news when it comes near and again when it passes, once each",
          "[models][attention]")
{
    const QUuid me = QUuid::createUuid();
    const QUuid colleague = QUuid::createUuid();
    const QUuid queue = QUuid::createUuid();
    const QUuid otherQueue = QUuid::createUuid();
    QueueModel model;
    const QueueRow mine = ticket(10, queue, me, Start + 30 * Minute);
    const QueueRow waiting = ticket(11, queue, {}, Start + 40 * Minute);
    const QueueRow colleagues = ticket(12, queue, colleague, Start + 30 * Minute);
    const QueueRow elsewhere = ticket(13, otherQueue, {}, Start + 30 * Minute);
    const QueueRow lateAlready = ticket(14, queue, me, Start - Minute);
    model.resetRows({mine, waiting, colleagues, elsewhere, lateAlready});
    AttentionWatcher watcher;
    CHECK(watcher.look(model, me, {queue}, Start).empty());  // the late one was late before the window opened

    // 20 minutes on: the agent's ticket is due within 15 minutes; the waiting one not yet.
    std::vector<Attention> news = watcher.look(model, me, {queue}, Start + 20 * Minute);
    REQUIRE(news.size() == 1);
    CHECK(news.front().kind == Attention::Kind::SlaDueSoon);
    CHECK(news.front().ticketId == mine.id);
    CHECK(news.front().due == mine.firstResponseDue);
    CHECK(watcher.look(model, me, {queue}, Start + 21 * Minute).empty());

    // 31 minutes: mine is breached; the waiting one is due soon; the colleague's and another queue's are not ours.
    news = watcher.look(model, me, {queue}, Start + 31 * Minute);
    CHECK(byTicket(news) == std::map<QUuid, Attention::Kind>{{mine.id, Attention::Kind::SlaBreached},
                                                             {waiting.id, Attention::Kind::SlaDueSoon}});

    // A new deadline (the priority changed) starts again.
    QueueRow moved = mine;
    moved.firstResponseDue = Start + 60 * Minute;
    model.resetRows({moved, waiting, colleagues, elsewhere, lateAlready});
    CHECK(watcher.look(model, me, {queue}, Start + 32 * Minute).empty());
    news = watcher.look(model, me, {queue}, Start + 50 * Minute);
    // The waiting one passed; mine is near its new deadline.
    CHECK(byTicket(news) == std::map<QUuid, Attention::Kind>{{mine.id, Attention::Kind::SlaDueSoon},
                                                             {waiting.id, Attention::Kind::SlaBreached}});
}
