// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Frontline::Models {
class NoticeListModel;
}

namespace Frontline::Widgets {

/*!
    \brief What the server refused, in plain language, with the text of a refused reply or note to
    copy back into the ticket: nothing the agent typed is lost.
*/
class NoticesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesDialog)

public:
    explicit NoticesDialog(Models::NoticeListModel *model, QWidget *parent = nullptr);
    ~NoticesDialog() override;

signals:
    /*! The agent read the notice \a id (the caller marks it seen). */
    void noticeRead(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();

    Models::NoticeListModel *m_model;
    QListView *m_list = nullptr;
    QLabel *m_recoveredLabel = nullptr;
    QPlainTextEdit *m_recovered = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_empty = nullptr;
    qint64 m_currentId = 0;
};

}  // namespace Frontline::Widgets
