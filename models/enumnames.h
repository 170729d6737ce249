// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace Frontline::Models {

/*!
    A fixed table of an enum's wire names, shared by the domain's and the protocol's enums:
    one place that maps values to the strings stored in caches and sent on the wire, and back.
*/
template<typename E, std::size_t N>
using EnumNames = std::array<std::pair<E, QStringView>, N>;

template<typename E, std::size_t N>
QString nameOf(const EnumNames<E, N> &table, E value)
{
    const auto it =
        std::find_if(table.begin(), table.end(), [value](const auto &entry) { return entry.first == value; });
    return it != table.end() ? it->second.toString() : QString();
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const EnumNames<E, N> &table, QStringView name)
{
    const auto it =
        std::find_if(table.begin(), table.end(), [name](const auto &entry) { return entry.second == name; });
    return it != table.end() ? std::optional<E>(it->first) : std::nullopt;
}

}  // namespace Frontline::Models
