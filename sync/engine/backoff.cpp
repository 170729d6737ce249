// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace Frontline::Sync {

Backoff::Backoff(Policy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed)
{}

int Backoff::nextDelayMs()
{
    const double base = std::min<double>(m_policy.maxMs, m_policy.initialMs * std::pow(2.0, std::min(m_attempt, 30)));
    ++m_attempt;
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double low = base * (1.0 - jitter);
    return static_cast<int>(low + m_random.generateDouble() * (base - low));
}

}  // namespace Frontline::Sync
