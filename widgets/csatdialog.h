// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

#include <array>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Frontline::Widgets {

/*!
    \brief Record Satisfaction…: the score a customer gave (1–5) for a solved ticket, and what they said.

    Keys 1 to 5 pick the score wherever the focus is except in the comment (there Alt+1 … Alt+5 do); the arrows
    move between the scores. The dialog is accepted only with a score and a comment that fits.
*/
class CsatDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsatDialog)

public:
    /*! The protocol's limit of a rating's comment (MutationLimits; widgets do not link the protocol). */
    static constexpr qsizetype MaxCommentLength = 2000;
    static constexpr int MinScore = 1;
    static constexpr int MaxScore = 5;

    /*! \a ticketTitle names the ticket, \a customerName who rated it. */
    CsatDialog(const QString &ticketTitle, const QString &customerName, QWidget *parent = nullptr);
    ~CsatDialog() override;

    /*! The chosen score, 1–5; 0 while none is chosen. */
    int score() const;
    /*! Chooses \a score (1–5), as a click or its digit key would. */
    void setScore(int score);
    /*! The comment as it is sent: trimmed; may be empty. */
    QString comment() const;

    QRadioButton *scoreButton(int score) const;
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QLabel *counterLabel() const { return m_counter; }
    QPushButton *okButton() const { return m_ok; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    QString m_ticketTitle;
    QString m_customerName;
    QLabel *m_intro = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QButtonGroup *m_scores = nullptr;
    std::array<QRadioButton *, MaxScore> m_scoreButtons{};
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace Frontline::Widgets
