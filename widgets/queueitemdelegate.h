// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

namespace Frontline::Widgets {

/*!
    \brief Draws the queue's cells as Qt's own item delegate does, with each cell's text laid out once.

    The style lays a cell's text out four times for every paint (three times to place it, once to draw
    it); a queue repaints about three hundred cells for every filter keystroke and every live change.
    Here the style still draws the background, the selection, the icon and the focus frame, and the
    text is drawn from a laid-out, elided copy kept per text, font and width.
*/
class QueueItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueItemDelegate)

public:
    explicit QueueItemDelegate(QObject *parent = nullptr);
    ~QueueItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /*! How many laid-out texts are kept at most; past it the cache starts again. */
    static constexpr qsizetype MaxLaidOutTexts = 4096;

private:
    struct Key
    {
        QString text;
        int font = 0;  // an index into m_fonts
        int width = 0;
        int alignment = 0;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        Qt::TextElideMode elide = Qt::ElideRight;

        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.alignment, int(key.direction), int(key.elide));
    }

    /*! A cell's text laid out as the style lays it out: glyphs placed relative to the text area's top left. */
    struct LaidOut
    {
        QList<QGlyphRun> glyphs;
        int height = 0;   // the line's height, by which the style centres it
        qreal shift = 0;  // how far an elided line's glyphs sit below where their own layout put them
    };

    const LaidOut &laidOut(const Key &key, const QFont &font) const;
    int fontSlot(const QFont &font) const;

    mutable QList<QFont> m_fonts;  // the few fonts cells use (regular, bold for unread)
    mutable QHash<Key, LaidOut> m_texts;
};

}  // namespace Frontline::Widgets
