// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A workstation process killed (SIGKILL: no destructor, no last write) right after it saved work.
// The kill happens in a child process: this test binary run again with the hidden helper case below.

#include "cachefile.h"
#include "syncdesk.h"

#include <sync/engine/syncstore.h>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>

using namespace Frontline;
using namespace Frontline::Tests;
namespace P = Frontline::Protocol;
using Sync::SyncClient;

namespace {

constexpr char CacheVariable[] = "FRONTLINE_CRASH_CACHE";
constexpr char UrlVariable[] = "FRONTLINE_CRASH_URL";
constexpr char TicketsVariable[] = "FRONTLINE_CRASH_TICKETS";  // comma-separated ticket ids to work on
constexpr char BurstVariable[] = "FRONTLINE_CRASH_BURST";      // how many notes to submit at once; else one reply
const QString ReplyBody = QStringLiteral("您好，退款已于今天处理，请查收。");
constexpr char HelperName[] = "e2e crash helper: a workstation saves work offline and is killed";

/*! What the killed child said before it died: the ids it submitted and those reported recorded. */
struct ChildReport
{
    QList<QUuid> submittedMutations;
    QList<QUuid> messages;  // of the submitted mutations, in the same order
    QList<QUuid> recorded;
    QString output;
};

void say(const char *what, const QUuid &first, const QUuid &second = {})
{
    std::printf("%s %s %s\n", what, first.toString(QUuid::WithoutBraces).toLatin1().constData(),
                second.toString(QUuid::WithoutBraces).toLatin1().constData());
    std::fflush(stdout);
}

/*! Runs this binary's helper case on \a station's (closed) cache; it must die by SIGKILL. */
ChildReport runKilledWorkstation(const SyncDesk &desk, const Workstation &station, int burst)
{
    QStringList tickets;
    for (const Models::Ticket &ticket : desk.billingTickets) {
        tickets.append(ticket.id.toString(QUuid::WithoutBraces));
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(CacheVariable), station.cacheFile);
    environment.insert(QString::fromLatin1(UrlVariable), desk.url().toString());
    environment.insert(QString::fromLatin1(TicketsVariable), tickets.join(u','));
    if (burst > 0) {
        environment.insert(QString::fromLatin1(BurstVariable), QString::number(burst));
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(HelperName)});
    REQUIRE(child.waitForStarted(10'000));
    const bool finished = child.waitForFinished(60'000);
    if (!finished) {
        child.kill();
        child.waitForFinished(5'000);
    }
    ChildReport report;
    report.output =
        QString::fromLocal8Bit(child.readAllStandardOutput()) + QString::fromLocal8Bit(child.readAllStandardError());
    INFO("child output:\n" << report.output.toStdString());
    REQUIRE(finished);
    // On Unix, QProcess reports the signal that ended a crashed process as its exit code.
    REQUIRE(child.exitStatus() == QProcess::CrashExit);
    REQUIRE(child.exitCode() == SIGKILL);
    for (const QString &line : report.output.split(u'\n')) {
        const QStringList words = line.split(u' ');
        if (words.size() == 3 && words[0] == u"SUBMITTED") {
            report.submittedMutations.append(QUuid::fromString(words[1]));
            report.messages.append(QUuid::fromString(words[2]));
        } else if (words.size() >= 2 && words[0] == u"RECORDED") {
            report.recorded.append(QUuid::fromString(words[1]));
        }
    }
    return report;
}

int serverCount(SyncDesk &desk, const QString &sql, const QVariantList &values = {})
{
    auto query = desk.db->exec(sql, values);
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return query->value(0).toInt();
}

int appliedCount(SyncDesk &desk, const QUuid &mutationId)
{
    return serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations WHERE mutation_id = ?"),
                       {mutationId.toString(QUuid::WithoutBraces)});
}

int messageCount(SyncDesk &desk, const QUuid &messageId)
{
    return serverCount(desk, QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"),
                       {messageId.toString(QUuid::WithoutBraces)});
}

/*! A workstation that signed in once, caught up and was closed: the cache has an agent to work offline as. */
std::unique_ptr<Workstation> signedInThenClosed(SyncDesk &desk)
{
    auto station = std::make_unique<Workstation>(desk, desk.alice);
    REQUIRE(waitForQuiet(desk, {station.get()}));
    station->close();
    return station;
}

}  // namespace

// Run by the tests below in a child process, which kills itself with SIGKILL once its work is recorded.
// Hidden ("[.]"): neither a plain run nor CTest runs it; run by hand, without its variables, it fails.
TEST_CASE("e2e crash helper: a workstation saves work offline and is killed", "[.][e2e-crash-helper]")
{
    const QString cacheFile = qEnvironmentVariable(CacheVariable);
    const QString url = qEnvironmentVariable(UrlVariable);
    const QStringList tickets = qEnvironmentVariable(TicketsVariable).split(u',', Qt::SkipEmptyParts);
    if (cacheFile.isEmpty() || url.isEmpty() || tickets.isEmpty()) {
        FAIL("this helper is run by the crash tests of e2e_tests, with "
             << CacheVariable << ", " << UrlVariable << " and " << TicketsVariable
             << " set; it kills its own process and means nothing on its own");
    }
    const int burst = qEnvironmentVariableIntValue(BurstVariable);

    auto opened = Models::LocalStore::open(cacheFile);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    const std::unique_ptr<Models::LocalStore> store = std::move(opened).value();
    SyncClient::Options options;
    options.url = QUrl(url);
    SyncClient client(*store, options);
    client.setWorkOffline(true);

    // Dies the moment the first mutation is reported recorded: nothing could have been sent (offline), and
    // in a burst the writer may be in the middle of the next transaction.
    QObject::connect(&client, &SyncClient::mutationRecorded, &client, [](const QUuid &mutationId) {
        say("RECORDED", mutationId);
        std::raise(SIGKILL);
    });
    QString failure;  // not thrown from the slot: Catch's exceptions must not cross Qt's event loop
    QObject::connect(&client, &SyncClient::recordFailed, &client,
                     [&failure](const QUuid &, const QString &message) { failure = message; });

    if (burst == 0) {
        const QUuid messageId = QUuid::createUuid();
        const QUuid mutationId =
            client.submit(P::AddReply{QUuid::fromString(tickets.front()), messageId, ReplyBody, {}});
        say("SUBMITTED", mutationId, messageId);
    } else {
        // One burst, without waiting: each submit only queues a durable write.
        for (int i = 0; i < burst; ++i) {
            const QUuid messageId = QUuid::createUuid();
            const QUuid ticket = QUuid::fromString(tickets[i % tickets.size()]);
            const QUuid mutationId =
                client.submit(P::AddNote{ticket, messageId, QStringLiteral("內部備註 %1：客戶已來電").arg(i), {}});
            say("SUBMITTED", mutationId, messageId);
        }
    }
    waitFor([&failure] { return !failure.isEmpty(); }, 10'000);
    INFO("recording failed: " << failure.toStdString());
    FAIL("no mutation was reported recorded within 10 s, so the helper was not killed");
}

TEST_CASE("A workstation killed right after it saved a change sends that change once when it starts again",
          "[e2e][sync][crash]")
{
    SyncDesk desk(2);
    const auto station = signedInThenClosed(desk);
    const qint64 appliedBefore = serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations"));
    REQUIRE(appliedBefore == 0);

    const ChildReport child = runKilledWorkstation(desk, *station, 0);
    INFO("child output:\n" << child.output.toStdString());
    REQUIRE(child.submittedMutations.size() == 1);
    REQUIRE(child.recorded == child.submittedMutations);
    const QUuid mutationId = child.submittedMutations.front();
    const QUuid messageId = child.messages.front();

    // What the killed process had saved is in the file: the mutation in the outbox, the reply shown.
    const QList<QUuid> outbox = CacheFile::outboxIds(station->cacheFile);
    REQUIRE(outbox.size() == 1);
    CHECK(text(outbox.front()) == text(mutationId));
    CHECK(CacheFile::messageBody(station->cacheFile, messageId) == ReplyBody);
    // And nothing of it reached the server while the workstation was down.
    CHECK(appliedCount(desk, mutationId) == 0);
    CHECK(messageCount(desk, messageId) == 0);

    station->open();
    REQUIRE(waitForQuiet(desk, {station.get()}));
    CHECK(appliedCount(desk, mutationId) == 1);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations")) == 1);
    CHECK(messageCount(desk, messageId) == 1);
    CHECK(station->client->pendingCount() == 0);
    auto left = Sync::SyncStore::pendingCount(station->store->readDatabase());
    REQUIRE(left.ok());
    CHECK(*left == 0);
    const QStringList cache = cacheView(station->store->readDatabase(), desk.billing.id);
    const QStringList server = serverView(*desk.db, desk.billing.id);
    INFO(differences(cache, server));
    CHECK(cache == server);
    CHECK(station->notices.empty());
}

TEST_CASE("A workstation killed during a burst of changes sends each change it had saved exactly once",
          "[e2e][sync][crash]")
{
    constexpr int burst = 50;
    SyncDesk desk(4);
    const auto station = signedInThenClosed(desk);

    const ChildReport child = runKilledWorkstation(desk, *station, burst);
    INFO("child output:\n" << child.output.toStdString());
    REQUIRE(child.submittedMutations.size() == burst);
    REQUIRE(child.recorded.size() == 1);

    // Saved means in the file's outbox: at least what the child was told was recorded, and only what it submitted.
    const QList<QUuid> saved = CacheFile::outboxIds(station->cacheFile);
    UNSCOPED_INFO(saved.size() << " of " << burst << " mutations were saved before the kill");
    const QSet<QUuid> savedSet(saved.cbegin(), saved.cend());
    REQUIRE(savedSet.size() == saved.size());
    REQUIRE(savedSet.contains(child.recorded.front()));
    // Saved in the order submitted: the outbox is a prefix of what was submitted.
    REQUIRE(saved == child.submittedMutations.mid(0, saved.size()));
    REQUIRE(serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations")) == 0);

    station->open();
    REQUIRE(waitForQuiet(desk, {station.get()}));
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM applied_mutations")) == saved.size());
    int appliedOnce = 0;
    int savedMessagesOnce = 0;
    int unsavedApplied = 0;
    for (qsizetype i = 0; i < child.submittedMutations.size(); ++i) {
        const bool wasSaved = savedSet.contains(child.submittedMutations[i]);
        const int applied = appliedCount(desk, child.submittedMutations[i]);
        const int messages = messageCount(desk, child.messages[i]);
        if (wasSaved) {
            appliedOnce += applied == 1 ? 1 : 0;
            savedMessagesOnce += messages == 1 ? 1 : 0;
        } else {
            unsavedApplied += applied + messages;
        }
    }
    CHECK(appliedOnce == saved.size());
    CHECK(savedMessagesOnce == saved.size());
    CHECK(unsavedApplied == 0);
    CHECK(serverCount(desk, QStringLiteral("SELECT count(*) FROM messages WHERE author_kind = 'agent'")) ==
          saved.size());

    CHECK(station->client->pendingCount() == 0);
    CHECK(CacheFile::outboxIds(station->cacheFile).isEmpty());
    const QStringList cache = cacheView(station->store->readDatabase(), desk.billing.id);
    const QStringList server = serverView(*desk.db, desk.billing.id);
    INFO(differences(cache, server));
    CHECK(cache == server);
}

// SyncClient::submit() once took the agent from what the client had read of its cache, which it reads after
// construction: work submitted at once was recorded as nobody's (a reply without author, a claim refused by the
// cache's FOREIGN KEY and reported as a write failure). The writer busy at start-up makes that read late.
TEST_CASE("Work saved the moment a workstation starts offline is recorded as the agent's own", "[e2e][sync][crash]")
{
    SyncDesk desk(2);
    const auto station = signedInThenClosed(desk);
    auto opened = Models::LocalStore::open(station->cacheFile);
    REQUIRE(opened.ok());
    const std::unique_ptr<Models::LocalStore> store = std::move(opened).value();
    // The writer is busy for a moment at start-up (as with a large cache), so the client reads its identity late.
    store->write([](Models::WriteContext &) -> Models::Status {
        QThread::msleep(100);
        return Models::Ok{};
    });
    SyncClient::Options options;
    options.url = desk.url();
    SyncClient client(*store, options);
    client.setWorkOffline(true);
    QStringList failures;
    QObject::connect(&client, &SyncClient::recordFailed, &client,
                     [&failures](const QUuid &, const QString &message) { failures.append(message); });

    // Right away, as a workstation replaying what the agent did just before it was closed.
    const QUuid reply = QUuid::createUuid();
    const QUuid claimed = desk.billingTickets[1].id;
    client.submit(P::AddReply{desk.billingTicket.id, reply, ReplyBody, {}});
    client.submit(P::ClaimTicket{claimed});
    REQUIRE(waitFor([&] { return client.pendingCount() + failures.size() == 2; }));
    INFO(failures.join(u'\n').toStdString());
    CHECK(failures.isEmpty());
    CHECK(client.pendingCount() == 2);

    const auto value = [&store](const QString &sql, const QUuid &id) {
        QSqlQuery query(store->readDatabase());
        REQUIRE(query.prepare(sql));
        query.addBindValue(id.toString(QUuid::WithoutBraces));
        REQUIRE(query.exec());
        return query.next() ? QUuid::fromString(query.value(0).toString()) : QUuid();
    };
    CHECK(text(value(QStringLiteral("SELECT author_id FROM messages WHERE id = ?"), reply)) == text(desk.alice.id));
    CHECK(text(value(QStringLiteral("SELECT assignee_id FROM tickets WHERE id = ?"), claimed)) == text(desk.alice.id));
}
