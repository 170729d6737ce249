// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "noticesdialog.h"

#include <models/noticelistmodel.h>

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Frontline::Widgets {

NoticesDialog::NoticesDialog(Models::NoticeListModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_recoveredLabel(new QLabel(tr("Text the server did not take — copy it to send it again:"), this))
    , m_recovered(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy text"), this))
    , m_empty(new QLabel(tr("No notices. When the server refuses a change, it is explained here."), this))
{
    setObjectName(QStringLiteral("noticesDialog"));
    setWindowTitle(tr("Notices"));
    m_list->setObjectName(QStringLiteral("noticeList"));
    m_list->setModel(model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Notices, newest first"));
    m_recovered->setObjectName(QStringLiteral("recoveredText"));
    m_recovered->setReadOnly(true);
    m_recovered->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_recovered->setAccessibleName(tr("Recovered text"));
    m_copy->setObjectName(QStringLiteral("copyRecoveredText"));
    m_empty->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_recoveredLabel);
    layout->addWidget(m_recovered, 1);
    layout->addLayout(copyRow);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_recovered->toPlainText()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NoticesDialog::showCurrent);
    // A notice marked read reloads the list: stay on the notice the agent is reading.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->noticeAt(i)->id == m_currentId) {
                row = i;
                break;
            }
        }
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(row));
        }
        showCurrent();
    });
    if (model->rowCount() > 0) {
        m_list->setCurrentIndex(model->index(0));
    }
    showCurrent();
}

NoticesDialog::~NoticesDialog() = default;

void NoticesDialog::showCurrent()
{
    m_empty->setVisible(m_model->rowCount() == 0);
    const Models::NoticeRow *notice = m_model->noticeAt(m_list->currentIndex().row());
    m_currentId = notice ? notice->id : 0;
    const bool recovered = notice && !notice->recoveredBody.isEmpty();
    m_recovered->setPlainText(recovered ? notice->recoveredBody : QString());
    for (QWidget *widget : {static_cast<QWidget *>(m_recoveredLabel), static_cast<QWidget *>(m_recovered),
                            static_cast<QWidget *>(m_copy)}) {
        widget->setVisible(recovered);
    }
    if (notice && !notice->seen && isVisible()) {
        emit noticeRead(notice->id);  // read means shown to the agent
    }
}

void NoticesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    showCurrent();
}

}  // namespace Frontline::Widgets
