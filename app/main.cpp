// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// frontline: wires the local cache, the demo data and the main window together.

#include "commandline.h"
#include "mainwindow.h"
#include "presencekeeper.h"
#include "syncsession.h"

#include <models/cachelocation.h>
#include <models/cacherecovery.h>
#include <models/demodata.h>
#include <models/demoseeder.h>
#include <models/localstore.h>
#include <models/queuemodel.h>
#include <models/ticketthreadmodel.h>
#include <models/translations.h>
#include <widgets/leaddashboard.h>
#include <widgets/signindialog.h>

#include <QApplication>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Frontline;

namespace {

// Demo data older than this is generated anew, so SLA deadlines look like a real working day.
constexpr qint64 demoMaxAgeMs = 6 * 60 * 60 * 1000;

int fail(const QString &message)
{
    std::fprintf(stderr, "frontline: %s\n", qPrintable(message));
    if (QGuiApplication::platformName() != u"offscreen" && QGuiApplication::platformName() != u"minimal") {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Frontline"), message);
    }
    return 1;
}

// Saves the window as a picture once it shows its tickets, then quits (documentation screenshots).
void screenshotWhenLoaded(App::MainWindow &window, const QString &file)
{
    auto taken = std::make_shared<bool>(false);
    QObject::connect(&window, &App::MainWindow::ticketsLoaded, &window, [&window, file, taken](int count) {
        if (count == 0 || *taken) {
            return;  // demo data is still being generated, or the picture is already being taken
        }
        *taken = true;
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            std::fprintf(stderr, "frontline: %s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    // Offline there is no catch-up to wait for: the cached queue is what the window shows.
    QTimer::singleShot(5000, &window, [&window] { emit window.ticketsLoaded(window.queueModel()->rowCount()); });
}

// --dashboard: a lead's dashboard opens once the cache is caught up; with --screenshot the picture is of
// the dashboard, once its first figures arrived.
void openDashboardWhenSynced(App::MainWindow &window, App::SyncSession &session, const QString &screenshotFile)
{
    auto opened = std::make_shared<bool>(false);
    QObject::connect(&session, &App::SyncSession::caughtUp, &window, [&window, opened] {
        if (!std::exchange(*opened, true)) {
            window.openDashboard();
        }
    });
    if (screenshotFile.isEmpty()) {
        return;
    }
    auto taken = std::make_shared<bool>(false);
    QObject::connect(&session, &App::SyncSession::dashboardMetricsReceived, &window, [&window, screenshotFile, taken] {
        if (std::exchange(*taken, true) || !window.dashboard()) {
            return;
        }
        QTimer::singleShot(800, &window, [&window, screenshotFile] {
            const bool saved = window.dashboard()->grab().save(screenshotFile, "PNG");
            std::fprintf(stderr, "frontline: %s %s\n", saved ? "saved" : "could not save", qPrintable(screenshotFile));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

// Generated demo data in a local cache, without a server.
void prepareLocalDemo(App::MainWindow &window, Models::LocalStore &store, const App::ClientOptions &options,
                      QFutureWatcher<Models::Status> &seeding)
{
    Models::DemoDataOptions demo;
    demo.seed = options.demoSeed;
    demo.tickets = options.demoTickets;
    window.showActivity(QCoreApplication::translate("main", "Preparing demo data…"));
    QObject::connect(&seeding, &QFutureWatcher<Models::Status>::finished, &window, [&seeding, &window] {
        const Models::Status status = seeding.result();
        window.showActivity(status ? QCoreApplication::translate("main", "Demo data · working from the local cache")
                                   : QCoreApplication::translate("main", "Demo data could not be prepared: %1")
                                         .arg(status.error().message));
        if (status && window.queueModel()->rowCount() > 0) {
            emit window.ticketsLoaded(window.queueModel()->rowCount());
        }
    });
    seeding.setFuture(Models::ensureDemoData(store, demo, demoMaxAgeMs));
}

// The open ticket's controls, each a mutation in the outbox (offline they wait there), with the revision the
// agent saw: the server merges field by field, and a colleague's change of the same field since is a conflict.
void connectTicketControls(App::MainWindow &window, App::SyncSession &session)
{
    using App::MainWindow;
    QObject::connect(&window, &MainWindow::statusRequested, &session,
                     [&session](const QUuid &ticketId, Models::TicketStatus status, qint64 baseRev) {
                         session.submit(Protocol::SetStatus{ticketId, status}, baseRev);
                     });
    QObject::connect(&window, &MainWindow::priorityRequested, &session,
                     [&session](const QUuid &ticketId, Models::Priority priority, qint64 baseRev) {
                         session.submit(Protocol::SetPriority{ticketId, priority}, baseRev);
                     });
    QObject::connect(&window, &MainWindow::tagsRequested, &session,
                     [&session](const QUuid &ticketId, const QStringList &tags, qint64 baseRev) {
                         session.submit(Protocol::SetTags{ticketId, tags}, baseRev);
                     });
    QObject::connect(&window, &MainWindow::transferRequested, &session,
                     [&session](const QUuid &ticketId, const QUuid &queueId, const QString &reason, qint64 baseRev) {
                         session.submit(Protocol::TransferTicket{ticketId, queueId, reason}, baseRev);
                     });
    QObject::connect(&window, &MainWindow::callRequested, &session, [&session](const Widgets::PhoneCall &call) {
        session.submit(Protocol::LogCall{call.ticketId, call.messageId,
                                         call.inbound ? Protocol::CallDirection::In : Protocol::CallDirection::Out,
                                         call.durationSeconds, call.summary});
    });
    QObject::connect(&window, &MainWindow::ticketCreationRequested, &session, [&session](const Widgets::NewTicket &t) {
        session.submit(Protocol::CreateTicket{t.ticketId, t.customerId, t.queueId, t.subject, t.channel, t.priority,
                                              t.messageId, t.body});
    });
}

// The agent's presence — chosen, Away after idling (PresenceKeeper), Offline on quitting — as a set_presence
// mutation, and with the open ticket as a presence frame, so colleagues see who else has it open; their frames
// come back to the window. Satisfaction ratings go out as record_csat.
void connectPresenceAndRatings(App::MainWindow &window, App::SyncSession &session)
{
    QObject::connect(&window, &App::MainWindow::csatRequested, &session,
                     [&session](const QUuid &ticketId, int score, const QString &comment) {
                         session.submit(Protocol::RecordCsat{ticketId, score, comment});
                     });
    auto *keeper = new App::PresenceKeeper(&window);
    // Until the first sign-in the cache may not know whose presence it is; the first catch-up says it.
    auto caughtUp = std::make_shared<bool>(false);
    QObject::connect(&window, &App::MainWindow::presenceRequested, keeper, &App::PresenceKeeper::choose);
    QObject::connect(keeper, &App::PresenceKeeper::presenceChanged, &session,
                     [&window, &session, caughtUp](Models::Presence presence) {
                         window.showPresence(presence);
                         if (*caughtUp) {
                             session.submit(Protocol::SetPresence{presence});
                         }
                         session.setViewing(window.threadModel()->ticketId(), presence);
                     });
    // A lead set this agent's presence from the dashboard: the window and the presence frames follow it.
    QObject::connect(&session, &App::SyncSession::presenceSetByOthers, keeper, &App::PresenceKeeper::adopt);
    QObject::connect(keeper, &App::PresenceKeeper::presenceAdopted, &session,
                     [&window, &session](Models::Presence presence) {
                         window.showPresence(presence);
                         session.setViewing(window.threadModel()->ticketId(), presence);
                     });
    QObject::connect(&window, &App::MainWindow::openTicketChanged, &session,
                     [&session, keeper](const QUuid &ticketId) { session.setViewing(ticketId, keeper->presence()); });
    QObject::connect(&session, &App::SyncSession::colleaguePresence, &window, &App::MainWindow::colleaguePresence);
    // After every connection: the server marked the agent offline when their last connection went away.
    QObject::connect(&session, &App::SyncSession::caughtUp, keeper, [&session, keeper, caughtUp] {
        *caughtUp = true;
        session.submit(Protocol::SetPresence{keeper->presence()});
    });
    window.showPresence(keeper->presence());
    session.setViewing(window.threadModel()->ticketId(), keeper->presence());
    keeper->start();
}

// Signed in to a server: the sync engine keeps the cache in step; the password is asked for when
// no session is stored (FRONTLINE_PASSWORD answers instead, once, for scripted demos).
void connectToServer(App::MainWindow &window, App::SyncSession &session)
{
    QObject::connect(&session, &App::SyncSession::statusChanged, &window, &App::MainWindow::showSyncStatus);
    QObject::connect(&session, &App::SyncSession::noticeAdded, &window,
                     [&window](const Sync::Notice &notice) { window.noticeAdded(notice.text); });
    QObject::connect(&session, &App::SyncSession::reachableChanged, &window, &App::MainWindow::setServerReachable);
    QObject::connect(&session, &App::SyncSession::historyFetched, &window, &App::MainWindow::historyFetched);
    QObject::connect(&window, &App::MainWindow::customerHistoryRequested, &session,
                     &App::SyncSession::fetchCustomerHistory);
    QObject::connect(&window, &App::MainWindow::claimRequested, &session,
                     [&session](const QUuid &ticketId) { session.submit(Protocol::ClaimTicket{ticketId}); });
    QObject::connect(&window, &App::MainWindow::reassignRequested, &session,
                     [&session](const QUuid &ticketId, const QUuid &assigneeId) {
                         session.submit(Protocol::AssignTicket{ticketId, assigneeId});
                     });
    // A lead changing a colleague's presence from the dashboard, where the server's policy allows it.
    QObject::connect(&session, &App::SyncSession::othersPresencePermissionReceived, &window,
                     &App::MainWindow::setOthersPresenceAllowed);
    QObject::connect(&window, &App::MainWindow::agentPresenceRequested, &session,
                     [&session](const QUuid &agentId, Models::Presence presence) {
                         session.submit(Protocol::SetPresence{presence, agentId});
                     });
    // The lead's dashboard: live figures while it is open (the engine renews the subscription after a reconnect).
    QObject::connect(&window, &App::MainWindow::dashboardOpened, &session, &App::SyncSession::subscribeDashboard);
    QObject::connect(&window, &App::MainWindow::dashboardClosed, &session, &App::SyncSession::unsubscribeDashboard);
    QObject::connect(&session, &App::SyncSession::dashboardMetricsReceived, &window,
                     &App::MainWindow::showTeamSnapshot);
    QObject::connect(
        &session, &App::SyncSession::dashboardSubscriptionRefused, &window, [&window](const QString &code) {
            window.showActivity(
                QCoreApplication::translate("main", "The server does not send the team dashboard's figures (%1).")
                    .arg(code));
        });
    QObject::connect(&window, &App::MainWindow::contactRevealed, &session,
                     [&session](const QUuid &customerId, Models::ContactPoint point, const QDateTime &when) {
                         session.submit(Protocol::RevealContact{customerId, point, when});
                     });
    QObject::connect(&window, &App::MainWindow::takeNextRequested, &session,
                     [&session] { session.submit(Protocol::TakeNext{}); });
    QObject::connect(&window, &App::MainWindow::messageRequested, &session,
                     [&session](const QUuid &ticketId, const QUuid &messageId, bool publicReply, const QString &body) {
                         if (publicReply) {
                             session.submit(Protocol::AddReply{ticketId, messageId, body, {}});
                         } else {
                             session.submit(Protocol::AddNote{ticketId, messageId, body, {}});
                         }
                     });
    connectTicketControls(window, session);
    connectPresenceAndRatings(window, session);
    QObject::connect(&session, &App::SyncSession::ticketTaken, &window, &App::MainWindow::ticketTaken);
    window.setWorkAvailable(true);
    QObject::connect(&session, &App::SyncSession::storageFailed, &window, &App::MainWindow::showActivity);
    QObject::connect(&session, &App::SyncSession::credentialsNote, &window, &App::MainWindow::showActivity);
    QObject::connect(&session, &App::SyncSession::passwordNeeded, &window, [&window, &session](const QString &reason) {
        QByteArray scripted = qgetenv("FRONTLINE_PASSWORD");
        if (!scripted.isEmpty() && reason.isEmpty()) {
            qunsetenv("FRONTLINE_PASSWORD");  // used once: a refused password is asked for, not retried
            session.signIn(QString::fromUtf8(scripted));
            scripted.fill('\0');
            return;
        }
        Widgets::SignInDialog dialog(session.account().server.toDisplayString(), session.account().username, &window);
        dialog.setReason(reason);
        if (dialog.exec() == QDialog::Accepted) {
            session.signIn(dialog.password());
        } else {
            window.showActivity(QCoreApplication::translate("main", "Working offline from the local cache."));
        }
    });
    QObject::connect(&session, &App::SyncSession::caughtUp, &window, [&window] {
        // Leave the last page a moment to reach the view (screenshots wait for this).
        QTimer::singleShot(500, &window, [&window] { emit window.ticketsLoaded(window.queueModel()->rowCount()); });
    });
    window.showSyncStatus(QCoreApplication::translate("main", "Connecting…"));
    session.start();
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("frontline"));
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/frontline.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("frontline"));

    const Models::Result<App::ClientOptions> options = App::ClientOptions::parse(QApplication::arguments());
    if (!options) {
        return fail(options.error().message);
    }
    // The language asked for on the command line, else the one chosen in Settings, else the system's.
    const QString languageKey = QStringLiteral("interface/language");
    const QString language = Models::chooseLanguage(
        options->language.isEmpty() ? QSettings().value(languageKey).toString() : options->language);
    Models::Translations translations;
    translations.install(language);  // and the default locale for dates and numbers

    QString cacheFile = options->cacheFile;
    if (cacheFile.isEmpty()) {
        cacheFile = options->demo ? Models::CacheLocation::demoCacheFile()
                                  : Models::CacheLocation::cacheFile(options->username, options->server);
    }
    auto opened = Models::CacheRecovery::openOrRecover(cacheFile);
    if (!opened) {
        return fail(opened.error().message);
    }
    Models::LocalStore &store = *opened->store;

    App::MainWindow window(store);
    window.setCurrentLanguage(language);
    if (!options->screenshotFile.isEmpty() && !options->dashboard) {
        screenshotWhenLoaded(window, options->screenshotFile);
    }
    window.show();
    if (opened->report.recovered) {
        window.showActivity(opened->report.message);
    }

    QFutureWatcher<Models::Status> seeding;
    std::unique_ptr<App::SyncSession> session;
    QObject::connect(&window, &App::MainWindow::languageRequested, &window,
                     [&translations, &window, &session, languageKey](const QString &chosen) {
                         // Dates and numbers follow the language; every window redraws its words in place.
                         translations.install(chosen);
                         QSettings().setValue(languageKey, chosen);
                         window.setCurrentLanguage(chosen);
                         if (session) {
                             session->retranslate();  // the connection's status is the engine's words
                         }
                     });
    if (options->demo) {
        prepareLocalDemo(window, store, *options, seeding);
    } else {
        session = std::make_unique<App::SyncSession>(store, App::Account{options->server, options->username});
        connectToServer(window, *session);
        if (options->dashboard) {
            openDashboardWhenSynced(window, *session, options->screenshotFile);
        }
    }
    return QApplication::exec();
}
