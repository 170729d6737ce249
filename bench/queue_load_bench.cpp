// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bulk-inserts generated tickets (with their messages) into a fresh local store, then times a full
// load of the queue model and sorts by each column. Prints figures; asserts nothing.
//
//   build/release/bench/bench_queue_load [--tickets 100000] [--messages 4] [--repeat 5] [--keep FILE]
//
// --keep FILE keeps the generated cache there, and reuses it on the next run (skipping generation).

#include <models/demodata.h>
#include <models/demoseeder.h>
#include <models/localstore.h>
#include <models/queuemodel.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Frontline::Models;

namespace {

struct Timing
{
    double minMs = 0;
    double medianMs = 0;
};

template<typename Work>
Timing measure(int repeat, Work work)
{
    std::vector<double> samples;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return {samples.front(), samples[samples.size() / 2]};
}

void report(const char *what, const Timing &timing, const char *budget)
{
    std::printf("%-38s min %8.1f ms   median %8.1f ms   budget %s\n", what, timing.minMs, timing.medianMs, budget);
}

bool generateAndInsert(LocalStore &store, int tickets, int messages)
{
    DemoDataOptions options;
    options.tickets = tickets;
    options.messagesPerTicket = messages;
    options.now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    DemoDataset dataset;
    const Timing generation = measure(1, [&] { dataset = DemoDataGenerator(options).generate(); });
    const qsizetype rows = dataset.tickets.size() + dataset.messages.size() + dataset.customers.size();
    report("generate demo data", generation, "-");

    Status seeded = Ok{};
    const Timing insert = measure(1, [&] {
        QFuture<Status> future = seedStore(store, std::move(dataset));
        future.waitForFinished();
        seeded = future.result();
    });
    if (!seeded) {
        std::fprintf(stderr, "bulk insert failed: %s\n", qPrintable(seeded.error().message));
        return false;
    }
    report("bulk insert (one transaction)", insert, "-");
    const qint64 bytes = QFileInfo(store.path()).size() + QFileInfo(store.path() + QStringLiteral("-wal")).size();
    std::printf("%-38s %lld rows, %.0f rows/s, cache file %.1f MiB\n", "  inserted", static_cast<long long>(rows),
                static_cast<double>(rows) / (insert.minMs / 1000.0), static_cast<double>(bytes) / (1024.0 * 1024.0));
    return true;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets to generate."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages per ticket."),
                                            QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions of each timing."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep (and reuse) the cache file."),
                                        QStringLiteral("file"));
    parser.addOptions({ticketsOption, messagesOption, repeatOption, keepOption});
    parser.process(app);
    const int tickets = std::max(1, parser.value(ticketsOption).toInt());
    const int messages = std::max(1, parser.value(messagesOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    const QString file =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = parser.isSet(keepOption) && QFileInfo::exists(file);
    auto store = LocalStore::open(file);
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.error().message));
        return 1;
    }

    std::printf("Frontline queue benchmark: %d tickets x %d messages, %d repetitions%s\n", tickets, messages, repeat,
                reuse ? " (reusing the kept cache)" : "");
    if (!reuse && !generateAndInsert(**store, tickets, messages)) {
        return 1;
    }

    QueueModel model;
    const Timing load = measure(repeat, [&] {
        if (!model.reload((*store)->readDatabase())) {
            std::fprintf(stderr, "load failed\n");
        }
    });
    report("load queue model (all tickets)", load, "<= 300 ms");
    std::printf("%-38s %d rows\n", "  rows in model", model.rowCount());

    const struct
    {
        int column;
        const char *name;
    } columns[] = {{QueueModel::SlaColumn, "sort by SLA due"},
                   {QueueModel::NumberColumn, "sort by number"},
                   {QueueModel::SubjectColumn, "sort by subject (text)"},
                   {QueueModel::CustomerColumn, "sort by customer (text)"},
                   {QueueModel::StatusColumn, "sort by status"},
                   {QueueModel::UpdatedColumn, "sort by updated"}};
    for (const auto &[column, name] : columns) {
        bool descending = false;
        const Timing sort = measure(repeat, [&] {
            // Alternate the direction so every run really reorders the rows.
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            descending = !descending;
        });
        report(name, sort, "<= 50 ms");
    }
    return 0;
}
