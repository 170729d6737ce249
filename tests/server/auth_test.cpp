// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <server/loginratelimiter.h>
#include <server/passwordhasher.h>
#include <server/sessiontoken.h>

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <vector>

using namespace Frontline::Server;
using Frontline::Models::Error;
using namespace Qt::StringLiterals;

namespace {

using Verdict = PasswordHasher::Verdict;

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Day = 24 * 60 * Minute;

// A hasher as cheap as libsodium allows, for the tests that are about everything but the cost.
const PasswordHasher &cheapHasher()
{
    static const PasswordHasher hasher(PasswordHasher::Cost::minimumForTests());
    return hasher;
}

bool matches(const Frontline::Models::Result<Verdict> &result)
{
    return result.ok() && result.value() != Verdict::DoesNotMatch;
}

// A clock the test moves by hand.
struct FakeClock
{
    qint64 now = 1'000'000'000;
    LoginRateLimiter::Clock clock()
    {
        return [this] {
            return now;
        };
    }
};

QHostAddress ipv4(quint32 n)
{
    return QHostAddress(0x0A000000u + n);  // 10.0.0.0/8, one address per n
}

bool isBase64Url(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

}  // namespace

// Passwords -------------------------------------------------------------------------------------

TEST_CASE("A password hash is Argon2id, salted, and verifies its password and no other", "[server][auth]")
{
    const PasswordHasher hasher;  // the production cost
    const QString password = u"correct horse battery staple"_s;

    const auto first = hasher.hash(password);
    REQUIRE(first.ok());
    CHECK(first.value().startsWith(u"$argon2id$"));
    CHECK(first.value().contains(u"m=65536,t=2,p=1"));
    CHECK_FALSE(first.value().contains(password));

    const auto second = hasher.hash(password);
    REQUIRE(second.ok());
    CHECK(first.value() != second.value());  // a fresh salt each time

    const auto right = hasher.verify(password, first.value());
    REQUIRE(right.ok());
    CHECK(right.value() == Verdict::Matches);

    const auto wrong = hasher.verify(u"correct horse battery stapler"_s, first.value());
    REQUIRE(wrong.ok());
    CHECK(wrong.value() == Verdict::DoesNotMatch);
}

TEST_CASE("Passwords are compared after NFKC normalisation, not case folding", "[server][auth]")
{
    const auto stored = cheapHasher().hash(u"abc123é"_s);
    REQUIRE(stored.ok());
    // Full-width letters and digits from a Chinese IME, and a decomposed é, are the same password.
    CHECK(matches(cheapHasher().verify(u"ａｂｃ１２３e\u0301"_s, stored.value())));
    CHECK_FALSE(matches(cheapHasher().verify(u"ABC123é"_s, stored.value())));

    const auto chinese = cheapHasher().hash(u"客服密碼二〇二四"_s);
    REQUIRE(chinese.ok());
    CHECK(matches(cheapHasher().verify(u"客服密碼二〇二四"_s, chinese.value())));
    CHECK_FALSE(matches(cheapHasher().verify(u"客服密码二〇二四"_s, chinese.value())));  // simplified 码
}

TEST_CASE("Empty, over-long and invalid passwords are refused before hashing", "[server][auth]")
{
    const PasswordHasher &hasher = cheapHasher();

    const auto empty = hasher.hash(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::InvalidValue);
    CHECK(empty.error().field == u"password");
    CHECK_FALSE(empty.error().message.isEmpty());

    CHECK(hasher.hash(QString(PasswordHasher::MaxPasswordBytes, u'a')).ok());
    const auto tooLong = hasher.hash(QString(PasswordHasher::MaxPasswordBytes + 1, u'a'));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == Error::Code::TooLong);

    // The limit is in UTF-8 bytes: 342 Chinese characters are 1026 bytes.
    const auto tooLongChinese = hasher.hash(QString(342, u'中'));
    REQUIRE_FALSE(tooLongChinese.ok());
    CHECK(tooLongChinese.error().code == Error::Code::TooLong);
    const auto huge = hasher.hash(QString(1'000'000, u'x'));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == Error::Code::TooLong);

    // A lone surrogate would silently turn into U+FFFD.
    const QString loneSurrogate = u"password"_s + QChar(char16_t(0xD800));
    CHECK_FALSE(hasher.hash(loneSurrogate).ok());

    // verify() refuses the same passwords, whatever is stored.
    const auto stored = hasher.hash(u"secret"_s);
    REQUIRE(stored.ok());
    CHECK_FALSE(hasher.verify(QString(), stored.value()).ok());
    CHECK_FALSE(hasher.verify(QString(2000, u'a'), stored.value()).ok());
    CHECK_FALSE(hasher.verifyWithoutUser(QString()).ok());
}

TEST_CASE("Verifying against a malformed stored hash fails cleanly", "[server][auth]")
{
    const PasswordHasher &hasher = cheapHasher();
    const auto good = hasher.hash(u"secret"_s);
    REQUIRE(good.ok());
    const QString real = good.value();

    const QStringList notHashes = {
        QString(),                                                          // a user without a password
        u"secret"_s,                                                        // a plain-text password
        u"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"_s,  // bcrypt
        u"$argon2id$"_s,
        u"$argon2id$garbage"_s,
        u"$argon2id$v=19$m=65536,t=2,p=1$AAAA$BBBB"_s,
        u"$argon2id$v=19$m=-1,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"_s,
        real + QString(10'000, u'A'),
        real.left(20),
        QString(real).replace(0, 1, u'€'),
        real + QChar(u'\0') + u"trailer"_s,
        u"'; DROP TABLE users; --"_s,
    };
    for (const QString &stored : notHashes) {
        INFO("stored: " << stored.left(80).toStdString());
        const auto result = hasher.verify(u"secret"_s, stored);
        CHECK_FALSE(matches(result));
        if (!result.ok()) {
            CHECK(result.error().field == u"passwordHash");
        }
    }
    // Cut inside the hash: parses as a shorter hash and simply does not match.
    CHECK_FALSE(matches(hasher.verify(u"secret"_s, real.left(real.size() - 5))));
    CHECK(matches(hasher.verify(u"secret"_s, real)));
}

TEST_CASE("A hash made with another cost still verifies and asks to be rehashed", "[server][auth]")
{
    const auto cheap = cheapHasher().hash(u"secret"_s);
    REQUIRE(cheap.ok());
    CHECK(cheapHasher().verify(u"secret"_s, cheap.value()).value() == Verdict::Matches);

    const PasswordHasher production;
    const auto verdict = production.verify(u"secret"_s, cheap.value());
    REQUIRE(verdict.ok());
    CHECK(verdict.value() == Verdict::MatchesNeedsRehash);
    CHECK(production.verify(u"wrong"_s, cheap.value()).value() == Verdict::DoesNotMatch);
}

TEST_CASE("A login for an unknown user never matches", "[server][auth]")
{
    const auto verdict = cheapHasher().verifyWithoutUser(u"anything"_s);
    REQUIRE(verdict.ok());
    CHECK(verdict.value() == Verdict::DoesNotMatch);
}

// Session tokens --------------------------------------------------------------------------------

TEST_CASE("Session tokens are unique, 43 base64url characters, and stored only as a hash", "[server][auth]")
{
    QSet<QString> tokens;
    QSet<QByteArray> hashes;
    for (int i = 0; i < 1000; ++i) {
        const auto token = SessionToken::generate();
        REQUIRE(token.ok());
        const QString &text = token.value();
        REQUIRE(text.size() == SessionToken::TextLength);
        REQUIRE(std::all_of(text.begin(), text.end(), isBase64Url));
        REQUIRE(SessionToken::isWellFormed(text));
        tokens.insert(text);

        const QByteArray hash = SessionToken::hashToken(text);
        REQUIRE(hash.size() == SessionToken::HashLength);
        REQUIRE(std::all_of(hash.begin(), hash.end(),
                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
        REQUIRE(QString::fromLatin1(hash) != text);
        REQUIRE_FALSE(QString::fromLatin1(hash).contains(text));
        REQUIRE(SessionToken::hashToken(text) == hash);  // the same token always finds its row
        hashes.insert(hash);
    }
    CHECK(tokens.size() == 1000);
    CHECK(hashes.size() == 1000);
}

TEST_CASE("The token hash is SHA-256 of the token's bytes", "[server][auth]")
{
    // 32 zero bytes encode as 43 'A's; their SHA-256 is well known.
    CHECK(SessionToken::hashToken(QString(43, u'A')) ==
          QByteArrayLiteral("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925"));
}

TEST_CASE("Token shape validation keeps garbage away from the database", "[server][auth]")
{
    const auto generated = SessionToken::generate();
    REQUIRE(generated.ok());
    const QString token = generated.value();

    QStringList garbage = {
        QString(),
        token.left(42),
        token + u'A',
        token + u'=',
        token.left(42) + u'=',
        QString(43, u' '),
        u"' OR '1'='1' --"_s + QString(43 - 15, u'A'),
        u"A'; DELETE FROM sessions; --"_s.leftJustified(43, u'A'),
        QString(10'000, u'A'),
        QString(token).replace(5, 1, u'+'),  // standard base64, not base64url
        QString(token).replace(5, 1, u'/'),
        QString(token).replace(5, 1, u'é'),
        QString(token).replace(5, 1, u'中'),
        QString(token).replace(5, 1, u'Ａ'),  // full-width A
        QString(token).replace(5, 1, QChar(u'\0')),
        QString(token).replace(42, 1, u'B'),  // non-canonical: the last character's spare bits set
        QString(token).replace(42, 1, u'\n'),
    };
    for (const QString &candidate : std::as_const(garbage)) {
        INFO("candidate: " << candidate.left(60).toStdString());
        CHECK_FALSE(SessionToken::isWellFormed(candidate));
        CHECK(SessionToken::hashToken(candidate).isEmpty());
    }
}

TEST_CASE("Token hashes compare in constant time", "[server][auth]")
{
    const QByteArray a = SessionToken::hashToken(QString(43, u'A'));
    const QByteArray b = SessionToken::hashToken(QString(42, u'A') + u'E');
    CHECK(SessionToken::constantTimeEquals(a, a));
    CHECK(SessionToken::constantTimeEquals(a, QByteArray(a)));
    CHECK_FALSE(SessionToken::constantTimeEquals(a, b));
    CHECK_FALSE(SessionToken::constantTimeEquals(a, a.left(63)));
    CHECK(SessionToken::constantTimeEquals(QByteArray(), QByteArray()));
}

TEST_CASE("Sessions expire after 30 days and slide, at most to 90 days", "[server][auth]")
{
    const SessionLifetime lifetime;
    const qint64 issued = 1'700'000'000'000;
    const qint64 expires = lifetime.expiresAt(issued);
    CHECK(expires == issued + 30 * Day);
    CHECK_FALSE(SessionLifetime::isExpired(expires, expires - 1));
    CHECK(SessionLifetime::isExpired(expires, expires));

    // More than half the lifetime left: the row is not rewritten.
    CHECK_FALSE(lifetime.renewedExpiry(issued, expires, issued + 1 * Day).has_value());
    CHECK_FALSE(lifetime.renewedExpiry(issued, expires, issued + 14 * Day).has_value());
    // Less than half left: a full lifetime from now.
    CHECK(lifetime.renewedExpiry(issued, expires, issued + 16 * Day) == issued + 46 * Day);
    // Never past the maximum age.
    CHECK(lifetime.renewedExpiry(issued, issued + 80 * Day, issued + 70 * Day) == issued + 90 * Day);
    CHECK_FALSE(lifetime.renewedExpiry(issued, issued + 90 * Day, issued + 89 * Day).has_value());
    // An expired session stays expired.
    CHECK_FALSE(lifetime.renewedExpiry(issued, expires, expires).has_value());
    CHECK_FALSE(lifetime.renewedExpiry(issued, expires, expires + 5 * Day).has_value());

    // Used every day, a session lives exactly 90 days.
    qint64 current = expires;
    for (qint64 now = issued; !SessionLifetime::isExpired(current, now); now += Day) {
        if (const auto renewed = lifetime.renewedExpiry(issued, current, now)) {
            current = *renewed;
        }
    }
    CHECK(current == issued + 90 * Day);
}

// Login rate limiting ---------------------------------------------------------------------------

TEST_CASE("A thousand wrong passwords for one user are refused with a growing, capped wait", "[server][auth]")
{
    FakeClock time;
    LoginRateLimiter limiter(time.clock());
    const auto &limits = limiter.limits();

    // The attacker uses a new address every time, so only the username limit applies.
    int allowed = 0;
    std::vector<qint64> waits;
    for (quint32 i = 0; i < 1000; ++i) {
        const LoginDecision decision = limiter.attempt(u"alice"_s, ipv4(i));
        if (decision.allowed) {
            ++allowed;
            continue;  // the password was wrong: nothing more to record
        }
        REQUIRE(decision.reason == LoginDecision::Reason::UserLocked);
        REQUIRE(decision.retryAfterMs > 0);
        waits.push_back(decision.retryAfterMs);
        time.now += decision.retryAfterMs;  // a patient attacker comes back exactly on time
    }
    REQUIRE(waits.size() >= 5);
    CHECK(waits.front() == limits.firstLockoutMs);
    for (std::size_t i = 1; i < waits.size(); ++i) {
        INFO("wait " << i);
        CHECK(waits[i] <= limits.maxLockoutMs);
        if (waits[i - 1] < limits.maxLockoutMs) {
            CHECK(waits[i] > waits[i - 1]);
        } else {
            CHECK(waits[i] == limits.maxLockoutMs);
        }
    }
    CHECK(waits.back() == limits.maxLockoutMs);
    // 5 free attempts, then one after each lockout but the last, which the loop ended in.
    CHECK(allowed == limits.userFailures + static_cast<int>(waits.size()) - 1);

    // The loop ended waiting out the last lockout; one more wrong password locks alice again.
    REQUIRE(limiter.attempt(u"alice"_s, ipv4(4999)).allowed);
    // The username is case-insensitive, also across full-width letters.
    CHECK_FALSE(limiter.attempt(u"ALICE"_s, ipv4(5000)).allowed);
    CHECK_FALSE(limiter.attempt(u"Ａｌｉｃｅ"_s, ipv4(5001)).allowed);
    // Other users are not locked.
    CHECK(limiter.attempt(u"bob"_s, ipv4(5002)).allowed);
    CHECK(limiter.attempt(u"alice2"_s, ipv4(5003)).allowed);
}

TEST_CASE("Refused attempts do not extend the lockout", "[server][auth]")
{
    FakeClock time;
    LoginRateLimiter limiter(time.clock());
    const QHostAddress address(u"192.0.2.1"_s);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(limiter.attempt(u"carol"_s, address).allowed);
    }
    qint64 lastWait = limiter.limits().firstLockoutMs + 1;
    for (int i = 0; i < 995; ++i) {
        const LoginDecision decision = limiter.attempt(u"carol"_s, address);
        REQUIRE_FALSE(decision.allowed);
        REQUIRE(decision.retryAfterMs < lastWait);  // counts down; hammering does not push it back
        lastWait = decision.retryAfterMs;
        time.now += 20;
    }
    time.now += lastWait;
    CHECK(limiter.attempt(u"carol"_s, address).allowed);
}

TEST_CASE("One address trying many usernames is locked by the address limit", "[server][auth]")
{
    FakeClock time;
    LoginRateLimiter limiter(time.clock());
    const QHostAddress sprayer(u"198.51.100.23"_s);

    int allowed = 0;
    LoginDecision last;
    for (int i = 0; i < 1000; ++i) {
        last = limiter.attempt(u"user%1"_s.arg(i), sprayer);
        allowed += last.allowed ? 1 : 0;
    }
    CHECK(allowed == limiter.limits().addressFailures);
    CHECK_FALSE(last.allowed);
    CHECK(last.reason == LoginDecision::Reason::AddressLocked);
    CHECK(last.retryAfterMs == limiter.limits().firstLockoutMs);
    // The same address in IPv4-mapped IPv6 form is the same address.
    CHECK_FALSE(limiter.attempt(u"someone"_s, QHostAddress(u"::ffff:198.51.100.23"_s)).allowed);
    // The users it tried are not locked for everyone else: each had one failure.
    CHECK(limiter.attempt(u"user0"_s, QHostAddress(u"198.51.100.24"_s)).allowed);

    // IPv6 addresses count per /64.
    for (int i = 0; i < limiter.limits().addressFailures; ++i) {
        REQUIRE(limiter.attempt(u"v6user%1"_s.arg(i), QHostAddress(u"2001:db8:1:2::%1"_s.arg(i + 1, 0, 16))).allowed);
    }
    CHECK(limiter.attempt(u"v6other"_s, QHostAddress(u"2001:db8:1:2:ffff::1"_s)).reason ==
          LoginDecision::Reason::AddressLocked);
    CHECK(limiter.attempt(u"v6other"_s, QHostAddress(u"2001:db8:1:3::1"_s)).allowed);

    // Without an address (an in-process transport) only the username counts.
    for (int i = 0; i < 100; ++i) {
        REQUIRE(limiter.attempt(u"local%1"_s.arg(i), QHostAddress()).allowed);
    }
}

TEST_CASE("A success clears the user's failures but not the address's", "[server][auth]")
{
    FakeClock time;
    LoginRateLimiter limiter(time.clock());
    const auto &limits = limiter.limits();
    const QHostAddress office(u"203.0.113.10"_s);

    // Four typos, then the right password.
    for (int i = 0; i < limits.userFailures - 1; ++i) {
        REQUIRE(limiter.attempt(u"dave"_s, office).allowed);
    }
    REQUIRE(limiter.attempt(u"dave"_s, office).allowed);
    limiter.recordSuccess(u"dave"_s, office);
    // Dave has all his attempts back.
    for (int i = 0; i < limits.userFailures; ++i) {
        REQUIRE(limiter.attempt(u"Dave"_s, QHostAddress(u"203.0.113.99"_s)).allowed);
    }
    CHECK_FALSE(limiter.attempt(u"dave"_s, QHostAddress(u"203.0.113.98"_s)).allowed);

    // The office address kept its four failures: a success takes back only its own attempt.
    for (int i = limits.userFailures - 1; i < limits.addressFailures - 1; ++i) {
        REQUIRE(limiter.attempt(u"typo%1"_s.arg(i), office).allowed);
    }
    // One short of the address limit: a colleague's successful login does not lock the office...
    REQUIRE(limiter.attempt(u"erin"_s, office).allowed);
    limiter.recordSuccess(u"erin"_s, office);
    REQUIRE(limiter.attempt(u"frank"_s, office).allowed);
    limiter.recordSuccess(u"frank"_s, office);
    // ...but one more failure does.
    REQUIRE(limiter.attempt(u"mallory"_s, office).allowed);
    const LoginDecision locked = limiter.attempt(u"grace"_s, office);
    CHECK_FALSE(locked.allowed);
    CHECK(locked.reason == LoginDecision::Reason::AddressLocked);
}

TEST_CASE("Failures are forgotten after a quiet window", "[server][auth]")
{
    FakeClock time;
    LoginRateLimiter limiter(time.clock());
    const auto &limits = limiter.limits();
    const QHostAddress address(u"192.0.2.50"_s);

    for (int i = 0; i < limits.userFailures - 1; ++i) {
        REQUIRE(limiter.attempt(u"heidi"_s, address).allowed);
    }
    time.now += limits.windowMs - 1;
    REQUIRE(limiter.attempt(u"heidi"_s, address).allowed);  // the fifth within the window
    CHECK_FALSE(limiter.attempt(u"heidi"_s, address).allowed);

    // A window after the lockout ends, everything is forgotten.
    time.now += limits.firstLockoutMs + limits.windowMs;
    for (int i = 0; i < limits.userFailures; ++i) {
        REQUIRE(limiter.attempt(u"heidi"_s, address).allowed);
    }
    CHECK_FALSE(limiter.attempt(u"heidi"_s, address).allowed);
}

TEST_CASE("The rate limiter's memory stays bounded under a flood of random usernames", "[server][auth]")
{
    FakeClock time;
    LoginRateLimiter limiter(time.clock());
    const qsizetype cap = limiter.limits().maxEntries;
    REQUIRE(cap == 100'000);

    QRandomGenerator random(20240601);
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789中文名稱用戶"_s;
    for (quint32 i = 0; i < 200'000; ++i) {
        QString name;
        const int length = i % 1000 == 0 ? 10'000 : 8 + static_cast<int>(random.bounded(24));
        name.reserve(length);
        for (int c = 0; c < length; ++c) {
            name.append(alphabet.at(random.bounded(static_cast<int>(alphabet.size()))));
        }
        // A botnet: every attempt from another address, so the address limit does not stop it first.
        limiter.attempt(name, ipv4(i));
        if (i % 10'000 == 0) {
            REQUIRE(limiter.trackedUsernames() <= cap);
            REQUIRE(limiter.trackedAddresses() <= cap);
        }
        time.now += 1;
    }
    CHECK(limiter.trackedUsernames() == cap);
    CHECK(limiter.trackedAddresses() == cap);

    // The newest entries survived the eviction; a locked user attacked during the flood stays locked.
    for (int i = 0; i < 5; ++i) {
        REQUIRE(limiter.attempt(u"target"_s, ipv4(300'000 + i)).allowed);
    }
    CHECK_FALSE(limiter.attempt(u"target"_s, ipv4(300'010)).allowed);

    // Once the window has passed, forgotten entries are dropped.
    time.now += limiter.limits().windowMs + limiter.limits().maxLockoutMs;
    CHECK(limiter.attempt(u"latecomer"_s, ipv4(400'000)).allowed);
    CHECK(limiter.trackedUsernames() == 1);
    CHECK(limiter.trackedAddresses() == 1);
}
