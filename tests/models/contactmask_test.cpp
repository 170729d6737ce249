// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/contactmask.h>

#include <catch2/catch.hpp>

using namespace Frontline::Models;
using namespace Qt::StringLiterals;

TEST_CASE("An email address is masked down to its name's first and last letter and its domain", "[models][mask]")
{
    const auto [address, masked] = GENERATE(table<QString, QString>({
        {u"wang.fang@example.com"_s, u"w•••g@example.com"_s},
        {u"  Lee@Example.COM "_s, u"L•••e@Example.COM"_s},
        {u"ab@mail.cn"_s, u"••@mail.cn"_s},
        {u"王芳@例子.中国"_s, u"••@例子.中国"_s},
        {u"quote\"d@x@example.org"_s, u"q•••x@example.org"_s},  // the last @ starts the domain
        {u"no-at-sign"_s, u"n•••n"_s},
        {u""_s, u""_s},
    }));
    INFO(address.toStdString());
    CHECK(ContactMask::email(address) == masked);
    CHECK(ContactMask::masked(ContactPoint::Email, address) == masked);
}

TEST_CASE("A phone number keeps its layout, country code and last four digits and hides the rest", "[models][mask]")
{
    const auto [number, masked] = GENERATE(table<QString, QString>({
        {u"+86 138 1234 5678"_s, u"+86 ••• •••• 5678"_s},
        {u"13812345678"_s, u"•••••••5678"_s},
        {u"+886 (02) 2345-6789"_s, u"+886 (••) ••••-6789"_s},
        {u"+1 555 0100"_s, u"+• ••• 0100"_s},  // too short to show the country code as well
        {u"12345"_s, u"••••5"_s},              // a short one shows less of its end
        {u"ext. 12"_s, u"ext. ••"_s},
        {u""_s, u""_s},
    }));
    INFO(number.toStdString());
    CHECK(ContactMask::phone(number) == masked);
    CHECK(ContactMask::masked(ContactPoint::Phone, number) == masked);
}
