// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Frontline::Models {

struct Agent;
struct Customer;
struct Ticket;

/*!
    \brief The values a canned reply's placeholders are filled with.

    Filled by the caller from whatever it has open, so rendering never reads the store. A field left
    empty is reported where its placeholder stands (unless the placeholder has a default).
*/
struct TemplateContext
{
    QString customerName;
    QString customerEmail;
    QString customerPhone;
    QString agentName;
    std::optional<qint64> ticketNumber;  // none while a ticket created offline waits for its number
    QString ticketSubject;
    QString ticketStatus;  // as the customer should read it, e.g. Labels::status()
    QString ticketPriority;
    QString queueName;
    QDate today;  // invalid: the current date
    QLocale locale;

    /*! The fields an open ticket gives; status and priority as Labels names them. */
    static TemplateContext from(const Ticket &ticket, const Customer &customer, const Agent &agent,
                                const QString &queueName);
};

/*! A canned reply with its placeholders filled in. */
struct RenderedReply
{
    /*! A placeholder that could not be filled; it is left in the text as written, at [start, start + length). */
    struct Problem
    {
        enum class Reason
        {
            Unknown,  // not one of CannedReplyTemplate::knownPlaceholders()
            Empty,    // known, but the context has no value for it and there is no default
        };

        QString name;
        int start = 0;  // in UTF-16 units of the rendered text
        int length = 0;
        Reason reason = Reason::Unknown;

        bool operator==(const Problem &) const = default;
    };

    QString text;
    int cursorPosition = -1;  // where {{cursor}} was, in UTF-16 units of text; -1 without one
    QList<Problem> problems;

    bool operator==(const RenderedReply &) const = default;
};

/*!
    \brief Fills a canned reply's placeholders: \c{{customer.first_name}}, \c{{name|default}} and the
    caret marker \c{{cursor}}.

    Names are case-insensitive and may have spaces inside the braces (\c{{ customer.name }}). A
    placeholder that cannot be filled stays in the text as written and is reported, so the agent sees
    it and nothing blank is ever sent by accident. A \c{{ that is never closed is plain text.
*/
class CannedReplyTemplate final
{
public:
    static RenderedReply render(QStringView body, const TemplateContext &context);

    /*! Every placeholder name render() fills, for the reply editor's completion list. */
    static QStringList knownPlaceholders();

    /*! How a reply addresses someone by \a fullName; see the .cpp for why Chinese names stay whole. */
    static QString firstName(QStringView fullName);
};

}  // namespace Frontline::Models
