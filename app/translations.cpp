// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace Frontline::App {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.app.translations")
}

QString chooseLanguage(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty()) {
        return requested;
    }
    if (system.language() != QLocale::Chinese) {
        return QStringLiteral("en");
    }
    const bool traditional = system.script() == QLocale::TraditionalChineseScript ||
                             system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong ||
                             system.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == u"en") {
        return true;  // English is the source language
    }
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/frontline_%1.qm").arg(language))) {
        qCWarning(lc) << "no Frontline translation for" << language;
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, context menus) come from Debian's qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

}  // namespace Frontline::App
