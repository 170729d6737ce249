// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "samples.h"

#include <QSqlQuery>

#include <stdexcept>

namespace Frontline::Tests {

using namespace Models;

QDateTime fixedTime(int minutesAfterStart)
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs(minutesAfterStart * 60LL);
}

Queue sampleQueue(const QString &name)
{
    Queue queue;
    queue.id = QUuid::createUuid();
    queue.name = name;
    queue.sla.target(Priority::Normal) = {240, 2880};
    queue.sla.target(Priority::Urgent) = {15, 240};
    return queue;
}

Agent sampleAgent(const QUuid &queueId, const QString &name)
{
    Agent agent;
    agent.id = QUuid::createUuid();
    agent.username = QStringLiteral("agent-") + agent.id.toString(QUuid::Id128).left(8);
    agent.name = name;
    agent.queueIds = {queueId};
    return agent;
}

Customer sampleCustomer(const QString &name)
{
    Customer customer;
    customer.id = QUuid::createUuid();
    customer.name = name;
    customer.language = QStringLiteral("zh_TW");
    customer.updatedAt = fixedTime();
    return customer;
}

Ticket sampleTicket(const Queue &queue, const Customer &customer, qint64 number, const QString &subject)
{
    Ticket ticket;
    ticket.id = QUuid::createUuid();
    if (number > 0) {
        ticket.number = number;
    }
    ticket.subject = subject;
    ticket.customerId = customer.id;
    ticket.queueId = queue.id;
    ticket.status = TicketStatus::Open;
    ticket.createdAt = fixedTime();
    ticket.updatedAt = fixedTime(static_cast<int>(number % 1000));
    ticket.firstResponseDue = fixedTime(240);
    ticket.resolutionDue = fixedTime(2880);
    return ticket;
}

Message sampleMessage(const Ticket &ticket, const QString &body)
{
    Message message;
    message.id = QUuid::createUuid();
    message.ticketId = ticket.id;
    message.authorKind = AuthorKind::Customer;
    message.authorName = QStringLiteral("陳美玲");
    message.body = body;
    message.createdAt = fixedTime(1);
    return message;
}

std::unique_ptr<LocalStore> openStore(const QString &path)
{
    auto store = LocalStore::open(path);
    if (!store) {
        throw std::runtime_error("cannot open the store: " + store.error().message.toStdString());
    }
    return std::move(store).value();
}

void writeAndWait(LocalStore &store, WriteJob job)
{
    QFuture<Status> future = store.write(std::move(job));
    future.waitForFinished();
    const Status status = future.result();
    if (!status) {
        throw std::runtime_error("write failed: " + status.error().message.toStdString());
    }
}

int countRows(LocalStore &store, const QString &table)
{
    QSqlQuery query(store.readDatabase());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        throw std::runtime_error("cannot count rows of " + table.toStdString());
    }
    return query.value(0).toInt();
}

}  // namespace Frontline::Tests
