// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Frontline::Models {

/*!
    \brief What went wrong, as a machine-readable code plus a message a person can read.

    Errors that a user, a peer or a file can cause are returned as values, never thrown.
    The message is already translated where it is meant for the user.
*/
struct Error
{
    enum class Code
    {
        InvalidJson,      // not JSON, or not the expected JSON shape
        MissingField,     // a required field is absent or null
        WrongType,        // a field has the wrong JSON type
        InvalidValue,     // unknown enum value, malformed id, out-of-range number, bad text
        TooLong,          // a string or list is longer than allowed
        NotACache,        // the file is not a Frontline cache
        NewerVersion,     // the file was written by a newer Frontline
        Corrupt,          // the file fails SQLite's integrity check
        MigrationFailed,  // a schema upgrade step failed and was rolled back
        Io,               // the file could not be opened, read or written
        DiskFull,         // the disk (or the cache's size limit) is full: nothing was written
        ReadOnly,         // the file, its folder or the file system does not allow writing
        Database,         // any other SQL error
    };

    Code code = Code::InvalidValue;
    QString message;
    QString field;  // the offending field, where there is one ("ticket.subject")
};

/*!
    \brief Either a value or an Error; a small stand-in for C++23's std::expected.
*/
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)  // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::move(value))
    {}
    Result(Error error)  // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: a reference into a temporary Result would dangle in "for (x : f().value())".
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

    /*! The value, or \a fallback when there is an error. */
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/*! A Result without a value: success, or an Error. */
struct Ok final
{};
using Status = Result<Ok>;

}  // namespace Frontline::Models
