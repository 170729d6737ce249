// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one Catch2 runner of every test executable: it creates the Qt application object first, so
// tests can use event loops, timers, item models and widgets.

#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Tests run on machines without a display (CI, catch_discover_tests at build time).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Debug chatter hides the test report; warnings stay visible.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "*.debug=false");
    }
    // Keep tests away from the user's real caches and settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("frontline-tests"));
    return Catch::Session().run(argc, argv);
}
