// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Frontline::Widgets {

/*!
    \brief Asks for the password of the account the workstation signs in with. The password is
    handed to the caller once (password()) and cleared from the field when the dialog closes.
*/
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const QString &server, const QString &username, QWidget *parent = nullptr);

    /*! Why the agent is asked again ("Your session has expired…"); empty for a first sign-in. */
    void setReason(const QString &reason);
    QString password() const;

protected:
    void done(int result) override;

private:
    QLabel *m_reason = nullptr;
    QLineEdit *m_password = nullptr;
    QString m_accepted;
};

}  // namespace Frontline::Widgets
