// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Frontline::App {

namespace {
class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::App::ClientOptions)

public:
    static QString description() { return tr("Frontline: the offline-first customer-service workstation."); }
    static QString demo() { return tr("Work on generated demo data (the default for now)."); }
    static QString cache() { return tr("Use this cache file instead of the standard one."); }
    static QString tickets() { return tr("Number of demo tickets to generate."); }
    static QString seed() { return tr("Seed of the demo data generator."); }
    static QString language() { return tr("User interface language: en, zh_CN or zh_TW."); }
    static QString screenshot() { return tr("Save a picture of the main window to this PNG file, then quit."); }
    static QString dashboard()
    {
        return tr("Open the team dashboard once signed in (team leads); with --screenshot, the picture is of the "
                  "dashboard.");
    }
    static QString badNumber(const QString &option, const QString &value)
    {
        return tr("--%1 needs a positive whole number, not “%2”.").arg(option, value);
    }
    static QString server() { return tr("Sign in to the Frontline server at URL (ws:// or wss://) and sync with it."); }
    static QString user() { return tr("The user name to sign in with (with --server)."); }
    static QString badServer(const QString &value)
    {
        return tr("--server needs a ws:// or wss:// address such as ws://127.0.0.1:8765, not “%1”.").arg(value);
    }
    static QString needsUser() { return tr("--server needs --user with the user name to sign in with."); }
    static QString badLanguage(const QString &value)
    {
        return tr("Unknown language “%1”: use en, zh_CN or zh_TW.").arg(value);
    }
};
}  // namespace

Models::Result<ClientOptions> ClientOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), Texts::demo());
    const QCommandLineOption cache(QStringLiteral("cache"), Texts::cache(), QStringLiteral("file"));
    const QCommandLineOption tickets(QStringLiteral("tickets"), Texts::tickets(), QStringLiteral("count"),
                                     QStringLiteral("600"));
    const QCommandLineOption seed(QStringLiteral("seed"), Texts::seed(), QStringLiteral("number"),
                                  QStringLiteral("20261123"));
    const QCommandLineOption language(QStringLiteral("language"), Texts::language(), QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), Texts::screenshot(), QStringLiteral("file"));
    const QCommandLineOption server(QStringLiteral("server"), Texts::server(), QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), Texts::user(), QStringLiteral("name"));
    const QCommandLineOption dashboard(QStringLiteral("dashboard"), Texts::dashboard());
    parser.addOptions({demo, cache, tickets, seed, language, screenshot, server, user, dashboard});

    if (!parser.parse(arguments)) {
        return Models::Error{Models::Error::Code::InvalidValue, parser.errorText(), {}};
    }
    ClientOptions options;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        options.helpShown = true;
        parser.isSet(QStringLiteral("help")) ? parser.showHelp(0) : parser.showVersion();
        return options;
    }
    bool ok = false;
    options.demoTickets = parser.value(tickets).toInt(&ok);
    if (!ok || options.demoTickets <= 0 || options.demoTickets > 1'000'000) {
        return Models::Error{
            Models::Error::Code::InvalidValue, Texts::badNumber(tickets.names().first(), parser.value(tickets)), {}};
    }
    options.demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        return Models::Error{
            Models::Error::Code::InvalidValue, Texts::badNumber(seed.names().first(), parser.value(seed)), {}};
    }
    options.language = parser.value(language);
    if (!options.language.isEmpty() &&
        !QStringList{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}.contains(
            options.language)) {
        return Models::Error{Models::Error::Code::InvalidValue, Texts::badLanguage(options.language), {}};
    }
    options.cacheFile = parser.value(cache);
    options.screenshotFile = parser.value(screenshot);
    options.dashboard = parser.isSet(dashboard);
    if (parser.isSet(server)) {
        const QUrl url(parser.value(server), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty()) {
            return Models::Error{Models::Error::Code::InvalidValue, Texts::badServer(parser.value(server)), {}};
        }
        options.username = parser.value(user).trimmed();
        if (options.username.isEmpty()) {
            return Models::Error{Models::Error::Code::InvalidValue, Texts::needsUser(), {}};
        }
        options.server = url;
        options.demo = false;
    }
    return options;
}

}  // namespace Frontline::App
