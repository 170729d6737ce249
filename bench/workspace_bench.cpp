// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The agent's window over a cache of 100,000 tickets, on Qt's offscreen platform: from main() to the
// first painted queue, resident memory, a keystroke in the queue's filter box (typed as key events,
// Chinese as an input method's commit) until the queue has repainted, and 1,000 tickets changed by one
// commit (as a sync page brings them) until the queue has repainted. Prints figures; asserts nothing.
//
//   build/release/bench/bench_workspace [--tickets 100000] [--messages 4] [--repeat 5] [--keep FILE]

#include <app/mainwindow.h>
#include <models/demodata.h>
#include <models/demoseeder.h>
#include <models/localstore.h>
#include <models/queuefiltermodel.h>
#include <models/queuemodel.h>
#include <models/storewriter.h>
#include <widgets/queuefilterbar.h>
#include <widgets/queueview.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Frontline;
using namespace Frontline::Models;

namespace {

QElapsedTimer s_sinceMain;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

struct Spread
{
    double median = 0;
    double max = 0;
};

Spread spreadOf(std::vector<double> samples)
{
    if (samples.empty()) {
        return {};
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.back()};
}

/*! Counts paints of a widget, so a step can wait until the queue has been drawn. */
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

bool seedCache(const QString &path, int tickets, int messages)
{
    auto opened = LocalStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(opened.error().message));
        return false;
    }
    DemoDataOptions options;
    options.tickets = tickets;
    options.messagesPerTicket = messages;
    options.now = QDateTime::currentDateTimeUtc();
    QFuture<Status> seeded = seedStore(**opened, DemoDataGenerator(options).generate());
    seeded.waitForFinished();
    if (!seeded.result()) {
        std::fprintf(stderr, "cannot seed the cache: %s\n", qPrintable(seeded.result().error().message));
        return false;
    }
    return true;
}

/*! Runs the event loop until \a watch saw a paint after \a before (at most 5 s: a view not shown never paints). */
bool waitForPaint(PaintWatch &watch, int before)
{
    QElapsedTimer limit;
    limit.start();
    while (watch.paints == before && limit.elapsed() < 5000) {
        QApplication::processEvents();
    }
    return watch.paints != before;
}

struct Keystroke
{
    double total = 0;     // until the queue has repainted
    double filtered = 0;  // until the key was handled: the filter applied, nothing painted yet
};

/*! One keystroke as the platform delivers it, then everything it caused, repaint included. */
Keystroke keystroke(QLineEdit *box, QWidget *viewport, PaintWatch &watch, const QString &text)
{
    Keystroke measured;
    QElapsedTimer timer;
    timer.start();
    const int before = watch.paints;
    if (text.front().unicode() < 0x80) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
        QApplication::sendEvent(box, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, text);
        QApplication::sendEvent(box, &release);
    } else {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(box, &commit);
    }
    measured.filtered = msSince(timer);
    viewport->update();
    waitForPaint(watch, before);
    measured.total = msSince(timer);
    return measured;
}

}  // namespace

int main(int argc, char *argv[])
{
    s_sinceMain.start();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("frontline-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets in the cache."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages per ticket."),
                                            QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Rounds of the live changes."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated cache in FILE and reuse it next time."),
                                        QStringLiteral("file"));
    parser.addOptions({ticketsOption, messagesOption, repeatOption, keepOption});
    parser.process(app);
    const int tickets = std::max(1, parser.value(ticketsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    const QString path =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("cache.sqlite"));
    if (!QFileInfo::exists(path)) {
        std::printf("generating a cache of %d tickets in %s …\n", tickets, qPrintable(path));
        if (!seedCache(path, tickets, parser.value(messagesOption).toInt())) {
            return 1;
        }
        std::printf("(run again with --keep %s to measure a start that does not follow the generation)\n",
                    qPrintable(path));
    }

    // Start-up: what the client's main() does after parsing its arguments.
    const double appReady = msSince(s_sinceMain);
    QElapsedTimer startup;
    startup.start();
    auto opened = LocalStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    LocalStore &store = **opened;
    const double storeOpen = msSince(startup);
    App::MainWindow window(store);
    const double windowBuilt = msSince(startup);
    PaintWatch watch(window.queueView()->viewport());
    window.show();
    if (!waitForPaint(watch, 0)) {
        std::fprintf(stderr, "the queue was never painted\n");
        return 1;
    }
    const double firstPaint = msSince(startup);
    const double sinceMain = msSince(s_sinceMain);
    std::printf("Frontline workspace benchmark: %d tickets in the cache (%s), offscreen platform\n\n",
                window.queueModel()->rowCount(), qPrintable(QFileInfo(path).fileName()));
    std::printf("%-44s %8.1f ms  (QApplication ready at %.1f ms)\n", "main() to first painted queue", sinceMain,
                appReady);
    std::printf("%-44s %8.1f ms  (store open %.1f, window with the queue loaded %.1f)   budget <= 500 ms\n",
                "  opening the cache to first paint", firstPaint, storeOpen, windowBuilt);
    std::printf("%-44s %8.1f MiB (peak %.1f MiB)   budget <= 150 MB\n", "resident memory after first paint",
                static_cast<double>(statusKiB("VmRSS")) / 1024.0, static_cast<double>(statusKiB("VmHWM")) / 1024.0);

    // The window's deferred start-up work (the side panels' first layouts) runs in the first turns of the
    // event loop after the first paint; half a second later an agent's first keystroke finds it done.
    QElapsedTimer settling;
    settling.start();
    while (settling.elapsed() < 500) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    // Filter keystrokes: Latin typed key by key, Chinese committed by an input method.
    QLineEdit *box = window.filterBar()->textBox();
    box->setFocus();
    QWidget *viewport = window.queueView()->viewport();
    std::vector<double> keys;
    std::vector<double> filtering;
    const auto record = [&](const QString &typed, const Keystroke &measured) {
        keys.push_back(measured.total);
        filtering.push_back(measured.filtered);
        std::printf("  %-20s %6.1f ms (filtered in %4.1f), %d tickets shown\n", qPrintable(typed), measured.total,
                    measured.filtered, window.filterModel()->rowCount());
    };
    std::printf("\nfilter keystrokes (each until the queue repainted):\n");
    const QList<QStringList> typing{
        {QStringLiteral("l"), QStringLiteral("i"), QStringLiteral("a"), QStringLiteral("m")},
        {QStringLiteral("发票"), QStringLiteral("抬头")},
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}};
    for (const QStringList &word : typing) {
        box->clear();
        QApplication::processEvents();
        for (const QString &typed : word) {
            const Keystroke measured = keystroke(box, viewport, watch, typed);
            record(box->text(), measured);
        }
    }
    QElapsedTimer clearing;
    clearing.start();
    box->clear();  // back to every ticket
    const double cleared = msSince(clearing);
    viewport->update();
    waitForPaint(watch, watch.paints);
    record(QStringLiteral("(cleared)"), {msSince(clearing), cleared});
    const Spread keySpread = spreadOf(keys);
    std::printf("%-44s median %.1f ms, max %.1f ms (of which filtering: median %.1f ms)   budget <= 16 ms\n",
                "filter keystroke", keySpread.median, keySpread.max, spreadOf(filtering).median);
    std::printf("%-44s %.1f MiB (every ticket's searchable text folded)\n", "resident memory after typing",
                static_cast<double>(statusKiB("VmRSS")) / 1024.0);

    // 1,000 tickets changed in one commit, as a page of live changes brings them.
    std::vector<QUuid> ids;
    {
        QSqlQuery query(store.readDatabase());
        query.exec(QStringLiteral("SELECT id FROM tickets ORDER BY rowid LIMIT 1000"));
        while (query.next()) {
            ids.push_back(QUuid::fromString(query.value(0).toString()));
        }
    }
    QElapsedTimer applying;
    std::vector<double> applied;
    std::vector<double> handled;
    QObject::connect(&store, &LocalStore::changed, &window, [&](const ChangeSet &) {
        handled.push_back(msSince(applying));  // connected after the window's own handler: it has run
    });
    for (int round = 0; round < repeat; ++round) {
        const int before = watch.paints;
        QFuture<Status> written = store.write([&ids, round](WriteContext &context) -> Status {
            QSqlQuery update(context.database);
            update.prepare(QStringLiteral("UPDATE tickets SET updated_at = ?, priority = ? WHERE id = ?"));
            for (const QUuid &id : ids) {
                update.addBindValue(QDateTime::currentMSecsSinceEpoch());
                update.addBindValue(round % 2 == 0 ? QStringLiteral("high") : QStringLiteral("normal"));
                update.addBindValue(id.toString(QUuid::WithoutBraces));
                if (!update.exec()) {
                    return Error{Error::Code::Database, QStringLiteral("update failed"), {}};
                }
                context.changes.tickets.insert(id);
            }
            return Ok{};
        });
        written.waitForFinished();
        applying.start();  // the commit is done; from here it is the window's work
        QElapsedTimer limit;
        limit.start();
        while (handled.size() < std::size_t(round + 1) && limit.elapsed() < 5000) {
            QApplication::processEvents();
        }
        viewport->update();  // the changed rows may all be off screen; the visible ones are drawn again
        waitForPaint(watch, before);
        applied.push_back(msSince(applying));
    }
    const Spread handledSpread = spreadOf(handled);
    const Spread appliedSpread = spreadOf(applied);
    std::printf("\n%-44s median %.1f ms, max %.1f ms (of which the window's handler: median %.1f ms)   budget <= "
                "16 ms\n",
                "1,000 changed tickets to repainted queue", appliedSpread.median, appliedSpread.max,
                handledSpread.median);
    std::printf("%-44s %.1f MiB (peak %.1f MiB)\n", "resident memory at the end",
                static_cast<double>(statusKiB("VmRSS")) / 1024.0, static_cast<double>(statusKiB("VmHWM")) / 1024.0);
    return 0;
}
