// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teamcsv.h"

#include "labels.h"

#include <QDateTime>
#include <QSaveFile>

namespace Frontline::Models {

namespace {

// Numbers for a spreadsheet: the same in every interface language.
QString minutes(const std::optional<qint64> &ms)
{
    return ms ? QString::number(static_cast<double>(*ms) / 60'000.0, 'f', 1) : QString();
}

QString percent(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) : QString();
}

QString average(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString localTime(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}

// A name is text, never a formula: Excel and LibreOffice run a cell starting with one of these.
QString safeText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? u'\'' + text : text;
}

}  // namespace

QString TeamCsv::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QStringList TeamCsv::header()
{
    return {
        tr("Kind"),
        tr("Name"),
        tr("Role"),
        tr("Presence"),
        tr("Presence since"),
        tr("Waiting"),
        tr("Open"),
        tr("Oldest wait (min)"),
        tr("First responses due soon"),
        tr("First responses overdue"),
        tr("Resolutions due soon"),
        tr("Resolutions overdue"),
        tr("Created today"),
        tr("Solved today"),
        tr("Solved today within SLA"),
        tr("Solved today late"),
        tr("Resolution rate (%)"),
        tr("Open assigned"),
        tr("Handled today"),
        tr("First responses today"),
        tr("Median first response (min)"),
        tr("CSAT ratings"),
        tr("CSAT average"),
    };
}

QByteArray TeamCsv::toCsv(const TeamSnapshot &snapshot)
{
    QStringList lines;
    const auto add = [&lines](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &text : fields) {
            quoted.append(field(text));
        }
        lines.append(quoted.join(u','));
    };
    add(header());
    for (const QueueMetrics &queue : snapshot.queues) {
        add({tr("Queue"),
             safeText(queue.name),
             QString(),
             QString(),
             QString(),
             number(queue.waiting),
             number(queue.open),
             minutes(queue.oldestWaitMs),
             number(queue.firstResponseDueSoon),
             number(queue.firstResponseBreached),
             number(queue.resolutionDueSoon),
             number(queue.resolutionBreached),
             number(queue.createdToday),
             number(queue.solvedToday),
             number(queue.solvedTodayWithinSla),
             number(queue.solvedTodayLate),
             percent(queue.resolutionRate()),
             QString(),
             QString(),
             number(queue.firstResponsesToday),
             minutes(queue.medianFirstResponseMs),
             number(queue.csatCount),
             average(queue.csatAverage())});
    }
    for (const AgentMetrics &agent : snapshot.agents) {
        add({tr("Agent"),
             safeText(agent.name),
             Labels::role(agent.role),
             Labels::presence(agent.presence),
             localTime(agent.presenceSince),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             QString(),
             number(agent.openAssigned),
             number(agent.handledToday),
             number(agent.firstResponsesToday),
             minutes(agent.medianFirstResponseMs),
             number(agent.csatCount),
             average(agent.csatAverage())});
    }
    QByteArray csv("\xEF\xBB\xBF");  // the byte order mark
    csv += lines.join(QStringLiteral("\r\n")).toUtf8();
    csv += "\r\n";
    return csv;
}

Status TeamCsv::save(const TeamSnapshot &snapshot, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{Error::Code::Io, tr("%1 could not be written: %2").arg(path, file.errorString()), {}};
    }
    const QByteArray csv = toCsv(snapshot);
    if (file.write(csv) != csv.size() || !file.commit()) {
        return Error{Error::Code::Io, tr("%1 could not be written: %2").arg(path, file.errorString()), {}};
    }
    return Ok{};
}

QString TeamCsv::defaultFileName(const QDate &day)
{
    return QStringLiteral("frontline-metrics-%1.csv").arg(day.toString(Qt::ISODate));
}

}  // namespace Frontline::Models
