// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <cstddef>

namespace Frontline::Server {

/*!
    \brief Hashes and verifies user passwords with Argon2id (libsodium's crypto_pwhash_str).

    A stored hash is the self-describing string crypto_pwhash_str writes
    ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash", at most 127 ASCII characters), so it carries its own
    salt and cost and fits the users.password_hash TEXT column as it is.

    Passwords are normalised to Unicode NFKC and encoded as UTF-8 before hashing (NIST SP 800-63B
    5.1.1.2). NFKC, not NFC, because our agents type in Chinese input methods: a password typed with
    the IME in full-width mode ("ａｂｃ１２３") then still matches the one set in half-width mode. The
    normalisation is part of the stored hash's meaning; changing it would lock every user out.

    Limits: an empty password, or one longer than MaxPasswordBytes once encoded, is refused with an
    Error before any hashing (a megabyte password must not buy a megabyte of Argon2 input), and so is
    text with lone surrogates, which UTF-8 cannot represent faithfully.

    All methods are const and keep no state: one hasher can be used from several threads at once.
    Each hash takes the configured memory (64 MiB by default) for 50-100 ms, so callers run them on a
    small worker pool, not on the server's event loop, and bound how many run at once.

    Passwords are never logged. The normalised copy and its UTF-8 encoding are wiped with
    sodium_memzero() after use; the caller's own QString is the caller's to wipe.
*/
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::PasswordHasher)

public:
    /*! Longest accepted password, in bytes of NFKC-normalised UTF-8. */
    static constexpr qsizetype MaxPasswordBytes = 1024;

    /*! Argon2id cost. */
    struct Cost
    {
        unsigned long long opsLimit = 0;  // passes over memory
        std::size_t memLimit = 0;         // bytes

        /*!
            The default: libsodium's INTERACTIVE limits, t=2 passes over 64 MiB (RFC 9106's second
            recommended option uses the same memory; OWASP's minimum is 19 MiB, t=2). MODERATE
            (256 MiB, t=3, about 0.7 s) would put a whole shift's morning logins on a 2-core server
            at risk of running out of memory and time; INTERACTIVE keeps a login under 100 ms while an
            offline guess still costs 64 MiB of memory traffic.
        */
        static Cost interactive();
        /*!
            The smallest cost libsodium allows (t=1, 8 KiB): for tests only, so that suites logging in
            hundreds of times stay fast. A server started with it upgrades the hashes on the next
            login through Verdict::MatchesNeedsRehash once it runs with interactive().
        */
        static Cost minimumForTests();
    };

    enum class Verdict
    {
        DoesNotMatch,
        Matches,
        MatchesNeedsRehash,  // correct, but hashed with another algorithm or cost: store hash() anew
    };

    explicit PasswordHasher(Cost cost = Cost::interactive());

    Cost cost() const { return m_cost; }

    /*!
        A new Argon2id hash of \a password with a fresh random salt, to store. Errors: an empty,
        too long or invalid password (field "password"), or libsodium unable to run (out of memory).
    */
    Models::Result<QString> hash(QStringView password) const;

    /*!
        Checks \a password against \a storedHash in constant time for the hash's cost.

        A password that hash() would refuse is an Error (field "password"); a stored hash that is not
        a crypto_pwhash string (empty, as for a user without a password, truncated, another scheme) is
        an Error with field "passwordHash". A login answers every Error like DoesNotMatch, so the peer
        cannot tell the cases apart; the Error is there for the server's log.
    */
    Models::Result<Verdict> verify(QStringView password, QStringView storedHash) const;

    /*!
        For a username that does not exist or an account that cannot log in: spends about the time
        verify() would and returns DoesNotMatch, so that response times do not reveal which usernames
        exist. Refuses the same passwords verify() refuses, equally early.
    */
    Models::Result<Verdict> verifyWithoutUser(QStringView password) const;

private:
    Cost m_cost;
};

}  // namespace Frontline::Server
