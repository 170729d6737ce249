// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/tempdir.h"

#include <server/serverconfig.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <string>

using namespace Frontline::Server;
using Frontline::Models::Error;
using namespace Qt::StringLiterals;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

namespace {

Frontline::Models::Result<ServerConfig> parse(QStringList arguments)
{
    arguments.prepend(u"frontline-server"_s);
    return ServerConfig::fromArguments(arguments);
}

ServerConfig accepted(const QStringList &arguments)
{
    INFO("arguments: " << arguments.join(u' ').toStdString());
    Frontline::Models::Result<ServerConfig> config = parse(arguments);
    if (!config) {
        FAIL("refused: " << config.error().message.toStdString());
    }
    return std::move(config).value();
}

Error refusal(const QStringList &arguments)
{
    INFO("arguments: " << arguments.join(u' ').toStdString());
    const Frontline::Models::Result<ServerConfig> config = parse(arguments);
    REQUIRE_FALSE(config.ok());
    CHECK_FALSE(config.error().message.isEmpty());
    return config.error();
}

}  // namespace

TEST_CASE("Without arguments the server listens on loopback port 8765 with embedded SQLite", "[server][config]")
{
    const QString expectedDataDir =
        QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/server"_s);
    const bool existedBefore = QFileInfo::exists(expectedDataDir);

    const ServerConfig config = accepted({});

    CHECK(config.address == QHostAddress(QHostAddress::LocalHost));
    CHECK(config.port == 8765);
    CHECK(config.dataDir == expectedDataDir);
    CHECK(QDir::isAbsolutePath(config.dataDir));
    CHECK(QFileInfo::exists(config.dataDir) == existedBefore);  // parsing creates nothing
    CHECK(config.databaseUrl.isEmpty());
    CHECK(config.certificateFile.isEmpty());
    CHECK(config.keyFile.isEmpty());
    CHECK_FALSE(config.usesTls());
    CHECK(config.maxPendingConnections == 100);
    CHECK(config.handshakeTimeoutMs == 10000);
    CHECK(config.maxFrameBytes == 1024 * 1024);
    CHECK_FALSE(config.helpRequested);
    CHECK_FALSE(config.versionRequested);
    CHECK(config.listeningUrl() == u"ws://127.0.0.1:8765"_s);
}

TEST_CASE("Every option is read into the configuration", "[server][config]")
{
    const Frontline::Tests::TempDir dir;
    Frontline::Tests::writeAll(dir.filePath(u"server.crt"_s), "-----BEGIN CERTIFICATE-----\n");
    Frontline::Tests::writeAll(dir.filePath(u"server.key"_s), "-----BEGIN PRIVATE KEY-----\n");

    const ServerConfig config =
        accepted({u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"9443"_s, u"--data-dir"_s, dir.filePath(u"data"_s),
                  u"--database"_s, u"postgresql://frontline@db.example.com:5432/frontline"_s, u"--certificate"_s,
                  dir.filePath(u"server.crt"_s), u"--key"_s, dir.filePath(u"server.key"_s), u"--max-connections"_s,
                  u"50"_s, u"--handshake-timeout"_s, u"5000"_s, u"--max-frame-bytes"_s, u"65536"_s});

    CHECK(config.address == QHostAddress(u"0.0.0.0"_s));
    CHECK(config.port == 9443);
    CHECK(config.dataDir == QDir::cleanPath(dir.filePath(u"data"_s)));
    CHECK_FALSE(QFileInfo::exists(config.dataDir));
    CHECK(config.databaseUrl == QUrl(u"postgresql://frontline@db.example.com:5432/frontline"_s));
    CHECK(config.certificateFile == QFileInfo(dir.filePath(u"server.crt"_s)).absoluteFilePath());
    CHECK(config.keyFile == QFileInfo(dir.filePath(u"server.key"_s)).absoluteFilePath());
    CHECK(config.usesTls());
    CHECK(config.maxPendingConnections == 50);
    CHECK(config.handshakeTimeoutMs == 5000);
    CHECK(config.maxFrameBytes == 65536);
    CHECK(config.listeningUrl() == u"wss://0.0.0.0:9443"_s);
}

TEST_CASE("The listening URL brackets IPv6 addresses", "[server][config]")
{
    const QString address = GENERATE(u"::1"_s, u"[::1]"_s);
    const ServerConfig config = accepted({u"--listen"_s, address});
    CHECK(config.address == QHostAddress(QHostAddress::LocalHostIPv6));
    CHECK(config.listeningUrl() == u"ws://[::1]:8765"_s);
}

TEST_CASE("The listen address may be localhost or any", "[server][config]")
{
    CHECK(accepted({u"--listen"_s, u"localhost"_s}).address == QHostAddress(QHostAddress::LocalHost));
    CHECK(accepted({u"--listen"_s, u"any"_s}).address == QHostAddress(QHostAddress::Any));
    CHECK(accepted({u"--listen=192.168.10.5"_s}).listeningUrl() == u"ws://192.168.10.5:8765"_s);
}

TEST_CASE("A port outside 1-65535 or not a number is refused", "[server][config]")
{
    const QString port = GENERATE(u"0"_s, u"70000"_s, u"65536"_s, u"abc"_s, u"-1"_s, u""_s, u"+80"_s, u" 80"_s,
                                  u"80 "_s, u"0x50"_s, u"8.5"_s, u"99999999999999999999"_s);
    INFO("port: " << port.toStdString());
    const Error error = refusal({u"--port"_s, port});
    CHECK(error.code == Error::Code::InvalidValue);
    CHECK(error.field == u"port"_s);
    CHECK(error.message.contains(u"--port"));
}

TEST_CASE("Ports 1 and 65535 are accepted", "[server][config]")
{
    CHECK(accepted({u"--port"_s, u"1"_s}).port == 1);
    CHECK(accepted({u"--port"_s, u"65535"_s}).port == 65535);
}

TEST_CASE("A listen address that is not an IP address is refused", "[server][config]")
{
    const QString address = GENERATE(u"256.1.1.1"_s, u"example.com"_s, u""_s, u"::g"_s, u"127.0.0.1:8765"_s, u"[]"_s);
    INFO("address: " << address.toStdString());
    const Error error = refusal({u"--listen"_s, address});
    CHECK(error.code == Error::Code::InvalidValue);
    CHECK(error.field == u"listen"_s);
}

TEST_CASE("A database URL whose scheme is not postgresql or postgres is refused", "[server][config]")
{
    const QString url = GENERATE(u"mysql://root@localhost/frontline"_s, u"sqlite:///var/lib/frontline.db"_s,
                                 u"/var/lib/frontline.db"_s, u"http://db.example.com/"_s, u""_s, u"postgresql"_s);
    INFO("url: " << url.toStdString());
    const Error error = refusal({u"--database"_s, url});
    CHECK(error.code == Error::Code::InvalidValue);
    CHECK(error.field == u"database"_s);
}

TEST_CASE("A postgres:// database URL is accepted as postgresql://", "[server][config]")
{
    const ServerConfig config = accepted({u"--database"_s, u"postgres://agent@10.0.0.5:6543/support"_s});
    CHECK(config.databaseUrl.scheme() == u"postgresql"_s);
    CHECK(config.databaseUrl.userName() == u"agent"_s);
    CHECK(config.databaseUrl.host() == u"10.0.0.5"_s);
    CHECK(config.databaseUrl.port() == 6543);
    CHECK(config.databaseUrl.path() == u"/support"_s);
}

TEST_CASE("A refused database URL is not echoed with its password", "[server][config]")
{
    const Error error = refusal({u"--database"_s, u"mysql://root:s3cret@localhost/frontline"_s});
    CHECK_FALSE(error.message.contains(u"s3cret"));
}

TEST_CASE("A certificate without a key, or a key without a certificate, is refused", "[server][config]")
{
    const Frontline::Tests::TempDir dir;
    const QString file = dir.filePath(u"tls.pem"_s);
    Frontline::Tests::writeAll(file, "-----BEGIN CERTIFICATE-----\n");

    const Error noKey = refusal({u"--certificate"_s, file});
    CHECK(noKey.field == u"key"_s);
    CHECK(noKey.message.contains(u"--key"));

    const Error noCertificate = refusal({u"--key"_s, file});
    CHECK(noCertificate.field == u"certificate"_s);
    CHECK(noCertificate.message.contains(u"--certificate"));
}

TEST_CASE("An unreadable certificate or key file is refused", "[server][config]")
{
    const Frontline::Tests::TempDir dir;
    const QString readable = dir.filePath(u"readable.pem"_s);
    Frontline::Tests::writeAll(readable, "-----BEGIN PRIVATE KEY-----\n");
    // Missing files and directories; permission bits would not stop a test running as root.
    const QString unreadable = GENERATE(u"missing.pem"_s, u"."_s);
    const QString path = dir.filePath(unreadable);

    SECTION("certificate")
    {
        const Error error = refusal({u"--certificate"_s, path, u"--key"_s, readable});
        CHECK(error.code == Error::Code::Io);
        CHECK(error.field == u"certificate"_s);
        CHECK(error.message.contains(QDir::cleanPath(path)));
    }
    SECTION("key")
    {
        const Error error = refusal({u"--certificate"_s, readable, u"--key"_s, path});
        CHECK(error.code == Error::Code::Io);
        CHECK(error.field == u"key"_s);
    }
}

TEST_CASE("Limits outside their ranges are refused", "[server][config]")
{
    const auto [option, value] = GENERATE(table<QString, QString>({
        {u"max-connections"_s, u"0"_s},
        {u"max-connections"_s, u"many"_s},
        {u"handshake-timeout"_s, u"0"_s},
        {u"handshake-timeout"_s, u"-5"_s},
        {u"max-frame-bytes"_s, u"10"_s},
        {u"max-frame-bytes"_s, u"1073741824"_s},
    }));
    INFO(option.toStdString() << " " << value.toStdString());
    const Error error = refusal({u"--"_s + option, value});
    CHECK(error.code == Error::Code::InvalidValue);
    CHECK(error.field == option);
}

TEST_CASE("Unknown options, stray arguments and missing values are refused", "[server][config]")
{
    CHECK(refusal({u"--prot"_s, u"80"_s}).message.contains(u"prot"));
    CHECK(refusal({u"serve"_s}).message.contains(u"serve"));
    CHECK_FALSE(refusal({u"--port"_s}).message.isEmpty());
    CHECK_FALSE(refusal({u"--data-dir"_s, u""_s}).message.isEmpty());
}

TEST_CASE("--help and --version are reported without checking the rest", "[server][config]")
{
    const ServerConfig help = accepted({u"--port"_s, u"0"_s, u"--help"_s});
    CHECK(help.helpRequested);
    CHECK_FALSE(help.versionRequested);
    CHECK(accepted({u"-h"_s}).helpRequested);

    const ServerConfig version = accepted({u"--version"_s});
    CHECK(version.versionRequested);
    CHECK_FALSE(version.helpRequested);

    const QString text = ServerConfig::helpText();
    for (const QString &option :
         {u"--listen"_s, u"--port"_s, u"--data-dir"_s, u"--database"_s, u"--certificate"_s, u"--key"_s,
          u"--max-connections"_s, u"--handshake-timeout"_s, u"--max-frame-bytes"_s, u"--no-lead-presence"_s}) {
        CHECK(text.contains(option));
    }
}

TEST_CASE("The last of a repeated option wins", "[server][config]")
{
    CHECK(accepted({u"--port"_s, u"9000"_s, u"--port"_s, u"9001"_s}).port == 9001);
}

TEST_CASE("Team leads may change their agents' presence unless the server is run with --no-lead-presence",
          "[server][config]")
{
    CHECK(accepted({}).leadsMaySetPresence);
    CHECK_FALSE(accepted({u"--no-lead-presence"_s}).leadsMaySetPresence);
    CHECK(refusal({u"--no-lead-presence=yes"_s}).message.contains(u"no-lead-presence"_s));
}
