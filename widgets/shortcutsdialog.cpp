// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutsdialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>

namespace Frontline::Widgets {

namespace {

/*! "&Claim" → "Claim", "工单(&T)" → "工单": the menu's accelerator marks are not part of the name. */
QString plainName(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&\\w\\)"));
    text.remove(accelerator);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.remove(QStringLiteral("…")).trimmed();
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (const QAction *action : actions) {
        // A hidden action (a lead's, for an agent) has no working shortcut either.
        if (action->isVisible() && !action->shortcut().isEmpty() && !action->text().isEmpty()) {
            m_entries.append({plainName(action->text()), action->shortcut()});
        }
    }
    // The keys of the composer, of the ticket's Tags box and of the rating dialog are not actions of the window.
    m_entries.append({tr("Send the reply or note"), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_entries.append({tr("Canned reply: type # or / and its shortcut"), QKeySequence(Qt::Key_NumberSign)});
    m_entries.append({tr("Next placeholder of a canned reply"), QKeySequence(Qt::Key_Tab)});
    m_entries.append({tr("Save the tags typed in the ticket's Tags box"), QKeySequence(Qt::Key_Return)});
    m_entries.append({tr("Record Satisfaction: the customer's score, 1 to 5"), QKeySequence(Qt::Key_1)});

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_entries[row].action));  // the table owns its items
        m_table->setItem(row, 1, new QTableWidgetItem(m_entries[row].keys.toString(QKeySequence::NativeText)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 460);
}

ShortcutsDialog::~ShortcutsDialog() = default;

}  // namespace Frontline::Widgets
