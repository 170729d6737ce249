// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace Frontline::Models {

/*!
    Picks the interface language: \a requested ("en", "zh_CN", "zh_TW") or, when empty, the one that
    fits \a system best — Traditional Chinese for Taiwan, Hong Kong, Macao and Hant scripts,
    Simplified for other Chinese locales, English otherwise.
*/
QString chooseLanguage(const QString &requested, const QLocale &system = QLocale::system());

/*! The installed interface translations; they are removed again when this object goes. */
class Translations final
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /*! Installs Frontline's and Qt's own translations for \a language; false if Frontline has none. */
    bool install(const QString &language);

private:
    void removeAll();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

}  // namespace Frontline::Models
