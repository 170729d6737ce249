// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enums.h"

#include <QString>

namespace Frontline::Models {

/*!
    \brief How a customer's contact points look until an agent reveals them.

    Enough stays visible to tell two contact points apart and to confirm one a customer reads out
    (the first and last character of an email's name and its domain; a phone number's country code and
    last four digits), the rest is hidden. Layout characters (spaces, dashes, brackets) are kept, so a
    masked number still reads as a number. Works on any text, including broken input: nothing throws,
    nothing is looked up.
*/
class ContactMask final
{
public:
    static QString masked(ContactPoint point, const QString &value);
    static QString email(const QString &address);
    static QString phone(const QString &number);

    static constexpr QChar Hidden = u'•';
};

}  // namespace Frontline::Models
