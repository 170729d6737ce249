// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changesframe.h"

#include "changefeed.h"

#include <protocol/messages.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Frontline::Server {

namespace {

// A JSON string literal for \a text, escaped as QJsonDocument would.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);  // without the [ and ]
}

}  // namespace

QByteArray ChangesFrame::item(const Change &change)
{
    // Keys in sorted order, as QJsonDocument writes them: a reader's JSON parser then has nothing to sort.
    QByteArray json;
    json.reserve(120 + change.storedData.size());
    json += '{';
    if (change.op == u"upsert") {
        json += R"("data":)";
        json +=
            change.storedData.isEmpty() ? QJsonDocument(change.data).toJson(QJsonDocument::Compact) : change.storedData;
        json += ',';
    }
    json += R"("id":")";
    json += change.entityId.toByteArray(QUuid::WithoutBraces);
    json += R"(","kind":)";
    json += jsonString(change.kind);
    json += R"(,"op":)";
    json += jsonString(change.op);
    json += R"(,"rev":)";
    json += QByteArray::number(change.rev);
    json += R"(,"seq":)";
    json += QByteArray::number(change.seq);
    json += '}';
    return json;
}

void ChangesFrame::append(const QByteArray &item)
{
    if (m_items++ > 0) {
        m_body += ',';
    }
    m_body += item;
}

QString ChangesFrame::take(const QString &requestId, qint64 cursor, bool more, qint64 estimatedTotal)
{
    QByteArray frame;
    frame.reserve(m_body.size() + 160);
    frame += R"({"changes":[)";
    frame += m_body;
    frame += R"(],"cursor":)";
    frame += QByteArray::number(cursor);
    frame += R"(,"estimatedTotal":)";
    frame += QByteArray::number(estimatedTotal);
    frame += R"(,"id":)";
    frame += jsonString(requestId);
    frame += R"(,"more":)";
    frame += more ? "true" : "false";
    frame += R"(,"type":)";
    frame += jsonString(Protocol::Changes::Type.toString());
    frame += '}';
    m_body.clear();
    m_items = 0;
    return QString::fromUtf8(frame);
}

}  // namespace Frontline::Server
