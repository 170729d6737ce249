// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leaddashboard.h"

#include "queuetile.h"

#include <models/labels.h>
#include <models/teamagentmodel.h>
#include <models/teamcsv.h>
#include <models/teamqueuemodel.h>

#include <QAction>
#include <QActionGroup>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Frontline::Widgets {

using Models::TeamAgentModel;
using Models::TeamQueueModel;

namespace {

constexpr qint64 MinuteMs = 60'000;

const QColor createdColor(0x15, 0x65, 0xc0);
const QColor solvedColor(0x2e, 0x7d, 0x32);
const QColor breachColor(0xc6, 0x28, 0x28);
const QColor csatColor(0x6a, 0x1b, 0x9a);

// Offline is an alarm (red); figures that are merely late a caution (amber).
const QString offlineStyle = QStringLiteral(
    "QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #c62828; border-radius: 3px; padding: 6px 10px; "
    "font-weight: bold; }");
const QString lateStyle = QStringLiteral(
    "QLabel { background: #fff4e5; color: #6d3d00; border: 1px solid #b26a00; border-radius: 3px; padding: 6px 10px; "
    "font-weight: bold; }");

/*! An axis of whole counts from 0, its ticks at a round step, a little above \a largest. */
void fitCounts(QValueAxis *axis, qreal largest)
{
    qreal step = 1;
    for (const qreal candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0}) {
        step = candidate;
        if (largest / candidate <= 5) {
            break;
        }
    }
    if (largest / step > 5) {
        step = std::pow(10.0, std::ceil(std::log10(largest / 5)));
    }
    // Room above a few events, so one breach does not look like a wall.
    const qreal top = std::max<qreal>(4, std::ceil(largest / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, top);
}

QChartView *makeChartView(QWidget *parent, const QString &objectName)
{
    auto *view = new QChartView(parent);  // it makes and owns its chart
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    view->setFocusPolicy(Qt::TabFocus);
    QChart *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return view;
}

// The hours of the day as numbers, labelled every third hour: 24 category labels do not fit a chart's width.
// Bars and points sit on the whole numbers, bucket i being hour i of the lead's day.
QValueAxis *addHourAxis(QChart *chart, QAbstractSeries *series)
{
    auto *axis = new QValueAxis(chart);
    axis->setLabelFormat(QStringLiteral("%02d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(3);
    axis->setMinorTickCount(0);
    axis->setGridLineVisible(false);
    axis->setRange(-0.5, 23.5);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    return axis;
}

QValueAxis *addCountAxis(QChart *chart, QAbstractSeries *series)
{
    auto *axis = new QValueAxis(chart);
    axis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    fitCounts(axis, 0);
    return axis;
}

QList<qreal> values(const QList<int> &counts)
{
    return QList<qreal>(counts.cbegin(), counts.cend());
}

int total(const QList<int> &counts)
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

void setBars(QBarSet *set, const QList<int> &counts)
{
    if (set->count() > 0) {
        set->remove(0, set->count());
    }
    set->append(values(counts));
}

}  // namespace

LeadDashboard::LeadDashboard(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_title(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_exportResult(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_tileArea(new QScrollArea(this))
    , m_tileBox(new QWidget(this))
    , m_tileGrid(new QGridLayout(m_tileBox))
    , m_noQueues(new QLabel(m_tileBox))
    , m_agentsTitle(new QLabel(this))
    , m_queues(new TeamQueueModel(this))
    , m_agents(new TeamAgentModel(this))
    , m_sortedAgents(new QSortFilterProxyModel(this))
    , m_agentTable(new QTableView(this))
    , m_setStatus(new QPushButton(this))
    , m_statusMenu(new QMenu(this))
    , m_presenceGroup(new QActionGroup(this))
    , m_presenceResult(new QLabel(this))
    , m_charts(new QTabWidget(this))
{
    setObjectName(QStringLiteral("leadDashboard"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setTextFormat(Qt::PlainText);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setEnabled(false);  // until there are figures
    connect(m_export, &QPushButton::clicked, this, &LeadDashboard::chooseExportFile);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_exportResult);
    header->addSpacing(12);
    header->addWidget(m_updated);
    header->addSpacing(12);
    header->addWidget(m_export);

    m_stale->setObjectName(QStringLiteral("staleMarker"));
    m_stale->setWordWrap(true);
    m_stale->setTextFormat(Qt::PlainText);

    // The tiles flow into as many columns as the width allows (layoutTiles()).
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(8);
    m_noQueues->setAlignment(Qt::AlignCenter);
    m_noQueues->setWordWrap(true);
    m_tileArea->setObjectName(QStringLiteral("queueTiles"));
    m_tileArea->setWidgetResizable(true);
    m_tileArea->setFrameShape(QFrame::NoFrame);
    m_tileArea->setWidget(m_tileBox);
    m_tileArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tileArea->viewport()->installEventFilter(this);

    m_sortedAgents->setSourceModel(m_agents);
    m_sortedAgents->setSortRole(TeamAgentModel::SortRole);
    m_sortedAgents->setSortLocaleAware(true);
    m_sortedAgents->setDynamicSortFilter(true);
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentTable->setModel(m_sortedAgents);
    m_agentTable->setSortingEnabled(true);
    m_agentTable->sortByColumn(TeamAgentModel::NameColumn, Qt::AscendingOrder);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_agentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentTable->setAlternatingRowColors(true);
    m_agentTable->setShowGrid(false);
    m_agentTable->setWordWrap(false);
    m_agentTable->setTabKeyNavigation(false);
    m_agentTable->verticalHeader()->hide();
    m_agentTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agentTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_agentTable->horizontalHeader()->setHighlightSections(false);
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentTable->horizontalHeader()->setSectionResizeMode(TeamAgentModel::NameColumn, QHeaderView::Stretch);
    m_agentTable->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(u'M') * 4);
    QFont agentsFont = m_agentsTitle->font();
    agentsFont.setBold(true);
    m_agentsTitle->setFont(agentsFont);
    m_agentsTitle->setBuddy(m_agentTable);
    createPresenceActions();
    auto *agentHeader = new QHBoxLayout;
    agentHeader->addWidget(m_agentsTitle);
    agentHeader->addStretch(1);
    agentHeader->addWidget(m_presenceResult);
    agentHeader->addSpacing(12);
    agentHeader->addWidget(m_setStatus);
    auto *agentPane = new QWidget(this);
    auto *agentLayout = new QVBoxLayout(agentPane);
    agentLayout->setContentsMargins(0, 0, 0, 0);
    agentLayout->addLayout(agentHeader);
    agentLayout->addWidget(m_agentTable, 1);

    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    createCharts();

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("agentsAndCharts"));
    lower->addWidget(agentPane);
    lower->addWidget(m_charts);
    lower->setChildrenCollapsible(false);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("tilesAndDetails"));
    m_split->addWidget(m_tileArea);
    m_split->addWidget(lower);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stale);
    layout->addWidget(m_split, 1);

    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &LeadDashboard::updateStaleness);
    m_ageTimer.start();
    retranslate();
    updateTiles();
    resize(1240, 860);
}

LeadDashboard::~LeadDashboard() = default;

void LeadDashboard::createPresenceActions()
{
    m_presenceGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_statusMenu->setObjectName(QStringLiteral("agentStatusMenu"));
    for (const Models::Presence presence : PresenceChoices) {
        auto *action = new QAction(m_presenceGroup);
        action->setObjectName(QStringLiteral("setAgentPresence_%1").arg(Models::toString(presence)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, presence] { choosePresence(presence); });
        m_statusMenu->addAction(action);
        m_presenceActions.append(action);
    }
    m_setStatus->setObjectName(QStringLiteral("setAgentStatus"));
    m_setStatus->setMenu(m_statusMenu);
    m_presenceResult->setObjectName(QStringLiteral("presenceResult"));
    m_presenceResult->setTextFormat(Qt::PlainText);
    // The same entries on the table's context menu (the Menu key or Shift+F10 open it from the keyboard).
    m_agentTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_agentTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_presenceAllowed) {
            return;
        }
        QPoint at = pos;
        const QModelIndex under = m_agentTable->indexAt(pos);
        if (under.isValid() && !m_agentTable->selectionModel()->isRowSelected(under.row(), under.parent())) {
            m_agentTable->selectionModel()->select(under,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_agentTable->selectionModel()->setCurrentIndex(under, QItemSelectionModel::NoUpdate);
        } else if (!under.isValid() && m_agentTable->currentIndex().isValid()) {
            at = m_agentTable->visualRect(m_agentTable->currentIndex()).bottomLeft();  // opened from the keyboard
        }
        if (selectedAgents().isEmpty()) {
            return;
        }
        m_statusMenu->exec(m_agentTable->viewport()->mapToGlobal(at));
    });
    connect(m_agentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadDashboard::updatePresenceActions);
    updatePresenceActions();
}

void LeadDashboard::setPresenceChangeAllowed(bool allowed)
{
    m_presenceAllowed = allowed;
    if (!allowed) {
        m_presenceResult->clear();
    }
    updatePresenceActions();
}

QList<QUuid> LeadDashboard::selectedAgents() const
{
    QModelIndexList rows = m_agentTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QUuid> agents;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QUuid id = row.data(TeamAgentModel::AgentIdRole).toUuid();
        if (!id.isNull()) {
            agents.append(id);
        }
    }
    return agents;
}

void LeadDashboard::updatePresenceActions()
{
    const QList<QUuid> agents = m_presenceAllowed ? selectedAgents() : QList<QUuid>();
    m_setStatus->setVisible(m_presenceAllowed);
    m_setStatus->setEnabled(!agents.isEmpty());
    // One agent: their presence is checked. Several: checked only when they all have the same one.
    std::optional<Models::Presence> shared;
    bool mixed = false;
    for (const QUuid &id : agents) {
        if (const Models::AgentMetrics *agent = m_agents->agentAt(m_agents->rowOf(id))) {
            mixed = mixed || (shared && *shared != agent->presence);
            shared = agent->presence;
        }
    }
    for (qsizetype i = 0; i < m_presenceActions.size(); ++i) {
        QAction *action = m_presenceActions.at(i);
        action->setVisible(m_presenceAllowed);
        action->setEnabled(!agents.isEmpty());
        action->setChecked(!mixed && shared == PresenceChoices.at(std::size_t(i)));
    }
}

void LeadDashboard::choosePresence(Models::Presence presence)
{
    const QList<QUuid> agents = m_presenceAllowed ? selectedAgents() : QList<QUuid>();
    if (agents.isEmpty()) {
        return;
    }
    QStringList names;
    for (const QUuid &id : agents) {
        if (const Models::AgentMetrics *agent = m_agents->agentAt(m_agents->rowOf(id))) {
            names.append(agent->name);
        }
    }
    for (const QUuid &id : agents) {
        emit presenceChangeRequested(id, presence);
    }
    const QString who = QLocale().createSeparatedList(names);
    const QString what = Models::Labels::presence(presence);
    m_presenceResult->setText(m_online
                                  ? tr("Set %1 to %2.").arg(who, what)
                                  : tr("Set %1 to %2; it reaches the server once it is reachable.").arg(who, what));
    m_presenceResult->setAccessibleName(m_presenceResult->text());
    updatePresenceActions();
}

void LeadDashboard::createCharts()
{
    m_createdSolvedView = makeChartView(this, QStringLiteral("createdSolvedChart"));
    QChart *flow = m_createdSolvedView->chart();
    auto *flowSeries = new QBarSeries(flow);
    m_created = new QBarSet(QString(), flowSeries);
    m_created->setColor(createdColor);
    m_created->setBorderColor(createdColor);
    m_solved = new QBarSet(QString(), flowSeries);
    m_solved->setColor(solvedColor);
    m_solved->setBorderColor(solvedColor);
    flowSeries->append(m_created);
    flowSeries->append(m_solved);
    flowSeries->setBarWidth(0.8);
    flow->addSeries(flowSeries);
    m_createdSolvedHours = addHourAxis(flow, flowSeries);
    m_createdSolvedCounts = addCountAxis(flow, flowSeries);
    flow->legend()->setAlignment(Qt::AlignBottom);

    m_breachesView = makeChartView(this, QStringLiteral("breachesChart"));
    QChart *breaches = m_breachesView->chart();
    auto *breachSeries = new QBarSeries(breaches);
    m_breaches = new QBarSet(QString(), breachSeries);
    m_breaches->setColor(breachColor);
    m_breaches->setBorderColor(breachColor);
    breachSeries->append(m_breaches);
    breachSeries->setBarWidth(0.6);
    breaches->addSeries(breachSeries);
    m_breachHours = addHourAxis(breaches, breachSeries);
    m_breachCounts = addCountAxis(breaches, breachSeries);
    breaches->legend()->hide();

    m_csatView = makeChartView(this, QStringLiteral("csatChart"));
    QChart *csat = m_csatView->chart();
    m_csat = new QLineSeries(csat);
    m_csat->setColor(csatColor);
    m_csat->setPointsVisible(true);
    m_csat->setMarkerSize(9);
    QPen pen = m_csat->pen();
    pen.setWidth(2);
    m_csat->setPen(pen);
    csat->addSeries(m_csat);
    m_csatHours = addHourAxis(csat, m_csat);
    m_csatScores = new QValueAxis(csat);
    m_csatScores->setRange(1, 5);
    m_csatScores->setTickCount(5);
    m_csatScores->setLabelFormat(QStringLiteral("%.0f"));
    csat->addAxis(m_csatScores, Qt::AlignLeft);
    m_csat->attachAxis(m_csatScores);
    csat->legend()->hide();

    m_charts->addTab(m_createdSolvedView, QString());
    m_charts->addTab(m_breachesView, QString());
    m_charts->addTab(m_csatView, QString());
}

QChartView *LeadDashboard::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::CreatedSolved:
        return m_createdSolvedView;
    case Chart::Breaches:
        return m_breachesView;
    case Chart::Csat:
        return m_csatView;
    }
    return nullptr;
}

void LeadDashboard::setSnapshot(const Models::TeamSnapshot &snapshot, std::optional<qint64> receivedAt)
{
    m_snapshot = snapshot;
    m_receivedAt = receivedAt.value_or(m_clock());
    m_queues->setSnapshot(snapshot);
    m_agents->setSnapshot(snapshot);
    updatePresenceActions();  // the selected agents' presence may have changed
    m_export->setEnabled(true);
    updateTiles();
    updateCharts();
    updateStaleness();
}

void LeadDashboard::setOnline(bool online)
{
    m_online = online;
    updateStaleness();
}

void LeadDashboard::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    updateStaleness();
}

bool LeadDashboard::isStale() const
{
    return !m_online || !m_snapshot || m_clock() - m_receivedAt > StaleAfterMs;
}

QString LeadDashboard::timeText(qint64 ms) const
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock()).toLocalTime();
    return when.date() == now.date() ? Models::Labels::shortTime(QLocale(), when.time())
                                     : Models::Labels::shortDateTime(QLocale(), when);
}

QString LeadDashboard::updatedText() const
{
    return m_snapshot ? tr("Updated %1").arg(timeText(m_snapshot->computedAt)) : tr("No figures yet");
}

QString LeadDashboard::staleText() const
{
    if (!isStale()) {
        return {};
    }
    if (!m_snapshot) {
        return m_online ? tr("Waiting for the first figures from the server…")
                        : tr("Offline — no figures yet. They appear once the server is reachable.");
    }
    const qint64 minutes = std::max<qint64>(0, m_clock() - m_receivedAt) / MinuteMs;
    const QString ago =
        minutes < 1 ? tr("less than a minute ago") : tr("%n min ago", nullptr, static_cast<int>(minutes));
    const QString from = timeText(m_snapshot->computedAt);
    return m_online ? tr("Not current — figures from %1 (%2)").arg(from, ago)
                    : tr("Offline — figures from %1 (%2)").arg(from, ago);
}

void LeadDashboard::updateStaleness()
{
    const bool stale = isStale();
    m_stale->setVisible(stale);
    if (stale) {
        m_stale->setText(staleText());
        m_stale->setStyleSheet(m_online ? lateStyle : offlineStyle);
        m_stale->setAccessibleName(m_stale->text());
    }
    m_updated->setText(updatedText());
}

QueueTile *LeadDashboard::tile(const QUuid &queueId) const
{
    const auto found = std::find_if(m_tiles.cbegin(), m_tiles.cend(),
                                    [&queueId](const QueueTile *tile) { return tile->queueId() == queueId; });
    return found == m_tiles.cend() ? nullptr : *found;
}

void LeadDashboard::updateTiles()
{
    const QList<Models::QueueMetrics> &queues = m_queues->queues();
    const bool countChanged = m_tiles.size() != queues.size();
    while (m_tiles.size() > queues.size()) {
        delete m_tiles.takeLast();
    }
    while (m_tiles.size() < queues.size()) {
        auto *tile = new QueueTile(m_tileBox);
        connect(tile, &QueueTile::activated, this, &LeadDashboard::queueActivated);
        m_tiles.append(tile);
    }
    for (qsizetype i = 0; i < queues.size(); ++i) {
        m_tiles[i]->setMetrics(queues[i]);
    }
    m_noQueues->setVisible(queues.isEmpty());
    if (countChanged || m_tileColumns == 0) {
        m_tileColumns = 0;  // lay out again
        layoutTiles();
    }
}

void LeadDashboard::layoutTiles()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int tileWidth = std::max(380, 34 * em);
    const int columns = std::max(1, m_tileArea->viewport()->width() / tileWidth);
    if (columns == m_tileColumns) {
        return;
    }
    m_tileColumns = columns;
    while (m_tileGrid->count() > 0) {
        delete m_tileGrid->takeAt(0);  // the layout items only; the tiles stay
    }
    for (int column = 0; column < m_tileGrid->columnCount(); ++column) {
        m_tileGrid->setColumnStretch(column, 0);
    }
    for (int row = 0; row < m_tileGrid->rowCount(); ++row) {
        m_tileGrid->setRowStretch(row, 0);
    }
    if (m_tiles.isEmpty()) {
        m_tileGrid->addWidget(m_noQueues, 0, 0);
        m_tileGrid->setColumnStretch(0, 1);
        return;
    }
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        m_tileGrid->addWidget(m_tiles[i], int(i) / columns, int(i) % columns);
    }
    for (int column = 0; column < columns; ++column) {
        m_tileGrid->setColumnStretch(column, 1);
    }
    const int rows = int((m_tiles.size() + columns - 1) / columns);
    m_tileGrid->setRowStretch(rows, 1);
    // Never a tile cut in half: at least one row shows whole; the first figures get up to two rows.
    const int rowHeight = m_tiles.first()->sizeHint().height() + m_tileGrid->verticalSpacing();
    m_tileArea->setMinimumHeight(rowHeight);
    if (!m_sized && m_split->height() > 0) {
        m_sized = true;
        const int wanted = std::min(rows, 2) * rowHeight;
        m_split->setSizes({wanted, std::max(1, m_split->height() - wanted)});
    }
    // Tab goes through the tiles in reading order.
    for (qsizetype i = 1; i < m_tiles.size(); ++i) {
        setTabOrder(m_tiles[i - 1], m_tiles[i]);
    }
}

void LeadDashboard::updateCharts()
{
    if (!m_snapshot) {
        return;
    }
    const Models::HourlySeries &hourly = m_snapshot->hourly;
    const qreal lastHour = qreal(std::max<qsizetype>(1, hourly.created.size()) - 1);
    for (QValueAxis *axis : {m_createdSolvedHours, m_breachHours, m_csatHours}) {
        axis->setRange(-0.5, lastHour + 0.5);  // 23, 24 or 25 hours
    }
    setBars(m_created, hourly.created);
    setBars(m_solved, hourly.solved);
    setBars(m_breaches, hourly.breaches);
    const auto largest = [](const QList<int> &counts) {
        return counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    };
    fitCounts(m_createdSolvedCounts, std::max(largest(hourly.created), largest(hourly.solved)));
    fitCounts(m_breachCounts, largest(hourly.breaches));

    QList<QPointF> points;
    for (qsizetype hour = 0; hour < hourly.csatCount.size(); ++hour) {
        if (const auto average = hourly.csatAverage(hour)) {
            points.append(QPointF(qreal(hour), *average));
        }
    }
    m_csat->replace(points);

    const QLocale locale;
    m_createdSolvedView->setAccessibleDescription(
        tr("Today: %1 created, %2 solved")
            .arg(locale.toString(total(hourly.created)), locale.toString(total(hourly.solved))));
    m_breachesView->setAccessibleDescription(tr("Today: %n deadline(s) breached", nullptr, total(hourly.breaches)));
    const int ratings = total(hourly.csatCount);
    m_csatView->setAccessibleDescription(
        ratings > 0 ? tr("Today: %n rating(s), average %1", nullptr, ratings)
                          .arg(TeamQueueModel::csatText(double(total(hourly.csatSum)) / ratings))
                    : tr("No ratings yet today"));
}

bool LeadDashboard::exportTo(const QString &path)
{
    if (!m_snapshot) {
        return false;
    }
    const Models::Status saved = Models::TeamCsv::save(*m_snapshot, path);
    m_exportResult->setText(saved ? tr("Saved %1").arg(QFileInfo(path).fileName()) : saved.error().message);
    return saved.ok();
}

void LeadDashboard::chooseExportFile()
{
    if (!m_snapshot) {
        return;
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(m_snapshot->day.startMs).toLocalTime().date();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"),
                                                      QDir(folder).filePath(Models::TeamCsv::defaultFileName(day)),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void LeadDashboard::retranslate()
{
    setWindowTitle(tr("Team Dashboard"));
    m_title->setText(tr("Team dashboard"));
    m_export->setText(tr("&Export to CSV…"));
    m_export->setToolTip(tr("Save today's queue and agent figures for a spreadsheet"));
    m_export->setAccessibleDescription(m_export->toolTip());
    m_updated->setAccessibleName(tr("When the figures were computed"));
    m_tileArea->setAccessibleName(tr("Queues"));
    m_noQueues->setText(tr("No queues to show: the figures cover the queues you are a member of."));
    m_agentsTitle->setText(tr("&Agents"));
    m_agentTable->setAccessibleName(tr("Agents of the team"));
    m_agentTable->setAccessibleDescription(
        tr("Presence, open assigned tickets, tickets handled today, median first response and CSAT; click a "
           "column header to sort"));
    m_setStatus->setText(tr("Set &Status…"));
    m_setStatus->setToolTip(tr("Change the presence of the selected agents (also on the table's context menu)"));
    m_setStatus->setAccessibleName(tr("Set the selected agents' status"));
    m_setStatus->setAccessibleDescription(m_setStatus->toolTip());
    m_statusMenu->setTitle(tr("Set Status"));
    m_statusMenu->setAccessibleName(tr("Status for the selected agents"));
    const std::array<QString, PresenceChoices.size()> presenceTexts{tr("&Online"), tr("&Away"), tr("&Busy"),
                                                                    tr("O&ffline")};
    for (qsizetype i = 0; i < m_presenceActions.size(); ++i) {
        m_presenceActions.at(i)->setText(presenceTexts.at(std::size_t(i)));
    }
    m_charts->setAccessibleName(tr("Today hour by hour"));
    m_charts->setTabText(0, tr("Created and solved"));
    m_charts->setTabText(1, tr("SLA breaches"));
    m_charts->setTabText(2, tr("CSAT"));
    m_createdSolvedView->chart()->setTitle(tr("Tickets created and solved per hour"));
    m_created->setLabel(tr("Created"));
    m_solved->setLabel(tr("Solved"));
    m_breachesView->chart()->setTitle(tr("SLA deadlines breached per hour"));
    m_breaches->setLabel(tr("Breaches"));
    m_csatView->chart()->setTitle(tr("Average CSAT rating per hour (1–5)"));
    m_csat->setName(tr("CSAT"));
    for (QChartView *view : {m_createdSolvedView, m_breachesView, m_csatView}) {
        view->setAccessibleName(view->chart()->title());
    }
    m_queues->retranslate();
    m_agents->retranslate();
    updateCharts();
    updateStaleness();
}

void LeadDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LeadDashboard::closeEvent(QCloseEvent *event)
{
    event->accept();
    emit closed();
}

bool LeadDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tileArea->viewport() && event->type() == QEvent::Resize) {
        layoutTiles();
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace Frontline::Widgets
