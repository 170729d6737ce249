// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace Frontline::Server {

struct Change;

/*!
    \brief Writes a protocol v1 "changes" frame as text, change by change.

    Streaming is the server's hot path: a first sync sends half a million changes. The entity JSON
    is spliced in as the feed stored it (ChangeFeed::read() does not parse it), and each change is
    serialized once, so the page's size is known as it grows.
*/
class ChangesFrame final
{
public:
    /*! The compact JSON of \a change as a wire item: {seq, kind, op, id, rev, data}. */
    static QByteArray item(const Change &change);

    void append(const QByteArray &item);
    bool isEmpty() const { return m_items == 0; }
    /*! UTF-8 bytes of the items so far. */
    qsizetype bytes() const { return m_body.size(); }

    /*! The whole frame, with the page's fields; the builder is left empty. */
    QString take(const QString &requestId, qint64 cursor, bool more, qint64 estimatedTotal);

private:
    QByteArray m_body;
    int m_items = 0;
};

}  // namespace Frontline::Server
