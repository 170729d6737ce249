// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Frontline::Server {

/*!
    \brief Session tokens: what a client keeps after logging in, and what the server stores of them.

    A token is 32 bytes from libsodium's CSPRNG, sent to the client as 43 characters of unpadded
    base64url ([A-Za-z0-9_-]). The server never stores the token itself, only hashToken(): the
    SHA-256 of the 32 bytes, as 64 lowercase hex characters. Someone who reads the sessions table (a
    backup, an SQL injection elsewhere) cannot log in with what they read.

    A plain, unsalted hash is right here, unlike for passwords: the token has 256 bits of entropy, so
    no guessing or precomputation can invert its hash. SHA-256 rather than BLAKE2b so that an operator
    can compute a hash in PostgreSQL (sha256()) or with sha256sum when revoking a leaked token by hand.

    Looking a session up by "WHERE token_hash = ?" is not constant time, and need not be: what leaks is
    how much of a SHA-256 output matched, which says nothing about any token. constantTimeEquals() is
    for comparing hashes or tokens held in memory.

    All functions are thread-safe.
*/
class SessionToken final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::SessionToken)

public:
    static constexpr qsizetype ByteCount = 32;
    static constexpr qsizetype TextLength = 43;  // ceil(32 * 8 / 6), without '=' padding
    static constexpr qsizetype HashLength = 64;  // hex of SHA-256

    /*! A new random token for the client. Fails only if libsodium cannot initialise. */
    static Models::Result<QString> generate();

    /*!
        True if \a token looks like a token generate() made: exactly TextLength characters of the
        base64url alphabet, in canonical form (the unused low bits of the last character are zero).
        Check this before anything else touches a token a peer sent.
    */
    static bool isWellFormed(QStringView token);

    /*!
        What the sessions table stores for \a token: SHA-256 of its 32 bytes as 64 lowercase hex
        characters (bind QString::fromLatin1() of it to the TEXT column token_hash). Returns an empty
        QByteArray for a token that is not well-formed, so garbage never reaches a query: callers
        treat an empty hash as "no such session".
    */
    static QByteArray hashToken(QStringView token);

    /*! Compares in time that depends only on the sizes (which are public: both are hashes). */
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

/*!
    \brief When a session expires, and when using it extends it.

    Times are milliseconds since the epoch, as the sessions table stores them.

    A session starts with expiresAt = issuedAt + lifetime (30 days). It slides: a session used when
    less than half its lifetime is left gets a new expiry of now + lifetime, so an agent who works
    at least every other week never sees the login screen, while the server writes the session row
    at most about once every 15 days rather than on every connection. It never slides past
    issuedAt + maxAge (90 days): a stolen token that the thief keeps using dies anyway, and every
    agent types their password at least once a quarter. Revocation (logout, an administrator
    disabling the user) is a separate flag on the row and wins over any expiry.
*/
struct SessionLifetime final
{
    static constexpr qint64 DefaultLifetimeMs = qint64{30} * 24 * 60 * 60 * 1000;
    static constexpr qint64 DefaultMaxAgeMs = qint64{90} * 24 * 60 * 60 * 1000;

    qint64 lifetimeMs = DefaultLifetimeMs;
    qint64 maxAgeMs = DefaultMaxAgeMs;

    /*! The expiry of a session issued at \a issuedAtMs. */
    qint64 expiresAt(qint64 issuedAtMs) const;

    /*! True once \a nowMs has reached \a expiresAtMs. */
    static bool isExpired(qint64 expiresAtMs, qint64 nowMs) { return nowMs >= expiresAtMs; }

    /*!
        The new expiry for a session issued at \a issuedAtMs, expiring at \a expiresAtMs and used
        now, or nullopt when the row should stay as it is (still more than half its lifetime left,
        already at its maximum age, or expired — an expired session is never revived).
    */
    std::optional<qint64> renewedExpiry(qint64 issuedAtMs, qint64 expiresAtMs, qint64 nowMs) const;
};

}  // namespace Frontline::Server
