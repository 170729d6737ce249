// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transferdialog.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Frontline::Widgets {

TransferDialog::TransferDialog(const std::vector<Models::QueueChoice> &queues, const QUuid &currentQueueId,
                               const QString &ticketTitle, QWidget *parent)
    : QDialog(parent)
    , m_ticketTitle(ticketTitle)
    , m_intro(new QLabel(this))
    , m_queueLabel(new QLabel(this))
    , m_queue(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    m_intro->setWordWrap(true);
    m_queue->setObjectName(QStringLiteral("transferQueue"));
    for (const Models::QueueChoice &queue : queues) {
        if (queue.id != currentQueueId) {
            m_queue->addItem(queue.name, queue.id);
        }
    }
    m_reason->setObjectName(QStringLiteral("transferReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(80);
    m_queueLabel->setBuddy(m_queue);
    m_reasonLabel->setBuddy(m_reason);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("transferButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TransferDialog::updateButton);

    auto *form = new QFormLayout;
    form->addRow(m_queueLabel, m_queue);
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    retranslate();
    resize(460, sizeHint().height());
    m_reason->setFocus();
}

TransferDialog::~TransferDialog() = default;

QUuid TransferDialog::queueId() const
{
    return m_queue->currentData().toUuid();
}

QString TransferDialog::queueName() const
{
    return m_queue->currentText();
}

QString TransferDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TransferDialog::updateButton()
{
    const qsizetype length = reason().size();
    m_ok->setEnabled(m_queue->count() > 0 && length > 0 && length <= MaxReasonLength);
    if (m_queue->count() == 0) {
        m_hint->setText(tr("There is no other queue to transfer this ticket to."));
    } else if (length > MaxReasonLength) {
        m_hint->setText(tr("The reason is %1 characters long; at most %2 fit.").arg(length).arg(MaxReasonLength));
    } else {
        m_hint->setText(tr("The ticket becomes unassigned in the new queue. A reason is required."));
    }
}

void TransferDialog::retranslate()
{
    setWindowTitle(tr("Transfer Ticket"));
    m_intro->setText(tr("Move %1 to another team's queue.").arg(m_ticketTitle));
    m_queueLabel->setText(tr("To &queue:"));
    m_queue->setAccessibleName(tr("Target queue"));
    m_queue->setAccessibleDescription(tr("The queue the ticket moves to"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setAccessibleName(tr("Reason for the transfer"));
    m_reason->setAccessibleDescription(tr("Why the ticket moves; the receiving team reads it. Required."));
    m_reason->setPlaceholderText(tr("Why does this ticket belong to that team?"));
    m_ok->setText(tr("&Transfer"));
    m_ok->setAccessibleDescription(tr("Moves the ticket to the chosen queue"));
    m_cancel->setAccessibleDescription(tr("Closes the dialog without transferring"));
    updateButton();
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace Frontline::Widgets
