// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csatdialog.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

namespace Frontline::Widgets {

CsatDialog::CsatDialog(const QString &ticketTitle, const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_ticketTitle(ticketTitle)
    , m_customerName(customerName)
    , m_intro(new QLabel(this))
    , m_scoreLabel(new QLabel(this))
    , m_scores(new QButtonGroup(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
{
    setObjectName(QStringLiteral("csatDialog"));
    m_intro->setWordWrap(true);
    auto *scoreRow = new QHBoxLayout;
    for (int score = MinScore; score <= MaxScore; ++score) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("csatScore%1").arg(score));
        m_scores->addButton(button, score);
        m_scoreButtons[static_cast<std::size_t>(score - 1)] = button;
        scoreRow->addWidget(button);
    }
    scoreRow->addStretch(1);
    m_scores->setExclusive(true);  // none is checked until the agent chooses: there is no default score
    m_scoreLabel->setBuddy(m_scoreButtons[0]);
    m_comment->setObjectName(QStringLiteral("csatComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(90);
    m_commentLabel->setBuddy(m_comment);
    m_counter->setObjectName(QStringLiteral("csatCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("recordCsatButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scores, &QButtonGroup::idToggled, this, &CsatDialog::updateButton);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &CsatDialog::updateButton);

    auto *form = new QFormLayout;
    form->addRow(m_scoreLabel, scoreRow);
    form->addRow(m_commentLabel, m_comment);
    form->addRow(QString(), m_counter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
    resize(560, sizeHint().height());
    // On the scores, so that the first key the agent presses can be the customer's digit.
    m_scoreButtons[0]->setFocus(Qt::OtherFocusReason);
}

CsatDialog::~CsatDialog() = default;

int CsatDialog::score() const
{
    const int id = m_scores->checkedId();
    return id >= MinScore && id <= MaxScore ? id : 0;
}

void CsatDialog::setScore(int score)
{
    if (QRadioButton *button = scoreButton(score)) {
        button->setChecked(true);
        button->setFocus(Qt::ShortcutFocusReason);
    }
}

QString CsatDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QRadioButton *CsatDialog::scoreButton(int score) const
{
    return score >= MinScore && score <= MaxScore ? m_scoreButtons[static_cast<std::size_t>(score - 1)] : nullptr;
}

void CsatDialog::keyPressEvent(QKeyEvent *event)
{
    // Digits reach the dialog only when the focused widget does not take them (the comment does).
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_5 &&
        (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        setScore(event->key() - Qt::Key_0);
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CsatDialog::updateButton()
{
    const qsizetype length = comment().size();
    const bool fits = length <= MaxCommentLength;
    m_ok->setEnabled(score() > 0 && fits);
    const QLocale locale;
    m_counter->setText(
        fits ? tr("%1 / %2 characters").arg(locale.toString(length), locale.toString(MaxCommentLength))
             : tr("%1 characters: at most %2 fit").arg(locale.toString(length), locale.toString(MaxCommentLength)));
    m_counter->setAccessibleName(m_counter->text());
    m_ok->setToolTip(score() == 0 ? tr("Choose the customer's score first (keys 1 to 5)") : QString());
}

void CsatDialog::retranslate()
{
    setWindowTitle(tr("Record Satisfaction"));
    m_intro->setText(m_customerName.isEmpty() ? tr("How satisfied was the customer with %1?").arg(m_ticketTitle)
                                              : tr("How satisfied was %1 with %2?").arg(m_customerName, m_ticketTitle));
    m_scoreLabel->setText(tr("Score:"));
    const std::array<QString, MaxScore> names{tr("Very dissatisfied"), tr("Dissatisfied"), tr("Neutral"),
                                              tr("Satisfied"), tr("Very satisfied")};
    for (int score = MinScore; score <= MaxScore; ++score) {
        QRadioButton *button = scoreButton(score);
        const QString &name = names[static_cast<std::size_t>(score - 1)];
        button->setText(tr("&%1 %2").arg(score).arg(QString(score, QChar(u'\u2605'))));  // "1 ★", "2 ★★", …
        button->setToolTip(name);
        button->setAccessibleName(tr("Score %1 of 5: %2").arg(score).arg(name));
        button->setAccessibleDescription(tr("The customer's satisfaction; the keys 1 to 5 choose it"));
    }
    m_commentLabel->setText(tr("&Comment:"));
    m_comment->setAccessibleName(tr("Customer's comment"));
    m_comment->setAccessibleDescription(tr("What the customer said about the service; optional, at most %1 characters")
                                            .arg(QLocale().toString(MaxCommentLength)));
    m_comment->setPlaceholderText(tr("What the customer said (optional)"));
    m_ok->setText(tr("&Record"));
    m_ok->setAccessibleDescription(tr("Records the customer's rating of this ticket"));
    m_cancel->setAccessibleDescription(tr("Closes the dialog without recording a rating"));
    updateButton();
}

void CsatDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace Frontline::Widgets
