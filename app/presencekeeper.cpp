// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presencekeeper.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

namespace Frontline::App {

using Models::Presence;
using namespace std::chrono_literals;

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.app.presence")

bool isUserInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        // Only what a person did: not the moves Qt makes up when a window appears under the mouse.
        return event->spontaneous() || event->type() == QEvent::InputMethod;
    default:
        return false;
    }
}

}  // namespace

PresenceKeeper::PresenceKeeper(QObject *parent)
    : QObject(parent)
    , m_idleTimeout(configuredIdleTimeout())
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &PresenceKeeper::checkIdle);
    m_lastInput.start();
}

PresenceKeeper::~PresenceKeeper()
{
    if (m_watching && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

std::chrono::milliseconds PresenceKeeper::configuredIdleTimeout()
{
    bool ok = false;
    const int minutes = QSettings().value(QString::fromLatin1(AwayAfterMinutesKey), DefaultAwayAfterMinutes).toInt(&ok);
    if (!ok || minutes < 0) {
        qCWarning(lc) << AwayAfterMinutesKey << "is not a number of minutes; using" << DefaultAwayAfterMinutes;
        return std::chrono::minutes(DefaultAwayAfterMinutes);
    }
    return std::chrono::minutes(minutes);
}

void PresenceKeeper::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = std::max(timeout, 0ms);
    m_idleTimer.stop();
    armIdleTimer();
}

void PresenceKeeper::start()
{
    if (m_watching || !QCoreApplication::instance()) {
        return;
    }
    m_watching = true;
    QCoreApplication::instance()->installEventFilter(this);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &PresenceKeeper::goOffline);
    m_lastInput.restart();
    armIdleTimer();
}

void PresenceKeeper::choose(Presence presence)
{
    setPresence(presence, false);
    m_lastInput.restart();
    armIdleTimer();
}

void PresenceKeeper::adopt(Presence presence)
{
    m_awayForIdle = false;
    if (presence == m_presence) {
        return;
    }
    m_presence = presence;
    armIdleTimer();  // an agent set Online while away from the keyboard still becomes Away
    emit presenceAdopted(presence);
}

void PresenceKeeper::goOffline()
{
    if (m_watching && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_watching = false;
    m_idleTimer.stop();
    setPresence(Presence::Offline, false);
}

bool PresenceKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event)) {
        onInput();
    }
    return QObject::eventFilter(watched, event);
}

void PresenceKeeper::onInput()
{
    // Called for every key and mouse move: only a clock is restarted, the timer is armed once.
    m_lastInput.restart();
    if (m_awayForIdle) {
        setPresence(Presence::Online, false);  // back at the keyboard
    }
    if (!m_idleTimer.isActive()) {
        armIdleTimer();
    }
}

void PresenceKeeper::armIdleTimer()
{
    // Only an Online agent becomes Away by themselves; Busy, Away chosen and Offline stay.
    if (!m_watching || m_idleTimeout <= 0ms || m_presence != Presence::Online) {
        m_idleTimer.stop();
        return;
    }
    const auto idle = std::chrono::milliseconds(m_lastInput.elapsed());
    m_idleTimer.start(std::max(m_idleTimeout - idle, 0ms));
}

void PresenceKeeper::checkIdle()
{
    if (!m_watching || m_idleTimeout <= 0ms || m_presence != Presence::Online) {
        return;
    }
    if (std::chrono::milliseconds(m_lastInput.elapsed()) < m_idleTimeout) {
        armIdleTimer();  // input came meanwhile: wait the rest of the time from the last one
        return;
    }
    qCDebug(lc) << "no input for" << m_idleTimeout.count() << "ms: away";
    setPresence(Presence::Away, true);
}

void PresenceKeeper::setPresence(Presence presence, bool forIdle)
{
    m_awayForIdle = forIdle;
    if (presence == m_presence) {
        return;
    }
    m_presence = presence;
    emit presenceChanged(presence);
}

}  // namespace Frontline::App
