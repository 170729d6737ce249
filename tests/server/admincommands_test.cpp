// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storagebackends.h"

#include <server/admincommands.h>
#include <server/entitystore.h>
#include <server/passwordhasher.h>
#include <server/serverconfig.h>
#include <server/serverdatabase.h>
#include <server/serverschema.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <support/tempdir.h>

using namespace Frontline;
using namespace Frontline::Server;
using namespace Qt::StringLiterals;
using Models::AgentRole;
using Models::Priority;
using Models::SlaTarget;
using Tests::StorageBackend;

namespace {

using Verdict = PasswordHasher::Verdict;

const PasswordHasher::Cost cheap = PasswordHasher::Cost::minimumForTests();

qint64 count(ServerDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A database that init() has set up, with the admin commands over it.
struct AdminFixture
{
    explicit AdminFixture(StorageBackend::Kind kind)
        : backend(StorageBackend::make(kind))
        , db(backend->open())
        , admin(*db, cheap)
    {
        const auto report = admin.init();
        REQUIRE(report.ok());
    }

    Models::Queue addQueue(const QString &name)
    {
        AdminCommands::NewQueue queue;
        queue.name = name;
        auto added = admin.addQueue(queue);
        REQUIRE(added.ok());
        return *added;
    }

    Models::Agent addUser(const QString &username, const QStringList &queues, const QString &password,
                          AgentRole role = AgentRole::Agent)
    {
        AdminCommands::NewUser user;
        user.username = username;
        user.name = username + u" Name"_s;
        user.role = role;
        user.queueNames = queues;
        auto added = admin.addUser(user, password);
        REQUIRE(added.ok());
        return *added;
    }

    Verdict verify(const QUuid &userId, const QString &password)
    {
        const auto hash = EntityStore(*db).passwordHash(userId);
        REQUIRE(hash.ok());
        const auto verdict = PasswordHasher(cheap).verify(password, *hash);
        REQUIRE(verdict.ok());
        return *verdict;
    }

    void addSession(const QUuid &userId, const QString &token, bool revoked = false)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto inserted = db->exec(u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                                       "last_seen_at, revoked) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                       {token, idText(userId), now, now + 3'600'000, now, revoked ? 1 : 0});
        REQUIRE(inserted.ok());
    }

    qint64 liveSessions(const QUuid &userId)
    {
        return count(*db, u"SELECT count(*) FROM sessions WHERE user_id = ? AND revoked = 0"_s, {idText(userId)});
    }

    qint64 audited(const QString &action)
    {
        return count(*db, u"SELECT count(*) FROM audit_log WHERE action = ? AND actor_id IS NULL"_s, {action});
    }

    std::unique_ptr<StorageBackend> backend;
    std::unique_ptr<ServerDatabase> db;
    AdminCommands admin;
};

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

}  // namespace

// init -------------------------------------------------------------------------------------------

TEST_CASE("init creates the schema once and keeps the server id when run again", "[server][admin]")
{
    auto backend = StorageBackend::make(GENERATE(StorageBackend::Sqlite, StorageBackend::Postgres));
    auto db = backend->open();
    AdminCommands admin(*db, cheap);

    const auto first = admin.init();
    REQUIRE(first.ok());
    CHECK(first->fromVersion == 0);
    CHECK(first->toVersion == ServerSchema::CurrentVersion);
    CHECK_FALSE(QUuid::fromString(first->serverId).isNull());

    const auto second = admin.init();
    REQUIRE(second.ok());
    CHECK(second->fromVersion == ServerSchema::CurrentVersion);
    CHECK(second->serverId == first->serverId);
    CHECK(count(*db, u"SELECT count(*) FROM audit_log WHERE action = 'init_database' AND actor_id IS NULL"_s) == 1);
}

TEST_CASE("Admin commands other than init refuse a database that was never set up", "[server][admin]")
{
    auto backend = StorageBackend::make(StorageBackend::Sqlite);
    auto db = backend->open();
    AdminCommands admin(*db, cheap);

    AdminCommands::NewQueue queue;
    queue.name = u"Billing"_s;
    const auto added = admin.addQueue(queue);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(u"frontline-server init"_s));
    CHECK_FALSE(admin.listUsers().ok());
    CHECK(*db->schemaVersion() == 0);  // nothing was created behind the operator's back
}

TEST_CASE("The database location follows the server's configuration", "[server][admin]")
{
    Tests::TempDir dir;
    auto config = ServerConfig::fromArguments({u"frontline-server"_s, u"--data-dir"_s, dir.filePath(u"data"_s)});
    REQUIRE(config.ok());
    CHECK(databaseLocation(*config).sqliteFile == QDir(dir.filePath(u"data"_s)).filePath(SqliteFileName.toString()));
    CHECK(databaseLocation(*config).postgresUrl.isEmpty());

    auto postgres = ServerConfig::fromArguments(
        {u"frontline-server"_s, u"--database"_s, u"postgresql://frontline@db.example.com/frontline"_s});
    REQUIRE(postgres.ok());
    CHECK(databaseLocation(*postgres).sqliteFile.isEmpty());
    CHECK(databaseLocation(*postgres).postgresUrl.host() == u"db.example.com");
}

// users ------------------------------------------------------------------------------------------

TEST_CASE("add-user stores a verifiable Argon2id hash, the role and the queues", "[server][admin]")
{
    AdminFixture fixture(GENERATE(StorageBackend::Sqlite, StorageBackend::Postgres));
    const Models::Queue billing = fixture.addQueue(u"Billing"_s);
    const Models::Queue technical = fixture.addQueue(u"Technical"_s);

    AdminCommands::NewUser user;
    user.username = u"  Wang.Fang "_s;
    user.name = u"王芳"_s;
    user.email = u"wang.fang@example.com"_s;
    user.role = AgentRole::Lead;
    user.queueNames = {u"billing"_s, u"Technical"_s, u"Billing"_s};  // any case; duplicates count once
    const QString password = u"正确的 horse battery staple"_s;
    const auto added = fixture.admin.addUser(user, password);
    REQUIRE(added.ok());
    CHECK(added->username == u"wang.fang");
    CHECK(added->name == u"王芳");
    CHECK(added->role == AgentRole::Lead);
    CHECK(added->queueIds.size() == 2);

    EntityStore store(*fixture.db);
    const auto stored = store.agentByUsername(u"WANG.FANG"_s);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->id == added->id);
    CHECK((*stored)->queueIds.contains(billing.id));
    CHECK((*stored)->queueIds.contains(technical.id));

    const auto hash = store.passwordHash(added->id);
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(u"$argon2id$"));
    CHECK(fixture.verify(added->id, password) != Verdict::DoesNotMatch);
    CHECK(fixture.verify(added->id, u"wrong password"_s) == Verdict::DoesNotMatch);

    // The queues' records list their new member, and everything reached the change feed.
    const auto queue = store.queue(billing.id);
    REQUIRE(queue.ok());
    CHECK((*queue)->memberIds.contains(added->id));
    CHECK(count(*fixture.db, u"SELECT count(*) FROM changes WHERE kind = 'agent' AND entity_id = ?"_s,
                {idText(added->id)}) == 1);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM changes WHERE kind = 'queue' AND entity_id = ?"_s,
                {idText(billing.id)}) == 2);
    CHECK(fixture.audited(u"add_user"_s) == 1);

    const auto users = fixture.admin.listUsers();
    REQUIRE(users.ok());
    REQUIRE(users->size() == 1);
    CHECK(users->at(0).agent.username == u"wang.fang");
    CHECK(users->at(0).queueNames == QStringList{u"Billing"_s, u"Technical"_s});
    CHECK(users->at(0).hasPassword);
    CHECK_FALSE(users->at(0).disabled);
}

TEST_CASE("add-user refuses duplicates, unknown queues, bad roles, usernames and passwords", "[server][admin]")
{
    AdminFixture fixture(StorageBackend::Sqlite);
    fixture.addQueue(u"Billing"_s);
    fixture.addUser(u"alice"_s, {u"Billing"_s}, u"alice-password"_s);

    const auto attempt = [&](const QString &username, const QStringList &queues, const QString &password) {
        AdminCommands::NewUser user;
        user.username = username;
        user.name = u"Someone"_s;
        user.queueNames = queues;
        return fixture.admin.addUser(user, password);
    };

    SECTION("a username that is taken, in any letter case")
    {
        const auto duplicate = attempt(u"ALICE"_s, {}, u"password"_s);
        REQUIRE_FALSE(duplicate.ok());
        CHECK(duplicate.error().field == u"username");
        CHECK(duplicate.error().message.contains(u"already exists"_s));
    }
    SECTION("a queue that does not exist")
    {
        const auto unknown = attempt(u"bob"_s, {u"Billing"_s, u"Nope"_s}, u"password"_s);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().field == u"queue");
        CHECK(unknown.error().message.contains(u"\"Nope\""_s));
        CHECK(unknown.error().message.contains(u"\"Billing\""_s));  // says which queues there are
    }
    SECTION("a username with spaces or nothing in it")
    {
        CHECK(attempt(u"bob smith"_s, {}, u"password"_s).error().field == u"username");
        CHECK(attempt(u"  "_s, {}, u"password"_s).error().field == u"username");
        CHECK(attempt(u"-bob"_s, {}, u"password"_s).error().field == u"username");
        CHECK(attempt(QString(Models::Agent::MaxUsernameLength + 1, u'a'), {}, u"password"_s).error().field ==
              u"username");
    }
    SECTION("an empty password")
    {
        CHECK(attempt(u"bob"_s, {}, QString()).error().field == u"password");
    }
    SECTION("a display name with a line break")
    {
        AdminCommands::NewUser user;
        user.username = u"bob"_s;
        user.name = u"Bob\nSmith"_s;
        CHECK(fixture.admin.addUser(user, u"password"_s).error().field == u"name");
    }
    // None of them stored anything.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM users"_s) == 1);

    CHECK(AdminCommands::parseRole(u"Lead"_s).value() == AgentRole::Lead);
    CHECK(AdminCommands::parseRole(u"admin"_s).value() == AgentRole::Admin);
    const auto badRole = AdminCommands::parseRole(u"supervisor"_s);
    REQUIRE_FALSE(badRole.ok());
    CHECK(badRole.error().field == u"role");
    CHECK(badRole.error().message.contains(u"supervisor"_s));
}

TEST_CASE("disable-user revokes every session; enable-user lets the user sign in again", "[server][admin]")
{
    AdminFixture fixture(GENERATE(StorageBackend::Sqlite, StorageBackend::Postgres));
    fixture.addQueue(u"Billing"_s);
    const Models::Agent alice = fixture.addUser(u"alice"_s, {u"Billing"_s}, u"alice-password"_s);
    const Models::Agent bob = fixture.addUser(u"bob"_s, {u"Billing"_s}, u"bob-password"_s);
    fixture.addSession(alice.id, u"laptop"_s);
    fixture.addSession(alice.id, u"desktop"_s);
    fixture.addSession(alice.id, u"old"_s, true);
    fixture.addSession(bob.id, u"bob's"_s);

    const auto disabled = fixture.admin.disableUser(u"Alice"_s);
    REQUIRE(disabled.ok());
    CHECK(disabled->changed);
    CHECK(disabled->revokedSessions == 2);
    CHECK(fixture.liveSessions(alice.id) == 0);
    CHECK(fixture.liveSessions(bob.id) == 1);  // nobody else's
    EntityStore store(*fixture.db);
    CHECK(store.isDisabled(alice.id).value());
    CHECK_FALSE(store.isDisabled(bob.id).value());

    const auto again = fixture.admin.disableUser(u"alice"_s);
    REQUIRE(again.ok());
    CHECK_FALSE(again->changed);
    CHECK(again->revokedSessions == 0);

    const auto enabled = fixture.admin.enableUser(u"alice"_s);
    REQUIRE(enabled.ok());
    CHECK(enabled->changed);
    CHECK_FALSE(store.isDisabled(alice.id).value());
    CHECK(fixture.liveSessions(alice.id) == 0);  // revoked sessions stay revoked: sign in again

    CHECK(fixture.admin.disableUser(u"nobody"_s).error().field == u"username");
    CHECK(fixture.audited(u"disable_user"_s) == 2);
    CHECK(fixture.audited(u"enable_user"_s) == 1);
}

TEST_CASE("set-password replaces the hash and ends the sessions signed in with the old one", "[server][admin]")
{
    AdminFixture fixture(StorageBackend::Sqlite);
    const Models::Agent alice = fixture.addUser(u"alice"_s, {}, u"old password"_s);
    fixture.addSession(alice.id, u"laptop"_s);

    const auto changed = fixture.admin.setPassword(u"alice"_s, u"new password 新密码"_s);
    REQUIRE(changed.ok());
    CHECK(changed->revokedSessions == 1);
    CHECK(fixture.verify(alice.id, u"new password 新密码"_s) != Verdict::DoesNotMatch);
    CHECK(fixture.verify(alice.id, u"old password"_s) == Verdict::DoesNotMatch);
    CHECK(fixture.liveSessions(alice.id) == 0);
    CHECK(fixture.audited(u"set_password"_s) == 1);

    CHECK(fixture.admin.setPassword(u"nobody"_s, u"x"_s).error().field == u"username");
    CHECK(fixture.admin.setPassword(u"alice"_s, QString()).error().field == u"password");
    CHECK(fixture.verify(alice.id, u"new password 新密码"_s) != Verdict::DoesNotMatch);
}

// queues -----------------------------------------------------------------------------------------

TEST_CASE("add-queue reads SLA options and refuses bad ones", "[server][admin]")
{
    const auto defaults = AdminCommands::defaultSla();
    CHECK(defaults.target(Priority::Urgent) == SlaTarget{30, 8 * 60});
    CHECK(defaults.target(Priority::Low) == SlaTarget{24 * 60, 5 * 24 * 60});

    const auto policy = AdminCommands::parseSla({u"urgent=15/120"_s, u"High = 1h / 1d"_s, u"low=0/0"_s});
    REQUIRE(policy.ok());
    CHECK(policy->target(Priority::Urgent) == SlaTarget{15, 120});
    CHECK(policy->target(Priority::High) == SlaTarget{60, 24 * 60});
    CHECK(policy->target(Priority::Normal) == defaults.target(Priority::Normal));  // not given: the default
    CHECK(policy->target(Priority::Low) == SlaTarget{0, 0});                       // 0: no target

    const QString bad = GENERATE(u"urgent"_s, u"urgent=15"_s, u"urgent=15/120/5"_s, u"critical=1/2"_s, u"urgent=a/b"_s,
                                 u"urgent=-5/10"_s, u"urgent=120/15"_s, u"low=400d/500d"_s, u"urgent=15s/2h"_s);
    CAPTURE(bad);
    const auto refused = AdminCommands::parseSla({bad});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"sla");
    CHECK_FALSE(refused.error().message.isEmpty());

    CHECK_FALSE(AdminCommands::parseSla({u"urgent=1/2"_s, u"Urgent=3/4"_s}).ok());  // twice
}

TEST_CASE("add-queue stores the queue and its SLA once; list-queues shows it", "[server][admin]")
{
    AdminFixture fixture(GENERATE(StorageBackend::Sqlite, StorageBackend::Postgres));

    AdminCommands::NewQueue queue;
    queue.name = u"  China Region / 中国区 "_s;
    queue.description = u"Mainland customers"_s;
    queue.sla = *AdminCommands::parseSla({u"urgent=20/4h"_s});
    const auto added = fixture.admin.addQueue(queue);
    REQUIRE(added.ok());
    CHECK(added->name == u"China Region / 中国区");

    AdminCommands::NewQueue sameName;
    sameName.name = u"china region / 中国区"_s;
    const auto duplicate = fixture.admin.addQueue(sameName);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(u"already exists"_s));

    AdminCommands::NewQueue empty;
    CHECK(fixture.admin.addQueue(empty).error().field == u"name");
    AdminCommands::NewQueue tooLong;
    tooLong.name = QString(Models::Queue::MaxNameLength + 1, u'q');
    CHECK(fixture.admin.addQueue(tooLong).error().code == Models::Error::Code::TooLong);

    const auto queues = fixture.admin.listQueues();
    REQUIRE(queues.ok());
    REQUIRE(queues->size() == 1);
    CHECK(queues->at(0).queue.id == added->id);
    CHECK(queues->at(0).queue.description == u"Mainland customers");
    CHECK(queues->at(0).queue.sla.target(Priority::Urgent) == SlaTarget{20, 240});
    CHECK(queues->at(0).members == 0);
    CHECK(fixture.audited(u"add_queue"_s) == 1);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM changes WHERE kind = 'queue'"_s) == 1);
}

// knowledge base ---------------------------------------------------------------------------------

TEST_CASE("import-articles imports a folder of Markdown, and importing again updates it", "[server][admin]")
{
    AdminFixture fixture(GENERATE(StorageBackend::Sqlite, StorageBackend::Postgres));
    Tests::TempDir kb;
    writeFile(kb.filePath(u"billing/refunds.md"_s),
              u"category: 账单\nlanguage: zh-cn\ntags: 退款, 发票，退货\n\n"
              "# 如何申请退款\n\n"
              "在订单页面点击「申请退款」。\n\n退款会在 3-5 个工作日内到账。\n"_s);
    writeFile(kb.filePath(u"shipping.md"_s),
              u"\xFEFF# Where is my order? #\r\n\r\nTrack it under **My orders**.\r\n\r\n"_s);  // BOM and CRLF
    writeFile(kb.filePath(u"faq/退貨.md"_s), u"---\nlanguage: zh_TW\ntags: [退貨, 運費]\ncategory: 退換貨\n---\n"
                                             "# 退貨運費由誰負擔？\n商品有瑕疵時，運費由我們負擔。\n"_s);
    writeFile(kb.filePath(u"broken.md"_s), u"Just some notes without a title.\n"_s);
    writeFile(kb.filePath(u"notes.txt"_s), u"# Not Markdown\n"_s);
    writeFile(kb.filePath(u".drafts/secret.md"_s), u"# Hidden draft\n"_s);

    const auto first = fixture.admin.importArticles(kb.path(), u"en"_s);
    REQUIRE(first.ok());
    CHECK(first->created == 3);
    CHECK(first->updated == 0);
    REQUIRE(first->problems.size() == 1);
    CHECK(first->problems.at(0).field == u"broken.md");
    CHECK(first->problems.at(0).message.contains(u"broken.md"_s));
    CHECK(count(*fixture.db, u"SELECT count(*) FROM articles"_s) == 3);

    const QUuid refundsId = AdminCommands::articleId(u"billing/refunds.md"_s);
    auto row = fixture.db->exec(u"SELECT title, body, category, language, tags, rev FROM articles WHERE id = ?"_s,
                                {idText(refundsId)});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == u"如何申请退款");
    CHECK(row->value(1).toString() == u"在订单页面点击「申请退款」。\n\n退款会在 3-5 个工作日内到账。");
    CHECK(row->value(2).toString() == u"账单");
    CHECK(row->value(3).toString() == u"zh_CN");
    CHECK(row->value(4).toString() == u"[\"退款\",\"发票\",\"退货\"]");

    row = fixture.db->exec(u"SELECT title, body, language FROM articles WHERE id = ?"_s,
                           {idText(AdminCommands::articleId(u"shipping.md"_s))});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == u"Where is my order?");
    CHECK(row->value(1).toString() == u"Track it under **My orders**.");
    CHECK(row->value(2).toString() == u"en");  // from --language

    row = fixture.db->exec(u"SELECT language, tags, category FROM articles WHERE id = ?"_s,
                           {idText(AdminCommands::articleId(u"faq/退貨.md"_s))});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == u"zh_TW");
    CHECK(row->value(1).toString() == u"[\"退貨\",\"運費\"]");
    CHECK(row->value(2).toString() == u"退換貨");

    // The same files again: nothing new, nothing for the clients to fetch again.
    const auto again = fixture.admin.importArticles(kb.path(), u"en"_s);
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == 3);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM articles"_s) == 3);

    // An edited file updates its article; the others stay as they are.
    writeFile(kb.filePath(u"billing/refunds.md"_s),
              u"category: 账单\nlanguage: zh_CN\n# 如何申请退款\n\n新的说明。\n"_s);
    const auto edited = fixture.admin.importArticles(kb.path(), u"en"_s);
    REQUIRE(edited.ok());
    CHECK(edited->created == 0);
    CHECK(edited->updated == 1);
    CHECK(edited->unchanged == 2);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM articles"_s) == 3);
    CHECK(count(*fixture.db, u"SELECT rev FROM articles WHERE id = ?"_s, {idText(refundsId)}) == 2);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM changes WHERE kind = 'article'"_s) == 4);
    CHECK(fixture.audited(u"import_articles"_s) == 3);

    // A folder without Markdown, or no folder at all, is an error.
    Tests::TempDir empty;
    CHECK_FALSE(fixture.admin.importArticles(empty.path(), u"en"_s).ok());
    CHECK(fixture.admin.importArticles(kb.filePath(u"missing"_s), u"en"_s).error().field == u"directory");
    CHECK(fixture.admin.importArticles(kb.path(), u"chinese"_s).error().field == u"language");
}

TEST_CASE("An article file's problems are reported with the line at fault", "[server][admin]")
{
    const auto parse = [](const QString &text) {
        return AdminCommands::parseArticle(u"kb/a.md"_s, text, u"en"_s);
    };
    const auto problem = [&](const QString &text) {
        const auto result = parse(text);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == u"kb/a.md");
        return result.error().message;
    };

    CHECK(problem(u"Notes\n\n# Title\n"_s).contains(u"line 1"_s));
    CHECK(problem(u"category: x\n## Title\n"_s).contains(u"line 2"_s));
    CHECK(problem(u"#Title\n"_s).contains(u"\"# Title\""_s));
    CHECK(problem(u"author: me\n# Title\n"_s).contains(u"author"_s));
    CHECK(problem(u"tags: a\ntags: b\n# Title\n"_s).contains(u"twice"_s));
    CHECK(problem(u"language: chinese\n# Title\n"_s).contains(u"chinese"_s));
    CHECK(problem(u"# \nbody\n"_s).contains(u"empty"_s));
    CHECK(problem(u"no heading at all"_s).contains(u"no title"_s));
    CHECK(problem(u"# "_s + QString(Models::Article::MaxTitleLength + 1, u't')).contains(u"title"_s));
    CHECK(problem(u"# Nul\nbody "_s + QChar(u'\0') + u" here"_s).contains(u"kb/a.md"_s));

    const auto ok = parse(u"\n---\ncategory: Billing\n---\n\n# Refunds  \n\n\n  Indented first line\n\n"_s);
    REQUIRE(ok.ok());
    CHECK(ok->id == AdminCommands::articleId(u"kb/a.md"_s));
    CHECK(ok->id == AdminCommands::articleId(u"kb/./a.md"_s));
    CHECK(ok->id != AdminCommands::articleId(u"kb/b.md"_s));
    CHECK(ok->title == u"Refunds");
    CHECK(ok->body == u"  Indented first line");
    CHECK(ok->category == u"Billing");
    CHECK(ok->language == u"en");
    CHECK(ok->tags.isEmpty());

    CHECK(AdminCommands::normalizeLanguage(u"zh-hant"_s).value() == u"zh_Hant");
    CHECK(AdminCommands::normalizeLanguage(u"EN"_s).value() == u"en");
    CHECK(AdminCommands::normalizeLanguage(u"zh_tw"_s).value() == u"zh_TW");
}

// demo data --------------------------------------------------------------------------------------

TEST_CASE("demo-data stores every ticket, and the demo users sign in with the demo password", "[server][admin]")
{
    AdminFixture fixture(GENERATE(StorageBackend::Sqlite, StorageBackend::Postgres));
    Models::DemoDataOptions options;
    options.tickets = 200;
    options.seed = 42;
    QStringList stages;
    const auto report = fixture.admin.loadDemoData(options, u"frontline-demo"_s,
                                                   [&](const QString &kind, qsizetype done, qsizetype total) {
                                                       CHECK(done <= total);
                                                       if (done == total) {
                                                           stages.append(kind);
                                                       }
                                                   });
    REQUIRE(report.ok());
    ServerDatabase &db = *fixture.db;
    CHECK(report->tickets == 200);
    CHECK(count(db, u"SELECT count(*) FROM tickets"_s) == 200);
    CHECK(count(db, u"SELECT count(*) FROM messages"_s) == report->messages);
    CHECK(report->messages > 200);
    CHECK(count(db, u"SELECT count(*) FROM customers"_s) == report->customers);
    CHECK(count(db, u"SELECT count(*) FROM queues"_s) == report->queues);
    CHECK(count(db, u"SELECT count(*) FROM users"_s) == report->users);
    CHECK(count(db, u"SELECT count(*) FROM articles"_s) == report->articles);
    CHECK(count(db, u"SELECT count(*) FROM canned_replies"_s) == report->cannedReplies);
    CHECK(count(db, u"SELECT count(*) FROM csat_ratings"_s) == report->csatRatings);
    CHECK(count(db, u"SELECT count(*) FROM changes WHERE kind = 'csat'"_s) == report->csatRatings);
    CHECK(count(db, u"SELECT count(*) FROM changes WHERE kind = 'ticket'"_s) == 200);
    CHECK(count(db, u"SELECT count(*) FROM changes WHERE kind = 'message'"_s) == report->messages);
    CHECK(stages.first() == u"queues");
    CHECK(stages.last() == u"canned replies");
    CHECK(fixture.audited(u"load_demo_data"_s) == 1);

    // Tickets created later continue after the demo's numbers.
    {
        qint64 next = 0;
        REQUIRE(db.transaction([&]() -> Models::Status {
                      auto number = EntityStore(db).nextTicketNumber();
                      if (!number) {
                          return number.error();
                      }
                      next = *number;
                      return Models::Ok{};
                  }).ok());
        CHECK(next == 1001 + 200);
    }

    // Every demo user can sign in with the demo password, and belongs to their queues.
    EntityStore store(db);
    REQUIRE(report->usernames.contains(u"demo"_s));
    REQUIRE(report->usernames.contains(u"lead"_s));
    for (const QString &username : report->usernames) {
        CAPTURE(username);
        const auto agent = store.agentByUsername(username);
        REQUIRE(agent.ok());
        REQUIRE(agent->has_value());
        CHECK(fixture.verify((*agent)->id, u"frontline-demo"_s) != Verdict::DoesNotMatch);
        CHECK(fixture.verify((*agent)->id, u"frontline-demo!"_s) == Verdict::DoesNotMatch);
    }
    const auto demo = store.agentByUsername(u"demo"_s);
    CHECK_FALSE((*demo)->queueIds.isEmpty());
    const auto queue = store.queue((*demo)->queueIds.first());
    CHECK((*queue)->memberIds.contains((*demo)->id));  // the queue's record lists its members

    // The same seed again updates in place; another seed would clash with the queues and numbers.
    const auto again = fixture.admin.loadDemoData(options, u"frontline-demo"_s);
    REQUIRE(again.ok());
    CHECK(count(db, u"SELECT count(*) FROM tickets"_s) == 200);
    CHECK(count(db, u"SELECT count(*) FROM messages"_s) == report->messages);

    options.seed = 43;
    const auto clash = fixture.admin.loadDemoData(options, u"frontline-demo"_s);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().field == u"seed");
    CHECK(count(db, u"SELECT count(*) FROM tickets"_s) == 200);
}

// The executable ---------------------------------------------------------------------------------

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(FRONTLINE_SERVER_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    UNSCOPED_INFO("frontline-server " << arguments.join(u' ').toStdString() << "\nstdout: " << run.out.toStdString()
                                      << "\nstderr: " << run.err.toStdString());
    return run;
}

}  // namespace

TEST_CASE("frontline-server's commands: usage errors exit 2, failures 1, init and queues round trip",
          "[server][admin][process]")
{
    Tests::TempDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    const QStringList at{u"--data-dir"_s, dataDir};

    SECTION("bad arguments exit 2 with a message on stderr")
    {
        for (const QStringList &arguments :
             {QStringList{u"frobnicate"_s}, QStringList{u"add-queue"_s}, QStringList{u"init"_s, u"--bogus"_s},
              QStringList{u"init"_s, u"extra"_s}, QStringList{u"add-queue"_s, u"Q"_s, u"--sla"_s, u"urgent=soon"_s},
              QStringList{u"add-user"_s, u"bob"_s, u"--password"_s, u"secret"_s},
              QStringList{u"add-user"_s, u"bob"_s, u"--role"_s, u"boss"_s, u"--name"_s, u"Bob"_s},
              QStringList{u"add-user"_s, u"bob"_s}, QStringList{u"demo-data"_s, u"--tickets"_s, u"many"_s},
              QStringList{u"--port"_s, u"0"_s}, QStringList{u"url"_s, u"--listen"_s, u"nowhere"_s}}) {
            const Run run = runServer(arguments + at);
            CHECK(run.exitCode == 2);
            CHECK_FALSE(run.err.trimmed().isEmpty());
            CHECK(run.out.isEmpty());
        }
        const Run unknown = runServer({u"frobnicate"_s});
        CHECK(unknown.err.contains(u"Unknown command \"frobnicate\""_s));
        const Run password = runServer({u"set-password"_s, u"bob"_s, u"--password=secret"_s});
        CHECK(password.exitCode == 2);
        CHECK(password.err.contains(u"--password-file"_s));
        CHECK_FALSE(QFileInfo::exists(dataDir));  // nothing was created
    }

    SECTION("--help lists the commands, a command's --help its options")
    {
        const Run help = runServer({u"--help"_s});
        CHECK(help.exitCode == 0);
        for (const QString &command : {u"serve"_s, u"init"_s, u"add-user"_s, u"disable-user"_s, u"enable-user"_s,
                                       u"set-password"_s, u"add-queue"_s, u"list-users"_s, u"list-queues"_s,
                                       u"import-articles"_s, u"demo-data"_s, u"url"_s, u"--port"_s}) {
            CHECK(help.out.contains(command));
        }
        const Run addUserHelp = runServer({u"add-user"_s, u"--help"_s});
        CHECK(addUserHelp.exitCode == 0);
        CHECK(addUserHelp.out.contains(u"--queue"_s));
        CHECK(addUserHelp.out.contains(u"--data-dir"_s));

        const Run url = runServer({u"url"_s, u"--port"_s, u"9100"_s});
        CHECK(url.exitCode == 0);
        CHECK(url.out.trimmed() == u"ws://127.0.0.1:9100");
    }

    SECTION("init, add-queue, add-user and the lists round trip through --data-dir")
    {
        const Run before = runServer(QStringList{u"list-queues"_s} + at);
        CHECK(before.exitCode == 1);
        CHECK(before.err.contains(u"init"_s));
        CHECK_FALSE(QFileInfo::exists(QDir(dataDir).filePath(SqliteFileName.toString())));

        const Run init = runServer(QStringList{u"init"_s} + at);
        REQUIRE(init.exitCode == 0);
        CHECK(init.out.contains(u"Server id: "_s));
        const Run initAgain = runServer(QStringList{u"init"_s} + at);
        CHECK(initAgain.exitCode == 0);
        CHECK(initAgain.out.contains(u"up to date"_s));

        const Run addQueue = runServer(QStringList{u"add-queue"_s, u"Billing & Invoices"_s, u"--description"_s,
                                                   u"发票 and refunds"_s, u"--sla"_s, u"urgent=15/2h"_s} +
                                       at);
        CHECK(addQueue.exitCode == 0);
        const Run duplicate = runServer(QStringList{u"add-queue"_s, u"billing & invoices"_s} + at);
        CHECK(duplicate.exitCode == 1);
        CHECK(duplicate.err.contains(u"already exists"_s));

        const Run queues = runServer(QStringList{u"list-queues"_s} + at);
        CHECK(queues.exitCode == 0);
        CHECK(queues.out.contains(u"Billing & Invoices"_s));
        CHECK(queues.out.contains(u"urgent 15 min/2 h"_s));

        // The password comes on standard input, never in the arguments.
        const Run addUser = runServer(
            QStringList{u"add-user"_s, u"li.na"_s, u"--name"_s, u"李娜"_s, u"--queue"_s, u"Billing & Invoices"_s} + at,
            "s3cret 密码\n");
        CHECK(addUser.exitCode == 0);
        const Run unknownQueue = runServer(
            QStringList{u"add-user"_s, u"bob"_s, u"--name"_s, u"Bob"_s, u"--queue"_s, u"Nope"_s} + at, "pw\n");
        CHECK(unknownQueue.exitCode == 1);
        const Run users = runServer(QStringList{u"list-users"_s} + at);
        CHECK(users.exitCode == 0);
        CHECK(users.out.contains(u"li.na"_s));
        CHECK(users.out.contains(u"李娜"_s));
        CHECK_FALSE(users.out.contains(u"bob"_s));

        const Run disable = runServer(QStringList{u"disable-user"_s, u"li.na"_s} + at);
        CHECK(disable.exitCode == 0);
        const Run missing = runServer(QStringList{u"disable-user"_s, u"nobody"_s} + at);
        CHECK(missing.exitCode == 1);

        // What the process stored: the hash verifies the password that came on stdin.
        auto db =
            ServerDatabase::open(ServerDatabase::Location::sqlite(QDir(dataDir).filePath(SqliteFileName.toString())));
        REQUIRE(db.ok());
        EntityStore store(**db);
        const auto agent = store.agentByUsername(u"li.na"_s);
        REQUIRE(agent.ok());
        REQUIRE(agent->has_value());
        CHECK((*agent)->name == u"李娜");
        CHECK((*agent)->queueIds.size() == 1);
        CHECK(store.isDisabled((*agent)->id).value());
        const auto verdict = PasswordHasher().verify(u"s3cret 密码"_s, store.passwordHash((*agent)->id).value());
        REQUIRE(verdict.ok());
        CHECK(*verdict == Verdict::Matches);
    }
}
