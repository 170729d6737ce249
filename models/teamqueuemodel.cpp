// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teamqueuemodel.h"

#include "labels.h"
#include "snapshotrows.h"

#include <QLocale>

#include <algorithm>

namespace Frontline::Models {

namespace {

constexpr qint64 MinuteMs = 60'000;

}  // namespace

TeamQueueModel::TeamQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TeamQueueModel::~TeamQueueModel() = default;

void TeamQueueModel::setSnapshot(const TeamSnapshot &snapshot)
{
    const bool sameQueues = SnapshotRows::sameRows(m_queues, snapshot.queues, &QueueMetrics::queueId);
    if (!sameQueues) {
        beginResetModel();
        m_queues = snapshot.queues;
        endResetModel();
        return;
    }
    // The same queues with new figures: in place, so a selection or a sorted view stays put.
    m_queues = snapshot.queues;
    if (!m_queues.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const QueueMetrics *TeamQueueModel::queueAt(int row) const
{
    return row >= 0 && row < m_queues.size() ? &m_queues.at(row) : nullptr;
}

int TeamQueueModel::rowOf(const QUuid &queueId) const
{
    return SnapshotRows::indexOf(m_queues, queueId, &QueueMetrics::queueId);
}

QueueModel::SlaState TeamQueueModel::slaState(const QueueMetrics &queue)
{
    if (queue.firstResponseBreached + queue.resolutionBreached > 0) {
        return QueueModel::SlaState::Breached;
    }
    if (queue.firstResponseDueSoon + queue.resolutionDueSoon > 0) {
        return QueueModel::SlaState::DueSoon;
    }
    return QueueModel::SlaState::OnTrack;
}

QColor TeamQueueModel::slaColor(QueueModel::SlaState state)
{
    // The same colours as the queue's SLA column, so "due soon" and "breached" read alike everywhere.
    switch (state) {
    case QueueModel::SlaState::Breached:
        return Labels::slaColour(true);
    case QueueModel::SlaState::DueSoon:
        return Labels::slaColour(false);
    default:
        return {};
    }
}

QString TeamQueueModel::durationText(std::optional<qint64> ms)
{
    if (!ms) {
        return QStringLiteral("—");
    }
    const qint64 value = std::max<qint64>(0, *ms);
    if (value < MinuteMs) {
        return tr("%n s", nullptr, static_cast<int>(value / 1000));
    }
    const qint64 minutes = value / MinuteMs;
    if (minutes < 60) {
        return tr("%n min", nullptr, static_cast<int>(minutes));
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString TeamQueueModel::percentText(std::optional<double> ratio)
{
    if (!ratio) {
        return QStringLiteral("—");
    }
    const QLocale locale;
    return tr("%1%", "a percentage").arg(locale.toString(*ratio * 100.0, 'f', 0));
}

QString TeamQueueModel::csatText(std::optional<double> average)
{
    return average ? QLocale().toString(*average, 'f', 1) : QStringLiteral("—");
}

int TeamQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_queues.size());
}

int TeamQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueMetrics *queue = checkIndex(index, CheckIndexOption::IndexIsValid) ? queueAt(index.row()) : nullptr;
    if (!queue) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*queue, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DueSoonColumn:
            return tr("First responses due soon: %1\nResolutions due soon: %2")
                .arg(queue->firstResponseDueSoon)
                .arg(queue->resolutionDueSoon);
        case BreachedColumn:
            return tr("First responses overdue: %1\nResolutions overdue: %2")
                .arg(queue->firstResponseBreached)
                .arg(queue->resolutionBreached);
        case ResolutionRateColumn:
            return tr("Solved today against solved plus still open of those created today");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == DueSoonColumn && queue->firstResponseDueSoon + queue->resolutionDueSoon > 0) {
            return slaColor(QueueModel::SlaState::DueSoon);
        }
        if (index.column() == BreachedColumn && queue->firstResponseBreached + queue->resolutionBreached > 0) {
            return slaColor(QueueModel::SlaState::Breached);
        }
        return {};
    case QueueIdRole:
        return queue->queueId;
    case SortRole:
        return sortValue(*queue, index.column());
    case SlaStateRole:
        return QVariant::fromValue(slaState(*queue));
    default:
        return {};
    }
}

QVariant TeamQueueModel::displayText(const QueueMetrics &queue, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return queue.name;
    case WaitingColumn:
        return locale.toString(queue.waiting);
    case OpenColumn:
        return locale.toString(queue.open);
    case OldestWaitColumn:
        return durationText(queue.oldestWaitMs);
    case DueSoonColumn:
        return locale.toString(queue.firstResponseDueSoon + queue.resolutionDueSoon);
    case BreachedColumn:
        return locale.toString(queue.firstResponseBreached + queue.resolutionBreached);
    case CreatedTodayColumn:
        return locale.toString(queue.createdToday);
    case SolvedTodayColumn:
        return locale.toString(queue.solvedToday);
    case MedianFirstResponseColumn:
        return durationText(queue.medianFirstResponseMs);
    case ResolutionRateColumn:
        return percentText(queue.resolutionRate());
    case CsatAverageColumn:
        return csatText(queue.csatAverage());
    case CsatCountColumn:
        return locale.toString(queue.csatCount);
    default:
        return {};
    }
}

QVariant TeamQueueModel::sortValue(const QueueMetrics &queue, int column) const
{
    const auto optional = [](const auto &value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (column) {
    case NameColumn:
        return queue.name;
    case WaitingColumn:
        return queue.waiting;
    case OpenColumn:
        return queue.open;
    case OldestWaitColumn:
        return optional(queue.oldestWaitMs);
    case DueSoonColumn:
        return queue.firstResponseDueSoon + queue.resolutionDueSoon;
    case BreachedColumn:
        return queue.firstResponseBreached + queue.resolutionBreached;
    case CreatedTodayColumn:
        return queue.createdToday;
    case SolvedTodayColumn:
        return queue.solvedToday;
    case MedianFirstResponseColumn:
        return optional(queue.medianFirstResponseMs);
    case ResolutionRateColumn:
        return optional(queue.resolutionRate());
    case CsatAverageColumn:
        return optional(queue.csatAverage());
    case CsatCountColumn:
        return queue.csatCount;
    default:
        return {};
    }
}

QVariant TeamQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case WaitingColumn:
        return tr("Waiting");
    case OpenColumn:
        return tr("Open");
    case OldestWaitColumn:
        return tr("Oldest wait");
    case DueSoonColumn:
        return tr("Due soon");
    case BreachedColumn:
        return tr("Breached");
    case CreatedTodayColumn:
        return tr("Created today");
    case SolvedTodayColumn:
        return tr("Solved today");
    case MedianFirstResponseColumn:
        return tr("Median first response");
    case ResolutionRateColumn:
        return tr("Resolution rate");
    case CsatAverageColumn:
        return tr("CSAT");
    case CsatCountColumn:
        return tr("Ratings");
    default:
        return {};
    }
}

void TeamQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_queues.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

}  // namespace Frontline::Models
