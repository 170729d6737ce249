// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessiontoken.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Frontline::Server {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.server.sessiontoken", QtInfoMsg)

using Models::Error;
using Models::Result;

// sodium_init() is thread-safe and idempotent; the function-local static runs it once.
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

// The index of a base64url character, or -1.
int base64UrlValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a' + 26;
    }
    if (c >= u'0' && c <= u'9') {
        return c - u'0' + 52;
    }
    if (c == u'-') {
        return 62;
    }
    if (c == u'_') {
        return 63;
    }
    return -1;
}

}  // namespace

Result<QString> SessionToken::generate()
{
    if (!sodiumReady()) {
        return Error{Error::Code::Io, tr("The server's random number generator is not available."), u"token"_s};
    }
    std::array<unsigned char, ByteCount> raw{};
    randombytes_buf(raw.data(), raw.size());
    std::array<char, sodium_base64_ENCODED_LEN(ByteCount, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> text{};
    sodium_bin2base64(text.data(), text.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    QString token = QString::fromLatin1(text.data(), TextLength);
    sodium_memzero(raw.data(), raw.size());
    sodium_memzero(text.data(), text.size());
    return token;
}

bool SessionToken::isWellFormed(QStringView token)
{
    if (token.size() != TextLength) {
        return false;
    }
    for (QChar c : token) {
        if (base64UrlValue(c.unicode()) < 0) {
            return false;
        }
    }
    // 43 characters carry 258 bits for 256: the last character's two low bits are padding and must
    // be zero, so that each token has exactly one spelling.
    return (base64UrlValue(token.back().unicode()) & 0x3) == 0;
}

QByteArray SessionToken::hashToken(QStringView token)
{
    if (!isWellFormed(token)) {
        return {};
    }
    std::array<char, TextLength> text{};
    std::transform(token.begin(), token.end(), text.begin(), [](QChar c) { return static_cast<char>(c.unicode()); });
    std::array<unsigned char, ByteCount> raw{};
    size_t rawLength = 0;
    const int decoded = sodium_base642bin(raw.data(), raw.size(), text.data(), text.size(), nullptr, &rawLength,
                                          nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(text.data(), text.size());
    if (decoded != 0 || rawLength != static_cast<size_t>(ByteCount)) {
        sodium_memzero(raw.data(), raw.size());
        return {};
    }
    // Decoding, SHA-256 and hex are plain computation: they need no sodium_init().
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), raw.data(), raw.size());
    sodium_memzero(raw.data(), raw.size());
    std::array<char, HashLength + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return QByteArray(hex.data(), HashLength);
}

bool SessionToken::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.isEmpty()) {
        return true;
    }
    return sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

qint64 SessionLifetime::expiresAt(qint64 issuedAtMs) const
{
    return issuedAtMs + std::min(lifetimeMs, maxAgeMs);
}

std::optional<qint64> SessionLifetime::renewedExpiry(qint64 issuedAtMs, qint64 expiresAtMs, qint64 nowMs) const
{
    if (isExpired(expiresAtMs, nowMs)) {
        return std::nullopt;
    }
    if (expiresAtMs - nowMs > lifetimeMs / 2) {
        return std::nullopt;
    }
    const qint64 renewed = std::min(nowMs + lifetimeMs, issuedAtMs + maxAgeMs);
    if (renewed <= expiresAtMs) {
        return std::nullopt;
    }
    return renewed;
}

}  // namespace Frontline::Server
