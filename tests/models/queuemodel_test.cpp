// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <models/labels.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/queuesummary.h>
#include <models/ticketreadmarks.h>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <support/samples.h>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Models;
using Frontline::Tests::TempDir;

namespace {

// Collects what QAbstractItemModelTester reports, so a broken model contract fails the test.
QStringList testerFailures;
void collectTesterFailures(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && QByteArray(context.category).startsWith("qt.modeltest")) {
        testerFailures.append(message);
    }
}

/*! A store with one queue, one customer and a handful of tickets, and a model loaded from it. */
struct QueueFixture
{
    TempDir dir;
    std::unique_ptr<LocalStore> store = Tests::openStore(dir.filePath(QStringLiteral("cache.sqlite")));
    Queue queue = Tests::sampleQueue();
    Customer customer = Tests::sampleCustomer();
    QueueModel model;

    QueueFixture()
    {
        QObject::connect(store.get(), &LocalStore::changed, &model, [this](const ChangeSet &changes) {
            CHECK(model.refresh(store->readDatabase(), changes).ok());  // no REQUIRE: this runs in a slot
        });
        write([this](WriteContext &context) {
            Status status = context.entities.upsert(queue);
            return status ? context.entities.upsert(customer) : status;
        });
    }

    Ticket addTicket(qint64 number, const QString &subject)
    {
        Ticket ticket = Tests::sampleTicket(queue, customer, number, subject);
        write([ticket](WriteContext &context) { return context.entities.upsert(ticket); });
        return ticket;
    }

    // Writes, then lets the store's changed() signal reach the model.
    void write(WriteJob job)
    {
        QSignalSpy changed(store.get(), &LocalStore::changed);
        Tests::writeAndWait(*store, std::move(job));
        REQUIRE((changed.count() > 0 || changed.wait(5000)));
    }

    QString subjectAt(int row) const { return model.index(row, QueueModel::SubjectColumn).data().toString(); }

    /*! Deletes a ticket's row as a resync does; with \a told false the change set does not name it. */
    static Status deleteTicket(WriteContext &context, const QUuid &id, bool told = true)
    {
        QSqlQuery query(context.database);
        query.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ?"));
        query.addBindValue(id.toString(QUuid::WithoutBraces));
        if (told) {
            context.changes.tickets.insert(id);
        }
        return query.exec() ? Status(Ok{}) : Status(Error{Error::Code::Database, query.lastError().text(), {}});
    }
};

}  // namespace

TEST_CASE("The queue model keeps the item-model contract while rows are added, changed and removed",
          "[models][queuemodel]")
{
    testerFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectTesterFailures);
    {
        QueueFixture fixture;
        QAbstractItemModelTester tester(&fixture.model, QAbstractItemModelTester::FailureReportingMode::Warning);
        REQUIRE(fixture.model.reload(fixture.store->readDatabase()).ok());

        Ticket first = fixture.addTicket(1001, QStringLiteral("Refund not received"));
        fixture.addTicket(1002, QStringLiteral("退货申请"));
        fixture.model.sort(QueueModel::SubjectColumn);
        fixture.addTicket(1003, QStringLiteral("Cannot log in"));
        CHECK(fixture.model.rowCount() == 3);

        first.subject = QStringLiteral("Refund received twice");
        fixture.write([first](WriteContext &context) { return context.entities.upsert(first); });
        CHECK(fixture.subjectAt(fixture.model.rowOf(first.id)) == u"Refund received twice");

        fixture.customer.name = QStringLiteral("陳美玲 (VIP)");
        fixture.write([&](WriteContext &context) { return context.entities.upsert(fixture.customer); });
        CHECK(fixture.model.index(0, QueueModel::CustomerColumn).data().toString() == u"陳美玲 (VIP)");

        fixture.write([id = first.id](WriteContext &context) { return QueueFixture::deleteTicket(context, id); });
        CHECK(fixture.model.rowCount() == 2);
        CHECK(fixture.model.rowOf(first.id) == -1);

        fixture.model.sort(QueueModel::NumberColumn, Qt::DescendingOrder);
        REQUIRE(fixture.model.reload(fixture.store->readDatabase()).ok());
    }
    qInstallMessageHandler(previous);
    INFO(testerFailures.join(u'\n').toStdString());
    CHECK(testerFailures.isEmpty());
}

TEST_CASE("The filtered queue keeps the item-model contract and follows sorting, changes, new and removed tickets",
          "[models][queuemodel][filter]")
{
    testerFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectTesterFailures);
    {
        QueueFixture fixture;
        QueueFilterModel filter(&fixture.model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);
        // What the filter shows, top to bottom, and what it should show: the matching rows in the queue's order.
        const auto shown = [&filter] {
            QList<qint64> numbers;
            for (int row = 0; row < filter.rowCount(); ++row) {
                numbers.append(filter.index(row, QueueModel::NumberColumn).data().toLongLong());
            }
            return numbers;
        };
        const auto expected = [&fixture] {
            QList<qint64> numbers;
            for (int row = 0; row < fixture.model.rowCount(); ++row) {
                if (fixture.model.rowAt(row)->subject.contains(u"refund", Qt::CaseInsensitive)) {
                    numbers.append(fixture.model.rowAt(row)->number);
                }
            }
            return numbers;
        };
        Ticket arrived = fixture.addTicket(1001, QStringLiteral("Refund not received"));
        Ticket returned = fixture.addTicket(1002, QStringLiteral("退货申请"));
        const Ticket twice = fixture.addTicket(1003, QStringLiteral("Refund twice"));
        QueueFilter wanted;
        wanted.text = QStringLiteral("REFUND");
        filter.setFilter(wanted);
        CHECK(shown() == (QList<qint64>{1001, 1003}));
        const QPersistentModelIndex selected = filter.index(filter.rowOf(twice.id), QueueModel::SubjectColumn);

        fixture.model.sort(QueueModel::SubjectColumn, Qt::DescendingOrder);
        CHECK(shown() == (QList<qint64>{1003, 1001}));
        CHECK(selected.row() == 0);

        returned.subject = QStringLiteral("退货 refund");  // now matches: shown where the queue has it
        fixture.write([&](WriteContext &context) { return context.entities.upsert(returned); });
        CHECK(shown() == expected());
        CHECK(shown().size() == 3);

        arrived.subject = QStringLiteral("Arrived after all");  // no longer matches
        fixture.write([&](WriteContext &context) { return context.entities.upsert(arrived); });
        CHECK(shown() == expected());
        CHECK_FALSE(shown().contains(1001));

        fixture.addTicket(1004, QStringLiteral("Another refund"));
        CHECK(shown() == expected());
        CHECK(shown().contains(1004));
        CHECK(selected.data(QueueModel::TicketIdRole).toUuid() == twice.id);

        // Typing on narrows, clearing widens again, and the selected ticket keeps its place in between.
        wanted.text = QStringLiteral("refund t");
        filter.setFilter(wanted);
        CHECK(shown() == (QList<qint64>{1003}));
        CHECK(selected.row() == 0);
        wanted.text.clear();
        filter.setFilter(wanted);
        CHECK(filter.rowCount() == fixture.model.rowCount());
        CHECK(selected.data(QueueModel::TicketIdRole).toUuid() == twice.id);
        wanted.text = QStringLiteral("refund");
        filter.setFilter(wanted);

        fixture.write([id = twice.id](WriteContext &context) { return QueueFixture::deleteTicket(context, id); });
        CHECK(shown() == expected());
        CHECK_FALSE(selected.isValid());

        REQUIRE(fixture.model.reload(fixture.store->readDatabase()).ok());
        CHECK(shown() == expected());
        CHECK(shown().size() == 2);
    }
    qInstallMessageHandler(previous);
    INFO(testerFailures.join(u'\n').toStdString());
    CHECK(testerFailures.isEmpty());
}

TEST_CASE("Sorting orders the tickets and the selected ticket stays selected", "[models][queuemodel]")
{
    QueueFixture fixture;
    fixture.addTicket(1003, QStringLiteral("banana"));
    const Ticket apple = fixture.addTicket(1001, QStringLiteral("Apple"));
    fixture.addTicket(1002, QStringLiteral("cherry"));
    const QPersistentModelIndex selected = fixture.model.index(fixture.model.rowOf(apple.id), 0);

    fixture.model.sort(QueueModel::SubjectColumn, Qt::AscendingOrder);
    CHECK(fixture.subjectAt(0) == u"Apple");
    CHECK(fixture.subjectAt(1) == u"banana");
    CHECK(fixture.subjectAt(2) == u"cherry");
    CHECK(selected.row() == 0);

    fixture.model.sort(QueueModel::SubjectColumn, Qt::DescendingOrder);
    CHECK(fixture.subjectAt(0) == u"cherry");
    CHECK(selected.row() == 2);
    CHECK(selected.data(QueueModel::TicketIdRole).toUuid() == apple.id);

    fixture.model.sort(QueueModel::NumberColumn, Qt::AscendingOrder);
    CHECK(fixture.model.index(0, QueueModel::NumberColumn).data().toLongLong() == 1001);
}

TEST_CASE("A changed ticket updates in place and a new one lands at its sorted position", "[models][queuemodel]")
{
    QueueFixture fixture;
    fixture.addTicket(1001, QStringLiteral("alpha"));
    Ticket middle = fixture.addTicket(1002, QStringLiteral("mango"));
    fixture.addTicket(1003, QStringLiteral("zulu"));
    fixture.model.sort(QueueModel::SubjectColumn, Qt::AscendingOrder);
    REQUIRE(fixture.model.rowOf(middle.id) == 1);

    middle.subject = QStringLiteral("aaa first now");
    fixture.write([middle](WriteContext &context) { return context.entities.upsert(middle); });
    CHECK(fixture.model.rowOf(middle.id) == 1);  // no jump under the agent's eyes
    CHECK(fixture.subjectAt(1) == u"aaa first now");

    const Ticket inserted = fixture.addTicket(1004, QStringLiteral("november"));
    CHECK(fixture.model.rowOf(inserted.id) == 2);
}

TEST_CASE("A ticket stored again in the cache shows its own data, also where another ticket took its old place",
          "[models][queuemodel]")
{
    QueueFixture fixture;
    fixture.addTicket(1001, QStringLiteral("first"));
    Ticket moved = fixture.addTicket(1002, QStringLiteral("stored last"));
    // The last stored ticket leaves the cache behind the model's back; the next new ticket takes its rowid.
    const Ticket newcomer = Tests::sampleTicket(fixture.queue, fixture.customer, 1003, QStringLiteral("newcomer"));
    fixture.write([&](WriteContext &context) {
        Status removed = QueueFixture::deleteTicket(context, moved.id, false);
        return removed ? context.entities.upsert(newcomer) : removed;
    });
    REQUIRE(fixture.model.rowOf(newcomer.id) >= 0);

    // Stored again, at a new rowid.
    moved.subject = QStringLiteral("stored again");
    fixture.write([&](WriteContext &context) { return context.entities.upsert(moved); });
    REQUIRE(fixture.model.rowOf(moved.id) >= 0);
    CHECK(fixture.subjectAt(fixture.model.rowOf(moved.id)) == u"stored again");
    CHECK(fixture.subjectAt(fixture.model.rowOf(newcomer.id)) == u"newcomer");
    CHECK(fixture.model.rowCount() == 3);
}

TEST_CASE("A changed ticket shows the current customer, queue and assignee names, renamed or moved to others",
          "[models][queuemodel]")
{
    QueueFixture fixture;
    Ticket ticket = fixture.addTicket(1001, QStringLiteral("退款进度"));
    const auto shown = [&](int column) {
        return fixture.model.index(fixture.model.rowOf(ticket.id), column).data().toString();
    };
    REQUIRE(shown(QueueModel::CustomerColumn) == fixture.customer.name);
    REQUIRE(shown(QueueModel::QueueColumn) == fixture.queue.name);

    // Assigned to an agent the cache learns of in the same commit.
    const Agent agent = Tests::sampleAgent(fixture.queue.id, QStringLiteral("王芳"));
    ticket.assigneeId = agent.id;
    fixture.write([&](WriteContext &context) {
        Status status = context.entities.upsert(agent);
        return status ? context.entities.upsert(ticket) : status;
    });
    CHECK(shown(QueueModel::AssigneeColumn) == u"王芳");

    // Only the ticket changes: every name stays.
    ticket.subject = QStringLiteral("退款进度（已催）");
    fixture.write([&](WriteContext &context) { return context.entities.upsert(ticket); });
    CHECK(shown(QueueModel::SubjectColumn) == u"退款进度（已催）");
    CHECK(shown(QueueModel::CustomerColumn) == fixture.customer.name);
    CHECK(shown(QueueModel::QueueColumn) == fixture.queue.name);
    CHECK(shown(QueueModel::AssigneeColumn) == u"王芳");

    // The customer renamed, the agent renamed: the row follows.
    Customer renamed = fixture.customer;
    renamed.name = QStringLiteral("陳美玲（VIP）");
    Agent agentRenamed = agent;
    agentRenamed.name = QStringLiteral("王芳芳");
    fixture.write([&](WriteContext &context) {
        Status status = context.entities.upsert(renamed);
        return status ? context.entities.upsert(agentRenamed) : status;
    });
    CHECK(shown(QueueModel::CustomerColumn) == u"陳美玲（VIP）");
    CHECK(shown(QueueModel::AssigneeColumn) == u"王芳芳");

    // Moved to another customer and another queue, both new to the cache, in one commit.
    const Customer other = Tests::sampleCustomer(QStringLiteral("Liam Kim"));
    const Queue shipping = Tests::sampleQueue(QStringLiteral("Shipping"));
    ticket.customerId = other.id;
    ticket.queueId = shipping.id;
    fixture.write([&](WriteContext &context) {
        Status status = context.entities.upsert(other);
        status = status ? context.entities.upsert(shipping) : status;
        return status ? context.entities.upsert(ticket) : status;
    });
    CHECK(shown(QueueModel::CustomerColumn) == u"Liam Kim");
    CHECK(shown(QueueModel::QueueColumn) == u"Shipping");
    CHECK(shown(QueueModel::AssigneeColumn) == u"王芳芳");
}

TEST_CASE("A ticket created offline shows as pending and the SLA column shows how urgent each ticket is",
          "[models][queuemodel]")
{
    QueueFixture fixture;
    const Ticket offline = fixture.addTicket(0, QStringLiteral("Created while offline"));
    const int row = fixture.model.rowOf(offline.id);
    CHECK(fixture.model.index(row, QueueModel::NumberColumn).data().toString() == u"pending");

    // The sample's first response is due at 13:00 UTC.
    const qint64 due = Tests::fixedTime(240).toMSecsSinceEpoch();
    const QModelIndex sla = fixture.model.index(row, QueueModel::SlaColumn);
    fixture.model.setClock([due] { return due - 3 * 60 * 60 * 1000; });
    CHECK(sla.data(QueueModel::SlaStateRole).value<QueueModel::SlaState>() == QueueModel::SlaState::OnTrack);
    CHECK(sla.data().toString() == u"in 3 h 00 min");
    fixture.model.setClock([due] { return due - 20 * 60 * 1000; });
    CHECK(sla.data(QueueModel::SlaStateRole).value<QueueModel::SlaState>() == QueueModel::SlaState::DueSoon);
    CHECK(sla.data().toString() == u"in 20 min");
    fixture.model.setClock([due] { return due + 5 * 60 * 1000; });
    CHECK(sla.data(QueueModel::SlaStateRole).value<QueueModel::SlaState>() == QueueModel::SlaState::Breached);
    CHECK(sla.data().toString() == u"overdue 5 min");
    CHECK(sla.data(Qt::ForegroundRole).isValid());
}

TEST_CASE("A large queue sorts into the same order as a small one", "[models][queuemodel]")
{
    // Above 20,000 rows sorting runs on two threads and merges; the order must not change.
    constexpr int count = 30000;
    std::vector<QueueRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        QueueRow row;
        row.id = QUuid::createUuid();
        const int scrambled = (i * 7919) % count;  // 7919 is prime, so this visits every value once
        row.number = 1000 + scrambled;
        row.subject = (scrambled % 2 ? QStringLiteral("order %1") : QStringLiteral("ORDER %1"))
                          .arg(scrambled, 6, 10, QLatin1Char('0'));
        row.status = TicketStatus::Open;
        row.updatedAt = 1'700'000'000'000 + scrambled;
        rows.push_back(row);
    }
    QueueModel model;
    model.resetRows(std::move(rows));

    model.sort(QueueModel::SubjectColumn, Qt::AscendingOrder);
    for (int row = 1; row < count; ++row) {
        const QString previous = model.index(row - 1, QueueModel::SubjectColumn).data().toString();
        const QString current = model.index(row, QueueModel::SubjectColumn).data().toString();
        REQUIRE(previous.compare(current, Qt::CaseInsensitive) < 0);
    }
    model.sort(QueueModel::UpdatedColumn, Qt::DescendingOrder);
    for (int row = 1; row < count; ++row) {
        REQUIRE(model.rowAt(row - 1)->updatedAt > model.rowAt(row)->updatedAt);
    }
    CHECK(model.rowOf(model.rowAt(count / 2)->id) == count / 2);
}

TEST_CASE("Dates and times read naturally in every language, with no stray day-period letter", "[models][labels]")
{
    const QDateTime afternoon(QDate(2026, 11, 27), QTime(16, 1), Qt::LocalTime);
    const QString traditional = Labels::shortDateTime(QLocale(QLocale::Chinese, QLocale::Taiwan), afternoon);
    INFO(traditional.toStdString());
    CHECK_FALSE(traditional.contains(u'B'));  // Qt 6.4 prints CLDR's "B" literally
    CHECK(traditional.contains(QStringLiteral("下午")));
    CHECK(traditional.contains(QStringLiteral("4:01")));
    const QString simplified = Labels::shortDateTime(QLocale(QLocale::Chinese, QLocale::China), afternoon);
    CHECK_FALSE(simplified.contains(u'B'));
    CHECK(simplified.contains(QStringLiteral("16:01")));
    CHECK(Labels::shortDateTime(QLocale(QLocale::English, QLocale::UnitedStates), afternoon).contains(u"4:01"));
}

TEST_CASE("The tray summary counts the tickets waiting in the agent's queues and finds the nearest SLA deadline",
          "[models][queuemodel][tray]")
{
    const QUuid me = QUuid::createUuid();
    const QUuid colleague = QUuid::createUuid();
    const QUuid mine = QUuid::createUuid();
    const QUuid other = QUuid::createUuid();
    const qint64 now = 1'800'000'000'000;
    const auto row = [](qint64 number, QUuid queue, QUuid assignee, TicketStatus status, qint64 due) {
        QueueRow r;
        r.id = QUuid::createUuid();
        r.number = number;
        r.queueId = queue;
        r.assigneeId = assignee;
        r.status = status;
        r.firstResponseDue = due;
        return r;
    };
    QueueModel model;
    CHECK(QueueSummary::of(model, me, {mine}, now) == QueueSummary{});  // no tickets

    const QueueRow waitingSoon = row(1, mine, {}, TicketStatus::New, now + 10 * 60'000);
    const QueueRow myLater = row(2, mine, me, TicketStatus::Open, now + 60 * 60'000);
    const QueueRow colleaguesBreached = row(3, mine, colleague, TicketStatus::Open, now - 60'000);
    const QueueRow solvedBreached = row(4, mine, {}, TicketStatus::Solved, now - 60'000);
    const QueueRow otherQueue = row(5, other, {}, TicketStatus::New, now - 60'000);
    model.resetRows({waitingSoon, myLater, colleaguesBreached, solvedBreached, otherQueue});

    QueueSummary summary = QueueSummary::of(model, me, {mine}, now);
    CHECK(summary.waiting == 1);  // not the colleague's, not the solved one, not another queue's
    CHECK(summary.breached == 0);
    CHECK(summary.nearestTicket == waitingSoon.id);
    CHECK(summary.nearestDue == waitingSoon.firstResponseDue);

    // Later on: the waiting ticket is past its deadline.
    summary = QueueSummary::of(model, me, {mine}, now + 20 * 60'000);
    CHECK(summary.breached == 1);
    CHECK(summary.nearestTicket == waitingSoon.id);
    // Without a queue list (a cache that does not know its agent's queues) every queue counts.
    CHECK(QueueSummary::of(model, me, {}, now).waiting == 2);
}

TEST_CASE("Each channel has its own icon in the queue's channel column, and only there", "[models][queuemodel]")
{
    QueueModel model;
    std::vector<QueueRow> rows;
    for (Channel channel :
         {Channel::Email, Channel::Chat, Channel::Phone, Channel::Social, Channel::WebForm, Channel::Bot}) {
        QueueRow row;
        row.id = QUuid::createUuid();
        row.number = 100 + qint64(rows.size());
        row.channel = channel;
        rows.push_back(row);
    }
    model.resetRows(rows);
    QSet<size_t> seen;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QIcon icon = model.index(i, QueueModel::ChannelColumn).data(Qt::DecorationRole).value<QIcon>();
        REQUIRE_FALSE(icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        REQUIRE_FALSE(image.isNull());
        seen.insert(qHashBits(image.constBits(), size_t(image.sizeInBytes())));
        CHECK_FALSE(model.index(i, QueueModel::SubjectColumn).data(Qt::DecorationRole).isValid());
    }
    CHECK(seen.size() == 6);  // six different pictures
}

namespace {

Message messageFrom(const Ticket &ticket, AuthorKind author, int minute,
                    MessageVisibility visibility = MessageVisibility::Public)
{
    Message message = Tests::sampleMessage(ticket, QStringLiteral("第 %1 分鐘").arg(minute));
    message.authorKind = author;
    message.visibility = visibility;
    message.createdAt = Tests::fixedTime(minute);
    return message;
}

void addMessage(QueueFixture &fixture, const Message &message)
{
    fixture.write([message](WriteContext &context) { return context.entities.upsert(message); });
}

bool unreadAt(const QueueFixture &fixture, const Ticket &ticket)
{
    return fixture.model.index(fixture.model.rowOf(ticket.id), 0).data(QueueModel::UnreadRole).toBool();
}

void markRead(QueueFixture &fixture, const Ticket &ticket)
{
    TicketReadMarks marks(*fixture.store);
    QSignalSpy changed(fixture.store.get(), &LocalStore::changed);
    REQUIRE(marks.markRead(ticket.id).result().ok());
    REQUIRE((changed.count() > 0 || changed.wait(5000)));
}

}  // namespace

TEST_CASE("A ticket the customer wrote in shows as unread until the agent has read it, and again after a new "
          "message",
          "[models][queuemodel][unread]")
{
    QueueFixture fixture;
    const Ticket ticket = fixture.addTicket(1042, QStringLiteral("訂單尚未送達"));
    const Ticket quiet = fixture.addTicket(1043, QStringLiteral("No messages yet"));
    CHECK_FALSE(unreadAt(fixture, ticket));

    addMessage(fixture, messageFrom(ticket, AuthorKind::Customer, 5));
    CHECK(unreadAt(fixture, ticket));
    CHECK_FALSE(unreadAt(fixture, quiet));
    const QModelIndex subject = fixture.model.index(fixture.model.rowOf(ticket.id), QueueModel::SubjectColumn);
    CHECK(subject.data(Qt::FontRole).value<QFont>().bold());
    CHECK(subject.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage().pixelColor(8, 8).alpha() > 0);
    CHECK(subject.data(Qt::ToolTipRole).toString().startsWith(u"Unread"));
    CHECK(subject.data(Qt::AccessibleDescriptionRole).toString() == u"Unread");

    markRead(fixture, ticket);
    CHECK_FALSE(unreadAt(fixture, ticket));
    CHECK_FALSE(subject.data(Qt::FontRole).value<QFont>().bold());
    CHECK(subject.data(Qt::ToolTipRole).toString() == ticket.subject);

    addMessage(fixture, messageFrom(ticket, AuthorKind::Customer, 9));
    CHECK(unreadAt(fixture, ticket));

    // What the model read fresh from the cache agrees with what it updated row by row.
    REQUIRE(fixture.model.reload(fixture.store->readDatabase()).ok());
    CHECK(unreadAt(fixture, ticket));
}

TEST_CASE("A ticket whose customer got a public answer is not unread, but an internal note is no answer",
          "[models][queuemodel][unread]")
{
    QueueFixture fixture;
    const Ticket ticket = fixture.addTicket(1042, QStringLiteral("退款進度"));
    addMessage(fixture, messageFrom(ticket, AuthorKind::Customer, 5));
    addMessage(fixture, messageFrom(ticket, AuthorKind::Agent, 6, MessageVisibility::Internal));
    CHECK(unreadAt(fixture, ticket));
    addMessage(fixture, messageFrom(ticket, AuthorKind::Bot, 7));
    CHECK(unreadAt(fixture, ticket));  // a bot's answer still leaves the customer waiting for a person
    addMessage(fixture, messageFrom(ticket, AuthorKind::Agent, 8));
    CHECK_FALSE(unreadAt(fixture, ticket));

    // An older customer message arriving late (history fetched afterwards) does not make it unread again.
    addMessage(fixture, messageFrom(ticket, AuthorKind::Customer, 2));
    CHECK_FALSE(unreadAt(fixture, ticket));
}

TEST_CASE("A solved ticket and the ticket the agent has open never show as unread", "[models][queuemodel][unread]")
{
    QueueFixture fixture;
    Ticket solved = fixture.addTicket(1042, QStringLiteral("Solved already"));
    const Ticket open = fixture.addTicket(1043, QStringLiteral("Open in the ticket view"));
    addMessage(fixture, messageFrom(solved, AuthorKind::Customer, 5));
    addMessage(fixture, messageFrom(open, AuthorKind::Customer, 5));
    CHECK(unreadAt(fixture, solved));

    solved.status = TicketStatus::Solved;
    solved.rev += 1;
    fixture.write([solved](WriteContext &context) { return context.entities.upsert(solved); });
    CHECK_FALSE(unreadAt(fixture, solved));

    QSignalSpy repainted(&fixture.model, &QAbstractItemModel::dataChanged);
    fixture.model.setOpenTicket(open.id);
    CHECK_FALSE(unreadAt(fixture, open));
    CHECK(repainted.count() == 1);
    fixture.model.setOpenTicket({});
    CHECK(unreadAt(fixture, open));  // it was shown, never marked read in the cache
}

TEST_CASE("A ticket with a change waiting in the outbox carries the waiting-to-be-sent marker",
          "[models][queuemodel][pending]")
{
    QueueFixture fixture;
    const Ticket waiting = fixture.addTicket(1042, QStringLiteral("Reply written offline"));
    const Ticket other = fixture.addTicket(1043, QStringLiteral("Nothing pending"));
    fixture.write([waiting](WriteContext &context) {
        QSqlQuery query(context.database);
        query.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, kind, entity_id, payload, created_at) "
                                     "VALUES (?, 'add_reply', ?, '{}', 0)"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(waiting.id.toString(QUuid::WithoutBraces));
        context.changes.tickets.insert(waiting.id);
        return query.exec() ? Status(Ok{}) : Status(Error{Error::Code::Database, query.lastError().text(), {}});
    });
    const QModelIndex number = fixture.model.index(fixture.model.rowOf(waiting.id), QueueModel::NumberColumn);
    CHECK(number.data(QueueModel::PendingSyncRole).toBool());
    CHECK(number.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage().pixelColor(3, 11).alpha() > 0);
    CHECK(number.data(Qt::ToolTipRole).toString().contains(u"waiting to be sent"));
    CHECK(number.data(Qt::AccessibleDescriptionRole).toString() == u"Waiting to be sent");
    CHECK_FALSE(fixture.model.index(fixture.model.rowOf(other.id), 0).data(QueueModel::PendingSyncRole).toBool());

    REQUIRE(fixture.model.reload(fixture.store->readDatabase()).ok());
    CHECK(fixture.model.index(fixture.model.rowOf(waiting.id), 0).data(QueueModel::PendingSyncRole).toBool());
    CHECK_FALSE(fixture.model.index(fixture.model.rowOf(other.id), 0).data(QueueModel::PendingSyncRole).toBool());
}

TEST_CASE("What the agent read survives the ticket being stored again, and a message that came first still counts",
          "[models][queuemodel][unread]")
{
    QueueFixture fixture;
    const Ticket ticket = fixture.addTicket(1042, QStringLiteral("訂單尚未送達"));
    addMessage(fixture, messageFrom(ticket, AuthorKind::Customer, 5));

    // A resync deletes the server's rows and stores them again.
    const auto deleteTicket = [&fixture](const Ticket &gone) {
        fixture.write([gone](WriteContext &context) { return QueueFixture::deleteTicket(context, gone.id); });
    };
    const auto storeAgain = [&fixture, &deleteTicket](const Ticket &again) {
        deleteTicket(again);
        REQUIRE(fixture.model.rowOf(again.id) < 0);
        fixture.write([again](WriteContext &context) { return context.entities.upsert(again); });
    };
    storeAgain(ticket);
    CHECK(unreadAt(fixture, ticket));
    markRead(fixture, ticket);
    storeAgain(ticket);
    CHECK_FALSE(unreadAt(fixture, ticket));

    // A page may bring a ticket's messages before the ticket itself.
    Ticket later = Tests::sampleTicket(fixture.queue, fixture.customer, 1043, QStringLiteral("Message first"));
    fixture.write([message = messageFrom(later, AuthorKind::Customer, 7), later](WriteContext &context) {
        QSqlQuery deferred(context.database);
        deferred.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        Status status = context.entities.upsert(message);
        return status ? context.entities.upsert(later) : status;
    });
    CHECK(unreadAt(fixture, later));
}

TEST_CASE("Filtering a large queue finds exactly the tickets a small one would, keystroke by keystroke",
          "[models][queuefilter]")
{
    // Above 20,000 rows the filter decides on two threads; what it lets through must not change.
    constexpr int count = 30000;
    std::vector<QueueRow> rows;
    rows.reserve(count);
    const QStringList customers{QStringLiteral("Liam Kim"), QStringLiteral("陳美玲"), QStringLiteral("Olivia Chen")};
    for (int i = 0; i < count; ++i) {
        QueueRow row;
        row.id = QUuid::createUuid();
        row.number = 1000 + i;
        row.subject =
            i % 3 == 0 ? QStringLiteral("发票抬头错误 %1").arg(i) : QStringLiteral("Refund for order %1").arg(i);
        row.customerName = customers[i % customers.size()];
        row.status = i % 5 == 0 ? TicketStatus::Solved : TicketStatus::Open;
        rows.push_back(row);
    }
    const auto expected = [&rows](const QString &text, std::optional<TicketStatus> status) {
        int matching = 0;
        // "#1234" looks for 1234 as a word too; any text also finds the numbers that start with it.
        const QString needle = text.startsWith(u'#') ? text.sliced(1) : text;
        for (const QueueRow &row : rows) {
            const bool number = QString::number(row.number).startsWith(needle);
            const bool words = row.subject.contains(needle, Qt::CaseInsensitive) ||
                               row.customerName.contains(needle, Qt::CaseInsensitive);
            matching += (number || words) && (!status || row.status == *status) ? 1 : 0;
        }
        return matching;
    };
    QueueModel model;
    model.resetRows(rows);
    QueueFilterModel filter(&model);
    QueueFilter wanted;
    for (const QString &text : {QStringLiteral("l"), QStringLiteral("li"), QStringLiteral("liam"), QString(),
                                QStringLiteral("发票"), QStringLiteral("#12"), QStringLiteral("#1234")}) {
        INFO(text.toStdString());
        wanted.text = text;
        filter.setFilter(wanted);
        CHECK(filter.rowCount() == expected(text, std::nullopt));
    }
    wanted.text = QStringLiteral("order");
    wanted.status = TicketStatus::Solved;
    filter.setFilter(wanted);
    CHECK(filter.rowCount() == expected(QStringLiteral("order"), TicketStatus::Solved));
}
