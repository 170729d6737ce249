// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

#include <QFuture>

namespace Frontline::Models {

class LocalStore;
struct DemoDataOptions;
struct DemoDataset;
struct WriteContext;

/*! Writes a whole demo dataset in dependency order (queues and agents before tickets). */
Status writeDataset(WriteContext &context, const DemoDataset &dataset);

/*! Queues the dataset as one write job; the store reports it as a bulk change. */
QFuture<Status> seedStore(LocalStore &store, DemoDataset dataset);

/*!
    Makes sure the store holds demo data made with \a options: a cache that already holds data from
    the same seed and size, generated less than \a maxAge ago, is kept as it is (fast second start);
    otherwise its entities are replaced. Generation runs on the writer's thread, and views learn of new
    data through LocalStore::changed().
*/
QFuture<Status> ensureDemoData(LocalStore &store, const DemoDataOptions &options, qint64 maxAgeMs);

}  // namespace Frontline::Models
