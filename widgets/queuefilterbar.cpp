// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuefilterbar.h"

#include <models/labels.h>

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>
#include <array>

namespace Frontline::Widgets {

using Models::QueueFilter;

namespace {

constexpr std::array statuses{Models::TicketStatus::New,    Models::TicketStatus::Open,   Models::TicketStatus::Pending,
                              Models::TicketStatus::OnHold, Models::TicketStatus::Solved, Models::TicketStatus::Closed};
constexpr std::array priorities{Models::Priority::Low, Models::Priority::Normal, Models::Priority::High,
                                Models::Priority::Urgent};
constexpr std::array channels{Models::Channel::Email,  Models::Channel::Chat,    Models::Channel::Phone,
                              Models::Channel::Social, Models::Channel::WebForm, Models::Channel::Bot};

/*! The combo box's choice: index 0 is "any". */
template<typename Value, std::size_t N>
std::optional<Value> chosen(const QComboBox *box, const std::array<Value, N> &values)
{
    const int index = box->currentIndex();
    return index > 0 && index <= int(N) ? std::optional<Value>(values[std::size_t(index - 1)]) : std::nullopt;
}

template<typename Value, std::size_t N>
int indexOf(const std::optional<Value> &value, const std::array<Value, N> &values)
{
    if (!value) {
        return 0;
    }
    const auto found = std::find(values.begin(), values.end(), *value);
    return found == values.end() ? 0 : int(found - values.begin()) + 1;
}

}  // namespace

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_view(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_queue(new QToolButton(this))
{
    setObjectName(QStringLiteral("queueFilterBar"));
    m_view->setObjectName(QStringLiteral("queueViewChoice"));
    m_text->setObjectName(QStringLiteral("queueFilterText"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_queue->setObjectName(QStringLiteral("queueFilterButton"));
    m_queue->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_queue->hide();  // only while one queue is shown

    // The filter box on a line of its own: beside four choices it would shrink to nothing in a narrow queue.
    auto *choices = new QHBoxLayout;
    for (QComboBox *box : {m_view, m_status, m_priority, m_channel}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
        choices->addWidget(box, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    auto *textLine = new QHBoxLayout;
    textLine->addWidget(m_text, 1);
    textLine->addWidget(m_queue);
    layout->addLayout(textLine);
    layout->addLayout(choices);

    retranslate();
    const auto changed = [this] {
        if (!m_applying) {
            emit filterChanged(filter());
        }
    };
    connect(m_text, &QLineEdit::textChanged, this, changed);
    for (QComboBox *box : {m_view, m_status, m_priority, m_channel}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
    connect(m_queue, &QToolButton::clicked, this, [this, changed] {
        m_queueId = QUuid();
        m_queueName.clear();
        updateQueueButton();
        changed();
    });
}

QueueFilterBar::~QueueFilterBar() = default;

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter filter;
    filter.view = static_cast<QueueFilter::View>(std::max(0, m_view->currentIndex()));
    filter.text = m_text->text();
    filter.status = chosen(m_status, statuses);
    filter.priority = chosen(m_priority, priorities);
    filter.channel = chosen(m_channel, channels);
    filter.queueId = m_queueId;
    return filter;
}

void QueueFilterBar::setFilter(const QueueFilter &filter, const QString &queueName)
{
    if (filter.queueId != m_queueId || !queueName.isEmpty()) {
        m_queueName = queueName;
    }
    m_queueId = filter.queueId;
    m_applying = true;
    m_view->setCurrentIndex(static_cast<int>(filter.view));
    m_text->setText(filter.text);
    m_status->setCurrentIndex(indexOf(filter.status, statuses));
    m_priority->setCurrentIndex(indexOf(filter.priority, priorities));
    m_channel->setCurrentIndex(indexOf(filter.channel, channels));
    m_applying = false;
    updateQueueButton();
}

void QueueFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void QueueFilterBar::fill(QComboBox *box, const QStringList &names)
{
    const int current = std::max(0, box->currentIndex());
    m_applying = true;
    box->clear();
    box->addItems(names);
    box->setCurrentIndex(current);
    m_applying = false;
}

void QueueFilterBar::retranslate()
{
    fill(m_view, {tr("All tickets"), tr("My queues"), tr("Mine"), tr("Unassigned")});
    QStringList names{tr("Any status")};
    for (const auto status : statuses) {
        names.append(Models::Labels::status(status));
    }
    fill(m_status, names);
    names = {tr("Any priority")};
    for (const auto priority : priorities) {
        names.append(Models::Labels::priority(priority));
    }
    fill(m_priority, names);
    names = {tr("Any channel")};
    for (const auto channel : channels) {
        names.append(Models::Labels::channel(channel));
    }
    fill(m_channel, names);
    m_text->setPlaceholderText(tr("Filter by number, subject, customer or #tag (Ctrl+F)"));
    m_text->setAccessibleName(tr("Filter the queue"));
    m_text->setAccessibleDescription(tr("Words are looked for in the number, the subject and the customer's name; "
                                        "#refund or tag:refund shows the tickets tagged refund"));
    m_text->setToolTip(m_text->accessibleDescription());
    m_view->setAccessibleName(tr("Which tickets"));
    m_status->setAccessibleName(tr("Status"));
    m_priority->setAccessibleName(tr("Priority"));
    m_channel->setAccessibleName(tr("Channel"));
    updateQueueButton();
}

void QueueFilterBar::updateQueueButton()
{
    m_queue->setVisible(!m_queueId.isNull());
    m_queue->setText((m_queueName.isEmpty() ? tr("One queue") : tr("Queue: %1").arg(m_queueName)) +
                     QStringLiteral("  ×"));
    m_queue->setToolTip(tr("Only this queue's tickets are shown; click to show every queue again"));
    m_queue->setAccessibleName(tr("Show every queue"));
    m_queue->setAccessibleDescription(m_queueName.isEmpty() ? tr("Only one queue's tickets are shown")
                                                            : tr("Only the tickets of %1 are shown").arg(m_queueName));
}

bool QueueFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusIn) {
        emit aboutToType();
    }
    return QWidget::eventFilter(watched, event);
}

void QueueFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace Frontline::Widgets
