// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/teamsnapshot.h>

#include <QFrame>
#include <QMap>

class QLabel;

namespace Frontline::Widgets {

/*!
    \brief One queue on the lead's dashboard: what waits and how long, the deadlines due soon (amber) and
    breached (red), today's created and solved tickets, the median first response, the resolution rate
    and the CSAT.

    It is a button: a click, Enter or Space activates it (activated()), and the dashboard then shows the
    queue's tickets.
*/
class QueueTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTile)

public:
    enum class Figure
    {
        Waiting,
        Open,
        OldestWait,
        DueSoon,
        Breached,
        CreatedToday,
        SolvedToday,
        MedianFirstResponse,
        ResolutionRate,
        Csat,
    };

    explicit QueueTile(QWidget *parent = nullptr);
    ~QueueTile() override;

    void setMetrics(const Models::QueueMetrics &metrics);
    const Models::QueueMetrics &metrics() const { return m_metrics; }
    QUuid queueId() const { return m_metrics.queueId; }
    /*! The text a figure shows ("12", "1 h 05 min", "4.3 (12)"). */
    QString figureText(Figure figure) const;
    /*! The colour a figure is drawn in: amber or red for due soon and breached deadlines, else invalid. */
    QColor figureColor(Figure figure) const;

signals:
    void activated(const QUuid &queueId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void showFigures();
    /*! A figure's value (bold) or its caption (muted), kept for showFigures() and retranslate(). */
    QLabel *addLabel(Figure figure, bool value);

    Models::QueueMetrics m_metrics;
    QLabel *m_name = nullptr;
    QMap<Figure, QLabel *> m_values;
    QMap<Figure, QLabel *> m_captions;
};

}  // namespace Frontline::Widgets
