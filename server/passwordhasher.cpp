// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordhasher.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Frontline::Server {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.server.password", QtInfoMsg)

using Models::Error;
using Models::Result;

// Text longer than this many UTF-16 code units is refused before normalising it: NFKC cannot shrink
// any realistic password by a factor of four, and normalising a megabyte is work for nothing.
constexpr qsizetype MaxPasswordCodeUnits = 4 * PasswordHasher::MaxPasswordBytes;

// sodium_init() is thread-safe and idempotent; the function-local static makes it run once and lets
// every caller see its outcome.
bool sodiumReady()
{
    static const bool ready = [] {
        const bool ok = sodium_init() >= 0;
        if (!ok) {
            qCCritical(lc) << "libsodium failed to initialise";
        }
        return ok;
    }();
    return ready;
}

// The password's NFKC UTF-8 bytes, wiped when this goes out of scope.
class SecretBytes final
{
public:
    SecretBytes() = default;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes() { wipe(m_bytes); }

    static void wipe(QByteArray &bytes)
    {
        if (!bytes.isEmpty()) {
            sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
        }
        bytes.clear();
    }
    static void wipe(QString &text)
    {
        if (!text.isEmpty()) {
            sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
        }
        text.clear();
    }

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

    // Validates and encodes; on failure returns the Error and leaves this empty.
    std::optional<Error> encode(QStringView password)
    {
        if (password.isEmpty()) {
            return Error{Error::Code::InvalidValue, PasswordHasher::tr("The password is empty."), u"password"_s};
        }
        if (password.size() > MaxPasswordCodeUnits) {
            return tooLong();
        }
        if (!password.isValidUtf16()) {
            return Error{Error::Code::InvalidValue, PasswordHasher::tr("The password is not valid Unicode text."),
                         u"password"_s};
        }
        QString copy = password.toString();
        QString normalized = copy.normalized(QString::NormalizationForm_KC);
        m_bytes = normalized.toUtf8();
        // For text that is already NFKC, normalized() shares copy's buffer: wiping the first then
        // detaches it (and wipes the detached copy), wiping the second wipes the original.
        wipe(normalized);
        wipe(copy);
        if (m_bytes.size() > PasswordHasher::MaxPasswordBytes) {
            wipe(m_bytes);
            return tooLong();
        }
        return std::nullopt;
    }

private:
    static Error tooLong()
    {
        return Error{Error::Code::TooLong,
                     PasswordHasher::tr("The password is longer than %1 bytes.").arg(PasswordHasher::MaxPasswordBytes),
                     u"password"_s};
    }

    QByteArray m_bytes;
};

Error hashingFailed()
{
    // libsodium fails here only when it cannot allocate the Argon2 memory (or did not initialise).
    return Error{Error::Code::Io,
                 PasswordHasher::tr("The password could not be hashed; the server may be out of memory."),
                 u"password"_s};
}

Error malformedHash()
{
    return Error{Error::Code::InvalidValue, PasswordHasher::tr("The stored password hash is not a valid Argon2 hash."),
                 u"passwordHash"_s};
}

}  // namespace

PasswordHasher::Cost PasswordHasher::Cost::interactive()
{
    return Cost{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::Cost::minimumForTests()
{
    return Cost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{
    // Out-of-range limits would make every hash() fail; clamp them so a misconfiguration is a
    // slow or cheap hash rather than no logins at all.
    m_cost.opsLimit =
        std::clamp<unsigned long long>(m_cost.opsLimit, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_OPSLIMIT_MAX);
    m_cost.memLimit = std::clamp<std::size_t>(m_cost.memLimit, crypto_pwhash_MEMLIMIT_MIN,
                                              std::min<std::size_t>(crypto_pwhash_MEMLIMIT_MAX, std::size_t{1} << 32));
    if (m_cost.opsLimit != cost.opsLimit || m_cost.memLimit != cost.memLimit) {
        qCWarning(lc) << "Argon2id cost out of range, using t =" << m_cost.opsLimit << "m =" << m_cost.memLimit;
    }
}

Result<QString> PasswordHasher::hash(QStringView password) const
{
    SecretBytes bytes;
    if (std::optional<Error> error = bytes.encode(password)) {
        return *error;
    }
    if (!sodiumReady()) {
        return hashingFailed();
    }
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, bytes.data(), bytes.size(), m_cost.opsLimit, m_cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lc) << "Argon2id hashing failed (out of memory?)";
        return hashingFailed();
    }
    return QString::fromLatin1(out);
}

Result<PasswordHasher::Verdict> PasswordHasher::verify(QStringView password, QStringView storedHash) const
{
    SecretBytes bytes;
    if (std::optional<Error> error = bytes.encode(password)) {
        return *error;
    }
    if (!sodiumReady()) {
        return hashingFailed();
    }

    // crypto_pwhash_str_verify() wants a NUL-terminated string shorter than crypto_pwhash_STRBYTES.
    // Anything else — empty (a user without a password), too long, non-ASCII, another scheme — is
    // refused here so it never reaches the parser.
    const bool wellFormed = storedHash.size() > 0 && storedHash.size() < qsizetype{crypto_pwhash_STRBYTES} &&
                            storedHash.startsWith(u"$argon2") &&
                            std::all_of(storedHash.begin(), storedHash.end(),
                                        [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!wellFormed) {
        qCWarning(lc) << "A stored password hash is not an Argon2 hash; the login fails";
        return malformedHash();
    }
    char stored[crypto_pwhash_STRBYTES] = {};
    const QByteArray latin1 = storedHash.toLatin1();
    std::copy(latin1.begin(), latin1.end(), stored);

    // Parsing first tells a damaged hash (unparsable parameters) from a wrong password: 0 means the
    // hash has our cost, 1 another cost or argon2i, -1 that it does not parse.
    const int needsRehash = crypto_pwhash_str_needs_rehash(stored, m_cost.opsLimit, m_cost.memLimit);
    if (needsRehash < 0) {
        qCWarning(lc) << "A stored password hash does not parse; the login fails";
        return malformedHash();
    }
    if (crypto_pwhash_str_verify(stored, bytes.data(), bytes.size()) != 0) {
        return Verdict::DoesNotMatch;
    }
    if (needsRehash > 0) {
        return Verdict::MatchesNeedsRehash;
    }
    return Verdict::Matches;
}

Result<PasswordHasher::Verdict> PasswordHasher::verifyWithoutUser(QStringView password) const
{
    // Hashing with the current cost takes as long as verifying a current hash: one Argon2 run.
    Result<QString> wasted = hash(password);
    if (!wasted) {
        return wasted.error();
    }
    return Verdict::DoesNotMatch;
}

}  // namespace Frontline::Server
