// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceselector.h"

#include <models/labels.h>

#include <QEvent>
#include <QSignalBlocker>

namespace Frontline::Widgets {

using Models::Presence;

PresenceSelector::PresenceSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("presenceSelector"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFocusPolicy(Qt::StrongFocus);
    for (const Presence presence : Choices) {
        addItem(QString(), static_cast<int>(presence));
    }
    setCurrentIndex(0);
    // activated(): only what the agent chooses, never a presence shown with setPresence().
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index >= 0) {
            emit presenceChosen(static_cast<Presence>(itemData(index).toInt()));
        }
    });
    retranslate();
}

PresenceSelector::~PresenceSelector() = default;

void PresenceSelector::setPresence(Presence presence)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(static_cast<int>(presence)));  // Offline: -1, nothing chosen
}

Presence PresenceSelector::presence() const
{
    return currentIndex() < 0 ? Presence::Offline : static_cast<Presence>(currentData().toInt());
}

void PresenceSelector::setConnected(bool connected)
{
    m_connected = connected;
    QFont shown = font();
    shown.setItalic(!connected);
    setFont(shown);
    retranslate();
}

void PresenceSelector::retranslate()
{
    for (int i = 0; i < count(); ++i) {
        setItemText(i, Models::Labels::presence(static_cast<Presence>(itemData(i).toInt())));
    }
    setAccessibleName(tr("Your status"));
    if (!m_connected) {
        const QString offline = tr("You are offline: your colleagues see you as Offline until the connection is "
                                   "back, then this status again");
        setAccessibleDescription(offline);
        setToolTip(offline);
        return;
    }
    setAccessibleDescription(
        tr("Online, Away or Busy, as your colleagues and your lead see it; you become Away after a while without "
           "using the keyboard or the mouse"));
    setToolTip(tr("Your status, as your colleagues see it"));
}

void PresenceSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QComboBox::changeEvent(event);
}

}  // namespace Frontline::Widgets
