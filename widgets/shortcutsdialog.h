// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QTableWidget;

namespace Frontline::Widgets {

/*!
    \brief Help ▸ Keyboard Shortcuts: every shortcut of the window's menus, read from the actions
    themselves (so the list cannot drift from what the keys do), and those of the composer.
*/
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString action;
        QKeySequence keys;
    };

    /*! \a actions: the window's actions; those without a shortcut are left out. */
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /*! What the table lists, in order: the menus' shortcuts, then the composer's. */
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
    QTableWidget *m_table = nullptr;
};

}  // namespace Frontline::Widgets
