// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskfixture.h"

#include <server/entitystore.h>
#include <server/passwordhasher.h>

#include <stdexcept>

namespace Frontline::Tests {

using namespace Models;

namespace {

QDateTime start()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

Queue makeQueue(const QString &name)
{
    Queue queue;
    queue.id = QUuid::createUuid();
    queue.name = name;
    queue.sla.target(Priority::Normal) = {60, 480};
    queue.sla.target(Priority::Urgent) = {15, 120};
    return queue;
}

Agent makeAgent(const QString &username, const QString &name, AgentRole role, QList<QUuid> queues)
{
    Agent agent;
    agent.id = QUuid::createUuid();
    agent.username = username;
    agent.name = name;
    agent.role = role;
    agent.queueIds = std::move(queues);
    return agent;
}

Customer makeCustomer(const QString &name, const QString &language)
{
    Customer customer;
    customer.id = QUuid::createUuid();
    customer.name = name;
    customer.language = language;
    return customer;
}

Ticket makeTicket(const Queue &queue, const Customer &customer, qint64 number, const QString &subject)
{
    Ticket ticket;
    ticket.id = QUuid::createUuid();
    ticket.number = number;
    ticket.subject = subject;
    ticket.customerId = customer.id;
    ticket.queueId = queue.id;
    ticket.createdAt = start();
    ticket.updatedAt = start();
    return ticket;
}

}  // namespace

DeskFixture::DeskFixture(StorageBackend::Kind kind)
    : backend(StorageBackend::make(kind))
    , db(backend->open())
    , billing(makeQueue(QStringLiteral("Billing")))
    , technical(makeQueue(QStringLiteral("Technical")))
    , alice(makeAgent(QStringLiteral("alice"), QStringLiteral("Alice Wang"), AgentRole::Agent, {billing.id}))
    , bob(makeAgent(QStringLiteral("bob"), QStringLiteral("王芳"), AgentRole::Agent, {billing.id}))
    , carol(makeAgent(QStringLiteral("carol"), QStringLiteral("Carol Lee"), AgentRole::Agent, {technical.id}))
    , lena(makeAgent(QStringLiteral("lena"), QStringLiteral("Lena Zhou"), AgentRole::Lead, {billing.id, technical.id}))
    , customer(makeCustomer(QStringLiteral("陳美玲"), QStringLiteral("zh_TW")))
    , otherCustomer(makeCustomer(QStringLiteral("Ava Smith"), QStringLiteral("en")))
    , billingTicket(makeTicket(billing, customer, 1001, QStringLiteral("發票抬頭錯誤")))
    , technicalTicket(makeTicket(technical, otherCustomer, 1002, QStringLiteral("App crashes on start")))
{
    if (Status migrated = db->migrate(); !migrated) {
        throw std::runtime_error(migrated.error().message.toStdString());
    }
    const Server::PasswordHasher hasher(Server::PasswordHasher::Cost::minimumForTests());
    const Status seeded = db->transaction([&]() -> Status {
        Server::EntityStore store(*db);
        Status status = db->serializeChangeFeed();
        const auto keep = [&status](const auto &saved) {
            if (status && !saved) {
                status = saved.error();
            }
        };
        for (const Queue &queue : {billing, technical}) {
            keep(store.save(queue));
        }
        for (const Agent &agent : {alice, bob, carol, lena}) {
            keep(store.save(agent));
            const auto hash = hasher.hash(passwordOf(agent));
            keep(hash);
            if (status) {
                keep(store.setPasswordHash(agent.id, *hash));
            }
        }
        keep(store.save(customer));
        keep(store.save(otherCustomer));
        for (Ticket *ticket : {&billingTicket, &technicalTicket}) {
            auto saved = store.save(*ticket);
            keep(saved);
            if (saved) {
                *ticket = *saved;
            }
        }
        return status;
    });
    if (!seeded) {
        throw std::runtime_error("cannot seed the desk: " + seeded.error().message.toStdString());
    }
}

Agent DeskFixture::addAgent(const QString &username, const QString &name, AgentRole role, QList<QUuid> queueIds)
{
    const Agent agent = makeAgent(username, name, role, std::move(queueIds));
    const Server::PasswordHasher hasher(Server::PasswordHasher::Cost::minimumForTests());
    const Status seeded = db->transaction([&]() -> Status {
        if (Status turn = db->serializeChangeFeed(); !turn) {
            return turn;
        }
        Server::EntityStore store(*db);
        if (auto saved = store.save(agent); !saved) {
            return saved.error();
        }
        auto hash = hasher.hash(passwordOf(agent));
        if (!hash) {
            return hash.error();
        }
        return store.setPasswordHash(agent.id, *hash);
    });
    if (!seeded) {
        throw std::runtime_error("cannot add " + username.toStdString() + ": " + seeded.error().message.toStdString());
    }
    return agent;
}

}  // namespace Frontline::Tests
