// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/labels.h>
#include <models/localstore.h>
#include <models/teamagentmodel.h>
#include <models/teamcsv.h>
#include <models/teamqueuemodel.h>
#include <models/teamsnapshot.h>
#include <models/teamsnapshotcache.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

constexpr qint64 Minute = 60'000;

/*! Today (in the machine's zone) at 15:00, two queues and three agents, built by hand. */
TeamSnapshot sampleSnapshot()
{
    TeamSnapshot snapshot;
    const QDateTime afternoon(QDate(2026, 11, 23), QTime(15, 0));
    snapshot.day = DayWindow::containing(afternoon, QTimeZone::systemTimeZone());
    snapshot.computedAt = afternoon.toMSecsSinceEpoch();
    snapshot.dueSoonMs = 15 * Minute;

    QueueMetrics billing;
    billing.queueId = QUuid::createUuid();
    billing.name = QStringLiteral("Billing, 账单");
    billing.waiting = 4;
    billing.open = 9;
    billing.oldestWaitingCreatedAt = snapshot.computedAt - 95 * Minute;
    billing.oldestWaitMs = 95 * Minute;
    billing.firstResponseDueSoon = 2;
    billing.resolutionDueSoon = 1;
    billing.firstResponseBreached = 1;
    billing.createdToday = 12;
    billing.openCreatedToday = 3;
    billing.solvedToday = 9;
    billing.solvedTodayWithinSla = 8;
    billing.solvedTodayLate = 1;
    billing.firstResponsesToday = 10;
    billing.medianFirstResponseMs = 12 * Minute + 30'000;
    billing.csatCount = 4;
    billing.csatScoreSum = 17;

    QueueMetrics technical;
    technical.queueId = QUuid::createUuid();
    technical.name = QStringLiteral("Technical");
    technical.open = 2;

    AgentMetrics alice;
    alice.agentId = QUuid::createUuid();
    alice.name = QStringLiteral("Alice Wang");
    alice.presence = Presence::Online;
    alice.presenceSince = snapshot.day.startMs + 8 * 60 * Minute + 5 * Minute;
    alice.openAssigned = 7;
    alice.handledToday = 5;
    alice.medianFirstResponseMs = 9 * Minute;
    alice.csatCount = 2;
    alice.csatScoreSum = 9;
    AgentMetrics bob;
    bob.agentId = QUuid::createUuid();
    bob.name = QStringLiteral("王芳");
    bob.presence = Presence::Away;
    bob.openAssigned = 12;
    AgentMetrics lena;
    lena.agentId = QUuid::createUuid();
    lena.name = QStringLiteral("=Lena \"Lead\" Zhou");
    lena.role = AgentRole::Lead;
    lena.openAssigned = 1;

    snapshot.queues = {billing, technical};
    snapshot.agents = {alice, bob, lena};
    const int hours = snapshot.day.hours();
    for (QList<int> *series : {&snapshot.hourly.created, &snapshot.hourly.solved, &snapshot.hourly.breaches,
                               &snapshot.hourly.csatCount, &snapshot.hourly.csatSum}) {
        series->fill(0, hours);
    }
    snapshot.hourly.created[9] = 5;
    snapshot.hourly.solved[10] = 3;
    snapshot.hourly.breaches[11] = 1;
    snapshot.hourly.csatCount[12] = 2;
    snapshot.hourly.csatSum[12] = 9;
    return snapshot;
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    REQUIRE(lines.last().isEmpty());  // the last record ends with CRLF too
    lines.removeLast();
    for (QByteArray &line : lines) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

/*! The fields of one CSV record, undoing RFC 4180 quoting (records here hold no line breaks). */
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

}  // namespace

TEST_CASE("The team's queue model shows each queue's figures, sorts by raw values and colours due and breached "
          "deadlines",
          "[models][dashboard]")
{
    TeamQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const TeamSnapshot snapshot = sampleSnapshot();
    model.setSnapshot(snapshot);

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == TeamQueueModel::ColumnCount);
    CHECK(model.headerData(TeamQueueModel::WaitingColumn, Qt::Horizontal).toString() == QStringLiteral("Waiting"));
    CHECK(text(model, 0, TeamQueueModel::NameColumn) == QStringLiteral("Billing, 账单"));
    CHECK(text(model, 0, TeamQueueModel::WaitingColumn) == QStringLiteral("4"));
    CHECK(text(model, 0, TeamQueueModel::OpenColumn) == QStringLiteral("9"));
    CHECK(text(model, 0, TeamQueueModel::OldestWaitColumn) == QStringLiteral("1 h 35 min"));
    CHECK(text(model, 0, TeamQueueModel::DueSoonColumn) == QStringLiteral("3"));
    CHECK(text(model, 0, TeamQueueModel::BreachedColumn) == QStringLiteral("1"));
    CHECK(text(model, 0, TeamQueueModel::MedianFirstResponseColumn) == QStringLiteral("12 min"));
    CHECK(text(model, 0, TeamQueueModel::ResolutionRateColumn) == QStringLiteral("75%"));
    CHECK(text(model, 0, TeamQueueModel::CsatAverageColumn) == QStringLiteral("4.3"));
    CHECK(text(model, 1, TeamQueueModel::OldestWaitColumn) == QStringLiteral("—"));
    CHECK(text(model, 1, TeamQueueModel::ResolutionRateColumn) == QStringLiteral("—"));

    // The raw values behind the text: milliseconds, counts, ratios; absent is invalid.
    const auto raw = [&model](int row, int column) {
        return model.data(model.index(row, column), TeamQueueModel::SortRole);
    };
    CHECK(raw(0, TeamQueueModel::OldestWaitColumn).toLongLong() == 95 * Minute);
    CHECK(raw(0, TeamQueueModel::ResolutionRateColumn).toDouble() == 0.75);
    CHECK_FALSE(raw(1, TeamQueueModel::OldestWaitColumn).isValid());
    CHECK(model.data(model.index(0, 0), TeamQueueModel::QueueIdRole).toUuid() == snapshot.queues[0].queueId);

    // Amber and red, as the queue's SLA column; a queue with nothing due has no colour.
    CHECK(model.data(model.index(0, TeamQueueModel::DueSoonColumn), Qt::ForegroundRole).value<QColor>() ==
          TeamQueueModel::slaColor(QueueModel::SlaState::DueSoon));
    CHECK(model.data(model.index(0, TeamQueueModel::BreachedColumn), Qt::ForegroundRole).value<QColor>() ==
          TeamQueueModel::slaColor(QueueModel::SlaState::Breached));
    CHECK_FALSE(model.data(model.index(1, TeamQueueModel::BreachedColumn), Qt::ForegroundRole).isValid());
    CHECK(model.data(model.index(0, 0), TeamQueueModel::SlaStateRole).value<QueueModel::SlaState>() ==
          QueueModel::SlaState::Breached);
    CHECK(model.data(model.index(1, 0), TeamQueueModel::SlaStateRole).value<QueueModel::SlaState>() ==
          QueueModel::SlaState::OnTrack);

    // New figures for the same queues change the rows in place; another set of queues resets.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    TeamSnapshot later = snapshot;
    later.queues[1].waiting = 1;
    later.queues[1].open = 3;
    model.setSnapshot(later);
    CHECK(changed.size() == 1);
    CHECK(reset.isEmpty());
    CHECK(text(model, 1, TeamQueueModel::WaitingColumn) == QStringLiteral("1"));
    later.queues.removeFirst();
    model.setSnapshot(later);
    CHECK(reset.size() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(snapshot.queues[1].queueId) == 0);
}

TEST_CASE("Durations, rates and CSAT read as people write them", "[models][dashboard]")
{
    CHECK(TeamQueueModel::durationText(std::nullopt) == QStringLiteral("—"));
    CHECK(TeamQueueModel::durationText(45'000) == QStringLiteral("45 s"));
    CHECK(TeamQueueModel::durationText(12 * Minute) == QStringLiteral("12 min"));
    CHECK(TeamQueueModel::durationText(185 * Minute) == QStringLiteral("3 h 05 min"));
    CHECK(TeamQueueModel::durationText(52 * 60 * Minute) == QStringLiteral("2 d 4 h"));
    CHECK(TeamQueueModel::percentText(0.5) == QStringLiteral("50%"));
    CHECK(TeamQueueModel::csatText(4.25) == QStringLiteral("4.3"));
    CHECK(TeamQueueModel::csatText(std::nullopt) == QStringLiteral("—"));
}

TEST_CASE("The team's agent model shows presence, load and today's work, and a proxy sorts it by number",
          "[models][dashboard]")
{
    TeamAgentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const TeamSnapshot snapshot = sampleSnapshot();
    model.setSnapshot(snapshot);
    REQUIRE(model.rowCount() == 3);
    CHECK(text(model, 0, TeamAgentModel::NameColumn) == QStringLiteral("Alice Wang"));
    CHECK(text(model, 2, TeamAgentModel::NameColumn) == QStringLiteral("=Lena \"Lead\" Zhou (Team lead)"));
    CHECK(text(model, 0, TeamAgentModel::PresenceColumn) == QStringLiteral("Online"));
    CHECK(text(model, 0, TeamAgentModel::PresenceSinceColumn) == Labels::shortTime(QLocale(), QTime(8, 5)));
    CHECK(text(model, 1, TeamAgentModel::PresenceSinceColumn) == QStringLiteral("—"));
    CHECK(text(model, 0, TeamAgentModel::LoadColumn) == QStringLiteral("7"));
    CHECK(text(model, 0, TeamAgentModel::HandledTodayColumn) == QStringLiteral("5"));
    CHECK(text(model, 0, TeamAgentModel::MedianFirstResponseColumn) == QStringLiteral("9 min"));
    CHECK(text(model, 0, TeamAgentModel::CsatAverageColumn) == QStringLiteral("4.5"));
    CHECK(text(model, 1, TeamAgentModel::CsatAverageColumn) == QStringLiteral("—"));
    CHECK(model.data(model.index(0, TeamAgentModel::PresenceColumn), Qt::DecorationRole).value<QColor>() ==
          TeamAgentModel::presenceColor(Presence::Online));
    CHECK(model.data(model.index(1, 0), TeamAgentModel::AgentIdRole).toUuid() == snapshot.agents[1].agentId);

    // By load, as numbers: 1, 7, 12 (as text "12" would come before "7").
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(TeamAgentModel::SortRole);
    sorted.sort(TeamAgentModel::LoadColumn, Qt::AscendingOrder);
    QStringList loads;
    for (int row = 0; row < sorted.rowCount(); ++row) {
        loads.append(text(sorted, row, TeamAgentModel::LoadColumn));
    }
    CHECK(loads == QStringList{QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("12")});

    // New figures for the same people: in place, and the proxy keeps sorting by load.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    TeamSnapshot later = snapshot;
    later.agents[0].openAssigned = 0;
    model.setSnapshot(later);
    CHECK(reset.isEmpty());
    CHECK(text(sorted, 0, TeamAgentModel::NameColumn) == QStringLiteral("Alice Wang"));
}

TEST_CASE("The cache names who may take a queue's tickets and the signed-in person's role", "[models][dashboard]")
{
    Tests::TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    const Queue billing = Tests::sampleQueue();
    const Queue technical = Tests::sampleQueue(QStringLiteral("Technical"));
    Agent wang = Tests::sampleAgent(billing.id, QStringLiteral("王芳"));
    Agent alice = Tests::sampleAgent(billing.id, QStringLiteral("Alice Wang"));
    alice.username = QStringLiteral("alice");
    alice.queueIds = {billing.id, technical.id};
    Agent lena = Tests::sampleAgent(technical.id, QStringLiteral("Lena Zhou"));
    lena.username = QStringLiteral("lena");
    lena.role = AgentRole::Lead;
    lena.queueIds = {billing.id, technical.id};
    Agent admin = Tests::sampleAgent(billing.id, QStringLiteral("Root"));
    admin.username = QStringLiteral("root");
    admin.role = AgentRole::Admin;
    for (Agent *agent : {&alice, &lena, &admin}) {
        agent->id = QUuid::createUuid();
    }
    Tests::writeAndWait(*store, [&](WriteContext &context) {
        Status status = context.entities.upsert(billing);
        status = status ? context.entities.upsert(technical) : status;
        for (const Agent &agent : {wang, alice, lena, admin}) {
            status = status ? context.entities.upsert(agent) : status;
        }
        return status;
    });
    const QSqlDatabase db = store->readDatabase();

    const auto names = [&db](const QSet<QUuid> &queues) {
        auto members = TeamAgentModel::membersOf(db, queues);
        REQUIRE(members.ok());
        QStringList list;
        for (const TeamMember &member : *members) {
            list.append(member.name);
        }
        return list;
    };
    CHECK(names({billing.id}) ==
          QStringList{QStringLiteral("Alice Wang"), QStringLiteral("Lena Zhou"), QStringLiteral("王芳")});
    CHECK(names({billing.id, technical.id}) == QStringList{QStringLiteral("Alice Wang"), QStringLiteral("Lena Zhou")});
    CHECK(names({}).isEmpty());

    CHECK(TeamAgentModel::roleOf(db, lena.id).value() == AgentRole::Lead);
    CHECK(TeamAgentModel::roleOf(db, wang.id).value() == AgentRole::Agent);
    CHECK_FALSE(TeamAgentModel::roleOf(db, QUuid::createUuid()).value().has_value());
}

TEST_CASE("The CSV export is RFC 4180 with a byte order mark, one row per queue and agent, durations in minutes",
          "[models][dashboard][csv]")
{
    const TeamSnapshot snapshot = sampleSnapshot();
    const QByteArray csv = TeamCsv::toCsv(snapshot);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csvLines(csv.mid(3));
    REQUIRE(lines.size() == 1 + 2 + 3);  // the header, the queues, the agents

    const QStringList header = csvFields(QString::fromUtf8(lines[0]));
    CHECK(header == TeamCsv::header());
    CHECK(header.first() == QStringLiteral("Kind"));
    for (const QByteArray &line : lines) {
        CHECK(csvFields(QString::fromUtf8(line)).size() == header.size());
    }
    const auto column = [&header](const QString &name) {
        const auto at = header.indexOf(name);
        REQUIRE(at >= 0);
        return at;
    };

    // The Chinese name as UTF-8, quoted for its comma.
    CHECK(lines[1].startsWith(QStringLiteral("Queue,\"Billing, 账单\",").toUtf8()));
    const QStringList billing = csvFields(QString::fromUtf8(lines[1]));
    CHECK(billing[column(QStringLiteral("Waiting"))] == QStringLiteral("4"));
    CHECK(billing[column(QStringLiteral("Oldest wait (min)"))] == QStringLiteral("95.0"));
    CHECK(billing[column(QStringLiteral("Median first response (min)"))] == QStringLiteral("12.5"));
    CHECK(billing[column(QStringLiteral("Resolution rate (%)"))] == QStringLiteral("75.0"));
    CHECK(billing[column(QStringLiteral("CSAT average"))] == QStringLiteral("4.25"));
    CHECK(billing[column(QStringLiteral("First responses overdue"))] == QStringLiteral("1"));
    CHECK(billing[column(QStringLiteral("Open assigned"))].isEmpty());
    const QStringList technical = csvFields(QString::fromUtf8(lines[2]));
    CHECK(technical[column(QStringLiteral("Oldest wait (min)"))].isEmpty());  // nobody waits

    const QStringList alice = csvFields(QString::fromUtf8(lines[3]));
    CHECK(alice[0] == QStringLiteral("Agent"));
    CHECK(alice[column(QStringLiteral("Presence"))] == QStringLiteral("Online"));
    CHECK(alice[column(QStringLiteral("Open assigned"))] == QStringLiteral("7"));
    CHECK(alice[column(QStringLiteral("Waiting"))].isEmpty());
    CHECK(alice[column(QStringLiteral("Presence since"))].endsWith(QStringLiteral(" 08:05")));
    CHECK(csvFields(QString::fromUtf8(lines[4]))[1] == QStringLiteral("王芳"));
    // Quotes doubled inside a quoted field, and a leading = kept from becoming a formula.
    CHECK(lines[5].startsWith("Agent,\"'=Lena \"\"Lead\"\" Zhou\",Team lead,"));

    CHECK(TeamCsv::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(TeamCsv::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(TeamCsv::defaultFileName(QDate(2026, 11, 23)) == QStringLiteral("frontline-metrics-2026-11-23.csv"));

    Tests::TempDir dir;
    const QString path = dir.filePath(TeamCsv::defaultFileName(QDate(2026, 11, 23)));
    REQUIRE(TeamCsv::save(snapshot, path).ok());
    CHECK(Tests::readAll(path) == csv);
    const Status refused = TeamCsv::save(snapshot, dir.filePath(QStringLiteral("no/such/folder/x.csv")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Io);
}

TEST_CASE("Hourly CSAT in a snapshot's JSON is read strictly, and its absence as zeros", "[models][dashboard]")
{
    const TeamSnapshot snapshot = sampleSnapshot();
    const QJsonObject json = snapshot.toJson();
    const auto readBack = TeamSnapshot::fromJson(json);
    REQUIRE(readBack.ok());
    CHECK(*readBack == snapshot);
    CHECK(readBack->hourly.csatAverage(12) == 4.5);
    CHECK_FALSE(readBack->hourly.csatAverage(11).has_value());
    CHECK_FALSE(readBack->hourly.csatAverage(99).has_value());

    const auto withHourly = [&json](const std::function<void(QJsonObject &)> &change) {
        QJsonObject copy = json;
        QJsonObject hourly = copy[u"hourly"].toObject();
        change(hourly);
        copy[u"hourly"] = hourly;
        return TeamSnapshot::fromJson(copy);
    };
    const auto older = withHourly([](QJsonObject &hourly) {
        hourly.remove(u"csat_count");
        hourly.remove(u"csat_sum");
    });
    REQUIRE(older.ok());
    CHECK(older->hourly.csatCount == QList<int>(snapshot.day.hours(), 0));
    CHECK(older->hourly.csatSum == QList<int>(snapshot.day.hours(), 0));

    const auto shortList = withHourly([](QJsonObject &hourly) { hourly[u"csat_count"] = QJsonArray{1, 2}; });
    REQUIRE_FALSE(shortList.ok());
    CHECK(shortList.error().field == QStringLiteral("team_snapshot.hourly.csat_count"));
    const auto impossible = withHourly([](QJsonObject &hourly) {
        QJsonArray sums = hourly[u"csat_sum"].toArray();
        sums[12] = 11;  // two ratings of at most 5
        hourly[u"csat_sum"] = sums;
    });
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.error().field == QStringLiteral("team_snapshot.hourly.csat_sum"));
}

TEST_CASE("The dashboard's last figures are kept in the cache and read back; unreadable ones are ignored",
          "[models][dashboard]")
{
    Tests::TempDir dir;
    auto store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    CHECK_FALSE(TeamSnapshotCache::load(store->readDatabase()).has_value());

    TeamSnapshot snapshot;
    snapshot.computedAt = 1'763'900'000'000;
    snapshot.day = DayWindow::containing(QDateTime::fromMSecsSinceEpoch(snapshot.computedAt, QTimeZone::utc()),
                                         QTimeZone("Asia/Shanghai"));
    snapshot.dueSoonMs = 15 * 60 * 1000;
    QueueMetrics billing;
    billing.queueId = QUuid::createUuid();
    billing.name = QStringLiteral("账单");
    billing.open = 9;
    billing.waiting = 7;
    snapshot.queues.append(billing);
    snapshot.hourly.created.fill(0, snapshot.day.hours());
    snapshot.hourly.solved.fill(0, snapshot.day.hours());
    snapshot.hourly.breaches.fill(0, snapshot.day.hours());
    snapshot.hourly.csatCount.fill(0, snapshot.day.hours());
    snapshot.hourly.csatSum.fill(0, snapshot.day.hours());

    TeamSnapshotCache cache(*store);
    REQUIRE(cache.save({snapshot, 1'763'900'004'000}).result().ok());
    const auto saved = TeamSnapshotCache::load(store->readDatabase());
    REQUIRE(saved.has_value());
    CHECK(saved->snapshot == snapshot);
    CHECK(saved->receivedAt == 1'763'900'004'000);

    Tests::writeAndWait(*store, [](WriteContext &context) {
        QSqlQuery query(context.database);
        return query.exec(QStringLiteral("UPDATE sync_state SET value = '{\"snapshot\": {\"queues\": 5}}' "
                                         "WHERE key = 'team_snapshot'"))
                   ? Status(Ok{})
                   : Status(Error{Error::Code::Database, QStringLiteral("update failed"), {}});
    });
    CHECK_FALSE(TeamSnapshotCache::load(store->readDatabase()).has_value());
}
