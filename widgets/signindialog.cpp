// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Frontline::Widgets {

SignInDialog::SignInDialog(const QString &server, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLabel(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Frontline"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), new QLabel(server, this));
    form->addRow(tr("User:"), new QLabel(username, this));
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Work offline"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [ok = buttons->button(QDialogButtonBox::Ok)](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
}

void SignInDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString SignInDialog::password() const
{
    return m_accepted;
}

void SignInDialog::done(int result)
{
    m_accepted = result == QDialog::Accepted ? m_password->text() : QString();
    m_password->clear();  // not kept in a widget any longer than needed
    QDialog::done(result);
}

}  // namespace Frontline::Widgets
