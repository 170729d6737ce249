// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuetile.h"

#include <models/teamqueuemodel.h>

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>

#include <array>

namespace Frontline::Widgets {

using Models::QueueModel;
using Models::TeamQueueModel;

namespace {

// What is happening now (big, in one line), then how today went (caption and figure pairs).
constexpr std::array<QueueTile::Figure, 5> nowFigures{QueueTile::Figure::Waiting, QueueTile::Figure::Open,
                                                      QueueTile::Figure::OldestWait, QueueTile::Figure::DueSoon,
                                                      QueueTile::Figure::Breached};
constexpr std::array<QueueTile::Figure, 5> todayFigures{
    QueueTile::Figure::CreatedToday, QueueTile::Figure::SolvedToday, QueueTile::Figure::ResolutionRate,
    QueueTile::Figure::MedianFirstResponse, QueueTile::Figure::Csat};

constexpr int SlaBarWidth = 5;

}  // namespace

QueueTile::QueueTile(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
{
    setObjectName(QStringLiteral("queueTile"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(SlaBarWidth + 10, 8, 10, 8);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(0);
    m_name->setObjectName(QStringLiteral("queueTileName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    grid->addWidget(m_name, 0, 0, 1, int(nowFigures.size()));
    grid->setRowMinimumHeight(1, 4);

    // Now: five big figures over their captions.
    for (int column = 0; column < int(nowFigures.size()); ++column) {
        const Figure figure = nowFigures[std::size_t(column)];
        QLabel *value = addLabel(figure, true);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.7);
        value->setFont(font);
        grid->addWidget(value, 2, column, Qt::AlignLeft | Qt::AlignBottom);
        grid->addWidget(addLabel(figure, false), 3, column, Qt::AlignLeft | Qt::AlignTop);
        grid->setColumnStretch(column, 1);
    }
    grid->setRowMinimumHeight(4, 8);
    // Today: caption and figure pairs in two columns, so long captions never wrap or clip.
    auto *today = new QGridLayout;
    today->setHorizontalSpacing(10);
    today->setVerticalSpacing(2);
    for (int i = 0; i < int(todayFigures.size()); ++i) {
        const Figure figure = todayFigures[std::size_t(i)];
        const int row = i % 3;
        const int column = (i / 3) * 2;
        today->addWidget(addLabel(figure, false), row, column);
        today->addWidget(addLabel(figure, true), row, column + 1);
    }
    today->setColumnStretch(1, 1);
    today->setColumnStretch(3, 1);
    grid->addLayout(today, 5, 0, 1, int(nowFigures.size()));
    retranslate();
}

QueueTile::~QueueTile() = default;

QLabel *QueueTile::addLabel(Figure figure, bool value)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    if (value) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_values.insert(figure, label);
    } else {
        label->setForegroundRole(QPalette::PlaceholderText);
        m_captions.insert(figure, label);
    }
    return label;
}

void QueueTile::setMetrics(const Models::QueueMetrics &metrics)
{
    m_metrics = metrics;
    showFigures();
}

QString QueueTile::figureText(Figure figure) const
{
    const QLocale locale;
    const Models::QueueMetrics &queue = m_metrics;
    switch (figure) {
    case Figure::Waiting:
        return locale.toString(queue.waiting);
    case Figure::Open:
        return locale.toString(queue.open);
    case Figure::OldestWait:
        return TeamQueueModel::durationText(queue.oldestWaitMs);
    case Figure::DueSoon:
        return locale.toString(queue.firstResponseDueSoon + queue.resolutionDueSoon);
    case Figure::Breached:
        return locale.toString(queue.firstResponseBreached + queue.resolutionBreached);
    case Figure::CreatedToday:
        return locale.toString(queue.createdToday);
    case Figure::SolvedToday:
        return locale.toString(queue.solvedToday);
    case Figure::MedianFirstResponse:
        return TeamQueueModel::durationText(queue.medianFirstResponseMs);
    case Figure::ResolutionRate:
        return TeamQueueModel::percentText(queue.resolutionRate());
    case Figure::Csat:
        return queue.csatCount > 0 ? tr("%1 (%2)")
                                         .arg(TeamQueueModel::csatText(queue.csatAverage()))
                                         .arg(locale.toString(queue.csatCount))
                                   : QStringLiteral("—");
    }
    return {};
}

QColor QueueTile::figureColor(Figure figure) const
{
    if (figure == Figure::DueSoon && m_metrics.firstResponseDueSoon + m_metrics.resolutionDueSoon > 0) {
        return TeamQueueModel::slaColor(QueueModel::SlaState::DueSoon);
    }
    if (figure == Figure::Breached && m_metrics.firstResponseBreached + m_metrics.resolutionBreached > 0) {
        return TeamQueueModel::slaColor(QueueModel::SlaState::Breached);
    }
    return {};
}

void QueueTile::showFigures()
{
    m_name->setText(m_metrics.name);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        QLabel *value = it.value();
        value->setText(figureText(it.key()));
        QPalette palette = this->palette();
        if (const QColor color = figureColor(it.key()); color.isValid()) {
            palette.setColor(QPalette::WindowText, color);
            palette.setColor(QPalette::Text, color);  // the role a label on a Base background draws with
        }
        value->setPalette(palette);
    }
    const QLocale locale;
    m_values.value(Figure::DueSoon)
        ->setToolTip(
            tr("First responses due soon: %1\nResolutions due soon: %2")
                .arg(locale.toString(m_metrics.firstResponseDueSoon), locale.toString(m_metrics.resolutionDueSoon)));
    m_values.value(Figure::Breached)
        ->setToolTip(
            tr("First responses overdue: %1\nResolutions overdue: %2")
                .arg(locale.toString(m_metrics.firstResponseBreached), locale.toString(m_metrics.resolutionBreached)));
    setAccessibleName(tr("Queue %1").arg(m_metrics.name));
    // What a screen reader says for the tile: the figures in words, then what activating it does.
    setAccessibleDescription(
        tr("%1 waiting, %2 open, oldest wait %3, %4 due soon, %5 breached; today %6 created, %7 solved, "
           "resolution rate %8, median first response %9, CSAT %10. Press Enter to show its tickets.")
            .arg(figureText(Figure::Waiting), figureText(Figure::Open), figureText(Figure::OldestWait),
                 figureText(Figure::DueSoon), figureText(Figure::Breached), figureText(Figure::CreatedToday),
                 figureText(Figure::SolvedToday), figureText(Figure::ResolutionRate),
                 figureText(Figure::MedianFirstResponse), figureText(Figure::Csat)));
    setToolTip(tr("Show the tickets of %1").arg(m_metrics.name));
    update();
}

void QueueTile::retranslate()
{
    const auto caption = [this](Figure figure, const QString &text) {
        m_captions.value(figure)->setText(text);
    };
    caption(Figure::Waiting, tr("waiting"));
    caption(Figure::Open, tr("open"));
    caption(Figure::OldestWait, tr("oldest wait"));
    caption(Figure::DueSoon, tr("due soon"));
    caption(Figure::Breached, tr("breached"));
    caption(Figure::CreatedToday, tr("created today"));
    caption(Figure::SolvedToday, tr("solved today"));
    caption(Figure::ResolutionRate, tr("resolution rate"));
    caption(Figure::MedianFirstResponse, tr("median first response"));
    caption(Figure::Csat, tr("CSAT (ratings)"));
    showFigures();
}

void QueueTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void QueueTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_metrics.queueId);
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void QueueTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated(m_metrics.queueId);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void QueueTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    // The bar on the left says the queue's worst deadline state at a glance.
    QColor bar = TeamQueueModel::slaColor(TeamQueueModel::slaState(m_metrics));
    if (!bar.isValid()) {
        bar = palette().color(QPalette::Mid);
    }
    painter.fillRect(QRect(0, 0, SlaBarWidth, height()), bar);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(SlaBarWidth + 2, 2, -2, -2);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

}  // namespace Frontline::Widgets
