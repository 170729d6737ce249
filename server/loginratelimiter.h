// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHostAddress>
#include <QStringView>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace Frontline::Server {

/*! Whether a login attempt may go ahead, and if not, for how long and why. */
struct LoginDecision final
{
    enum class Reason
    {
        Allowed,
        UserLocked,     // too many recent failures for this username
        AddressLocked,  // too many recent failures from this client address
    };

    bool allowed = true;
    qint64 retryAfterMs = 0;  // when refused: how long until the next attempt may go ahead
    Reason reason = Reason::Allowed;
};

/*!
    \brief Limits password guessing, per username and per client address, in memory.

    Use: call attempt() before checking a password. If it refuses, answer with an error carrying
    retryAfterMs and do not check the password at all. If it allows, the attempt is already counted
    as a failure — charged before the 50-100 ms Argon2 check, so a hundred logins sent at once
    over a hundred connections are counted at once, not after they have all been tried. When the
    password turns out right, call recordSuccess() with the same username and address: it clears the
    username's failures and takes back the one charge from the address (the address's other
    failures stay). A wrong password needs no further call.

    Rules (Limits): a username or address with userFailures (5) or addressFailures (30) charged
    attempts is locked after the last one for firstLockoutMs (30 s); each further attempt after a
    lockout ends locks it again for twice as long, up to maxLockoutMs (15 min). Failures are forgotten
    after windowMs (15 min) without attempts once any lockout has ended. Refused attempts change
    nothing, so a client retrying in a loop does not extend its own lockout.

    The address limit is higher than the per-user one because a whole call-centre floor may share one
    public address behind NAT; it is what stops one address spraying a password over many usernames.
    IPv4 addresses (also IPv4-mapped IPv6) count one by one, IPv6 addresses per /64 — the block a
    single host typically controls. A null address (in-process transports) is not limited by address.
    An empty username is limited by address only: use that for attempts with a session token.

    Per-user lockout lets anyone delay one user's password logins by up to maxLockoutMs at a time;
    clients that already hold a session token are not affected. That is the price of stopping
    online guessing, and the reason the cap is minutes, not hours.

    Memory is bounded: usernames are kept only as a 128-bit keyed BLAKE2b digest of their NFKC
    case-folded form (fixed size however long the name, no plain usernames in memory), and each table
    holds at most maxEntries; beyond that, the entry charged longest ago is evicted. Entries whose
    failures have been forgotten are dropped as time passes.

    Not thread-safe: use it from one thread, the server's event loop; hashing on a worker reports
    back there before recordSuccess() is called.
*/
class LoginRateLimiter final
{
public:
    /*! Milliseconds on a monotonic clock; injected so tests decide what time it is. */
    using Clock = std::function<qint64()>;

    struct Limits
    {
        int userFailures = 5;
        int addressFailures = 30;
        qint64 windowMs = 15 * 60 * 1000;
        qint64 firstLockoutMs = 30 * 1000;
        qint64 maxLockoutMs = 15 * 60 * 1000;
        qsizetype maxEntries = 100'000;  // per table (usernames, addresses)
    };

    /*! An empty \a clock uses std::chrono::steady_clock. */
    explicit LoginRateLimiter(Clock clock = {});
    LoginRateLimiter(Clock clock, Limits limits);
    ~LoginRateLimiter();
    LoginRateLimiter(const LoginRateLimiter &) = delete;
    LoginRateLimiter &operator=(const LoginRateLimiter &) = delete;

    /*! Decides, and if allowed charges the attempt as a failure (see the class description). */
    LoginDecision attempt(QStringView username, const QHostAddress &address);
    /*! The password was right: only after an allowed attempt() with the same username and address. */
    void recordSuccess(QStringView username, const QHostAddress &address);

    const Limits &limits() const { return m_limits; }
    /*! How many usernames and addresses are tracked now. */
    qsizetype trackedUsernames() const;
    qsizetype trackedAddresses() const;

private:
    struct State;

    Clock m_clock;
    Limits m_limits;
    std::unique_ptr<State> m_state;
};

}  // namespace Frontline::Server
