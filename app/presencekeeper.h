// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Frontline::App {

/*!
    \brief The agent's presence over time: what they chose, Away when they left the keyboard, Offline on quitting.

    Watches the application's input (keys, mouse, wheel, touch). After idleTimeout() without any, an Online agent
    becomes Away, and Online again with the next input; Busy and an Away the agent chose stay as they are. When
    the application quits it says Offline (the outbox keeps that if the connection is gone; the server marks an
    agent offline anyway when their last connection goes). Every change is presenceChanged(), which main.cpp
    hands on as a set_presence mutation and a presence frame.
*/
class PresenceKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceKeeper)

public:
    /*! The QSettings key of the minutes without input before Away (0: never). */
    static constexpr const char *AwayAfterMinutesKey = "presence/awayAfterMinutes";
    static constexpr int DefaultAwayAfterMinutes = 5;

    /*! Starts Online, with the idle time from the settings. */
    explicit PresenceKeeper(QObject *parent = nullptr);
    ~PresenceKeeper() override;

    /*! The idle time before Away; zero: never. */
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    /*! The idle time the settings ask for (minutes, AwayAfterMinutesKey). */
    static std::chrono::milliseconds configuredIdleTimeout();

    /*! Starts watching the application's input, and its quitting. */
    void start();

    Models::Presence presence() const { return m_presence; }
    /*! Away because the agent left the keyboard (not by their choice): the next input makes them Online. */
    bool isAwayForIdle() const { return m_awayForIdle; }

    /*! The agent chose \a presence: kept until they choose again (only an Online agent becomes Away when idle). */
    void choose(Frontline::Models::Presence presence);
    /*! The application quits: Offline, and no more watching. */
    void goOffline();
    /*!
        Someone else set the agent's presence (a team lead): kept as if the agent had chosen it, but
        reported as presenceAdopted(), since the server has it already.
    */
    void adopt(Frontline::Models::Presence presence);

signals:
    void presenceChanged(Frontline::Models::Presence presence);
    void presenceAdopted(Frontline::Models::Presence presence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInput();
    void checkIdle();
    void armIdleTimer();
    void setPresence(Models::Presence presence, bool forIdle);

    QTimer m_idleTimer;
    QElapsedTimer m_lastInput;
    std::chrono::milliseconds m_idleTimeout;
    Models::Presence m_presence = Models::Presence::Online;
    bool m_awayForIdle = false;
    bool m_watching = false;
};

}  // namespace Frontline::App
