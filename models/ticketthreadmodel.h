// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cannedreplytemplate.h"
#include "enums.h"
#include "result.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

class QSqlDatabase;

namespace Frontline::Models {

struct ChangeSet;

/*! A queue a ticket can be moved to or created in, as the cache knows it. */
struct QueueChoice
{
    QUuid id;
    QString name;

    bool operator==(const QueueChoice &) const = default;
};

/*! The ticket a thread belongs to, as its header shows it. */
struct ThreadHeader
{
    QUuid ticketId;
    std::optional<int> number;  // none until the server numbered a ticket created offline
    QString subject;
    TicketStatus status = TicketStatus::Open;
    Priority priority = Priority::Normal;
    Channel channel = Channel::Email;
    QString customerName;
    QString customerLanguage;
    QString customerEmail;
    QString customerPhone;
    QString queueName;
    QUuid customerId;
    QUuid queueId;
    QStringList tags;
    qint64 rev = 0;  // the server's revision the cache holds: the base of the agent's changes

    /*! What a canned reply's placeholders are filled with on this ticket, written by \a agentName. */
    TemplateContext templateContext(const QString &agentName) const;
};

/*! One message of the thread. */
struct ThreadMessage
{
    QUuid id;
    AuthorKind authorKind = AuthorKind::Customer;
    QString authorName;
    MessageVisibility visibility = MessageVisibility::Public;
    QString body;
    QDateTime createdAt;
    bool pending = false;  // written here and not yet confirmed by the server
};

/*!
    \brief The open ticket's conversation, oldest message first, read from the local store.

    Customer, agent, bot and system messages, public replies and internal notes; messages the agent
    wrote offline are marked pending until the server confirms them.
*/
class TicketThreadModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketThreadModel)

public:
    enum Role
    {
        AuthorKindRole = Qt::UserRole + 1,
        AuthorNameRole,
        VisibilityRole,
        CreatedAtRole,
        PendingRole,
    };

    explicit TicketThreadModel(QObject *parent = nullptr);
    ~TicketThreadModel() override;

    /*! Reads \a ticketId's header and messages, and the cache's queues; an unknown ticket leaves the model empty. */
    Status load(const QSqlDatabase &db, const QUuid &ticketId);
    void clear();
    /*! Whether a commit with \a changes may have changed what is shown. */
    bool isAffectedBy(const ChangeSet &changes) const;

    QUuid ticketId() const { return m_header ? m_header->ticketId : QUuid(); }
    const std::optional<ThreadHeader> &header() const { return m_header; }
    const std::vector<ThreadMessage> &messages() const { return m_messages; }
    /*! Every queue in the cache by name, read with the ticket: where it can be transferred or a new one created. */
    const std::vector<QueueChoice> &queues() const { return m_queues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /*! After load() or clear(). */
    void loaded();

private:
    std::optional<ThreadHeader> m_header;
    std::vector<ThreadMessage> m_messages;
    std::vector<QueueChoice> m_queues;
};

}  // namespace Frontline::Models
