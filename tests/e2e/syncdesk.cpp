// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncdesk.h"

#include <server/changefeed.h>
#include <server/entitystore.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <catch2/catch.hpp>

namespace Frontline::Tests {

using Models::Status;

namespace {

Server::FrontlineServer::Tuning testTuning()
{
    Server::FrontlineServer::Tuning tuning;
    tuning.passwordCost = Server::PasswordHasher::Cost::minimumForTests();
    tuning.maxFramesPerSecond = 5000;  // a workstation replaying its outbox sends fast
    return tuning;
}

QStringList rows(QSqlQuery &query)
{
    QStringList out;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            fields.append(query.value(i).toString());
        }
        out.append(fields.join(u'|'));
    }
    return out;
}

const QString ticketsSql =
    QStringLiteral("SELECT id, COALESCE(number, ''), subject, status, priority, COALESCE(assignee_id, ''), tags "
                   "FROM tickets WHERE queue_id = ? ORDER BY id");
const QString messagesSql = QStringLiteral("SELECT m.id, m.ticket_id, m.visibility, m.body FROM messages m "
                                           "JOIN tickets t ON t.id = m.ticket_id WHERE t.queue_id = ? ORDER BY m.id");

}  // namespace

SyncDesk::SyncDesk(int extraBillingTickets)
    : DeskFixture(StorageBackend::Sqlite)
    , tuning(testTuning())
{
    billingTickets.push_back(billingTicket);
    const Status seeded = db->transaction([&]() -> Status {
        Server::EntityStore store(*db);
        if (Status turn = db->serializeChangeFeed(); !turn) {
            return turn;
        }
        for (int i = 0; i < extraBillingTickets; ++i) {
            Models::Ticket ticket = billingTicket;
            ticket.id = QUuid::createUuid();
            ticket.number = 2000 + i;
            ticket.subject = QStringLiteral("发票抬头错误 #%1").arg(i);
            ticket.assigneeId = QUuid();
            ticket.status = Models::TicketStatus::New;
            auto saved = store.save(ticket);
            if (!saved) {
                return saved.error();
            }
            billingTickets.push_back(*saved);
        }
        return Models::Ok{};
    });
    REQUIRE(seeded.ok());
    startServer();
}

SyncDesk::~SyncDesk() = default;

void SyncDesk::startServer()
{
    Server::ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = port;  // 0 the first time: any free port; the same one after a restart
    server = std::make_unique<Server::FrontlineServer>(config, backend->location(), tuning);
    const Status started = server->start();
    INFO((started ? std::string() : started.error().message.toStdString()));
    REQUIRE(started.ok());
    port = server->port();
}

void SyncDesk::stopServer()
{
    server.reset();
}

QUrl SyncDesk::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

Workstation::Workstation(const SyncDesk &desk, const Models::Agent &who, const QString &file, int jobRows)
    : url(desk.url())
    , catchUpJobRows(jobRows)
    , agent(who)
{
    if (file.isEmpty()) {
        dir = std::make_unique<TempDir>();
        cacheFile = dir->filePath(agent.username + QStringLiteral(".sqlite"));
    } else {
        cacheFile = file;
    }
    open();
}

Workstation::~Workstation()
{
    close();
}

void Workstation::open()
{
    auto opened = Models::LocalStore::open(cacheFile);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    store = std::move(opened).value();
    Sync::SyncClient::Options options;
    options.url = url;
    options.backoff = Sync::BackoffPolicy{50, 400, 0.5};
    options.pingIntervalMs = 1000;
    options.livenessTimeoutMs = 5000;
    options.connectTimeoutMs = 3000;
    if (catchUpJobRows > 0) {
        options.catchUpJobRows = catchUpJobRows;
    }
    client = std::make_unique<Sync::SyncClient>(*store, options);
    QObject::connect(client.get(), &Sync::SyncClient::noticeAdded, client.get(),
                     [this](const Sync::Notice &notice) { notices.push_back(notice); });
    client->signIn(agent.username, DeskFixture::passwordOf(agent));
}

void Workstation::close()
{
    client.reset();
    store.reset();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

bool waitForQuiet(SyncDesk &desk, const std::vector<Workstation *> &stations, int timeoutMs)
{
    return waitFor(
        [&] {
            const qint64 latest = Server::ChangeFeed(*desk.db).latestSeq().value_or(-1);
            for (const Workstation *station : stations) {
                if (!station->client->isIdle() || station->client->cursor() < latest) {
                    return false;
                }
            }
            return true;
        },
        timeoutMs);
}

QStringList cacheView(const QSqlDatabase &db, const QUuid &queueId)
{
    QStringList view;
    for (const QString &sql : {ticketsSql, messagesSql}) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(queueId.toString(QUuid::WithoutBraces));
        REQUIRE(query.exec());
        view += rows(query);
    }
    return view;
}

std::string differences(const QStringList &here, const QStringList &there)
{
    QStringList lines;
    for (const QString &line : here) {
        if (!there.contains(line)) {
            lines.append(QStringLiteral("only in the cache:  ") + line);
        }
    }
    for (const QString &line : there) {
        if (!here.contains(line)) {
            lines.append(QStringLiteral("only on the server: ") + line);
        }
    }
    return lines.mid(0, 20).join(u'\n').toStdString();
}

QStringList serverView(Server::ServerDatabase &db, const QUuid &queueId)
{
    QStringList view;
    for (const QString &sql : {ticketsSql, messagesSql}) {
        auto query = db.exec(sql, {queueId.toString(QUuid::WithoutBraces)});
        REQUIRE(query.ok());
        view += rows(*query);
    }
    return view;
}

}  // namespace Frontline::Tests
