// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/agent.h>
#include <models/customer.h>
#include <models/localstore.h>
#include <models/message.h>
#include <models/queue.h>
#include <models/ticket.h>

#include <QDateTime>

#include <memory>

namespace Frontline::Tests {

/*! Small hand-built entities with fixed times, for tests that need a few exact rows. */
QDateTime fixedTime(int minutesAfterStart = 0);
Models::Queue sampleQueue(const QString &name = QStringLiteral("Billing"));
Models::Agent sampleAgent(const QUuid &queueId, const QString &name = QStringLiteral("王芳"));
Models::Customer sampleCustomer(const QString &name = QStringLiteral("陳美玲"));
Models::Ticket sampleTicket(const Models::Queue &queue, const Models::Customer &customer, qint64 number,
                            const QString &subject);
Models::Message sampleMessage(const Models::Ticket &ticket, const QString &body);

/*! Opens a store at \a path or fails the test. */
std::unique_ptr<Models::LocalStore> openStore(const QString &path);

/*! Runs \a job through the store's writer and waits for its commit; fails the test on error. */
void writeAndWait(Models::LocalStore &store, Models::WriteJob job);

/*! Counts rows through the store's read connection. */
int countRows(Models::LocalStore &store, const QString &table);

}  // namespace Frontline::Tests
