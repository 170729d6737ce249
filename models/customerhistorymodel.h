// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changeset.h"
#include "enums.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace Frontline::Models {

/*! The customer as the history panel shows them, from the cache. */
struct CustomerProfile
{
    QUuid id;
    QString name;
    QString language;
    CustomerTier tier = CustomerTier::Standard;
    bool vip = false;
    QStringList tags;
    QString notes;
    qint64 lifetimeValueCents = 0;
    QString email;  // as cached: the panel shows them masked until revealed
    QString phone;
};

/*! One of the customer's tickets as the history panel lists it. */
struct HistoryRow
{
    QUuid ticketId;
    std::optional<int> number;  // none: created offline, not numbered by the server yet
    QString subject;
    TicketStatus status = TicketStatus::New;
    Channel channel = Channel::Email;
    QDateTime createdAt;
    std::optional<int> csatScore;
};

/*!
    \brief A customer's tickets in the cache, newest first, and what the cache knows of the rest.

    The queues bring only the tickets of the agent's own queues; older history is fetched from the
    server on demand (the sync engine's fetchCustomerHistory()) and noted in \c history_cache, so the
    panel can tell the agent whether the list is complete and how old it is.
*/
class CustomerHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHistoryModel)

public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        StatusColumn,
        CreatedColumn,
        CsatColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
    };

    /*! What the cache holds beyond the agent's own queues. */
    struct CacheState
    {
        std::optional<QDateTime> fetchedAt;  // none: never fetched, only what the queues brought
        bool complete = false;               // the fetch brought every ticket the agent may see
    };

    explicit CustomerHistoryModel(QObject *parent = nullptr);
    ~CustomerHistoryModel() override;

    /*! Shows \a customerId's cached profile and tickets from \a db. */
    Status load(const QSqlDatabase &db, const QUuid &customerId);
    /*! Shows nobody. */
    void clear();

    QUuid customerId() const { return m_customerId; }
    /*! None when nobody is shown or the customer is not in the cache. */
    const std::optional<CustomerProfile> &profile() const { return m_profile; }
    const CacheState &cacheState() const { return m_cacheState; }
    /*! Whether \a changes may have changed what this model shows (load() again then). */
    bool isAffectedBy(const ChangeSet &changes) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /*! After load() or clear(): profile and cache state may differ. */
    void loaded();

private:
    QUuid m_customerId;
    std::optional<CustomerProfile> m_profile;
    CacheState m_cacheState;
    std::vector<HistoryRow> m_rows;
};

}  // namespace Frontline::Models
