// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/ticketthreadmodel.h>

#include <QDialog>
#include <QUuid>

#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Frontline::Widgets {

/*!
    \brief Transfer…: the queue the open ticket moves to, and why. The reason is required: the team that
    receives the ticket unassigned reads it before anything else.
*/
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    /*! The protocol's limit of a transfer's reason (MutationLimits; widgets do not link the protocol). */
    static constexpr qsizetype MaxReasonLength = 1000;

    /*! Offers \a queues except \a currentQueueId, the ticket's own; \a ticketTitle names the ticket. */
    TransferDialog(const std::vector<Models::QueueChoice> &queues, const QUuid &currentQueueId,
                   const QString &ticketTitle, QWidget *parent = nullptr);
    ~TransferDialog() override;

    QUuid queueId() const;
    QString queueName() const;
    /*! The reason without leading and trailing blanks. */
    QString reason() const;

    QComboBox *queueBox() const { return m_queue; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *transferButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    QString m_ticketTitle;
    QLabel *m_intro = nullptr;
    QLabel *m_queueLabel = nullptr;
    QComboBox *m_queue = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace Frontline::Widgets
