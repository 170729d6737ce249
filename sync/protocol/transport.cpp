// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transport.h"

namespace Frontline::Protocol {

Transport::Transport(QObject *parent)
    : QObject(parent)
{}

// Out of line, so that the class's vtable and meta-object live in this library.
Transport::~Transport() = default;

}  // namespace Frontline::Protocol
