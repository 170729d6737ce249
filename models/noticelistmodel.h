// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

#include <vector>

namespace Frontline::Models {

/*! A notice the sync engine kept: what the server refused, in plain language, and any text to recover. */
struct NoticeRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString kind;  // the reject reason's wire name
    QUuid ticketId;
    QString text;
    QString recoveredBody;  // the refused reply's, note's or ticket's text; empty when nothing was lost
    bool seen = false;
};

/*!
    \brief The notices in the cache, newest first.

    A refused reply disappears from the ticket, but its text stays here until the agent has copied
    it somewhere; the list keeps every notice, read or not.
*/
class NoticeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeListModel)

public:
    enum Role
    {
        NoticeIdRole = Qt::UserRole + 1,
        RecoveredBodyRole,
        SeenRole,
        CreatedAtRole,
    };

    /*! At most this many of the newest notices are listed. */
    static constexpr int MaxNotices = 500;

    explicit NoticeListModel(QObject *parent = nullptr);
    ~NoticeListModel() override;

    Status reload(const QSqlDatabase &db);
    const NoticeRow *noticeAt(int row) const;
    int unseenCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<NoticeRow> m_rows;
};

}  // namespace Frontline::Models
