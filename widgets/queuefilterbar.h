// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/queuefiltermodel.h>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Frontline::Widgets {

/*!
    \brief Above the queue: which tickets (all, my queues', mine, unassigned), a filter box for the
    number, subject or customer, and status, priority and channel; when the queue shows one queue only
    (a lead's drill-down from the dashboard), a button naming it that shows every queue again.
*/
class QueueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterBar)

public:
    explicit QueueFilterBar(QWidget *parent = nullptr);
    ~QueueFilterBar() override;

    Models::QueueFilter filter() const;
    /*! Shows \a filter without emitting filterChanged(); \a queueName names its queue, if it has one. */
    void setFilter(const Models::QueueFilter &filter, const QString &queueName = {});
    /*! Puts the caret in the filter box (Ctrl+F). */
    void focusText();
    QLineEdit *textBox() const { return m_text; }
    /*! "Queue: Billing ×", shown while the filter keeps to one queue; clicking it shows every queue. */
    QToolButton *queueButton() const { return m_queue; }

signals:
    void filterChanged(const Frontline::Models::QueueFilter &filter);
    /*! The caret went into the filter box: typing is likely to follow. */
    void aboutToType();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateQueueButton();
    void fill(QComboBox *box, const QStringList &names);

    QComboBox *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_channel = nullptr;
    QToolButton *m_queue = nullptr;
    QUuid m_queueId;
    QString m_queueName;
    bool m_applying = false;
};

}  // namespace Frontline::Widgets
