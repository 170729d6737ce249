// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QString>

namespace Frontline::Models {

/*! Translated names of the domain's enum values, as people read them. */
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Models::Labels)

public:
    static QString channel(Channel value);
    static QString status(TicketStatus value);
    static QString priority(Priority value);
    static QString presence(Presence value);
    static QString role(AgentRole value);

    /*! A time of day as \a locale writes it briefly ("16:01", "下午4:01"). */
    static QString shortTime(const QLocale &locale, QTime time);
    /*! A date and time as \a locale writes them briefly, in local time. */
    static QString shortDateTime(const QLocale &locale, const QDateTime &when);

    /*!
        The text colour of an SLA past its deadline (\a breached) or close to it, readable on the
        application palette's base colour: deep tones on a light palette, light ones on a dark palette.
    */
    static QColor slaColour(bool breached);
    /*! The channel's icon (an envelope, a speech bubble, a handset, …), the same for every row. */
    static QIcon channelIcon(Channel value);
    /*! The queue's markers: a dot before an unread ticket's subject, a clock before a number waiting to be sent. */
    static QIcon unreadIcon();
    static QIcon waitingToBeSentIcon();
};

}  // namespace Frontline::Models
