// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loginratelimiter.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <list>
#include <optional>
#include <sodium.h>
#include <unordered_map>

namespace Frontline::Server {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.server.ratelimit", QtInfoMsg)

using Key = std::array<unsigned char, 16>;

struct KeyHash
{
    // Keys are keyed BLAKE2b output: any eight of their bytes are already a good hash.
    std::size_t operator()(const Key &key) const noexcept
    {
        std::size_t value = 0;
        std::memcpy(&value, key.data(), std::min(sizeof value, key.size()));
        return value;
    }
};

struct Entry
{
    Key key{};
    int failures = 0;
    qint64 lastFailureMs = 0;
    qint64 lockedUntilMs = 0;  // 0: not locked
};

// One table of entries, least recently charged first, with an index by key.
class Table final
{
public:
    explicit Table(qsizetype capacity)
        : m_capacity(std::max<qsizetype>(capacity, 1))
    {}

    Entry *find(const Key &key)
    {
        const auto found = m_index.find(key);
        return found == m_index.end() ? nullptr : &*found->second;
    }

    // The entry for key, created if need be, moved to the most recent end. May evict the oldest.
    Entry &touch(const Key &key)
    {
        if (const auto found = m_index.find(key); found != m_index.end()) {
            m_order.splice(m_order.end(), m_order, found->second);
            return *found->second;
        }
        if (size() >= m_capacity) {
            m_index.erase(m_order.front().key);
            m_order.pop_front();
        }
        m_order.push_back(Entry{key, 0, 0, 0});
        m_index.emplace(key, std::prev(m_order.end()));
        return m_order.back();
    }

    void erase(const Key &key)
    {
        if (const auto found = m_index.find(key); found != m_index.end()) {
            m_order.erase(found->second);
            m_index.erase(found);
        }
    }

    // Drops forgotten entries from the old end. Stops at the first live one: the order is by last
    // charge, not by forget time, so a few forgotten ones may wait for a later call.
    template<typename IsForgotten>
    void prune(IsForgotten isForgotten)
    {
        while (!m_order.empty() && isForgotten(m_order.front())) {
            m_index.erase(m_order.front().key);
            m_order.pop_front();
        }
    }

    qsizetype size() const { return static_cast<qsizetype>(m_order.size()); }

private:
    qsizetype m_capacity;
    std::list<Entry> m_order;
    std::unordered_map<Key, std::list<Entry>::iterator, KeyHash> m_index;
};

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

struct LoginRateLimiter::State
{
    explicit State(qsizetype capacity)
        : usernames(capacity)
        , addresses(capacity)
    {
        // A per-process key: nobody can compute which usernames collide or pick keys that land in
        // one bucket of the index.
        if (sodium_init() < 0) {
            qCCritical(lc) << "libsodium failed to initialise";
        }
        randombytes_buf(digestKey.data(), digestKey.size());
    }
    ~State() { sodium_memzero(digestKey.data(), digestKey.size()); }

    Key digest(char domain, QByteArrayView bytes) const
    {
        crypto_generichash_state state;
        crypto_generichash_init(&state, digestKey.data(), digestKey.size(), std::tuple_size_v<Key>);
        const auto domainByte = static_cast<unsigned char>(domain);
        crypto_generichash_update(&state, &domainByte, 1);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.data()),
                                  static_cast<unsigned long long>(bytes.size()));
        Key key{};
        crypto_generichash_final(&state, key.data(), key.size());
        return key;
    }

    std::optional<Key> usernameKey(QStringView username) const
    {
        if (username.isEmpty()) {
            return std::nullopt;
        }
        // Case-insensitive the way a person means it: NFKC first (full-width letters from an IME
        // count as the plain ones), then Unicode case folding.
        const QByteArray folded = username.toString().normalized(QString::NormalizationForm_KC).toCaseFolded().toUtf8();
        return digest('u', folded);
    }

    std::optional<Key> addressKey(const QHostAddress &address) const
    {
        if (address.isNull()) {
            return std::nullopt;
        }
        bool isIPv4 = false;
        const quint32 ipv4 = address.toIPv4Address(&isIPv4);  // also unwraps ::ffff:a.b.c.d
        if (isIPv4) {
            const std::array<char, 4> bytes{static_cast<char>(ipv4 >> 24), static_cast<char>(ipv4 >> 16),
                                            static_cast<char>(ipv4 >> 8), static_cast<char>(ipv4)};
            return digest('4', QByteArrayView(bytes.data(), bytes.size()));
        }
        // One host usually holds a whole /64: count the prefix, not the address.
        const Q_IPV6ADDR ipv6 = address.toIPv6Address();
        return digest('6', QByteArrayView(reinterpret_cast<const char *>(ipv6.c), 8));
    }

    std::array<unsigned char, crypto_generichash_KEYBYTES> digestKey{};
    Table usernames;
    Table addresses;
};

LoginRateLimiter::LoginRateLimiter(Clock clock)
    : LoginRateLimiter(std::move(clock), Limits{})
{}

LoginRateLimiter::LoginRateLimiter(Clock clock, Limits limits)
    : m_clock(clock ? std::move(clock) : Clock(steadyNowMs))
    , m_limits(limits)
    , m_state(std::make_unique<State>(limits.maxEntries))
{
    m_limits.userFailures = std::max(m_limits.userFailures, 1);
    m_limits.addressFailures = std::max(m_limits.addressFailures, 1);
    m_limits.firstLockoutMs = std::max<qint64>(m_limits.firstLockoutMs, 1);
    constexpr qint64 OneYearMs = qint64{365} * 24 * 60 * 60 * 1000;
    m_limits.firstLockoutMs = std::min(m_limits.firstLockoutMs, OneYearMs);
    m_limits.maxLockoutMs = std::clamp(m_limits.maxLockoutMs, m_limits.firstLockoutMs, OneYearMs);
}

LoginRateLimiter::~LoginRateLimiter() = default;

LoginDecision LoginRateLimiter::attempt(QStringView username, const QHostAddress &address)
{
    const qint64 now = m_clock();

    // Failures are forgotten once a window has passed without attempts after any lockout ended.
    const auto isForgotten = [this, now](const Entry &entry) {
        return now - std::max(entry.lastFailureMs, entry.lockedUntilMs) >= m_limits.windowMs;
    };
    m_state->usernames.prune(isForgotten);
    m_state->addresses.prune(isForgotten);

    const std::optional<Key> userKey = m_state->usernameKey(username);
    const std::optional<Key> addressKey = m_state->addressKey(address);

    // Refuse while either is locked; report the longer wait, since that is when a retry can succeed.
    LoginDecision decision;
    const auto refuseIfLocked = [&](Table &table, const std::optional<Key> &key, LoginDecision::Reason reason) {
        Entry *entry = key ? table.find(*key) : nullptr;
        if (entry && now < entry->lockedUntilMs && entry->lockedUntilMs - now > decision.retryAfterMs) {
            decision = LoginDecision{false, entry->lockedUntilMs - now, reason};
        }
    };
    refuseIfLocked(m_state->usernames, userKey, LoginDecision::Reason::UserLocked);
    refuseIfLocked(m_state->addresses, addressKey, LoginDecision::Reason::AddressLocked);
    if (!decision.allowed) {
        return decision;
    }

    // Charge the attempt; reaching the limit locks further attempts, longer each time.
    const auto charge = [&](Table &table, const std::optional<Key> &key, int limit, const char *what) {
        if (!key) {
            return;
        }
        Entry &entry = table.touch(*key);
        if (isForgotten(entry)) {
            entry.failures = 0;
            entry.lockedUntilMs = 0;
        }
        entry.failures = std::min(entry.failures + 1, 1'000'000);
        entry.lastFailureMs = now;
        if (entry.failures >= limit) {
            qint64 lockout = m_limits.firstLockoutMs;
            for (int doubling = limit; doubling < entry.failures && lockout < m_limits.maxLockoutMs; ++doubling) {
                lockout *= 2;
            }
            lockout = std::min(lockout, m_limits.maxLockoutMs);
            entry.lockedUntilMs = now + lockout;
            if (entry.failures == limit) {
                qCInfo(lc).nospace() << "Too many failed logins for one " << what << "; locked for " << lockout / 1000
                                     << " s";
            }
        }
    };
    charge(m_state->usernames, userKey, m_limits.userFailures, "username");
    charge(m_state->addresses, addressKey, m_limits.addressFailures, "address");
    return decision;
}

void LoginRateLimiter::recordSuccess(QStringView username, const QHostAddress &address)
{
    if (const std::optional<Key> userKey = m_state->usernameKey(username)) {
        m_state->usernames.erase(*userKey);
    }
    // Take back this attempt's charge, and the lockout it may have set: the attempt was allowed, so
    // no earlier lockout was still running, and without this charge none would be now.
    if (const std::optional<Key> addressKey = m_state->addressKey(address)) {
        if (Entry *entry = m_state->addresses.find(*addressKey)) {
            entry->failures = std::max(entry->failures - 1, 0);
            entry->lockedUntilMs = 0;
            if (entry->failures == 0) {
                m_state->addresses.erase(*addressKey);
            }
        }
    }
}

qsizetype LoginRateLimiter::trackedUsernames() const
{
    return m_state->usernames.size();
}

qsizetype LoginRateLimiter::trackedAddresses() const
{
    return m_state->addresses.size();
}

}  // namespace Frontline::Server
