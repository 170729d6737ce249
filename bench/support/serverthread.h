// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>
#include <server/frontlineserver.h>

#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>
#include <pthread.h>
#include <sys/resource.h>

namespace Frontline::Bench {

/*!
    A FrontlineServer created, used and destroyed on its own thread, so that its database connection
    and its sockets belong to that thread while the benchmark's clients run on the main thread.
*/
class ServerThread final
{
public:
    ServerThread() = default;
    ~ServerThread() { stop(); }
    Q_DISABLE_COPY_MOVE(ServerThread)

    /*!
        Starts a server on 127.0.0.1 (any free port) and, on its thread, runs \a afterStart (seeding,
        say) before the URL is published.
    */
    Models::Status start(Server::ServerConfig config, const Server::ServerDatabase::Location &location,
                         const Server::FrontlineServer::Tuning &tuning,
                         const std::function<Models::Status(Server::FrontlineServer &)> &afterStart = {});

    /*! Runs \a work on the server's thread and waits for it. */
    template<typename Work>
    void run(Work &&work)
    {
        QMetaObject::invokeMethod(m_anchor, std::forward<Work>(work), Qt::BlockingQueuedConnection);
    }

    /*! The server's database: use it inside run() only. */
    Server::ServerDatabase &database() { return m_server->database(); }
    int sessionCount();
    QUrl url() const { return m_url; }
    /*! The thread's handle, for per-thread CPU time; valid after start(). */
    pthread_t handle() const { return m_handle; }
    bool isRunning() const { return m_anchor != nullptr; }

    /*! Closes every session and destroys the server on its thread. */
    void stop();

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;  // lives on m_thread; deleted there by stop()
    pthread_t m_handle{};
    std::unique_ptr<Server::FrontlineServer> m_server;
    QUrl m_url;
};

/*! The soft open-file limit before and after raising it to the hard limit. */
struct OpenFileLimit
{
    rlim_t before = 0;
    rlim_t now = 0;
};

/*! Raises the soft open-file limit to the hard one; nothing when the limits cannot be read. */
std::optional<OpenFileLimit> raiseOpenFileLimit();

}  // namespace Frontline::Bench
