// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/enums.h>

#include <QComboBox>

#include <array>

namespace Frontline::Widgets {

/*!
    \brief The agent's status in the status bar: Online, Away or Busy, as colleagues and the lead see it.

    Choosing one (with the mouse, or the arrows and Enter once it has the focus) is presenceChosen(); a status
    set from elsewhere (the window's Status menu, "away" after the agent left the keyboard) is only shown.
*/
class PresenceSelector final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceSelector)

public:
    explicit PresenceSelector(QWidget *parent = nullptr);
    ~PresenceSelector() override;

    /*! The presences an agent can choose, in the order the list shows them. */
    static constexpr std::array<Models::Presence, 3> Choices{Models::Presence::Online, Models::Presence::Away,
                                                             Models::Presence::Busy};

    /*! Shows \a presence without emitting presenceChosen(); Offline shows no choice. */
    void setPresence(Models::Presence presence);
    /*! What the selector shows; Offline when nothing is chosen. */
    Models::Presence presence() const;
    /*!
        Whether the server can be reached. Offline, colleagues see the agent as Offline whatever is chosen
        here (the server marks them so when their connection goes); the choice is shown in italics, says so,
        and is theirs again after the next sign-in.
    */
    void setConnected(bool connected);
    bool isConnected() const { return m_connected; }

signals:
    /*! The agent chose \a presence. */
    void presenceChosen(Frontline::Models::Presence presence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_connected = false;
};

}  // namespace Frontline::Widgets
