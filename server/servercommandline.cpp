// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// frontline-server: serves clients until SIGINT or SIGTERM (the default command, "serve"), or runs
// one administrative command (init, add-user, import-articles, demo-data, …) and exits.
// Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.

#include "servercommandline.h"

#include "admincommands.h"
#include "frontlineserver.h"
#include "serverconfig.h"
#include "serverdatabase.h"

#include <models/demodata.h>
#include <models/translations.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Frontline::Server {
namespace {

Q_LOGGING_CATEGORY(lc, "frontline.server.main", QtInfoMsg)

// The translation context of this file's messages.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::CommandLine)
};

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

const QString Program = u"frontline-server"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << Program << ": " << message << Qt::endl;
    return Failure;
}

bool isTerminal([[maybe_unused]] int fd)
{
#ifdef Q_OS_UNIX
    return ::isatty(fd) == 1;
#else
    return false;
#endif
}

// Best effort: the password's characters do not linger in freed memory.
void wipe(QString &text)
{
    std::fill(text.begin(), text.end(), QChar(u'\0'));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    std::fill(bytes.begin(), bytes.end(), '\0');
    bytes.clear();
}

// Table output -----------------------------------------------------------------------------------

// Columns on a terminal: CJK characters take two, so that Chinese names line up with English ones.
int displayWidth(QStringView text)
{
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate()) {
            continue;
        }
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF && u != 0x303F) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

void printTable(const QList<QStringList> &rows)
{
    std::vector<int> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], displayWidth(row.at(i)));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size()) {
                line += QString(widths[static_cast<std::size_t>(i)] - displayWidth(row.at(i)) + 2, u' ');
            }
        }
        out() << line << Qt::endl;
    }
}

QString formatMinutes(int minutes)
{
    if (minutes <= 0) {
        return CommandLine::tr("none");
    }
    if (minutes % (24 * 60) == 0) {
        return CommandLine::tr("%1 d").arg(minutes / (24 * 60));
    }
    if (minutes % 60 == 0) {
        return CommandLine::tr("%1 h").arg(minutes / 60);
    }
    return CommandLine::tr("%1 min").arg(minutes);
}

QString formatSla(const Models::SlaPolicy &sla)
{
    QStringList parts;
    for (const Models::Priority priority :
         {Models::Priority::Urgent, Models::Priority::High, Models::Priority::Normal, Models::Priority::Low}) {
        const Models::SlaTarget &target = sla.target(priority);
        parts.append(u"%1 %2/%3"_s.arg(Models::toString(priority), formatMinutes(target.firstResponseMinutes),
                                       formatMinutes(target.resolutionMinutes)));
    }
    return parts.join(u", "_s);
}

QString seconds(qint64 ms)
{
    return CommandLine::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// Commands ---------------------------------------------------------------------------------------

struct Command
{
    QString name;
    QString synopsis;  // after "frontline-server "
    QString summary;   // one line for the command list
    int (*run)(const Command &command, const QStringList &arguments);
};

const std::vector<Command> &commands();

int usageError(const QString &commandName, const QString &message)
{
    err() << Program << ": " << message << Qt::endl;
    err() << (commandName.isEmpty()
                  ? CommandLine::tr("Run \"%1 --help\" for the commands and options.").arg(Program)
                  : CommandLine::tr("Run \"%1 %2 --help\" for its options.").arg(Program, commandName))
          << Qt::endl;
    return UsageError;
}

/*
    The command line of one administrative command: its own options plus --data-dir and --database,
    which mean what they mean for serving (ServerConfig reads them, so both agree on the defaults).
*/
class AdminCommandLine final
{
public:
    explicit AdminCommandLine(const Command &command)
        : m_command(command)
    {
        m_parser.setApplicationDescription(command.summary);
        m_parser.addOption(m_dataDir);
        m_parser.addOption(m_database);
    }

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void setDescription(const QString &text) { m_description = text; }
    const QCommandLineParser &parser() const { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }

    /*!
        Parses \a arguments (after the command name). Returns an exit code when the command ends
        here: help printed (0) or a usage error reported (2).
    */
    std::optional<int> parse(const QStringList &arguments, qsizetype minPositional, qsizetype maxPositional,
                             const QString &missingMessage = {})
    {
        m_parser.addOption(m_help);  // last in the listing
        if (!m_parser.parse(QStringList{Program} + arguments)) {
            return usageError(m_command.name, m_parser.errorText());
        }
        if (m_parser.isSet(m_help)) {
            out() << helpText();
            return Success;
        }
        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() < minPositional) {
            return usageError(m_command.name, missingMessage);
        }
        if (positional.size() > maxPositional) {
            return usageError(m_command.name,
                              CommandLine::tr("Unexpected argument \"%1\".").arg(positional.at(maxPositional)));
        }
        QStringList storage{Program};
        if (m_parser.isSet(m_dataDir)) {
            storage << u"--data-dir"_s << m_parser.value(m_dataDir);
        }
        if (m_parser.isSet(m_database)) {
            storage << u"--database"_s << m_parser.value(m_database);
        }
        Models::Result<ServerConfig> config = ServerConfig::fromArguments(storage);
        if (!config) {
            return usageError(m_command.name, config.error().message);
        }
        m_config = std::move(config).value();
        return std::nullopt;
    }

    /*!
        Opens the database. Every command but init wants one that exists: a mistyped --data-dir must
        not leave a new, empty database behind.
    */
    std::unique_ptr<ServerDatabase> open(bool mustExist, int *exitCode) const
    {
        const ServerDatabase::Location location = databaseLocation(m_config);
        if (mustExist && !location.sqliteFile.isEmpty() && !QFileInfo::exists(location.sqliteFile)) {
            *exitCode = fail(CommandLine::tr("There is no server database at %1. Create it with \"%2 init\", or give "
                                             "the server's --data-dir.")
                                 .arg(QDir::toNativeSeparators(location.sqliteFile), Program));
            return nullptr;
        }
        auto db = ServerDatabase::open(location);
        if (!db) {
            *exitCode = fail(db.error().message);
            return nullptr;
        }
        return std::move(db).value();
    }

    QString helpText() const
    {
        QString text =
            CommandLine::tr("Usage: %1 %2").arg(Program, m_command.synopsis) + u"\n\n"_s + m_command.summary + u'\n';
        if (!m_description.isEmpty()) {
            text += u'\n' + m_description + u'\n';
        }
        // QCommandLineParser's own listing of the options, without its usage line.
        const QString generated = m_parser.helpText();
        const qsizetype options = generated.indexOf(u"\nOptions:"_s);
        if (options >= 0) {
            text += generated.mid(options);
        }
        return text;
    }

private:
    const Command &m_command;
    QCommandLineParser m_parser;
    QString m_description;
    QCommandLineOption m_dataDir{u"data-dir"_s,
                                 CommandLine::tr("The server's data directory, as for serving (default: the "
                                                 "application data directory's \"server\" folder)."),
                                 u"DIR"_s};
    QCommandLineOption m_database{u"database"_s,
                                  CommandLine::tr("The server's PostgreSQL database, as for serving, such as "
                                                  "postgresql://frontline@localhost:5432/frontline."),
                                  u"URL"_s};
    QCommandLineOption m_help{QStringList{u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit.")};
    ServerConfig m_config;
};

// Passwords are never taken from the command line: other users see it in the process list, and the
// shell keeps it in its history.
std::optional<int> refusePasswordArgument(const Command &command, const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--password" || argument.startsWith(u"--password=")) {
            return usageError(command.name,
                              CommandLine::tr("Passwords are not taken on the command line, where others can see "
                                              "them; type it when asked, pipe it on standard input, or use "
                                              "--password-file."));
        }
    }
    return std::nullopt;
}

QCommandLineOption passwordFileOption()
{
    return QCommandLineOption(u"password-file"_s,
                              CommandLine::tr("Read the password from the first line of FILE (default: ask for it "
                                              "on the terminal, or read the first line of standard input)."),
                              u"FILE"_s);
}

Models::Result<QString> decodePassword(QByteArray &line, const QString &source)
{
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString password = decoder(line);
    wipe(line);
    if (decoder.hasError()) {
        wipe(password);
        return Models::Error{Models::Error::Code::InvalidValue,
                             CommandLine::tr("The password in %1 is not UTF-8 text.").arg(source), u"password"_s};
    }
    return password;
}

#ifdef Q_OS_UNIX
// Reads one line from the terminal without echoing it.
Models::Result<QString> askPassword(const QString &prompt)
{
    err() << prompt << Qt::flush;
    termios saved{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        hidden.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QFile input;
    QByteArray line;
    if (input.open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        line = input.readLine(4 * Server::PasswordHasher::MaxPasswordBytes + 2);
    }
    if (canHide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    return decodePassword(line, CommandLine::tr("the terminal"));
}
#endif

Models::Result<QString> readPassword(const QCommandLineParser &parser, const QCommandLineOption &fileOption,
                                     const QString &username)
{
    if (parser.isSet(fileOption)) {
        const QString path = parser.value(fileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Models::Error{Models::Error::Code::Io,
                                 CommandLine::tr("Cannot read the password file %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()),
                                 u"password-file"_s};
        }
        QByteArray line = file.readLine(4 * Server::PasswordHasher::MaxPasswordBytes + 2);
        return decodePassword(line, QDir::toNativeSeparators(path));
    }
#ifdef Q_OS_UNIX
    if (isTerminal(STDIN_FILENO)) {
        Models::Result<QString> first = askPassword(CommandLine::tr("New password for %1: ").arg(username));
        if (!first) {
            return first;
        }
        Models::Result<QString> second = askPassword(CommandLine::tr("The same password again: "));
        if (!second) {
            return second;
        }
        const bool same = *first == *second;
        wipe(*second);
        if (!same) {
            wipe(*first);
            return Models::Error{Models::Error::Code::InvalidValue, CommandLine::tr("The passwords do not match."),
                                 u"password"_s};
        }
        return first;
    }
#endif
    QFile input;
    QByteArray line;
    if (input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        line = input.readLine(4 * Server::PasswordHasher::MaxPasswordBytes + 2);
    }
    return decodePassword(line, CommandLine::tr("standard input"));
}

// init -------------------------------------------------------------------------------------------

int runInit(const Command &command, const QStringList &arguments)
{
    AdminCommandLine line(command);
    line.setDescription(CommandLine::tr("Safe to run again: an existing database is upgraded if it is older, and "
                                        "otherwise left as it is."));
    if (auto exit = line.parse(arguments, 0, 0)) {
        return *exit;
    }
    int exitCode = Failure;
    auto db = line.open(false, &exitCode);
    if (!db) {
        return exitCode;
    }
    const auto report = AdminCommands(*db).init();
    if (!report) {
        return fail(report.error().message);
    }
    const QString where = db->location().sqliteFile.isEmpty()
                              ? db->location().postgresUrl.toDisplayString(QUrl::RemovePassword)
                              : QDir::toNativeSeparators(db->location().sqliteFile);
    if (report->fromVersion == 0) {
        out()
            << CommandLine::tr("Created the server database %1 (schema version %2).").arg(where).arg(report->toVersion)
            << Qt::endl;
    } else if (report->fromVersion != report->toVersion) {
        out() << CommandLine::tr("Upgraded the server database %1 from schema version %2 to %3.")
                     .arg(where)
                     .arg(report->fromVersion)
                     .arg(report->toVersion)
              << Qt::endl;
    } else {
        out() << CommandLine::tr("The server database %1 is up to date (schema version %2).")
                     .arg(where)
                     .arg(report->toVersion)
              << Qt::endl;
    }
    out() << CommandLine::tr("Server id: %1").arg(report->serverId) << Qt::endl;
    return Success;
}

// users ------------------------------------------------------------------------------------------

int runAddUser(const Command &command, const QStringList &arguments)
{
    if (auto exit = refusePasswordArgument(command, arguments)) {
        return *exit;
    }
    AdminCommandLine line(command);
    line.setDescription(CommandLine::tr("The password is asked for on the terminal, read from the first line of "
                                        "standard input (echo \"$PASSWORD\" | %1 add-user …) "
                                        "or from --password-file; "
                                        "never from the command line.")
                            .arg(Program));
    const QCommandLineOption name(u"name"_s, CommandLine::tr("The name the user is shown with (required)."), u"NAME"_s);
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The user's email address."), u"ADDRESS"_s);
    const QCommandLineOption role(u"role"_s, CommandLine::tr("agent, lead or admin (default: agent)."), u"ROLE"_s,
                                  u"agent"_s);
    const QCommandLineOption queue(u"queue"_s, CommandLine::tr("A queue the user works in, by name; repeat for more."),
                                   u"NAME"_s);
    const QCommandLineOption passwordFile = passwordFileOption();
    for (const QCommandLineOption &option : {name, email, role, queue, passwordFile}) {
        line.addOption(option);
    }
    if (auto exit = line.parse(arguments, 1, 1, CommandLine::tr("add-user needs the new user's USERNAME."))) {
        return *exit;
    }
    const QCommandLineParser &parser = line.parser();
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        return usageError(command.name, CommandLine::tr("add-user needs --name with the user's display name."));
    }
    const auto parsedRole = AdminCommands::parseRole(parser.value(role));
    if (!parsedRole) {
        return usageError(command.name, parsedRole.error().message);
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    AdminCommands::NewUser user;
    user.username = line.positional().constFirst();
    user.name = parser.value(name);
    user.email = parser.value(email);
    user.role = *parsedRole;
    user.queueNames = parser.values(queue);

    Models::Result<QString> password = readPassword(parser, passwordFile, user.username.trimmed().toLower());
    if (!password) {
        return fail(password.error().message);
    }
    const auto added = AdminCommands(*db).addUser(user, *password);
    wipe(*password);
    if (!added) {
        return fail(added.error().message);
    }
    out() << CommandLine::tr("Added %1 (%2, %3).").arg(added->username, added->name, Models::toString(added->role))
          << Qt::endl;
    return Success;
}

int runEnableDisable(const Command &command, const QStringList &arguments, bool disable)
{
    AdminCommandLine line(command);
    if (disable) {
        line.setDescription(CommandLine::tr("The user can no longer sign in, and every session they have is revoked. "
                                            "Their tickets, messages and history are kept."));
    }
    if (auto exit = line.parse(arguments, 1, 1, CommandLine::tr("%1 needs a USERNAME.").arg(command.name))) {
        return *exit;
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    const QString username = line.positional().constFirst().trimmed().toLower();
    AdminCommands admin(*db);
    const auto change = disable ? admin.disableUser(username) : admin.enableUser(username);
    if (!change) {
        return fail(change.error().message);
    }
    if (disable) {
        out() << (change->changed
                      ? CommandLine::tr("Disabled %1; revoked %n session(s).", nullptr, change->revokedSessions)
                      : CommandLine::tr("%1 was disabled already; revoked %n session(s).", nullptr,
                                        change->revokedSessions))
                     .arg(username)
              << Qt::endl;
    } else {
        out() << (change->changed ? CommandLine::tr("Enabled %1.") : CommandLine::tr("%1 was not disabled."))
                     .arg(username)
              << Qt::endl;
    }
    return Success;
}

int runDisableUser(const Command &command, const QStringList &arguments)
{
    return runEnableDisable(command, arguments, true);
}

int runEnableUser(const Command &command, const QStringList &arguments)
{
    return runEnableDisable(command, arguments, false);
}

int runSetPassword(const Command &command, const QStringList &arguments)
{
    if (auto exit = refusePasswordArgument(command, arguments)) {
        return *exit;
    }
    AdminCommandLine line(command);
    line.setDescription(CommandLine::tr("The user's sessions are revoked: they sign in again with the new password."));
    const QCommandLineOption passwordFile = passwordFileOption();
    line.addOption(passwordFile);
    if (auto exit = line.parse(arguments, 1, 1, CommandLine::tr("set-password needs a USERNAME."))) {
        return *exit;
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    const QString username = line.positional().constFirst().trimmed().toLower();
    AdminCommands admin(*db);
    Models::Result<QString> password = readPassword(line.parser(), passwordFile, username);
    if (!password) {
        return fail(password.error().message);
    }
    const auto change = admin.setPassword(username, *password);
    wipe(*password);
    if (!change) {
        return fail(change.error().message);
    }
    out() << CommandLine::tr("Changed the password of %1; revoked %n session(s).", nullptr, change->revokedSessions)
                 .arg(username)
          << Qt::endl;
    return Success;
}

int runListUsers(const Command &command, const QStringList &arguments)
{
    AdminCommandLine line(command);
    if (auto exit = line.parse(arguments, 0, 0)) {
        return *exit;
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    const auto users = AdminCommands(*db).listUsers();
    if (!users) {
        return fail(users.error().message);
    }
    QList<QStringList> rows{{CommandLine::tr("USERNAME"), CommandLine::tr("NAME"), CommandLine::tr("ROLE"),
                             CommandLine::tr("STATUS"), CommandLine::tr("QUEUES")}};
    for (const AdminCommands::UserRow &user : *users) {
        const QString status = user.disabled       ? CommandLine::tr("disabled")
                               : !user.hasPassword ? CommandLine::tr("no password")
                                                   : CommandLine::tr("active");
        rows.append({user.agent.username, user.agent.name, Models::toString(user.agent.role), status,
                     user.queueNames.join(u", "_s)});
    }
    printTable(rows);
    return Success;
}

// queues -----------------------------------------------------------------------------------------

int runAddQueue(const Command &command, const QStringList &arguments)
{
    AdminCommandLine line(command);
    line.setDescription(
        CommandLine::tr("SLA targets are first response/resolution per priority, in minutes or with a unit (m, h, d); "
                        "0 means no target. Priorities not given keep the defaults: %1.")
            .arg(formatSla(AdminCommands::defaultSla())));
    const QCommandLineOption description(u"description"_s, CommandLine::tr("What the queue is for."), u"TEXT"_s);
    const QCommandLineOption sla(
        u"sla"_s,
        CommandLine::tr("An SLA target such as urgent=15/120 or high=1h/1d; repeat for each priority to change."),
        u"PRIORITY=FIRST/RESOLUTION"_s);
    line.addOption(description);
    line.addOption(sla);
    if (auto exit = line.parse(arguments, 1, 1, CommandLine::tr("add-queue needs the new queue's NAME."))) {
        return *exit;
    }
    const auto policy = AdminCommands::parseSla(line.parser().values(sla));
    if (!policy) {
        return usageError(command.name, policy.error().message);
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    AdminCommands::NewQueue queue;
    queue.name = line.positional().constFirst();
    queue.description = line.parser().value(description);
    queue.sla = *policy;
    const auto added = AdminCommands(*db).addQueue(queue);
    if (!added) {
        return fail(added.error().message);
    }
    out() << CommandLine::tr("Added the queue %1 with SLA %2.").arg(added->name, formatSla(added->sla)) << Qt::endl;
    return Success;
}

int runListQueues(const Command &command, const QStringList &arguments)
{
    AdminCommandLine line(command);
    line.setDescription(CommandLine::tr("SLA: first response/resolution per priority."));
    if (auto exit = line.parse(arguments, 0, 0)) {
        return *exit;
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    const auto queues = AdminCommands(*db).listQueues();
    if (!queues) {
        return fail(queues.error().message);
    }
    QList<QStringList> rows{{CommandLine::tr("NAME"), CommandLine::tr("MEMBERS"), CommandLine::tr("ACTIVE TICKETS"),
                             CommandLine::tr("SLA")}};
    for (const AdminCommands::QueueRow &queue : *queues) {
        rows.append({queue.queue.name, QString::number(queue.members), QString::number(queue.activeTickets),
                     formatSla(queue.queue.sla)});
    }
    printTable(rows);
    return Success;
}

// knowledge base ---------------------------------------------------------------------------------

int runImportArticles(const Command &command, const QStringList &arguments)
{
    AdminCommandLine line(command);
    line.setDescription(
        CommandLine::tr("Imports every .md file in DIR and its subfolders. A file may start with front matter lines\n"
                        "  category: Billing\n  language: zh_CN\n  tags: refund, invoice\n"
                        "then its title as a heading line \"# Title\"; the rest is the article's text.\n"
                        "Articles are known by their path inside DIR: importing the folder again updates them."));
    const QCommandLineOption language(u"language"_s,
                                      CommandLine::tr("The language of files without a \"language:\" line "
                                                      "(default: en)."),
                                      u"CODE"_s, u"en"_s);
    line.addOption(language);
    if (auto exit = line.parse(arguments, 1, 1, CommandLine::tr("import-articles needs the DIR to import from."))) {
        return *exit;
    }
    const auto code = AdminCommands::normalizeLanguage(line.parser().value(language));
    if (!code) {
        return usageError(command.name, code.error().message);
    }
    const QString directory = line.positional().constFirst();
    if (!QFileInfo(directory).isDir()) {
        return fail(CommandLine::tr("\"%1\" is not a folder.").arg(QDir::toNativeSeparators(directory)));
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    const auto report = AdminCommands(*db).importArticles(directory, *code);
    if (!report) {
        return fail(report.error().message);
    }
    for (const Models::Error &problem : report->problems) {
        err() << Program << ": " << problem.message << Qt::endl;
    }
    out() << CommandLine::tr("Articles: %1 new, %2 updated, %3 unchanged.")
                 .arg(report->created)
                 .arg(report->updated)
                 .arg(report->unchanged)
          << Qt::endl;
    if (!report->problems.isEmpty()) {
        return fail(CommandLine::tr("%n file(s) could not be imported.", nullptr, int(report->problems.size())));
    }
    return Success;
}

// demo data --------------------------------------------------------------------------------------

std::optional<quint64> parseUnsigned(const QString &text, quint64 max)
{
    if (text.isEmpty() || text.size() > 20 ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    return ok && value <= max ? std::optional<quint64>(value) : std::nullopt;
}

int runDemoData(const Command &command, const QStringList &arguments)
{
    constexpr quint64 MaxTickets = 1'000'000;
    const Models::DemoDataOptions defaults;
    AdminCommandLine line(command);
    line.setDescription(CommandLine::tr("For trying Frontline out, not for a production server: every demo user, "
                                        "including the administrator \"admin\", gets the demo password. The same seed "
                                        "and size always give the same data; loading it again updates it."));
    const QCommandLineOption tickets(u"tickets"_s,
                                     CommandLine::tr("How many tickets, 1-%1 (default: %2).")
                                         .arg(QLocale().toString(MaxTickets))
                                         .arg(defaults.tickets),
                                     u"N"_s);
    const QCommandLineOption seed(u"seed"_s, CommandLine::tr("The random seed (default: %1).").arg(defaults.seed),
                                  u"S"_s);
    const QCommandLineOption demoPassword(u"demo-password"_s,
                                          CommandLine::tr("The demo users' password (default: frontline-demo)."),
                                          u"PASSWORD"_s, u"frontline-demo"_s);
    line.addOption(tickets);
    line.addOption(seed);
    line.addOption(demoPassword);
    if (auto exit = line.parse(arguments, 0, 0)) {
        return *exit;
    }
    const QCommandLineParser &parser = line.parser();
    Models::DemoDataOptions options;
    if (parser.isSet(tickets)) {
        const std::optional<quint64> count = parseUnsigned(parser.value(tickets), MaxTickets);
        if (!count || *count == 0) {
            return usageError(command.name,
                              CommandLine::tr("--tickets must be a whole number from 1 to %1, not \"%2\".")
                                  .arg(MaxTickets)
                                  .arg(parser.value(tickets)));
        }
        options.tickets = static_cast<int>(*count);
    }
    if (parser.isSet(seed)) {
        const std::optional<quint64> value = parseUnsigned(parser.value(seed), std::numeric_limits<quint64>::max());
        if (!value) {
            return usageError(command.name,
                              CommandLine::tr("--seed must be a whole number, not \"%1\".").arg(parser.value(seed)));
        }
        options.seed = *value;
    }
    const QString password = parser.value(demoPassword);
    if (password.isEmpty()) {
        return usageError(command.name, CommandLine::tr("--demo-password must not be empty."));
    }
    int exitCode = Failure;
    auto db = line.open(true, &exitCode);
    if (!db) {
        return exitCode;
    }
    const bool showProgress = isTerminal(STDERR_FILENO);
    const auto progress = [showProgress](const QString &kind, qsizetype done, qsizetype total) {
        if (showProgress) {
            err() << '\r' << CommandLine::tr("Storing %1: %2 of %3").arg(kind).arg(done).arg(total) << "\x1b[K"
                  << (done == total ? "\n" : "") << Qt::flush;
        }
    };
    const auto report = AdminCommands(*db).loadDemoData(options, password, progress);
    if (!report) {
        return fail(report.error().message);
    }
    const QLocale locale;
    out() << CommandLine::tr("Stored %1 queues, %2 users, %3 customers, %4 tickets, %5 messages, %6 ratings, "
                             "%7 articles and %8 canned replies.")
                 .arg(locale.toString(report->queues), locale.toString(report->users),
                      locale.toString(report->customers), locale.toString(report->tickets),
                      locale.toString(report->messages), locale.toString(report->csatRatings),
                      locale.toString(report->articles), locale.toString(report->cannedReplies))
          << Qt::endl;
    out() << CommandLine::tr("Time: %1 generating, %2 hashing passwords, %3 storing; %4 in all.")
                 .arg(seconds(report->generateMs), seconds(report->hashMs), seconds(report->storeMs),
                      seconds(report->generateMs + report->hashMs + report->storeMs))
          << Qt::endl;
    out() << CommandLine::tr("Demo users (password \"%1\"): %2").arg(password, report->usernames.join(u", "_s))
          << Qt::endl;
    return Success;
}

// url and serve ----------------------------------------------------------------------------------

QString serveHelp()
{
    QString text = CommandLine::tr("Usage: %1 [serve] [options]\n       %1 COMMAND [options]").arg(Program) +
                   u"\n\n"_s +
                   CommandLine::tr("Frontline's central sync server. Without a command, or with \"serve\", it serves "
                                   "clients until it gets SIGINT (Ctrl+C) or SIGTERM.") +
                   u"\n\n"_s + CommandLine::tr("Commands:") + u'\n';
    int width = 0;
    for (const Command &command : commands()) {
        width = std::max(width, int(command.name.size()));
    }
    for (const Command &command : commands()) {
        text += u"  "_s + command.name.leftJustified(width + 2) + command.summary + u'\n';
    }
    text += u'\n' + CommandLine::tr("Run \"%1 COMMAND --help\" for a command's options.").arg(Program) + u"\n\n"_s +
            CommandLine::tr("Serve options:");
    const QString generated = ServerConfig::helpText();
    const qsizetype options = generated.indexOf(u"\nOptions:"_s);
    text += options >= 0 ? generated.mid(generated.indexOf(u'\n', options + 1)) : u'\n' + generated;
    return text;
}

int runUrl(const Command &command, const QStringList &arguments)
{
    Models::Result<ServerConfig> config = ServerConfig::fromArguments(QStringList{Program} + arguments);
    if (!config) {
        return usageError(command.name, config.error().message);
    }
    if (config->helpRequested) {
        QString help = ServerConfig::helpText();
        const qsizetype options = help.indexOf(u"\nOptions:"_s);
        out() << CommandLine::tr("Usage: %1 %2").arg(Program, command.synopsis) << u"\n\n"_s << command.summary << u'\n'
              << (options >= 0 ? help.mid(options) : help);
        return Success;
    }
    out() << config->listeningUrl() << Qt::endl;
    return Success;
}

#ifdef Q_OS_UNIX
// SIGINT and SIGTERM end the event loop through a socket pair: the handler only write()s one byte,
// which is async-signal-safe; the notifier then runs the shutdown on the event loop.
int signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
    errno = savedErrno;
}

class TerminationSignals final
{
public:
    template<typename Handler>
    bool install(Handler handler)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
            return false;
        }
        m_notifier = std::make_unique<QSocketNotifier>(signalSockets[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this, handler] {
            m_notifier->setEnabled(false);
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(signalSockets[1], &byte, 1);
            // A second Ctrl+C while shutting down ends the process at once.
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            handler();
        });
        struct sigaction action
        {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};
#endif

int serve(const QStringList &arguments)
{
    Models::Result<ServerConfig> config = ServerConfig::fromArguments(QStringList{Program} + arguments);
    if (!config) {
        return usageError({}, config.error().message);
    }
    if (config->helpRequested) {
        out() << serveHelp();
        return Success;
    }
    if (config->versionRequested) {
        out() << Program << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    const ServerDatabase::Location location = databaseLocation(*config);
    FrontlineServer server(*config, location);
    if (Models::Status started = server.start(); !started) {
        return fail(started.error().message);
    }
#ifdef Q_OS_UNIX
    std::signal(SIGPIPE, SIG_IGN);  // a client or a closed stdout must not kill the server
    TerminationSignals termination;
    if (!termination.install([&server] {
            qCInfo(lc) << "stopping";
            server.stop();
            QCoreApplication::quit();
        })) {
        qCWarning(lc) << "cannot handle SIGINT and SIGTERM; the server will not shut down cleanly on them";
    }
#endif
    qCInfo(lc).noquote() << "data in"
                         << (location.sqliteFile.isEmpty() ? location.postgresUrl.toDisplayString(QUrl::RemovePassword)
                                                           : QDir::toNativeSeparators(location.sqliteFile));
    out() << CommandLine::tr("Listening on %1").arg(server.url().toString()) << Qt::endl;
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
        {u"serve"_s, u"serve [options]"_s, CommandLine::tr("Serve clients (the default)."),
         [](const Command &, const QStringList &arguments) {
             return serve(arguments);
         }},
        {u"init"_s, u"init [options]"_s,
         CommandLine::tr("Create the database, or upgrade its schema, and print the server id."), runInit},
        {u"add-user"_s, u"add-user USERNAME --name NAME [--role agent|lead|admin] [--queue NAME]... [options]"_s,
         CommandLine::tr("Create a user; the password comes from the terminal, standard input or a file."), runAddUser},
        {u"disable-user"_s, u"disable-user USERNAME [options]"_s,
         CommandLine::tr("Stop a user from signing in and revoke their sessions."), runDisableUser},
        {u"enable-user"_s, u"enable-user USERNAME [options]"_s, CommandLine::tr("Let a disabled user sign in again."),
         runEnableUser},
        {u"set-password"_s, u"set-password USERNAME [options]"_s,
         CommandLine::tr("Set a user's password and revoke their sessions."), runSetPassword},
        {u"add-queue"_s, u"add-queue NAME [--description TEXT] [--sla PRIORITY=FIRST/RESOLUTION]... [options]"_s,
         CommandLine::tr("Create a queue with its SLA targets."), runAddQueue},
        {u"list-users"_s, u"list-users [options]"_s, CommandLine::tr("List the users, their roles and queues."),
         runListUsers},
        {u"list-queues"_s, u"list-queues [options]"_s, CommandLine::tr("List the queues with their SLA targets."),
         runListQueues},
        {u"import-articles"_s, u"import-articles DIR [--language CODE] [options]"_s,
         CommandLine::tr("Import or update knowledge-base articles from a folder of Markdown files."),
         runImportArticles},
        {u"demo-data"_s, u"demo-data [--tickets N] [--seed S] [--demo-password PASSWORD] [options]"_s,
         CommandLine::tr("Load generated demo data: queues, users, customers, tickets, articles."), runDemoData},
        {u"url"_s, u"url [serve options]"_s, CommandLine::tr("Print the URL clients connect to with these options."),
         runUrl},
    };
    return all;
}

}  // namespace

int runCommandLine()
{
    // The same application data directory as the client: the server keeps its data in its "server" folder.
    QCoreApplication::setOrganizationName(u"Frontline"_s);
    QCoreApplication::setApplicationName(u"frontline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    // Operators read messages in their own language too (LANG=zh_CN.UTF-8, zh_TW…).
    Models::Translations translations;
    translations.install(Models::chooseLanguage({}));

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first.startsWith(u'-')) {
        return serve(arguments.mid(1));  // "frontline-server --port 9000" serves
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            return command.run(command, arguments.mid(2));
        }
    }
    return usageError({}, CommandLine::tr("Unknown command \"%1\".").arg(first));
}

}  // namespace Frontline::Server
