// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuefiltermodel.h"

#include "queuemodel.h"
#include "queuerow.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <thread>

namespace Frontline::Models {

namespace {

// Qt's substring search hashes a rolling window over the haystack; finding the needle's first
// character with the vectorised single-character search and comparing from there is several times
// faster on the short texts of a queue, where most haystacks do not hold that character at all.
qsizetype indexOfText(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty()) {
        return 0;
    }
    const QChar first = needle.front();
    const QStringView rest = needle.sliced(1);
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype at = haystack.indexOf(first); at >= 0 && at <= last; at = haystack.indexOf(first, at + 1)) {
        if (haystack.sliced(at + 1, rest.size()) == rest) {
            return at;
        }
    }
    return -1;
}

bool containsText(QStringView haystack, QStringView needle)
{
    return indexOfText(haystack, needle) >= 0;
}

// Below this many rows one core filters faster than starting a second thread.
constexpr int minimumRowsForThreads = 20000;

}  // namespace

QueueFilterModel::QueueFilterModel(QueueModel *queue, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_queue(queue)
{
    QAbstractProxyModel::setSourceModel(queue);
    connect(queue, &QAbstractItemModel::dataChanged, this, &QueueFilterModel::sourceDataChanged);
    connect(queue, &QAbstractItemModel::rowsInserted, this, &QueueFilterModel::sourceRowsInserted);
    connect(queue, &QAbstractItemModel::rowsAboutToBeRemoved, this, &QueueFilterModel::sourceRowsAboutToBeRemoved);
    connect(queue, &QAbstractItemModel::rowsRemoved, this, &QueueFilterModel::sourceRowsRemoved);
    connect(queue, &QAbstractItemModel::layoutAboutToBeChanged, this, &QueueFilterModel::sourceLayoutAboutToBeChanged);
    connect(queue, &QAbstractItemModel::layoutChanged, this, &QueueFilterModel::sourceLayoutChanged);
    connect(queue, &QAbstractItemModel::modelAboutToBeReset, this, &QueueFilterModel::beginResetModel);
    connect(queue, &QAbstractItemModel::modelReset, this, &QueueFilterModel::sourceReset);
    connect(queue, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    resizeToQueue();
    decide(0, m_queue->rowCount(), Refilter::Everything);
    remap();
}

QueueFilterModel::~QueueFilterModel() = default;

void QueueFilterModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    QueueFilter trimmed = filter;
    trimmed.text = filter.text.trimmed();
    // "tag:refund" and "#refund" ask for a tag; "#1042" is the ticket number; the other words are text.
    QStringList words;
    QStringList tagNeedles;
    for (const QString &word : trimmed.text.split(u' ', Qt::SkipEmptyParts)) {
        const bool hash = word.size() > 1 && (word.front() == u'#' || word.front() == u'＃');
        if (hash && word.at(1).isDigit()) {
            words.append(word.sliced(1));
        } else if (hash || (word.startsWith(u"tag:", Qt::CaseInsensitive) && word.size() > 4)) {
            tagNeedles.append(u'\x02' + SearchText::foldedText(word.sliced(hash ? 1 : 4)) + u'\x02');
        } else {
            words.append(word);
        }
    }
    const QString needle = SearchText::foldedText(words.join(u' '));
    QueueFilter fieldsBefore = m_filter;
    QueueFilter fieldsAfter = trimmed;
    fieldsBefore.text.clear();
    fieldsAfter.text.clear();
    // Typing on narrows the last filter: a row it left out stays out, so only the rows shown are tested.
    const bool sameFields = fieldsBefore == fieldsAfter;
    const bool narrowing = sameFields && needle.contains(m_needle) && tagNeedles == m_tagNeedles;
    m_filter = trimmed;
    m_needle = needle;
    m_tagNeedles = tagNeedles;
    refilter(narrowing ? Refilter::Narrowing : sameFields ? Refilter::Text : Refilter::Everything);
}

void QueueFilterModel::setAgent(const QUuid &agentId, const QSet<QUuid> &queueIds)
{
    if (agentId == m_agentId && queueIds == m_queueIds) {
        return;
    }
    m_agentId = agentId;
    m_queueIds = queueIds;
    if (m_filter.view != QueueFilter::View::Everything) {
        refilter(Refilter::Everything);
    }
}

void QueueFilterModel::prepare()
{
    const int rows = m_queue->rowCount();
    for (int row = 0; row < rows; ++row) {
        haystack(row);
    }
}

void QueueFilterModel::decide(int from, int to, Refilter what)
{
    for (int row = from; row < to; ++row) {
        char &passed = m_passed[std::size_t(row)];
        if (what == Refilter::Narrowing && !passed) {
            continue;
        }
        if (what == Refilter::Everything) {
            m_fieldsPassed[std::size_t(row)] = acceptsFields(*m_queue->rowAt(row)) ? 1 : 0;
        }
        passed = m_fieldsPassed[std::size_t(row)] && matchesText(row) ? 1 : 0;
    }
}

void QueueFilterModel::refilter(Refilter what)
{
    const int rows = m_queue->rowCount();
    if (rows >= minimumRowsForThreads && std::thread::hardware_concurrency() >= 2) {
        if (!m_needle.isEmpty() || !m_tagNeedles.isEmpty()) {
            prepare();  // haystacks are built lazily: the threads below only read them
        }
        const int middle = rows / 2;
        std::thread firstHalf([this, middle, what] { decide(0, middle, what); });
        decide(middle, rows, what);
        firstHalf.join();
    } else {
        decide(0, rows, what);
    }
    // One layout change: removing rows range by range costs seconds at 100,000.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before) {
        sources.push_back(m_shown[std::size_t(index.row())]);
    }
    remap();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int shownAt = m_proxyRow[std::size_t(sources[std::size_t(i)])];
        after.append(shownAt < 0 ? QModelIndex() : createIndex(shownAt, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void QueueFilterModel::remap()
{
    m_shown.clear();
    m_proxyRow.assign(m_passed.size(), -1);
    for (std::size_t row = 0; row < m_passed.size(); ++row) {
        if (m_passed[row]) {
            m_proxyRow[row] = int(m_shown.size());
            m_shown.push_back(int(row));
        }
    }
}

void QueueFilterModel::resizeToQueue()
{
    const auto rows = std::size_t(m_queue->rowCount());
    m_haystacks.assign(rows, Haystack());
    m_passed.assign(rows, 0);
    m_fieldsPassed.assign(rows, 0);
}

bool QueueFilterModel::passes(int sourceRow)
{
    char &fields = m_fieldsPassed[std::size_t(sourceRow)];
    fields = acceptsFields(*m_queue->rowAt(sourceRow)) ? 1 : 0;
    return fields && matchesText(sourceRow);
}

const QueueRow *QueueFilterModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? m_queue->rowAt(m_shown[std::size_t(row)]) : nullptr;
}

int QueueFilterModel::rowOf(const QUuid &ticketId) const
{
    const int source = m_queue->rowOf(ticketId);
    return source < 0 || std::size_t(source) >= m_proxyRow.size() ? -1 : m_proxyRow[std::size_t(source)];
}

QModelIndex QueueFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_shown.size()) || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex QueueFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex QueueFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int QueueFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int QueueFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_queue->columnCount();
}

bool QueueFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QModelIndex QueueFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_shown.size())) {
        return {};
    }
    return m_queue->index(m_shown[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex QueueFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_queue ||
        std::size_t(sourceIndex.row()) >= m_proxyRow.size()) {
        return {};
    }
    const int shownAt = m_proxyRow[std::size_t(sourceIndex.row())];
    return shownAt < 0 ? QModelIndex() : createIndex(shownAt, sourceIndex.column());
}

void QueueFilterModel::sort(int column, Qt::SortOrder order)
{
    m_queue->sort(column, order);
}

void QueueFilterModel::sourceDataChanged(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles)
{
    int shownFrom = -1;
    int shownTo = -1;
    const auto flush = [&] {
        if (shownFrom >= 0) {
            emit dataChanged(createIndex(shownFrom, from.column()), createIndex(shownTo, to.column()), roles);
        }
        shownFrom = -1;
    };
    for (int row = from.row(); row <= to.row(); ++row) {
        m_haystacks[std::size_t(row)] = Haystack();  // the ticket's text may have changed
        const bool passesNow = passes(row);
        const bool shown = m_proxyRow[std::size_t(row)] >= 0;
        if (passesNow != shown) {
            flush();
            m_passed[std::size_t(row)] = passesNow ? 1 : 0;
            passesNow ? showRow(row) : hideRow(row);
            continue;
        }
        if (!shown) {
            continue;
        }
        // The shown rows of a source range are one proxy range: the proxy keeps the source's order.
        const int at = m_proxyRow[std::size_t(row)];
        if (shownFrom < 0) {
            shownFrom = at;
        }
        shownTo = at;
    }
    flush();
}

void QueueFilterModel::showRow(int sourceRow)
{
    const auto position = std::lower_bound(m_shown.begin(), m_shown.end(), sourceRow);
    const int at = int(position - m_shown.begin());
    beginInsertRows({}, at, at);
    m_shown.insert(position, sourceRow);
    for (std::size_t i = std::size_t(at); i < m_shown.size(); ++i) {
        m_proxyRow[std::size_t(m_shown[i])] = int(i);
    }
    endInsertRows();
}

void QueueFilterModel::hideRow(int sourceRow)
{
    const int at = m_proxyRow[std::size_t(sourceRow)];
    beginRemoveRows({}, at, at);
    m_shown.erase(m_shown.begin() + at);
    m_proxyRow[std::size_t(sourceRow)] = -1;
    for (std::size_t i = std::size_t(at); i < m_shown.size(); ++i) {
        m_proxyRow[std::size_t(m_shown[i])] = int(i);
    }
    endRemoveRows();
}

void QueueFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    // The rows below move down; the new ones start out hidden, then show if they pass.
    m_haystacks.insert(m_haystacks.begin() + first, std::size_t(count), Haystack());
    m_passed.insert(m_passed.begin() + first, std::size_t(count), 0);
    m_fieldsPassed.insert(m_fieldsPassed.begin() + first, std::size_t(count), 0);
    m_proxyRow.insert(m_proxyRow.begin() + first, std::size_t(count), -1);
    for (int &source : m_shown) {
        source += source >= first ? count : 0;
    }
    for (int row = first; row <= last; ++row) {
        if (passes(row)) {
            m_passed[std::size_t(row)] = 1;
            showRow(row);
        }
    }
}

void QueueFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    // While the source still has them, so that views can look at what they lose.
    for (int row = last; row >= first; --row) {
        if (m_proxyRow[std::size_t(row)] >= 0) {
            hideRow(row);
        }
    }
}

void QueueFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    m_haystacks.erase(m_haystacks.begin() + first, m_haystacks.begin() + last + 1);
    m_passed.erase(m_passed.begin() + first, m_passed.begin() + last + 1);
    m_fieldsPassed.erase(m_fieldsPassed.begin() + first, m_fieldsPassed.begin() + last + 1);
    m_proxyRow.erase(m_proxyRow.begin() + first, m_proxyRow.begin() + last + 1);
    for (int &source : m_shown) {
        source -= source > last ? count : 0;
    }
}

void QueueFilterModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutIndexes = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(m_layoutIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutIndexes)) {
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
    }
}

void QueueFilterModel::sourceLayoutChanged()
{
    // The queue was sorted: each row's answer and text move with it.
    const std::vector<int> &movedFrom = m_queue->sortMoves();
    if (movedFrom.size() == m_passed.size()) {
        std::vector<char> passed(m_passed.size());
        std::vector<char> fieldsPassed(m_fieldsPassed.size());
        std::vector<Haystack> haystacks(m_haystacks.size());
        for (std::size_t row = 0; row < movedFrom.size(); ++row) {
            const auto from = std::size_t(movedFrom[row]);
            passed[row] = m_passed[from];
            fieldsPassed[row] = m_fieldsPassed[from];
            haystacks[row] = std::move(m_haystacks[from]);
        }
        m_passed = std::move(passed);
        m_fieldsPassed = std::move(fieldsPassed);
        m_haystacks = std::move(haystacks);
    } else {
        resizeToQueue();
        decide(0, m_queue->rowCount(), Refilter::Everything);
    }
    remap();
    QModelIndexList after;
    after.reserve(m_layoutIndexes.size());
    for (qsizetype i = 0; i < m_layoutIndexes.size(); ++i) {
        after.append(mapFromSource(m_layoutSources[i]));
    }
    changePersistentIndexList(m_layoutIndexes, after);
    m_layoutIndexes.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void QueueFilterModel::sourceReset()
{
    resizeToQueue();
    decide(0, m_queue->rowCount(), Refilter::Everything);
    remap();
    endResetModel();
}

bool QueueFilterModel::acceptsFields(const QueueRow &row) const
{
    switch (m_filter.view) {
    case QueueFilter::View::Everything:
        break;
    case QueueFilter::View::MyQueues:
        if (!m_queueIds.contains(row.queueId)) {
            return false;
        }
        break;
    case QueueFilter::View::Mine:
        if (m_agentId.isNull() || row.assigneeId != m_agentId) {
            return false;
        }
        break;
    case QueueFilter::View::Unassigned:
        if (!row.assigneeId.isNull()) {
            return false;
        }
        break;
    }
    if (!m_filter.queueId.isNull() && row.queueId != m_filter.queueId) {
        return false;
    }
    if ((m_filter.status && row.status != *m_filter.status) ||
        (m_filter.priority && row.priority != *m_filter.priority) ||
        (m_filter.channel && row.channel != *m_filter.channel)) {
        return false;
    }
    return true;
}

const QueueFilterModel::Haystack &QueueFilterModel::haystack(int sourceRow) const
{
    Haystack &hay = m_haystacks[std::size_t(sourceRow)];
    if (hay.text.isNull()) {
        const QueueRow &row = *m_queue->rowAt(sourceRow);
        QString text = SearchText::foldedText(row.subject) + u'\x01' + SearchText::foldedText(row.customerName);
        hay.textEnd = int(text.size());
        if (row.number > 0) {
            text += QStringLiteral("\x01#") + QString::number(row.number);
            hay.numberAt = hay.textEnd + 2;
        } else {
            hay.numberAt = hay.textEnd;
        }
        hay.tagsAt = int(text.size());
        const QJsonArray tags = QJsonDocument::fromJson(row.tags.toUtf8()).array();
        for (const QJsonValue &tag : tags) {
            text += u'\x02' + SearchText::foldedText(tag.toString());
        }
        if (!tags.isEmpty()) {
            text += u'\x02';
        }
        hay.text = std::move(text);
    }
    return hay;
}

bool QueueFilterModel::matchesText(int sourceRow) const
{
    if (m_needle.isEmpty() && m_tagNeedles.isEmpty()) {
        return true;
    }
    const Haystack &hay = haystack(sourceRow);
    const QStringView text(hay.text);
    for (const QString &tag : m_tagNeedles) {
        if (!containsText(text.sliced(hay.tagsAt), tag)) {
            return false;
        }
    }
    if (m_needle.isEmpty()) {
        return true;
    }
    // In the subject or the customer, or at the start of the number.
    return containsText(text.first(hay.textEnd), m_needle) ||
           (hay.numberAt > hay.textEnd && text.sliced(hay.numberAt, hay.tagsAt - hay.numberAt).startsWith(m_needle));
}

}  // namespace Frontline::Models
