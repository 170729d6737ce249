// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticketview.h"

#include "cannedreplycompleter.h"
#include "transferdialog.h"

#include <models/labels.h>
#include <models/ticket.h>
#include <models/ticketthreadmodel.h>

#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolButton>

#include <algorithm>
#include <array>

namespace Frontline::Widgets {

using Models::AuthorKind;
using Models::Draft;
using Models::MessageVisibility;
using Models::Priority;
using Models::TicketStatus;

namespace {

constexpr std::array statuses{TicketStatus::New,    TicketStatus::Open,   TicketStatus::Pending,
                              TicketStatus::OnHold, TicketStatus::Solved, TicketStatus::Closed};
constexpr std::array priorities{Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};

/*! \a text cut to at most \a length UTF-16 units, never inside a surrogate pair. */
QString cut(const QString &text, qsizetype length)
{
    if (text.size() <= length) {
        return text;
    }
    return text.left(text.at(length - 1).isHighSurrogate() ? length - 1 : length).trimmed();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/*! The tint of a message: internal notes stand out, the agent's side differs from the customer's. */
QString backgroundOf(const Models::ThreadMessage &message, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (message.visibility == MessageVisibility::Internal) {
        return dark ? QStringLiteral("#4a3d14") : QStringLiteral("#fff3cd");
    }
    switch (message.authorKind) {
    case AuthorKind::Agent:
        return dark ? QStringLiteral("#1f3447") : QStringLiteral("#e8f1fb");
    case AuthorKind::Bot:
    case AuthorKind::System:
        return dark ? QStringLiteral("#2e2e2e") : QStringLiteral("#f1f1f1");
    case AuthorKind::Customer:
        break;
    }
    return palette.color(QPalette::Base).name();
}

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

}  // namespace

TicketView::TicketView(Models::TicketThreadModel &thread, Models::DraftKeeper &drafts, QWidget *parent)
    : QWidget(parent)
    , m_thread(thread)
    , m_drafts(drafts)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_priorityLabel(new QLabel(this))
    , m_priority(new QComboBox(this))
    , m_tagsLabel(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_transfer(new QPushButton(this))
    , m_conversation(new QTextBrowser(this))
    , m_replyMode(new QToolButton(this))
    , m_noteMode(new QToolButton(this))
    , m_editor(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_cannedReplies(new CannedReplyCompleter(m_editor, this))
{
    setObjectName(QStringLiteral("ticketView"));
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setObjectName(QStringLiteral("ticketDetails"));
    m_details->setWordWrap(true);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setOpenLinks(false);
    m_editor->setObjectName(QStringLiteral("composer"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(90);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);

    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_replyMode, m_noteMode}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(button);
    }
    m_replyMode->setObjectName(QStringLiteral("replyMode"));
    m_noteMode->setObjectName(QStringLiteral("noteMode"));
    m_replyMode->setChecked(true);
    connect(m_replyMode, &QToolButton::clicked, this, [this] { setKind(Draft::Kind::Reply); });
    connect(m_noteMode, &QToolButton::clicked, this, [this] { setKind(Draft::Kind::Note); });

    auto *composerBar = new QHBoxLayout;
    composerBar->addWidget(m_replyMode);
    composerBar->addWidget(m_noteMode);
    composerBar->addStretch(1);
    composerBar->addWidget(m_hint);
    composerBar->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(createControls());
    layout->addWidget(createViewersNotice());
    layout->addWidget(m_conversation, 3);
    layout->addLayout(composerBar);
    layout->addWidget(m_editor, 1);

    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), m_editor, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &TicketView::send);
    }
    connect(m_send, &QPushButton::clicked, this, &TicketView::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TicketView::onTextEdited);
    connect(&m_thread, &Models::TicketThreadModel::loaded, this, &TicketView::onThreadLoaded);
    connect(m_cannedReplies, &CannedReplyCompleter::used, this, &TicketView::cannedReplyUsed);

    changeEvent(nullptr);
    onThreadLoaded();
}

TicketView::~TicketView() = default;

QLayout *TicketView::createControls()
{
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    for (const TicketStatus status : statuses) {
        m_status->addItem(QString(), static_cast<int>(status));
    }
    // A ticket is new until someone works on it: shown, never chosen.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_status->model())) {
        items->item(m_status->findData(static_cast<int>(TicketStatus::New)))->setEnabled(false);
    }
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    for (const Priority priority : priorities) {
        m_priority->addItem(QString(), static_cast<int>(priority));
    }
    m_tags->setObjectName(QStringLiteral("ticketTags"));
    m_tags->setClearButtonEnabled(true);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_transfer->setAutoDefault(false);
    m_statusLabel->setBuddy(m_status);
    m_priorityLabel->setBuddy(m_priority);
    m_tagsLabel->setBuddy(m_tags);
    // activated(): only what the agent chooses, never an index set from the store.
    connect(m_status, &QComboBox::activated, this, &TicketView::onStatusChosen);
    connect(m_priority, &QComboBox::activated, this, &TicketView::onPriorityChosen);
    connect(m_tags, &QLineEdit::editingFinished, this, &TicketView::commitTags);
    connect(m_transfer, &QPushButton::clicked, this, &TicketView::transfer);

    auto *controls = new QGridLayout;
    controls->setContentsMargins(0, 2, 0, 2);
    controls->addWidget(m_statusLabel, 0, 0);
    controls->addWidget(m_status, 0, 1);
    controls->addWidget(m_priorityLabel, 0, 2);
    controls->addWidget(m_priority, 0, 3);
    controls->setColumnStretch(4, 1);
    controls->addWidget(m_transfer, 0, 5);
    controls->addWidget(m_tagsLabel, 1, 0);
    controls->addWidget(m_tags, 1, 1, 1, 5);
    return controls;
}

void TicketView::setSendingAvailable(bool available)
{
    m_sendingAvailable = available;
    updateComposer();
    updateControls();
}

bool TicketView::controlsAvailable() const
{
    return m_sendingAvailable && !m_ticketId.isNull() && m_thread.header();
}

void TicketView::setCannedReplies(const Models::CannedReplyFinder *finder, const QString &agentName)
{
    m_cannedReplies->setFinder(finder);
    m_agentName = agentName;
    showCannedRepliesFor(m_thread.header());
}

void TicketView::showCannedRepliesFor(const std::optional<Models::ThreadHeader> &header)
{
    if (!header) {
        m_cannedReplies->setContextSource({}, QString());
        return;
    }
    // Filled when a reply is chosen, from the ticket as it is then.
    m_cannedReplies->setContextSource(
        [this] {
            return m_thread.header() ? m_thread.header()->templateContext(m_agentName) : Models::TemplateContext{};
        },
        header->customerLanguage);
}

void TicketView::insertText(const QString &text)
{
    if (m_ticketId.isNull() || text.isEmpty()) {
        return;
    }
    QTextCursor caret = m_editor->textCursor();
    const bool lineStart = caret.atBlockStart();
    caret.insertText(lineStart ? text : QStringLiteral("\n") + text);  // an edit like typing: the draft keeps it
    m_editor->setTextCursor(caret);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void TicketView::startWriting(Draft::Kind kind)
{
    if (m_ticketId.isNull()) {
        return;
    }
    setKind(kind);
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

QString TicketView::composerText() const
{
    return m_editor->toPlainText();
}

QString TicketView::threadText() const
{
    return m_conversation->toPlainText();
}

void TicketView::onThreadLoaded()
{
    const QUuid shown = m_thread.ticketId();
    const bool ticketChanged = shown != m_ticketId;
    if (ticketChanged) {
        commitTags();  // typed for the ticket that was open and not saved yet: they are not lost
        // The last ticket's draft is written by the keeper's timer (or when this one is edited).
        m_sentMessageId = QUuid();
        m_cannedReplies->reset();
        showCannedRepliesFor(m_thread.header());
        showDraftOf(shown);
    }
    if (!m_sentMessageId.isNull() && threadHas(m_sentMessageId)) {
        // The sent message is in the local store (and its outbox): the draft has done its job.
        m_sentMessageId = QUuid();
        if (m_editor->toPlainText() == m_sentBody) {
            setEditorText(QString());  // shown again after a restart, and now stored after all
        }
        if (m_editor->toPlainText().trimmed().isEmpty()) {
            m_drafts.discard(m_ticketId);
        }
    }
    renderHeader();
    renderControls(ticketChanged);
    renderThread();
    updateComposer();
}

void TicketView::showDraftOf(const QUuid &ticketId)
{
    m_ticketId = ticketId;
    std::optional<Draft> draft;
    if (!ticketId.isNull()) {
        auto stored = m_drafts.load(ticketId);
        if (stored) {
            draft = *stored;
        }
    }
    if (draft && !draft->sentMessageId.isNull()) {
        if (threadHas(draft->sentMessageId)) {
            m_drafts.discard(ticketId);  // sent and stored: nothing left to write
            draft.reset();
        } else {
            // Sent, but the message never reached the store: the text is back, to send again.
            m_sentMessageId = draft->sentMessageId;
            m_sentBody = draft->body;
        }
    }
    setEditorText(draft ? draft->body : QString());
    setKind(draft ? draft->kind : Draft::Kind::Reply);
}

bool TicketView::threadHas(const QUuid &messageId) const
{
    const auto &messages = m_thread.messages();
    return std::any_of(messages.begin(), messages.end(),
                       [&messageId](const Models::ThreadMessage &m) { return m.id == messageId; });
}

void TicketView::setEditorText(const QString &text)
{
    m_showingDraft = true;  // not the agent's edit: nothing to save
    m_editor->setPlainText(text);
    m_showingDraft = false;
    m_editor->moveCursor(QTextCursor::End);
}

void TicketView::onTextEdited()
{
    if (m_showingDraft || m_ticketId.isNull()) {
        return;
    }
    m_drafts.update(Draft{m_ticketId, m_kind, m_editor->toPlainText(), {}, {}});
    updateComposer();
}

void TicketView::setKind(Draft::Kind kind)
{
    const bool changed = kind != m_kind;
    m_kind = kind;
    m_replyMode->setChecked(kind == Draft::Kind::Reply);
    m_noteMode->setChecked(kind == Draft::Kind::Note);
    if (changed && !m_ticketId.isNull() && !m_editor->toPlainText().isEmpty()) {
        m_drafts.update(Draft{m_ticketId, m_kind, m_editor->toPlainText(), {}, {}});
    }
    updateComposer();
}

void TicketView::send()
{
    const QString body = m_editor->toPlainText();
    if (!m_sendingAvailable || m_ticketId.isNull() || body.trimmed().isEmpty()) {
        return;
    }
    if (m_cannedReplies->unresolvedCount() > 0) {
        // A placeholder left as written would reach the customer as "{{customer.name}}".
        m_hint->setText(tr("Fill in the highlighted placeholders first (Tab goes to the next)"));
        m_cannedReplies->selectNextPlaceholder();
        return;
    }
    m_sentMessageId = QUuid::createUuid();
    m_sentBody = body;
    // The draft stays, naming its message, until the message is in the local store.
    m_drafts.markSent(Draft{m_ticketId, m_kind, body, {}, {}}, m_sentMessageId);
    setEditorText(QString());
    m_cannedReplies->reset();
    emit sendRequested(m_ticketId, m_sentMessageId, m_kind, body);
    updateComposer();
}

void TicketView::updateComposer()
{
    const bool open = !m_ticketId.isNull();
    m_editor->setEnabled(open);
    m_replyMode->setEnabled(open);
    m_noteMode->setEnabled(open);
    m_send->setEnabled(open && m_sendingAvailable && !m_editor->toPlainText().trimmed().isEmpty());
    m_send->setText(m_kind == Draft::Kind::Note ? tr("Add &Note") : tr("&Send Reply"));
    m_editor->setPlaceholderText(!open                         ? QString()
                                 : m_kind == Draft::Kind::Note ? tr("Internal note: only your team sees it")
                                                               : tr("Reply to the customer"));
    m_hint->setText(m_sendingAvailable ? tr("Ctrl+Enter sends · # inserts a canned reply")
                                       : tr("Sign in to a server to send"));
    const QString editorName = m_kind == Draft::Kind::Note ? tr("Internal note") : tr("Reply");
    m_editor->setAccessibleName(editorName);
}

QString TicketView::ticketTitle() const
{
    const auto &header = m_thread.header();
    if (!header) {
        return QString();
    }
    const QString number = header->number ? QString::number(*header->number) : tr("new");
    return tr("#%1 · %2").arg(number, header->subject);
}

void TicketView::renderHeader()
{
    const auto &header = m_thread.header();
    if (!header) {
        m_title->setText(tr("No ticket open"));
        m_details->setText(tr("Select a ticket in the queue to read it and answer."));
        return;
    }
    m_title->setText(ticketTitle());
    // The status and the priority are in the controls below.
    QStringList details{header->customerName.isEmpty() ? tr("Unknown customer") : header->customerName,
                        Models::Labels::channel(header->channel)};
    if (!header->queueName.isEmpty()) {
        details.append(tr("%1 queue").arg(header->queueName));
    }
    m_details->setText(details.join(QStringLiteral(" · ")));
}

void TicketView::renderControls(bool ticketChanged)
{
    const auto &header = m_thread.header();
    m_rev = header ? header->rev : 0;
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker priorityBlocker(m_priority);
    const QSignalBlocker tagsBlocker(m_tags);
    m_status->setCurrentIndex(header ? m_status->findData(static_cast<int>(header->status)) : -1);
    m_priority->setCurrentIndex(header ? m_priority->findData(static_cast<int>(header->priority)) : -1);
    m_shownTags = header ? header->tags : QStringList();
    // Tags the agent is typing stay until they are saved or another ticket is opened.
    if (ticketChanged || !m_tags->isModified()) {
        m_tags->setText(m_shownTags.join(QStringLiteral(", ")));
    }
    updateControls();
}

void TicketView::updateControls()
{
    const bool available = controlsAvailable();
    for (QWidget *control : std::initializer_list<QWidget *>{m_status, m_priority, m_tags, m_transfer}) {
        control->setEnabled(available);
    }
}

void TicketView::onStatusChosen(int index)
{
    const auto status = static_cast<TicketStatus>(m_status->itemData(index).toInt());
    if (controlsAvailable() && m_thread.header()->status != status) {
        emit statusRequested(m_ticketId, status, m_rev);
    }
}

void TicketView::onPriorityChosen(int index)
{
    const auto priority = static_cast<Priority>(m_priority->itemData(index).toInt());
    if (controlsAvailable() && m_thread.header()->priority != priority) {
        emit priorityRequested(m_ticketId, priority, m_rev);
    }
}

void TicketView::commitTags()
{
    // Also called as another ticket opens: the ticket and tags are those the box was typed for.
    if (!m_sendingAvailable || m_ticketId.isNull() || !m_tags->isModified()) {
        return;
    }
    const QStringList tags = parseTags(m_tags->text());
    m_tags->setText(tags.join(QStringLiteral(", ")));  // as saved; no longer the agent's edit
    if (tags != m_shownTags) {
        emit tagsRequested(m_ticketId, tags, m_rev);
    }
}

QStringList TicketView::parseTags(const QString &text)
{
    // Chinese input methods type the full-width and the enumeration comma.
    static const QRegularExpression separators(QStringLiteral("[,\\x{FF0C}\\x{3001}]"));
    QStringList tags;
    QSet<QString> seen;
    for (const QString &part : text.split(separators)) {
        const QString tag = cut(part.simplified(), Models::Ticket::MaxTagLength);
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded())) {
            continue;
        }
        seen.insert(tag.toCaseFolded());
        tags.append(tag);
        if (tags.size() == Models::Ticket::MaxTags) {
            break;  // the server takes no more
        }
    }
    return tags;
}

void TicketView::chooseStatus()
{
    if (controlsAvailable()) {
        m_status->setFocus(Qt::ShortcutFocusReason);
        m_status->showPopup();  // arrows move in the list; only Enter or a click sets the status
    }
}

void TicketView::choosePriority()
{
    if (controlsAvailable()) {
        m_priority->setFocus(Qt::ShortcutFocusReason);
        m_priority->showPopup();
    }
}

void TicketView::editTags()
{
    if (controlsAvailable()) {
        m_tags->setFocus(Qt::ShortcutFocusReason);
        m_tags->selectAll();
    }
}

void TicketView::transfer()
{
    if (!controlsAvailable()) {
        return;
    }
    const Models::ThreadHeader header = *m_thread.header();  // as the agent saw it when asked
    TransferDialog dialog(m_thread.queues(), header.queueId, ticketTitle(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.queueId().isNull()) {
        emit transferRequested(header.ticketId, dialog.queueId(), dialog.queueName(), dialog.reason(), header.rev);
    }
}

void TicketView::logCall()
{
    if (!controlsAvailable()) {
        return;
    }
    const QUuid ticketId = m_ticketId;
    CallDialog dialog(ticketTitle(), m_thread.header()->customerName, this);
    if (dialog.exec() == QDialog::Accepted) {
        PhoneCall call = dialog.call();
        call.ticketId = ticketId;
        call.messageId = QUuid::createUuid();
        emit callRequested(call);
    }
}

void TicketView::newTicket()
{
    if (!controlsAvailable()) {
        return;
    }
    const Models::ThreadHeader header = *m_thread.header();
    NewTicketDialog dialog(header.customerName, m_thread.queues(), header.queueId, this);
    if (dialog.exec() == QDialog::Accepted) {
        NewTicket ticket = dialog.ticket();
        ticket.ticketId = QUuid::createUuid();
        ticket.customerId = header.customerId;
        ticket.messageId = QUuid::createUuid();
        emit ticketCreationRequested(ticket);
    }
}

void TicketView::retranslateControls()
{
    m_statusLabel->setText(tr("Stat&us:"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setAccessibleDescription(tr("The ticket's status; choosing one saves it (Ctrl+Shift+S)"));
    m_status->setToolTip(tr("Set the status (Ctrl+Shift+S)"));
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, Models::Labels::status(static_cast<TicketStatus>(m_status->itemData(i).toInt())));
    }
    m_priorityLabel->setText(tr("Pri&ority:"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setAccessibleDescription(
        tr("The ticket's priority; choosing one saves it and moves the SLA deadlines (Ctrl+Shift+P)"));
    m_priority->setToolTip(tr("Set the priority (Ctrl+Shift+P)"));
    for (int i = 0; i < m_priority->count(); ++i) {
        m_priority->setItemText(i, Models::Labels::priority(static_cast<Priority>(m_priority->itemData(i).toInt())));
    }
    m_tagsLabel->setText(tr("Ta&gs:"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setAccessibleDescription(
        tr("The ticket's tags, separated by commas; Enter or leaving the box saves them (Ctrl+Shift+T)"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas; Enter saves"));
    m_transfer->setText(tr("Transf&er…"));
    m_transfer->setAccessibleName(tr("Transfer"));
    m_transfer->setAccessibleDescription(tr("Moves the ticket to another team's queue, with a reason (Ctrl+Shift+X)"));
    m_transfer->setToolTip(tr("Move the ticket to another team's queue (Ctrl+Shift+X)"));
}

QWidget *TicketView::createViewersNotice()
{
    m_viewersNotice = new QLabel(this);
    m_viewersNotice->setObjectName(QStringLiteral("otherViewers"));
    m_viewersNotice->setWordWrap(true);
    m_viewersNotice->setMargin(6);
    m_viewersNotice->setFrameShape(QFrame::StyledPanel);
    m_viewersNotice->setAutoFillBackground(true);
    // The colours of a tooltip: a hint beside the work, not a warning that something went wrong.
    QPalette tint = m_viewersNotice->palette();
    tint.setColor(QPalette::Window, tint.color(QPalette::ToolTipBase));
    tint.setColor(QPalette::WindowText, tint.color(QPalette::ToolTipText));
    m_viewersNotice->setPalette(tint);
    m_viewersNotice->hide();
    return m_viewersNotice;
}

void TicketView::setOtherViewers(const QStringList &names)
{
    if (names == m_otherViewers) {
        return;
    }
    m_otherViewers = names;
    renderViewers();
}

void TicketView::renderViewers()
{
    if (!m_viewersNotice) {
        return;  // changeEvent() during construction
    }
    const qsizetype count = m_otherViewers.size();
    if (count == 0) {
        m_viewersNotice->hide();
        m_viewersNotice->clear();
        return;
    }
    const QString text = count == 1
                             ? tr("%1 is also viewing this ticket").arg(m_otherViewers.first())
                             : tr("%1 and %n other(s) are viewing this ticket", nullptr, static_cast<int>(count - 1))
                                   .arg(m_otherViewers.first());
    m_viewersNotice->setText(text);
    m_viewersNotice->setToolTip(QLocale().createSeparatedList(m_otherViewers));
    m_viewersNotice->setAccessibleName(tr("Colleagues viewing this ticket"));
    m_viewersNotice->setAccessibleDescription(text);
    m_viewersNotice->show();
}

void TicketView::renderThread()
{
    const QLocale locale;
    const QPalette palette = this->palette();
    QString html;
    for (const Models::ThreadMessage &message : m_thread.messages()) {
        QString author = message.authorName.toHtmlEscaped();
        QString role;
        switch (message.authorKind) {
        case AuthorKind::Customer:
            role = tr("Customer");
            break;
        case AuthorKind::Agent:
            role = tr("Agent");
            break;
        case AuthorKind::Bot:
            role = tr("Bot");
            break;
        case AuthorKind::System:
            role = tr("System");
            break;
        }
        if (author.isEmpty()) {
            author = role;
            role.clear();
        }
        QStringList marks;
        if (!role.isEmpty()) {
            marks.append(role);
        }
        marks.append(Models::Labels::shortDateTime(locale, message.createdAt));
        if (message.visibility == MessageVisibility::Internal) {
            marks.append(QStringLiteral("<b>%1</b>").arg(tr("Internal note")));
        }
        if (message.pending) {
            marks.append(QStringLiteral("<i>%1</i>").arg(tr("waiting to be sent")));
        }
        const bool aside = message.authorKind == AuthorKind::Bot || message.authorKind == AuthorKind::System;
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" bgcolor=\"%1\">"
                               "<tr><td><b>%2</b> · %3<br>%4</td></tr></table><p></p>")
                    .arg(backgroundOf(message, palette), author, marks.join(QStringLiteral(" · ")),
                         aside ? QStringLiteral("<i>%1</i>").arg(paragraphs(message.body)) : paragraphs(message.body));
    }
    if (m_thread.header() && m_thread.messages().empty()) {
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No messages yet."));
    }
    m_conversation->setHtml(html);
    m_conversation->moveCursor(QTextCursor::End);  // the newest message is what the agent answers
    m_conversation->ensureCursorVisible();
}

void TicketView::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_replyMode->setText(tr("&Reply"));
        m_replyMode->setToolTip(tr("A public reply the customer receives (Ctrl+R)"));
        m_noteMode->setText(tr("Internal &Note"));
        m_noteMode->setToolTip(tr("A note only your team sees (Ctrl+Shift+I)"));
        m_conversation->setAccessibleName(tr("Conversation"));
        m_send->setAccessibleDescription(tr("Sends the text of the composer (Ctrl+Enter)"));
        retranslateControls();
        renderViewers();
        if (event) {
            renderHeader();
            renderThread();
        }
        updateComposer();
    }
    if (event && event->type() == QEvent::PaletteChange) {
        renderThread();
    }
    if (event) {
        QWidget::changeEvent(event);
    }
}

}  // namespace Frontline::Widgets
