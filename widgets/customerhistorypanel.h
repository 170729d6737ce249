// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>

#include <QSet>
#include <QUuid>
#include <QWidget>

#include <array>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace Frontline::Models {
class CustomerHistoryModel;
}

namespace Frontline::Widgets {

/*!
    \brief The customer of the selected ticket: profile, past tickets with status and CSAT, and a
    line saying what of it is in the cache and what needs the server.

    The panel only shows its model; fetchRequested() asks whoever wires it to load the older history.
*/
class CustomerHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHistoryPanel)

public:
    explicit CustomerHistoryPanel(QWidget *parent = nullptr);
    ~CustomerHistoryPanel() override;

    void setModel(Models::CustomerHistoryModel *model);
    /*! Whether the server can be asked now; offline, the panel says the rest needs the server. */
    void setServerReachable(bool reachable);
    /*! A fetch for the shown customer is under way (true) or ended (false, \a failed when it did not reach the server).
     */
    void setFetching(bool fetching, bool failed = false);

    /*! The line about the cache, as shown (for tests and accessibility). */
    QString cacheText() const;

    /*! A contact point as shown: masked, or in full once revealed (for tests and accessibility). */
    QString contactText(Models::ContactPoint point) const;
    QToolButton *revealButton(Models::ContactPoint point) const;

signals:
    void fetchRequested(const QUuid &customerId);
    /*! The agent revealed one of the customer's contact points: the server is to audit it. */
    void contactRevealed(const QUuid &customerId, Models::ContactPoint point);
    void ticketActivated(const QUuid &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ContactRow
    {
        Models::ContactPoint point;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QToolButton *reveal = nullptr;
    };

    void updateContents();
    void updateContact(ContactRow &row);
    void toggleReveal(const ContactRow &row);
    QString profileText() const;
    QString cacheLine() const;

    Models::CustomerHistoryModel *m_model = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_notes = nullptr;
    std::array<ContactRow, 2> m_contacts;
    QUuid m_revealedFor;  // the customer whose contact points are revealed
    QSet<Models::ContactPoint> m_revealed;
    QTableView *m_table = nullptr;
    QLabel *m_cache = nullptr;
    QPushButton *m_fetch = nullptr;
    bool m_reachable = false;
    bool m_fetching = false;
    bool m_failed = false;
};

}  // namespace Frontline::Widgets
