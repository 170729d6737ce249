// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>

#include <QDialog>
#include <QList>
#include <QUuid>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace Frontline::Widgets {

/*! Someone a lead can give tickets to, with their load as the latest dashboard figures say. */
struct ReassignCandidate
{
    QUuid agentId;
    QString name;
    Models::AgentRole role = Models::AgentRole::Agent;
    Models::Presence presence = Models::Presence::Offline;
    std::optional<int> openAssigned;  // absent without figures from the server
};

/*!
    \brief "Reassign to…": the members of the selected tickets' queue with their presence and their open
    tickets, the least loaded first; the lead picks one (double-click, or Enter on the selection).
*/
class ReassignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignDialog)

public:
    /*! \a ticketCount: how many tickets are being reassigned, for the question. */
    ReassignDialog(const QList<ReassignCandidate> &candidates, int ticketCount, QWidget *parent = nullptr);
    ~ReassignDialog() override;

    /*! Whom the lead chose; null until they chose. */
    QUuid chosenAgent() const;
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    int m_ticketCount = 0;
    QLabel *m_question = nullptr;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace Frontline::Widgets
