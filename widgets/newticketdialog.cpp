// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "newticketdialog.h"

#include <models/labels.h>
#include <models/message.h>
#include <models/ticket.h>

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>
#include <array>

namespace Frontline::Widgets {

using Models::Channel;
using Models::Priority;

namespace {

constexpr std::array priorities{Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};
// An agent opens tickets for people, never as the bot.
constexpr std::array channels{Channel::Phone, Channel::Email, Channel::Chat, Channel::Social, Channel::WebForm};

}  // namespace

NewTicketDialog::NewTicketDialog(const QString &customerName, const std::vector<Models::QueueChoice> &queues,
                                 const QUuid &defaultQueueId, QWidget *parent)
    : QDialog(parent)
    , m_customerName(customerName)
    , m_intro(new QLabel(this))
    , m_subjectLabel(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_queueLabel(new QLabel(this))
    , m_queue(new QComboBox(this))
    , m_priorityLabel(new QLabel(this))
    , m_priority(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_bodyLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("newTicketDialog"));
    m_intro->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("newTicketSubject"));
    m_subject->setMaxLength(static_cast<int>(Models::Ticket::MaxSubjectLength));
    m_queue->setObjectName(QStringLiteral("newTicketQueue"));
    for (const Models::QueueChoice &queue : queues) {
        m_queue->addItem(queue.name, queue.id);
    }
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(defaultQueueId)));
    m_priority->setObjectName(QStringLiteral("newTicketPriority"));
    for (const Priority priority : priorities) {
        m_priority->addItem(QString(), static_cast<int>(priority));
    }
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(Priority::Normal)));
    m_channel->setObjectName(QStringLiteral("newTicketChannel"));
    for (const Channel channel : channels) {
        m_channel->addItem(QString(), static_cast<int>(channel));
    }
    m_body->setObjectName(QStringLiteral("newTicketBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(120);
    m_subjectLabel->setBuddy(m_subject);
    m_queueLabel->setBuddy(m_queue);
    m_priorityLabel->setBuddy(m_priority);
    m_channelLabel->setBuddy(m_channel);
    m_bodyLabel->setBuddy(m_body);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("createTicketButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this, &NewTicketDialog::updateButton);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewTicketDialog::updateButton);

    auto *form = new QFormLayout;
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(m_queueLabel, m_queue);
    form->addRow(m_priorityLabel, m_priority);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_bodyLabel, m_body);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    retranslate();
    resize(520, sizeHint().height());
    m_subject->setFocus();
}

NewTicketDialog::~NewTicketDialog() = default;

NewTicket NewTicketDialog::ticket() const
{
    NewTicket ticket;
    ticket.queueId = m_queue->currentData().toUuid();
    ticket.subject = m_subject->text().trimmed();
    ticket.priority = static_cast<Priority>(m_priority->currentData().toInt());
    ticket.channel = static_cast<Channel>(m_channel->currentData().toInt());
    ticket.body = m_body->toPlainText().trimmed();
    return ticket;
}

void NewTicketDialog::updateButton()
{
    const bool subject = !m_subject->text().trimmed().isEmpty();
    const qsizetype body = m_body->toPlainText().trimmed().size();
    m_ok->setEnabled(m_queue->count() > 0 && subject && body > 0 && body <= Models::Message::MaxBodyLength);
    if (m_queue->count() == 0) {
        m_hint->setText(tr("The local cache knows no queue to open the ticket in."));
    } else if (body > Models::Message::MaxBodyLength) {
        m_hint->setText(
            tr("The message is %1 characters long; at most %2 fit.").arg(body).arg(Models::Message::MaxBodyLength));
    } else {
        m_hint->setText(tr("A subject and a first message are required. The server gives the ticket its number."));
    }
}

void NewTicketDialog::retranslate()
{
    setWindowTitle(tr("New Ticket"));
    m_intro->setText(m_customerName.isEmpty() ? tr("A new ticket for this customer.")
                                              : tr("A new ticket for %1.").arg(m_customerName));
    m_subjectLabel->setText(tr("&Subject:"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setAccessibleDescription(tr("What the new ticket is about. Required."));
    m_queueLabel->setText(tr("&Queue:"));
    m_queue->setAccessibleName(tr("Queue"));
    m_queue->setAccessibleDescription(tr("The team's queue the new ticket starts in"));
    m_priorityLabel->setText(tr("&Priority:"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setAccessibleDescription(tr("How urgent the new ticket is; it sets the SLA deadlines"));
    for (int i = 0; i < m_priority->count(); ++i) {
        m_priority->setItemText(i, Models::Labels::priority(static_cast<Priority>(m_priority->itemData(i).toInt())));
    }
    m_channelLabel->setText(tr("C&hannel:"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setAccessibleDescription(tr("How the customer reached you about it"));
    for (int i = 0; i < m_channel->count(); ++i) {
        m_channel->setItemText(i, Models::Labels::channel(static_cast<Channel>(m_channel->itemData(i).toInt())));
    }
    m_bodyLabel->setText(tr("&First message:"));
    m_body->setAccessibleName(tr("First message"));
    m_body->setAccessibleDescription(tr("The request in the customer's words, or what you agreed. Required."));
    m_body->setPlaceholderText(tr("What the customer asked for"));
    m_ok->setText(tr("&Create Ticket"));
    m_ok->setAccessibleDescription(tr("Creates the ticket; it is sent to the server when it can be"));
    m_cancel->setAccessibleDescription(tr("Closes the dialog without creating a ticket"));
    updateButton();
}

void NewTicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace Frontline::Widgets
