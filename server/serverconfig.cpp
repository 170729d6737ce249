// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Frontline::Server {

namespace {

Q_LOGGING_CATEGORY(lc, "frontline.server.config", QtInfoMsg)

using Models::Error;

constexpr qint64 MinFrameBytes = 1024;
constexpr qint64 MaxFrameBytes = 64 * 1024 * 1024;
constexpr qint64 MaxPendingConnections = 10'000;
constexpr qint64 MinHandshakeTimeoutMs = 100;
constexpr qint64 MaxHandshakeTimeoutMs = 10 * 60 * 1000;

// The options in one place, so that helpText() and fromArguments() always agree.
struct Options final
{
    QCommandLineOption listen{u"listen"_s,
                              ServerConfig::tr("Listen on ADDRESS: an IPv4 or IPv6 address, \"localhost\" or \"any\" "
                                               "(default: 127.0.0.1)."),
                              u"ADDRESS"_s};
    QCommandLineOption port{u"port"_s, ServerConfig::tr("Listen on TCP port N, 1-65535 (default: 8765)."), u"N"_s};
    QCommandLineOption dataDir{u"data-dir"_s,
                               ServerConfig::tr("Keep the server's data in DIR (default: the application data "
                                                "directory's \"server\" folder)."),
                               u"DIR"_s};
    QCommandLineOption database{u"database"_s,
                                ServerConfig::tr("Store data in PostgreSQL at URL, such as "
                                                 "postgresql://frontline@db.example.com:5432/frontline "
                                                 "(default: an SQLite file in the data directory)."),
                                u"URL"_s};
    QCommandLineOption certificate{
        u"certificate"_s, ServerConfig::tr("Serve wss:// (TLS) with the PEM certificate in FILE; needs --key."),
        u"FILE"_s};
    QCommandLineOption key{u"key"_s, ServerConfig::tr("The PEM private key for --certificate."), u"FILE"_s};
    QCommandLineOption maxConnections{
        u"max-connections"_s,
        ServerConfig::tr("Queue at most N connections not yet accepted, 1-%1 (default: 100).")
            .arg(MaxPendingConnections),
        u"N"_s};
    QCommandLineOption handshakeTimeout{u"handshake-timeout"_s,
                                        ServerConfig::tr("Drop connections that take longer than MS milliseconds to "
                                                         "complete the WebSocket handshake (default: 10000)."),
                                        u"MS"_s};
    QCommandLineOption maxFrameBytes{u"max-frame-bytes"_s,
                                     ServerConfig::tr("Refuse frames larger than N bytes, %1-%2 (default: 1048576).")
                                         .arg(MinFrameBytes)
                                         .arg(MaxFrameBytes),
                                     u"N"_s};
    QCommandLineOption noLeadPresence{u"no-lead-presence"_s,
                                      ServerConfig::tr("Do not let team leads and admins change another agent's "
                                                       "presence (default: leads may, for agents of their queues).")};
    QCommandLineOption help{QStringList{u"h"_s, u"help"_s}, ServerConfig::tr("Show this help and exit.")};
    QCommandLineOption version{u"version"_s, ServerConfig::tr("Show the version and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(ServerConfig::tr("Frontline's central sync server."));
        parser.addOptions({listen, port, dataDir, database, certificate, key, maxConnections, handshakeTimeout,
                           maxFrameBytes, noLeadPresence, help, version});
    }
};

Error invalid(const QString &option, const QString &message)
{
    return Error{Error::Code::InvalidValue, message, option};
}

// Only plain decimal digits: QString::toLongLong() would also take "+5", " 5" and "0x5".
std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    if (text.isEmpty() || text.size() > 18 ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    return value >= min && value <= max ? std::optional<qint64>(value) : std::nullopt;
}

Models::Result<qint64> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min,
                                     qint64 max, qint64 fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    const QString text = parser.value(option);
    if (const std::optional<qint64> value = parseInteger(text, min, max)) {
        return *value;
    }
    const QString name = option.names().constFirst();
    return invalid(name, ServerConfig::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(text));
}

Models::Result<QHostAddress> parseAddress(const QString &text)
{
    if (text.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return QHostAddress(QHostAddress::LocalHost);
    }
    if (text.compare(u"any", Qt::CaseInsensitive) == 0) {
        return QHostAddress(QHostAddress::Any);
    }
    // Accept IPv6 in URL form too: [::1].
    QStringView address = text;
    if (address.size() > 2 && address.startsWith(u'[') && address.endsWith(u']')) {
        address = address.sliced(1, address.size() - 2);
    }
    QHostAddress result;
    if (!result.setAddress(address.toString())) {
        return invalid(u"listen"_s,
                       ServerConfig::tr("--listen must be an IP address such as 127.0.0.1 or ::1, \"localhost\" or "
                                        "\"any\", not \"%1\".")
                           .arg(text));
    }
    return result;
}

Models::Result<QUrl> parseDatabaseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        return invalid(u"database"_s,
                       ServerConfig::tr("--database must be a PostgreSQL URL such as "
                                        "postgresql://frontline@localhost:5432/frontline, not \"%1\"; leave it out "
                                        "to use the embedded SQLite database in the data directory.")
                           .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : text));
    }
    QUrl normalized = url;
    normalized.setScheme(u"postgresql"_s);
    return normalized;
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// A readable regular file, as an absolute path. \a problem gets the path as %1.
Models::Result<QString> readableFile(const QString &path, const QString &option, const QString &problem)
{
    const QString absolute = absolutePath(path);
    QFile file(absolute);
    if (path.isEmpty() || !QFileInfo(absolute).isFile() || !file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Io, problem.arg(absolute), option};
    }
    return absolute;
}

}  // namespace

QString ServerConfig::listeningUrl() const
{
    QUrl url;
    url.setScheme(usesTls() ? u"wss"_s : u"ws"_s);
    url.setHost(address.toString());
    url.setPort(port);
    return url.toString();
}

QString ServerConfig::helpText()
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    return parser.helpText();
}

Models::Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    // QCommandLineParser skips the first argument as the program name.
    const QStringList withProgram = arguments.isEmpty() ? QStringList{u"frontline-server"_s} : arguments;
    if (!parser.parse(withProgram)) {
        return Error{Error::Code::InvalidValue, parser.errorText(), {}};
    }

    ServerConfig config;
    if (parser.isSet(options.help) || parser.isSet(options.version)) {
        config.helpRequested = parser.isSet(options.help);
        config.versionRequested = !config.helpRequested;
        return config;
    }
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty()) {
        return Error{
            Error::Code::InvalidValue, tr("Unexpected argument \"%1\"; see --help.").arg(positional.constFirst()), {}};
    }

    if (parser.isSet(options.listen)) {
        Models::Result<QHostAddress> address = parseAddress(parser.value(options.listen));
        if (!address) {
            return address.error();
        }
        config.address = *address;
    }

    const Models::Result<qint64> port = integerOption(parser, options.port, 1, 65535, config.port);
    if (!port) {
        return port.error();
    }
    config.port = static_cast<quint16>(*port);

    if (parser.isSet(options.dataDir)) {
        const QString dir = parser.value(options.dataDir);
        if (dir.trimmed().isEmpty()) {
            return invalid(u"data-dir"_s, tr("--data-dir must name a directory."));
        }
        config.dataDir = absolutePath(dir);
    } else {
        // Created by the server when it opens its store, not here.
        config.dataDir =
            absolutePath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"server"_s));
    }

    if (parser.isSet(options.database)) {
        Models::Result<QUrl> url = parseDatabaseUrl(parser.value(options.database));
        if (!url) {
            return url.error();
        }
        config.databaseUrl = *url;
    }

    const bool hasCertificate = parser.isSet(options.certificate);
    const bool hasKey = parser.isSet(options.key);
    if (hasCertificate != hasKey) {
        return invalid(hasCertificate ? u"key"_s : u"certificate"_s,
                       hasCertificate ? tr("--certificate needs --key with the certificate's private key.")
                                      : tr("--key needs --certificate with the matching certificate."));
    }
    if (hasCertificate) {
        Models::Result<QString> certificate = readableFile(parser.value(options.certificate), u"certificate"_s,
                                                           tr("Cannot read the certificate file \"%1\"."));
        if (!certificate) {
            return certificate.error();
        }
        Models::Result<QString> key =
            readableFile(parser.value(options.key), u"key"_s, tr("Cannot read the private key file \"%1\"."));
        if (!key) {
            return key.error();
        }
        config.certificateFile = *certificate;
        config.keyFile = *key;
    }

    const Models::Result<qint64> maxConnections =
        integerOption(parser, options.maxConnections, 1, MaxPendingConnections, config.maxPendingConnections);
    if (!maxConnections) {
        return maxConnections.error();
    }
    config.maxPendingConnections = static_cast<int>(*maxConnections);

    const Models::Result<qint64> handshakeTimeout = integerOption(
        parser, options.handshakeTimeout, MinHandshakeTimeoutMs, MaxHandshakeTimeoutMs, config.handshakeTimeoutMs);
    if (!handshakeTimeout) {
        return handshakeTimeout.error();
    }
    config.handshakeTimeoutMs = static_cast<int>(*handshakeTimeout);

    const Models::Result<qint64> maxFrameBytes =
        integerOption(parser, options.maxFrameBytes, MinFrameBytes, MaxFrameBytes, config.maxFrameBytes);
    if (!maxFrameBytes) {
        return maxFrameBytes.error();
    }
    config.maxFrameBytes = *maxFrameBytes;
    config.leadsMaySetPresence = !parser.isSet(options.noLeadPresence);

    qCDebug(lc) << "listening on" << config.listeningUrl() << "with data in" << config.dataDir
                << (config.databaseUrl.isEmpty() ? u"(SQLite)"_s
                                                 : config.databaseUrl.toDisplayString(QUrl::RemovePassword));
    return config;
}

}  // namespace Frontline::Server
