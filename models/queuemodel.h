// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changeset.h"
#include "queuerow.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>
#include <QTime>

#include <functional>
#include <vector>

namespace Frontline::Models {

/*!
    \brief The ticket list of a queue view: every ticket in the cache as a compact in-memory row.

    Sorting happens in the model itself (a proxy model is too slow for 100,000 rows). Changes from
    the store update rows in place: a changed row keeps its position, so the selection and the
    scroll position stay where the agent left them; a new row is inserted where the current sort
    order puts it.
*/
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        CustomerColumn,
        StatusColumn,
        PriorityColumn,
        ChannelColumn,
        QueueColumn,
        AssigneeColumn,
        UpdatedColumn,
        SlaColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        SlaStateRole,     // an SlaState
        UnreadRole,       // bool: the customer wrote since the agent last had the ticket open
        PendingSyncRole,  // bool: the agent's change to the ticket has not reached the server yet
    };
    enum class SlaState
    {
        None,
        OnTrack,
        DueSoon,
        Breached
    };
    Q_ENUM(SlaState)

    static constexpr qint64 DueSoonMs = 60 * 60 * 1000;
    static constexpr std::ptrdiff_t MaxIncrementalInserts = 256;

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    /*! Replaces every row with the tickets stored in \a db. */
    Status reload(const QSqlDatabase &db);
    /*! Brings the rows touched by \a changes up to date from \a db. */
    Status refresh(const QSqlDatabase &db, const ChangeSet &changes);

    void resetRows(std::vector<QueueRow> rows);
    void upsertRows(std::vector<QueueRow> rows);
    void removeTickets(const QSet<QUuid> &ids);

    const QueueRow *rowAt(int row) const
    {
        return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
    }
    int rowOf(const QUuid &ticketId) const;

    /*!
        The ticket the agent has open: it never shows as unread, since whatever arrives in it is read
        as it arrives (the store's read marks follow a moment later).
    */
    void setOpenTicket(const QUuid &ticketId);
    bool isUnread(const QueueRow &row) const { return row.unread && row.id != m_openTicket; }

    /*! The clock SLA times are measured against (milliseconds since the epoch); tests fix it. */
    void setClock(std::function<qint64()> clock);
    SlaState slaState(const QueueRow &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /*! While sort() emits layoutChanged(): for each row, the row it was in before; empty otherwise. A proxy
        keeping something per row moves it along instead of building it again. */
    const std::vector<int> &sortMoves() const { return m_sortMoves; }
    /*! The interface language changed: headers and every cell's words are drawn again (rows stay). */
    void retranslate();

private:
    /*! The names the rows of \a ids show and that \a changes does not replace. */
    QueueRowReader::Known knownOf(const QSet<QUuid> &ids, const ChangeSet &changes) const;
    QVariant displayText(const QueueRow &row, int column) const;
    QVariant decoration(const QueueRow &row, int column) const;
    QVariant toolTip(const QueueRow &row, int column) const;
    QString markerDescription(const QueueRow &row) const;
    void rowChanged(const QUuid &ticketId);
    QString updatedText(qint64 updatedAt) const;
    bool lessThan(const QueueRow &a, const QueueRow &b) const;
    std::size_t sortedPosition(const QueueRow &row) const;
    std::vector<int> sortedOrder() const;
    void rebuildIndex();

    std::vector<QueueRow> m_rows;
    QHash<QUuid, int> m_rowOf;
    std::vector<int> m_sortMoves;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::function<qint64()> m_clock;
    QUuid m_openTicket;
};

}  // namespace Frontline::Models
