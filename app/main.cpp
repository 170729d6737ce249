// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// frontline: wires the local cache, the demo data and the main window together.

#include "commandline.h"
#include "mainwindow.h"
#include <models/translations.h>

#include <models/cachelocation.h>
#include <models/demodata.h>
#include <models/demoseeder.h>
#include <models/localstore.h>
#include <models/queuemodel.h>

#include <QApplication>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Frontline;

namespace {

// Demo data older than this is generated anew, so SLA deadlines look like a real working day.
constexpr qint64 demoMaxAgeMs = 6 * 60 * 60 * 1000;

int fail(const QString &message)
{
    std::fprintf(stderr, "frontline: %s\n", qPrintable(message));
    if (QGuiApplication::platformName() != u"offscreen" && QGuiApplication::platformName() != u"minimal") {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Frontline"), message);
    }
    return 1;
}

// Saves the window as a picture once it shows its tickets, then quits (documentation screenshots).
void screenshotWhenLoaded(App::MainWindow &window, const QString &file)
{
    auto taken = std::make_shared<bool>(false);
    QObject::connect(&window, &App::MainWindow::ticketsLoaded, &window, [&window, file, taken](int count) {
        if (count == 0 || *taken) {
            return;  // demo data is still being generated, or the picture is already being taken
        }
        *taken = true;
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            std::fprintf(stderr, "frontline: %s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("frontline"));
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/frontline.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("frontline"));

    const Models::Result<App::ClientOptions> options = App::ClientOptions::parse(QApplication::arguments());
    if (!options) {
        return fail(options.error().message);
    }
    Models::Translations translations;
    translations.install(Models::chooseLanguage(options->language));

    const QString cacheFile =
        options->cacheFile.isEmpty() ? Models::CacheLocation::demoCacheFile() : options->cacheFile;
    auto store = Models::LocalStore::open(cacheFile);
    if (!store) {
        return fail(store.error().message);
    }

    App::MainWindow window(**store);
    if (!options->screenshotFile.isEmpty()) {
        screenshotWhenLoaded(window, options->screenshotFile);
    }
    window.show();

    Models::DemoDataOptions demo;
    demo.seed = options->demoSeed;
    demo.tickets = options->demoTickets;
    window.showActivity(QCoreApplication::translate("main", "Preparing demo data…"));
    QFutureWatcher<Models::Status> seeding;
    QObject::connect(&seeding, &QFutureWatcher<Models::Status>::finished, &window, [&seeding, &window] {
        const Models::Status status = seeding.result();
        window.showActivity(status ? QCoreApplication::translate("main", "Demo data · working from the local cache")
                                   : QCoreApplication::translate("main", "Demo data could not be prepared: %1")
                                         .arg(status.error().message));
        if (status && window.queueModel()->rowCount() > 0) {
            emit window.ticketsLoaded(window.queueModel()->rowCount());
        }
    });
    seeding.setFuture(Models::ensureDemoData(**store, demo, demoMaxAgeMs));

    return QApplication::exec();
}
