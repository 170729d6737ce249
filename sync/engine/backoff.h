// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRandomGenerator>

namespace Frontline::Sync {

/*! How reconnect delays grow. */
struct BackoffPolicy
{
    int initialMs = 500;
    int maxMs = 30000;
    double jitter = 0.5;  // each delay is drawn from [(1 - jitter) * d, d]
};

/*!
    \brief Reconnect delays: exponential, capped, with jitter, so that many workstations that lost
    the server at the same moment do not all come back at the same moment.
*/
class Backoff final
{
public:
    using Policy = BackoffPolicy;

    explicit Backoff(Policy policy = Policy(), quint32 seed = QRandomGenerator::global()->generate());

    /*! The delay before the next attempt; each call doubles the base up to the cap. */
    int nextDelayMs();
    /*! After a successful sign-in: start again from the initial delay. */
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    Policy m_policy;
    QRandomGenerator m_random;
    int m_attempt = 0;
};

}  // namespace Frontline::Sync
