// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"

#include <QCoreApplication>
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
};

}  // namespace Frontline::Models
