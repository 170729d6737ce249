// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverthread.h"

#include <QHostAddress>

#include <cstdio>

namespace Frontline::Bench {

Models::Status ServerThread::start(Server::ServerConfig config, const Server::ServerDatabase::Location &location,
                                   const Server::FrontlineServer::Tuning &tuning,
                                   const std::function<Models::Status(Server::FrontlineServer &)> &afterStart)
{
    m_thread.setObjectName(QStringLiteral("frontline-server"));
    Server::preferScalableEventLoop(m_thread);  // as frontline-server's main thread has
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    Models::Status status = Models::Ok{};
    run([&] {
        m_handle = pthread_self();
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        m_server = std::make_unique<Server::FrontlineServer>(config, location, tuning);
        status = m_server->start();
        if (status && afterStart) {
            status = afterStart(*m_server);
        }
        if (status) {
            m_url = m_server->url();
        }
    });
    return status;
}

int ServerThread::sessionCount()
{
    int count = 0;
    run([&] { count = m_server ? m_server->sessionCount() : 0; });
    return count;
}

void ServerThread::stop()
{
    if (!m_anchor) {
        return;
    }
    run([this] {
        m_server.reset();
        m_anchor->deleteLater();  // deleted when the thread's event loop ends
    });
    m_anchor = nullptr;
    m_thread.quit();
    m_thread.wait();
}

std::optional<OpenFileLimit> raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        std::perror("getrlimit");
        return std::nullopt;
    }
    OpenFileLimit result{limit.rlim_cur, limit.rlim_cur};
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) == 0) {
            result.now = limit.rlim_max;
        } else {
            std::perror("setrlimit");
        }
    }
    return result;
}

}  // namespace Frontline::Bench
