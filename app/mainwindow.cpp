// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include <models/localstore.h>
#include <models/queuemodel.h>
#include <widgets/queueview.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Frontline::App {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.app.mainwindow")

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString headerKey = QStringLiteral("mainWindow/queueHeader");
}  // namespace

MainWindow::MainWindow(Models::LocalStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new Models::QueueModel(this))
    , m_view(new Widgets::QueueView(this))
    , m_countLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Frontline"));
    setCentralWidget(m_view);
    m_view->setModel(m_model);
    m_countLabel->setObjectName(QStringLiteral("ticketCount"));
    statusBar()->addWidget(m_activityLabel, 1);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncLabel->hide();  // only when signed in to a server
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    createMenus();
    restoreLayout();

    connect(&m_store, &Models::LocalStore::changed, this, &MainWindow::onStoreChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Frontline"), this, [this] {
        QMessageBox::about(this, tr("About Frontline"),
                           tr("<h3>Frontline %1</h3><p>The offline-first customer-service workstation.</p>"
                              "<p>Local cache: %2</p>")
                               .arg(QStringLiteral(FRONTLINE_VERSION), m_store.path().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showActivity(const QString &text)
{
    m_activityLabel->setText(text);
}

void MainWindow::showSyncStatus(const QString &text)
{
    m_syncLabel->setText(text);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::reload()
{
    if (Models::Status status = m_model->reload(m_store.readDatabase()); !status) {
        qCWarning(lc) << "cannot load the queue:" << status.error().message;
        showActivity(tr("The queue could not be read from the local cache: %1").arg(status.error().message));
        return;
    }
    updateCount();
    emit ticketsLoaded(m_model->rowCount());
}

void MainWindow::onStoreChanged(const Models::ChangeSet &changes)
{
    if (changes.everything) {
        reload();
        return;
    }
    if (Models::Status status = m_model->refresh(m_store.readDatabase(), changes); !status) {
        qCWarning(lc) << "cannot refresh the queue:" << status.error().message;
    }
}

void MainWindow::updateCount()
{
    m_countLabel->setText(tr("%n ticket(s)", nullptr, m_model->rowCount()));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1280, 760);
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(headerKey, m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

}  // namespace Frontline::App
