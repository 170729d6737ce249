// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>
#include <models/ticketthreadmodel.h>

#include <QDialog>
#include <QUuid>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Frontline::Widgets {

/*! A ticket the agent opens for a customer, with its first message. */
struct NewTicket
{
    QUuid ticketId;  // both ids made by the client, so the ticket shows at once (without a number)
    QUuid customerId;
    QUuid queueId;
    QString subject;
    Models::Channel channel = Models::Channel::Phone;
    Models::Priority priority = Models::Priority::Normal;
    QUuid messageId;
    QString body;

    bool operator==(const NewTicket &) const = default;
};

/*! \brief New Ticket…: a new ticket for the open ticket's customer, in a queue the cache knows. */
class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    /*! Offers \a queues with \a defaultQueueId chosen; \a customerName is whom the ticket is for. */
    NewTicketDialog(const QString &customerName, const std::vector<Models::QueueChoice> &queues,
                    const QUuid &defaultQueueId, QWidget *parent = nullptr);
    ~NewTicketDialog() override;

    /*! The ticket as entered; the ids and the customer are the caller's to fill in. */
    NewTicket ticket() const;

    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *queueBox() const { return m_queue; }
    QComboBox *priorityBox() const { return m_priority; }
    QComboBox *channelBox() const { return m_channel; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *createButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    QString m_customerName;
    QLabel *m_intro = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_queueLabel = nullptr;
    QComboBox *m_queue = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace Frontline::Widgets
