// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>
#include <models/teamsnapshot.h>

#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QValueAxis;

namespace Frontline::Models {
class TeamAgentModel;
class TeamQueueModel;
}  // namespace Frontline::Models

namespace Frontline::Widgets {

class QueueTile;

/*!
    \brief The team lead's dashboard: a tile per queue, the team's agents in a sortable table, and today
    hour by hour (tickets created and solved, SLA breaches, CSAT) as charts.

    It shows the last snapshot it was given and says how old it is: "Updated 14:05", and while offline
    or when no new figures came for StaleAfterMs, "Offline — figures from 14:05 (3 min ago)". A tile
    activated asks for that queue's tickets (queueActivated()); "Export to CSV…" writes the figures
    shown with Models::TeamCsv. Where the server allows it (setPresenceChangeAllowed()), "Set Status…" and
    the agent table's context menu change the selected agents' presence (presenceChangeRequested()).
*/
class LeadDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDashboard)

public:
    enum class Chart
    {
        CreatedSolved,
        Breaches,
        Csat,
    };

    /*! Figures this old, with nothing newer, are marked as not current. */
    static constexpr qint64 StaleAfterMs = 10'000;

    explicit LeadDashboard(QWidget *parent = nullptr);
    ~LeadDashboard() override;

    /*!
        Shows \a snapshot, received at \a receivedAt by the dashboard's clock (default: now); figures
        kept from an earlier session carry the time they came, so they show their true age.
    */
    void setSnapshot(const Models::TeamSnapshot &snapshot, std::optional<qint64> receivedAt = std::nullopt);
    /*! When the figures shown arrived, by the dashboard's clock. */
    qint64 receivedAt() const { return m_receivedAt; }
    const std::optional<Models::TeamSnapshot> &snapshot() const { return m_snapshot; }
    /*! Whether the server can send figures now; offline the figures are marked as old. */
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    /*! The clock ages are measured with (milliseconds since the epoch); tests set their own. */
    void setClock(std::function<qint64()> clock);

    /*! Whether the figures are marked as not current (offline, none yet, or too old). */
    bool isStale() const;
    QString staleText() const;
    QString updatedText() const;
    /*! Looks at the age of the figures again (a timer does this every second). */
    void updateStaleness();

    QList<QueueTile *> tiles() const { return m_tiles; }
    QueueTile *tile(const QUuid &queueId) const;
    QTableView *agentTable() const { return m_agentTable; }
    Models::TeamAgentModel *agentModel() const { return m_agents; }
    Models::TeamQueueModel *queueModel() const { return m_queues; }
    QChartView *chartView(Chart chart) const;
    QPushButton *exportButton() const { return m_export; }
    QLabel *staleMarker() const { return m_stale; }

    /*! The presences a lead can give an agent, in the order the menus list them. */
    static constexpr std::array<Models::Presence, 4> PresenceChoices{Models::Presence::Online, Models::Presence::Away,
                                                                     Models::Presence::Busy, Models::Presence::Offline};

    /*!
        Whether the lead may change agents' presence (the server's policy and their role, from the welcome):
        without it "Set Status…" and the context menu's entries are hidden.
    */
    void setPresenceChangeAllowed(bool allowed);
    bool isPresenceChangeAllowed() const { return m_presenceAllowed; }
    /*! "Set Status…", with a menu of PresenceChoices for the selected agents. */
    QPushButton *setStatusButton() const { return m_setStatus; }
    /*! Says whose presence the lead last set, and to what. */
    QLabel *presenceResult() const { return m_presenceResult; }
    /*! One action per PresenceChoices entry, in that order (also the agent table's context menu). */
    QList<QAction *> presenceActions() const { return m_presenceActions; }
    /*! The agents selected in the table, in the table's order. */
    QList<QUuid> selectedAgents() const;

    /*! Writes the figures shown to \a path as CSV; false (and says why) when it could not. */
    bool exportTo(const QString &path);
    /*! Asks where to save (frontline-metrics-YYYY-MM-DD.csv) and exports there. */
    void chooseExportFile();

signals:
    /*! The lead wants to see this queue's tickets. */
    void queueActivated(const QUuid &queueId);
    /*! The window was closed: the figures are no longer needed. */
    void closed();
    /*! The lead chose \a presence for \a agentId (once per selected agent). */
    void presenceChangeRequested(const QUuid &agentId, Frontline::Models::Presence presence);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void createCharts();
    void updateTiles();
    void layoutTiles();
    void updateCharts();
    void createPresenceActions();
    /*! Enables and checks the presence entries for the selection (the current presence of a single agent). */
    void updatePresenceActions();
    void choosePresence(Models::Presence presence);
    QString timeText(qint64 ms) const;

    std::optional<Models::TeamSnapshot> m_snapshot;
    qint64 m_receivedAt = 0;  // by the clock below: ages are measured here, not against the server's clock
    bool m_online = false;
    std::function<qint64()> m_clock;
    QTimer m_ageTimer;

    QLabel *m_title = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_stale = nullptr;
    QLabel *m_exportResult = nullptr;
    QPushButton *m_export = nullptr;
    QScrollArea *m_tileArea = nullptr;
    QWidget *m_tileBox = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QLabel *m_noQueues = nullptr;
    QList<QueueTile *> m_tiles;
    int m_tileColumns = 0;
    QSplitter *m_split = nullptr;  // the tiles above the agents and the charts
    bool m_sized = false;          // the tiles' share of the height was set for the first figures
    QLabel *m_agentsTitle = nullptr;
    Models::TeamQueueModel *m_queues = nullptr;
    Models::TeamAgentModel *m_agents = nullptr;
    QSortFilterProxyModel *m_sortedAgents = nullptr;
    QTableView *m_agentTable = nullptr;
    QPushButton *m_setStatus = nullptr;
    QMenu *m_statusMenu = nullptr;
    QActionGroup *m_presenceGroup = nullptr;
    QList<QAction *> m_presenceActions;  // in PresenceChoices order
    QLabel *m_presenceResult = nullptr;  // whose presence the lead just set
    bool m_presenceAllowed = false;
    QTabWidget *m_charts = nullptr;
    QChartView *m_createdSolvedView = nullptr;
    QChartView *m_breachesView = nullptr;
    QChartView *m_csatView = nullptr;
    QBarSet *m_created = nullptr;
    QBarSet *m_solved = nullptr;
    QBarSet *m_breaches = nullptr;
    QLineSeries *m_csat = nullptr;
    QValueAxis *m_createdSolvedHours = nullptr;
    QValueAxis *m_breachHours = nullptr;
    QValueAxis *m_csatHours = nullptr;
    QValueAxis *m_createdSolvedCounts = nullptr;
    QValueAxis *m_breachCounts = nullptr;
    QValueAxis *m_csatScores = nullptr;
};

}  // namespace Frontline::Widgets
