// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "admincommands.h"

#include "changefeed.h"
#include "entitystore.h"
#include "serverconfig.h"
#include "serverschema.h"

#include <protocol/messages.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Frontline::Server {

using Models::Agent;
using Models::AgentRole;
using Models::Article;
using Models::Error;
using Models::Ok;
using Models::Priority;
using Models::Queue;
using Models::Result;
using Models::SlaPolicy;
using Models::SlaTarget;
using Models::Status;

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.server.admin", QtInfoMsg)

constexpr int MinutesPerHour = 60;
constexpr int MinutesPerDay = 24 * MinutesPerHour;
constexpr int MaxSlaMinutes = 365 * MinutesPerDay;  // as Models::SlaPolicy::fromJson accepts
constexpr qint64 MaxArticleFileBytes = 1024 * 1024;
// Entities stored per demo-data transaction: large enough that commits (an fsync each on SQLite,
// synchronous=FULL) do not dominate, small enough that the write lock is released every few hundred ms.
constexpr qsizetype DemoBatchSize = 2000;

// A fixed namespace for the version-5 UUIDs of imported articles. Never change it: every imported
// article would get a new id, and the next import would duplicate the knowledge base.
const QUuid ArticleNamespace(u"fcffa89a-5416-4559-9865-b26c9b32a706"_s);

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid idAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidValue, message, field};
}

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status(Ok{}) : Status(result.error());
}

QString describe(const ServerDatabase::Location &location)
{
    if (!location.sqliteFile.isEmpty()) {
        return QDir::toNativeSeparators(location.sqliteFile);
    }
    return location.postgresUrl.toDisplayString(QUrl::RemovePassword);
}

enum class TextProblem
{
    None,
    Empty,
    TooLong,
    ControlCharacters,
};

// Names and descriptions typed on a command line end up in every client's lists: no control
// characters (a newline would break lists and logs), no lone surrogates, within the model's limits.
TextProblem textProblem(QStringView text, qsizetype maxLength, bool required, bool multiline = false)
{
    if (required && text.trimmed().isEmpty()) {
        return TextProblem::Empty;
    }
    if (text.size() > maxLength) {
        return TextProblem::TooLong;
    }
    if (!text.isValidUtf16()) {
        return TextProblem::ControlCharacters;
    }
    const bool hasControl = std::any_of(text.begin(), text.end(), [multiline](QChar c) {
        if (multiline && (c == u'\n' || c == u'\t')) {
            return false;
        }
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Separator_Line ||
               category == QChar::Separator_Paragraph;
    });
    return hasControl ? TextProblem::ControlCharacters : TextProblem::None;
}

// \a what is a translated noun phrase such as "The display name".
std::optional<Error> textError(TextProblem problem, const QString &field, const QString &what, qsizetype maxLength)
{
    switch (problem) {
    case TextProblem::None:
        return std::nullopt;
    case TextProblem::Empty:
        return invalid(field, AdminCommands::tr("%1 is empty.").arg(what));
    case TextProblem::TooLong:
        return Error{Error::Code::TooLong,
                     AdminCommands::tr("%1 is longer than %2 characters.").arg(what).arg(maxLength), field};
    case TextProblem::ControlCharacters:
        return invalid(field, AdminCommands::tr("%1 contains control characters.").arg(what));
    }
    return std::nullopt;
}

Status checkUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]*$"_s);
    if (username.isEmpty()) {
        return invalid(u"username"_s, AdminCommands::tr("The username is empty."));
    }
    if (username.size() > Agent::MaxUsernameLength) {
        return Error{Error::Code::TooLong,
                     AdminCommands::tr("The username is longer than %1 characters.").arg(Agent::MaxUsernameLength),
                     u"username"_s};
    }
    if (!pattern.match(username).hasMatch()) {
        return invalid(u"username"_s,
                       AdminCommands::tr("The username \"%1\" may contain only letters, digits, \".\", "
                                         "\"_\", \"-\" and \"@\", and must start with a letter or digit.")
                           .arg(username));
    }
    return Ok{};
}

QStringList listFrom(const QString &json)
{
    QStringList items;
    for (const QJsonValue &item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        items.append(item.toString());
    }
    return items;
}

QJsonArray jsonArray(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

// "90", "90m", "4h", "2d" → minutes; nothing for anything else.
std::optional<int> parseMinutes(QStringView text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,7})\\s*([mhd]?)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    qint64 value = match.capturedView(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    if (unit == u"h") {
        value *= MinutesPerHour;
    } else if (unit == u"d") {
        value *= MinutesPerDay;
    }
    if (value > MaxSlaMinutes) {
        return -1;  // out of range: reported by the caller
    }
    return static_cast<int>(value);
}

// CommonMark allows a closing sequence of #s after a heading's text: "# Title #".
QString headingText(QStringView line)
{
    QString title = line.sliced(1).trimmed().toString();
    static const QRegularExpression closing(u"(^|\\s+)#+$"_s);
    title.remove(closing);
    return title.trimmed();
}

// Which lines the front matter may hold, and how they read.
QStringList splitTags(QStringView text)
{
    QStringView list = text.trimmed();
    if (list.startsWith(u'[') && list.endsWith(u']')) {
        list = list.sliced(1, list.size() - 2);
    }
    static const QRegularExpression separators(u"[,，、]"_s);
    QStringList tags;
    for (const QString &part : list.toString().split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags;
}

}  // namespace

ServerDatabase::Location databaseLocation(const ServerConfig &config)
{
    if (!config.databaseUrl.isEmpty()) {
        return ServerDatabase::Location::postgres(config.databaseUrl);
    }
    return ServerDatabase::Location::sqlite(QDir(config.dataDir).filePath(SqliteFileName.toString()));
}

AdminCommands::AdminCommands(ServerDatabase &db, PasswordHasher::Cost passwordCost)
    : m_db(db)
    , m_hasher(passwordCost)
{}

// Shared steps ---------------------------------------------------------------------------------

Status AdminCommands::requireSchema()
{
    const Result<int> version = m_db.schemaVersion();
    if (!version) {
        return version.error();
    }
    if (*version == 0) {
        return Error{Error::Code::Io,
                     tr("The server database %1 has not been set up yet. Run \"frontline-server init\" with the same "
                        "--data-dir or --database first.")
                         .arg(describe(m_db.location())),
                     {}};
    }
    // An older schema is upgraded as the server itself would on start; a newer one is refused.
    return m_db.migrate();
}

Result<Agent> AdminCommands::requireUser(const QString &username)
{
    EntityStore store(m_db);
    auto agent = store.agentByUsername(username.trimmed());
    if (!agent) {
        return agent.error();
    }
    if (!*agent) {
        return invalid(u"username"_s, tr("There is no user \"%1\".").arg(username.trimmed()));
    }
    return **agent;
}

Result<int> AdminCommands::revokeSessions(const QUuid &userId)
{
    return m_db.execAffected(u"UPDATE sessions SET revoked = 1 WHERE user_id = ? AND revoked = 0"_s, {idText(userId)});
}

Status AdminCommands::audit(const QString &action, const QString &target, const QJsonObject &details)
{
    // actor_id NULL: the action came from the command line, not from a signed-in user.
    return statusOf(m_db.exec(u"INSERT INTO audit_log (at, actor_id, action, target, details) VALUES (?, ?, ?, ?, ?)"_s,
                              {QDateTime::currentMSecsSinceEpoch(), nullableId(QUuid()), action, target,
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}));
}

// init -----------------------------------------------------------------------------------------

Result<AdminCommands::InitReport> AdminCommands::init()
{
    const Result<int> before = m_db.schemaVersion();
    if (!before) {
        return before.error();
    }
    if (Status migrated = m_db.migrate(); !migrated) {
        return migrated.error();
    }
    InitReport report;
    report.fromVersion = *before;
    report.toVersion = ServerSchema::CurrentVersion;
    auto query = m_db.exec(u"SELECT value FROM server_info WHERE key = ?"_s, {u"server_id"_s});
    if (!query) {
        return query.error();
    }
    if (query->next()) {
        report.serverId = query->value(0).toString();
    }
    if (report.fromVersion != report.toVersion) {
        const Status audited = m_db.transaction([&]() -> Status {
            return audit(u"init_database"_s, report.serverId,
                         {{u"fromVersion"_s, report.fromVersion}, {u"toVersion"_s, report.toVersion}});
        });
        if (!audited) {
            return audited.error();
        }
    }
    qCDebug(lc) << "database" << describe(m_db.location()) << "at schema version" << report.toVersion;
    return report;
}

// users ----------------------------------------------------------------------------------------

Result<AgentRole> AdminCommands::parseRole(const QString &text)
{
    if (const std::optional<AgentRole> role = Models::enumFromString<AgentRole>(text.trimmed().toLower())) {
        return *role;
    }
    return invalid(u"role"_s, tr("The role must be agent, lead or admin, not \"%1\".").arg(text));
}

Result<Agent> AdminCommands::addUser(const NewUser &user, QStringView password)
{
    // Stored lower-case, as EntityStore does and sign-in compares.
    const QString username = user.username.trimmed().toLower();
    if (Status valid = checkUsername(username); !valid) {
        return valid.error();
    }
    const QString name = user.name.trimmed();
    if (auto error = textError(textProblem(name, Agent::MaxNameLength, true), u"name"_s, tr("The display name"),
                               Agent::MaxNameLength)) {
        return *error;
    }
    const QString email = user.email.trimmed();
    if (auto error = textError(textProblem(email, Agent::MaxEmailLength, false), u"email"_s, tr("The email address"),
                               Agent::MaxEmailLength)) {
        return *error;
    }
    if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' '))) {
        return invalid(u"email"_s, tr("\"%1\" is not an email address.").arg(email));
    }
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }

    // Everything that can be checked is checked before the deliberately slow hash.
    EntityStore store(m_db);
    auto existing = store.agentByUsername(username);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return invalid(u"username"_s, tr("A user named \"%1\" already exists.").arg(username));
    }
    auto queues = m_db.exec(u"SELECT id, name FROM queues ORDER BY name"_s);
    if (!queues) {
        return queues.error();
    }
    QList<std::pair<QUuid, QString>> allQueues;
    while (queues->next()) {
        allQueues.append({idAt(*queues, 0), queues->value(1).toString()});
    }
    QList<QUuid> queueIds;
    QStringList queueNames;
    for (const QString &requested : user.queueNames) {
        const QString wanted = requested.trimmed();
        std::optional<std::pair<QUuid, QString>> found;
        int caseInsensitiveMatches = 0;
        for (const auto &queue : allQueues) {
            if (queue.second == wanted) {
                found = queue;
                caseInsensitiveMatches = 1;
                break;
            }
            if (queue.second.compare(wanted, Qt::CaseInsensitive) == 0) {
                found = queue;
                ++caseInsensitiveMatches;
            }
        }
        if (!found || caseInsensitiveMatches != 1) {
            QStringList names;
            for (const auto &queue : allQueues) {
                names.append(u'"' + queue.second + u'"');
            }
            return invalid(
                u"queue"_s,
                names.isEmpty()
                    ? tr("There is no queue named \"%1\"; there are no queues yet (create "
                         "them with \"frontline-server add-queue\").")
                          .arg(wanted)
                    : tr("There is no queue named \"%1\". The queues are: %2.").arg(wanted, names.join(u", "_s)));
        }
        if (!queueIds.contains(found->first)) {
            queueIds.append(found->first);
            queueNames.append(found->second);
        }
    }

    const Result<QString> hash = m_hasher.hash(password);
    if (!hash) {
        return hash.error();
    }

    Agent agent;
    agent.id = QUuid::createUuid();
    agent.username = username;
    agent.name = name;
    agent.email = email;
    agent.role = user.role;
    agent.presence = Models::Presence::Offline;
    agent.queueIds = queueIds;
    if (auto valid = Agent::fromJson(agent.toJson()); !valid) {
        return valid.error();  // a backstop: what the clients would refuse is not stored either
    }

    const Status stored = m_db.transaction([&]() -> Status {
        if (Status turn = m_db.serializeChangeFeed(); !turn) {
            return turn;
        }
        // Checked again under the write lock: another add-user may have won meanwhile.
        auto again = store.agentByUsername(username);
        if (!again) {
            return again.error();
        }
        if (*again) {
            return invalid(u"username"_s, tr("A user named \"%1\" already exists.").arg(username));
        }
        auto saved = store.save(agent);
        if (!saved) {
            return saved.error();
        }
        agent = *saved;
        if (Status hashed = store.setPasswordHash(agent.id, *hash); !hashed) {
            return hashed;
        }
        // The queues' own records list their members: publish them again with the new one.
        for (const QUuid &queueId : std::as_const(agent.queueIds)) {
            auto queue = store.queue(queueId);
            if (!queue) {
                return queue.error();
            }
            if (*queue) {
                if (auto resaved = store.save(**queue); !resaved) {
                    return resaved.error();
                }
            }
        }
        return audit(u"add_user"_s, username,
                     {{u"userId"_s, idText(agent.id)},
                      {u"role"_s, Models::toString(agent.role)},
                      {u"queues"_s, jsonArray(queueNames)}});
    });
    if (!stored) {
        return stored.error();
    }
    qCDebug(lc) << "added user" << username;
    return agent;
}

Result<AdminCommands::AccountChange> AdminCommands::disableUser(const QString &username)
{
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    AccountChange change;
    const Status done = m_db.transaction([&]() -> Status {
        auto agent = requireUser(username);
        if (!agent) {
            return agent.error();
        }
        EntityStore store(m_db);
        auto disabled = store.isDisabled(agent->id);
        if (!disabled) {
            return disabled.error();
        }
        change.changed = !*disabled;
        if (Status set = store.setDisabled(agent->id, true); !set) {
            return set;
        }
        // Revoked even when the account was disabled already: no session of it may remain usable.
        auto revoked = revokeSessions(agent->id);
        if (!revoked) {
            return revoked.error();
        }
        change.revokedSessions = *revoked;
        return audit(u"disable_user"_s, agent->username,
                     {{u"userId"_s, idText(agent->id)}, {u"revokedSessions"_s, change.revokedSessions}});
    });
    if (!done) {
        return done.error();
    }
    return change;
}

Result<AdminCommands::AccountChange> AdminCommands::enableUser(const QString &username)
{
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    AccountChange change;
    const Status done = m_db.transaction([&]() -> Status {
        auto agent = requireUser(username);
        if (!agent) {
            return agent.error();
        }
        EntityStore store(m_db);
        auto disabled = store.isDisabled(agent->id);
        if (!disabled) {
            return disabled.error();
        }
        change.changed = *disabled;
        if (Status set = store.setDisabled(agent->id, false); !set) {
            return set;
        }
        return audit(u"enable_user"_s, agent->username, {{u"userId"_s, idText(agent->id)}});
    });
    if (!done) {
        return done.error();
    }
    return change;
}

Result<AdminCommands::AccountChange> AdminCommands::setPassword(const QString &username, QStringView password)
{
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    if (auto agent = requireUser(username); !agent) {
        return agent.error();  // before hashing: a typo in the username answers at once
    }
    const Result<QString> hash = m_hasher.hash(password);
    if (!hash) {
        return hash.error();
    }
    AccountChange change;
    const Status done = m_db.transaction([&]() -> Status {
        auto agent = requireUser(username);
        if (!agent) {
            return agent.error();
        }
        if (Status set = EntityStore(m_db).setPasswordHash(agent->id, *hash); !set) {
            return set;
        }
        // A password is reset because it leaked or was forgotten: sessions opened with it end too.
        auto revoked = revokeSessions(agent->id);
        if (!revoked) {
            return revoked.error();
        }
        change.changed = true;
        change.revokedSessions = *revoked;
        return audit(u"set_password"_s, agent->username,
                     {{u"userId"_s, idText(agent->id)}, {u"revokedSessions"_s, change.revokedSessions}});
    });
    if (!done) {
        return done.error();
    }
    return change;
}

Result<QList<AdminCommands::UserRow>> AdminCommands::listUsers()
{
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    auto members = m_db.exec(u"SELECT m.user_id, q.name FROM queue_members m JOIN queues q ON q.id = m.queue_id"_s);
    if (!members) {
        return members.error();
    }
    QHash<QUuid, QStringList> queuesOf;
    while (members->next()) {
        queuesOf[idAt(*members, 0)].append(members->value(1).toString());
    }
    auto users = m_db.exec(u"SELECT id, username, name, email, role, presence, disabled, "
                           "CASE WHEN password_hash = '' THEN 0 ELSE 1 END FROM users ORDER BY username"_s);
    if (!users) {
        return users.error();
    }
    QList<UserRow> rows;
    while (users->next()) {
        UserRow row;
        row.agent.id = idAt(*users, 0);
        row.agent.username = users->value(1).toString();
        row.agent.name = users->value(2).toString();
        row.agent.email = users->value(3).toString();
        row.agent.role = Models::enumFromString<AgentRole>(users->value(4).toString()).value_or(AgentRole::Agent);
        row.agent.presence =
            Models::enumFromString<Models::Presence>(users->value(5).toString()).value_or(Models::Presence::Offline);
        row.disabled = users->value(6).toInt() != 0;
        row.hasPassword = users->value(7).toInt() != 0;
        row.queueNames = queuesOf.value(row.agent.id);
        row.queueNames.sort(Qt::CaseInsensitive);
        rows.append(std::move(row));
    }
    return rows;
}

// queues ---------------------------------------------------------------------------------------

SlaPolicy AdminCommands::defaultSla()
{
    // A general support queue's targets: the same as the demo data's "General Support".
    SlaPolicy policy;
    policy.target(Priority::Low) = SlaTarget{MinutesPerDay, 5 * MinutesPerDay};
    policy.target(Priority::Normal) = SlaTarget{8 * MinutesPerHour, 2 * MinutesPerDay};
    policy.target(Priority::High) = SlaTarget{2 * MinutesPerHour, MinutesPerDay};
    policy.target(Priority::Urgent) = SlaTarget{30, 8 * MinutesPerHour};
    return policy;
}

Result<SlaPolicy> AdminCommands::parseSla(const QStringList &specs, const SlaPolicy &base)
{
    SlaPolicy policy = base;
    QSet<int> seen;
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        const QStringList times = equals < 0 ? QStringList() : spec.mid(equals + 1).split(u'/');
        if (equals < 0 || times.size() != 2) {
            return invalid(u"sla"_s, tr("--sla takes PRIORITY=FIRST-RESPONSE/RESOLUTION in minutes, such as "
                                        "urgent=15/120 or high=1h/1d, not \"%1\".")
                                         .arg(spec));
        }
        const QString priorityName = spec.left(equals).trimmed().toLower();
        const std::optional<Priority> priority = Models::enumFromString<Priority>(priorityName);
        if (!priority) {
            return invalid(u"sla"_s, tr("Unknown priority \"%1\" in --sla %2; the priorities are low, normal, high "
                                        "and urgent.")
                                         .arg(spec.left(equals).trimmed(), spec));
        }
        if (seen.contains(static_cast<int>(*priority))) {
            return invalid(u"sla"_s, tr("--sla sets the %1 priority twice.").arg(priorityName));
        }
        seen.insert(static_cast<int>(*priority));
        SlaTarget target;
        for (int i = 0; i < 2; ++i) {
            const std::optional<int> minutes = parseMinutes(times.at(i));
            if (!minutes) {
                return invalid(u"sla"_s, tr("\"%1\" in --sla %2 is not a duration: give minutes (90) or a number "
                                            "with m, h or d (90m, 4h, 2d); 0 means no target.")
                                             .arg(times.at(i).trimmed(), spec));
            }
            if (*minutes < 0) {
                return invalid(u"sla"_s,
                               tr("\"%1\" in --sla %2 is longer than a year.").arg(times.at(i).trimmed(), spec));
            }
            (i == 0 ? target.firstResponseMinutes : target.resolutionMinutes) = *minutes;
        }
        if (target.firstResponseMinutes > 0 && target.resolutionMinutes > 0 &&
            target.firstResponseMinutes > target.resolutionMinutes) {
            return invalid(u"sla"_s, tr("In --sla %1 the first response (%2 minutes) is due after the resolution "
                                        "(%3 minutes).")
                                         .arg(spec)
                                         .arg(target.firstResponseMinutes)
                                         .arg(target.resolutionMinutes));
        }
        policy.target(*priority) = target;
    }
    return policy;
}

Result<Queue> AdminCommands::addQueue(const NewQueue &newQueue)
{
    const QString name = newQueue.name.trimmed();
    if (auto error = textError(textProblem(name, Queue::MaxNameLength, true), u"name"_s, tr("The queue name"),
                               Queue::MaxNameLength)) {
        return *error;
    }
    const QString description = newQueue.description.trimmed();
    if (auto error = textError(textProblem(description, Queue::MaxDescriptionLength, false, true), u"description"_s,
                               tr("The description"), Queue::MaxDescriptionLength)) {
        return *error;
    }
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    Queue queue;
    queue.id = QUuid::createUuid();
    queue.name = name;
    queue.description = description;
    queue.sla = newQueue.sla;
    if (auto valid = Queue::fromJson(queue.toJson()); !valid) {
        return valid.error();
    }
    const Status stored = m_db.transaction([&]() -> Status {
        if (Status turn = m_db.serializeChangeFeed(); !turn) {
            return turn;
        }
        // "Billing" and "billing" side by side would only confuse agents and add-user --queue.
        auto existing = m_db.exec(u"SELECT name FROM queues"_s);
        if (!existing) {
            return existing.error();
        }
        while (existing->next()) {
            const QString other = existing->value(0).toString();
            if (other.compare(name, Qt::CaseInsensitive) == 0) {
                return invalid(u"name"_s, tr("A queue named \"%1\" already exists.").arg(other));
            }
        }
        EntityStore store(m_db);
        auto saved = store.save(queue);
        if (!saved) {
            return saved.error();
        }
        queue = *saved;
        return audit(u"add_queue"_s, name, {{u"queueId"_s, idText(queue.id)}, {u"sla"_s, queue.sla.toJson()}});
    });
    if (!stored) {
        return stored.error();
    }
    qCDebug(lc) << "added queue" << name;
    return queue;
}

Result<QList<AdminCommands::QueueRow>> AdminCommands::listQueues()
{
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    QVariantList active;
    for (const Models::TicketStatus status : {Models::TicketStatus::New, Models::TicketStatus::Open,
                                              Models::TicketStatus::Pending, Models::TicketStatus::OnHold}) {
        active.append(Models::toString(status));
    }
    auto query = m_db.exec(u"SELECT q.id, q.name, q.description, q.sla, "
                           "(SELECT count(*) FROM queue_members m WHERE m.queue_id = q.id), "
                           "(SELECT count(*) FROM tickets t WHERE t.queue_id = q.id AND t.status IN (?, ?, ?, ?)) "
                           "FROM queues q ORDER BY q.name"_s,
                           active);
    if (!query) {
        return query.error();
    }
    QList<QueueRow> rows;
    while (query->next()) {
        QueueRow row;
        row.queue.id = idAt(*query, 0);
        row.queue.name = query->value(1).toString();
        row.queue.description = query->value(2).toString();
        if (auto sla = SlaPolicy::fromJson(QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object())) {
            row.queue.sla = *sla;
        }
        row.members = query->value(4).toInt();
        row.activeTickets = query->value(5).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

// knowledge base -------------------------------------------------------------------------------

QUuid AdminCommands::articleId(const QString &relativePath)
{
    // One spelling per path: forward slashes, no "./", and NFC, since macOS writes names in NFD.
    const QString path =
        QDir::cleanPath(QDir::fromNativeSeparators(relativePath)).normalized(QString::NormalizationForm_C);
    return QUuid::createUuidV5(ArticleNamespace, path);
}

Result<QString> AdminCommands::normalizeLanguage(const QString &text)
{
    // What Models::JsonReader::language() accepts, written one way: "zh_CN", "zh_Hant", "en".
    static const QRegularExpression pattern(u"^([A-Za-z]{2,3})(?:[_-]([A-Za-z0-9]{2,8}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return invalid(u"language"_s,
                       tr("\"%1\" is not a language code such as en, zh_CN or zh_TW.").arg(text.trimmed()));
    }
    QString code = match.captured(1).toLower();
    QString subtag = match.captured(2);
    const bool letters = std::all_of(subtag.cbegin(), subtag.cend(), [](QChar c) { return c.isLetter(); });
    if (subtag.size() == 2 && letters) {
        subtag = subtag.toUpper();  // region: CN, TW
    } else if (subtag.size() == 4 && letters) {
        subtag = subtag.left(1).toUpper() + subtag.mid(1).toLower();  // script: Hans, Hant
    }
    if (!subtag.isEmpty()) {
        code += u'_' + subtag;
    }
    return code;
}

Result<Article> AdminCommands::parseArticle(const QString &relativePath, QStringView text,
                                            const QString &defaultLanguage)
{
    const auto problem = [&relativePath](const QString &message) {
        return invalid(relativePath, message);
    };
    Article article;
    article.id = articleId(relativePath);
    article.published = true;
    QString language = defaultLanguage;

    const QList<QStringView> lines = text.split(u'\n');
    QSet<QString> keysSeen;
    qsizetype heading = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        const QStringView trimmed = line.trimmed();
        const int lineNumber = static_cast<int>(i + 1);
        if (trimmed.isEmpty() || trimmed == u"---") {
            continue;  // blank lines, and YAML-style fences around the front matter
        }
        if (trimmed.startsWith(u'#')) {
            if (trimmed.size() > 1 && trimmed.at(1) == u'#') {
                return problem(tr("%1, line %2: the title must be a level-one heading (\"# Title\"), not \"%3\".")
                                   .arg(relativePath)
                                   .arg(lineNumber)
                                   .arg(trimmed.toString()));
            }
            if (trimmed.size() > 1 && !trimmed.at(1).isSpace()) {
                return problem(tr("%1, line %2: write the title as \"# Title\", with a space after the \"#\".")
                                   .arg(relativePath)
                                   .arg(lineNumber));
            }
            article.title = headingText(trimmed);
            if (article.title.isEmpty()) {
                return problem(tr("%1, line %2: the title after \"#\" is empty.").arg(relativePath).arg(lineNumber));
            }
            heading = i;
            break;
        }
        const qsizetype colon = trimmed.indexOf(u':');
        const QString key = colon > 0 ? trimmed.left(colon).trimmed().toString().toLower() : QString();
        const QString value = colon > 0 ? trimmed.sliced(colon + 1).trimmed().toString() : QString();
        if (key != u"category" && key != u"language" && key != u"tags") {
            const bool hasHeading = std::any_of(lines.begin() + i, lines.end(),
                                                [](QStringView rest) { return rest.trimmed().startsWith(u"# "); });
            if (!hasHeading) {
                return problem(
                    tr("%1 has no title: the first heading must be a line starting with \"# \".").arg(relativePath));
            }
            return problem(tr("%1, line %2: \"%3\" comes before the title; only the front matter lines "
                              "\"category:\", \"language:\" and \"tags:\" may.")
                               .arg(relativePath)
                               .arg(lineNumber)
                               .arg(trimmed.left(60).toString()));
        }
        if (keysSeen.contains(key)) {
            return problem(tr("%1, line %2: \"%3:\" appears twice in the front matter.")
                               .arg(relativePath)
                               .arg(lineNumber)
                               .arg(key));
        }
        keysSeen.insert(key);
        if (key == u"category") {
            article.category = value;
        } else if (key == u"language") {
            language = value;
        } else {
            article.tags = splitTags(value);
        }
    }
    if (heading < 0) {
        return problem(tr("%1 has no title: the first heading must be a line starting with \"# \".").arg(relativePath));
    }

    // The body: everything after the heading, without the blank lines around it.
    QStringList body;
    for (qsizetype i = heading + 1; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (body.isEmpty() && line.trimmed().isEmpty()) {
            continue;
        }
        body.append(line.toString());
    }
    while (!body.isEmpty() && body.constLast().trimmed().isEmpty()) {
        body.removeLast();
    }
    article.body = body.join(u'\n');

    const Result<QString> code = normalizeLanguage(language);
    if (!code) {
        return problem(tr("%1: %2").arg(relativePath, code.error().message));
    }
    article.language = *code;

    if (article.title.size() > Article::MaxTitleLength) {
        return problem(
            tr("%1: the title is longer than %2 characters.").arg(relativePath).arg(Article::MaxTitleLength));
    }
    if (article.body.size() > Article::MaxBodyLength) {
        return problem(tr("%1: the text is longer than %2 characters.").arg(relativePath).arg(Article::MaxBodyLength));
    }
    if (article.category.size() > Article::MaxCategoryLength) {
        return problem(
            tr("%1: the category is longer than %2 characters.").arg(relativePath).arg(Article::MaxCategoryLength));
    }
    if (article.tags.size() > Article::MaxTags) {
        return problem(tr("%1: more than %2 tags.").arg(relativePath).arg(Article::MaxTags));
    }
    for (const QString &tag : std::as_const(article.tags)) {
        if (tag.size() > Article::MaxTagLength) {
            return problem(tr("%1: the tag \"%2\" is longer than %3 characters.")
                               .arg(relativePath, tag.left(20) + u'…')
                               .arg(Article::MaxTagLength));
        }
    }
    // The clients' own check, as a backstop (NUL characters and the like).
    Article checked = article;
    checked.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto valid = Article::fromJson(checked.toJson()); !valid) {
        return problem(tr("%1: %2").arg(relativePath, valid.error().message));
    }
    return article;
}

Result<AdminCommands::ImportReport> AdminCommands::importArticles(const QString &directory,
                                                                  const QString &defaultLanguage)
{
    const QFileInfo info(directory);
    if (directory.isEmpty() || !info.isDir()) {
        return Error{Error::Code::Io, tr("\"%1\" is not a folder.").arg(QDir::toNativeSeparators(directory)),
                     u"directory"_s};
    }
    const Result<QString> language = normalizeLanguage(defaultLanguage);
    if (!language) {
        return language.error();
    }
    const QDir root(info.absoluteFilePath());
    QStringList files;
    // Hidden files and folders (.git, .obsidian) are left out; symbolic links to folders are not
    // followed, so a link loop cannot make this run forever.
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u".md", Qt::CaseInsensitive)) {
            files.append(root.relativeFilePath(path));
        }
    }
    files.sort();
    if (files.isEmpty()) {
        return Error{Error::Code::Io,
                     tr("There are no Markdown files (*.md) in %1.").arg(QDir::toNativeSeparators(root.absolutePath())),
                     u"directory"_s};
    }
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }

    ImportReport report;
    QList<Article> articles;
    QSet<QUuid> ids;
    for (const QString &relativePath : std::as_const(files)) {
        QFile file(root.filePath(relativePath));
        if (file.size() > MaxArticleFileBytes) {
            report.problems.append(invalid(
                relativePath, tr("%1 is larger than %2 KiB.").arg(relativePath).arg(MaxArticleFileBytes / 1024)));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems.append(Error{
                Error::Code::Io, tr("%1 cannot be read: %2").arg(relativePath, file.errorString()), relativePath});
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);  // a byte order mark is skipped
        const QString text = decoder(file.readAll());
        if (decoder.hasError()) {
            report.problems.append(invalid(relativePath, tr("%1 is not UTF-8 text.").arg(relativePath)));
            continue;
        }
        Result<Article> article = parseArticle(relativePath, text, *language);
        if (!article) {
            report.problems.append(article.error());
            continue;
        }
        if (ids.contains(article->id)) {  // "a.md" and "./a.md" cannot both be listed, but be sure
            continue;
        }
        ids.insert(article->id);
        articles.append(std::move(article).value());
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status stored = m_db.transaction([&]() -> Status {
        if (Status turn = m_db.serializeChangeFeed(); !turn) {
            return turn;
        }
        EntityStore store(m_db);
        for (Article &article : articles) {
            auto existing =
                m_db.exec(u"SELECT title, body, category, language, tags, published FROM articles WHERE id = ?"_s,
                          {idText(article.id)});
            if (!existing) {
                return existing.error();
            }
            const bool exists = existing->next();
            if (exists && existing->value(0).toString() == article.title &&
                existing->value(1).toString() == article.body && existing->value(2).toString() == article.category &&
                existing->value(3).toString() == article.language &&
                listFrom(existing->value(4).toString()) == article.tags && existing->value(5).toInt() != 0) {
                ++report.unchanged;  // no new revision, nothing for the clients to download again
                continue;
            }
            article.updatedAt = now;
            if (auto saved = store.save(article); !saved) {
                return saved.error();
            }
            ++(exists ? report.updated : report.created);
        }
        return audit(u"import_articles"_s, QDir::toNativeSeparators(root.absolutePath()),
                     {{u"created"_s, report.created},
                      {u"updated"_s, report.updated},
                      {u"unchanged"_s, report.unchanged},
                      {u"failed"_s, static_cast<int>(report.problems.size())}});
    });
    if (!stored) {
        return stored.error();
    }
    qCDebug(lc) << "imported articles from" << root.absolutePath() << ":" << report.created << "new," << report.updated
                << "updated," << report.unchanged << "unchanged," << report.problems.size() << "failed";
    return report;
}

// demo data ------------------------------------------------------------------------------------

namespace {

Error demoClash(const QString &what)
{
    return invalid(u"seed"_s, AdminCommands::tr("%1 Load demo data into a new database (init with another --data-dir), "
                                                "or with the --seed used before.")
                                  .arg(what));
}

// The demo data's names and numbers must not collide with what the database holds already; its own
// entities from an earlier run with the same seed are simply updated.
Status checkDemoClashes(ServerDatabase &db, const Models::DemoDataset &data)
{
    auto queues = db.exec(u"SELECT id, name FROM queues"_s);
    if (!queues) {
        return queues.error();
    }
    QHash<QString, QUuid> queueIds;
    while (queues->next()) {
        queueIds.insert(queues->value(1).toString(), idAt(*queues, 0));
    }
    for (const Queue &queue : data.queues) {
        if (const auto found = queueIds.constFind(queue.name); found != queueIds.cend() && *found != queue.id) {
            return demoClash(AdminCommands::tr("The database has a queue named \"%1\" that is not the demo data's.")
                                 .arg(queue.name));
        }
    }

    auto users = db.exec(u"SELECT id, username FROM users"_s);
    if (!users) {
        return users.error();
    }
    QHash<QString, QUuid> userIds;
    while (users->next()) {
        userIds.insert(users->value(1).toString(), idAt(*users, 0));
    }
    for (const Agent &agent : data.agents) {
        if (const auto found = userIds.constFind(agent.username.toLower());
            found != userIds.cend() && *found != agent.id) {
            return demoClash(
                AdminCommands::tr("The database has a user \"%1\" who is not the demo data's.").arg(agent.username));
        }
    }

    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    QSet<QUuid> demoTickets;
    demoTickets.reserve(data.tickets.size());
    for (const Models::Ticket &ticket : data.tickets) {
        demoTickets.insert(ticket.id);
        if (ticket.number) {
            lowest = std::min(lowest, *ticket.number);
            highest = std::max(highest, *ticket.number);
        }
    }
    auto taken = db.exec(u"SELECT id, number FROM tickets WHERE number BETWEEN ? AND ?"_s, {lowest, highest});
    if (!taken) {
        return taken.error();
    }
    while (taken->next()) {
        if (!demoTickets.contains(idAt(*taken, 0))) {
            return demoClash(AdminCommands::tr("Ticket number %1 belongs to a ticket that is not the demo data's.")
                                 .arg(taken->value(1).toLongLong()));
        }
    }
    return Ok{};
}

// A rating as a client's RecordCsat leaves it: the row with the rated agent, and a "csat" change
// for the leads of the ticket's queue.
Status storeRating(ServerDatabase &db, ChangeFeed &feed, const Models::Customer &customer,
                   const Models::CsatRating &rating, const Models::Ticket &ticket)
{
    auto row = db.exec(u"INSERT INTO csat_ratings (ticket_id, customer_id, agent_id, queue_id, score, comment, "
                       "rated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                       "score = excluded.score, comment = excluded.comment, rated_at = excluded.rated_at, "
                       "agent_id = excluded.agent_id, queue_id = excluded.queue_id"_s,
                       {idText(ticket.id), idText(customer.id), nullableId(ticket.assigneeId), idText(ticket.queueId),
                        rating.score, rating.comment, rating.ratedAt.toMSecsSinceEpoch()});
    if (!row) {
        return row.error();
    }
    Protocol::CsatRecord record;
    record.id = ticket.id;  // one rating per ticket
    record.ticketId = ticket.id;
    record.customerId = customer.id;
    record.agentId = ticket.assigneeId;
    record.score = rating.score;
    record.comment = rating.comment;
    record.ratedAt = rating.ratedAt;
    Change change;
    change.kind = u"csat"_s;
    change.entityId = record.id;
    change.op = u"upsert"_s;
    change.rev = 1;
    change.scopeQueueId = ticket.queueId;
    change.data = record.toJson();
    auto appended = feed.append(change);
    return appended ? Status(Ok{}) : Status(appended.error());
}

}  // namespace

Result<AdminCommands::DemoReport> AdminCommands::loadDemoData(const Models::DemoDataOptions &options,
                                                              QStringView password, const Progress &progress)
{
    if (Status ready = requireSchema(); !ready) {
        return ready.error();
    }
    DemoReport report;
    QElapsedTimer timer;
    timer.start();
    const Models::DemoDataset data = Models::DemoDataGenerator(options).generate();
    report.generateMs = timer.restart();

    if (Status clear = checkDemoClashes(m_db, data); !clear) {
        return clear.error();
    }

    // Hashed before any transaction: Argon2 is slow on purpose, and the write lock should not wait for it.
    QStringList hashes;
    hashes.reserve(data.agents.size());
    for (qsizetype i = 0; i < data.agents.size(); ++i) {
        Result<QString> hash = m_hasher.hash(password);
        if (!hash) {
            return hash.error();
        }
        hashes.append(*hash);
    }
    report.hashMs = timer.restart();

    QHash<QUuid, const Models::Ticket *> ticketsById;
    ticketsById.reserve(data.tickets.size());
    for (const Models::Ticket &ticket : data.tickets) {
        ticketsById.insert(ticket.id, &ticket);
    }
    QList<const Models::Customer *> rated;
    for (const Models::Customer &customer : data.customers) {
        if (!customer.csat.isEmpty()) {
            rated.append(&customer);
        }
    }

    EntityStore store(m_db);
    ChangeFeed feed(m_db);
    struct Step
    {
        QString kind;
        qsizetype count;
        std::function<Status(qsizetype)> saveOne;
    };
    // In dependency order: what a row refers to is stored before it.
    const std::array steps{
        Step{u"queues"_s, data.queues.size(),
             [&](qsizetype i) {
                 return statusOf(store.save(data.queues.at(i)));
             }},
        Step{u"users"_s, data.agents.size(),
             [&](qsizetype i) {
                 auto saved = store.save(data.agents.at(i));
                 return saved ? store.setPasswordHash(saved->id, hashes.at(i)) : Status(saved.error());
             }},
        // Saved again now that their members exist, so that their records in the feed list them.
        Step{u"queue members"_s, data.queues.size(),
             [&](qsizetype i) {
                 return statusOf(store.save(data.queues.at(i)));
             }},
        Step{u"customers"_s, data.customers.size(),
             [&](qsizetype i) {
                 Models::Customer customer = data.customers.at(i);
                 customer.csat.clear();  // their rated tickets do not exist yet; see "ratings"
                 return statusOf(store.save(std::move(customer)));
             }},
        Step{u"tickets"_s, data.tickets.size(),
             [&](qsizetype i) {
                 return statusOf(store.save(data.tickets.at(i)));
             }},
        Step{u"messages"_s, data.messages.size(),
             [&](qsizetype i) {
                 return statusOf(store.save(data.messages.at(i)));
             }},
        Step{u"ratings"_s, rated.size(),
             [&](qsizetype i) -> Status {
                 const Models::Customer &customer = *rated.at(i);
                 for (const Models::CsatRating &rating : customer.csat) {
                     if (const Models::Ticket *ticket = ticketsById.value(rating.ticketId)) {
                         if (Status saved = storeRating(m_db, feed, customer, rating, *ticket); !saved) {
                             return saved;
                         }
                         ++report.csatRatings;
                     }
                 }
                 return statusOf(store.save(customer));  // the customer's record with their ratings
             }},
        Step{u"articles"_s, data.articles.size(),
             [&](qsizetype i) {
                 return statusOf(store.save(data.articles.at(i)));
             }},
        Step{u"canned replies"_s, data.cannedReplies.size(),
             [&](qsizetype i) {
                 return statusOf(store.save(data.cannedReplies.at(i)));
             }},
    };
    for (const Step &step : steps) {
        for (qsizetype start = 0; start < step.count; start += DemoBatchSize) {
            const qsizetype end = std::min(step.count, start + DemoBatchSize);
            const Status batch = m_db.transaction([&]() -> Status {
                if (Status turn = m_db.serializeChangeFeed(); !turn) {
                    return turn;
                }
                for (qsizetype i = start; i < end; ++i) {
                    if (Status saved = step.saveOne(i); !saved) {
                        return saved;
                    }
                }
                return Ok{};
            });
            if (!batch) {
                return batch.error();
            }
            if (progress) {
                progress(step.kind, end, step.count);
            }
        }
    }

    report.queues = static_cast<int>(data.queues.size());
    report.users = static_cast<int>(data.agents.size());
    report.customers = static_cast<int>(data.customers.size());
    report.tickets = static_cast<int>(data.tickets.size());
    report.messages = static_cast<int>(data.messages.size());
    report.articles = static_cast<int>(data.articles.size());
    report.cannedReplies = static_cast<int>(data.cannedReplies.size());
    for (const Agent &agent : data.agents) {
        report.usernames.append(agent.username.toLower());
    }
    report.storeMs = timer.elapsed();

    const Status audited = m_db.transaction([&]() -> Status {
        return audit(u"load_demo_data"_s, QString::number(options.seed),
                     {{u"tickets"_s, report.tickets},
                      {u"messages"_s, report.messages},
                      {u"customers"_s, report.customers},
                      {u"users"_s, jsonArray(report.usernames)}});
    });
    if (!audited) {
        return audited.error();
    }
    qCDebug(lc) << "loaded demo data:" << report.tickets << "tickets in" << report.storeMs << "ms";
    return report;
}

}  // namespace Frontline::Server
