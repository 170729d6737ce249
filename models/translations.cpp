// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.translations")
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

Translations::Translations() = default;

Translations::~Translations()
{
    removeAll();
}

void Translations::removeAll()
{
    for (const auto &translator : m_installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
    m_installed.clear();
}

bool Translations::install(const QString &language)
{
    removeAll();
    QLocale::setDefault(QLocale(language));
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/frontline_%1.qm").arg(language))) {
        qCWarning(lc) << "no Frontline translation for" << language;  // English holds plural forms only
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    m_installed.push_back(std::move(own));

    // Qt's own strings (standard buttons, context menus) come from Debian's qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_installed.push_back(std::move(qt));
    }
    return true;
}

}  // namespace Frontline::Models
