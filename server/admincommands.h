// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "passwordhasher.h"
#include "serverdatabase.h"

#include <models/agent.h>
#include <models/article.h>
#include <models/demodata.h>
#include <models/enums.h>
#include <models/queue.h>
#include <models/result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <functional>

namespace Frontline::Server {

struct ServerConfig;

/*! The embedded SQLite database's file name inside the server's data directory. */
inline constexpr QStringView SqliteFileName = u"frontline-server.sqlite";

/*!
    Where \a config keeps its data: the PostgreSQL URL given with --database, else the SQLite file
    SqliteFileName in its data directory. The server and every admin command use this one rule.
*/
ServerDatabase::Location databaseLocation(const ServerConfig &config);

/*!
    \brief The operator's commands of frontline-server (init, add-user, add-queue, import-articles,
    demo-data, …) as functions over one ServerDatabase, so they are tested without a process.

    Every command but init() needs a database that init() has set up: a mistyped --data-dir must
    not quietly create a new, empty server. Writes run in transactions together with their change
    feed entries and an audit_log row whose actor_id is NULL, meaning "the command line".
    Errors are values with translated messages; \c field names the argument at fault.
*/
class AdminCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Server::AdminCommands)

public:
    explicit AdminCommands(ServerDatabase &db, PasswordHasher::Cost passwordCost = PasswordHasher::Cost::interactive());

    // init ---------------------------------------------------------------------------------------

    struct InitReport
    {
        QString serverId;
        int fromVersion = 0;  // 0: the database was created now
        int toVersion = 0;
    };
    /*! Creates the schema or upgrades it; idempotent. */
    Models::Result<InitReport> init();

    // users --------------------------------------------------------------------------------------

    struct NewUser
    {
        QString username;
        QString name;
        QString email;
        Models::AgentRole role = Models::AgentRole::Agent;
        QStringList queueNames;  // matched case-insensitively when there is no exact match
    };
    /*! "agent", "lead" or "admin" (any case). */
    static Models::Result<Models::AgentRole> parseRole(const QString &text);
    /*! Creates a user with the Argon2id hash of \a password. Refuses a taken username and unknown queues. */
    Models::Result<Models::Agent> addUser(const NewUser &user, QStringView password);

    struct AccountChange
    {
        bool changed = false;     // false: the account was already in that state
        int revokedSessions = 0;  // sessions that were live until now
    };
    /*! Disables the account and revokes all its sessions; it can no longer sign in. */
    Models::Result<AccountChange> disableUser(const QString &username);
    Models::Result<AccountChange> enableUser(const QString &username);
    /*! Sets a new password and revokes the user's sessions, which signed in with the old one. */
    Models::Result<AccountChange> setPassword(const QString &username, QStringView password);

    struct UserRow
    {
        Models::Agent agent;
        bool disabled = false;
        bool hasPassword = false;
        QStringList queueNames;  // sorted
    };
    Models::Result<QList<UserRow>> listUsers();

    // queues -------------------------------------------------------------------------------------

    /*! The SLA of a queue created without --sla: 30 min/8 h urgent … 1 day/5 days low. */
    static Models::SlaPolicy defaultSla();
    /*!
        Applies \a specs such as "urgent=15/120" (first response/resolution; minutes, or with a unit:
        "15m/2h", "1d/5d"; 0 for no target) on top of \a base. Every priority at most once.
    */
    static Models::Result<Models::SlaPolicy> parseSla(const QStringList &specs,
                                                      const Models::SlaPolicy &base = defaultSla());

    struct NewQueue
    {
        QString name;
        QString description;
        Models::SlaPolicy sla = defaultSla();
    };
    /*! Creates a queue; refuses a name that exists already (in any letter case). */
    Models::Result<Models::Queue> addQueue(const NewQueue &queue);

    struct QueueRow
    {
        Models::Queue queue;
        int members = 0;
        int activeTickets = 0;  // new, open, pending or on hold
    };
    Models::Result<QList<QueueRow>> listQueues();

    // knowledge base -----------------------------------------------------------------------------

    /*! The stable id of the article imported from \a relativePath ("billing/refunds.md"). */
    static QUuid articleId(const QString &relativePath);
    /*!
        Parses one Markdown article: optional front matter lines ("category:", "language:", "tags:"
        with comma-separated tags; "---" fences allowed) before the first "# " heading, which is the
        title; everything after it is the body. Errors say which line is wrong.
    */
    static Models::Result<Models::Article> parseArticle(const QString &relativePath, QStringView text,
                                                        const QString &defaultLanguage);
    /*! "zh-cn" → "zh_CN"; an error for text that is no language code. */
    static Models::Result<QString> normalizeLanguage(const QString &text);

    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QList<Models::Error> problems;  // one per file that was not imported; field: its relative path
    };
    /*!
        Imports every *.md file under \a directory (subfolders too, hidden ones not). Files that parse
        are stored (one transaction); the others are listed in the report. Re-importing a file updates
        its article, because the id derives from the file's path relative to \a directory.
    */
    Models::Result<ImportReport> importArticles(const QString &directory, const QString &defaultLanguage);

    // demo data ----------------------------------------------------------------------------------

    struct DemoReport
    {
        int queues = 0;
        int users = 0;
        int customers = 0;
        int tickets = 0;
        int messages = 0;
        int csatRatings = 0;
        int articles = 0;
        int cannedReplies = 0;
        QStringList usernames;  // the demo users, who sign in with the demo password
        qint64 generateMs = 0;
        qint64 hashMs = 0;
        qint64 storeMs = 0;
    };
    /*! Called after each stored batch: what ("tickets"), how many so far, how many in all. */
    using Progress = std::function<void(const QString &kind, qsizetype done, qsizetype total)>;
    /*!
        Generates demo data (DemoDataGenerator) and stores it in dependency order, one transaction per
        batch. Every demo user gets \a password. Refuses a database whose queues, usernames or ticket
        numbers clash with the demo data's (loading the same seed again updates it instead).
    */
    Models::Result<DemoReport> loadDemoData(const Models::DemoDataOptions &options, QStringView password,
                                            const Progress &progress = {});

private:
    /*! An initialised database, upgraded to the current schema; an error says to run init. */
    Models::Status requireSchema();
    Models::Result<Models::Agent> requireUser(const QString &username);
    Models::Result<int> revokeSessions(const QUuid &userId);
    Models::Status audit(const QString &action, const QString &target, const QJsonObject &details = {});

    ServerDatabase &m_db;
    PasswordHasher m_hasher;
};

}  // namespace Frontline::Server
