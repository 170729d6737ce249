// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reassigndialog.h"

#include <models/labels.h>
#include <models/teamagentmodel.h>

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include <limits>

namespace Frontline::Widgets {

namespace {

enum Column
{
    NameColumn,
    PresenceColumn,
    LoadColumn,
};

constexpr int SortRole = Qt::UserRole + 1;
constexpr int AgentIdRole = Qt::UserRole + 2;

// Sorts by the number behind each cell (the load), not by its text: "10" after "9".
class CandidateItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        const QVariant theirs = other.data(column, SortRole);
        if (mine.userType() == QMetaType::QString) {
            return QString::localeAwareCompare(mine.toString(), theirs.toString()) < 0;
        }
        return mine.toLongLong() < theirs.toLongLong();
    }
};

}  // namespace

ReassignDialog::ReassignDialog(const QList<ReassignCandidate> &candidates, int ticketCount, QWidget *parent)
    : QDialog(parent)
    , m_ticketCount(ticketCount)
    , m_question(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    m_question->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("reassignCandidates"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const QLocale locale;
    for (const ReassignCandidate &candidate : candidates) {
        auto *item = new CandidateItem(m_list);  // the list owns its items
        item->setText(NameColumn, candidate.role == Models::AgentRole::Agent
                                      ? candidate.name
                                      : tr("%1 (%2)").arg(candidate.name, Models::Labels::role(candidate.role)));
        item->setData(NameColumn, SortRole, candidate.name);
        item->setData(NameColumn, AgentIdRole, candidate.agentId);
        item->setText(PresenceColumn, Models::Labels::presence(candidate.presence));
        item->setData(PresenceColumn, Qt::DecorationRole, Models::TeamAgentModel::presenceColor(candidate.presence));
        item->setData(PresenceColumn, SortRole, static_cast<int>(candidate.presence));
        item->setText(LoadColumn,
                      candidate.openAssigned ? locale.toString(*candidate.openAssigned) : QStringLiteral("—"));
        item->setTextAlignment(LoadColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Without figures the load is unknown: after everyone whose load is known.
        item->setData(LoadColumn, SortRole, candidate.openAssigned.value_or(std::numeric_limits<int>::max()));
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(LoadColumn, Qt::AscendingOrder);  // the least loaded first
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(PresenceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LoadColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReassignDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item) {
            m_list->setCurrentItem(item);
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    retranslate();
    updateButtons();
    m_list->setFocus();
    resize(460, 380);
}

ReassignDialog::~ReassignDialog() = default;

QUuid ReassignDialog::chosenAgent() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QUuid() : selected.first()->data(NameColumn, AgentIdRole).toUuid();
}

void ReassignDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenAgent().isNull());
}

void ReassignDialog::retranslate()
{
    setWindowTitle(tr("Reassign"));
    m_question->setText(m_list->topLevelItemCount() > 0
                            ? tr("Give %n ticket(s) to:", nullptr, m_ticketCount)
                            : tr("Nobody else is a member of this queue, so the ticket cannot be reassigned."));
    m_list->setHeaderLabels({tr("Agent"), tr("Presence"), tr("Open assigned")});
    m_list->setAccessibleName(tr("Agents of the queue"));
    m_list->setAccessibleDescription(tr("Each with their presence and the open tickets they have; the least "
                                        "loaded first"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reassign"));
}

void ReassignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace Frontline::Widgets
