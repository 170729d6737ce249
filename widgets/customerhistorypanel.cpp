// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerhistorypanel.h"

#include <models/contactmask.h>
#include <models/customerhistorymodel.h>
#include <models/labels.h>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Frontline::Widgets {

namespace {

QString tierName(Models::CustomerTier tier)
{
    switch (tier) {
    case Models::CustomerTier::Standard:
        return CustomerHistoryPanel::tr("Standard");
    case Models::CustomerTier::Silver:
        return CustomerHistoryPanel::tr("Silver");
    case Models::CustomerTier::Gold:
        return CustomerHistoryPanel::tr("Gold");
    case Models::CustomerTier::Platinum:
        return CustomerHistoryPanel::tr("Platinum");
    }
    return {};
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    return code.isEmpty() || locale.language() == QLocale::C ? code : locale.nativeLanguageName();
}

}  // namespace

CustomerHistoryPanel::CustomerHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_profile(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_table(new QTableView(this))
    , m_cache(new QLabel(this))
    , m_fetch(new QPushButton(this))
{
    setObjectName(QStringLiteral("customerHistoryPanel"));
    QFont heading = m_name->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_name->setFont(heading);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setObjectName(QStringLiteral("customerProfile"));
    m_profile->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("customerTickets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_cache->setObjectName(QStringLiteral("historyCacheState"));
    m_cache->setWordWrap(true);
    m_fetch->setObjectName(QStringLiteral("fetchHistory"));

    auto *contacts = new QGridLayout;
    contacts->setColumnStretch(1, 1);
    int line = 0;
    for (Models::ContactPoint point : {Models::ContactPoint::Email, Models::ContactPoint::Phone}) {
        ContactRow &row = m_contacts[static_cast<std::size_t>(line)];
        row = ContactRow{point, new QLabel(this), new QLabel(this), new QToolButton(this)};
        const QString name = Models::toString(point);
        row.value->setObjectName(QStringLiteral("contact-%1").arg(name));
        row.reveal->setObjectName(QStringLiteral("reveal-%1").arg(name));
        row.reveal->setAutoRaise(true);
        contacts->addWidget(row.caption, line, 0);
        contacts->addWidget(row.value, line, 1);
        contacts->addWidget(row.reveal, line, 2);
        connect(row.reveal, &QToolButton::clicked, this, [this, line] { toggleReveal(m_contacts[std::size_t(line)]); });
        ++line;
    }

    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_cache, 1);
    fetchRow->addWidget(m_fetch, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_profile);
    layout->addLayout(contacts);
    layout->addWidget(m_notes);
    layout->addWidget(m_table, 1);
    layout->addLayout(fetchRow);

    connect(m_fetch, &QPushButton::clicked, this, [this] {
        if (m_model && !m_model->customerId().isNull()) {
            emit fetchRequested(m_model->customerId());
        }
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit ticketActivated(index.data(Models::CustomerHistoryModel::TicketIdRole).toUuid());
    });
    updateContents();
}

CustomerHistoryPanel::~CustomerHistoryPanel() = default;

void CustomerHistoryPanel::setModel(Models::CustomerHistoryModel *model)
{
    if (m_model) {
        m_model->disconnect(this);
    }
    m_model = model;
    m_table->setModel(model);
    if (model) {
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(Models::CustomerHistoryModel::SubjectColumn, QHeaderView::Stretch);
        for (int column : {Models::CustomerHistoryModel::NumberColumn, Models::CustomerHistoryModel::StatusColumn,
                           Models::CustomerHistoryModel::CreatedColumn, Models::CustomerHistoryModel::CsatColumn}) {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
        connect(model, &Models::CustomerHistoryModel::loaded, this, [this] {
            m_failed = false;
            updateContents();
        });
    }
    updateContents();
}

void CustomerHistoryPanel::setServerReachable(bool reachable)
{
    m_reachable = reachable;
    updateContents();
}

void CustomerHistoryPanel::setFetching(bool fetching, bool failed)
{
    m_fetching = fetching;
    m_failed = !fetching && failed;
    updateContents();
}

QString CustomerHistoryPanel::cacheText() const
{
    return m_cache->text();
}

QString CustomerHistoryPanel::contactText(Models::ContactPoint point) const
{
    return m_contacts[point == Models::ContactPoint::Email ? 0 : 1].value->text();
}

QToolButton *CustomerHistoryPanel::revealButton(Models::ContactPoint point) const
{
    return m_contacts[point == Models::ContactPoint::Email ? 0 : 1].reveal;
}

void CustomerHistoryPanel::toggleReveal(const ContactRow &row)
{
    if (!m_model || m_model->customerId().isNull()) {
        return;
    }
    if (m_revealed.contains(row.point)) {
        m_revealed.remove(row.point);  // hiding again is not audited
    } else {
        m_revealed.insert(row.point);
        emit contactRevealed(m_model->customerId(), row.point);
    }
    updateContents();
}

void CustomerHistoryPanel::updateContact(ContactRow &row)
{
    const auto *profile = m_model && m_model->profile() ? &*m_model->profile() : nullptr;
    const QString full =
        profile ? (row.point == Models::ContactPoint::Email ? profile->email : profile->phone) : QString();
    const bool shown = !full.isEmpty();
    const bool revealed = m_revealed.contains(row.point);
    const bool email = row.point == Models::ContactPoint::Email;
    row.caption->setText(email ? tr("Email") : tr("Phone"));
    row.value->setText(revealed ? full : Models::ContactMask::masked(row.point, full));
    row.value->setTextInteractionFlags(revealed ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    row.value->setAccessibleName(email ? tr("Customer's email address") : tr("Customer's phone number"));
    row.reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
    row.reveal->setAccessibleName(revealed ? tr("Hide")
                                           : (email ? tr("Reveal the email address") : tr("Reveal the phone number")));
    row.reveal->setToolTip(revealed ? tr("Mask it again")
                                    : tr("Show it in full. Revealing a customer's contact details is recorded in "
                                         "the server's audit log."));
    row.reveal->setAccessibleDescription(row.reveal->toolTip());
    for (QWidget *widget :
         {static_cast<QWidget *>(row.caption), static_cast<QWidget *>(row.value), static_cast<QWidget *>(row.reveal)}) {
        widget->setVisible(shown);
    }
}

void CustomerHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateContents();
    }
    QWidget::changeEvent(event);
}

void CustomerHistoryPanel::updateContents()
{
    const bool someone = m_model && !m_model->customerId().isNull();
    const auto *profile = someone && m_model->profile() ? &*m_model->profile() : nullptr;
    m_name->setText(profile ? profile->name : someone ? tr("Unknown customer") : tr("Customer"));
    m_profile->setText(profileText());
    m_profile->setVisible(profile != nullptr);
    if (!someone || m_model->customerId() != m_revealedFor) {
        m_revealed.clear();  // revealed for one customer only, masked again for the next
        m_revealedFor = someone ? m_model->customerId() : QUuid();
    }
    for (ContactRow &row : m_contacts) {
        updateContact(row);
    }
    m_notes->setText(profile ? profile->notes : QString());
    m_notes->setVisible(profile && !profile->notes.isEmpty());
    m_table->setVisible(someone);
    m_table->setAccessibleName(tr("Tickets of this customer"));
    m_cache->setText(cacheLine());

    const auto &state = someone ? m_model->cacheState() : Models::CustomerHistoryModel::CacheState{};
    m_fetch->setVisible(someone);
    m_fetch->setEnabled(someone && m_reachable && !m_fetching);
    m_fetch->setText(state.complete ? tr("Refresh history") : tr("Load older history"));
    m_fetch->setToolTip(m_reachable ? tr("Ask the server for this customer's older tickets")
                                    : tr("Needs the server: you are offline"));
    m_fetch->setAccessibleName(m_fetch->text());
}

QString CustomerHistoryPanel::profileText() const
{
    if (!m_model || !m_model->profile()) {
        return {};
    }
    const Models::CustomerProfile &profile = *m_model->profile();
    QStringList parts;
    parts << (profile.vip ? tr("%1 · VIP").arg(tierName(profile.tier)) : tierName(profile.tier));
    if (!profile.language.isEmpty()) {
        parts << languageName(profile.language);
    }
    // The cache keeps no currency: a number, not the UI language's currency sign.
    parts << tr("Lifetime value %1").arg(QLocale().toString(double(profile.lifetimeValueCents) / 100.0, 'f', 2));
    if (!profile.tags.isEmpty()) {
        parts << profile.tags.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

QString CustomerHistoryPanel::cacheLine() const
{
    if (!m_model || m_model->customerId().isNull()) {
        return tr("Select a ticket to see its customer's history.");
    }
    const int tickets = m_model->rowCount();
    const auto &state = m_model->cacheState();
    QString line;
    if (m_fetching) {
        line = tr("Loading this customer's history from the server…");
    } else if (!state.fetchedAt) {
        line = tr("%n ticket(s) from your queues are cached; older history needs the server.", nullptr, tickets);
    } else {
        const QString when = Models::Labels::shortDateTime(QLocale(), *state.fetchedAt);
        line = state.complete ? tr("Complete history cached (%n ticket(s)), fetched %1.", nullptr, tickets).arg(when)
                              : tr("Newest history cached (%n ticket(s)), fetched %1; older tickets need the server.",
                                   nullptr, tickets)
                                    .arg(when);
    }
    if (m_failed) {
        line = tr("%1 %2", "two sentences in a row; Chinese puts no space between them")
                   .arg(line, tr("The server could not be reached; this is what the cache holds."));
    } else if (!m_reachable && !m_fetching && !state.complete) {
        line =
            tr("%1 %2", "two sentences in a row; Chinese puts no space between them").arg(line, tr("You are offline."));
    }
    return line;
}

}  // namespace Frontline::Widgets
