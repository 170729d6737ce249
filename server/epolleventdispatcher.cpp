// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstring>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Frontline::Server {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.server.eventloop", QtInfoMsg)

constexpr int maxEventsPerTurn = 256;

timespec toTimespec(std::chrono::nanoseconds duration)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration);
    return timespec{static_cast<time_t>(seconds.count()), static_cast<long>((duration - seconds).count())};
}

// epoll_pwait2 takes the timeout in nanoseconds (Linux 5.11); on older kernels the millisecond call,
// rounded up so that a timer never fires early.
int epollWait(int epoll, epoll_event *events, int capacity, std::chrono::nanoseconds timeout)
{
    static std::atomic<bool> nanosecondsUnsupported{false};
    if (!nanosecondsUnsupported.load(std::memory_order_relaxed)) {
        const timespec precise = toTimespec(timeout);
        const int ready = epoll_pwait2(epoll, events, capacity, timeout.count() < 0 ? nullptr : &precise, nullptr);
        if (ready >= 0 || errno != ENOSYS) {
            return ready;
        }
        nanosecondsUnsupported.store(true, std::memory_order_relaxed);
    }
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(timeout).count();
    return epoll_wait(epoll, events, capacity,
                      timeout.count() < 0 ? -1 : static_cast<int>(std::min<qint64>(ms, INT_MAX)));
}
}  // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0) {
        qCWarning(lc) << "cannot create the epoll or eventfd descriptor:" << std::strerror(errno);
        return;
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0) {
        qCWarning(lc) << "cannot watch the wake-up descriptor:" << std::strerror(errno);
        close(m_wake);
        m_wake = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wake >= 0) {
        close(m_wake);
    }
    if (m_epoll >= 0) {
        close(m_epoll);
    }
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool mayWait =
        flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    if (mayWait) {
        emit aboutToBlock();
    }
    if (m_interrupted.load(std::memory_order_relaxed)) {
        return false;
    }
    std::chrono::nanoseconds timeout{0};
    if (mayWait && !(includeNotifiers && m_alwaysReady > 0)) {
        timeout = includeTimers ? timeUntilNextTimer() : std::chrono::nanoseconds(-1);
    }
    int handled = wait(timeout, includeNotifiers);
    if (includeNotifiers) {
        handled += activateSocketNotifiers();
    }
    if (includeTimers) {
        handled += activateTimers();
    }
    return handled > 0;
}

// Waits up to timeout (negative: until something happens) and marks the ready notifiers; returns 1 when
// woken up by wakeUp(), for posted events.
int EpollEventDispatcher::wait(std::chrono::nanoseconds timeout, bool includeNotifiers)
{
    if (!includeNotifiers) {
        // The sockets stay in the epoll set, which would report them at once: wait for a wake-up only.
        pollfd wake{m_wake, POLLIN, 0};
        const timespec limit = toTimespec(timeout);
        if (ppoll(&wake, 1, timeout.count() < 0 ? nullptr : &limit, nullptr) > 0) {
            drainWakeUps();
            return 1;
        }
        return 0;
    }
    std::array<epoll_event, maxEventsPerTurn> events{};
    const int ready = epollWait(m_epoll, events.data(), maxEventsPerTurn, timeout);
    if (ready < 0 && errno != EINTR) {
        qCWarning(lc) << "epoll_wait failed:" << std::strerror(errno);
    }
    int woken = 0;
    for (int i = 0; i < ready; ++i) {
        if (events[static_cast<size_t>(i)].data.fd == m_wake) {
            drainWakeUps();
            woken = 1;
        } else {
            markReady(events[static_cast<size_t>(i)].data.fd, events[static_cast<size_t>(i)].events);
        }
    }
    if (m_alwaysReady > 0) {
        for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
            if (it->alwaysReady) {
                markReady(it.key(), EPOLLIN | EPOLLOUT);
            }
        }
    }
    return woken;
}

// Read first, then clear the flag: cleared first, a wakeUp() in between would write, the read would
// take its count, and the flag would stay set with nothing to read, so no later wakeUp() would write again.
// A wakeUp() between the read and the clearing writes nothing, which is fine: its event was posted before
// it, and the next turn starts by sending the posted events.
void EpollEventDispatcher::drainWakeUps()
{
    quint64 count = 0;
    while (read(m_wake, &count, sizeof count) < 0 && errno == EINTR) {
    }
    m_wakePending.store(false, std::memory_order_release);
}

// The same readiness as Qt's poll(2) dispatcher gives: a hang-up or an error wakes the reader, an error the
// writer as well.
void EpollEventDispatcher::markReady(int fd, quint32 events)
{
    const auto it = m_watched.constFind(fd);
    if (it == m_watched.cend()) {
        return;  // unregistered by a handler earlier in this turn
    }
    if (it->read && (events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
        markPending(it->read);
    }
    if (it->write && (events & (EPOLLOUT | EPOLLERR))) {
        markPending(it->write);
    }
    if (it->exception && (events & EPOLLPRI)) {
        markPending(it->exception);
    }
}

void EpollEventDispatcher::markPending(QSocketNotifier *notifier)
{
    // A nested event loop may see the descriptor ready again before the outer turn has activated it.
    if (std::find(m_pending.cbegin(), m_pending.cend(), notifier) == m_pending.cend()) {
        m_pending.push_back(notifier);
    }
}

int EpollEventDispatcher::activateSocketNotifiers()
{
    int activated = 0;
    // Taken from the front one at a time, so that a nested event loop in a handler carries on with the
    // same list and nothing is activated twice.
    while (!m_pending.empty()) {
        QSocketNotifier *notifier = m_pending.front();
        m_pending.pop_front();
        if (notifier) {
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            ++activated;
        }
    }
    return activated;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    if (fd < 0) {
        return;
    }
    Watched &watched = m_watched[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watched.read = notifier;
        break;
    case QSocketNotifier::Write:
        watched.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watched.exception = notifier;
        break;
    }
    watch(fd, watched);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    std::replace(m_pending.begin(), m_pending.end(), notifier, static_cast<QSocketNotifier *>(nullptr));
    const int fd = static_cast<int>(notifier->socket());
    const auto it = m_watched.find(fd);
    if (it == m_watched.end()) {
        return;
    }
    for (QSocketNotifier **slot : {&it->read, &it->write, &it->exception}) {
        if (*slot == notifier) {
            *slot = nullptr;
        }
    }
    watch(fd, *it);
}

// Brings the kernel's interest in fd in line with its notifiers (and forgets a descriptor without any).
void EpollEventDispatcher::watch(int fd, Watched &watched)
{
    epoll_event event{};
    event.events =
        (watched.read ? EPOLLIN : 0u) | (watched.write ? EPOLLOUT : 0u) | (watched.exception ? EPOLLPRI : 0u);
    event.data.fd = fd;
    if (event.events == 0) {
        if (watched.inEpoll) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);  // fails harmlessly when fd was closed already
        }
        m_alwaysReady -= watched.alwaysReady ? 1 : 0;
        m_watched.remove(fd);
        return;
    }
    if (watched.alwaysReady) {
        return;
    }
    int result = epoll_ctl(m_epoll, watched.inEpoll ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event);
    if (result != 0 && errno == ENOENT) {
        result = epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);  // closed and reused since we added it
    } else if (result != 0 && errno == EEXIST) {
        result = epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    }
    if (result == 0) {
        watched.inEpoll = true;
    } else if (errno == EPERM) {
        watched.inEpoll = false;
        watched.alwaysReady = true;
        ++m_alwaysReady;
    } else {
        qCWarning(lc) << "cannot watch descriptor" << fd << ":" << std::strerror(errno);
    }
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerId < 1 || interval < 0 || !object) {
        qCWarning(lc) << "registerTimer: invalid arguments";
        return;
    }
    unregisterTimer(timerId);
    Timer &timer = m_timers[timerId];
    timer.object = object;
    timer.intervalMs = interval;
    timer.type = timerType;
    schedule(timerId, timer, Clock::now() + std::chrono::milliseconds(interval));
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, Clock::time_point due)
{
    m_timersByDue.erase({timer.due, timerId});
    timer.due = due;
    m_timersByDue.insert({due, timerId});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end()) {
        return false;
    }
    m_timersByDue.erase({it->second.due, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            m_timersByDue.erase({it->second.due, it->first});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object) {
            timers.append(TimerInfo(id, static_cast<int>(timer.intervalMs), timer.type));
        }
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end()) {
        return -1;
    }
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(it->second.due - Clock::now()).count();
    return static_cast<int>(std::clamp<qint64>(left, 0, INT_MAX));
}

// Negative: no timer to wait for. A timer whose handler is running does not count.
std::chrono::nanoseconds EpollEventDispatcher::timeUntilNextTimer() const
{
    for (const auto &[due, id] : m_timersByDue) {
        if (!m_timers.at(id).firing) {
            return std::max(std::chrono::nanoseconds(0), due - Clock::now());
        }
    }
    return std::chrono::nanoseconds(-1);
}

int EpollEventDispatcher::activateTimers()
{
    const Clock::time_point now = Clock::now();
    // Only the timers due at the start: a slow handler must not make this turn endless.
    std::vector<int> due;
    for (auto it = m_timersByDue.cbegin(); it != m_timersByDue.cend() && it->first <= now; ++it) {
        due.push_back(it->second);
    }
    int fired = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.firing || it->second.due > now) {
            continue;  // killed, restarted or running in an outer loop meanwhile
        }
        Timer &timer = it->second;
        // Scheduled before the handler runs, so remainingTime() in it sees the next one; a timer that fell
        // behind skips what it missed instead of firing in a burst.
        Clock::time_point next = timer.due + std::chrono::milliseconds(timer.intervalMs);
        if (next < now) {
            next = now + std::chrono::milliseconds(timer.intervalMs);
        }
        schedule(id, timer, next);
        timer.firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer.object, &event);
        ++fired;
        if (const auto again = m_timers.find(id); again != m_timers.end()) {
            again->second.firing = false;
        }
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel)) {
        const quint64 one = 1;
        while (write(m_wake, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

}  // namespace Frontline::Server
