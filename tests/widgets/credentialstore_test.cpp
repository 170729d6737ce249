// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/credentialstore.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMetaMethod>
#include <QMetaProperty>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

#include <catch2/catch.hpp>
#include <optional>
#include <support/tempdir.h>

using namespace Frontline;
using App::Account;
using App::CredentialStore;
using Frontline::Tests::TempDir;

namespace {

// Every wait is bounded: a keychain that does not answer fails the test instead of hanging it.
constexpr int answerTimeoutMs = 10000;

const Account wangFang{QUrl(QStringLiteral("wss://frontline.example.com:8443/")), QStringLiteral("wang.fang")};

/*! Sets (or, with no value, removes) an environment variable for one scope. */
class ScopedEnvironment final
{
public:
    ScopedEnvironment(const char *name, std::optional<QByteArray> value)
        : m_name(name)
        , m_saved(qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt)
    {
        value ? qputenv(name, *value) : qunsetenv(name);
    }
    ~ScopedEnvironment() { m_saved ? qputenv(m_name, *m_saved) : qunsetenv(m_name); }

    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_saved;
};

/*! A machine without a D-Bus session bus, as CI and headless servers are. */
struct NoSessionBus
{
    TempDir runtimeDir;  // holds no "bus" socket
    ScopedEnvironment address{"DBUS_SESSION_BUS_ADDRESS", std::nullopt};
    ScopedEnvironment runtime{"XDG_RUNTIME_DIR", runtimeDir.path().toUtf8()};
};

/*!
    A private D-Bus session bus that offers no services and can start none: a desktop session without a
    Secret Service or KWallet, where QtKeychain's jobs really run and really fail.
*/
class BusWithoutKeychain final
{
public:
    BusWithoutKeychain()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        INFO("dbus-daemon (Debian: dbus-daemon) is needed to test against a bus without a keychain");
        REQUIRE_FALSE(daemon.isEmpty());
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        Tests::writeAll(
            config, QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                        .arg(m_dir.filePath(QStringLiteral("bus")))
                        .toUtf8());
        m_daemon.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                QStringLiteral("--print-address=1")});
        REQUIRE(m_daemon.waitForStarted(answerTimeoutMs));
        REQUIRE(m_daemon.waitForReadyRead(answerTimeoutMs));
        const QByteArray address = m_daemon.readLine().trimmed();
        REQUIRE(address.startsWith("unix:"));
        m_address.emplace("DBUS_SESSION_BUS_ADDRESS", address);
    }
    ~BusWithoutKeychain()
    {
        m_address.reset();
        m_daemon.terminate();
        m_daemon.waitForFinished(answerTimeoutMs);
    }

    BusWithoutKeychain(const BusWithoutKeychain &) = delete;
    BusWithoutKeychain &operator=(const BusWithoutKeychain &) = delete;

private:
    TempDir m_dir;
    QProcess m_daemon;
    std::optional<ScopedEnvironment> m_address;
};

QString randomToken()
{
    return QStringLiteral("flt_") + QUuid::createUuid().toString(QUuid::Id128);
}

CredentialStore::Storage saveAndWait(CredentialStore &store, const Account &account, const QString &token)
{
    QSignalSpy saved(&store, &CredentialStore::tokenSaved);
    store.saveToken(account, token);
    REQUIRE(saved.isEmpty());  // answered from the event loop, never inside the call
    REQUIRE(saved.wait(answerTimeoutMs));
    REQUIRE(saved.first().at(0).value<Account>() == account);
    return saved.first().at(1).value<CredentialStore::Storage>();
}

QString loadAndWait(CredentialStore &store, const Account &account)
{
    QSignalSpy loaded(&store, &CredentialStore::tokenLoaded);
    store.loadToken(account);
    REQUIRE(loaded.wait(answerTimeoutMs));
    REQUIRE(loaded.first().at(0).value<Account>() == account);
    return loaded.first().at(1).toString();
}

void deleteAndWait(CredentialStore &store, const Account &account)
{
    QSignalSpy deleted(&store, &CredentialStore::tokenDeleted);
    store.deleteToken(account);
    REQUIRE(deleted.wait(answerTimeoutMs));
    REQUIRE(deleted.first().at(0).value<Account>() == account);
}

// Files changed since \a since, under the places where a settings or keychain fallback would write.
QStringList filesContaining(const QByteArray &needle, const QDateTime &since)
{
    QStringList roots{QDir::homePath() + QStringLiteral("/.config"), QDir::homePath() + QStringLiteral("/.local"),
                      QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                      QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileInfo().lastModified() < since || it.fileInfo().size() > 16 * 1024 * 1024) {
                continue;
            }
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
                found.append(path);
            }
        }
    }
    return found;
}

}  // namespace

TEST_CASE("Without a session bus a saved token lasts for this session only", "[app][credentials]")
{
    NoSessionBus noBus;
    CredentialStore store;
    CHECK(store.storage() == CredentialStore::Storage::SessionOnly);
    CHECK(store.storageNote() ==
          CredentialStore::tr("No system keychain is available: you will be asked for your password again next time."));
    CHECK(store.property("storage").value<CredentialStore::Storage>() == CredentialStore::Storage::SessionOnly);

    const QString token = randomToken();
    CHECK(saveAndWait(store, wangFang, token) == CredentialStore::Storage::SessionOnly);
    CHECK(loadAndWait(store, wangFang) == token);
    const Account otherServer{QUrl(QStringLiteral("wss://other.example.com")), wangFang.username};
    CHECK(loadAndWait(store, otherServer).isEmpty());

    CredentialStore nextStart;
    CHECK(loadAndWait(nextStart, wangFang).isEmpty());
}

TEST_CASE("When the keychain cannot store a token it is kept for this session only", "[app][credentials]")
{
    BusWithoutKeychain bus;
    const QDateTime started = QDateTime::currentDateTime().addSecs(-2);  // file times may be coarse
    CredentialStore store;
    CHECK(store.storage() == CredentialStore::Storage::Keychain);  // a bus: worth trying
    CHECK(store.storageNote().isEmpty());
    QSignalSpy storageChanged(&store, &CredentialStore::storageChanged);

    const QString token = randomToken();
    CHECK(saveAndWait(store, wangFang, token) == CredentialStore::Storage::SessionOnly);
    CHECK(store.storage() == CredentialStore::Storage::SessionOnly);
    REQUIRE(storageChanged.count() == 1);
    CHECK(storageChanged.first().at(0).value<CredentialStore::Storage>() == CredentialStore::Storage::SessionOnly);
    CHECK_FALSE(store.storageNote().isEmpty());
    CHECK(loadAndWait(store, wangFang) == token);
    // QtKeychain's plain-text fallback would have put it into a settings file.
    CHECK(filesContaining(token.toUtf8(), started).isEmpty());

    CredentialStore nextStart;
    CHECK(loadAndWait(nextStart, wangFang).isEmpty());

    deleteAndWait(store, wangFang);
    CHECK(loadAndWait(store, wangFang).isEmpty());
}

TEST_CASE("Signing out forgets the token", "[app][credentials]")
{
    NoSessionBus noBus;
    CredentialStore store;
    const Account liMing{QUrl(QStringLiteral("wss://frontline.example.com:8443")), QStringLiteral("li.ming")};
    saveAndWait(store, wangFang, randomToken());
    const QString kept = randomToken();
    saveAndWait(store, liMing, kept);

    deleteAndWait(store, wangFang);
    CHECK(loadAndWait(store, wangFang).isEmpty());
    CHECK(loadAndWait(store, liMing) == kept);  // only that account's
}

TEST_CASE("The credential store takes no password and writes no token to disk", "[app][credentials]")
{
    const QMetaObject &meta = CredentialStore::staticMetaObject;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        const QMetaMethod method = meta.method(i);
        INFO(method.methodSignature().toStdString());
        CHECK_FALSE(method.methodSignature().toLower().contains("password"));
        for (const QByteArray &name : method.parameterNames()) {
            CHECK_FALSE(name.toLower().contains("password"));
        }
    }
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        CHECK_FALSE(QByteArray(meta.property(i).name()).toLower().contains("password"));
    }

    NoSessionBus noBus;
    const QDateTime started = QDateTime::currentDateTime().addSecs(-2);
    CredentialStore store;
    const QString token = randomToken();
    saveAndWait(store, wangFang, token);
    CHECK(filesContaining(token.toUtf8(), started).isEmpty());
    CHECK(filesContaining(QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2), started)
              .isEmpty());
}
