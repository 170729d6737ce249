// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "attentionnotifier.h"

#include <models/articlesearchmodel.h>
#include <models/cannedreplyfinder.h>
#include <models/customerhistorymodel.h>
#include <models/draftkeeper.h>
#include <models/labels.h>
#include <models/localstore.h>
#include <models/noticelistmodel.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/queuerow.h>
#include <models/queuesummary.h>
#include <models/teamagentmodel.h>
#include <models/teamsnapshot.h>
#include <models/teamsnapshotcache.h>
#include <models/ticketreadmarks.h>
#include <models/ticketthreadmodel.h>
#include <models/ticketviewers.h>
#include <sync/engine/syncstore.h>
#include <widgets/csatdialog.h>
#include <widgets/customerhistorypanel.h>
#include <widgets/knowledgebasepanel.h>
#include <widgets/leaddashboard.h>
#include <widgets/noticesdialog.h>
#include <widgets/presenceselector.h>
#include <widgets/queuefilterbar.h>
#include <widgets/queueview.h>
#include <widgets/reassigndialog.h>
#include <widgets/shortcutsdialog.h>
#include <widgets/ticketview.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <array>

namespace Frontline::App {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.app.mainwindow")

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString headerKey = QStringLiteral("mainWindow/queueHeader");
const QString splitterKey = QStringLiteral("mainWindow/queueAndTicket");
}  // namespace

MainWindow::MainWindow(Models::LocalStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new Models::QueueModel(this))
    , m_filter(new Models::QueueFilterModel(m_model, this))
    , m_filterBar(new Widgets::QueueFilterBar(this))
    , m_view(new Widgets::QueueView(this))
    , m_countLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_history(new Models::CustomerHistoryModel(this))
    , m_historyPanel(new Widgets::CustomerHistoryPanel(this))
    , m_articles(new Models::ArticleSearchModel(this))
    , m_knowledgeBase(new Widgets::KnowledgeBasePanel(this))
    , m_notices(new Models::NoticeListModel(this))
    , m_noticesButton(new QToolButton(this))
    , m_thread(new Models::TicketThreadModel(this))
    , m_drafts(new Models::DraftKeeper(store, this))
    , m_readMarks(std::make_unique<Models::TicketReadMarks>(store))
    , m_cannedReplies(std::make_unique<Models::CannedReplyFinder>())
{
    setObjectName(QStringLiteral("mainWindow"));
    translated([this] { setWindowTitle(tr("Frontline")); });
    m_view->setModel(m_filter);
    createTicketView();
    m_countLabel->setObjectName(QStringLiteral("ticketCount"));
    statusBar()->addWidget(m_activityLabel, 1);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncLabel->hide();  // only when signed in to a server
    m_noticesButton->setObjectName(QStringLiteral("noticesButton"));
    m_noticesButton->setAutoRaise(true);
    m_noticesButton->hide();  // until there is a notice
    connect(m_noticesButton, &QToolButton::clicked, this, &MainWindow::showNotices);
    statusBar()->addPermanentWidget(m_noticesButton);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    createHistoryDock();
    createKnowledgeBaseDock();
    createWorkActions();
    createPresenceAndRatingActions();
    createLeadActions();
    createMenus();
    restoreLayout();

    m_historyFetchTimer.setSingleShot(true);
    m_historyFetchTimer.setInterval(HistoryFetchDelayMs);
    connect(&m_historyFetchTimer, &QTimer::timeout, this, &MainWindow::fetchHistoryIfMissing);
    m_openTicketTimer.setSingleShot(true);
    m_openTicketTimer.setInterval(FilterSettleMs);
    connect(&m_openTicketTimer, &QTimer::timeout, this, &MainWindow::onCurrentTicketChanged);
    m_snapshotCache = std::make_unique<Models::TeamSnapshotCache>(store);
    m_snapshotSaveTimer.setSingleShot(true);
    m_snapshotSaveTimer.setInterval(SnapshotSaveDelayMs);
    connect(&m_snapshotSaveTimer, &QTimer::timeout, this, &MainWindow::saveTeamSnapshot);
    m_suggestionTimer.setSingleShot(true);
    m_suggestionTimer.setInterval(SuggestionDelayMs);
    connect(&m_suggestionTimer, &QTimer::timeout, this, [this] {
        if (m_knowledgeBase->searchText().trimmed().isEmpty()) {
            searchKnowledgeBase(QString());
        }
    });
    connect(&m_store, &Models::LocalStore::changed, this, &MainWindow::onStoreChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    // A bulk write (the first sync, a resync) reloads the queue as a whole.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentTicketChanged);
    connect(m_historyPanel, &Widgets::CustomerHistoryPanel::fetchRequested, this, [this](const QUuid &customerId) {
        m_historyPanel->setFetching(true);
        emit customerHistoryRequested(customerId);
    });
    connect(m_historyPanel, &Widgets::CustomerHistoryPanel::contactRevealed, this,
            [this](const QUuid &customerId, Models::ContactPoint point) {
                emit contactRevealed(customerId, point, QDateTime::currentDateTimeUtc());
            });
    reload();
    reloadNotices();
    createTray();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    translated([file, quit] {
        file->setTitle(tr("&File"));
        quit->setText(tr("&Quit"));
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    createPresenceMenu(file, quit);

    QMenu *ticket = menuBar()->addMenu(QString());
    ticket->addAction(m_takeNext);
    ticket->addAction(m_claim);
    ticket->addAction(m_reassign);
    ticket->addSeparator();
    QAction *reply =
        ticket->addAction(QString(), this, [this] { m_ticketView->startWriting(Models::Draft::Kind::Reply); });
    reply->setObjectName(QStringLiteral("writeReply"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *note =
        ticket->addAction(QString(), this, [this] { m_ticketView->startWriting(Models::Draft::Kind::Note); });
    note->setObjectName(QStringLiteral("writeNote"));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    ticket->addSeparator();
    ticket->addActions(m_ticketActions);
    ticket->addSeparator();
    ticket->addAction(m_recordCsat);
    translated([ticket, reply, note] {
        ticket->setTitle(tr("&Ticket"));
        reply->setText(tr("&Reply"));
        note->setText(tr("Internal &Note"));
    });

    QMenu *view = menuBar()->addMenu(QString());
    QAction *history = m_historyDock->toggleViewAction();
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    view->addAction(history);
    QAction *knowledgeBase = m_knowledgeBaseDock->toggleViewAction();
    view->addAction(knowledgeBase);
    QAction *filter = view->addAction(QString(), m_filterBar, &Widgets::QueueFilterBar::focusText);
    filter->setObjectName(QStringLiteral("filterQueue"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *search = view->addAction(QString(), this, &MainWindow::focusKnowledgeBase);
    search->setObjectName(QStringLiteral("searchKnowledgeBase"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    view->addSeparator();
    QAction *notices = view->addAction(QString(), this, &MainWindow::showNotices);
    notices->setObjectName(QStringLiteral("showNotices"));
    notices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    view->addAction(m_dashboardAction);
    translated([view, history, knowledgeBase, filter, search, notices] {
        view->setTitle(tr("&View"));
        filter->setText(tr("&Filter the Queue"));
        history->setText(tr("&Customer History"));
        knowledgeBase->setText(tr("&Knowledge Base"));
        search->setText(tr("&Search the Knowledge Base"));
        notices->setText(tr("&Notices…"));
    });

    createLanguageMenu();

    QMenu *help = menuBar()->addMenu(QString());
    QAction *shortcuts = help->addAction(QString(), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("showShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Frontline"),
                           tr("<h3>Frontline %1</h3><p>The offline-first customer-service workstation.</p>"
                              "<p>Local cache: %2</p>")
                               .arg(QStringLiteral(FRONTLINE_VERSION), m_store.path().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
    translated([help, shortcuts, about] {
        help->setTitle(tr("&Help"));
        shortcuts->setText(tr("&Keyboard Shortcuts"));
        about->setText(tr("&About Frontline"));
    });
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    for (QAction *menu : menuBar()->actions()) {
        if (menu->menu()) {
            actions += menuActions(menu->menu());
        }
    }
    Widgets::ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

QList<QAction *> MainWindow::menuActions(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            actions += menuActions(action->menu());
        } else if (!action->isSeparator()) {
            actions.append(action);
        }
    }
    return actions;
}

void MainWindow::createTray()
{
    m_trayTimer.setInterval(30'000);
    connect(&m_trayTimer, &QTimer::timeout, this, &MainWindow::updateTray);
    m_trayTimer.start();
    m_attention->setAgent(m_agentId, m_agentQueues);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;  // the status bar and the window title still say it
    }
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
    updateTray();
    connect(m_attention, &AttentionNotifier::notify, m_tray,
            [this](const QString &title, const QString &body) { m_tray->showMessage(title, body); });
}

Models::QueueSummary MainWindow::traySummary() const
{
    return Models::QueueSummary::of(*m_model, m_agentId, m_agentQueues, QDateTime::currentMSecsSinceEpoch());
}

QString MainWindow::trayText() const
{
    return trayText(traySummary());
}

QString MainWindow::trayText(const Models::QueueSummary &summary) const
{
    QString text = tr("%n ticket(s) waiting in your queues", nullptr, summary.waiting);
    if (summary.nearestDue > 0) {
        const int row = m_model->rowOf(summary.nearestTicket);
        const qint64 number = row >= 0 ? m_model->rowAt(row)->number : 0;
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(summary.nearestDue);
        text +=
            u'\n' + (summary.breached > 0
                         ? tr("%n past the SLA; the first due was #%1", nullptr, summary.breached).arg(number)
                         : tr("Next SLA due %1 (#%2)").arg(Models::Labels::shortDateTime(QLocale(), due)).arg(number));
    }
    return text;
}

void MainWindow::updateTray()
{
    if (!m_tray) {
        return;
    }
    const Models::QueueSummary summary = traySummary();
    m_tray->setToolTip(trayText(summary));
    // The badge: how many wait, red once a ticket is past its SLA.
    QPixmap badge = windowIcon().pixmap(64, 64);
    if (summary.waiting > 0) {
        QPainter painter(&badge);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(summary.breached > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x15, 0x65, 0xc0));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(28, 28, 36, 36));
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(summary.waiting > 99 ? 14 : 20);
        painter.setFont(font);
        painter.drawText(QRect(28, 28, 36, 36), Qt::AlignCenter,
                         summary.waiting > 999 ? QStringLiteral("999+") : QString::number(summary.waiting));
    }
    m_tray->setIcon(QIcon(badge));
}

void MainWindow::createLanguageMenu()
{
    QMenu *settings = menuBar()->addMenu(QString());
    QMenu *language = settings->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    translated([settings, language] {
        settings->setTitle(tr("&Settings"));
        language->setTitle(tr("&Language"));
    });
    m_attention = new AttentionNotifier(*m_model, *this, this);
    m_attention->addMenu(*settings);
    translated([this] { m_attention->retranslate(); });
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    // Each language is named in itself, so it can be found whatever the interface speaks now.
    const std::array<std::pair<const char *, QString>, 3> names{{{"en", QStringLiteral("English")},
                                                                 {"zh_CN", QStringLiteral("简体中文")},
                                                                 {"zh_TW", QStringLiteral("繁體中文")}}};
    for (const auto &[code, name] : names) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setData(QString::fromLatin1(code));
        choice->setObjectName(QStringLiteral("language-") + QString::fromLatin1(code));
        m_languages->addAction(choice);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *choice) { emit languageRequested(choice->data().toString()); });
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    for (QAction *choice : m_languages->actions()) {
        choice->setChecked(choice->data().toString() == language);
    }
}

void MainWindow::translated(std::function<void()> apply)
{
    apply();
    m_retranslations.push_back(std::move(apply));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    for (const auto &apply : m_retranslations) {
        apply();
    }
    // What the models put into words: headers, statuses, dates in the new locale.
    m_model->retranslate();
    updateCount();
    reloadNotices();
    loadHistory();
    loadThread();
}

void MainWindow::showActivity(const QString &text)
{
    m_activityLabel->setText(text);
}

void MainWindow::showSyncStatus(const QString &text)
{
    m_syncLabel->setText(text);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::createHistoryDock()
{
    m_historyPanel->setModel(m_history);
    m_historyDock = new QDockWidget(this);
    translated([this] { m_historyDock->setWindowTitle(tr("Customer History")); });
    m_historyDock->setObjectName(QStringLiteral("customerHistoryDock"));
    m_historyDock->setWidget(m_historyPanel);
    m_historyDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {420}, Qt::Horizontal);
}

void MainWindow::createWorkActions()
{
    m_takeNext = new QAction(this);
    m_takeNext->setObjectName(QStringLiteral("takeNext"));
    m_takeNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_takeNext, &QAction::triggered, this, [this] {
        showActivity(tr("Asking the server for the next ticket…"));
        emit takeNextRequested();
    });
    m_claim = new QAction(this);
    m_claim->setObjectName(QStringLiteral("claimTicket"));
    m_claim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_claim, &QAction::triggered, this, [this] {
        const Models::QueueRow *row = currentRow();
        if (row && row->assigneeId.isNull()) {
            showActivity(tr("Ticket %1 claimed.").arg(row->number));
            m_attention->expectAssignment(row->id);
            emit claimRequested(row->id);
        }
    });
    QToolBar *work = addToolBar(QString());
    translated([this, work] {
        m_takeNext->setText(tr("Take &Next"));
        m_takeNext->setToolTip(tr("The server gives you the most urgent unassigned ticket of your queues (Ctrl+N)"));
        m_claim->setText(tr("&Claim"));
        m_claim->setToolTip(
            tr("Take the selected ticket; works offline and is sent when the server is back (Ctrl+Shift+C)"));
        work->setWindowTitle(tr("Work"));
    });
    work->setObjectName(QStringLiteral("workToolBar"));
    work->setToolButtonStyle(Qt::ToolButtonTextOnly);
    work->addAction(m_takeNext);
    work->addAction(m_claim);
    createTicketActions();
    work->addSeparator();
    work->addAction(m_logCall);
    work->addAction(m_newTicket);
    updateWorkActions();
}

void MainWindow::createTicketActions()
{
    const auto add = [this](const char *name, QKeyCombination keys, void (Widgets::TicketView::*start)()) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(QKeySequence(keys));
        connect(action, &QAction::triggered, m_ticketView, start);
        m_ticketActions.append(action);
        return action;
    };
    QAction *status = add("setStatus", Qt::CTRL | Qt::SHIFT | Qt::Key_S, &Widgets::TicketView::chooseStatus);
    QAction *priority = add("setPriority", Qt::CTRL | Qt::SHIFT | Qt::Key_P, &Widgets::TicketView::choosePriority);
    QAction *tags = add("editTags", Qt::CTRL | Qt::SHIFT | Qt::Key_T, &Widgets::TicketView::editTags);
    QAction *transfer = add("transferTicket", Qt::CTRL | Qt::SHIFT | Qt::Key_X, &Widgets::TicketView::transfer);
    m_logCall = add("logCall", Qt::CTRL | Qt::SHIFT | Qt::Key_L, &Widgets::TicketView::logCall);
    // Ctrl+N is Take next, Ctrl+Shift+N the notices.
    m_newTicket = add("newTicket", Qt::CTRL | Qt::SHIFT | Qt::Key_O, &Widgets::TicketView::newTicket);
    translated([this, status, priority, tags, transfer] {
        status->setText(tr("Set &Status"));
        priority->setText(tr("Set &Priority"));
        tags->setText(tr("Edit T&ags"));
        transfer->setText(tr("&Transfer…"));
        m_logCall->setText(tr("&Log Call…"));
        m_logCall->setIconText(tr("Log Call…"));
        m_logCall->setToolTip(tr("Keep a phone call with the customer in the ticket's thread (Ctrl+Shift+L)"));
        m_newTicket->setText(tr("New Ticket for the C&ustomer…"));
        m_newTicket->setIconText(tr("New Ticket…"));
        m_newTicket->setToolTip(tr("Open a new ticket for the open ticket's customer (Ctrl+Shift+O)"));
    });
}

void MainWindow::ticketTaken(const QUuid &ticketId, qint64 number)
{
    showActivity(tr("Ticket %1 is yours.").arg(number));
    m_attention->expectAssignment(ticketId);
    m_awaitedTicket = ticketId;
    selectAwaitedTicket();
}

void MainWindow::selectAwaitedTicket()
{
    if (m_awaitedTicket.isNull() || m_model->rowOf(m_awaitedTicket) < 0) {
        return;  // not in the cache yet: the server's push (or the outbox's local effect) brings it
    }
    selectTicket(std::exchange(m_awaitedTicket, QUuid()));
}

bool MainWindow::selectTicket(const QUuid &ticketId)
{
    if (m_model->rowOf(ticketId) < 0) {
        return false;
    }
    if (m_filter->rowOf(ticketId) < 0) {
        // Hidden by the filter: show the whole queue rather than a ticket the agent cannot see.
        m_filterBar->setFilter({});
        m_filter->setFilter({});
    }
    const QModelIndex index = m_filter->index(m_filter->rowOf(ticketId), Models::QueueModel::SubjectColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

const Models::QueueRow *MainWindow::currentRow() const
{
    return m_filter->rowAt(m_view->currentIndex().row());
}

void MainWindow::markOpenTicketRead()
{
    // The ticket on screen, which a filter keystroke's selection becomes only when typing pauses.
    const QUuid shown = m_thread->ticketId();
    m_model->setOpenTicket(shown);
    const Models::QueueRow *row = m_model->rowAt(m_model->rowOf(shown));
    if (row && row->unread) {
        m_readMarks->markRead(row->id);  // the write's change clears the row's flag
    }
}

void MainWindow::createTicketView()
{
    m_ticketView = new Widgets::TicketView(*m_thread, *m_drafts, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("queueAndTicket"));
    auto *queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->setSpacing(0);
    queueLayout->addWidget(m_filterBar);
    queueLayout->addWidget(m_view);
    m_splitter->addWidget(queuePane);
    connect(m_filterBar, &Widgets::QueueFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &Widgets::QueueFilterBar::aboutToType, m_filter, &Models::QueueFilterModel::prepare);
    m_splitter->addWidget(m_ticketView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_ticketView, &Widgets::TicketView::sendRequested, this,
            [this](const QUuid &ticketId, const QUuid &messageId, Models::Draft::Kind kind, const QString &body) {
                emit messageRequested(ticketId, messageId, kind == Models::Draft::Kind::Reply, body);
            });
    connect(m_ticketView, &Widgets::TicketView::cannedReplyUsed, this, &MainWindow::recordCannedReplyUse);
    connectTicketControls();
    loadAgent();
    connect(m_drafts, &Models::DraftKeeper::saveFailed, this,
            [this](const QString &message) { showActivity(tr("Your draft could not be saved: %1").arg(message)); });
}

void MainWindow::connectTicketControls()
{
    using Widgets::TicketView;
    connect(m_ticketView, &TicketView::statusRequested, this, &MainWindow::statusRequested);
    connect(m_ticketView, &TicketView::priorityRequested, this, &MainWindow::priorityRequested);
    connect(m_ticketView, &TicketView::tagsRequested, this, &MainWindow::tagsRequested);
    connect(m_ticketView, &TicketView::transferRequested, this,
            [this](const QUuid &ticketId, const QUuid &queueId, const QString &queueName, const QString &reason,
                   qint64 baseRev) {
                showActivity(tr("The ticket moves to the %1 queue.").arg(queueName));
                emit transferRequested(ticketId, queueId, reason, baseRev);
            });
    connect(m_ticketView, &TicketView::callRequested, this, [this](const Widgets::PhoneCall &call) {
        showActivity(tr("The call is logged in the ticket's thread."));
        emit callRequested(call);
    });
    connect(m_ticketView, &TicketView::ticketCreationRequested, this, [this](const Widgets::NewTicket &ticket) {
        showActivity(tr("New ticket “%1”: the server gives it its number.").arg(ticket.subject));
        m_awaitedTicket = ticket.ticketId;
        emit ticketCreationRequested(ticket);
        selectAwaitedTicket();
    });
    // The ticket's actions follow the open ticket.
    connect(m_thread, &Models::TicketThreadModel::loaded, this, &MainWindow::updateWorkActions);
}

void MainWindow::loadAgent()
{
    // The cache belongs to one agent: their queues, their personal replies and those of their queues' teams.
    const QSqlDatabase db = m_store.readDatabase();
    auto identity = Sync::SyncStore::identity(db);
    const Sync::LocalAgent me = identity ? identity->agent : Sync::LocalAgent{};
    auto queues = Models::QueueRowReader(db).queuesOf(me.id);
    if (!queues) {
        qCWarning(lc) << "cannot read the agent's queues:" << queues.error().message;
    }
    m_agentId = me.id;
    m_agentQueues = queues ? *queues : QSet<QUuid>();
    m_filter->setAgent(m_agentId, m_agentQueues);
    if (m_attention) {
        m_attention->setAgent(m_agentId, m_agentQueues);
    }
    const QList<QUuid> queueList(m_agentQueues.begin(), m_agentQueues.end());
    if (Models::Status loaded = m_cannedReplies->load(db, me.id, queueList); !loaded) {
        qCWarning(lc) << "cannot read the canned replies:" << loaded.error().message;
    }
    m_ticketView->setCannedReplies(m_cannedReplies.get(), me.name);
    auto role = Models::TeamAgentModel::roleOf(db, me.id);
    m_lead = role && *role && **role != Models::AgentRole::Agent;
    updateLeadActions();
    updateTray();
}

void MainWindow::recordCannedReplyUse(const QUuid &replyId)
{
    m_cannedReplies->noteUsed(replyId);
    m_store
        .write(
            [replyId](Models::WriteContext &context) { return Models::CannedReplyFinder::recordUse(context, replyId); },
            Models::Durability::Normal)
        .then(this, [](const Models::Status &status) {
            if (!status) {
                qCWarning(lc) << "cannot count a canned reply's use:" << status.error().message;
            }
        });
}

void MainWindow::loadThread()
{
    const Models::QueueRow *row = currentRow();
    if (!row) {
        m_thread->clear();
        return;
    }
    if (Models::Status status = m_thread->load(m_store.readDatabase(), row->id); !status) {
        qCWarning(lc) << "cannot read the ticket:" << status.error().message;
    }
}

void MainWindow::setWorkAvailable(bool available)
{
    m_workAvailable = available;
    m_ticketView->setSendingAvailable(available);
    updateWorkActions();
}

void MainWindow::updateWorkActions()
{
    const Models::QueueRow *row = currentRow();
    m_claim->setEnabled(m_workAvailable && row && row->assigneeId.isNull());
    // The server picks the ticket, so taking the next one needs it now.
    m_takeNext->setEnabled(m_workAvailable && m_serverReachable);
    for (QAction *action : std::as_const(m_ticketActions)) {
        action->setEnabled(m_ticketView->controlsAvailable());
    }
    updatePresenceAndRating();
    updateLeadActions();
}

void MainWindow::createKnowledgeBaseDock()
{
    m_knowledgeBase->setModel(m_articles);
    m_knowledgeBaseDock = new QDockWidget(this);
    translated([this] { m_knowledgeBaseDock->setWindowTitle(tr("Knowledge Base")); });
    m_knowledgeBaseDock->setObjectName(QStringLiteral("knowledgeBaseDock"));
    m_knowledgeBaseDock->setWidget(m_knowledgeBase);
    m_knowledgeBaseDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_knowledgeBaseDock);
    tabifyDockWidget(m_historyDock, m_knowledgeBaseDock);
    m_historyDock->raise();
    connect(m_knowledgeBase, &Widgets::KnowledgeBasePanel::searchRequested, this, &MainWindow::searchKnowledgeBase);
    connect(m_knowledgeBase, &Widgets::KnowledgeBasePanel::articleRequested, this, &MainWindow::openArticle);
    connect(m_knowledgeBase, &Widgets::KnowledgeBasePanel::insertRequested, this,
            [this](const QString &text) { m_ticketView->insertText(text); });
}

void MainWindow::focusKnowledgeBase()
{
    m_knowledgeBaseDock->show();
    m_knowledgeBaseDock->raise();
    m_knowledgeBase->focusSearch();
}

void MainWindow::searchKnowledgeBase(const QString &text)
{
    Models::Status status = Models::Ok{};
    if (text.trimmed().isEmpty()) {
        // Nothing typed: what the open ticket is about.
        const Models::QueueRow *row = currentRow();
        if (row) {
            status = m_articles->suggestForTicket(m_store.readDatabase(), row->id);
        } else {
            m_articles->clear();
        }
    } else {
        Models::ArticleQuery query;
        query.text = text;
        status = m_articles->search(m_store.readDatabase(), query);
    }
    if (!status) {
        qCWarning(lc) << "cannot search the knowledge base:" << status.error().message;
    }
}

void MainWindow::openArticle(const QUuid &id)
{
    auto article = Models::ArticleSearchModel::readArticle(m_store.readDatabase(), id);
    if (!article) {
        qCWarning(lc) << "cannot read an article:" << article.error().message;
        return;
    }
    if (*article) {
        m_knowledgeBase->showArticle(id, (*article)->first, (*article)->second);
    }
}

void MainWindow::setServerReachable(bool reachable)
{
    if (m_serverReachable == reachable) {
        return;
    }
    m_serverReachable = reachable;
    m_historyPanel->setServerReachable(reachable);
    m_presenceSelector->setConnected(reachable);
    if (m_dashboard) {
        m_dashboard->setOnline(reachable);
    }
    updateWorkActions();
    if (reachable) {
        m_historyFetchTimer.start();  // back online: the open customer may still miss their history
    }
}

void MainWindow::onCurrentTicketChanged()
{
    const Models::QueueRow *row = currentRow();
    updateWorkActions();
    if (m_filterSelecting) {
        m_openTicketTimer.start();  // again with every keystroke
        return;
    }
    m_openTicketTimer.stop();
    if (!row || row->id != m_thread->ticketId()) {
        loadThread();
    }
    markOpenTicketRead();
    m_suggestionTimer.start();  // suggestions follow the open ticket once the agent stays on it
    const QUuid customerId = row ? row->customerId : QUuid();
    if (customerId == m_history->customerId()) {
        return;
    }
    if (customerId.isNull()) {
        m_history->clear();
        return;
    }
    m_historyPanel->setFetching(false);
    if (Models::Status status = m_history->load(m_store.readDatabase(), customerId); !status) {
        qCWarning(lc) << "cannot load the customer's history:" << status.error().message;
    }
    m_historyFetchTimer.start();  // only once the agent stays on this customer
}

void MainWindow::loadHistory()
{
    if (m_history->customerId().isNull()) {
        return;
    }
    if (Models::Status status = m_history->load(m_store.readDatabase(), m_history->customerId()); !status) {
        qCWarning(lc) << "cannot reload the customer's history:" << status.error().message;
    }
}

void MainWindow::fetchHistoryIfMissing()
{
    const QUuid customerId = m_history->customerId();
    if (!m_serverReachable || customerId.isNull() || m_history->cacheState().fetchedAt ||
        m_historyAsked.contains(customerId)) {
        return;
    }
    m_historyAsked.insert(customerId);
    m_historyPanel->setFetching(true);
    emit customerHistoryRequested(customerId);
}

void MainWindow::historyFetched(const QUuid &customerId, bool ok)
{
    if (customerId != m_history->customerId()) {
        return;
    }
    loadHistory();
    m_historyPanel->setFetching(false, !ok);
}

void MainWindow::noticeAdded(const QString &text)
{
    showActivity(text);
    reloadNotices();
}

void MainWindow::reloadNotices()
{
    if (Models::Status status = m_notices->reload(m_store.readDatabase()); !status) {
        qCWarning(lc) << "cannot read the notices:" << status.error().message;
        return;
    }
    const int unseen = m_notices->unseenCount();
    m_noticesButton->setText(unseen > 0 ? tr("%n new notice(s)", nullptr, unseen) : tr("Notices"));
    m_noticesButton->setToolTip(tr("What the server refused, and the text to recover (Ctrl+Shift+N)"));
    m_noticesButton->setVisible(m_notices->rowCount() > 0);
}

void MainWindow::showNotices()
{
    reloadNotices();
    Widgets::NoticesDialog dialog(m_notices, this);
    connect(&dialog, &Widgets::NoticesDialog::noticeRead, this, &MainWindow::markNoticeRead);
    dialog.exec();
}

void MainWindow::markNoticeRead(qint64 id)
{
    m_store
        .write([id](Models::WriteContext &context) { return Sync::SyncStore(context).markNoticeSeen(id); },
               Models::Durability::Normal)
        .then(this, [this](const Models::Status &status) {
            if (!status) {
                qCWarning(lc) << "cannot mark a notice read:" << status.error().message;
                return;
            }
            reloadNotices();
        });
}

void MainWindow::reload()
{
    if (Models::Status status = m_model->reload(m_store.readDatabase()); !status) {
        qCWarning(lc) << "cannot load the queue:" << status.error().message;
        showActivity(tr("The queue could not be read from the local cache: %1").arg(status.error().message));
        return;
    }
    updateCount();
    selectFirstTicketIfNone();
    updateTray();
    emit ticketsLoaded(m_model->rowCount());
}

void MainWindow::selectFirstTicketIfNone()
{
    // The agent starts on the top of the queue, with its customer beside it.
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_view->setCurrentIndex(m_filter->index(0, Models::QueueModel::SubjectColumn));
    }
}

void MainWindow::onStoreChanged(const Models::ChangeSet &changes)
{
    if (m_history->isAffectedBy(changes)) {
        loadHistory();
    }
    if (m_thread->isAffectedBy(changes)) {
        loadThread();
    }
    if (m_cannedReplies->isAffectedBy(changes) || !changes.agents.isEmpty() ||
        (changes.syncState && m_agentId.isNull())) {
        loadAgent();  // new replies, changed memberships, or the cache now knows whose it is
    }
    if (changes.everything || !changes.articles.isEmpty()) {
        searchKnowledgeBase(m_knowledgeBase->searchText());
    }
    if (changes.everything) {
        reload();
        reloadNotices();
        return;
    }
    if (Models::Status status = m_model->refresh(m_store.readDatabase(), changes); !status) {
        qCWarning(lc) << "cannot refresh the queue:" << status.error().message;
    }
    selectFirstTicketIfNone();
    selectAwaitedTicket();
    markOpenTicketRead();  // a customer message arriving in the open ticket is read as it arrives
    updateWorkActions();   // the selected ticket may have been claimed meanwhile
    updateTray();
}

void MainWindow::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_countLabel->setText(shown == all ? tr("%n ticket(s)", nullptr, all)
                                       : tr("%1 of %n ticket(s) shown", nullptr, all).arg(shown));
}

void MainWindow::applyFilter(const Models::QueueFilter &filter)
{
    const QUuid selected = currentRow() ? currentRow()->id : QUuid();
    m_filter->setFilter(filter);
    updateCount();
    const QScopedValueRollback selecting(m_filterSelecting, true);
    // The open ticket stays open while it matches; otherwise the first that does.
    if (!selected.isNull() && m_filter->rowOf(selected) >= 0) {
        const QModelIndex index = m_filter->index(m_filter->rowOf(selected), Models::QueueModel::SubjectColumn);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        selectFirstTicketIfNone();
    }
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1280, 760);
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray())) {
        m_splitter->setSizes({560, 440});  // the queue's main columns, and the thread readable beside it
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(headerKey, m_view->horizontalHeader()->saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dashboard) {
        m_dashboard->close();
    }
    saveTeamSnapshot();
    saveLayout();
    if (Models::Status saved = m_drafts->flush(); !saved) {
        qCWarning(lc) << "the last draft could not be saved:" << saved.error().message;
    }
    event->accept();
}

// --- Presence and satisfaction ratings ---

void MainWindow::createPresenceAndRatingActions()
{
    m_viewers = new Models::TicketViewers(this);
    m_presenceSelector = new Widgets::PresenceSelector(this);
    m_presenceSelector->hide();  // only when signed in to a server
    m_presenceSelector->setConnected(m_serverReachable);
    statusBar()->addPermanentWidget(m_presenceSelector);
    connect(m_presenceSelector, &Widgets::PresenceSelector::presenceChosen, this, &MainWindow::presenceRequested);
    m_presences = new QActionGroup(this);
    m_presences->setExclusive(true);
    for (const Models::Presence presence : Widgets::PresenceSelector::Choices) {
        auto *choice = new QAction(this);
        choice->setCheckable(true);
        choice->setChecked(presence == Models::Presence::Online);
        choice->setData(static_cast<int>(presence));
        choice->setObjectName(QStringLiteral("presence-") + Models::toString(presence));
        m_presences->addAction(choice);
    }
    connect(m_presences, &QActionGroup::triggered, this,
            [this](QAction *choice) { emit presenceRequested(static_cast<Models::Presence>(choice->data().toInt())); });
    translated([this] {
        for (QAction *choice : m_presences->actions()) {
            choice->setText(Models::Labels::presence(static_cast<Models::Presence>(choice->data().toInt())));
        }
    });

    // Ctrl+Shift+A: the other Ctrl+Shift letters of the window are taken (see createTicketActions()).
    m_recordCsat = new QAction(this);
    m_recordCsat->setObjectName(QStringLiteral("recordCsat"));
    m_recordCsat->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_recordCsat->setEnabled(false);
    connect(m_recordCsat, &QAction::triggered, this, &MainWindow::recordSatisfaction);
    translated([this] {
        m_recordCsat->setText(tr("Rec&ord Satisfaction…"));
        m_recordCsat->setToolTip(tr("Record the customer's rating of the solved ticket (Ctrl+Shift+A)"));
    });

    // The open ticket: colleagues are told which it is, and who else views it shows above its thread.
    connect(m_thread, &Models::TicketThreadModel::loaded, this, &MainWindow::onThreadShown);
    connect(m_viewers, &Models::TicketViewers::viewersChanged, this, [this](const QUuid &ticketId) {
        if (ticketId == m_thread->ticketId()) {
            showViewers();
        }
    });
    connect(&m_store, &Models::LocalStore::changed, this, [this](const Models::ChangeSet &changes) {
        if (Models::Status status = m_viewers->refresh(m_store.readDatabase(), changes); !status) {
            qCWarning(lc) << "cannot read colleagues' names:" << status.error().message;
        }
    });
}

void MainWindow::createPresenceMenu(QMenu *file, QAction *before)
{
    m_presenceMenu = new QMenu(this);
    m_presenceMenu->setObjectName(QStringLiteral("presenceMenu"));
    m_presenceMenu->addActions(m_presences->actions());
    file->insertMenu(before, m_presenceMenu);
    file->insertSeparator(before);
    translated([this] { m_presenceMenu->setTitle(tr("My &Status")); });
    updatePresenceAndRating();
}

QList<QAction *> MainWindow::presenceActions() const
{
    return m_presences->actions();
}

void MainWindow::updatePresenceAndRating()
{
    if (!m_recordCsat || !m_presenceMenu) {
        return;  // still being built
    }
    // Presence means something only to colleagues on a server.
    m_presenceSelector->setVisible(m_workAvailable);
    m_presenceMenu->menuAction()->setVisible(m_workAvailable);
    // The server takes ratings only for tickets that are no longer active.
    const auto &header = m_thread->header();
    m_recordCsat->setEnabled(
        m_workAvailable && header &&
        (header->status == Models::TicketStatus::Solved || header->status == Models::TicketStatus::Closed));
}

void MainWindow::showPresence(Models::Presence presence)
{
    m_presenceSelector->setPresence(presence);
    for (QAction *choice : m_presences->actions()) {
        if (choice->data().toInt() == static_cast<int>(presence)) {
            choice->setChecked(true);
        }
    }
}

void MainWindow::colleaguePresence(const QUuid &agentId, Models::Presence presence, const QUuid &viewingTicketId)
{
    m_viewers->setOwnAgent(m_agentId);
    if (Models::Status status = m_viewers->update(m_store.readDatabase(), agentId, presence, viewingTicketId);
        !status) {
        qCWarning(lc) << "cannot read a colleague's name:" << status.error().message;
    }
}

void MainWindow::onThreadShown()
{
    const QUuid open = m_thread->ticketId();
    if (open != m_openTicket) {
        m_openTicket = open;
        emit openTicketChanged(open);
    }
    showViewers();
}

void MainWindow::showViewers()
{
    m_ticketView->setOtherViewers(m_viewers->namesOf(m_thread->ticketId()));
}

void MainWindow::recordSatisfaction()
{
    updatePresenceAndRating();
    const auto &header = m_thread->header();
    if (!m_recordCsat->isEnabled() || !header) {
        return;
    }
    const Models::ThreadHeader ticket = *header;  // as the agent saw it when asked
    const QString number = ticket.number ? QString::number(*ticket.number) : tr("new");
    Widgets::CsatDialog dialog(tr("ticket #%1 “%2”").arg(number, ticket.subject), ticket.customerName, this);
    if (dialog.exec() == QDialog::Accepted && dialog.score() > 0) {
        showActivity(tr("The rating is recorded; the customer's history shows it once the server has it."));
        emit csatRequested(ticket.ticketId, dialog.score(), dialog.comment());
    }
}

// --- The team lead's dashboard and reassigning ---

void MainWindow::createLeadActions()
{
    m_dashboardAction = new QAction(this);
    m_dashboardAction->setObjectName(QStringLiteral("showTeamDashboard"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::openDashboard);
    m_reassign = new QAction(this);
    m_reassign->setObjectName(QStringLiteral("reassignTickets"));
    m_reassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reassign, &QAction::triggered, this, &MainWindow::reassignSelected);
    // Also on the queue's context menu, where the lead has just selected the tickets.
    m_view->addAction(m_reassign);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    translated([this] {
        m_dashboardAction->setText(tr("Team &Dashboard"));
        m_dashboardAction->setToolTip(tr("Your team's queues and agents with today's figures (Ctrl+Shift+D)"));
        m_reassign->setText(tr("Reass&ign To…"));
        m_reassign->setToolTip(tr("Give the selected tickets to another member of their queue (Ctrl+Shift+R)"));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateLeadActions);
    updateLeadActions();
}

void MainWindow::updateLeadActions()
{
    if (!m_dashboardAction) {
        return;  // loadAgent() runs before the actions are made
    }
    m_dashboardAction->setVisible(m_lead);
    m_reassign->setVisible(m_lead);
    // Like a claim, a reassignment is queued offline and sent once the server is back.
    m_reassign->setEnabled(m_lead && m_workAvailable && m_view->selectionModel()->hasSelection());
    if (m_dashboard) {
        m_dashboard->setPresenceChangeAllowed(m_lead && m_othersPresenceAllowed);
    }
    if (!m_lead && m_dashboard && m_dashboard->isVisible()) {
        m_dashboard->close();
    }
}

void MainWindow::openDashboard()
{
    if (!m_lead) {
        return;
    }
    if (!m_dashboard) {
        m_dashboard = new Widgets::LeadDashboard(this);
        m_dashboard->setOnline(m_serverReachable);
        m_dashboard->setPresenceChangeAllowed(m_lead && m_othersPresenceAllowed);
        connect(m_dashboard, &Widgets::LeadDashboard::queueActivated, this, &MainWindow::showQueue);
        connect(m_dashboard, &Widgets::LeadDashboard::presenceChangeRequested, this,
                [this](const QUuid &agentId, Models::Presence presence) {
                    if (agentId == m_agentId) {
                        emit presenceRequested(presence);  // the lead's own, as if chosen in the status bar
                    } else {
                        emit agentPresenceRequested(agentId, presence);
                    }
                });
        // Figures of an earlier session, marked with their age, until the server sends new ones.
        if (auto saved = Models::TeamSnapshotCache::load(m_store.readDatabase())) {
            m_dashboard->setSnapshot(saved->snapshot, saved->receivedAt);
        }
        connect(m_dashboard, &Widgets::LeadDashboard::closed, this, [this] {
            saveTeamSnapshot();
            if (std::exchange(m_dashboardOpen, false)) {
                emit dashboardClosed();
            }
        });
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    if (!m_dashboardOpen) {
        m_dashboardOpen = true;
        QList<QUuid> queues(m_agentQueues.cbegin(), m_agentQueues.cend());
        std::sort(queues.begin(), queues.end());
        emit dashboardOpened(queues, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
}

void MainWindow::showTeamSnapshot(const Models::TeamSnapshot &snapshot)
{
    if (!m_dashboard) {
        return;
    }
    m_dashboard->setSnapshot(snapshot);
    m_unsavedSnapshot = Models::SavedTeamSnapshot{snapshot, m_dashboard->receivedAt()};
    if (!m_snapshotSaveTimer.isActive()) {
        m_snapshotSaveTimer.start();
    }
}

void MainWindow::saveTeamSnapshot()
{
    m_snapshotSaveTimer.stop();
    if (m_unsavedSnapshot) {
        m_snapshotCache->save(*std::exchange(m_unsavedSnapshot, std::nullopt));
    }
}

void MainWindow::showQueue(const QUuid &queueId)
{
    QString name;
    if (m_dashboard && m_dashboard->snapshot()) {
        for (const Models::QueueMetrics &queue : m_dashboard->snapshot()->queues) {
            if (queue.queueId == queueId) {
                name = queue.name;
            }
        }
    }
    Models::QueueFilter filter;
    filter.queueId = queueId;
    m_filterBar->setFilter(filter, name);
    applyFilter(filter);
    showNormal();
    raise();
    activateWindow();
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::reassignSelected()
{
    if (!m_lead || !m_workAvailable) {
        return;
    }
    QList<QUuid> tickets;
    QSet<QUuid> queues;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const Models::QueueRow *row = m_filter->rowAt(index.row())) {
            tickets.append(row->id);
            queues.insert(row->queueId);
        }
    }
    if (tickets.isEmpty()) {
        return;
    }
    // Only someone in every one of the tickets' queues can take them all.
    auto members = Models::TeamAgentModel::membersOf(m_store.readDatabase(), queues);
    if (!members) {
        qCWarning(lc) << "cannot read the queue's members:" << members.error().message;
        showActivity(tr("The queue's members could not be read from the local cache: %1").arg(members.error().message));
        return;
    }
    QList<Widgets::ReassignCandidate> candidates;
    for (const Models::TeamMember &member : std::as_const(*members)) {
        Widgets::ReassignCandidate candidate{member.id, member.name, member.role, member.presence, {}};
        if (m_dashboard && m_dashboard->snapshot()) {
            // The load (and a fresher presence) from the latest figures.
            for (const Models::AgentMetrics &agent : m_dashboard->snapshot()->agents) {
                if (agent.agentId == member.id) {
                    candidate.openAssigned = agent.openAssigned;
                    candidate.presence = agent.presence;
                }
            }
        }
        candidates.append(candidate);
    }
    Widgets::ReassignDialog dialog(candidates, int(tickets.size()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenAgent().isNull()) {
        return;
    }
    const QUuid assignee = dialog.chosenAgent();
    QString name;
    for (const Models::TeamMember &member : std::as_const(*members)) {
        if (member.id == assignee) {
            name = member.name;
        }
    }
    for (const QUuid &ticket : std::as_const(tickets)) {
        emit reassignRequested(ticket, assignee);
    }
    showActivity(tr("%n ticket(s) reassigned to %1.", nullptr, int(tickets.size())).arg(name));
}

void MainWindow::setOthersPresenceAllowed(bool allowed)
{
    m_othersPresenceAllowed = allowed;
    updateLeadActions();
}

}  // namespace Frontline::App
