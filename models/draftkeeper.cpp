// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "draftkeeper.h"

#include "localstore.h"
#include "storewriter.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Frontline::Models {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.models.drafts")

QString kindText(Draft::Kind kind)
{
    return kind == Draft::Kind::Note ? QStringLiteral("note") : QStringLiteral("reply");
}

Error databaseError(const char *what, const QSqlQuery &query)
{
    return Error{
        Error::Code::Database, QStringLiteral("%1: %2").arg(QLatin1StringView(what), query.lastError().text()), {}};
}

}  // namespace

DraftKeeper::DraftKeeper(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(SaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::saveSoon);
}

DraftKeeper::~DraftKeeper()
{
    // The window is closing: what was typed in the last moments is kept too.
    if (Status saved = flush(); !saved) {
        qCWarning(lc) << "the last draft could not be stored:" << saved.error().message;
    }
}

Result<std::optional<Draft>> DraftKeeper::load(const QUuid &ticketId) const
{
    if (m_pending && m_pending->ticketId == ticketId) {
        return std::optional<Draft>(*m_pending);
    }
    QSqlQuery query(m_store.readDatabase());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, body, updated_at, sent_message_id FROM drafts WHERE ticket_id = ?"));
    query.addBindValue(ticketId.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        return databaseError("reading a draft", query);
    }
    if (!query.next()) {
        return std::optional<Draft>();
    }
    Draft draft;
    draft.ticketId = ticketId;
    draft.kind = query.value(0).toString() == u"note" ? Draft::Kind::Note : Draft::Kind::Reply;
    draft.body = query.value(1).toString();
    draft.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    if (!query.value(3).isNull()) {
        draft.sentMessageId = QUuid::fromString(query.value(3).toString());
    }
    return std::optional<Draft>(std::move(draft));
}

void DraftKeeper::update(const Draft &draft)
{
    if (m_pending && m_pending->ticketId != draft.ticketId) {
        saveSoon();  // another ticket's draft is still waiting; the writer keeps the order
    }
    m_pending = draft;
    if (!m_pending->updatedAt.isValid()) {
        m_pending->updatedAt = QDateTime::currentDateTimeUtc();
    }
    m_timer.start();
}

void DraftKeeper::saveSoon()
{
    m_timer.stop();
    if (!m_pending) {
        return;
    }
    // Not waited for: the agent keeps typing while the writer stores it.
    write(std::exchange(m_pending, std::nullopt).value()).then(this, [this](const Status &saved) {
        if (!saved) {
            emit saveFailed(saved.error().message);
        }
    });
}

Status DraftKeeper::flush()
{
    m_timer.stop();
    if (!m_pending) {
        return Ok{};
    }
    QFuture<Status> written = write(std::exchange(m_pending, std::nullopt).value());
    written.waitForFinished();
    return written.result();
}

void DraftKeeper::markSent(const Draft &draft, const QUuid &messageId)
{
    if (m_pending && m_pending->ticketId == draft.ticketId) {
        m_timer.stop();
        m_pending.reset();
    }
    Draft sent = draft;
    sent.sentMessageId = messageId;
    sent.updatedAt = QDateTime::currentDateTimeUtc();
    write(sent);
}

void DraftKeeper::discard(const QUuid &ticketId)
{
    if (m_pending && m_pending->ticketId == ticketId) {
        m_timer.stop();
        m_pending.reset();
    }
    write(Draft{ticketId, Draft::Kind::Reply, QString(), QDateTime::currentDateTimeUtc(), {}});
}

QFuture<Status> DraftKeeper::write(const Draft &draft)
{
    const QString id = draft.ticketId.toString(QUuid::WithoutBraces);
    const bool empty = draft.body.trimmed().isEmpty();
    return m_store.write(
        [id, empty, kind = kindText(draft.kind), body = draft.body, at = draft.updatedAt.toMSecsSinceEpoch(),
         sent = draft.sentMessageId.isNull()
                    ? QVariant(QMetaType::fromType<QString>())
                    : QVariant(draft.sentMessageId.toString(QUuid::WithoutBraces))](WriteContext &context) -> Status {
            QSqlQuery query(context.database);
            if (empty) {
                query.prepare(QStringLiteral("DELETE FROM drafts WHERE ticket_id = ?"));
                query.addBindValue(id);
            } else {
                query.prepare(QStringLiteral("INSERT INTO drafts (ticket_id, kind, body, updated_at, sent_message_id) "
                                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                                             "kind = excluded.kind, body = excluded.body, "
                                             "updated_at = excluded.updated_at, "
                                             "sent_message_id = excluded.sent_message_id"));
                query.addBindValue(id);
                query.addBindValue(kind);
                query.addBindValue(body);
                query.addBindValue(at);
                query.addBindValue(sent);
            }
            return query.exec() ? Status(Ok{}) : Status(databaseError("saving a draft", query));
        },
        Durability::Full);
}

}  // namespace Frontline::Models
