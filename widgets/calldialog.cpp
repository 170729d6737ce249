// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calldialog.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace Frontline::Widgets {

CallDialog::CallDialog(const QString &ticketTitle, const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_ticketTitle(ticketTitle)
    , m_customerName(customerName)
    , m_intro(new QLabel(this))
    , m_directionLabel(new QLabel(this))
    , m_inbound(new QRadioButton(this))
    , m_outbound(new QRadioButton(this))
    , m_durationLabel(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_seconds(new QSpinBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("callDialog"));
    m_intro->setWordWrap(true);
    m_inbound->setObjectName(QStringLiteral("callInbound"));
    m_outbound->setObjectName(QStringLiteral("callOutbound"));
    m_inbound->setChecked(true);
    auto *directions = new QButtonGroup(this);
    directions->addButton(m_inbound);
    directions->addButton(m_outbound);
    m_directionLabel->setBuddy(m_inbound);
    // Under a day (the protocol takes at most 24 hours).
    m_minutes->setObjectName(QStringLiteral("callMinutes"));
    m_minutes->setRange(0, 24 * 60 - 1);
    m_seconds->setObjectName(QStringLiteral("callSeconds"));
    m_seconds->setRange(0, 59);
    m_durationLabel->setBuddy(m_minutes);
    m_summary->setObjectName(QStringLiteral("callSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(100);
    m_summaryLabel->setBuddy(m_summary);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("logCallButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &CallDialog::updateButton);

    auto *direction = new QHBoxLayout;
    direction->addWidget(m_inbound);
    direction->addWidget(m_outbound);
    direction->addStretch(1);
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_minutes);
    duration->addWidget(m_seconds);
    duration->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_directionLabel, direction);
    form->addRow(m_durationLabel, duration);
    form->addRow(m_summaryLabel, m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    retranslate();
    resize(460, sizeHint().height());
    m_summary->setFocus();
}

CallDialog::~CallDialog() = default;

PhoneCall CallDialog::call() const
{
    PhoneCall call;
    call.inbound = m_inbound->isChecked();
    call.durationSeconds = m_minutes->value() * 60LL + m_seconds->value();
    call.summary = m_summary->toPlainText().trimmed();
    return call;
}

void CallDialog::updateButton()
{
    const qsizetype length = m_summary->toPlainText().trimmed().size();
    m_ok->setEnabled(length > 0 && length <= MaxSummaryLength);
    m_hint->setText(length > MaxSummaryLength
                        ? tr("The summary is %1 characters long; at most %2 fit.").arg(length).arg(MaxSummaryLength)
                        : tr("The call is kept in the thread as an internal note. A summary is required."));
}

void CallDialog::retranslate()
{
    setWindowTitle(tr("Log Call"));
    m_intro->setText(m_customerName.isEmpty()
                         ? tr("A phone call about %1.").arg(m_ticketTitle)
                         : tr("A phone call with %1 about %2.").arg(m_customerName, m_ticketTitle));
    m_directionLabel->setText(tr("Direction:"));
    m_inbound->setText(tr("&Incoming"));
    m_inbound->setAccessibleName(tr("Incoming call"));
    m_inbound->setAccessibleDescription(tr("The customer called"));
    m_outbound->setText(tr("&Outgoing"));
    m_outbound->setAccessibleName(tr("Outgoing call"));
    m_outbound->setAccessibleDescription(tr("You called the customer"));
    m_durationLabel->setText(tr("&Duration:"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Call duration, minutes"));
    m_minutes->setAccessibleDescription(tr("How long the call lasted: the minutes"));
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setAccessibleName(tr("Call duration, seconds"));
    m_seconds->setAccessibleDescription(tr("How long the call lasted: the seconds beyond the minutes"));
    m_summaryLabel->setText(tr("&Summary:"));
    m_summary->setAccessibleName(tr("Call summary"));
    m_summary->setAccessibleDescription(tr("What was said and agreed on the call. Required."));
    m_summary->setPlaceholderText(tr("What was said and agreed"));
    m_ok->setText(tr("&Log Call"));
    m_ok->setAccessibleDescription(tr("Adds the call to the ticket's thread"));
    m_cancel->setAccessibleDescription(tr("Closes the dialog without logging the call"));
    updateButton();
}

void CallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace Frontline::Widgets
