// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <widgets/signindialog.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using Frontline::Widgets::SignInDialog;

TEST_CASE("Signing in takes the typed password once and leaves nothing in the field", "[widgets][signin]")
{
    SignInDialog dialog(QStringLiteral("ws://127.0.0.1:8765"), QStringLiteral("wang.fang"));
    dialog.setReason(QStringLiteral("Your session has expired. Please sign in again."));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    REQUIRE(password);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *signIn = buttons->button(QDialogButtonBox::Ok);

    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(signIn->isEnabled());  // nothing typed yet
    CHECK(password->echoMode() == QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("s3cret-Pa55"));
    CHECK(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.password() == u"s3cret-Pa55");
    CHECK(password->text().isEmpty());
}

TEST_CASE("Choosing to work offline signs nobody in", "[widgets][signin]")
{
    SignInDialog dialog(QStringLiteral("ws://127.0.0.1:8765"), QStringLiteral("wang.fang"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    REQUIRE(password);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(password, QStringLiteral("typed but not sent"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(dialog.password().isEmpty());
    CHECK(password->text().isEmpty());
}
