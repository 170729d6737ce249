// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTableView>

namespace Frontline::Widgets {

/*!
    \brief The list of tickets in a queue: sortable by any column, keyboard-navigable, one row per ticket.

    Row heights are fixed rather than measured, so 100,000 rows lay out and scroll without measuring
    each one.
*/
class QueueView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueView)

public:
    explicit QueueView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    /*! Home and End go to the first and last ticket: rows matter in a queue, not cells. */
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

}  // namespace Frontline::Widgets
