// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "queuemodel.h"
#include "teamsnapshot.h"

#include <QAbstractTableModel>
#include <QColor>

#include <optional>

namespace Frontline::Models {

/*!
    \brief The queues of a team snapshot, one row each, as the lead's dashboard shows them.

    Display text is translated and formatted (durations, rates); SortRole gives the raw number of each
    cell (milliseconds, counts, ratios), absent values as an invalid QVariant, so a proxy sorts by value
    and not by text. A new snapshot with the same queues updates the rows in place.
*/
class TeamQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamQueueModel)

public:
    enum Column
    {
        NameColumn,
        WaitingColumn,
        OpenColumn,
        OldestWaitColumn,
        DueSoonColumn,   // first response and resolution deadlines due soon
        BreachedColumn,  // first response and resolution deadlines passed
        CreatedTodayColumn,
        SolvedTodayColumn,
        MedianFirstResponseColumn,
        ResolutionRateColumn,
        CsatAverageColumn,
        CsatCountColumn,
        ColumnCount
    };
    enum Role
    {
        QueueIdRole = Qt::UserRole + 1,
        SortRole,      // the cell's raw value: qint64 milliseconds or counts, double ratios
        SlaStateRole,  // the queue's worst deadline state (QueueModel::SlaState): breached, due soon, on track
    };

    explicit TeamQueueModel(QObject *parent = nullptr);
    ~TeamQueueModel() override;

    void setSnapshot(const TeamSnapshot &snapshot);
    const QList<QueueMetrics> &queues() const { return m_queues; }
    const QueueMetrics *queueAt(int row) const;
    int rowOf(const QUuid &queueId) const;

    /*! Breached when a deadline passed, due soon when one is close, else on track. */
    static QueueModel::SlaState slaState(const QueueMetrics &queue);
    /*! The colours the queue uses for its SLA column: amber for due soon, red for breached; invalid otherwise. */
    static QColor slaColor(QueueModel::SlaState state);
    /*! "45 s", "12 min", "3 h 05 min", "2 d 4 h"; "—" when absent. */
    static QString durationText(std::optional<qint64> ms);
    /*! "75%"; "—" when absent. */
    static QString percentText(std::optional<double> ratio);
    /*! "4.3"; "—" when absent. */
    static QString csatText(std::optional<double> average);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /*! The interface language changed: headers and cells are drawn again. */
    void retranslate();

private:
    QVariant displayText(const QueueMetrics &queue, int column) const;
    QVariant sortValue(const QueueMetrics &queue, int column) const;

    QList<QueueMetrics> m_queues;
};

}  // namespace Frontline::Models
