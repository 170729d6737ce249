// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queueview.h"

#include "queueitemdelegate.h"

#include <models/queuemodel.h>

#include <QHeaderView>

namespace Frontline::Widgets {

using Models::QueueModel;

QueueView::QueueView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("queueView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Ticket queue"));
    setItemDelegate(new QueueItemDelegate(this));

    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    setSortingEnabled(true);
}

void QueueView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model) {
        return;
    }
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(u'M');
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {QueueModel::NumberColumn, 5 * em},   {QueueModel::CustomerColumn, 8 * em}, {QueueModel::StatusColumn, 6 * em},
        {QueueModel::PriorityColumn, 5 * em}, {QueueModel::ChannelColumn, 7 * em},  {QueueModel::QueueColumn, 11 * em},
        {QueueModel::AssigneeColumn, 8 * em}, {QueueModel::UpdatedColumn, 10 * em}, {QueueModel::SlaColumn, 14 * em},
    };
    for (const auto &[column, width] : widths) {
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(QueueModel::SubjectColumn, QHeaderView::Stretch);
    // The most urgent work first: the deadline that is closest (or most overdue).
    sortByColumn(QueueModel::SlaColumn, Qt::AscendingOrder);
}

QModelIndex QueueView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveHome || cursorAction == MoveEnd) {
        modifiers |= Qt::ControlModifier;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

}  // namespace Frontline::Widgets
