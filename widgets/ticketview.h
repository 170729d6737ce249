// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/draftkeeper.h>
#include <models/ticketthreadmodel.h>

#include <QUuid>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace Frontline::Models {
class CannedReplyFinder;
class TicketThreadModel;
}  // namespace Frontline::Models

namespace Frontline::Widgets {

class CannedReplyCompleter;

/*!
    \brief The open ticket: its conversation and the composer below it.

    The thread shows customer, agent, bot and system messages; internal notes are marked and tinted,
    messages still waiting to be sent say so. The composer writes a public reply or an internal note,
    sends with Ctrl+Enter, and keeps what is typed as a draft (DraftKeeper) that survives a crash or a
    restart. A sent draft is removed once its message is in the local store, never before.
*/
class TicketView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketView)

public:
    TicketView(Models::TicketThreadModel &thread, Models::DraftKeeper &drafts, QWidget *parent = nullptr);
    ~TicketView() override;

    /*! Whether messages can be sent (signed in to a server; offline they wait in the outbox). */
    void setSendingAvailable(bool available);
    /*! The canned replies the composer offers (see CannedReplyCompleter), and who signs them. */
    void setCannedReplies(const Models::CannedReplyFinder *finder, const QString &agentName);
    CannedReplyCompleter *cannedReplies() const { return m_cannedReplies; }
    /*! Puts \a text into the composer at the caret (a knowledge-base excerpt), if a ticket is open. */
    void insertText(const QString &text);
    /*! Puts the caret in the composer, writing a reply or an internal note. */
    void startWriting(Models::Draft::Kind kind);

    Models::Draft::Kind composerKind() const { return m_kind; }
    QString composerText() const;
    QPlainTextEdit *composer() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    /*! The thread as plain text, for tests and screen readers' summaries. */
    QString threadText() const;

signals:
    /*! The agent sends \a body on \a ticketId as a new message with \a messageId. */
    void sendRequested(const QUuid &ticketId, const QUuid &messageId, Models::Draft::Kind kind, const QString &body);
    /*! A canned reply was put into the composer. */
    void cannedReplyUsed(const QUuid &replyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onThreadLoaded();
    void renderThread();
    void renderHeader();
    void showDraftOf(const QUuid &ticketId);
    void showCannedRepliesFor(const std::optional<Models::ThreadHeader> &header);
    bool threadHas(const QUuid &messageId) const;
    void setEditorText(const QString &text);
    void onTextEdited();
    void setKind(Models::Draft::Kind kind);
    void send();
    void updateComposer();

    Models::TicketThreadModel &m_thread;
    Models::DraftKeeper &m_drafts;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QTextBrowser *m_conversation = nullptr;
    QToolButton *m_replyMode = nullptr;
    QToolButton *m_noteMode = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_send = nullptr;
    CannedReplyCompleter *m_cannedReplies = nullptr;
    QString m_agentName;
    QUuid m_ticketId;  // whose draft the composer holds
    Models::Draft::Kind m_kind = Models::Draft::Kind::Reply;
    bool m_sendingAvailable = false;
    bool m_showingDraft = false;  // filling the editor from a stored draft: not an edit
    QUuid m_sentMessageId;        // sent, and its draft kept until the message is stored
    QString m_sentBody;
};

}  // namespace Frontline::Widgets
