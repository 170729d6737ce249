// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cannedreplytemplate.h"

#include "agent.h"
#include "customer.h"
#include "labels.h"
#include "ticket.h"

#include <algorithm>
#include <array>

namespace Frontline::Models {

namespace {

using Problem = RenderedReply::Problem;

constexpr QStringView CursorName = u"cursor";

QString today(const TemplateContext &context)
{
    return context.locale.toString(context.today.isValid() ? context.today : QDate::currentDate(),
                                   QLocale::ShortFormat);
}

struct Placeholder
{
    QStringView name;
    QString (*value)(const TemplateContext &);
};

// The order is the completion list's order: what replies use most first.
const std::array<Placeholder, 12> placeholders{{
    {u"customer.name",
     [](const TemplateContext &c) {
         return c.customerName;
     }},
    {u"customer.first_name",
     [](const TemplateContext &c) {
         return CannedReplyTemplate::firstName(c.customerName);
     }},
    {u"customer.email",
     [](const TemplateContext &c) {
         return c.customerEmail;
     }},
    {u"customer.phone",
     [](const TemplateContext &c) {
         return c.customerPhone;
     }},
    {u"agent.name",
     [](const TemplateContext &c) {
         return c.agentName;
     }},
    {u"agent.first_name",
     [](const TemplateContext &c) {
         return CannedReplyTemplate::firstName(c.agentName);
     }},
    {u"ticket.number",
     [](const TemplateContext &c) {
         return c.ticketNumber ? QString::number(*c.ticketNumber) : QString();
     }},
    {u"ticket.subject",
     [](const TemplateContext &c) {
         return c.ticketSubject;
     }},
    {u"ticket.status",
     [](const TemplateContext &c) {
         return c.ticketStatus;
     }},
    {u"ticket.priority",
     [](const TemplateContext &c) {
         return c.ticketPriority;
     }},
    {u"queue.name",
     [](const TemplateContext &c) {
         return c.queueName;
     }},
    {u"today", today},
}};

/*! The value of placeholder \a name, trimmed; nothing when no placeholder has that name. */
std::optional<QString> valueOf(QStringView name, const TemplateContext &context)
{
    for (const Placeholder &placeholder : placeholders) {
        if (name.compare(placeholder.name, Qt::CaseInsensitive) == 0) {
            return placeholder.value(context).trimmed();
        }
    }
    return std::nullopt;
}

bool hasHan(QStringView text)
{
    const QList<uint> characters = text.toUcs4();
    return std::any_of(characters.cbegin(), characters.cend(),
                       [](uint c) { return QChar::script(c) == QChar::Script_Han; });
}

/*! Keeps \a raw in the text as written and notes why, so the agent sees what is missing before sending. */
void keepAsProblem(RenderedReply &out, QStringView name, QStringView raw, Problem::Reason reason)
{
    out.problems.append(Problem{name.toString(), int(out.text.size()), int(raw.size()), reason});
    out.text += raw;
}

/*! Appends what the placeholder \a raw ("{{name|default}}", braces included) stands for. */
void fill(RenderedReply &out, QStringView raw, const TemplateContext &context)
{
    const QStringView inner = raw.sliced(2, raw.size() - 4);
    const qsizetype bar = inner.indexOf(u'|');
    const QStringView name = (bar < 0 ? inner : inner.first(bar)).trimmed();
    if (name.compare(CursorName, Qt::CaseInsensitive) == 0) {
        // The first marker places the caret; any others are dropped so they are never sent.
        if (out.cursorPosition < 0) {
            out.cursorPosition = int(out.text.size());
        }
        return;
    }
    // An unknown name keeps even its default: it is most likely a typo the agent should see.
    const std::optional<QString> value = valueOf(name, context);
    if (!value) {
        keepAsProblem(out, name, raw, Problem::Reason::Unknown);
    } else if (!value->isEmpty()) {
        out.text += *value;
    } else if (bar >= 0) {
        out.text += inner.sliced(bar + 1).trimmed();  // "{{x|}}": the author chose to leave it out
    } else {
        keepAsProblem(out, name, raw, Problem::Reason::Empty);
    }
}

}  // namespace

TemplateContext TemplateContext::from(const Ticket &ticket, const Customer &customer, const Agent &agent,
                                      const QString &queueName)
{
    TemplateContext context;
    context.customerName = customer.name;
    context.customerEmail = customer.email;
    context.customerPhone = customer.phone;
    context.agentName = agent.name;
    context.ticketNumber = ticket.number;
    context.ticketSubject = ticket.subject;
    context.ticketStatus = Labels::status(ticket.status);
    context.ticketPriority = Labels::priority(ticket.priority);
    context.queueName = queueName;
    // The reply is read by the customer, so the date is written their way.
    if (!customer.language.isEmpty()) {
        context.locale = QLocale(customer.language);
    }
    return context;
}

RenderedReply CannedReplyTemplate::render(QStringView body, const TemplateContext &context)
{
    RenderedReply out;
    out.text.reserve(body.size());
    qsizetype position = 0;
    while (position < body.size()) {
        const qsizetype open = body.indexOf(u"{{", position);
        const qsizetype close = open < 0 ? -1 : body.indexOf(u"}}", open + 2);
        if (close < 0) {
            out.text += body.sliced(position);  // no placeholder left, or an unclosed "{{": plain text
            break;
        }
        // In "{{ a {{b}}" and "{{{b}}" only the innermost pair is a placeholder.
        const qsizetype reopen = body.indexOf(u"{{", open + 1);
        const qsizetype start = reopen >= 0 && reopen < close ? reopen : open;
        out.text += body.sliced(position, start - position);
        if (start == open) {
            fill(out, body.sliced(open, close + 2 - open), context);
            position = close + 2;
        } else {
            position = start;
        }
    }
    return out;
}

QStringList CannedReplyTemplate::knownPlaceholders()
{
    QStringList names;
    for (const Placeholder &placeholder : placeholders) {
        names.append(placeholder.name.toString());
    }
    names.append(CursorName.toString());
    return names;
}

QString CannedReplyTemplate::firstName(QStringView fullName)
{
    const QStringView name = fullName.trimmed();
    // Chinese (and Japanese) names put the family name first and have no space to split on; calling
    // 陳美玲 "美玲" is familiar to the point of rudeness in a service reply, so a name with Han
    // characters is used whole. Elsewhere the first word is the given name.
    if (hasHan(name)) {
        return name.toString();
    }
    const auto space = std::find_if(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace(); });
    return name.first(space - name.cbegin()).toString();
}

}  // namespace Frontline::Models
