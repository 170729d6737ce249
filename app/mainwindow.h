// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>
#include <models/teamsnapshotcache.h>
#include <widgets/calldialog.h>
#include <widgets/newticketdialog.h>

#include <QMainWindow>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QSystemTrayIcon;
class QToolButton;

namespace Frontline::Models {
class ArticleSearchModel;
class CustomerHistoryModel;
class LocalStore;
class CannedReplyFinder;
class DraftKeeper;
class TicketReadMarks;
class NoticeListModel;
class QueueFilterModel;
class QueueModel;
struct QueueFilter;
struct QueueSummary;
struct QueueRow;
class TicketThreadModel;
class TicketViewers;
struct ChangeSet;
struct TeamSnapshot;
}  // namespace Frontline::Models

namespace Frontline::Widgets {
class CustomerHistoryPanel;
class KnowledgeBasePanel;
class LeadDashboard;
class PresenceSelector;
class QueueFilterBar;
class QueueView;
class TicketView;
}  // namespace Frontline::Widgets

namespace Frontline::App {

class AttentionNotifier;

/*!
    \brief The agent's main window: the ticket queue, the selected ticket's customer history beside it,
    and the state of the cache and the connection in the status bar.

    It reads through the store's read connection and refreshes only what each commit changed.
*/
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Models::LocalStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::QueueModel *queueModel() const { return m_model; }
    Widgets::QueueView *queueView() const { return m_view; }
    Models::QueueFilterModel *filterModel() const { return m_filter; }
    Widgets::QueueFilterBar *filterBar() const { return m_filterBar; }
    /*! What the tray icon's tooltip says: tickets waiting in the agent's queues, the nearest SLA deadline. */
    QString trayText() const;
    /*! Selects \a ticketId in the queue (clearing a filter that hides it); false if it is not cached. */
    bool selectTicket(const QUuid &ticketId);
    Models::CustomerHistoryModel *historyModel() const { return m_history; }
    Widgets::CustomerHistoryPanel *historyPanel() const { return m_historyPanel; }
    Models::NoticeListModel *noticeModel() const { return m_notices; }
    Models::ArticleSearchModel *articleModel() const { return m_articles; }
    Widgets::KnowledgeBasePanel *knowledgeBasePanel() const { return m_knowledgeBase; }
    Models::TicketThreadModel *threadModel() const { return m_thread; }
    Widgets::TicketView *ticketView() const { return m_ticketView; }
    /*! Brings the knowledge base forward with the caret in its search box. */
    void focusKnowledgeBase();

    /*! Milliseconds a selected customer stays selected before their history is fetched. */
    static constexpr int HistoryFetchDelayMs = 400;
    /*! The dashboard's figures are written to the cache at most this often (they come up to once a second). */
    static constexpr int SnapshotSaveDelayMs = 5000;
    /*!
        Milliseconds after a filter keystroke before the ticket it selected opens: the queue follows every
        key at once, the middle pane (thread, customer, suggestions) only once typing pauses.
    */
    static constexpr int FilterSettleMs = 150;
    /*! Milliseconds a ticket stays selected before articles are suggested for it (arrowing through the queue stays
     * smooth). */
    static constexpr int SuggestionDelayMs = 150;

    /*! Shown in the status bar while long work (generating demo data) runs, or when it failed. */
    void showActivity(const QString &text);
    /*! The connection to the server, in the status bar ("Online", "Offline · 3 changes waiting to be sent"). */
    void showSyncStatus(const QString &text);
    /*! Whether the server can be asked now (signed in and online). */
    void setServerReachable(bool reachable);
    /*! A history fetch asked for with customerHistoryRequested() ended. */
    void historyFetched(const QUuid &customerId, bool ok);
    /*! Reads the notices again (a new one was added) and tells the agent. */
    void noticeAdded(const QString &text);
    /*! Opens the list of notices, with the text of refused replies to recover. */
    void showNotices();
    /*! Signed in to a server: claiming and taking tickets are possible (offline too, for claims). */
    void setWorkAvailable(bool available);
    QAction *claimAction() const { return m_claim; }
    /*! The server gave the agent this ticket for Take next: select it (as soon as it is in the queue) and say so. */
    void ticketTaken(const QUuid &ticketId, qint64 number);
    QAction *takeNextAction() const { return m_takeNext; }
    /*! Ticket ▸ Set Status, Set Priority, Edit Tags, Transfer, Log Call, New Ticket: those of the open ticket. */
    const QList<QAction *> &ticketActions() const { return m_ticketActions; }
    /*! Checks \a language ("en", "zh_CN", "zh_TW") in Settings ▸ Language. */
    void setCurrentLanguage(const QString &language);

    // Presence and satisfaction ratings.
    /*! Shows the agent's presence in the status bar and in File ▸ My Status (chosen, or Away after idling). */
    void showPresence(Frontline::Models::Presence presence);
    /*! A colleague's presence frame: whether they view the open ticket shows above its thread. */
    void colleaguePresence(const QUuid &agentId, Frontline::Models::Presence presence, const QUuid &viewingTicketId);
    Models::TicketViewers *viewersModel() const { return m_viewers; }
    Widgets::PresenceSelector *presenceSelector() const { return m_presenceSelector; }
    /*! File ▸ My Status: Online, Away, Busy. */
    QList<QAction *> presenceActions() const;
    /*! Ticket ▸ Record Satisfaction…: only for a solved or closed open ticket. */
    QAction *recordCsatAction() const { return m_recordCsat; }
    /*! Asks for the customer's rating of the open ticket (CsatDialog), then csatRequested(). */
    void recordSatisfaction();

    // The team lead's dashboard and reassigning (leads and admins only).
    /*! Whether the cache's person leads a team or administers: the dashboard and reassigning are theirs. */
    bool isLead() const { return m_lead; }
    /*! View ▸ Team Dashboard (Ctrl+Shift+D). */
    QAction *dashboardAction() const { return m_dashboardAction; }
    /*! Ticket ▸ Reassign To… (Ctrl+Shift+R): the selected tickets to another member of their queue. */
    QAction *reassignAction() const { return m_reassign; }
    /*! The dashboard's window; null until it was first opened. */
    Widgets::LeadDashboard *dashboard() const { return m_dashboard; }
    /*! Opens the dashboard (or brings it forward); dashboardOpened() asks for its figures. */
    void openDashboard();
    /*! New figures for the dashboard, from the server. */
    /*! The dashboard's figures as they arrive; the last of them are kept in the cache for a restart offline. */
    void showTeamSnapshot(const Frontline::Models::TeamSnapshot &snapshot);
    /*! Shows only \a queueId's tickets (the dashboard's drill-down) and brings the window forward. */
    void showQueue(const QUuid &queueId);
    /*! Asks whom to give the selected tickets (ReassignDialog), then reassignRequested() for each. */
    void reassignSelected();
    /*!
        Whether the server lets this lead change other agents' presence (said after every sign-in): the
        dashboard offers "Set Status…" only then.
    */
    void setOthersPresenceAllowed(bool allowed);
    bool othersPresenceAllowed() const { return m_othersPresenceAllowed; }

signals:
    /*! The queue was (re)loaded and shows \a count tickets. */
    void ticketsLoaded(int count);
    /*! The agent opened a customer whose older history is not cached: fetch it from the server. */
    void customerHistoryRequested(const QUuid &customerId);
    /*! The agent claims the selected ticket. */
    void claimRequested(const QUuid &ticketId);
    /*! The agent revealed a customer's masked contact point, at \a when: the server audits it. */
    void contactRevealed(const QUuid &customerId, Frontline::Models::ContactPoint point, const QDateTime &when);
    /*! The agent asks the server for the most urgent unassigned ticket of their queues. */
    void takeNextRequested();
    /*! The agent chose another interface language ("en", "zh_CN", "zh_TW") in Settings. */
    void languageRequested(const QString &language);
    /*! The agent sends a public reply (or, with \a publicReply false, an internal note) on a ticket. */
    void messageRequested(const QUuid &ticketId, const QUuid &messageId, bool publicReply, const QString &body);
    /*! The agent changes the open ticket, which they saw at revision \a baseRev. */
    void statusRequested(const QUuid &ticketId, Frontline::Models::TicketStatus status, qint64 baseRev);
    void priorityRequested(const QUuid &ticketId, Frontline::Models::Priority priority, qint64 baseRev);
    void tagsRequested(const QUuid &ticketId, const QStringList &tags, qint64 baseRev);
    /*! The agent moves the open ticket to another queue, saying why. */
    void transferRequested(const QUuid &ticketId, const QUuid &queueId, const QString &reason, qint64 baseRev);
    /*! The agent logs a phone call on the open ticket. */
    void callRequested(const Frontline::Widgets::PhoneCall &call);
    /*! The agent opens a new ticket for the open ticket's customer; it is selected once it is in the queue. */
    void ticketCreationRequested(const Frontline::Widgets::NewTicket &ticket);
    /*! The agent chose their presence (the status bar or File ▸ My Status). */
    void presenceRequested(Frontline::Models::Presence presence);
    /*! Another ticket is open (null: none): colleagues are told, with the presence. */
    void openTicketChanged(const QUuid &ticketId);
    /*! The agent records the customer's satisfaction with a solved ticket: \a score 1–5, an optional comment. */
    void csatRequested(const QUuid &ticketId, int score, const QString &comment);
    /*! The lead opened the dashboard: live figures for \a queueIds, "today" in \a timeZoneId (IANA). */
    void dashboardOpened(const QList<QUuid> &queueIds, const QString &timeZoneId);
    /*! The lead closed the dashboard: its figures are no longer needed. */
    void dashboardClosed();
    /*! The lead gives \a ticketId to \a assigneeId. */
    void reassignRequested(const QUuid &ticketId, const QUuid &assigneeId);
    /*! The lead sets another agent's presence from the dashboard (their own goes through presenceRequested()). */
    void agentPresenceRequested(const QUuid &agentId, Frontline::Models::Presence presence);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    const Models::QueueRow *currentRow() const;
    /*! What the customer wrote in the open ticket is read: its queue row is no longer unread. */
    void markOpenTicketRead();
    void saveTeamSnapshot();
    void applyFilter(const Models::QueueFilter &filter);
    void createLanguageMenu();
    void createTray();
    void updateTray();
    Models::QueueSummary traySummary() const;
    QString trayText(const Models::QueueSummary &summary) const;
    /*! Help ▸ Keyboard Shortcuts, listing the menus' actions. */
    void showShortcuts();
    static QList<QAction *> menuActions(const QMenu *menu);
    /*! Runs \a apply now and again whenever the interface language changes. */
    void translated(std::function<void()> apply);
    void retranslate();
    void reload();
    void onStoreChanged(const Models::ChangeSet &changes);
    void updateCount();
    void restoreLayout();
    void saveLayout() const;
    void createHistoryDock();
    void createWorkActions();
    void createTicketActions();
    void connectTicketControls();
    void updateWorkActions();
    void selectAwaitedTicket();
    void createKnowledgeBaseDock();
    void createTicketView();
    void loadThread();
    /*! Who the cache belongs to ("Mine", "My queues", the tray) and their canned replies. */
    void loadAgent();
    void recordCannedReplyUse(const QUuid &replyId);
    void searchKnowledgeBase(const QString &text);
    void openArticle(const QUuid &id);
    void onCurrentTicketChanged();
    void selectFirstTicketIfNone();
    void loadHistory();
    void fetchHistoryIfMissing();
    void reloadNotices();
    void markNoticeRead(qint64 id);
    void createPresenceAndRatingActions();
    void createPresenceMenu(QMenu *file, QAction *before);
    void updatePresenceAndRating();
    void onThreadShown();
    void showViewers();
    void createLeadActions();
    void updateLeadActions();

    Models::LocalStore &m_store;
    Models::QueueModel *m_model = nullptr;
    Models::QueueFilterModel *m_filter = nullptr;  // what the view shows of m_model
    Widgets::QueueFilterBar *m_filterBar = nullptr;
    Widgets::QueueView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    Models::CustomerHistoryModel *m_history = nullptr;
    Widgets::CustomerHistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    Models::ArticleSearchModel *m_articles = nullptr;
    Widgets::KnowledgeBasePanel *m_knowledgeBase = nullptr;
    QDockWidget *m_knowledgeBaseDock = nullptr;
    Models::NoticeListModel *m_notices = nullptr;
    QToolButton *m_noticesButton = nullptr;
    Models::TicketThreadModel *m_thread = nullptr;
    Models::DraftKeeper *m_drafts = nullptr;
    std::unique_ptr<Models::TicketReadMarks> m_readMarks;
    Widgets::TicketView *m_ticketView = nullptr;
    QSplitter *m_splitter = nullptr;  // the queue beside the open ticket
    std::unique_ptr<Models::CannedReplyFinder> m_cannedReplies;
    QUuid m_agentId;  // whom the cache belongs to; null until it knows (a first sync names them)
    QSet<QUuid> m_agentQueues;
    QActionGroup *m_languages = nullptr;
    QSystemTrayIcon *m_tray = nullptr;  // only where the desktop has a tray
    AttentionNotifier *m_attention = nullptr;
    QTimer m_trayTimer;  // SLA deadlines come closer without any change
    std::vector<std::function<void()>>
        m_retranslations;  // whose replies are loaded; null until the cache knows its agent
    QTimer m_historyFetchTimer;
    QTimer m_openTicketTimer;        // the ticket a filter keystroke selected opens when typing pauses
    bool m_filterSelecting = false;  // the selection is moving because the filter changed
    QTimer m_suggestionTimer;
    // The dashboard's last figures go to the cache at most every SnapshotSaveDelayMs, and when it closes.
    std::unique_ptr<Models::TeamSnapshotCache> m_snapshotCache;
    std::optional<Models::SavedTeamSnapshot> m_unsavedSnapshot;
    QTimer m_snapshotSaveTimer;
    QSet<QUuid> m_historyAsked;  // asked for once per run; the panel's button asks again
    bool m_serverReachable = false;
    bool m_workAvailable = false;
    QUuid m_awaitedTicket;  // Take next's answer or a new ticket, selected once its row is in the queue
    QAction *m_claim = nullptr;
    QAction *m_takeNext = nullptr;
    QList<QAction *> m_ticketActions;
    QAction *m_logCall = nullptr;
    QAction *m_newTicket = nullptr;

    // Presence and ratings.
    Models::TicketViewers *m_viewers = nullptr;
    Widgets::PresenceSelector *m_presenceSelector = nullptr;
    QActionGroup *m_presences = nullptr;
    QMenu *m_presenceMenu = nullptr;
    QAction *m_recordCsat = nullptr;
    QUuid m_openTicket;  // the ticket colleagues were told about

    // The team lead's dashboard and reassigning.
    bool m_lead = false;                   // the cache's person is a lead or an admin
    bool m_dashboardOpen = false;          // subscribed to its figures
    bool m_othersPresenceAllowed = false;  // the server lets this lead change agents' presence
    Widgets::LeadDashboard *m_dashboard = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_reassign = nullptr;
};

}  // namespace Frontline::App
