// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <optional>

class QSqlDatabase;

namespace Frontline::Models {

class LocalStore;

/*! What the agent is writing on one ticket: a public reply or an internal note. */
struct Draft
{
    enum class Kind
    {
        Reply,
        Note
    };

    QUuid ticketId;
    Kind kind = Kind::Reply;
    QString body;
    QDateTime updatedAt;
    QUuid sentMessageId;  // sent as this message, which was not yet stored when the draft was written
};

/*!
    \brief Keeps the agent's drafts in the local store while they type, one per ticket.

    Text handed to update() is written a short pause after the last keystroke (and at once by
    flush(), when the agent moves to another ticket or the window closes), durably: a crash or a
    restart gives the same text back from load(). An empty draft is removed.
*/
class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    /*! Milliseconds after the last change before the draft is written. */
    static constexpr int SaveDelayMs = 300;

    explicit DraftKeeper(LocalStore &store, QObject *parent = nullptr);
    ~DraftKeeper() override;

    /*! The stored draft of \a ticketId, if there is one (read on the store's read connection). */
    Result<std::optional<Draft>> load(const QUuid &ticketId) const;
    /*! The agent changed the draft of a ticket; it is written after SaveDelayMs. */
    void update(const Draft &draft);
    /*! Writes a pending change now and waits until it is stored. */
    Status flush();
    /*!
        The draft was sent as \a messageId: it is kept, naming the message, until discard() once the
        message is stored. Should the message never be stored, load() gives the text back to send again.
    */
    void markSent(const Draft &draft, const QUuid &messageId);
    /*! The draft is done with: it is removed (and a pending change to it dropped). */
    void discard(const QUuid &ticketId);

signals:
    /*! A draft could not be stored (the disk is full, say); the text is still in the editor. */
    void saveFailed(const QString &message);

private:
    /*! Hands the pending draft to the writer without waiting. */
    void saveSoon();
    QFuture<Status> write(const Draft &draft);

    LocalStore &m_store;
    std::optional<Draft> m_pending;
    QTimer m_timer;
};

}  // namespace Frontline::Models
