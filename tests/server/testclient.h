// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <protocol/frame.h>
#include <protocol/messages.h>

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace Frontline::Tests {

/*!
    A protocol client for tests: a real QWebSocket on loopback, every received frame kept in order,
    and bounded waits ("the next frame of type X within N ms").
*/
class TestClient final : public QObject
{
    Q_OBJECT

public:
    explicit TestClient(const QUrl &url, QObject *parent = nullptr);
    /*! Connects with TLS, trusting what \a tls says (for wss:// with a test certificate). */
    TestClient(const QUrl &url, const QSslConfiguration &tls, QObject *parent = nullptr);
    ~TestClient() override;

    bool isConnected() const;
    /*! Sends \a frame as one text message. */
    void send(const Protocol::Frame &frame);
    void sendText(const QString &text);

private:
    /*! Waits for the answer to a hello: a welcome, or an auth_failed or error frame. */
    std::optional<Protocol::Welcome> awaitWelcome();

public:
    /*! Waits for the next received frame of \a type (skipping others), or nothing after \a timeoutMs. */
    std::optional<Protocol::Frame> next(const QString &type, int timeoutMs = 5000);
    /*! Waits until the server closed the connection; the close code, or nothing on timeout. */
    std::optional<int> waitForClose(int timeoutMs = 5000);

    /*! Says hello with a password; returns the welcome, or nothing (see lastAuthFailure). */
    std::optional<Protocol::Welcome> login(const QString &username, const QString &password,
                                           std::optional<qint64> cursor = {});
    std::optional<Protocol::Welcome> resume(const QString &token, std::optional<qint64> cursor = {});
    /*! After a welcome: collects change pages until "synced"; returns every change received. */
    QList<Protocol::Change> syncAll(int timeoutMs = 10000);
    /*! The page window the next login asks for (none: the server streams the catch-up at once). */
    void setPageWindow(std::optional<int> window) { m_pageWindow = window; }
    /*! Tells the server the catch-up pages up to \a cursor are taken. */
    void reportPagesTaken(qint64 cursor);
    /*! Sends a mutation and waits for its ack. */
    std::optional<Protocol::Ack> mutate(Protocol::MutationPayload payload, std::optional<qint64> baseRev = {});
    /*! Collects live-pushed changes for \a timeoutMs (or until \a expected changes arrived). */
    QList<Protocol::Change> pushed(int timeoutMs, int expected = -1);

    std::optional<Protocol::AuthFailed> lastAuthFailure() const { return m_lastAuthFailure; }
    /*! The last error frame's code ("invalid_value", …), when a request was refused with one. */
    QString lastErrorCode() const { return m_lastErrorCode; }
    qint64 cursor() const { return m_cursor; }
    /*! Change pages that failed the client's validation (Changes::fromFrame); always 0 for a good server. */
    int invalidPages() const { return m_invalidPages; }
    QString lastInvalidPage() const { return m_lastInvalidPage; }

private:
    void open(const QUrl &url);

    QWebSocket m_socket;
    QList<Protocol::Frame> m_inbox;
    std::optional<int> m_closeCode;
    std::optional<Protocol::AuthFailed> m_lastAuthFailure;
    QString m_lastErrorCode;
    qint64 m_cursor = 0;
    std::optional<int> m_pageWindow;
    int m_nextId = 1;
    int m_invalidPages = 0;
    QString m_lastInvalidPage;
};

}  // namespace Frontline::Tests
