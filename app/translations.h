// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Frontline::App {

/*!
    Picks the interface language: \a requested ("en", "zh_CN", "zh_TW") or, when empty, the one that
    fits \a system best — Traditional Chinese for Taiwan, Hong Kong, Macao and Hant scripts,
    Simplified for other Chinese locales, English otherwise.
*/
QString chooseLanguage(const QString &requested, const QLocale &system = QLocale::system());

/*! Installs Frontline's and Qt's own translations for \a language; returns false if none was found. */
bool installTranslations(QCoreApplication &app, const QString &language);

}  // namespace Frontline::App
