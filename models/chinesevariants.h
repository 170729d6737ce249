// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace Frontline::Models {

/*!
    \brief Folds Traditional Chinese characters to their Simplified form, character by character, so
    that search finds 退貨 for 退货 and 资讯 for 資訊.

    The table comes from OpenCC's Traditional-to-Simplified conversion (t2s), applied to every CJK
    character once, the first time it is needed. Character by character rather than phrase by phrase:
    a document and a query must fold the same characters the same way, whatever surrounds them.
*/
class ChineseVariants final
{
public:
    /*! The Simplified form of \a c; \a c itself when it has none (or OpenCC is not available). */
    static char32_t toSimplified(char32_t c);
    static QString toSimplified(QStringView text);
    /*! Whether OpenCC's table was loaded (false: folding does nothing, and a warning was logged). */
    static bool isAvailable();
};

}  // namespace Frontline::Models
