// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "attentionnotifier.h"

#include <models/queuemodel.h>

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace Frontline::App {

namespace {

constexpr int LookIntervalMs = 30'000;
constexpr int SettleMs = 500;
const QString AssignmentsKey = QStringLiteral("notifications/assignments");
const QString SlaKey = QStringLiteral("notifications/sla");

QString ticketName(const Models::Attention &attention)
{
    return attention.number > 0 ? AttentionNotifier::tr("#%1 %2").arg(attention.number).arg(attention.subject)
                                : attention.subject;
}

}  // namespace

AttentionNotifier::AttentionNotifier(const Models::QueueModel &queue, QWidget &window, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_window(window)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(LookIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AttentionNotifier::look);
    m_timer.start();
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &AttentionNotifier::look);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&m_queue, signal, &m_settle, qOverload<>(&QTimer::start));
    }
    connect(&m_queue, &QAbstractItemModel::dataChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_queue, &QAbstractItemModel::modelReset, &m_settle, qOverload<>(&QTimer::start));
    applySettings();
}

AttentionNotifier::~AttentionNotifier() = default;

void AttentionNotifier::setAgent(const QUuid &agentId, const QSet<QUuid> &queues)
{
    m_agentId = agentId;
    m_queues = queues;
}

void AttentionNotifier::addMenu(QMenu &settings)
{
    m_menu = settings.addMenu(QString());
    m_menu->setObjectName(QStringLiteral("notificationsMenu"));
    m_assignments = m_menu->addAction(QString());
    m_assignments->setObjectName(QStringLiteral("notifyAssignments"));
    m_sla = m_menu->addAction(QString());
    m_sla->setObjectName(QStringLiteral("notifySla"));
    const QSettings stored;
    for (auto [action, key] : {std::pair(m_assignments, AssignmentsKey), std::pair(m_sla, SlaKey)}) {
        action->setCheckable(true);
        action->setChecked(stored.value(key, true).toBool());
        connect(action, &QAction::toggled, this, [this, key = key](bool on) {
            QSettings().setValue(key, on);
            applySettings();
        });
    }
    retranslate();
}

void AttentionNotifier::retranslate()
{
    if (!m_menu) {
        return;
    }
    m_menu->setTitle(tr("&Notifications"));
    m_assignments->setText(tr("When a Ticket Is &Assigned to Me"));
    m_assignments->setToolTip(tr("A desktop notification when someone else gives you a ticket"));
    m_sla->setText(tr("When an &SLA Deadline Is Near or Missed"));
    m_sla->setToolTip(tr("A desktop notification when one of your tickets, or one waiting in your queues, is "
                         "due within 15 minutes or past its deadline"));
}

void AttentionNotifier::applySettings()
{
    const QSettings stored;
    Models::AttentionWatcher::Options options = m_watcher.options();
    options.assignments = stored.value(AssignmentsKey, true).toBool();
    options.sla = stored.value(SlaKey, true).toBool();
    m_watcher.setOptions(options);
}

void AttentionNotifier::look()
{
    // Looking keeps the watcher's picture current even while the agent watches the window.
    const std::vector<Models::Attention> news = m_watcher.look(m_queue, m_agentId, m_queues, m_clock());
    if (news.empty() || m_window.isActiveWindow()) {
        return;
    }
    const bool assigned = std::all_of(news.begin(), news.end(), [](const Models::Attention &attention) {
        return attention.kind == Models::Attention::Kind::Assigned;
    });
    const bool slaOnly = std::none_of(news.begin(), news.end(), [](const Models::Attention &attention) {
        return attention.kind == Models::Attention::Kind::Assigned;
    });
    const QString title = assigned  ? tr("New ticket(s) for you", nullptr, int(news.size()))
                          : slaOnly ? tr("SLA deadline(s)", nullptr, int(news.size()))
                                    : tr("Frontline");
    emit notify(title, bodyOf(news));
}

QString AttentionNotifier::bodyOf(const std::vector<Models::Attention> &news) const
{
    if (news.size() > 3) {
        const auto count = [&news](Models::Attention::Kind kind) {
            return int(std::count_if(news.begin(), news.end(),
                                     [kind](const Models::Attention &attention) { return attention.kind == kind; }));
        };
        QStringList parts;
        if (const int n = count(Models::Attention::Kind::Assigned)) {
            parts << tr("%n ticket(s) assigned to you", nullptr, n);
        }
        if (const int n = count(Models::Attention::Kind::SlaDueSoon)) {
            parts << tr("%n ticket(s) due soon", nullptr, n);
        }
        if (const int n = count(Models::Attention::Kind::SlaBreached)) {
            parts << tr("%n ticket(s) past the SLA", nullptr, n);
        }
        return parts.join(u'\n');
    }
    QStringList lines;
    const QLocale locale;
    for (const Models::Attention &attention : news) {
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(attention.due).time(), QLocale::ShortFormat);
        switch (attention.kind) {
        case Models::Attention::Kind::Assigned:
            lines << tr("Assigned to you: %1").arg(ticketName(attention));
            break;
        case Models::Attention::Kind::SlaDueSoon:
            lines << tr("Due at %1: %2").arg(when, ticketName(attention));
            break;
        case Models::Attention::Kind::SlaBreached:
            lines << tr("Past the SLA since %1: %2").arg(when, ticketName(attention));
            break;
        }
    }
    return lines.join(u'\n');
}

}  // namespace Frontline::App
