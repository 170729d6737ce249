// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticketview.h"

#include "cannedreplycompleter.h"

#include <models/labels.h>
#include <models/ticketthreadmodel.h>

#include <QBoxLayout>
#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>

#include <algorithm>

namespace Frontline::Widgets {

using Models::AuthorKind;
using Models::Draft;
using Models::MessageVisibility;

namespace {

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

void TicketView::setSendingAvailable(bool available)
{
    m_sendingAvailable = available;
    updateComposer();
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
    if (shown != m_ticketId) {
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

void TicketView::renderHeader()
{
    const auto &header = m_thread.header();
    if (!header) {
        m_title->setText(tr("No ticket open"));
        m_details->setText(tr("Select a ticket in the queue to read it and answer."));
        return;
    }
    const QString number = header->number ? QString::number(*header->number) : tr("new");
    m_title->setText(tr("#%1 · %2").arg(number, header->subject));
    m_details->setText(tr("%1 · %2 · %3 priority · %4")
                           .arg(header->customerName.isEmpty() ? tr("Unknown customer") : header->customerName,
                                Models::Labels::status(header->status), Models::Labels::priority(header->priority),
                                Models::Labels::channel(header->channel)));
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
