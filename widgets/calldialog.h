// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Frontline::Widgets {

/*! A phone call with the customer, to keep in the ticket's thread. */
struct PhoneCall
{
    QUuid ticketId;
    QUuid messageId;  // made by the client, so the call shows in the thread at once
    bool inbound = true;
    qint64 durationSeconds = 0;
    QString summary;

    bool operator==(const PhoneCall &) const = default;
};

/*! \brief Log Call…: the direction, length and summary of a phone call on the open ticket. */
class CallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDialog)

public:
    /*! The protocol's limit of a call's summary (MutationLimits; widgets do not link the protocol). */
    static constexpr qsizetype MaxSummaryLength = 10000;

    /*! \a ticketTitle names the ticket, \a customerName whom the call was with. */
    CallDialog(const QString &ticketTitle, const QString &customerName, QWidget *parent = nullptr);
    ~CallDialog() override;

    /*! The call as entered; the ids are the caller's to fill in. */
    PhoneCall call() const;

    QRadioButton *inboundButton() const { return m_inbound; }
    QRadioButton *outboundButton() const { return m_outbound; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QSpinBox *secondsBox() const { return m_seconds; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPushButton *logButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    QString m_ticketTitle;
    QString m_customerName;
    QLabel *m_intro = nullptr;
    QLabel *m_directionLabel = nullptr;
    QRadioButton *m_inbound = nullptr;
    QRadioButton *m_outbound = nullptr;
    QLabel *m_durationLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_seconds = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace Frontline::Widgets
