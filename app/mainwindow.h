// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

class QLabel;

namespace Frontline::Models {
class LocalStore;
class QueueModel;
struct ChangeSet;
}  // namespace Frontline::Models

namespace Frontline::Widgets {
class QueueView;
}

namespace Frontline::App {

/*!
    \brief The agent's main window: the ticket queue, with the state of the cache in the status bar.

    It reads through the store's read connection and refreshes only what each commit changed.
*/
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Models::LocalStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::QueueModel *queueModel() const { return m_model; }
    Widgets::QueueView *queueView() const { return m_view; }

    /*! Shown in the status bar while long work (generating demo data) runs, or when it failed. */
    void showActivity(const QString &text);
    /*! The connection to the server, in the status bar ("Online", "Offline · 3 changes waiting to be sent"). */
    void showSyncStatus(const QString &text);

signals:
    /*! The queue was (re)loaded and shows \a count tickets. */
    void ticketsLoaded(int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void reload();
    void onStoreChanged(const Models::ChangeSet &changes);
    void updateCount();
    void restoreLayout();
    void saveLayout() const;

    Models::LocalStore &m_store;
    Models::QueueModel *m_model = nullptr;
    Widgets::QueueView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
};

}  // namespace Frontline::App
