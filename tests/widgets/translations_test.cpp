// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/commandline.h>
#include <models/queuemodel.h>
#include <models/translations.h>

#include <catch2/catch.hpp>

using namespace Frontline;

namespace {
QString subjectHeader()
{
    const Models::QueueModel model;
    return model.headerData(Models::QueueModel::SubjectColumn, Qt::Horizontal).toString();
}
}  // namespace

TEST_CASE("The interface speaks Simplified and Traditional Chinese", "[app][translations]")
{
    {
        Models::Translations translations;
        REQUIRE(translations.install(QStringLiteral("zh_CN")));
        CHECK(subjectHeader() == u"主题");
        CHECK(Models::QueueModel::tr("%n ticket(s)", nullptr, 3).isEmpty() == false);
        REQUIRE(translations.install(QStringLiteral("zh_TW")));
        CHECK(subjectHeader() == u"主旨");
    }
    CHECK(subjectHeader() == u"Subject");  // uninstalled with the Translations object
}

TEST_CASE("The language follows the system locale unless one is asked for", "[app][translations]")
{
    CHECK(Models::chooseLanguage({}, QLocale(QLocale::Chinese, QLocale::China)) == u"zh_CN");
    CHECK(Models::chooseLanguage({}, QLocale(QLocale::Chinese, QLocale::Taiwan)) == u"zh_TW");
    CHECK(Models::chooseLanguage({}, QLocale(QLocale::Chinese, QLocale::HongKong)) == u"zh_TW");
    CHECK(Models::chooseLanguage(
              {}, QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Singapore)) == u"zh_TW");
    CHECK(Models::chooseLanguage({}, QLocale(QLocale::German, QLocale::Germany)) == u"en");
    CHECK(Models::chooseLanguage(QStringLiteral("zh_TW"), QLocale(QLocale::English)) == u"zh_TW");
}

TEST_CASE("The client's command line rejects bad values with a clear message", "[app][commandline]")
{
    const auto parse = [](QStringList arguments) {
        arguments.prepend(QStringLiteral("frontline"));
        return App::ClientOptions::parse(arguments);
    };
    const auto defaults = parse({});
    REQUIRE(defaults.ok());
    CHECK(defaults->demoTickets == 600);

    const auto big = parse(
        {QStringLiteral("--tickets"), QStringLiteral("100000"), QStringLiteral("--language"), QStringLiteral("zh_CN")});
    REQUIRE(big.ok());
    CHECK(big->demoTickets == 100000);
    CHECK(big->language == u"zh_CN");

    const auto words = parse({QStringLiteral("--tickets"), QStringLiteral("many")});
    REQUIRE_FALSE(words.ok());
    CHECK(words.error().message.contains(QStringLiteral("many")));
    CHECK_FALSE(parse({QStringLiteral("--tickets"), QStringLiteral("-5")}).ok());
    CHECK_FALSE(parse({QStringLiteral("--language"), QStringLiteral("klingon")}).ok());
    CHECK_FALSE(parse({QStringLiteral("--no-such-option")}).ok());
}
