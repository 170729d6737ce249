// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace Frontline::App {

/*! Whose session token: one user on one sync server. */
struct Account final
{
    QUrl server;
    QString username;

    bool operator==(const Account &) const = default;
};

/*!
    \brief Keeps the session token of an (server, user) pair in the system keychain, so the agent signs
    in once; never the password, which it has no way to take.

    Every call returns at once and answers with a signal (queued, never from inside the call): the
    keychain is reached through QtKeychain's asynchronous jobs, which QtKeychain runs one after another.

    Where no keychain is available — no D-Bus session bus (found out up front, before QtKeychain could
    try to start one), or no Secret Service on the bus, so that storing fails — the token is kept in
    memory for this session only; storage() says so and storageNote() explains it to the user. It is
    never written anywhere else: QtKeychain's plain-text fallback stays off.
*/
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
    Q_PROPERTY(Storage storage READ storage NOTIFY storageChanged)
    Q_PROPERTY(QString storageNote READ storageNote NOTIFY storageChanged)

public:
    /*! Where saved tokens go: Keychain until a keychain job shows there is none. */
    enum class Storage
    {
        Keychain,
        SessionOnly,
    };
    Q_ENUM(Storage)

    /*! Tokens are filed under the application's name, so test runs never meet the client's entries. */
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    Storage storage() const { return m_storage; }
    /*! A translated line for a settings page; empty while tokens go to the keychain. */
    QString storageNote() const;

    /*! Replaces \a account's token; answers with tokenSaved(). */
    Q_INVOKABLE void saveToken(const Frontline::App::Account &account, const QString &token);
    /*! Answers with tokenLoaded(); the token is empty when none is stored (ask for the password). */
    Q_INVOKABLE void loadToken(const Frontline::App::Account &account);
    /*! Forgets \a account's token (signing out); answers with tokenDeleted(). */
    Q_INVOKABLE void deleteToken(const Frontline::App::Account &account);

signals:
    void tokenSaved(const Frontline::App::Account &account, Frontline::App::CredentialStore::Storage storage);
    void tokenLoaded(const Frontline::App::Account &account, const QString &token);
    void tokenDeleted(const Frontline::App::Account &account);
    void storageChanged(Frontline::App::CredentialStore::Storage storage);

private:
    void onWriteFinished(const Account &account, const QKeychain::Job &job);
    void onReadFinished(const Account &account, const QKeychain::Job &job);
    void onDeleteFinished(const Account &account, const QKeychain::Job &job);
    void keychainMissing(const QString &reason);
    /*! Emits from the event loop, so answers never arrive inside the call that asked. */
    template<typename Emit>
    void answerLater(Emit emitAnswer);

    QString m_service;
    bool m_keychainUsable = false;
    Storage m_storage = Storage::SessionOnly;
    QHash<QString, QString> m_sessionTokens;  // by keychain key; what this session saved or loaded
};

}  // namespace Frontline::App
