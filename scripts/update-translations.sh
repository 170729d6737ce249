#!/usr/bin/env bash
# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Refreshes translations/*.ts from the tr() strings in the client's sources (drops obsolete ones).
# Translate new entries (and the plural forms in frontline_en.ts) with Qt Linguist (/usr/lib/qt6/bin/linguist) or any .ts editor.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none app widgets models sync server \
    -ts translations/frontline_zh_CN.ts translations/frontline_zh_TW.ts
# English is the source language; its file only holds plural forms ("%n ticket(s)" → "1 ticket", "2 tickets").
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -pluralonly app widgets models sync server \
    -ts translations/frontline_en.ts
