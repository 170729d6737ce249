// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <chrono>
#include <deque>
#include <set>
#include <unordered_map>
#include <utility>

namespace Frontline::Server {

/*!
 * An event dispatcher for the server's threads that waits with Linux's epoll(7).
 *
 * Qt's own dispatchers (poll(2), or GLib's, which polls too) hand the kernel every socket of the thread
 * on each turn of the event loop, so a turn costs time in proportion to the connections held: with 500
 * sessions that was a third of the server thread's CPU (docs/PERFORMANCE.md). epoll keeps the interest
 * list in the kernel and returns only what is ready. Posted events, timers and socket notifiers behave
 * as with Qt's UNIX dispatcher: level-triggered notifiers, a notifier switched off during a turn is not
 * activated, a timer is not fired again from a nested event loop inside its own handler.
 *
 * Coarse and very coarse timers are kept as precisely as precise ones. Not for GUI threads, whose
 * platform plugin brings its own dispatcher. Only on Linux: elsewhere isValid() is false.
 */
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

    /*! False when the kernel refused the epoll or eventfd descriptor; such a dispatcher must not be installed. */
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    /*! The notifiers of one descriptor: epoll watches a descriptor once, for all of them. */
    struct Watched
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        bool inEpoll = false;
        bool alwaysReady = false;  // epoll refuses it (a regular file): ready on every turn, as poll(2) says
    };

    struct Timer
    {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        Clock::time_point due;
        bool firing = false;  // its handler is running: a nested event loop does not fire it again
    };

    void watch(int fd, Watched &watched);
    std::chrono::nanoseconds timeUntilNextTimer() const;
    int wait(std::chrono::nanoseconds timeout, bool includeNotifiers);
    void markPending(QSocketNotifier *notifier);
    void markReady(int fd, quint32 events);
    int activateSocketNotifiers();
    int activateTimers();
    void schedule(int timerId, Timer &timer, Clock::time_point due);
    void drainWakeUps();

    int m_epoll = -1;
    int m_wake = -1;  // an eventfd: wakeUp() from any thread makes epoll_wait return
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_interrupted{false};

    QHash<int, Watched> m_watched;
    int m_alwaysReady = 0;                    // how many of m_watched epoll refused
    std::deque<QSocketNotifier *> m_pending;  // to activate on this turn, in order; null once unregistered

    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<Clock::time_point, int>> m_timersByDue;
};

}  // namespace Frontline::Server
