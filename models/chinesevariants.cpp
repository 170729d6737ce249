// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chinesevariants.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QStringList>

#include <array>
#include <memory>
#include <opencc.h>

namespace Frontline::Models {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.models.chinese")

// The CJK blocks OpenCC's character tables cover (Unified Ideographs, Extension A, Compatibility).
constexpr std::array<std::pair<char16_t, char16_t>, 3> hanBlocks{
    {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}};

struct Table
{
    std::unique_ptr<char16_t[]> simplified;  // indexed by BMP code point; 0 where nothing changes
    bool available = false;
};

Table buildTable()
{
    Table table;
    table.simplified = std::make_unique<char16_t[]>(0x10000);
    const opencc_t converter = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (converter == reinterpret_cast<opencc_t>(-1)) {
        qCWarning(lc) << "OpenCC's t2s conversion is not available:" << opencc_error()
                      << "- Traditional and Simplified Chinese are searched apart";
        return table;
    }
    // One character a line, all in one call: a line break ends every phrase, so each character is
    // converted on its own.
    QString all;
    for (const auto &[first, last] : hanBlocks) {
        for (char32_t c = first; c <= last; ++c) {
            all += QChar(char16_t(c));
            all += u'\n';
        }
    }
    const QByteArray input = all.toUtf8();
    char *output = opencc_convert_utf8(converter, input.constData(), size_t(input.size()));
    const QStringList before = all.split(u'\n');
    const QStringList after = output ? QString::fromUtf8(output).split(u'\n') : QStringList();
    if (output) {
        opencc_convert_utf8_free(output);
    }
    opencc_close(converter);
    if (after.size() != before.size()) {
        qCWarning(lc) << "OpenCC changed the number of lines:" << before.size() << "->" << after.size()
                      << "- Traditional and Simplified Chinese are searched apart";
        return table;
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        // Only one character for one: a few map to two, and positions must not move.
        if (before[i].size() == 1 && after[i].size() == 1 && before[i] != after[i]) {
            table.simplified[before[i].at(0).unicode()] = after[i].at(0).unicode();
        }
    }
    table.available = true;
    return table;
}

const Table &table()
{
    static const Table built = buildTable();
    return built;
}

}  // namespace

char32_t ChineseVariants::toSimplified(char32_t c)
{
    if (c >= 0x10000) {
        return c;
    }
    const char16_t simplified = table().simplified[c];
    return simplified ? simplified : c;
}

QString ChineseVariants::toSimplified(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        out += QChar(char16_t(toSimplified(c.unicode())));  // surrogates pass through unchanged
    }
    return out;
}

bool ChineseVariants::isAvailable()
{
    return table().available;
}

}  // namespace Frontline::Models
