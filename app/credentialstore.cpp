// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentialstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace Frontline::App {

namespace {
Q_LOGGING_CATEGORY(lc, "frontline.app.credentialstore")

// One keychain entry per user and server: "wss://wang.fang@frontline.example.com:8443" (QUrl encodes
// an "@" or ":" in the user name, so no two accounts share a key).
QString keyFor(const Account &account)
{
    QUrl url = account.server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                       QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setUserName(account.username);
    return url.toString(QUrl::FullyEncoded);
}

// On Linux and the BSDs every keychain QtKeychain knows (Secret Service, KWallet) is reached over the
// D-Bus session bus. Without one, libdbus would try to "autolaunch" a bus (starting dbus-launch, which
// with a display set leaves a stray daemon behind) from inside the GUI thread; asking first avoids that.
bool sessionBusAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return true;
    }
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));  // libdbus's default
#else
    return true;  // the keychains of macOS and Windows need no bus
#endif
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    // Not parented: a job may still be running inside QtKeychain when this store goes away. It deletes
    // itself once finished, and the connection to the store ends with the store.
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // the fallback writes the secret into a plain-text settings file
    job->setKey(key);
    return job;
}

}  // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
    , m_service(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("frontline")
                                                              : QCoreApplication::applicationName())
    , m_keychainUsable(sessionBusAvailable())
    , m_storage(m_keychainUsable ? Storage::Keychain : Storage::SessionOnly)
{
    if (!m_keychainUsable) {
        qCDebug(lc) << "no D-Bus session bus: session tokens are kept for this session only";
    }
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::storageNote() const
{
    if (m_storage == Storage::Keychain) {
        return {};
    }
    return tr("No system keychain is available: you will be asked for your password again next time.");
}

template<typename Emit>
void CredentialStore::answerLater(Emit emitAnswer)
{
    QMetaObject::invokeMethod(this, std::move(emitAnswer), Qt::QueuedConnection);
}

void CredentialStore::saveToken(const Account &account, const QString &token)
{
    const QString key = keyFor(account);
    m_sessionTokens.insert(key, token);
    if (!m_keychainUsable) {
        answerLater([this, account] { emit tokenSaved(account, Storage::SessionOnly); });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job *finished) { onWriteFinished(account, *finished); });
    job->start();
}

void CredentialStore::loadToken(const Account &account)
{
    const QString key = keyFor(account);
    if (const auto known = m_sessionTokens.constFind(key); known != m_sessionTokens.cend()) {
        answerLater([this, account, token = *known] { emit tokenLoaded(account, token); });
        return;
    }
    if (!m_keychainUsable) {
        answerLater([this, account] { emit tokenLoaded(account, QString()); });
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job *finished) { onReadFinished(account, *finished); });
    job->start();
}

void CredentialStore::deleteToken(const Account &account)
{
    const QString key = keyFor(account);
    m_sessionTokens.remove(key);
    if (!m_keychainUsable) {
        answerLater([this, account] { emit tokenDeleted(account); });
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job *finished) { onDeleteFinished(account, *finished); });
    job->start();
}

void CredentialStore::onWriteFinished(const Account &account, const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError) {
        if (m_storage != Storage::Keychain) {
            m_storage = Storage::Keychain;
            emit storageChanged(m_storage);
        }
        emit tokenSaved(account, Storage::Keychain);
        return;
    }
    // The token stays in m_sessionTokens: signed in for this session, asked again next time.
    keychainMissing(job.errorString());
    emit tokenSaved(account, Storage::SessionOnly);
}

void CredentialStore::onReadFinished(const Account &account, const QKeychain::Job &job)
{
    const auto &read = static_cast<const QKeychain::ReadPasswordJob &>(job);
    switch (job.error()) {
    case QKeychain::NoError: {
        const QString token = read.textData();
        m_sessionTokens.insert(keyFor(account), token);
        emit tokenLoaded(account, token);
        return;
    }
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::NoBackendAvailable:
        keychainMissing(job.errorString());
        break;
    default:
        qCWarning(lc) << "the system keychain could not read a session token:" << job.errorString();
        break;
    }
    emit tokenLoaded(account, QString());
}

void CredentialStore::onDeleteFinished(const Account &account, const QKeychain::Job &job)
{
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        qCWarning(lc) << "the system keychain could not delete a session token:" << job.errorString();
        if (job.error() == QKeychain::NoBackendAvailable) {
            keychainMissing(job.errorString());
        }
    }
    emit tokenDeleted(account);
}

void CredentialStore::keychainMissing(const QString &reason)
{
    qCWarning(lc) << "no usable system keychain (" << reason << "): session tokens are kept for this session only";
    m_keychainUsable = false;
    if (m_storage != Storage::SessionOnly) {
        m_storage = Storage::SessionOnly;
        emit storageChanged(m_storage);
    }
}

}  // namespace Frontline::App
