// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "calldialog.h"
#include "newticketdialog.h"

#include <models/draftkeeper.h>
#include <models/ticketthreadmodel.h>

#include <QStringList>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
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
    \brief The open ticket: its controls, its conversation and the composer below it.

    Under the header the agent sets the status, the priority and the tags, and transfers the ticket; the
    view also logs phone calls and opens new tickets for the customer. Each change is a request signal
    naming the ticket's revision as the agent saw it; values shown from the store never send anything.
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

    /*!
        Whether messages can be sent and the ticket changed (signed in to a server; offline they wait in the
        outbox).
    */
    void setSendingAvailable(bool available);
    /*! Whether a ticket is open and changes can be sent: the controls, Transfer, Log Call and New Ticket work. */
    bool controlsAvailable() const;
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

    QComboBox *statusBox() const { return m_status; }
    QComboBox *priorityBox() const { return m_priority; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPushButton *transferButton() const { return m_transfer; }
    /*! Opens the status's list with the keyboard focus in it (the priority's, the tags box). */
    void chooseStatus();
    void choosePriority();
    void editTags();
    /*! Asks for the target queue and the reason (TransferDialog), then transferRequested(). */
    void transfer();
    /*! Asks for the call's details (CallDialog), then callRequested(). */
    void logCall();
    /*! Asks for a new ticket for the open ticket's customer (NewTicketDialog), then ticketCreationRequested(). */
    void newTicket();

    /*!
        The tags typed in \a text, comma-separated: blanks trimmed and runs of them made one, empty ones dropped,
        each once (the first spelling of those that differ only in case), cut to the protocol's limits.
    */
    static QStringList parseTags(const QString &text);

    /*!
        The colleagues who have this ticket open too, by name (the first to open it first): a notice above the
        thread says so ("王芳 is also viewing this ticket"); hidden when the list is empty.
    */
    void setOtherViewers(const QStringList &names);
    QStringList otherViewers() const { return m_otherViewers; }
    QLabel *viewersNotice() const { return m_viewersNotice; }

signals:
    /*! The agent sends \a body on \a ticketId as a new message with \a messageId. */
    void sendRequested(const QUuid &ticketId, const QUuid &messageId, Models::Draft::Kind kind, const QString &body);
    /*! A canned reply was put into the composer. */
    void cannedReplyUsed(const QUuid &replyId);
    /*! The agent sets the status of \a ticketId, seen at revision \a baseRev. */
    void statusRequested(const QUuid &ticketId, Models::TicketStatus status, qint64 baseRev);
    void priorityRequested(const QUuid &ticketId, Models::Priority priority, qint64 baseRev);
    /*! The agent replaces the ticket's tags with \a tags (see parseTags()). */
    void tagsRequested(const QUuid &ticketId, const QStringList &tags, qint64 baseRev);
    /*! The agent moves the ticket to \a queueId (named \a queueName), saying why. */
    void transferRequested(const QUuid &ticketId, const QUuid &queueId, const QString &queueName, const QString &reason,
                           qint64 baseRev);
    /*! The agent logs a phone call on the open ticket (with a new message id). */
    void callRequested(const Widgets::PhoneCall &call);
    /*! The agent opens a new ticket for the open ticket's customer (with new ids). */
    void ticketCreationRequested(const Widgets::NewTicket &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onThreadLoaded();
    void renderThread();
    void renderHeader();
    QLayout *createControls();
    QWidget *createViewersNotice();
    void renderViewers();
    void renderControls(bool ticketChanged);
    void retranslateControls();
    void updateControls();
    void onStatusChosen(int index);
    void onPriorityChosen(int index);
    void commitTags();
    QString ticketTitle() const;
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
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLineEdit *m_tags = nullptr;
    QPushButton *m_transfer = nullptr;
    QLabel *m_viewersNotice = nullptr;  // "… is also viewing this ticket"
    QStringList m_otherViewers;
    QTextBrowser *m_conversation = nullptr;
    QToolButton *m_replyMode = nullptr;
    QToolButton *m_noteMode = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_send = nullptr;
    CannedReplyCompleter *m_cannedReplies = nullptr;
    QString m_agentName;
    QUuid m_ticketId;  // whose draft the composer holds, and whose values the controls show
    qint64 m_rev = 0;  // the revision of the ticket the controls show
    QStringList m_shownTags;
    Models::Draft::Kind m_kind = Models::Draft::Kind::Reply;
    bool m_sendingAvailable = false;
    bool m_showingDraft = false;  // filling the editor from a stored draft: not an edit
    QUuid m_sentMessageId;        // sent, and its draft kept until the message is stored
    QString m_sentBody;
};

}  // namespace Frontline::Widgets
