// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "labels.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

#include <array>

namespace Frontline::Models {

QString Labels::channel(Channel value)
{
    switch (value) {
    case Channel::Email:
        return tr("Email");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Phone:
        return tr("Phone");
    case Channel::Social:
        return tr("Social");
    case Channel::WebForm:
        return tr("Web form");
    case Channel::Bot:
        return tr("Bot hand-off");
    }
    return {};
}

QString Labels::status(TicketStatus value)
{
    switch (value) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::Pending:
        return tr("Pending");
    case TicketStatus::OnHold:
        return tr("On hold");
    case TicketStatus::Solved:
        return tr("Solved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::priority(Priority value)
{
    switch (value) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString Labels::presence(Presence value)
{
    switch (value) {
    case Presence::Online:
        return tr("Online");
    case Presence::Away:
        return tr("Away");
    case Presence::Busy:
        return tr("Busy");
    case Presence::Offline:
        return tr("Offline");
    }
    return {};
}

QString Labels::role(AgentRole value)
{
    switch (value) {
    case AgentRole::Agent:
        return tr("Agent");
    case AgentRole::Lead:
        return tr("Team lead");
    case AgentRole::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Labels::shortTime(const QLocale &locale, QTime time)
{
    // Qt 6.4 prints CLDR's day-period pattern "B" (used by Chinese locales) literally; AM/PM text
    // ("下午") is what it stands for.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.replace(u'B', QStringLiteral("AP"));
    return locale.toString(time, format);
}

QString Labels::shortDateTime(const QLocale &locale, const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + shortTime(locale, local.time());
}

QColor Labels::slaColour(bool breached)
{
    // Follows the palette the system gives the application, also when it changes at run time.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (breached) {
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    }
    return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
}

QIcon Labels::channelIcon(Channel value)
{
    // Loaded once: 100,000 rows share six icons.
    static const std::array<QIcon, 6> icons{
        QIcon(QStringLiteral(":/channels/email.svg")),   QIcon(QStringLiteral(":/channels/chat.svg")),
        QIcon(QStringLiteral(":/channels/phone.svg")),   QIcon(QStringLiteral(":/channels/social.svg")),
        QIcon(QStringLiteral(":/channels/webform.svg")), QIcon(QStringLiteral(":/channels/bot.svg"))};
    switch (value) {
    case Channel::Email:
        return icons[0];
    case Channel::Chat:
        return icons[1];
    case Channel::Phone:
        return icons[2];
    case Channel::Social:
        return icons[3];
    case Channel::WebForm:
        return icons[4];
    case Channel::Bot:
        return icons[5];
    }
    return {};
}

QIcon Labels::unreadIcon()
{
    static const QIcon icon(QStringLiteral(":/markers/unread.svg"));  // loaded once: every row shares it
    return icon;
}

QIcon Labels::waitingToBeSentIcon()
{
    static const QIcon icon(QStringLiteral(":/markers/pending.svg"));
    return icon;
}

}  // namespace Frontline::Models
