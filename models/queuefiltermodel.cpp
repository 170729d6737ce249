// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuefiltermodel.h"

#include "queuemodel.h"
#include "queuerow.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    : QSortFilterProxyModel(parent)
    , m_queue(queue)
{
    // Connected before setSourceModel(), so the haystacks are up to date when the proxy filters again.
    connect(queue, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row() && row < int(m_haystacks.size()); ++row) {
            m_haystacks[std::size_t(row)] = Haystack();
        }
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(queue, signal, this, &QueueFilterModel::forgetHaystacks);
    }
    connect(queue, &QAbstractItemModel::layoutChanged, this, &QueueFilterModel::forgetHaystacks);
    connect(queue, &QAbstractItemModel::modelReset, this, &QueueFilterModel::forgetHaystacks);
    setSourceModel(queue);
    // The queue model sorts itself (fast, on its own rows) and the proxy keeps that order: it never
    // sorts, so "dynamic" only means that a changed ticket is filtered again (claimed: out of Unassigned).
    setDynamicSortFilter(true);
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
    m_narrowing = fieldsBefore == fieldsAfter && needle.contains(m_needle) && tagNeedles == m_tagNeedles &&
                  m_passed.size() == std::size_t(m_queue->rowCount());
    if (!m_narrowing) {
        m_passed.assign(std::size_t(m_queue->rowCount()), 1);
    }
    m_filter = trimmed;
    m_needle = needle;
    m_tagNeedles = tagNeedles;
    decideInParallel();
    invalidate();  // one layout change: removing rows range by range costs seconds at 100,000
    m_narrowing = false;
    m_decided = false;
}

void QueueFilterModel::decideInParallel()
{
    const int rows = m_queue->rowCount();
    if (rows < minimumRowsForThreads || std::thread::hardware_concurrency() < 2 ||
        m_passed.size() != std::size_t(rows)) {
        return;
    }
    prepare();  // haystacks are built lazily: the threads below only read them
    const auto decide = [this](int from, int to) {
        for (int row = from; row < to; ++row) {
            char &passed = m_passed[std::size_t(row)];
            if (!m_narrowing || passed) {
                const QueueRow &ticket = *m_queue->rowAt(row);
                passed = acceptsFields(ticket) && matchesText(row, ticket) ? 1 : 0;
            }
        }
    };
    const int middle = rows / 2;
    std::thread firstHalf(decide, 0, middle);
    decide(middle, rows);
    firstHalf.join();
    m_decided = true;
}

void QueueFilterModel::prepare()
{
    const int rows = m_queue->rowCount();
    for (int row = 0; row < rows; ++row) {
        haystack(row, *m_queue->rowAt(row));
    }
}

void QueueFilterModel::setAgent(const QUuid &agentId, const QSet<QUuid> &queueIds)
{
    if (agentId == m_agentId && queueIds == m_queueIds) {
        return;
    }
    m_agentId = agentId;
    m_queueIds = queueIds;
    if (m_filter.view != QueueFilter::View::Everything) {
        invalidate();  // one layout change: removing rows range by range costs seconds at 100,000
    }
}

const QueueRow *QueueFilterModel::rowAt(int row) const
{
    const QModelIndex shown = index(row, 0);
    return shown.isValid() ? m_queue->rowAt(mapToSource(shown).row()) : nullptr;
}

int QueueFilterModel::rowOf(const QUuid &ticketId) const
{
    const int source = m_queue->rowOf(ticketId);
    return source < 0 ? -1 : mapFromSource(m_queue->index(source, 0)).row();
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

const QueueFilterModel::Haystack &QueueFilterModel::haystack(int sourceRow, const QueueRow &row) const
{
    if (m_haystacks.size() != std::size_t(m_queue->rowCount())) {
        m_haystacks.assign(std::size_t(m_queue->rowCount()), Haystack());
    }
    Haystack &hay = m_haystacks[std::size_t(sourceRow)];
    if (hay.text.isNull()) {
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

void QueueFilterModel::sort(int column, Qt::SortOrder order)
{
    m_queue->sort(column, order);
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QueueRow *row = sourceParent.isValid() ? nullptr : m_queue->rowAt(sourceRow);
    if (!row) {
        return false;
    }
    const bool known = std::size_t(sourceRow) < m_passed.size();
    if (known && (m_decided || m_narrowing) && !m_passed[std::size_t(sourceRow)]) {
        return false;
    }
    if (known && m_decided) {
        return true;
    }
    const bool passes = acceptsFields(*row) && matchesText(sourceRow, *row);
    if (known) {
        m_passed[std::size_t(sourceRow)] = passes ? 1 : 0;
    }
    return passes;
}

bool QueueFilterModel::matchesText(int sourceRow, const QueueRow &row) const
{
    if (m_needle.isEmpty() && m_tagNeedles.isEmpty()) {
        return true;
    }
    const Haystack &hay = haystack(sourceRow, row);
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
