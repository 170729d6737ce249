// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/attentionwatcher.h>

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Frontline::Models {
class QueueModel;
}

namespace Frontline::App {

/*!
    \brief Desktop notifications for the agent: tickets assigned to them by someone else, and SLA
    deadlines of their tickets or of tickets waiting in their queues coming near or passing.

    Looks at the queue after every change and every 30 s (deadlines come near without any change).
    Only while \a window is not the active window: an agent looking at the queue sees it already.
    Several pieces of news at once become one notification. Each kind can be switched off in
    Settings ▸ Notifications (kept in QSettings under "notifications/").
*/
class AttentionNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionNotifier)

public:
    using Clock = std::function<qint64()>;  // ms since the epoch

    AttentionNotifier(const Models::QueueModel &queue, QWidget &window, QObject *parent = nullptr);
    ~AttentionNotifier() override;

    void setAgent(const QUuid &agentId, const QSet<QUuid> &queues);
    /*! The agent takes \a ticketId themselves (Claim, Take next): not news. */
    void expectAssignment(const QUuid &ticketId) { m_watcher.expectAssignment(ticketId); }
    /*! Adds the Notifications submenu to \a settings. */
    void addMenu(QMenu &settings);
    void retranslate();
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /*! Looks now (also what the timer and queue changes do). */
    void look();

signals:
    /*! Show this to the agent (the tray's message, where there is a tray). */
    void notify(const QString &title, const QString &body);

private:
    void applySettings();
    QString bodyOf(const std::vector<Models::Attention> &news) const;

    const Models::QueueModel &m_queue;
    QWidget &m_window;
    Models::AttentionWatcher m_watcher;
    QUuid m_agentId;
    QSet<QUuid> m_queues;
    QTimer m_timer;
    QTimer m_settle;  // a burst of queue changes is looked at once
    Clock m_clock;
    QMenu *m_menu = nullptr;
    QAction *m_assignments = nullptr;
    QAction *m_sla = nullptr;
};

}  // namespace Frontline::App
