// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactmask.h"

namespace Frontline::Models {

namespace {

constexpr int VisiblePhoneDigits = 4;

// Hides all but the first and last character of \a part (all of it when it is that short).
QString hideMiddle(QStringView part)
{
    if (part.size() <= 2) {
        return QString(part.size(), ContactMask::Hidden);
    }
    return part.first(1).toString() + QString(3, ContactMask::Hidden) + part.last(1).toString();
}

}  // namespace

QString ContactMask::masked(ContactPoint point, const QString &value)
{
    return point == ContactPoint::Email ? email(value) : phone(value);
}

QString ContactMask::email(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0) {
        return hideMiddle(trimmed);
    }
    // The domain says which provider or company; it is not what identifies the person.
    return hideMiddle(QStringView(trimmed).first(at)) + trimmed.sliced(at);
}

QString ContactMask::phone(const QString &number)
{
    QString result = number.trimmed();
    qsizetype digits = 0;
    for (const QChar c : result) {
        digits += c.isDigit() ? 1 : 0;
    }
    // The last four digits stay (fewer of a short number), and the country code after a leading "+"
    // (up to three digits) when enough is left hidden between them.
    const qsizetype tail = digits >= 8 ? VisiblePhoneDigits : digits / 3;
    qsizetype keepLeading = 0;
    if (result.startsWith(u'+')) {
        for (qsizetype i = 1; i < result.size() && result[i].isDigit() && keepLeading < 3; ++i) {
            ++keepLeading;
        }
        if (digits - keepLeading - tail < 4) {
            keepLeading = 0;
        }
    }
    qsizetype seen = 0;
    for (QChar &c : result) {
        if (!c.isDigit()) {
            continue;
        }
        ++seen;
        if (seen > keepLeading && seen <= digits - tail) {
            c = Hidden;
        }
    }
    return result;
}

}  // namespace Frontline::Models
