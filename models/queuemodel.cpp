// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuemodel.h"

#include "labels.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <thread>
#include <utility>

namespace Frontline::Models {

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Case-insensitive ordering that costs a plain comparison for the common case: characters are folded
// only where they differ. Sorting 100,000 subjects with QString::compare(Qt::CaseInsensitive) is
// several times slower.
int compareText(QStringView a, QStringView b)
{
    const qsizetype length = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i) {
        char32_t x = a[i].unicode();
        char32_t y = b[i].unicode();
        if (x == y) {
            continue;
        }
        x = QChar::toCaseFolded(x);
        y = QChar::toCaseFolded(y);
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return threeWay(a.size(), b.size());
}

// Missing values (no number yet, no deadline) sort after every real one.
qint64 presentFirstKey(qint64 value)
{
    return value == 0 ? std::numeric_limits<qint64>::max() : value;
}

int comparePresentFirst(qint64 a, qint64 b)
{
    return threeWay(presentFirstKey(a), presentFirstKey(b));
}

bool isTextColumn(int column)
{
    return column == QueueModel::SubjectColumn || column == QueueModel::CustomerColumn ||
           column == QueueModel::QueueColumn || column == QueueModel::AssigneeColumn;
}

// The value a non-text column sorts by, as one integer.
qint64 numericKey(const QueueRow &row, int column)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return presentFirstKey(row.number);
    case QueueModel::StatusColumn:
        return static_cast<qint64>(row.status);
    case QueueModel::PriorityColumn:
        return static_cast<qint64>(row.priority);
    case QueueModel::ChannelColumn:
        return static_cast<qint64>(row.channel);
    case QueueModel::UpdatedColumn:
        return row.updatedAt;
    case QueueModel::SlaColumn:
        return presentFirstKey(row.slaDue());
    default:
        return 0;
    }
}

const QString &sortText(const QueueRow &row, int column)
{
    switch (column) {
    case QueueModel::CustomerColumn:
        return row.customerName;
    case QueueModel::QueueColumn:
        return row.queueName;
    case QueueModel::AssigneeColumn:
        return row.assigneeName;
    default:
        return row.subject;
    }
}

int compareColumn(const QueueRow &a, const QueueRow &b, int column)
{
    if (isTextColumn(column)) {
        return compareText(sortText(a, column), sortText(b, column));
    }
    return threeWay(numericKey(a, column), numericKey(b, column));
}

QString formatDuration(qint64 ms)
{
    // Compact enough for a narrow column in every language: "12 min", "3 h 05 min", "2 d 4 h".
    const qint64 minutes = ms / 60000;
    if (minutes < 60) {
        return QueueModel::tr("%n min", nullptr, static_cast<int>(std::max<qint64>(minutes, 1)));
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return QueueModel::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    if (hours < 7 * 24) {
        return QueueModel::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
    }
    return QueueModel::tr("%n day(s)", nullptr, static_cast<int>(hours / 24));
}

// Sorts on both cores: two halves at once, then one merge. Large queues are sorted on every header
// click, and 100,000 rows must stay well inside a frame budget.
template<typename T, typename Less>
void parallelSort(std::vector<T> &items, Less less)
{
    constexpr std::size_t minimumForThreads = 20000;
    if (items.size() < minimumForThreads || std::thread::hardware_concurrency() < 2) {
        std::sort(items.begin(), items.end(), less);
        return;
    }
    const auto middle = items.begin() + static_cast<std::ptrdiff_t>(items.size() / 2);
    std::thread firstHalf([&] { std::sort(items.begin(), middle, less); });
    std::sort(middle, items.end(), less);
    firstHalf.join();
    std::inplace_merge(items.begin(), middle, items.end(), less);
}

}  // namespace

QString QueueModel::updatedText(qint64 updatedAt) const
{
    // Today's changes show the time, older ones the date; the tooltip has both.
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(updatedAt).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock()).toLocalTime();
    const QLocale locale;
    if (when.date() == now.date()) {
        return Labels::shortTime(locale, when.time());
    }
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QueueModel::~QueueModel() = default;

Status QueueModel::reload(const QSqlDatabase &db)
{
    Result<std::vector<QueueRow>> rows = QueueRowReader(db).all();
    if (!rows) {
        return rows.error();
    }
    resetRows(std::move(rows).value());
    return Ok{};
}

Status QueueModel::refresh(const QSqlDatabase &db, const ChangeSet &changes)
{
    if (changes.everything) {
        return reload(db);
    }
    QSet<QUuid> ids = changes.tickets;
    // Names shown in a row come from customers, agents and queues: refresh the rows that show them.
    if (!changes.customers.isEmpty() || !changes.agents.isEmpty() || !changes.queues.isEmpty()) {
        for (const QueueRow &row : m_rows) {
            if (changes.customers.contains(row.customerId) || changes.agents.contains(row.assigneeId) ||
                changes.queues.contains(row.queueId)) {
                ids.insert(row.id);
            }
        }
    }
    if (ids.isEmpty()) {
        return Ok{};
    }
    Result<std::vector<QueueRow>> rows = QueueRowReader(db).byIds(ids, knownOf(ids, changes));
    if (!rows) {
        return rows.error();
    }
    for (const QueueRow &row : *rows) {
        ids.remove(row.id);
    }
    upsertRows(std::move(rows).value());
    removeTickets(ids);  // what was asked for and not found is gone
    return Ok{};
}

// Where the rows about to be refreshed are stored, and the names they show except those the change set
// says have changed.
QueueRowReader::Known QueueModel::knownOf(const QSet<QUuid> &ids, const ChangeSet &changes) const
{
    QueueRowReader::Known known;
    for (const QUuid &id : ids) {
        const int at = rowOf(id);
        if (at < 0) {
            continue;
        }
        const QueueRow &row = m_rows[static_cast<std::size_t>(at)];
        known.storeRows.insert(id, row.storeRow);
        if (!changes.customers.contains(row.customerId)) {
            known.customers.insert(row.customerId, row.customerName);
        }
        if (!changes.queues.contains(row.queueId)) {
            known.queues.insert(row.queueId, row.queueName);
        }
        if (!row.assigneeId.isNull() && !changes.agents.contains(row.assigneeId)) {
            known.agents.insert(row.assigneeId, row.assigneeName);
        }
    }
    return known;
}

void QueueModel::resetRows(std::vector<QueueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (m_sortColumn >= 0) {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const QueueRow &a, const QueueRow &b) { return lessThan(a, b); });
    }
    rebuildIndex();
    endResetModel();
}

void QueueModel::upsertRows(std::vector<QueueRow> rows)
{
    const auto newRows =
        std::count_if(rows.begin(), rows.end(), [this](const QueueRow &row) { return rowOf(row.id) < 0; });
    if (newRows > MaxIncrementalInserts) {
        // Each single insert renumbers the rows below it; past a point one reset is much cheaper.
        std::vector<QueueRow> merged = m_rows;
        for (QueueRow &row : rows) {
            if (const int existing = rowOf(row.id); existing >= 0) {
                merged[static_cast<std::size_t>(existing)] = std::move(row);
            } else {
                merged.push_back(std::move(row));
            }
        }
        resetRows(std::move(merged));
        return;
    }
    for (QueueRow &row : rows) {
        const int existing = rowOf(row.id);
        if (existing >= 0) {
            // In place: a row that jumps while the agent looks at it is worse than a stale order.
            m_rows[static_cast<std::size_t>(existing)] = std::move(row);
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        const auto position = static_cast<int>(sortedPosition(row));
        beginInsertRows({}, position, position);
        m_rows.insert(m_rows.begin() + position, std::move(row));
        rebuildIndex();
        endInsertRows();
    }
}

void QueueModel::removeTickets(const QSet<QUuid> &ids)
{
    std::vector<int> positions;
    for (const QUuid &id : ids) {
        if (const int row = rowOf(id); row >= 0) {
            positions.push_back(row);
        }
    }
    // From the bottom up, so earlier removals do not shift the rows still to remove.
    std::sort(positions.begin(), positions.end(), std::greater<>());
    for (const int row : positions) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    if (!positions.empty()) {
        rebuildIndex();
    }
}

int QueueModel::rowOf(const QUuid &ticketId) const
{
    return m_rowOf.value(ticketId, -1);
}

void QueueModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.empty()) {
        emit dataChanged(index(0, SlaColumn), index(rowCount() - 1, SlaColumn));
    }
}

QueueModel::SlaState QueueModel::slaState(const QueueRow &row) const
{
    const qint64 due = row.slaDue();
    if (due == 0) {
        return SlaState::None;
    }
    const qint64 left = due - m_clock();
    if (left < 0) {
        return SlaState::Breached;
    }
    return left <= DueSoonMs ? SlaState::DueSoon : SlaState::OnTrack;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const QueueRow *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::DecorationRole:
        return decoration(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case Qt::AccessibleDescriptionRole:
        return markerDescription(*row);
    case Qt::FontRole:
        if (isUnread(*row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn) {
            switch (slaState(*row)) {
            case SlaState::Breached:
                return Labels::slaColour(true);
            case SlaState::DueSoon:
                return Labels::slaColour(false);
            default:
                break;
            }
        }
        return {};
    case TicketIdRole:
        return row->id;
    case SlaStateRole:
        return QVariant::fromValue(slaState(*row));
    case UnreadRole:
        return isUnread(*row);
    case PendingSyncRole:
        return row->pendingSync;
    default:
        return {};
    }
}

QVariant QueueModel::decoration(const QueueRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.pendingSync ? QVariant(Labels::waitingToBeSentIcon()) : QVariant();
    case SubjectColumn:
        return isUnread(row) ? QVariant(Labels::unreadIcon()) : QVariant();
    case ChannelColumn:
        return Labels::channelIcon(row.channel);
    default:
        return {};
    }
}

QVariant QueueModel::toolTip(const QueueRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.pendingSync ? QVariant(tr("Your change to this ticket is waiting to be sent to the server"))
                               : QVariant();
    case SubjectColumn:
        return isUnread(row)
                   ? QVariant(tr("Unread: the customer wrote since you last opened this ticket\n%1").arg(row.subject))
                   : QVariant(row.subject);
    case UpdatedColumn: {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.updatedAt).toLocalTime();
        return QString(QLocale().toString(when.date(), QLocale::LongFormat) + u' ' +
                       Labels::shortTime(QLocale(), when.time()));
    }
    default:
        return {};
    }
}

QString QueueModel::markerDescription(const QueueRow &row) const
{
    // What the bold text and the icons say, for a screen reader.
    QStringList markers;
    if (isUnread(row)) {
        markers.append(tr("Unread"));
    }
    if (row.pendingSync) {
        markers.append(tr("Waiting to be sent"));
    }
    return markers.join(tr(", "));
}

void QueueModel::setOpenTicket(const QUuid &ticketId)
{
    if (ticketId == m_openTicket) {
        return;
    }
    const QUuid previous = std::exchange(m_openTicket, ticketId);
    rowChanged(previous);
    rowChanged(ticketId);
}

void QueueModel::rowChanged(const QUuid &ticketId)
{
    if (const int row = rowOf(ticketId); row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QVariant QueueModel::displayText(const QueueRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number > 0 ? QVariant(row.number) : QVariant(tr("pending"));
    case SubjectColumn:
        return row.subject;
    case CustomerColumn:
        return row.customerName;
    case StatusColumn:
        return Labels::status(row.status);
    case PriorityColumn:
        return Labels::priority(row.priority);
    case ChannelColumn:
        return Labels::channel(row.channel);
    case QueueColumn:
        return row.queueName;
    case AssigneeColumn:
        return row.assigneeName.isEmpty() ? tr("Unassigned") : row.assigneeName;
    case UpdatedColumn:
        return updatedText(row.updatedAt);
    case SlaColumn: {
        const qint64 due = row.slaDue();
        if (due == 0) {
            return QString();
        }
        const qint64 left = due - m_clock();
        return left < 0 ? tr("overdue %1").arg(formatDuration(-left)) : tr("in %1").arg(formatDuration(left));
    }
    default:
        return {};
    }
}

void QueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case ChannelColumn:
        return tr("Channel");
    case QueueColumn:
        return tr("Queue");
    case AssigneeColumn:
        return tr("Assignee");
    case UpdatedColumn:
        return tr("Updated");
    case SlaColumn:
        return tr("SLA due");
    default:
        return {};
    }
}

bool QueueModel::lessThan(const QueueRow &a, const QueueRow &b) const
{
    int order = compareColumn(a, b, m_sortColumn);
    if (order == 0) {
        order = comparePresentFirst(a.number, b.number);  // a stable, meaningful tie-break
    }
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

std::size_t QueueModel::sortedPosition(const QueueRow &row) const
{
    if (m_sortColumn < 0) {
        return m_rows.size();
    }
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), row,
                                     [this](const QueueRow &a, const QueueRow &b) { return lessThan(a, b); });
    return static_cast<std::size_t>(it - m_rows.begin());
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;

    const QModelIndexList persistent = persistentIndexList();
    std::vector<QUuid> persistentIds;
    persistentIds.reserve(static_cast<std::size_t>(persistent.size()));
    for (const QModelIndex &index : persistent) {
        persistentIds.push_back(m_rows[static_cast<std::size_t>(index.row())].id);
    }

    m_sortMoves = sortedOrder();
    std::vector<QueueRow> sorted;
    sorted.reserve(m_rows.size());
    for (const int index : m_sortMoves) {
        sorted.push_back(std::move(m_rows[static_cast<std::size_t>(index)]));
    }
    m_rows = std::move(sorted);
    rebuildIndex();

    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        moved.append(index(rowOf(persistentIds[static_cast<std::size_t>(i)]), persistent[i].column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortMoves.clear();
}

std::vector<int> QueueModel::sortedOrder() const
{
    // Rows are sorted through compact keys: comparing whole rows misses the cache on every step.
    // A key holds the column's value as integers — for text, its first eight case-folded UTF-16 units —
    // and the ticket number; only keys that tie fall back to comparing the rows themselves.
    struct Key
    {
        quint64 high;
        quint64 low;
        quint64 number;
        int index;
    };
    const bool text = isTextColumn(m_sortColumn);
    const auto packText = [](const QString &value, qsizetype from) {
        quint64 packed = 0;
        for (qsizetype c = from; c < from + 4; ++c) {
            const auto unit = c < value.size() ? static_cast<char16_t>(QChar::toCaseFolded(value[c].unicode())) : u'\0';
            packed = (packed << 16) | unit;
        }
        return packed;
    };
    // Signed values become unsigned ones in the same order.
    const auto unsignedKey = [](qint64 value) {
        return static_cast<quint64>(value) ^ (quint64(1) << 63);
    };

    std::vector<Key> keys;
    keys.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QueueRow &row = m_rows[i];
        const QString &value = sortText(row, m_sortColumn);
        keys.push_back({text ? packText(value, 0) : unsignedKey(numericKey(row, m_sortColumn)),
                        text ? packText(value, 4) : 0, unsignedKey(presentFirstKey(row.number)), static_cast<int>(i)});
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    parallelSort(keys, [this, text, ascending](const Key &a, const Key &b) {
        if (a.high != b.high || a.low != b.low) {
            return ascending == (a.high != b.high ? a.high < b.high : a.low < b.low);
        }
        if (text) {
            return lessThan(m_rows[static_cast<std::size_t>(a.index)], m_rows[static_cast<std::size_t>(b.index)]);
        }
        return ascending ? a.number < b.number : a.number > b.number;
    });
    std::vector<int> order;
    order.reserve(keys.size());
    for (const Key &key : keys) {
        order.push_back(key.index);
    }
    return order;
}

void QueueModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, static_cast<int>(i));
    }
}

}  // namespace Frontline::Models
